"""Errors of publishing and exporting that a person can act on."""

from __future__ import annotations

from ryhmat.domain.errors import UserError


class PublishError(UserError):
    """A feed could not be published (a folder, a server); nothing half-written stays."""


class ExportError(UserError):
    """A file could not be exported (a folder that is missing or not writable)."""
