"""The calendar page: a week or a month of sessions, moved with buttons or keys."""

from __future__ import annotations

import itertools
import uuid
from datetime import date, timedelta
from functools import partial
from typing import Literal, NamedTuple

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.usecases.bookings import Clash, stored_clashes
from ryhmat.domain.usecases.calendar import CalendarEntry, calendar_entries, calendar_leaders
from ryhmat.domain.usecases.choices import load_choices
from ryhmat.domain.usecases.closures import calendar_closures
from ryhmat.ui.calendar.dates import (
    WEEK_DAYS,
    add_months,
    month_grid_start,
    month_label,
    week_label,
    week_start,
)
from ryhmat.ui.calendar.filters import FilterBar
from ryhmat.ui.calendar.models import MonthModel, WeekModel
from ryhmat.ui.calendar.moving import (
    EARLIER_DAY_KEY,
    EARLIER_KEY,
    LATER_DAY_KEY,
    LATER_KEY,
    SessionMover,
)
from ryhmat.ui.calendar.views import CalendarView, MonthView, WeekView
from ryhmat.ui.changes import SESSIONS_AS_SHOWN
from ryhmat.ui.context import AppContext
from ryhmat.ui.messages import error_text, show_error
from ryhmat.ui.printing import SessionSheets

Mode = Literal["week", "month"]
MODES: tuple[Mode, ...] = ("week", "month")
SHORTCUT_CONTEXT = Qt.ShortcutContext.WidgetWithChildrenShortcut
PREVIOUS_KEYS = (QKeySequence("Alt+Left"), QKeySequence(Qt.Key.Key_PageUp))
NEXT_KEYS = (QKeySequence("Alt+Right"), QKeySequence(Qt.Key.Key_PageDown))
TODAY_KEY = QKeySequence("Ctrl+T")
RECORD_KEY = QKeySequence("Ctrl+R")


class Step(NamedTuple):
    """How far a key moves the current session."""

    days: int
    quarters: int


def key_names(keys: tuple[QKeySequence, ...]) -> str:
    return ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys)


class CalendarPage(QWidget):
    """All sessions of a week or a month, filterable; asks others to open or record one.

    Only the visible days are read, so moving around costs the same however
    many years the database holds.
    """

    session_activated = Signal(object)  # session id (uuid.UUID)
    record_requested = Signal(object)  # session id (uuid.UUID)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._mode: Mode = "week"
        self._day = context.today()
        self.menu: QMenu | None = None
        # The sign-in sheet of the session whose menu was opened last.
        self.sheets = SessionSheets(context, None, self)
        self.sheets.failed.connect(lambda error: show_error(self, error_text(error)))

        self.week_model = WeekModel(
            context.holidays,
            self._day,
            self,
            leaders_of=self._leaders_of,
            clashes_of=self._clashes_of,
        )
        self.month_model = MonthModel(
            context.holidays,
            self._day,
            self,
            leaders_of=self._leaders_of,
            clashes_of=self._clashes_of,
        )
        self.week_view = WeekView(self.week_model, self)
        self.month_view = MonthView(self.month_model, self)
        self.mover = SessionMover(context, self)
        self.mover.moved.connect(self._follow_moved)
        self.stack = QStackedWidget(self)
        for view in (self.week_view, self.month_view):
            self.stack.addWidget(view)
            view.session_activated.connect(self._activate)
            view.day_activated.connect(self._open_week_of)
            view.menu_requested.connect(self._show_menu)
            view.move_requested.connect(self.mover.move)

        self.filters = FilterBar(self)
        self.filters.changed.connect(self._load)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_toolbar())
        # The count sits on the filters' row: it answers "how many do these filters show?"
        self.filters.layout_grid().addWidget(self.count_label, 0, 4)
        layout.addWidget(self.filters)
        layout.addWidget(self.stack, 1)
        self._build_shortcuts()
        self._set_tab_order()
        self._show_mode()

        # Sessions with their groups', places' and leaders' names, whether recorded, and
        # the filters' choices.
        context.when_changed(
            self,
            SESSIONS_AS_SHOWN,
            self.refresh,
        )
        self.refresh()

    def _build_toolbar(self) -> QHBoxLayout:
        style = self.style()
        self.previous_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("&Previous"), self
        )
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.setToolTip(
            self.tr("Go to today (%1)").replace("%1", key_names((TODAY_KEY,)))
        )
        self.next_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward), self.tr("&Next"), self
        )
        self.previous_button.clicked.connect(self.go_previous)
        self.today_button.clicked.connect(self.go_today)
        self.next_button.clicked.connect(self.go_next)

        self.range_label = QLabel(self)
        font = self.range_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.range_label.setFont(font)
        self.count_label = QLabel(self)
        self.count_label.setEnabled(False)  # a quiet, secondary note

        self.week_button = QPushButton(self.tr("&Week"), self)
        self.month_button = QPushButton(self.tr("&Month"), self)
        self.week_button.setToolTip(self.tr("Show one week, a column per day"))
        self.month_button.setToolTip(self.tr("Show a month, a row per week"))
        self.mode_buttons = QButtonGroup(self)
        for button in (self.week_button, self.month_button):
            button.setCheckable(True)
            self.mode_buttons.addButton(button)
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.month_button.clicked.connect(lambda: self.set_mode("month"))

        bar = QHBoxLayout()
        for button in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(button)
        bar.addSpacing(12)
        bar.addWidget(self.range_label)
        bar.addStretch(1)
        bar.addWidget(self.week_button)
        bar.addWidget(self.month_button)
        return bar

    def _build_shortcuts(self) -> None:
        for keys, slot in ((PREVIOUS_KEYS, self.go_previous), (NEXT_KEYS, self.go_next)):
            for key in keys:
                QShortcut(key, self, slot, SHORTCUT_CONTEXT)
        QShortcut(TODAY_KEY, self, self.go_today, SHORTCUT_CONTEXT)
        self.record_action = QAction(self.tr("&Record attendance…"), self)
        self.record_action.setShortcut(RECORD_KEY)
        self.record_action.setShortcutContext(SHORTCUT_CONTEXT)
        self.record_action.triggered.connect(self._record_current)
        self.addAction(self.record_action)
        # Up and Down step a quarter hour in the week; the month shows no times, so
        # there they move the session a week, to the cell above or below.
        steps = (
            (EARLIER_DAY_KEY, Step(-1, 0), Step(-1, 0)),
            (LATER_DAY_KEY, Step(1, 0), Step(1, 0)),
            (EARLIER_KEY, Step(0, -1), Step(-WEEK_DAYS, 0)),
            (LATER_KEY, Step(0, 1), Step(WEEK_DAYS, 0)),
        )
        for key, in_week, in_month in steps:
            QShortcut(key, self, partial(self._move_current, in_week, in_month), SHORTCUT_CONTEXT)

    def _set_tab_order(self) -> None:
        # The views are made first (the toolbar needs them), so the order is set here.
        chain = [
            self.previous_button,
            self.today_button,
            self.next_button,
            self.week_button,
            self.month_button,
            *self.filters.focus_chain(),
            self.week_view,
            self.month_view,
        ]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    # The public API of the page.

    @property
    def mode(self) -> Mode:
        return self._mode

    @property
    def shown_day(self) -> date:
        return self._day

    def current_view(self) -> CalendarView:
        return self.week_view if self._mode == "week" else self.month_view

    def visible_range(self) -> tuple[date, date]:
        if self._mode == "week":
            first = week_start(self._day)
            return first, first + timedelta(days=WEEK_DAYS - 1)
        first = month_grid_start(self._day)
        return first, first + timedelta(days=WEEK_DAYS * self.month_model.weeks_shown - 1)

    def set_mode(self, mode: Mode) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown calendar mode {mode!r}")
        if mode != self._mode:
            self._mode = mode
            self._show_mode()
            self._load()
        self.current_view().select_day(self._day)

    def show_day(self, day: date) -> None:
        """Show the week (or month) of ``day`` with that day current."""
        self._day = day
        self._load()
        self.current_view().select_day(day)

    def show_session(self, session_id: uuid.UUID, day: date) -> bool:
        """The week of ``day`` with the session current; False if the filters hide it."""
        self.set_mode("week")
        self.show_day(day)
        entry = next((e for e in self.week_model.entries if e.session_id == session_id), None)
        if entry is None:
            return False
        index = self.week_view.index_of(entry)
        self.week_view.setCurrentIndex(index)
        self.week_view.scrollTo(index)
        self.week_view.setFocus()
        return True

    def go_previous(self) -> None:
        self._move(-1)

    def go_next(self) -> None:
        self._move(1)

    def go_today(self) -> None:
        self.show_day(self._context.today())

    def refresh(self) -> None:
        """Reload the filter choices and the shown days, keeping range, filters and place."""
        view = self.current_view()
        current = view.currentIndex()
        self.filters.set_choices(self._context.read(load_choices))
        self._load()
        if current.isValid():
            view.setCurrentIndex(view.model().index(current.row(), current.column()))

    # Internals.

    def _move(self, steps: int) -> None:
        if self._mode == "week":
            self.show_day(self._day + timedelta(weeks=steps))
        else:
            self.show_day(add_months(self._day, steps))

    def _show_mode(self) -> None:
        week = self._mode == "week"
        self.week_button.setChecked(week)
        self.month_button.setChecked(not week)
        self.stack.setCurrentWidget(self.current_view())
        self.setFocusProxy(self.current_view())
        if week:
            previous, following = self.tr("Previous week"), self.tr("Next week")
        else:
            previous, following = self.tr("Previous month"), self.tr("Next month")
        self.previous_button.setToolTip(f"{previous} ({key_names(PREVIOUS_KEYS)})")
        self.next_button.setToolTip(f"{following} ({key_names(NEXT_KEYS)})")

    def _load(self) -> None:
        first, last = self.visible_range()
        wanted = self.filters.current_filter()
        entries, closures = self._context.read(
            lambda uow: (
                calendar_entries(uow, first, last, wanted),
                calendar_closures(uow, first, last, wanted),
            )
        )
        today = self._context.today()
        if self._mode == "week":
            self.week_model.set_week(first, entries, today, closures)
            self.range_label.setText(week_label(first))
        else:
            self.month_model.set_month(self._day, entries, today, closures)
            self.range_label.setText(month_label(self._day))
        self._show_count(entries)

    def _leaders_of(self, session_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[str]]:
        return self._context.read(lambda uow: calendar_leaders(uow, session_ids))

    def _clashes_of(self, session_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Clash]]:
        return self._context.read(lambda uow: stored_clashes(uow, session_ids))

    def _show_count(self, entries: list[CalendarEntry]) -> None:
        cancelled = sum(entry.is_cancelled for entry in entries)
        text = self.tr("%n session(s)", "", len(entries))
        if cancelled:
            text += " · " + self.tr("%n cancelled", "", cancelled)
        self.count_label.setText(text)

    def _activate(self, entry: CalendarEntry) -> None:
        self.session_activated.emit(entry.session_id)

    def _open_week_of(self, day: date) -> None:
        """Enter or a double-click on a day without a session opens its week."""
        if self._mode == "week":
            self.show_day(day)
        else:
            self._day = day
            self.set_mode("week")
        self.week_view.setFocus()

    def _move_current(self, in_week: Step, in_month: Step) -> None:
        entry = self.current_view().current_session()
        if entry is not None:
            step = in_week if self._mode == "week" else in_month
            self.mover.step(entry, step.days, step.quarters)

    def _follow_moved(self, session_id: uuid.UUID, day: date) -> None:
        """Keep the moved session current, showing its new week or month if it left it."""
        first, last = self.visible_range()
        if not first <= day <= last:
            self._day = day
            self._load()
        self.current_view().select_session(session_id, day)
        self.current_view().setFocus()

    def _record_current(self) -> None:
        entry = self.current_view().current_session()
        if entry is not None and not entry.is_cancelled:
            self.record_requested.emit(entry.session_id)

    def _show_menu(self, entry: CalendarEntry, where: QPoint) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        open_action = menu.addAction(self.tr("&Open session…"))
        open_action.triggered.connect(lambda: self.session_activated.emit(entry.session_id))
        record = menu.addAction(self.tr("&Record attendance…"))
        record.setShortcut(RECORD_KEY)
        record.setEnabled(not entry.is_cancelled)
        record.triggered.connect(lambda: self.record_requested.emit(entry.session_id))
        menu.addSeparator()
        self.sheets.session_id = entry.session_id
        self.sheets.add_sign_in_actions(menu)
        menu.setDefaultAction(open_action)
        self.menu = menu
        menu.popup(where)
