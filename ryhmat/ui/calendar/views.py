"""Table views of the week and the month that know which session is under the mouse."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ryhmat.domain.usecases.calendar import CalendarEntry
from ryhmat.ui.calendar.delegate import ChipLayout, MonthDayDelegate, WeekCellDelegate
from ryhmat.ui.calendar.models import DAY_ROLE, SESSION_ROLE, SESSIONS_ROLE, MonthModel, WeekModel

ACTIVATING_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CalendarView(QTableView):
    """Double-click or Enter on a session activates it; a right-click asks for a menu.

    Activation is handled here rather than with ``activated``, because some
    desktops activate on a single click, and the month view must know which
    chip in a cell was hit.
    """

    session_activated = Signal(object)  # CalendarEntry
    day_activated = Signal(object)  # date
    menu_requested = Signal(object, QPoint)  # CalendarEntry, global position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        model = self.week_model
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                found = index.data(SESSION_ROLE)
                if found is not None and found.session_id == entry.session_id:
                    return index
        return QModelIndex()


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
