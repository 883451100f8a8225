"""The main window as GUI tests open it: over a test's database, with its own settings
file, shown and in front, and with database actions that refuse backups."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from ryhmat.preferences import Preferences
from ryhmat.ui.context import AppContext
from ryhmat.ui.main_window import MainWindow, RestoreOutcome
from tests.gui.person import show_window


class NoBackups:
    """The window's database actions for a flow that never backs up."""

    display_name = "demo.sqlite3"
    can_backup = False
    backups_folder = None
    safety_copies: tuple[Path, ...] = ()
    safety_copies_kept = 3

    def backup_to(self, target: Path) -> None:
        raise AssertionError("not part of this flow")

    def check_backup(self, backup: Path) -> datetime:
        raise AssertionError("not part of this flow")

    def restore_from(self, backup: Path) -> RestoreOutcome:
        raise AssertionError("not part of this flow")

    login_name = "tester"
    is_team_database = False

    def set_actor(self, worker_name: str) -> None:
        pass


def open_main_window(
    qtbot: QtBot, context: AppContext, tmp_path: Path, language: str = "en"
) -> MainWindow:
    """The window, shown and active, with a settings file of the test's own."""
    settings = Preferences.in_file(tmp_path / "settings.ini")
    window = MainWindow(context, NoBackups(), settings, language)
    qtbot.addWidget(window)
    show_window(qtbot, window)
    return window
