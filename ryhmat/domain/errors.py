"""Errors a person can cause. Each carries a message template for translation.

The template is English source text (the text Qt's translation files are
keyed on); ``params`` fill its ``{name}`` fields after translation, so the
CLI and the UI show the same message in the user's language.
"""

from __future__ import annotations

from typing import Any

TRANSLATION_CONTEXT = "Errors"


class UserError(Exception):
    """A mistake a person can make: shown as one clear message, changes nothing."""

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    def message(self, translate: Any = None) -> str:
        text = translate(TRANSLATION_CONTEXT, self.template) if translate else self.template
        return str(text).format(**self.params)


class NotFound(UserError):
    """Something a person named does not exist."""


class InvalidInput(UserError):
    """A value a person gave breaks a rule (end before start, a malformed date…)."""
