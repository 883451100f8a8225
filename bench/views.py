"""The calendar and the attendance view, measured in this process on the real widgets.

Each figure runs from the person's action to the moment the changed view has been
painted: events are processed until the view's viewport has received its paint
event (the offscreen platform paints into an image, as a screen would).
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from datetime import time as clock_time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from bench.databases import TODAY
from bench.timing import RUNS, run_times
from ryhmat.app import export_adapters
from ryhmat.domain.model import SessionStatus
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.attendance import attendance_sheet
from ryhmat.domain.usecases.calendar import calendar_entries
from ryhmat.storage.database import Database
from ryhmat.ui.calendar.dates import MONTH_ROWS, WEEK_DAYS, add_months, month_grid_start, week_start
from ryhmat.ui.calendar.page import CalendarPage, Mode
from ryhmat.ui.context import AppContext
from ryhmat.ui.sessions import AttendanceDialog

PEOPLE_WANTED = 40
PAINT_WAIT = 10.0  # seconds: a view that never paints is a broken benchmark


class PaintWatch(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def process_until_painted(view: QAbstractScrollArea, action: Callable[[], None]) -> None:
    """Do ``action`` and process events until ``view`` has painted its contents."""
    watch = PaintWatch()
    view.viewport().installEventFilter(watch)
    try:
        action()
        deadline = time.perf_counter() + PAINT_WAIT
        while not watch.painted:
            QApplication.processEvents()
            if time.perf_counter() > deadline:
                raise RuntimeError(f"{type(view).__name__} did not paint")
    finally:
        view.viewport().removeEventFilter(watch)


def bench_context(database: Database) -> AppContext:
    """The app's context on the demo's "today" at noon, so the same weeks are shown."""
    noon = datetime.combine(TODAY, clock_time(12), HELSINKI)
    return AppContext(database.unit_of_work, clock=lambda: noon, adapters=export_adapters())


def calendar_next_times(context: AppContext, mode: Mode, runs: int = RUNS) -> list[float]:
    """From the Next button to the next week (month) painted, starting at today."""
    page = CalendarPage(context)
    page.resize(1000, 700)
    page.show()
    page.set_mode(mode)
    try:
        return run_times(
            lambda: process_until_painted(page.current_view(), page.next_button.click),
            runs,
            prepare=lambda: process_until_painted(
                page.current_view(), lambda: page.show_day(TODAY)
            ),
        )
    finally:
        page.close()
        page.deleteLater()
        QApplication.processEvents()


def sessions_next_week(context: AppContext) -> int:
    """How many sessions the flipped-to week shows: a week's cost follows them."""
    first = week_start(TODAY) + timedelta(weeks=1)
    return sessions_between(context, first, first + timedelta(days=WEEK_DAYS - 1))


def sessions_next_month(context: AppContext) -> int:
    """How many sessions the flipped-to month's six weeks hold (drawn or counted)."""
    first = month_grid_start(add_months(TODAY, 1))
    return sessions_between(context, first, first + timedelta(days=MONTH_ROWS * WEEK_DAYS - 1))


def sessions_between(context: AppContext, first: date, last: date) -> int:
    return len(context.read(lambda uow: calendar_entries(uow, first, last)))


@dataclass(frozen=True, slots=True)
class ChosenSession:
    session_id: uuid.UUID
    group: str
    people: int


def session_of_about_40(uow: UnitOfWork) -> ChosenSession:
    """The held roster session of the last three months whose roster is nearest to
    40 people: the latest session of each group is looked at."""
    latest: dict[uuid.UUID, uuid.UUID] = {}
    for session in uow.sessions.between(TODAY - timedelta(days=90), TODAY - timedelta(days=1)):
        if session.status is SessionStatus.HELD:
            latest[session.group_id] = session.id  # sessions come in time order
    chosen: ChosenSession | None = None
    for session_id in latest.values():
        sheet = attendance_sheet(uow, session_id)
        if not sheet.keeps_roster:
            continue
        candidate = ChosenSession(session_id, sheet.group.name, len(sheet.lines))
        if chosen is None or abs(candidate.people - PEOPLE_WANTED) < abs(
            chosen.people - PEOPLE_WANTED
        ):
            chosen = candidate
    if chosen is None:
        raise RuntimeError("the demo database has no held roster session to open")
    return chosen


def attendance_open_times(
    context: AppContext, session: ChosenSession, runs: int = RUNS
) -> list[float]:
    """From constructing the attendance dialog to its roster painted with the data."""
    opened: list[AttendanceDialog] = []

    def open_dialog() -> None:
        dialog = AttendanceDialog(context, session.session_id)
        process_until_painted(dialog.view.table, dialog.show)
        opened.append(dialog)

    def close_dialog() -> None:
        dialog = opened.pop()
        dialog.close()
        dialog.deleteLater()
        QApplication.processEvents()

    return run_times(open_dialog, runs, clean_up=close_dialog)
