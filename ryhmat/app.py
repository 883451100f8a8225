"""Composition root of the desktop app: the database, the language and the main window."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs
from PySide6.QtCore import QObject, QSettings, Slot
from PySide6.QtWidgets import QApplication

from ryhmat.domain.errors import UserError
from ryhmat.i18n import chosen_language, install_into, load_language, translate
from ryhmat.storage.backup import backup_sqlite, can_back_up
from ryhmat.storage.database import Database, open_database, resolve_database_url
from ryhmat.ui.context import AppContext
from ryhmat.ui.crash import CrashReporter
from ryhmat.ui.main_window import MainWindow
from ryhmat.ui.messages import show_error

LANGUAGE_KEY = "language"


def app_settings() -> QSettings:
    return QSettings("Ryhmat", "ryhmat")


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("Ryhmat", appauthor=False))


class OpenDatabase:
    """The window's view of the open database: its name and a backup."""

    def __init__(self, database: Database) -> None:
        self.database = database

    @property
    def display_name(self) -> str:
        return self.database.display_name

    @property
    def can_backup(self) -> bool:
        return can_back_up(self.database.engine)

    def backup_to(self, target: Path) -> None:
        backup_sqlite(self.database.engine, target)


class DesktopApp(QObject):
    """Owns the open database and the main window; switches either on request."""

    def __init__(self, database: Database, settings: QSettings, crash_log: str) -> None:
        super().__init__()
        self.database = database
        self.settings = settings
        self.crash_log = crash_log
        self.window: MainWindow | None = None

    def show(self) -> MainWindow:
        if self.window is not None:
            # The new window opens on the view the old one shows.
            self.window.save_settings()
        language = chosen_language(str(self.settings.value(LANGUAGE_KEY, "") or ""))
        context = AppContext(self.database.unit_of_work)
        window = MainWindow(
            context, OpenDatabase(self.database), self.settings, language, self.crash_log
        )
        window.database_requested.connect(self.switch_database)
        window.language_requested.connect(self.switch_language)
        old, self.window = self.window, window
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()
        return window

    @Slot(str)
    def switch_database(self, path: str) -> None:
        """Open (or create) another SQLite file; on failure keep the current one."""
        url = f"sqlite:///{Path(path).resolve()}"
        try:
            database = open_database(url)
        except UserError as error:
            show_error(self.window, error.message(translate))
            return
        old, self.database = self.database, database
        self.show()
        old.dispose()

    @Slot(str)
    def switch_language(self, language: str) -> None:
        self.settings.setValue(LANGUAGE_KEY, language)
        load_language(language)
        self.show()


def run_gui(database_url: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Ryhmät")
    app.setOrganizationName("Ryhmat")
    settings = app_settings()
    load_language(chosen_language(str(settings.value(LANGUAGE_KEY, "") or "")))
    install_into(app)
    reporter = CrashReporter(log_dir(), app)
    reporter.install()
    try:
        try:
            database = open_database(resolve_database_url(database_url))
        except UserError as error:
            box = show_error(None, error.message(translate))
            box.finished.connect(app.quit)
            return app.exec()
        desktop = DesktopApp(database, settings, str(reporter.log_path))
        desktop.show()
        try:
            return app.exec()
        finally:
            desktop.database.dispose()
    finally:
        reporter.uninstall()
