"""What every view shares: the use cases' database and adapters, the clock and undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Signal, Slot
from PySide6.QtGui import QUndoGroup, QUndoStack
from PySide6.QtWidgets import QWidget

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, UserError
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.ports import (
    FeedPublisher,
    Progress,
    RosterReader,
    UnitOfWork,
    UnitOfWorkFactory,
    WorkbookWriter,
)
from ryhmat.domain.scheduling import HolidayCalendar
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.team import reads_rosters_only
from ryhmat.i18n import current_language
from ryhmat.ui.changes import Changes, ChangeSet

T = TypeVar("T")

READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "The database is open in another Ryhmät window, and this window is read-only. "
    "Nothing was saved; make the change in the other window.",
)


READ_ONLY_PERSONAL_DATA = QT_TRANSLATE_NOOP(
    "Errors",
    "The database is open in another Ryhmät window, and this window is read-only: it "
    "cannot log who reads families' personal data, so it does not show them. Use the "
    "other window.",
)


class ReadOnlyError(UserError):
    """A save asked of a window that only shows its database, or a read of personal
    data, which must write the usage log."""

    def __init__(self, template: str = READ_ONLY) -> None:
        super().__init__(template)


@dataclass(frozen=True, slots=True)
class Adapters:
    """The export side of the use cases (ryhmat.export implements them); the
    composition root, app.py, hands them in, and a test may hand in fakes."""

    feeds: FeedPublisher
    workbooks: WorkbookWriter
    rosters: RosterReader


@dataclass(frozen=True, slots=True)
class Services:
    """What a use case of several steps is given: units of work to open, the
    adapters, and where to report its progress."""

    unit_of_work: UnitOfWorkFactory
    adapters: Adapters
    report: Progress


def _no_progress(_done: int, _total: int) -> None:
    pass


class AppContext(QObject):
    """Runs use cases for the views and tells every view when data has changed.

    Views never hold a database session: they pass a use case to ``read`` or
    ``write``, or a longer one to an ``Operation`` (ui/operations.py); a
    ``UserError`` raised by ``write`` reaches the view unchanged, so the view can
    show its message where the person is looking. A ``read_only`` context (its
    database is another window's to write) refuses every save here, before it
    runs, with one ``ReadOnlyError``; an ``Operation`` that saves, likewise.
    """

    # Something was saved (by write() or an Operation): carries the ChangeSet, which
    # kinds of data changed and which view started it. Views listen through
    # when_changed(), which reloads them only for the kinds they show.
    data_changed = Signal(object)

    def __init__(
        self,
        unit_of_work: UnitOfWorkFactory,
        clock: Callable[[], datetime] = helsinki_now,
        holidays: HolidayCalendar | None = None,
        parent: QObject | None = None,
        adapters: Adapters | None = None,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.read_only = read_only
        self._unit_of_work = unit_of_work
        self._adapters = adapters
        self._clock = clock
        self.holidays: HolidayCalendar = holidays or FinnishHolidays(current_language)
        self._rosters_only: bool | None = None
        self.undo_group = QUndoGroup(self)
        # Session edits are saved at once and undone by saving the old state.
        self.session_undo = QUndoStack(self.undo_group)
        self.undo_group.setActiveStack(self.session_undo)

    def now(self) -> datetime:
        return self._clock()

    def reads_rosters_only(self) -> bool:
        """Whether the person connected reads of families only what an attendance list
        names (a team's volunteer; domain/usecases/team.py). Asked of the database once:
        a new role takes effect when the app is opened again."""
        if self._rosters_only is None:
            self._rosters_only = self.read(reads_rosters_only)
        return self._rosters_only

    def today(self) -> date:
        return self.now().date()

    def read(self, use_case: Callable[[UnitOfWork], T]) -> T:
        with self._unit_of_work() as uow:
            return use_case(uow)

    def read_logged(self, use_case: Callable[[UnitOfWork], T]) -> T:
        """``read`` for a use case that reads families' personal data and logs it (see
        usecases/usage_log.py); refused before it runs in a read-only window."""
        self.refuse_unlogged_read()
        return self.read(use_case)

    def refuse_unlogged_read(self) -> None:
        """Raise ``ReadOnlyError`` if this window cannot log a read of personal data."""
        if self.read_only:
            raise ReadOnlyError(READ_ONLY_PERSONAL_DATA)

    def write(
        self, use_case: Callable[[UnitOfWork], T], changes: Changes, origin: object = None
    ) -> T:
        """A quick save on the GUI thread: run a use case that saves (it commits itself)
        in a unit of work, then announce ``changes``, started by ``origin``. A
        ``UserError`` reaches the caller, to be shown in the form being saved."""
        self.refuse_if_read_only()
        with self._unit_of_work() as uow:
            result = use_case(uow)
        self.announce(changes, origin)
        return result

    def perform(self, work: Callable[[Services], T], changes: Changes, origin: object = None) -> T:
        """``write`` for a quick save of several steps (several units of work, or the
        adapters as well): run it on the GUI thread, then announce ``changes``."""
        self.refuse_if_read_only()
        result = work(self.services())
        self.announce(changes, origin)
        return result

    def refuse_if_read_only(self) -> None:
        """Raise ``ReadOnlyError`` if this window may not save."""
        if self.read_only:
            raise ReadOnlyError()

    def announce(self, changes: Changes, origin: object = None) -> None:
        """Tell the views what changed (on the GUI thread); nothing for no change."""
        if changes:
            self.data_changed.emit(ChangeSet(changes, origin))

    def when_changed(
        self,
        view: QObject,
        kinds: Changes,
        reload: Callable[[], object],
        skip_own: bool = False,
        when_shown: bool = False,
    ) -> None:
        """Call ``reload`` after each change of any of ``kinds``, as long as ``view``
        lives; with ``skip_own``, not for the changes ``view`` started itself (for a
        view that already shows what it saved); with ``when_shown``, a hidden widget
        ``view`` reloads once when it is shown again, not at every change (for a view
        whose reading is not free)."""
        _Listener(self, view, kinds, reload, skip_own, when_shown)

    def services(self, report: Progress = _no_progress) -> Services:
        """What ``perform`` and an Operation give a use case of several steps (each
        its own unit of work) or one that needs the adapters; views do not call it.
        Safe to call from any thread."""
        if self._adapters is None:
            raise RuntimeError("This context was made without the export adapters.")
        return Services(self._unit_of_work, self._adapters, report)


class _Listener(QObject):
    """A view's filter on data_changed: a child of the view, so it goes with it."""

    def __init__(
        self,
        context: AppContext,
        view: QObject,
        kinds: Changes,
        reload: Callable[[], object],
        skip_own: bool,
        when_shown: bool,
    ) -> None:
        super().__init__(view)
        self._view = view
        self._kinds = kinds
        self._reload = reload
        self._skip_own = skip_own
        # The widget whose showing a missed reload waits for, if any.
        self._shown_widget = view if when_shown and isinstance(view, QWidget) else None
        self._missed = False
        if self._shown_widget is not None:
            self._shown_widget.installEventFilter(self)
        context.data_changed.connect(self.changed)

    @Slot(object)
    def changed(self, changes: ChangeSet) -> None:
        if not changes.touches(self._kinds):
            return
        if self._skip_own and changes.origin is self._view:
            return
        if self._shown_widget is not None and not self._shown_widget.isVisible():
            self._missed = True
            return
        self._reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self._missed:
            self._missed = False
            self._reload()
        return False
