"""The main window: navigation between the views, the menus and the status bar."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QByteArray, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.preferences import ACTOR, KEEP_BACKUPS, WINDOW_GEOMETRY, WINDOW_VIEW, Preferences
from ryhmat.ui.changes import Changes
from ryhmat.ui.files import file_name
from ryhmat.ui.formatting import format_date, format_time
from ryhmat.ui.operations import Operation
from ryhmat.ui.plurals import plurals
from ryhmat.ui.records import RecordListView
from ryhmat.ui.settings_page import SettingsPage
from ryhmat.ui.undo import ask_before_steps
from ryhmat.ui.unsaved import GuardedDialog, ask_before_leaving, unsaved_editors

if TYPE_CHECKING:
    from ryhmat.domain.usecases.search import Found
    from ryhmat.ui.calendar import CalendarPage
    from ryhmat.ui.context import AppContext
    from ryhmat.ui.data_protection import DataProtectionSettings
    from ryhmat.ui.search import SearchDialog
    from ryhmat.ui.sessions import UnrecordedList
    from ryhmat.ui.shortcuts import KeyHelp
    from ryhmat.ui.team import OwnAccount, TeamSettings

ERASURE_MESSAGE_MS = 15_000
SEARCH_KEY = QKeySequence("Ctrl+K")
HELP_KEY = QKeySequence(Qt.Key.Key_F1)
PageFactory = Callable[[], QWidget]
# The views' rows in the navigation, in the order of _page_titles.
CALENDAR_VIEW, GROUPS_VIEW, WORKERS_VIEW, FAMILIES_VIEW = range(4)


class RestoreOutcome(Protocol):
    @property
    def saved(self) -> Path:
        """The copy of the data the restore replaced."""

    @property
    def erased_again(self) -> int:
        """Families erased after the backup was taken, erased again in the restored data."""


class DatabaseActions(Protocol):
    """What the window may do with the open database itself (the app provides it)."""

    @property
    def display_name(self) -> str: ...

    @property
    def can_backup(self) -> bool: ...

    def backup_to(self, target: Path) -> None: ...

    @property
    def backups_folder(self) -> Path | None:
        """Where the automatic backups go; None when there are none (PostgreSQL)."""

    def check_backup(self, backup: Path) -> datetime:
        """When ``backup`` was taken; raises a UserError if it cannot be restored."""

    def restore_from(self, backup: Path) -> RestoreOutcome:
        """Replace the data with the backup's (slow: call off the GUI thread). The
        database must be reopened afterwards."""

    @property
    def safety_copies(self) -> Sequence[Path]:
        """The copies taken before a restore or an upgrade, newest first."""

    @property
    def safety_copies_kept(self) -> int:
        """How many of each kind rotation keeps."""

    @property
    def login_name(self) -> str:
        """Whom the change history names when no worker is chosen."""

    @property
    def is_team_database(self) -> bool:
        """A shared PostgreSQL database: the change history names the login connected,
        which no one chooses."""

    def set_actor(self, worker_name: str) -> None:
        """Name this worker (or, if empty, the login name) in the change history."""


class MainWindow(QMainWindow):
    demo_loaded = Signal()  # the demo data is saved and the views were told to reload
    database_requested = Signal(str)  # the path of an SQLite file to open or create
    language_requested = Signal(str)  # a language code (fi, sv, en) chosen in Asetukset
    # Once a backup is restored: the path of the copy of the data it replaced, and how
    # many families erased since the backup was made were erased again.
    database_restored = Signal(str, int)

    context: AppContext

    def __init__(
        self,
        context: AppContext | None,
        database: DatabaseActions | None,
        settings: Preferences,
        language: str = "fi",
        log_file: str = "",
    ) -> None:
        """The window with its views; without a database yet (None, None), only its
        frame, saying the database is being opened, until ``attach`` is called."""
        super().__init__()
        self._settings = settings
        self._language = language
        self._log_file = log_file
        self._dialogs: set[QDialog] = set()
        self._attached = False
        self._erasure_notice = ""
        self.setWindowTitle(self.tr("Ryhmät"))
        self.resize(1200, 760)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setMaximumWidth(200)
        self.navigation.addItems(self._page_titles())
        self.navigation.setEnabled(False)  # until the views are there to go to
        self.stack = QStackedWidget(self)
        self._unbuilt_pages: dict[QWidget, PageFactory] = {}
        self.opening = self._build_opening_note()
        self.stack.addWidget(self.opening)

        self._content = QVBoxLayout()
        self._content.setContentsMargins(0, 0, 0, 0)
        self._content.addWidget(self.stack, 1)
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addLayout(self._content, 1)
        self.setCentralWidget(central)
        self._restore_geometry()
        if context is not None and database is not None:
            self.attach(context, database)

    def attach(self, context: AppContext, database: DatabaseActions) -> None:
        """Build the views on the opened database and show the one last shown."""
        self.context = context
        self._database = database
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        self._build_pages(self._language, self._log_file)
        self.navigation.currentRowChanged.connect(self._show_page)
        self.navigation.setEnabled(True)
        self.banner = self._build_banner()
        self._content.insertWidget(0, self.banner)

        self._build_menus()
        self.database_label = QLabel(database.display_name, self)
        self.statusBar().addPermanentWidget(self.database_label)
        self._restore_view()
        context.when_changed(self, Changes.GROUPS, self._refresh_banner)
        self._refresh_banner()
        if context.read_only:
            self._show_read_only()
        self._attached = True

    def _show_read_only(self) -> None:
        """Another window writes this database: say so in the title, and offer no
        action that only saves (a save that gets through is refused by the context)."""
        self.setWindowTitle(self.tr("Ryhmät (read-only)"))
        # Said in the window too: the title bar is easy to miss.
        self.read_only_label = QLabel(
            self.tr("Read-only: the database is open in another window"), self
        )
        self.read_only_label.setObjectName("readOnlyNote")
        self.read_only_label.setContentsMargins(0, 0, 16, 0)  # apart from the file's name
        self.statusBar().insertPermanentWidget(0, self.read_only_label)
        for action in (self.restore_action, self.new_item_action):
            action.setEnabled(False)
        self.demo_button.setEnabled(False)

    def _page_titles(self) -> list[str]:
        return [
            self.tr("Calendar"),
            self.tr("Groups"),
            self.tr("Workers and pairs"),
            self.tr("Families"),
            self.tr("Statistics"),
            self.tr("Calendar feeds"),
            self.tr("Settings"),
        ]

    def _build_opening_note(self) -> QWidget:
        note = QWidget(self)
        note.setObjectName("openingDatabase")
        label = QLabel(self.tr("Opening the database…"), note)
        busy = QProgressBar(note)
        busy.setRange(0, 0)
        busy.setMaximumWidth(240)
        layout = QVBoxLayout(note)
        layout.addStretch(1)
        layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(busy, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.opening_label = label
        return note

    def show_opening_failed(self, reason: str) -> None:
        """The database could not be opened: say so where the views would be."""
        label = self.opening_label
        label.setText(reason)
        label.setWordWrap(True)
        # The whole width, centred: a wrapped label kept at its hinted width by the
        # layout's alignment was cut off above and below.
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = self.opening.layout()
        if layout is not None:
            layout.setAlignment(label, Qt.AlignmentFlag(0))
            layout.setContentsMargins(48, 0, 48, 0)
        for busy in self.opening.findChildren(QProgressBar):
            busy.hide()

    # -- building ---------------------------------------------------------------------

    def _build_pages(self, language: str, log_file: str) -> None:
        # The views' modules come with the database (see __init__): the window's
        # frame is shown without waiting for them.
        from ryhmat.domain.usecases.team import manages_team
        from ryhmat.ui.calendar import CalendarPage
        from ryhmat.ui.data_protection import DataProtectionSettings
        from ryhmat.ui.sessions import UnrecordedList

        self.calendar: CalendarPage = CalendarPage(self.context, self)
        self.unrecorded: UnrecordedList = UnrecordedList(self.context, self)
        calendar_page = QSplitter(Qt.Orientation.Horizontal, self)
        calendar_page.addWidget(self.calendar)
        calendar_page.addWidget(self.unrecorded)
        # The panel is as narrow as its list lets it be: group names wrap between words.
        calendar_page.setStretchFactor(0, 4)
        calendar_page.setStretchFactor(1, 1)
        calendar_page.setSizes([900, 340])
        self.calendar.session_activated.connect(self.open_session)
        self.calendar.record_requested.connect(self.open_attendance)
        self.unrecorded.record_requested.connect(self.open_attendance)

        folder = self._database.backups_folder
        self.settings_page = SettingsPage(
            language,
            self._database.display_name,
            log_file,
            self,
            keep_backups=self._settings[KEEP_BACKUPS],
            backups_folder="" if folder is None else str(folder),
            safety_copies=[str(path) for path in self._database.safety_copies],
            safety_copies_kept=self._database.safety_copies_kept,
        )
        self.settings_page.language_changed.connect(self.language_requested)
        self.settings_page.keep_backups_changed.connect(self._keep_backups_chosen)
        self.data_protection: DataProtectionSettings = DataProtectionSettings(
            self.context,
            self._settings[ACTOR],
            self._database.login_name,
            self,
            chosen_freely=not self._database.is_team_database,
        )
        self.data_protection.actor_changed.connect(self._actor_chosen)
        self.settings_page.add_section(self.tr("Data protection"), self.data_protection)
        self.team: TeamSettings | None = None
        self.own_account: OwnAccount | None = None
        if self._database.is_team_database:
            from ryhmat.ui.team import OwnAccount, TeamSettings

            if self.context.read(manages_team):
                self.team = TeamSettings(self.context, self)
                self.settings_page.add_section(self.tr("Team"), self.team)
            self.own_account = OwnAccount(self.context, self._database.login_name, self)
            self.settings_page.add_section(self.tr("Your account"), self.own_account)
        pages: list[QWidget | PageFactory] = [
            calendar_page,
            self._groups_page,
            self._workers_page,
            self._families_page,
            self._statistics_page,
            self._feeds_page,
            _scrolled(self.settings_page),
        ]
        for page in pages:
            if isinstance(page, QWidget):
                self.stack.addWidget(page)
            else:
                # Each page reads its data when made: a page is made when first shown,
                # so the window opens as fast on ten years of data as on none.
                placeholder = QWidget(self)
                self._unbuilt_pages[placeholder] = page
                self.stack.addWidget(placeholder)

    # Each page's module is imported when the page is made: the feeds page brings the
    # CalDAV client and the families and statistics pages openpyxl, which together take
    # most of a second to import, and the window is shown without them.

    def _groups_page(self) -> QWidget:
        from ryhmat.ui.groups import GroupsPage

        return GroupsPage(self.context, self)

    def _workers_page(self) -> QWidget:
        from ryhmat.ui.people import WorkersPage

        return WorkersPage(self.context, self)

    def _families_page(self) -> QWidget:
        if self.context.reads_rosters_only():
            from ryhmat.ui.people.roster_only import FamiliesOnRostersOnly

            return FamiliesOnRostersOnly(self)
        from ryhmat.ui.people import FamiliesPage

        return FamiliesPage(self.context, self)

    def _statistics_page(self) -> QWidget:
        from ryhmat.ui.statistics import StatisticsPage

        page = StatisticsPage(self.context, self)
        page.record_requested.connect(self.open_attendance)
        return page

    def _feeds_page(self) -> QWidget:
        from ryhmat.ui.feeds import FeedsPage

        return FeedsPage(self.context, self)

    def _show_page(self, row: int) -> None:
        leaving = self.stack.currentWidget()
        if leaving is not None and row != self.stack.currentIndex():
            pending = unsaved_editors(leaving)
            if pending:
                # Stay on the view until the person has answered for its edits.
                self.navigation.blockSignals(True)
                self.navigation.setCurrentRow(self.stack.currentIndex())
                self.navigation.blockSignals(False)
                ask_before_leaving(pending[0], lambda: self.navigation.setCurrentRow(row), self)
                return
        placeholder = self.stack.widget(row)
        make = None if placeholder is None else self._unbuilt_pages.pop(placeholder, None)
        if placeholder is not None and make is not None:
            page = make()
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
        self.stack.setCurrentIndex(row)

    def _build_banner(self) -> QFrame:
        banner = QFrame(self)
        banner.setObjectName("emptyDatabaseBanner")
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary = QLabel(
            self.tr(
                "The database is empty. You can start with demo data of a "
                "fictional municipality, or add your own groups."
            ),
            banner,
        )
        self.summary.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("Load demo data"), banner)
        self.demo_button.clicked.connect(self.load_demo)
        self.progress = QProgressBar(banner)
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        layout = QHBoxLayout(banner)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.demo_button)
        return banner

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        new_action = file_menu.addAction(self.tr("&New database…"))
        new_action.triggered.connect(lambda: self.after_unsaved_changes(self._ask_new_database))
        open_action = file_menu.addAction(self.tr("&Open database…"))
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(lambda: self.after_unsaved_changes(self._ask_open_database))
        self.backup_action = file_menu.addAction(self.tr("&Back up…"))
        self.backup_action.setEnabled(self._database.can_backup)
        self.backup_action.triggered.connect(self._ask_backup)
        self.restore_action = file_menu.addAction(self.tr("&Restore from backup…"))
        self.restore_action.setEnabled(self._database.can_backup)
        if not self._database.can_backup:
            self.restore_action.setToolTip(
                self.tr(
                    "Only an SQLite database file is restored here; restore a PostgreSQL "
                    "database with pg_restore (see the README)."
                )
            )
        self.restore_action.triggered.connect(lambda: self.after_unsaved_changes(self._ask_restore))
        file_menu.setToolTipsVisible(True)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        # Ctrl+Q everywhere: the platform's own Quit key is missing on Windows.
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.context.undo_group.createUndoAction(self, self.tr("&Undo"))
        # All the platform's keys: Redo is both Ctrl+Y and Ctrl+Shift+Z on Linux.
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        redo = self.context.undo_group.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        ask_before_steps(self.context.undo_group, undo, redo)
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        # Explicit keys: the platforms' standard ones differ (or are missing offscreen).
        find_action = edit_menu.addAction(self.tr("&Find in the list"))
        find_action.setShortcut(QKeySequence("Ctrl+F"))
        find_action.triggered.connect(self.find_in_list)
        self.new_item_action = edit_menu.addAction(self.tr("&New in this view…"))
        self.new_item_action.setShortcut(QKeySequence("Ctrl+N"))
        self.new_item_action.triggered.connect(self.new_in_view)
        self.search_action = edit_menu.addAction(self.tr("&Search everything…"))
        self.search_action.setShortcut(SEARCH_KEY)
        self.search_action.setToolTip(
            self.tr("Find a group, a session, a family or a worker (%1)").replace(
                "%1", SEARCH_KEY.toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.search_action.triggered.connect(self.show_search)
        toolbar = self.addToolBar(self.tr("Toolbar"))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.search_action.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView)
        )
        toolbar.addAction(self.search_action)
        button = toolbar.widgetForAction(self.search_action)
        if button is not None:
            button.setObjectName("searchButton")

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for row in range(self.navigation.count()):
            action = QAction(self.navigation.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.show_view(r))
            view_menu.addAction(action)
            self.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        shortcuts = help_menu.addAction(self.tr("&Keyboard shortcuts…"))
        shortcuts.setShortcut(HELP_KEY)
        shortcuts.triggered.connect(self.show_shortcuts)
        about = help_menu.addAction(self.tr("&About Ryhmät…"))
        about.triggered.connect(self.show_about)

    # -- views and settings -----------------------------------------------------------

    def show_view(self, row: int) -> None:
        self.navigation.setCurrentRow(row)
        page = self.stack.currentWidget()
        if page is not None:
            page.setFocus()

    def _shown_list(self, *, adding: bool = False) -> RecordListView[Any] | None:
        """The list the current view shows (on its current tab), if it has one: of a view
        with a side list (the follow-ups beside the families), the one the focus is in,
        else the view's own — the one that adds, as the one ``adding`` asks for always is."""
        page = self.stack.currentWidget()
        if page is None:
            return None
        lists = [
            widget
            for widget in page.findChildren(QWidget)
            if isinstance(widget, RecordListView) and widget.isVisible()
        ]
        focus = QApplication.focusWidget()
        holding = [] if adding else [w for w in lists if focus and w.isAncestorOf(focus)]
        own = [widget for widget in lists if not widget.add_button.isHidden()]
        found = holding or own or ([] if adding else lists)
        return found[0] if found else None

    def find_in_list(self) -> None:
        """Ctrl+F: the cursor to the search of the list in view, its text chosen."""
        shown = self._shown_list()
        if shown is not None and shown.search.isVisible():
            shown.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            shown.search.selectAll()

    def new_in_view(self) -> None:
        """Ctrl+N: a new item of what the view lists, as its Add button makes one."""
        shown = self._shown_list(adding=True)
        if shown is not None and shown.add_button.isEnabled():
            shown.add_button.click()

    def _restore_geometry(self) -> None:
        geometry = self._settings[WINDOW_GEOMETRY]
        if geometry:
            self.restoreGeometry(QByteArray(geometry))

    def _restore_view(self) -> None:
        view = self._settings[WINDOW_VIEW]
        self.navigation.setCurrentRow(view if 0 <= view < self.stack.count() else 0)

    def save_settings(self) -> None:
        self._settings[WINDOW_GEOMETRY] = bytes(self.saveGeometry().data())
        if self._attached:  # closed while opening: the view last shown stays
            self._settings[WINDOW_VIEW] = self.navigation.currentRow()
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._attached and unsaved_editors(self):
            # Quitting waits for an answer about each editor's unsaved changes, then
            # closes once the question's own signal has returned.
            event.ignore()
            self.after_unsaved_changes(lambda: QTimer.singleShot(0, self.close))
            return
        self.save_settings()
        super().closeEvent(event)

    def after_unsaved_changes(self, then: Callable[[], object]) -> None:
        """Run ``then`` (another database, a restore: the views are rebuilt) once every
        editor's unsaved changes are saved or dropped; going back to one runs nothing."""
        pending = unsaved_editors(self)
        if not pending:
            then()
            return
        editor = pending[0]
        parent = editor if isinstance(editor, QDialog) else self

        def left() -> None:
            if isinstance(editor, GuardedDialog):
                editor.close_without_asking()
            self.after_unsaved_changes(then)

        ask_before_leaving(editor, left, parent)

    # -- dialogs ----------------------------------------------------------------------

    def _keep(self, dialog: QDialog) -> None:
        self._dialogs.add(dialog)
        dialog.finished.connect(lambda _result: self._dialogs.discard(dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> QDialog:
        from ryhmat.ui.about import AboutDialog

        folder = self._database.backups_folder
        dialog = AboutDialog(
            self._database.display_name,
            "" if folder is None else str(folder),
            self._log_file,
            self,
        )
        self._keep(dialog)
        return dialog

    def shortcut_lines(self) -> list[KeyHelp]:
        """Every key of the window's actions under its menu or view, then the keys the
        views list as data."""
        from ryhmat.ui.shortcuts import from_actions, listed_keys, plain_text

        lines = from_actions(self.findChildren(QAction), self._section_of) + listed_keys()
        menus = [plain_text(action.text()) for action in self.menuBar().actions()]
        views = [self.navigation.item(row).text() for row in range(self.navigation.count())]
        order = {section: place for place, section in enumerate(menus + views)}
        return sorted(lines, key=lambda line: order.get(line.section, len(order)))

    def _section_of(self, action: QAction) -> str | None:
        """The menu bar's menu an action is in, else the view it belongs to (None:
        neither, e.g. an open dialog's)."""
        from ryhmat.ui.shortcuts import menu_of, plain_text

        menu = menu_of(action)
        if menu is not None and menu.parent() is self.menuBar():
            return plain_text(menu.title())
        owner = action.parent()
        for row in range(self.stack.count()):
            page = self.stack.widget(row)
            if page is not None and isinstance(owner, QWidget) and page.isAncestorOf(owner):
                return self.navigation.item(row).text()
        return None

    def show_shortcuts(self) -> QDialog:
        from ryhmat.ui.shortcuts import ShortcutsDialog

        dialog = ShortcutsDialog(self.shortcut_lines(), self)
        self._keep(dialog)
        return dialog

    def show_search(self) -> SearchDialog:
        """Ctrl+K: the search, over the window; what is chosen in it opens in its view."""
        from ryhmat.ui.search import SearchDialog

        dialog = SearchDialog(self.context, self)
        dialog.chosen.connect(self.open_found)
        self._keep(dialog)
        return dialog

    @Slot(object)
    def open_found(self, found: Found) -> None:
        """Show a thing the search found where it lives: a group, a family or a worker in
        its editor over its view, a session in the calendar's week on its day."""
        from ryhmat.domain.usecases.search import FoundKind

        row = {
            FoundKind.GROUP: GROUPS_VIEW,
            FoundKind.SESSION: CALENDAR_VIEW,
            FoundKind.FAMILY: FAMILIES_VIEW,
            FoundKind.WORKER: WORKERS_VIEW,
        }[found.kind]
        self.show_view(row)
        if self.navigation.currentRow() != row:
            return  # the view asks first about its unsaved changes: the person decides
        page = self.stack.currentWidget()
        if found.kind is FoundKind.SESSION:
            if found.day is None or not self.calendar.show_session(found.id, found.day):
                self.open_session(found.id)  # the calendar's filters hide it
        elif found.kind is FoundKind.GROUP:
            from ryhmat.ui.groups import GroupsPage

            if isinstance(page, GroupsPage):
                page.open_group(found.id)
        elif found.kind is FoundKind.FAMILY:
            from ryhmat.ui.people import FamiliesPage

            if isinstance(page, FamiliesPage):  # not a volunteer's, who finds no families
                page.open_family(found.id)
        else:
            from ryhmat.ui.people import WorkersPage

            if isinstance(page, WorkersPage):
                page.open_worker(found.id)

    @Slot(object)
    def open_session(self, session_id: uuid.UUID) -> None:
        from ryhmat.ui.sessions import SessionDialog

        dialog = SessionDialog(self.context, session_id, self)
        dialog.record_requested.connect(self.open_attendance)
        self._keep(dialog)

    @Slot(object)
    def open_attendance(self, session_id: uuid.UUID) -> None:
        from ryhmat.ui.sessions import AttendanceDialog

        self._keep(AttendanceDialog(self.context, session_id, self))

    # -- the database -----------------------------------------------------------------

    def _refresh_banner(self) -> None:
        from ryhmat.domain.usecases.groups import has_groups

        self.banner.setVisible(not self.context.read(has_groups))

    def _file_dialog(self, title: str, accept: QFileDialog.AcceptMode) -> QFileDialog:
        dialog = QFileDialog(self, title)
        dialog.setAcceptMode(accept)
        dialog.setNameFilter(self.tr("Ryhmät databases (*.sqlite3 *.db)"))
        dialog.setDefaultSuffix("sqlite3")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def _ask_new_database(self) -> None:
        dialog = self._file_dialog(self.tr("New database"), QFileDialog.AcceptMode.AcceptSave)
        dialog.fileSelected.connect(self.database_requested)
        dialog.open()

    def _ask_open_database(self) -> None:
        dialog = self._file_dialog(self.tr("Open database"), QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.fileSelected.connect(self.database_requested)
        dialog.open()

    def _ask_backup(self) -> None:
        dialog = self._file_dialog(
            self.tr("Back up the database"), QFileDialog.AcceptMode.AcceptSave
        )
        suggested = self.tr("Ryhmät backup %1").replace("%1", format_date(self.context.today()))
        dialog.selectFile(file_name(suggested) + ".sqlite3")
        dialog.fileSelected.connect(lambda path: self.back_up(Path(path)))
        dialog.open()

    def back_up(self, target: Path) -> Operation[None]:
        """Copy the database to ``target`` in the background; the status bar says when done."""
        self.statusBar().showMessage(self.tr("Backing up…"))
        return Operation.on_file(
            self,
            lambda: self._database.backup_to(target),
            on_success=lambda _r: self._backup_done(target),
            on_failure=self._task_failed,
        ).run_in_background()

    def _backup_done(self, target: Path) -> None:
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(target)), 10000)

    def _keep_backups_chosen(self, keep: int) -> None:
        self._settings[KEEP_BACKUPS] = keep

    def _actor_chosen(self, worker_name: str) -> None:
        self._settings[ACTOR] = worker_name
        self._database.set_actor(worker_name)

    def show_erased_by_retention(self, families: int) -> None:
        """After the automatic erasure at start-up; quiet when nobody was due."""
        if families:
            self._show_erasure_notice(plurals.erased_by_retention(families))

    def show_erased_again_on_opening(self, families: int) -> None:
        """The database opened was an older copy: what its newer copies erased is erased
        here too, and said, not hidden."""
        self._show_erasure_notice(plurals.erased_again_on_opening(families))

    def _show_erasure_notice(self, text: str) -> None:
        self._erasure_notice = text
        self.statusBar().showMessage(text, ERASURE_MESSAGE_MS)

    def show_automatic_backup(self, target: Path) -> None:
        # The start's backup ends a moment after an erasure was said: its routine line
        # must not hide what was erased.
        if self._erasure_notice and self.statusBar().currentMessage() == self._erasure_notice:
            return
        self.statusBar().showMessage(self.tr("Backed up to %1").replace("%1", str(target)), 5000)

    def show_automatic_backup_failed(self, reason: str) -> None:
        """Calmly, in the status bar: the app works on without the copy."""
        self.statusBar().showMessage(
            self.tr("The automatic backup was not made: %1").replace("%1", reason)
        )

    # -- restoring --------------------------------------------------------------------

    def _ask_restore(self) -> QFileDialog:
        dialog = self._file_dialog(
            self.tr("Restore from backup"), QFileDialog.AcceptMode.AcceptOpen
        )
        dialog.setObjectName("restoreDialog")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        folder = self._database.backups_folder
        if folder is not None:
            dialog.setDirectory(str(folder if folder.is_dir() else folder.parent))
        dialog.fileSelected.connect(lambda path: self.check_restore(Path(path)))
        dialog.open()
        return dialog

    def check_restore(self, backup: Path) -> Operation[datetime]:
        """Check the chosen file in the background, then ask before replacing anything."""
        self.statusBar().showMessage(self.tr("Checking the backup…"))
        return Operation.on_file(
            self,
            lambda: self._database.check_backup(backup),
            on_success=lambda taken: self._confirm_restore(backup, taken),
            on_failure=self._task_failed,
        ).run_in_background()

    def _confirm_restore(self, backup: Path, taken: datetime) -> None:
        self.statusBar().clearMessage()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Restore from backup"),
            self.tr(
                "The current data will be replaced by the backup of %1.\n\n"
                "A copy of the current data is saved first in the backups folder."
            ).replace("%1", f"{format_date(taken.date())} {format_time(taken)}"),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("restoreConfirmation")
        restore = box.addButton(self.tr("&Restore"), QMessageBox.ButtonRole.AcceptRole)
        restore.clicked.connect(lambda: self.restore(backup))
        # Replacing data is never what Enter does by accident.
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def restore(self, backup: Path) -> Operation[RestoreOutcome]:
        """Replace the data in the background; the window is still while it runs (no
        edit may land between the copy of the current data and the restore). The
        window is rebuilt afterwards, so no change is announced."""
        self.statusBar().showMessage(self.tr("Restoring the backup…"))
        central = self.centralWidget()
        return Operation.on_file(
            self,
            lambda: self._database.restore_from(backup),
            busy=[self.menuBar()] if central is None else [central, self.menuBar()],
            on_success=self._restore_done,
            on_failure=self._task_failed,
        ).run_in_background()

    def _restore_done(self, outcome: RestoreOutcome) -> None:
        self.statusBar().clearMessage()
        self.database_restored.emit(str(outcome.saved), outcome.erased_again)

    def show_restored(self, saved: str, erased_again: int = 0) -> None:
        message = self.tr("The backup is restored; the data it replaced is saved in %1").replace(
            "%1", saved
        )
        if erased_again:
            # Said, not hidden: the backup held people who had asked to be forgotten.
            message += " " + plurals.erased_again_by_restore(erased_again)
        self.statusBar().showMessage(message)

    def _task_failed(self, _error: UserError | None) -> None:
        # The operation has shown a person's mistake over the window; the global
        # handler an unexpected error.
        self.statusBar().clearMessage()

    @Slot()
    def load_demo(self) -> Operation[None]:
        from ryhmat.demo import load_small_demo

        today = self.context.today()
        self.statusBar().showMessage(self.tr("Creating demo data…"))
        return Operation(
            self,
            lambda services: load_small_demo(services.unit_of_work, today),
            context=self.context,
            # The whole database is new: every view reads it again.
            changes=Changes.EVERYTHING,
            busy=[self.demo_button],
            progress=self.progress,
            on_success=lambda _r: self._demo_done(),
            on_failure=self._task_failed,
        ).run_in_background()

    def _demo_done(self) -> None:
        self.statusBar().showMessage(self.tr("Demo data created."), 5000)
        self.demo_loaded.emit()


def _scrolled(page: QWidget) -> QScrollArea:
    """A page taller than a laptop's screen (an admin's settings on a team database)."""
    area = QScrollArea(page.parentWidget())
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    return area
