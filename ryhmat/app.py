"""Composition root of the desktop app: the database, the language and the main window."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QObject, QSettings, QThreadPool, QTimer, Slot
from PySide6.QtWidgets import QApplication

from ryhmat.domain.errors import UserError
from ryhmat.domain.usecases.erasure import erase_inactive_families
from ryhmat.i18n import chosen_language, install_into, load_language, translate
from ryhmat.preferences import app_settings, configured_actor
from ryhmat.storage.backup import (
    backup_folder,
    backup_sqlite,
    can_back_up,
    check_backup,
    database_file,
    restore_sqlite,
    write_automatic_backup,
)
from ryhmat.storage.database import Database, open_database, resolve_database_url
from ryhmat.storage.uow import operating_system_user
from ryhmat.ui.context import AppContext
from ryhmat.ui.crash import CrashReporter
from ryhmat.ui.main_window import MainWindow
from ryhmat.ui.messages import error_text, show_error
from ryhmat.ui.settings_page import kept_backups
from ryhmat.ui.tasks import BackgroundTask

LANGUAGE_KEY = "language"


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("Ryhmat", appauthor=False))


class OpenDatabase:
    """The window's view of the open database: its name, backups and restoring one."""

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

    @property
    def backups_folder(self) -> Path | None:
        source = database_file(self.database.engine)
        return None if source is None else backup_folder(source)

    def check_backup(self, backup: Path) -> datetime:
        return check_backup(self.database.engine, backup)

    def restore_from(self, backup: Path) -> Path:
        return restore_sqlite(self.database.engine, backup, datetime.now())

    @property
    def login_name(self) -> str:
        return operating_system_user()

    def set_actor(self, worker_name: str) -> None:
        self.database.actor = worker_name or operating_system_user()


class DesktopApp(QObject):
    """Owns the open database and the main window; switches either on request."""

    def __init__(self, database: Database, settings: QSettings, crash_log: str) -> None:
        super().__init__()
        self.database = database
        self.settings = settings
        self.crash_log = crash_log
        self.window: MainWindow | None = None
        self._tasks: set[BackgroundTask] = set()

    def start(self) -> MainWindow:
        """Show the window; the automatic backup and then the erasure of families past
        the retention period follow once the event loop runs, so start-up does not wait
        for them however large the database is. The backup comes first: it still holds
        what the erasure removes, should the period have been set wrong."""
        window = self.show()
        QTimer.singleShot(0, self._maintain)
        return window

    def _maintain(self) -> None:
        backup = self.back_up_automatically()
        if backup is None:
            self.erase_automatically()
        else:
            # Without this start's copy nothing is erased: the next start tries again.
            backup.finished.connect(self.erase_automatically)

    def erase_automatically(self) -> BackgroundTask:
        """Erase the families inactive for the retention period (none if it is unset)."""
        database, today = self.database, date.today()

        def erase() -> int:
            with database.unit_of_work() as uow:
                return erase_inactive_families(uow, today)

        return self._run_in_background(erase, self._erased, self._erasure_failed)

    def _run_in_background(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[UserError | None], None],
    ) -> BackgroundTask:
        """Start work the app keeps alive until its result or failure has arrived."""
        task = BackgroundTask(work, self)

        def finished(result: Any) -> None:
            self._tasks.discard(task)
            done(result)

        def failed_with(error: UserError | None) -> None:
            self._tasks.discard(task)
            failed(error)

        task.finished.connect(finished)
        task.failed.connect(failed_with)
        self._tasks.add(task)
        task.start()
        return task

    def _erased(self, erased: int) -> None:
        if self.window is not None:
            if erased:
                self.window.context.data_changed.emit()
            self.window.show_erased_by_retention(erased)

    def _erasure_failed(self, error: UserError | None) -> None:
        if self.window is not None and error is not None:
            show_error(self.window, error_text(error))

    def show(self) -> MainWindow:
        if self.window is not None:
            # The new window opens on the view the old one shows.
            self.window.save_settings()
        language = chosen_language(str(self.settings.value(LANGUAGE_KEY, "") or ""))
        context = AppContext(self.database.unit_of_work)
        opened = OpenDatabase(self.database)
        opened.set_actor(configured_actor(self.settings))
        window = MainWindow(context, opened, self.settings, language, self.crash_log)
        window.database_requested.connect(self.switch_database)
        window.language_requested.connect(self.switch_language)
        window.database_restored.connect(self.reopen_restored)
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
        self.start()
        old.dispose()

    @Slot(str)
    def reopen_restored(self, saved: str) -> None:
        """The restore has replaced the file's data: open it afresh and rebuild the views."""
        try:
            database = open_database(self.database.engine.url.render_as_string(hide_password=False))
        except UserError as error:
            show_error(self.window, error.message(translate))
            return
        old, self.database = self.database, database
        self.show().show_restored(saved)
        old.dispose()

    def back_up_automatically(self) -> BackgroundTask | None:
        """Copy the database to its backups folder off the GUI thread, if backups are on."""
        keep = kept_backups(self.settings)
        engine = self.database.engine
        if keep == 0 or not can_back_up(engine):
            return None
        return self._run_in_background(
            lambda: write_automatic_backup(engine, keep, datetime.now()),
            self._automatic_backup_done,
            self._automatic_backup_failed,
        )

    def _automatic_backup_done(self, target: Path) -> None:
        if self.window is not None:
            self.window.show_automatic_backup(target)

    def _automatic_backup_failed(self, error: UserError | None) -> None:
        if self.window is not None and error is not None:
            self.window.show_automatic_backup_failed(error_text(error))

    def stop(self) -> None:
        """After the window has closed: let a backup or erasure under way end (a quit
        must not leave half a copy), forget the window, close the database."""
        QThreadPool.globalInstance().waitForDone()
        self.window = None
        self.database.dispose()

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
        desktop.start()
        try:
            return app.exec()
        finally:
            desktop.stop()
    finally:
        reporter.uninstall()
