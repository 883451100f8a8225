"""The week and the month as table models: a column per weekday, Monday first.

The week model has a column per day and a row per session of the busiest day,
so each session is one cell. The month model has a cell per day of a six-week
grid; the cell carries the day's sessions for the delegate to draw as chips.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from ryhmat.domain.scheduling import HolidayCalendar
from ryhmat.domain.usecases.bookings import Clash
from ryhmat.domain.usecases.calendar import CalendarEntry
from ryhmat.domain.usecases.closures import ClosureOnCalendar
from ryhmat.ui.calendar.dates import (
    MONTH_ROWS,
    WEEK_DAYS,
    conflict_description,
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
# Looked up once: an enum member's lookup costs more than the comparison, and Qt asks
# for a dozen roles per cell per paint.
TOOLTIP_ROLE = int(Role.ToolTipRole)
TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
# Session texts a week model remembers before it starts afresh: a few seasons' worth.
REMEMBERED_TEXTS = 5000

# Combined once: Qt asks every cell for its flags on every paint.
SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

# Black-ish text stays readable on every group colour, whatever the desktop theme.
SESSION_TEXT = QColor("#1f1f1f")
CANCELLED_TEXT = QColor("#6b6b6b")
CONFLICT_MARK = QColor("#c42b1c")  # the edge of a double-booked session
DIMMED_TEXT = QColor("#9a9a9a")
TODAY_TINT = QColor("#fff4c8")
HOLIDAY_TINT = QColor("#f6ecec")
CLOSURE_TINT = QColor("#e4ebf3")  # a closure's days: a calm blue-grey band
OTHER_MONTH_TINT = QColor("#f3f3f3")


def session_font_of(cancelled: bool) -> QFont:
    font = QFont()
    font.setStrikeOut(cancelled)
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


def day_tooltip(
    day: date, today: date, holiday: str | None, closures: Sequence[ClosureOnCalendar] = ()
) -> str:
    lines = [f"{weekday_name(day, short=False)} {format_date(day)}"]
    if day == today:
        lines.append(QCoreApplication.translate("Calendar", "Today"))
    if holiday:
        lines.append(holiday)
    lines += [closure_line(closure) for closure in closures]
    return "\n".join(lines)


def closure_line(closure: ClosureOnCalendar) -> str:
    """ "Syysloma 2026 (12.10.–18.10.): no group meets" or, for a closure of some groups,
    "Pikkuisten tauko (…): Vauvaryhmä Pikkuiset does not meet"."""
    period = f"{day_and_month(closure.first_day)}–{format_date(closure.last_day)}"
    if closure.groups:
        text = QCoreApplication.translate("Calendar", "%1 (%2): closed for %3")
        text = text.replace("%3", ", ".join(closure.groups))
    else:
        text = QCoreApplication.translate("Calendar", "%1 (%2): no group meets")
    return text.replace("%1", closure.name).replace("%2", period)


Values = dict[int, Any]  # a cell's or a header's data by role
# The leaders' names of the given sessions: asked for only when a tooltip is shown.
LeadersOf = Callable[[list[uuid.UUID]], dict[uuid.UUID, list[str]]]


# The clashes of the given sessions in conflict: asked for only when a tooltip is shown.
ClashesOf = Callable[[list[uuid.UUID]], dict[uuid.UUID, list[Clash]]]


def no_leaders(session_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
    return {}


def no_clashes(session_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Clash]]:
    return {}


class _CalendarModel(QAbstractTableModel):
    """What both views share: the days shown, today and the public holidays.

    Every cell's values are worked out once per range shown: a view asks each
    cell for a dozen roles several times over (sizing rows, then painting), and
    in Python those asks, not the drawing, were most of a flip. data() and
    multiData() only look them up; a tooltip is made when asked for.
    """

    weeks_shown = 1

    def __init__(
        self,
        holidays: HolidayCalendar,
        today: date,
        parent: QObject | None = None,
        *,
        leaders_of: LeadersOf = no_leaders,
        clashes_of: ClashesOf = no_clashes,
    ) -> None:
        super().__init__(parent)
        self._holidays = holidays
        self._leaders_of = leaders_of
        self._clashes_of = clashes_of
        self._today = today
        self._first = week_start(self._today)
        self._days: dict[date, list[CalendarEntry]] = {}
        self._closures: list[ClosureOnCalendar] = []

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

    def closures_on(self, day: date) -> list[ClosureOnCalendar]:
        """The closures shown on ``day``: those of the groups the calendar shows."""
        return [closure for closure in self._closures if closure.covers(day)]

    def closure_name(self, day: date) -> str:
        return " · ".join(closure.name for closure in self.closures_on(day))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else WEEK_DAYS

    def data(self, index: AnyIndex, role: int = Role.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self._value(index.row(), index.column(), role)

    def multiData(self, index: AnyIndex, roles: QModelRoleDataSpan | QModelRoleData) -> None:
        """All the roles a delegate asks for, in one call from Qt rather than one each."""
        if not index.isValid():
            return
        row, column = index.row(), index.column()
        slots = (
            [roles]
            if isinstance(roles, QModelRoleData)
            # A span is a sequence of slots; PySide's stubs do not say so.
            else cast(Iterable[QModelRoleData], roles)
        )
        for slot in slots:
            # Every slot is set, None too: Qt's delegate reuses its slots from cell to cell.
            slot.setData(self._value(row, column, slot.role()))

    def _value(self, row: int, column: int, role: int) -> Any:
        if role == TOOLTIP_ROLE:  # only where the mouse rests
            return self._tooltip(row, column)
        return self._cell(row, column).get(role)

    def _cell(self, row: int, column: int) -> Values:
        raise NotImplementedError

    def _tooltip(self, row: int, column: int) -> str | None:
        raise NotImplementedError

    def _session_tooltips(self, entries: list[CalendarEntry]) -> list[str]:
        """The entries' tooltips, with their leaders and, for those in conflict, the
        sessions they clash with: read now, for the few sessions under the mouse."""
        leaders = self._leaders_of([entry.session_id for entry in entries]) if entries else {}
        in_conflict = [entry.session_id for entry in entries if entry.in_conflict]
        clashes = self._clashes_of(in_conflict) if in_conflict else {}
        return [
            session_tooltip(
                entry, leaders.get(entry.session_id, []), clashes.get(entry.session_id, [])
            )
            for entry in entries
        ]


class WeekModel(_CalendarModel):
    """Seven day columns; cell (row, day) is that day's row-th session by time."""

    def __init__(
        self,
        holidays: HolidayCalendar,
        today: date,
        parent: QObject | None = None,
        *,
        leaders_of: LeadersOf = no_leaders,
        clashes_of: ClashesOf = no_clashes,
    ) -> None:
        super().__init__(holidays, today, parent, leaders_of=leaders_of, clashes_of=clashes_of)
        self._plain_font = session_font_of(cancelled=False)
        self._struck_font = session_font_of(cancelled=True)
        self._cells: dict[tuple[int, int], Values] = {}
        self._texts: dict[tuple[object, ...], str] = {}
        self._texts_locale = ""
        self._conflict_description = ""
        self._rows = 0
        self._empty, self._first_empty, self._headers = self._day_columns()

    def set_week(
        self,
        day: date,
        entries: Sequence[CalendarEntry],
        today: date,
        closures: Sequence[ClosureOnCalendar] = (),
    ) -> None:
        self.beginResetModel()
        self._first = week_start(day)
        self._today = today
        self._days = by_day(entries)
        self._closures = list(closures)
        if (locale := QLocale().name()) != self._texts_locale:
            self._texts.clear()  # times are written the locale's way
            self._texts_locale = locale
        self._conflict_description = conflict_description()
        self._rows = max((len(sessions) for sessions in self._days.values()), default=0)
        if not self._rows and self._closures:
            self._rows = 1  # a closed week shows its band, with the closure's name
        self._cells = {
            (row, column): self._session_cell(entry)
            for column in range(WEEK_DAYS)
            for row, entry in enumerate(self._days.get(self.day(column), []))
        }
        self._empty, self._first_empty, self._headers = self._day_columns()
        self.endResetModel()

    def day(self, column: int) -> date:
        return self._first + timedelta(days=column)

    def column_of(self, day: date) -> int | None:
        column = (day - self._first).days
        return column if 0 <= column < WEEK_DAYS else None

    def entry(self, row: int, column: int) -> CalendarEntry | None:
        cell = self._cells.get((row, column))
        return None if cell is None else cell[SESSION_ROLE]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if (index.row(), index.column()) not in self._cells:
            return Qt.ItemFlag.ItemIsEnabled
        return SELECTABLE

    def _cell(self, row: int, column: int) -> Values:
        found = self._cells.get((row, column))
        if found is not None:
            return found
        return self._empty[column] if row else self._first_empty[column]

    def size_key(self, row: int, column: int) -> tuple[str, bool] | None:
        """What decides a cell's size besides the view: its text and font."""
        entry = self.entry(row, column)
        if entry is None:
            return None
        return self._cells[row, column][Role.DisplayRole], entry.is_cancelled

    def _tooltip(self, row: int, column: int) -> str | None:
        entry = self.entry(row, column)
        if entry is None:
            day = self.day(column)
            closures = self.closures_on(day)
            return day_tooltip(day, self._today, self.holiday(day), closures) if closures else None
        return self._session_tooltips([entry])[0]

    def _session_cell(self, entry: CalendarEntry) -> Values:
        cell: Values = {
            Role.DisplayRole: self._session_text(entry),
            Role.BackgroundRole: group_colour(entry.group_id),
            Role.ForegroundRole: CANCELLED_TEXT if entry.is_cancelled else SESSION_TEXT,
            Role.FontRole: self._struck_font if entry.is_cancelled else self._plain_font,
            Role.TextAlignmentRole: TOP_LEFT,
            SESSION_ROLE: entry,
            DAY_ROLE: entry.day,
        }
        if entry.in_conflict:
            cell[Role.AccessibleDescriptionRole] = self._conflict_description
        return cell

    def _session_text(self, entry: CalendarEntry) -> str:
        """A group's cell says the same week after week: each text is made once."""
        key = (
            entry.start,
            entry.end,
            entry.group_name,
            entry.theme,
            entry.place,
            entry.status,
            entry.in_conflict,
        )
        text = self._texts.get(key)
        if text is None:
            if len(self._texts) >= REMEMBERED_TEXTS:
                self._texts.clear()
            text = self._texts[key] = "\n".join(session_lines(entry))
        return text

    def _day_columns(self) -> tuple[list[Values], list[Values], list[Values]]:
        """Each day's empty cell, its empty cell on the first row (where a closed day
        names its closure) and its header."""
        days = [self.day(column) for column in range(WEEK_DAYS)]
        empty = [self._empty_cell(day) for day in days]
        first = [self._named_empty_cell(day, cell) for day, cell in zip(days, empty, strict=True)]
        return empty, first, [self._header(day) for day in days]

    def _empty_cell(self, day: date) -> Values:
        cell: Values = {DAY_ROLE: day}
        if day == self._today:
            cell[Role.BackgroundRole] = TODAY_TINT
        elif self.holiday(day):
            cell[Role.BackgroundRole] = HOLIDAY_TINT
        elif self.closures_on(day):
            cell[Role.BackgroundRole] = CLOSURE_TINT
        return cell

    def _named_empty_cell(self, day: date, empty: Values) -> Values:
        name = self.closure_name(day)
        if not name:
            return empty
        return {
            **empty,
            Role.DisplayRole: name,
            Role.ForegroundRole: CANCELLED_TEXT,
            Role.TextAlignmentRole: TOP_LEFT,
        }

    def _header(self, day: date) -> Values:
        holiday = self.holiday(day)
        closures = self.closures_on(day)
        text = f"{weekday_name(day)} {day_and_month(day)}"
        header: Values = {
            Role.DisplayRole: f"{text}\n{holiday}" if holiday else text,
            Role.ToolTipRole: day_tooltip(day, self._today, holiday, closures),
            DAY_ROLE: day,
        }
        if day == self._today:
            header[Role.FontRole] = bold_font()
            header[Role.BackgroundRole] = TODAY_TINT
        return header

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < WEEK_DAYS:
            return None
        return self._headers[section].get(role)


@dataclass(frozen=True, slots=True)
class MonthDay:
    """What a month cell draws: its day and a chip per session."""

    day: date
    sessions: list[CalendarEntry]
    chip_texts: list[str]
    chip_colours: list[QColor]
    closure: str = ""  # the names of the closures on the day, drawn beside its number


class MonthModel(_CalendarModel):
    """Six ISO weeks by seven days around a month; other months' days are dimmed."""

    weeks_shown = MONTH_ROWS

    def __init__(
        self,
        holidays: HolidayCalendar,
        today: date,
        parent: QObject | None = None,
        *,
        leaders_of: LeadersOf = no_leaders,
        clashes_of: ClashesOf = no_clashes,
    ) -> None:
        super().__init__(holidays, today, parent, leaders_of=leaders_of, clashes_of=clashes_of)
        self._month = self._today.replace(day=1)
        self._first = month_grid_start(self._month)
        self._month_days: list[MonthDay] = []
        self._cells: list[Values] = []
        self._fill()

    @property
    def month(self) -> date:
        return self._month

    def set_month(
        self,
        day: date,
        entries: Sequence[CalendarEntry],
        today: date,
        closures: Sequence[ClosureOnCalendar] = (),
    ) -> None:
        self.beginResetModel()
        self._month = day.replace(day=1)
        self._first = month_grid_start(day)
        self._today = today
        self._days = by_day(entries)
        self._closures = list(closures)
        self._fill()
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

    def month_day(self, row: int, column: int) -> MonthDay:
        """For the delegate: plain Python, not converted to and from a QVariant."""
        return self._month_days[row * WEEK_DAYS + column]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else MONTH_ROWS

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return SELECTABLE

    def _fill(self) -> None:
        days = [self._first + timedelta(days=n) for n in range(MONTH_ROWS * WEEK_DAYS)]
        # A group meets at the same time week after week: each chip text and colour is
        # made once.
        chip_texts: dict[tuple[time, str, bool], str] = {}
        colours: dict[uuid.UUID, QColor] = {}
        self._month_days = [self._month_day(day, chip_texts, colours) for day in days]
        self._cells = [self._day_cell(month_day) for month_day in self._month_days]

    def _month_day(
        self,
        day: date,
        chip_texts: dict[tuple[time, str, bool], str],
        colours: dict[uuid.UUID, QColor],
    ) -> MonthDay:
        sessions = self._days.get(day, [])
        texts, day_colours = [], []
        for entry in sessions:
            key = (entry.start, entry.group_name, entry.in_conflict)
            text = chip_texts.get(key)
            if text is None:
                text = chip_texts[key] = session_chip_text(entry)
            colour = colours.get(entry.group_id)
            if colour is None:
                colour = colours[entry.group_id] = group_colour(entry.group_id)
            texts.append(text)
            day_colours.append(colour)
        return MonthDay(
            day=day,
            sessions=sessions,
            chip_texts=texts,
            chip_colours=day_colours,
            closure=self.closure_name(day) if self._closures else "",
        )

    def _day_cell(self, month_day: MonthDay) -> Values:
        day = month_day.day
        cell: Values = {
            Role.DisplayRole: "\n".join(
                [" ".join(filter(None, [str(day.day), month_day.closure])), *month_day.chip_texts]
            ),
            Role.BackgroundRole: self._background(day),
            DAY_ROLE: day,
            SESSIONS_ROLE: month_day.sessions,
        }
        if day.month != self._month.month:
            cell[Role.ForegroundRole] = DIMMED_TEXT
        if day == self._today:
            cell[Role.FontRole] = bold_font()
        if any(entry.in_conflict for entry in month_day.sessions):
            cell[Role.AccessibleDescriptionRole] = conflict_description()
        return cell

    def _cell(self, row: int, column: int) -> Values:
        return self._cells[row * WEEK_DAYS + column]

    def _tooltip(self, row: int, column: int) -> str | None:
        day = self.day(row, column)
        tips = [day_tooltip(day, self._today, self.holiday(day), self.closures_on(day))]
        tips += self._session_tooltips(self.sessions(day))
        return "\n\n".join(tips)

    def _background(self, day: date) -> QColor | None:
        if day == self._today:
            return TODAY_TINT
        if self.holiday(day):
            return HOLIDAY_TINT
        if self._closures and self.closures_on(day):
            return CLOSURE_TINT
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
