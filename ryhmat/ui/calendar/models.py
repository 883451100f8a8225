"""The week and the month as table models: a column per weekday, Monday first.

The week model has a column per day and a row per session of the busiest day,
so each session is one cell. The month model has a cell per day of a six-week
grid; the cell carries the day's sessions for the delegate to draw as chips.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ryhmat.domain.scheduling import HolidayCalendar
from ryhmat.domain.usecases.calendar import CalendarEntry
from ryhmat.ui.calendar.dates import (
    MONTH_ROWS,
    WEEK_DAYS,
    day_and_month,
    month_grid_start,
    session_chip_text,
    session_lines,
    session_tooltip,
    week_number_label,
    week_start,
)
from ryhmat.ui.colors import group_colour
from ryhmat.ui.formatting import format_date, weekday_name

AnyIndex = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole

SESSION_ROLE = Role.UserRole + 1  # the CalendarEntry of a week cell, or None
SESSIONS_ROLE = Role.UserRole + 2  # the CalendarEntries of a month cell
DAY_ROLE = Role.UserRole + 3  # the date of a cell

# Black-ish text stays readable on every group colour, whatever the desktop theme.
SESSION_TEXT = QColor("#1f1f1f")
CANCELLED_TEXT = QColor("#6b6b6b")
DIMMED_TEXT = QColor("#9a9a9a")
TODAY_TINT = QColor("#fff4c8")
HOLIDAY_TINT = QColor("#f6ecec")
OTHER_MONTH_TINT = QColor("#f3f3f3")


def session_font(entry: CalendarEntry) -> QFont:
    font = QFont()
    font.setStrikeOut(entry.is_cancelled)
    return font


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def by_day(entries: Sequence[CalendarEntry]) -> dict[date, list[CalendarEntry]]:
    days: dict[date, list[CalendarEntry]] = defaultdict(list)
    for entry in sorted(entries, key=lambda e: (e.day, e.start, e.end, e.group_name)):
        days[entry.day].append(entry)
    return days


def day_tooltip(day: date, today: date, holiday: str | None) -> str:
    lines = [f"{weekday_name(day, short=False)} {format_date(day)}"]
    if day == today:
        lines.append(QCoreApplication.translate("Calendar", "Today"))
    if holiday:
        lines.append(holiday)
    return "\n".join(lines)


class _CalendarModel(QAbstractTableModel):
    """What both views share: the days shown, today and the public holidays."""

    weeks_shown = 1

    def __init__(self, holidays: HolidayCalendar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._holidays = holidays
        self._today = date.today()
        self._first = week_start(self._today)
        self._days: dict[date, list[CalendarEntry]] = {}

    @property
    def first_day(self) -> date:
        return self._first

    @property
    def last_day(self) -> date:
        return self._first + timedelta(days=self.weeks_shown * WEEK_DAYS - 1)

    @property
    def entries(self) -> list[CalendarEntry]:
        return [entry for day in sorted(self._days) for entry in self._days[day]]

    def holiday(self, day: date) -> str | None:
        return self._holidays.holiday_name(day)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else WEEK_DAYS


class WeekModel(_CalendarModel):
    """Seven day columns; cell (row, day) is that day's row-th session by time."""

    def set_week(self, day: date, entries: Sequence[CalendarEntry], today: date) -> None:
        self.beginResetModel()
        self._first = week_start(day)
        self._today = today
        self._days = by_day(entries)
        self.endResetModel()

    def day(self, column: int) -> date:
        return self._first + timedelta(days=column)

    def column_of(self, day: date) -> int | None:
        column = (day - self._first).days
        return column if 0 <= column < WEEK_DAYS else None

    def entry(self, row: int, column: int) -> CalendarEntry | None:
        sessions = self._days.get(self.day(column), [])
        return sessions[row] if 0 <= row < len(sessions) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return max((len(sessions) for sessions in self._days.values()), default=0)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.entry(index.row(), index.column()) is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day(index.column())
        if role == DAY_ROLE:
            return day
        entry = self.entry(index.row(), index.column())
        if entry is None:
            return self._empty_data(day, role)
        if role == Role.DisplayRole:
            return "\n".join(session_lines(entry))
        if role == Role.ToolTipRole:
            return session_tooltip(entry)
        if role == Role.BackgroundRole:
            return group_colour(entry.group_id)
        if role == Role.ForegroundRole:
            return CANCELLED_TEXT if entry.is_cancelled else SESSION_TEXT
        if role == Role.FontRole:
            return session_font(entry)
        if role == Role.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        if role == SESSION_ROLE:
            return entry
        return None

    def _empty_data(self, day: date, role: int) -> Any:
        if role == Role.BackgroundRole:
            if day == self._today:
                return TODAY_TINT
            if self.holiday(day):
                return HOLIDAY_TINT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < WEEK_DAYS:
            return None
        day = self.day(section)
        holiday = self.holiday(day)
        if role == Role.DisplayRole:
            text = f"{weekday_name(day)} {day_and_month(day)}"
            return f"{text}\n{holiday}" if holiday else text
        if role == Role.ToolTipRole:
            return day_tooltip(day, self._today, holiday)
        if role == Role.FontRole and day == self._today:
            return bold_font()
        if role == Role.BackgroundRole and day == self._today:
            return TODAY_TINT
        if role == DAY_ROLE:
            return day
        return None


class MonthModel(_CalendarModel):
    """Six ISO weeks by seven days around a month; other months' days are dimmed."""

    weeks_shown = MONTH_ROWS

    def __init__(self, holidays: HolidayCalendar, parent: QObject | None = None) -> None:
        super().__init__(holidays, parent)
        self._month = self._today.replace(day=1)
        self._first = month_grid_start(self._month)

    @property
    def month(self) -> date:
        return self._month

    def set_month(self, day: date, entries: Sequence[CalendarEntry], today: date) -> None:
        self.beginResetModel()
        self._month = day.replace(day=1)
        self._first = month_grid_start(day)
        self._today = today
        self._days = by_day(entries)
        self.endResetModel()

    def day(self, row: int, column: int) -> date:
        return self._first + timedelta(days=row * WEEK_DAYS + column)

    def position_of(self, day: date) -> tuple[int, int] | None:
        offset = (day - self._first).days
        if not 0 <= offset < MONTH_ROWS * WEEK_DAYS:
            return None
        return divmod(offset, WEEK_DAYS)

    def sessions(self, day: date) -> list[CalendarEntry]:
        return list(self._days.get(day, []))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else MONTH_ROWS

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        day = self.day(index.row(), index.column())
        sessions = self._days.get(day, [])
        if role == Role.DisplayRole:
            return "\n".join([str(day.day), *map(session_chip_text, sessions)])
        if role == Role.ToolTipRole:
            tips = [day_tooltip(day, self._today, self.holiday(day))]
            return "\n\n".join(tips + [session_tooltip(entry) for entry in sessions])
        if role == Role.ForegroundRole and day.month != self._month.month:
            return DIMMED_TEXT
        if role == Role.BackgroundRole:
            return self._background(day)
        if role == Role.FontRole and day == self._today:
            return bold_font()
        if role == DAY_ROLE:
            return day
        if role == SESSIONS_ROLE:
            return list(sessions)
        return None

    def _background(self, day: date) -> QColor | None:
        if day == self._today:
            return TODAY_TINT
        if self.holiday(day):
            return HOLIDAY_TINT
        if day.month != self._month.month:
            return OTHER_MONTH_TINT
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if role != Role.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < WEEK_DAYS:
            return weekday_name(self.day(0, section))
        if orientation == Qt.Orientation.Vertical and 0 <= section < MONTH_ROWS:
            return week_number_label(self.day(section, 0))
        return None
