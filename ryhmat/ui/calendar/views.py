"""Table views of the week and the month that know which session is under the mouse,
and let a session be dragged to another day (and, in the week, another time)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from ryhmat.domain.model import SessionStatus
from ryhmat.domain.usecases.calendar import CalendarEntry
from ryhmat.domain.usecases.moving import end_when_moved, stepped_start
from ryhmat.ui.calendar.dates import day_and_month
from ryhmat.ui.calendar.delegate import ChipLayout, MonthDayDelegate, WeekCellDelegate
from ryhmat.ui.calendar.models import DAY_ROLE, SESSION_ROLE, SESSIONS_ROLE, MonthModel, WeekModel
from ryhmat.ui.formatting import format_time, format_time_range, weekday_name

ACTIVATING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
LANDING_PADDING = 4


@dataclass(frozen=True, slots=True)
class Landing:
    """Where a dragged session would land if dropped now, and the area that shows it."""

    day: date
    start: time
    area: QRect  # the day's cell or column
    pointer: QPoint  # where the mouse is, for the label that says when


def landing_text(entry: CalendarEntry, day: date, start: time) -> str:
    """Where the session would go: "ke 7.1." and "10.00–11.30" on two lines (past
    midnight, only the day and the start: the move itself is then refused)."""
    end = end_when_moved(entry.start, entry.end, start)
    times = format_time(start) if end is None else format_time_range(start, end)
    return f"{weekday_name(day)} {day_and_month(day)}\n{times}"


class CalendarView(QTableView):
    """Double-click or Enter on a session activates it; a right-click asks for a menu.

    Activation is handled here rather than with ``activated``, because some
    desktops activate on a single click, and the month view must know which
    chip in a cell was hit.
    """

    session_activated = Signal(object)  # CalendarEntry
    day_activated = Signal(object)  # date
    menu_requested = Signal(object, QPoint)  # CalendarEntry, global position
    # A session dragged and dropped elsewhere: CalendarEntry, new date, new start time.
    # A held or cancelled one is asked to stay where it is, for the refusal to be shown.
    move_requested = Signal(object, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pressed: tuple[CalendarEntry, QPoint] | None = None
        self._dragging = False
        self._landing: Landing | None = None
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setWordWrap(True)
        self.setCornerButtonEnabled(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setHighlightSections(False)
        self.verticalHeader().setHighlightSections(False)

    def session_at(self, point: QPoint) -> CalendarEntry | None:
        raise NotImplementedError

    def current_session(self) -> CalendarEntry | None:
        raise NotImplementedError

    def select_day(self, day: date) -> None:
        raise NotImplementedError

    def select_session(self, session_id: uuid.UUID, day: date) -> None:
        """Make the session on ``day`` current (in the month, its day)."""
        self.select_day(day)

    def landing_at(self, entry: CalendarEntry, pressed: QPoint, point: QPoint) -> Landing | None:
        """Where ``entry``, pressed at ``pressed``, lands if dropped at ``point``; None
        outside the days shown."""
        raise NotImplementedError

    @property
    def landing(self) -> Landing | None:
        """Where the session being dragged would land now; None when none is dragged."""
        return self._landing

    # Dragging a session: the press remembers it, a move far enough starts the drag,
    # the release drops it. Esc, a drop outside the days or where it started moves nothing.

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._end_drag()
        if event.button() == Qt.MouseButton.LeftButton:
            point = event.position().toPoint()
            entry = self.session_at(point)
            if entry is not None:
                self._pressed = (entry, point)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        entry, pressed = self._pressed
        point = event.position().toPoint()
        distance = (point - pressed).manhattanLength()
        if not self._dragging and distance < QApplication.startDragDistance():
            return
        self._dragging = True
        if entry.status is not SessionStatus.PLANNED:
            # Held or cancelled, it stays: the drop says why.
            self.viewport().setCursor(Qt.CursorShape.ForbiddenCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            self._show_landing(self.landing_at(entry, pressed, point))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        landing, pressed, dragging = self._landing, self._pressed, self._dragging
        self._end_drag()
        if not dragging or pressed is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        entry = pressed[0]
        if entry.status is not SessionStatus.PLANNED:
            # Asked to stay where it is, so the person hears why it cannot move.
            self.move_requested.emit(entry, entry.day, entry.start)
        elif landing is not None and (landing.day, landing.start) != (entry.day, entry.start):
            self.move_requested.emit(entry, landing.day, landing.start)
        event.accept()

    def _show_landing(self, landing: Landing | None) -> None:
        self._landing = landing
        self.viewport().update()

    def _end_drag(self) -> None:
        if self._dragging:
            self.viewport().unsetCursor()
        self._pressed = None
        self._dragging = False
        self._show_landing(None)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._landing is not None and self._pressed is not None:
            self._paint_landing(self._pressed[0], self._landing)

    def _paint_landing(self, entry: CalendarEntry, landing: Landing) -> None:
        """The day it would land on, tinted, and a label beside the mouse saying when."""
        painter = QPainter(self.viewport())
        palette = self.palette()
        highlight = palette.color(QPalette.ColorRole.Highlight)
        tint = QColor(highlight)
        tint.setAlpha(48)
        painter.fillRect(landing.area, tint)
        painter.setPen(highlight)
        painter.drawRect(landing.area.adjusted(0, 0, -1, -1))
        text = landing_text(entry, landing.day, landing.start)
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        size = painter.fontMetrics().boundingRect(QRect(0, 0, 10_000, 10_000), flags, text)
        margin = LANDING_PADDING
        label = QRect(0, 0, size.width() + 2 * margin, size.height() + 2 * margin)
        # Beside the mouse pointer, inside the view even at its right or bottom edge.
        room = self.viewport().rect()
        left = min(landing.pointer.x() + 2 * margin, room.right() - label.width())
        top = min(landing.pointer.y() + 2 * margin, room.bottom() - label.height())
        label.moveTopLeft(QPoint(max(left, 0), max(top, 0)))
        painter.fillRect(label, palette.color(QPalette.ColorRole.ToolTipBase))
        painter.drawRect(label.adjusted(0, 0, -1, -1))
        painter.setPen(palette.color(QPalette.ColorRole.ToolTipText))
        painter.drawText(label.adjusted(margin, margin, -margin, -margin), flags, text)
        painter.end()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        point = event.position().toPoint()
        entry = self.session_at(point)
        if entry is not None:
            self.session_activated.emit(entry)
        elif (index := self.indexAt(point)).isValid():
            self.day_activated.emit(index.data(DAY_ROLE))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._dragging:
            self._end_drag()  # the drag is given up; the session stays
            event.accept()
            return
        if event.key() not in ACTIVATING_KEYS or not self.currentIndex().isValid():
            super().keyPressEvent(event)
            return
        entry = self.current_session()
        if entry is not None:
            self.session_activated.emit(entry)
        else:
            self.day_activated.emit(self.currentIndex().data(DAY_ROLE))
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            entry = self.current_session()
            point = self.visualRect(self.currentIndex()).center()
        else:
            point = event.pos()
            entry = self.session_at(point)
        if entry is not None:
            self.menu_requested.emit(entry, self.viewport().mapToGlobal(point))
        event.accept()


class WeekView(CalendarView):
    """A day per column, a session per cell, rows as tall as their text.

    The rows are fitted to their cells when the week or the columns' widths
    change. Qt's ResizeToContents would measure every cell again whenever the
    viewport's height changes too, as it does when a holiday's name makes the
    day headers taller: twice the work on such a flip, for the same heights.
    """

    def __init__(self, model: WeekModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cell_delegate = WeekCellDelegate(self)
        self.setItemDelegate(self.cell_delegate)
        self.setModel(model)
        self.week_model = model
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._fitted_widths: tuple[int, ...] = ()
        # The stretched columns are resized one by one, each saying so: fit once after.
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._columns_resized)
        model.modelReset.connect(self.fit_rows)
        self.horizontalHeader().sectionResized.connect(self._refit.start)

    def fit_rows(self) -> None:
        """Each row as tall as ResizeToContents would make it."""
        header = self.verticalHeader()
        self._fitted_widths = self._column_widths()
        for row in range(self.week_model.rowCount()):
            header.resizeSection(row, max(self.sizeHintForRow(row), header.sectionSizeHint(row)))

    def _column_widths(self) -> tuple[int, ...]:
        return tuple(self.columnWidth(column) for column in range(self.week_model.columnCount()))

    def _columns_resized(self) -> None:
        if self._column_widths() != self._fitted_widths:
            self.fit_rows()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.cell_delegate.forget_layouts()
            self.fit_rows()

    def session_at(self, point: QPoint) -> CalendarEntry | None:
        index = self.indexAt(point)
        return index.data(SESSION_ROLE) if index.isValid() else None

    def current_session(self) -> CalendarEntry | None:
        index = self.currentIndex()
        return index.data(SESSION_ROLE) if index.isValid() else None

    def select_day(self, day: date) -> None:
        column = self.week_model.column_of(day)
        if column is None or self.week_model.rowCount() == 0:
            return
        self.setCurrentIndex(self.week_model.index(0, column))

    def index_of(self, entry: CalendarEntry) -> QModelIndex:
        return self.index_of_session(entry.session_id)

    def index_of_session(self, session_id: uuid.UUID) -> QModelIndex:
        model = self.week_model
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                found = index.data(SESSION_ROLE)
                if found is not None and found.session_id == session_id:
                    return index
        return QModelIndex()

    def select_session(self, session_id: uuid.UUID, day: date) -> None:
        index = self.index_of_session(session_id)
        if index.isValid():
            self.setCurrentIndex(index)
        else:
            self.select_day(day)

    def quarter_height(self) -> int:
        """How far the mouse goes up or down to move a session by a quarter hour."""
        return max(self.fontMetrics().height(), 1)

    def landing_at(self, entry: CalendarEntry, pressed: QPoint, point: QPoint) -> Landing | None:
        """The day of the column under the mouse; the time a quarter hour earlier or
        later for each quarter height the mouse has gone up or down since the press."""
        column = self.columnAt(point.x())
        if column < 0:
            return None
        quarters = round((point.y() - pressed.y()) / self.quarter_height())
        area = QRect(
            self.columnViewportPosition(column),
            0,
            self.columnWidth(column),
            self.viewport().height(),
        )
        day = self.week_model.day(column)
        return Landing(day, stepped_start(entry.start, quarters), area, point)


class MonthView(CalendarView):
    """Six week rows labelled with ISO week numbers; cells draw their sessions as chips."""

    def __init__(self, model: MonthModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.day_delegate = MonthDayDelegate(self)
        self.setItemDelegate(self.day_delegate)
        self.setModel(model)
        self.month_model = model
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.day_delegate.forget_layouts()

    def session_at(self, point: QPoint) -> CalendarEntry | None:
        index = self.indexAt(point)
        if not index.isValid():
            return None
        sessions: list[CalendarEntry] = index.data(SESSIONS_ROLE)
        font = QFont(self.font())
        cell_font = index.data(Qt.ItemDataRole.FontRole)
        if isinstance(cell_font, QFont):
            font = cell_font.resolve(font)
        layout = ChipLayout(self.visualRect(index), QFontMetrics(font), len(sessions))
        number = layout.chip_at(point)
        return None if number is None else sessions[number]

    def current_session(self) -> CalendarEntry | None:
        """The current day's session when it has only one; otherwise the day is meant."""
        index = self.currentIndex()
        sessions: list[CalendarEntry] = index.data(SESSIONS_ROLE) if index.isValid() else []
        return sessions[0] if len(sessions) == 1 else None

    def select_day(self, day: date) -> None:
        position = self.month_model.position_of(day)
        if position is not None:
            self.setCurrentIndex(self.month_model.index(*position))

    def landing_at(self, entry: CalendarEntry, pressed: QPoint, point: QPoint) -> Landing | None:
        """The day of the cell under the mouse, at the session's own time."""
        index = self.indexAt(point)
        if not index.isValid():
            return None
        return Landing(index.data(DAY_ROLE), entry.start, self.visualRect(index), point)
