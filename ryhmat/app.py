"""Composition root of the desktop app: the database, the language and the main window.

The window is shown before the database is opened: storage (SQLAlchemy, the mapping
of the tables, Alembic when a migration is due) and the holiday calendar are imported
and the database opened and checked off the GUI thread, while the window says so.

One window works on an SQLite file at a time: the app takes the file's lock
(``ryhmat.database_lock``) before opening it and holds it until it lets the file
go. A file another window holds is opened read-only, if the person wants.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Slot
from PySide6.QtWidgets import QApplication

from ryhmat import __version__
from ryhmat.domain.errors import QT_TRANSLATE_NOOP, UserError
from ryhmat.domain.timezone import helsinki_now
from ryhmat.entry import end_of_loading, thaw_what_was_loaded
from ryhmat.i18n import chosen_language, current_language, install_into, load_language, translate
from ryhmat.preferences import ACTOR, KEEP_BACKUPS, LANGUAGE, Preferences
from ryhmat.resources import APP_ID
from ryhmat.ui.app_icon import application_icon
from ryhmat.ui.changes import Changes
from ryhmat.ui.crash import CrashReporter
from ryhmat.ui.garbage import GuiThreadGarbageCollector
from ryhmat.ui.held_elsewhere import ask_read_only_or_not, cancel_text, quit_text
from ryhmat.ui.main_window import DatabaseActions, MainWindow
from ryhmat.ui.messages import error_text, show_error
from ryhmat.ui.operations import Operation, in_unit_of_work
from ryhmat.ui.startup_report import StartupReport, launch_moment

if TYPE_CHECKING:
    from ryhmat.database_lock import DatabaseLock
    from ryhmat.domain.ports import UnitOfWork
    from ryhmat.domain.scheduling import HolidayCalendar
    from ryhmat.storage.database import Database
    from ryhmat.ui.context import Adapters, AppContext

NOT_OPENED = QT_TRANSLATE_NOOP("Messages", "The database could not be opened.")


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir("Ryhmat", appauthor=False))


@dataclass(frozen=True, slots=True)
class Opened:
    """A database opened for the window: the lock it holds on it (None: read-only,
    or a database that takes none) and how many families were erased again."""

    database: Database
    holidays: HolidayCalendar
    erased_again: int
    lock: DatabaseLock | None


@dataclass(frozen=True, slots=True)
class HeldElsewhere:
    """The database is another window's: not opened, the person is asked."""

    url: str
    file_name: str


def open_for_desktop(
    database_url: str | None, *, read_only: bool = False, password: str | None = None
) -> Opened | HeldElsewhere:
    """Take the database file's lock, open (and if need be migrate) the database,
    erase again what its newer copies erased, and read the holiday calendar: the
    slow part of a start, run off the GUI thread. A database opened ``read_only``
    takes no lock and is neither migrated nor written. A team database's password is
    ``password`` (which is then kept in the keyring once accepted), else the keyring's."""
    from ryhmat.database_lock import DatabaseLock
    from ryhmat.domain.finnish_holidays import FinnishHolidays
    from ryhmat.storage.credentials import store_password, with_password, with_stored_password
    from ryhmat.storage.database import resolve_database_url

    url = resolve_database_url(database_url)
    url = with_stored_password(url) if password is None else with_password(url, password)
    lock = None if read_only else DatabaseLock.of_url(url)
    if lock is not None and not lock.take():
        return HeldElsewhere(url, lock.file_name)
    try:
        database, erased_again = _open_and_reconcile(url, read_only=read_only)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    if password is not None:
        store_password(url)
    # Named in the UI's language, which a person may change while the app runs.
    return Opened(database, FinnishHolidays(current_language), erased_again, lock)


def _open_and_reconcile(url: str, *, read_only: bool) -> tuple[Database, int]:
    """The database, and how many families its newer copies erased were erased
    again in it (none in a read-only one: its writer does that)."""
    from ryhmat.storage.database import open_database
    from ryhmat.storage.erasure_register import reconcile_erasures

    database = open_database(url, read_only=read_only)
    if read_only:
        return database, 0
    try:
        return database, reconcile_erasures(database)
    except BaseException:
        database.dispose()
        raise


def export_adapters() -> Adapters:
    """ryhmat.export's implementations of the use cases' ports."""
    from ryhmat.export.adapters import FeedPublishing, read_roster, write_workbook
    from ryhmat.ui.context import Adapters

    return Adapters(feeds=FeedPublishing(), workbooks=write_workbook, rosters=read_roster)


class DesktopApp(QObject):
    """Owns the open database, the lock on its file and the main window; switches
    either on request. Its clock is the one the views and the start-up's backup and
    erasure read."""

    def __init__(
        self,
        database: Database | None,
        settings: Preferences,
        crash_log: str,
        clock: Callable[[], datetime] = helsinki_now,
        lock: DatabaseLock | None = None,
        startup_report: StartupReport | None = None,
    ) -> None:
        super().__init__()
        self._startup_report = startup_report
        self._database = database
        self._lock = lock
        self.settings = settings
        self.crash_log = crash_log
        self._clock = clock
        self.window: MainWindow | None = None
        # Families erased again as the database opened (an older copy), to be said once.
        self._erased_on_opening = 0
        self._holidays: HolidayCalendar | None = None
        self._requested_url: str | None = None
        # A password was typed in this start: the server refusing one is said so.
        self._password_given = False

    @property
    def database(self) -> Database:
        assert self._database is not None, "the database is not open yet"
        return self._database

    def open_and_start(self, database_url: str | None) -> MainWindow:
        """Show the window at once, open the database in the background, then build
        the views in the window and start as ``start`` does. Should the database not
        open, the window says why and the app ends when the message is closed."""
        window = self._new_window(None, None)
        if self._startup_report is not None:
            self._startup_report.watch_window(window)
        window.show()
        self._open_in_background(database_url, read_only=False)
        return window

    def _open_in_background(
        self, database_url: str | None, *, read_only: bool, password: str | None = None
    ) -> None:
        assert self.window is not None
        self._requested_url = database_url
        Operation.on_file(
            self.window,
            lambda: open_for_desktop(database_url, read_only=read_only, password=password),
            on_success=self._opened,
            # Said where the views would be, and then in a message that ends the app.
            on_failure=self._opening_failed,
            show_errors=False,
        ).run_in_background()

    def _opened(self, opened: Opened | HeldElsewhere) -> None:
        if isinstance(opened, HeldElsewhere):
            self._ask_read_only_at_start(opened)
            return
        self._database, self._holidays = opened.database, opened.holidays
        self._erased_on_opening, self._lock = opened.erased_again, opened.lock
        if self.window is None:  # closed meanwhile
            return
        context, database = self._context()
        self.window.attach(context, database)
        if self._startup_report is not None:
            viewport = self.window.calendar.current_view().viewport()
            self._startup_report.watch_calendar(viewport, self.window.close)
        QTimer.singleShot(0, self._maintain)

    def _ask_read_only_at_start(self, held: HeldElsewhere) -> None:
        window = self.window
        if window is None:
            return
        ask_read_only_or_not(
            window,
            held.file_name,
            on_read_only=lambda: self._open_in_background(held.url, read_only=True),
            on_refused=window.close,
            refuse_text=quit_text(),
        )

    def _opening_failed(self, error: UserError | None) -> None:
        if self.window is None:
            return
        if not self._ask_password(error):
            self._say_not_opened(error)

    def _say_not_opened(self, error: UserError | None) -> None:
        if self.window is None:
            return
        text = translate("Messages", NOT_OPENED) if error is None else error_text(error)
        self.window.show_opening_failed(text)
        if error is not None:  # else the crash report's own message is showing
            show_error(self.window, text).finished.connect(self.window.close)

    def _ask_password(self, error: UserError | None) -> bool:
        """Ask a team database's password if the server wanted one (again if it refused
        the one given); whether it is being asked."""
        from ryhmat.storage.credentials import PasswordRefused, needs_password
        from ryhmat.storage.database import resolve_database_url

        url = resolve_database_url(self._requested_url)
        if not isinstance(error, PasswordRefused) or not needs_password(url):
            return False
        from sqlalchemy import make_url

        from ryhmat.ui.password import ask_database_password

        parsed = make_url(url)
        window = self.window
        assert window is not None
        ask_database_password(
            window,
            parsed.username or "",
            f"{parsed.host or 'localhost'}/{parsed.database or ''}",
            refused=self._password_given,
            on_given=self._open_with_password,
            on_cancelled=lambda: self._say_not_opened(error),
        )
        return True

    def _open_with_password(self, password: str) -> None:
        self._password_given = True
        self._open_in_background(self._requested_url, read_only=False, password=password)

    def start(self) -> MainWindow:
        """Show the window; the automatic backup and then the erasure of families past
        the retention period follow once the event loop runs, so start-up does not wait
        for them however large the database is. The backup comes first: it still holds
        what the erasure removes, should the period have been set wrong. A read-only
        window does neither: the window that writes the database does."""
        window = self.show()
        QTimer.singleShot(0, self._maintain)
        return window

    def _maintain(self) -> None:
        # The window shows its views: the start has loaded what it needs.
        end_of_loading(collect_automatically=False)
        if self._erased_on_opening and self.window is not None:
            self.window.show_erased_again_on_opening(self._erased_on_opening)
        self._erased_on_opening = 0
        if self.database.read_only:
            return
        backup = self.back_up_automatically()
        if backup is None:
            self.erase_automatically()
        else:
            # Without this start's copy nothing is erased: the next start tries again.
            backup.succeeded.connect(lambda _target: self.erase_automatically())

    def erase_automatically(self) -> Operation[int] | None:
        """Erase the families inactive for the retention period (none if it is unset), and
        delete the usage log's events past its own: on a team database an admin's app
        alone does (the others' would be refused)."""
        from ryhmat.domain.usecases.team import may_erase_families
        from ryhmat.domain.usecases.usage_log import apply_retention

        if self.window is None:
            return None
        today = self._clock().date()

        def erase_if_allowed(uow: UnitOfWork) -> int:
            return apply_retention(uow, today) if may_erase_families(uow) else 0

        return Operation(
            self.window,
            # Asked in the same unit of work, off the GUI thread: on a team database
            # the question goes to the server.
            in_unit_of_work(erase_if_allowed),
            context=self.window.context,
            # Erasing removes families with their marks and enrolments.
            changes=lambda erased: (
                Changes.FAMILIES | Changes.ATTENDANCE if erased else Changes.NONE
            ),
            on_success=self._erased,
        ).run_in_background()

    def _erased(self, erased: int) -> None:
        if self.window is not None:
            self.window.show_erased_by_retention(erased)

    def _context(self) -> tuple[AppContext, DatabaseActions]:
        from ryhmat.desktop_database import OpenDatabase
        from ryhmat.ui.context import AppContext

        context = AppContext(
            self.database.unit_of_work,
            self._clock,
            holidays=self._holidays,
            adapters=export_adapters(),
            read_only=self.database.read_only,
        )
        opened = OpenDatabase(self.database, self._clock)
        opened.set_actor(self.settings[ACTOR])
        return context, opened

    def _new_window(self, context: AppContext | None, opened: DatabaseActions | None) -> MainWindow:
        language = chosen_language(self.settings[LANGUAGE])
        window = MainWindow(context, opened, self.settings, language, self.crash_log)
        window.database_requested.connect(self.switch_database)
        window.language_requested.connect(self.switch_language)
        window.database_restored.connect(self.reopen_restored)
        self.window = window
        return window

    def show(self) -> MainWindow:
        old = self.window
        if old is not None:
            # The new window opens on the view the old one shows.
            old.save_settings()
        window = self._new_window(*self._context())
        window.show()
        if old is not None:
            old.close()
            old.deleteLater()
            # What the start froze (the old window's views among it) may now be garbage.
            thaw_what_was_loaded()
        return window

    @Slot(str)
    def switch_database(self, path: str) -> None:
        """Open (or create) another SQLite file; on failure keep the current one. A
        file another window holds is opened read-only if the person wants."""
        from ryhmat.database_lock import DatabaseLock
        from ryhmat.storage.locations import sqlite_file_url

        url = sqlite_file_url(Path(path).resolve())
        lock = DatabaseLock.of_url(url)
        if lock is not None and self._lock is not None and lock.is_for_same_file(self._lock):
            lock = self._lock  # this window's own file, under another name perhaps
        elif lock is not None and not lock.take():
            if self.window is not None:
                ask_read_only_or_not(
                    self.window,
                    lock.file_name,
                    on_read_only=lambda: self._switch_to(url, None, read_only=True),
                    on_refused=lambda: None,
                    refuse_text=cancel_text(),
                )
            return
        self._switch_to(url, lock, read_only=False)

    def _switch_to(self, url: str, lock: DatabaseLock | None, *, read_only: bool) -> None:
        try:
            database, self._erased_on_opening = _open_and_reconcile(url, read_only=read_only)
        except BaseException as error:
            if lock is not None and lock is not self._lock:
                lock.release()
            if not isinstance(error, UserError):
                raise
            show_error(self.window, error.message(translate))
            return
        old, self._database = self.database, database
        old_lock, self._lock = self._lock, lock
        self.start()
        old.dispose()
        if old_lock is not None and old_lock is not lock:
            old_lock.release()

    @Slot(str, int)
    def reopen_restored(self, saved: str, erased_again: int) -> None:
        """The restore has replaced the file's data: open it afresh and rebuild the views."""
        from ryhmat.storage.database import open_database

        try:
            database = open_database(
                self.database.engine.url.render_as_string(hide_password=False),
                read_only=self.database.read_only,
            )
        except UserError as error:
            show_error(self.window, error.message(translate))
            return
        old, self._database = self.database, database
        self.show().show_restored(saved, erased_again)
        old.dispose()

    def back_up_automatically(self) -> Operation[Path | None] | None:
        """Copy the database to its backups folder off the GUI thread, if backups are on."""
        from ryhmat.storage.backup import can_back_up, write_automatic_backup

        keep = self.settings[KEEP_BACKUPS]
        engine = self.database.engine
        if keep == 0 or not can_back_up(engine) or self.window is None:
            return None
        return Operation.on_file(
            self.window,
            lambda: write_automatic_backup(engine, keep, self._clock()),
            on_success=self._automatic_backup_done,
            on_failure=self._automatic_backup_failed,
            # Said calmly in the status bar, not in a message: the app works on.
            show_errors=False,
        ).run_in_background()

    def _automatic_backup_done(self, target: Path | None) -> None:
        if self.window is not None and target is not None:
            self.window.show_automatic_backup(target)

    def _automatic_backup_failed(self, error: UserError | None) -> None:
        if self.window is not None and error is not None:
            self.window.show_automatic_backup_failed(error_text(error))

    def close_and_say_what_shows(self) -> None:
        """``--close-after``: print the window's title and the view it shows (none while
        the database is still opening), then close the window as a person would. An
        installation is checked with it where no one can look at the screen."""
        window = self.window
        if window is None:
            return
        shown = window.navigation.currentItem() if window.navigation.isEnabled() else None
        title = window.windowTitle()
        if sys.stdout is not None:  # a windowed program on Windows has none
            print(title if shown is None else f"{title}: {shown.text()}", flush=True)
        window.close()

    def stop(self) -> None:
        """After the window has closed: let the opening, a backup or an erasure under
        way end (a quit must not leave half a copy), forget the window, close the
        database and let its file go."""
        QThreadPool.globalInstance().waitForDone()
        self.window = None
        if self._database is not None:
            self._database.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    @Slot(str)
    def switch_language(self, language: str) -> None:
        self.settings[LANGUAGE] = language
        load_language(language)
        self.show()


def run_gui(database_url: str | None, close_after: float | None = None) -> int:
    """The desktop app until its window closes; with ``close_after`` seconds it closes
    itself then (see DesktopApp.close_and_say_what_shows)."""
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Ryhmät")
    app.setOrganizationName("Ryhmat")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    # Wayland and the task bars match the window to the installed .desktop file by this.
    app.setDesktopFileName(APP_ID)
    settings = Preferences.of_user()
    load_language(chosen_language(settings[LANGUAGE]))
    install_into(app)
    reporter = CrashReporter(log_dir(), app)
    reporter.install()
    GuiThreadGarbageCollector(app)
    launched = launch_moment()
    desktop = DesktopApp(
        None,
        settings,
        str(reporter.log_path),
        startup_report=None if launched is None else StartupReport(launched),
    )
    try:
        desktop.open_and_start(database_url)
        if close_after is not None:
            closing = QTimer(app)
            closing.setSingleShot(True)
            # Precise: a coarse timer may fire 5 % early, and the window is to stay that long.
            closing.setTimerType(Qt.TimerType.PreciseTimer)
            closing.timeout.connect(desktop.close_and_say_what_shows)
            closing.start(round(close_after * 1000))
        return app.exec()
    finally:
        desktop.stop()
        reporter.uninstall()
