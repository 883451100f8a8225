"""What every view shares: the database's units of work, the clock and undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import HolidayCalendar
from ryhmat.domain.timezone import helsinki_now

T = TypeVar("T")
UnitOfWorkFactory = Callable[[], UnitOfWork]


class AppContext(QObject):
    """Runs use cases for the views and tells every view when data has changed.

    Views never hold a database session: they pass a use case to ``read`` or
    ``write``; a ``UserError`` raised by it reaches the view unchanged, so the
    view can show its message where the person is looking.
    """

    # Something was saved (by write() or a background save); carries nothing, so every view
    # that shows data reads it again.
    data_changed = Signal()

    def __init__(
        self,
        unit_of_work: UnitOfWorkFactory,
        clock: Callable[[], datetime] = helsinki_now,
        holidays: HolidayCalendar | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.unit_of_work = unit_of_work
        self._clock = clock
        self.holidays: HolidayCalendar = holidays or FinnishHolidays()
        self.undo_group = QUndoGroup(self)
        # Session edits are saved at once and undone by saving the old state.
        self.session_undo = QUndoStack(self.undo_group)
        self.undo_group.setActiveStack(self.session_undo)

    def now(self) -> datetime:
        return self._clock()

    def today(self) -> date:
        return self.now().date()

    def read(self, use_case: Callable[[UnitOfWork], T]) -> T:
        with self.unit_of_work() as uow:
            return use_case(uow)

    def write(self, use_case: Callable[[UnitOfWork], T]) -> T:
        """Run a use case that saves (it commits itself), then tell the views."""
        with self.unit_of_work() as uow:
            result = use_case(uow)
        self.data_changed.emit()
        return result
