"""This computer's preferences (QSettings), shared by the desktop app and the CLI."""

from __future__ import annotations

from PySide6.QtCore import QSettings

# The worker whose name the audit trail records for changes made on this computer;
# empty means the login name.
ACTOR_KEY = "audit/worker"


def app_settings() -> QSettings:
    return QSettings("Ryhmat", "ryhmat")


def configured_actor(settings: QSettings) -> str:
    return str(settings.value(ACTOR_KEY, "") or "")
