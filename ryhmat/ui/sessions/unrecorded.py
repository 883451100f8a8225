"""Kirjaamatta: past sessions whose attendance nobody has recorded yet, newest first."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.usecases.attendance import unrecorded_sessions
from ryhmat.domain.usecases.sessions import SessionView
from ryhmat.ui.calendar.dates import day_and_month
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_time_range, weekday_name
from ryhmat.ui.messages import error_text, show_error
from ryhmat.ui.plurals import plurals
from ryhmat.ui.printing import SessionPrintButton
from ryhmat.ui.records import Column, RecordTableModel
from ryhmat.ui.sessions.summary import day_text

ROWS_MEASURED = 40
# The room a table's style keeps around a cell's text, on each side.
CELL_MARGIN = 3
# A group named with one endless word is shortened rather than widening the window.
MAX_PANEL_WIDTH = 360


def short_day_text(day: date, this_year: int | None) -> str:
    """The weekday and the date, its year left out in this year: "ma 7.12."."""
    if day.year != this_year:
        return day_text(day)
    return f"{weekday_name(day)} {day_and_month(day)}"


def unrecorded_model(
    parent: QWidget | None = None, this_year: int | None = None
) -> RecordTableModel[SessionView]:
    """When (the day above the time) and the group of each session, two columns that fit
    a narrow panel; dates of ``this_year`` go without their year."""
    columns = [
        Column[SessionView](
            QCoreApplication.translate("UnrecordedList", "Session"),
            lambda s: (
                f"{short_day_text(s.start.date(), this_year)}\n"
                f"{format_time_range(s.start.time(), s.end.time())}"
            ),
            sort_key=lambda s: s.start,
        ),
        Column[SessionView](
            QCoreApplication.translate("UnrecordedList", "Group"), lambda s: s.group
        ),
    ]
    return RecordTableModel(columns, parent)


class SessionsToRecord(QWidget):
    """A heading with the count and the sessions; Enter or a double click on one asks
    to record it (``record_requested(session_id)``). Dates of ``this_year`` are shown
    without their year."""

    record_requested = Signal(object)  # uuid.UUID of the session

    def __init__(self, parent: QWidget | None = None, this_year: int | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setObjectName("unrecordedHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        # The texts keep their context whichever list shows them (tr() takes the class's).
        self.empty_note = QLabel(
            QCoreApplication.translate("UnrecordedList", "Every past session is recorded."), self
        )
        # A narrow panel: its texts wrap rather than being cut.
        self.empty_note.setWordWrap(True)
        self.heading.setWordWrap(True)

        self.model = unrecorded_model(self, this_year)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the button
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The columns are fitted to the first rows, not to a municipality's whole list:
        # the sessions' column is as wide on every row, and the group column stretches.
        self.table.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
        # The group's name wraps onto a second line in the narrow panel, never cut.
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Each row as tall as its texts, measured here: Qt's ResizeToContents lays out
        # every cell again on every change, which took 0.1 s for a municipality's year.
        self._fitted_to: list[int] = []  # the column widths the rows were fitted to
        self.table.horizontalHeader().sectionResized.connect(self._fit_rows)
        self.table.activated.connect(self._activated)
        self.record_button = QPushButton(
            QCoreApplication.translate("UnrecordedList", "&Record attendance…"), self
        )
        self.record_button.clicked.connect(self._record_current)

        # A narrow side panel: heading, list and button stacked, none of them cut.
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        # Takes the room the list leaves when there is none, so the texts stay on top.
        layout.addStretch(0)
        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.record_button, 1)
        layout.addLayout(self.buttons)
        self.setFocusProxy(self.table)

    def show_sessions(self, sessions: list[SessionView]) -> None:
        self.model.set_records(sessions)
        self._fitted_to = []
        self.table.resizeColumnsToContents()
        self._fit_width(sessions)
        self._fit_rows()
        count = len(sessions)
        self.heading.setText(plurals.not_recorded(count))
        self.empty_note.setVisible(count == 0)
        self.table.setVisible(count > 0)
        self.record_button.setEnabled(count > 0)
        if count:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _fit_width(self, sessions: list[SessionView]) -> None:
        """Never narrower than the sessions' column and the longest word of a group's
        name: names wrap between words, and no word is cut (up to a sensible width)."""
        metrics = self.table.fontMetrics()
        words = {word for session in sessions for word in session.group.split()}
        longest = max((metrics.horizontalAdvance(word) for word in words), default=0)
        frame = 2 * self.table.frameWidth()
        scroll_bar = self.table.verticalScrollBar().sizeHint().width()
        needed = self.table.columnWidth(0) + longest + 2 * CELL_MARGIN + frame + scroll_bar
        self.table.setMinimumWidth(min(needed, MAX_PANEL_WIDTH))

    def _fit_rows(self) -> None:
        """Make each row as tall as the wrapped texts of its cells."""
        metrics = self.table.fontMetrics()
        widths = [
            max(self.table.columnWidth(column) - 2 * CELL_MARGIN, 1)
            for column in range(self.model.columnCount())
        ]
        if widths == self._fitted_to:  # a column moved its edge to where it was
            return
        self._fitted_to = widths
        rows = self.table.verticalHeader()
        for row in range(self.model.rowCount()):
            tallest = max(
                metrics.boundingRect(
                    QRect(0, 0, width, 10_000),
                    Qt.TextFlag.TextWordWrap,
                    self.model.index(row, column).data(),
                ).height()
                for column, width in enumerate(widths)
            )
            rows.resizeSection(row, tallest + 2 * CELL_MARGIN)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.record_requested.emit(self.model.record(index.row()).id)

    def _record_current(self) -> None:
        self._activated(self.table.currentIndex())


class UnrecordedList(SessionsToRecord):
    """Kirjaamatta beside the calendar: the past year's sessions not recorded, the
    newest first, kept current as data changes."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, context.today().year)
        self.context = context
        # The chosen session's sign-in sheet, for a leader who records from paper.
        self.print_button = SessionPrintButton(context, None, self)
        self.print_button.failed.connect(lambda error: show_error(self, error_text(error)))
        self.buttons.addWidget(self.print_button)
        self.table.selectionModel().currentRowChanged.connect(self._follow_current)
        context.when_changed(
            self, Changes.SESSIONS | Changes.ATTENDANCE | Changes.GROUPS, self.refresh
        )
        self.refresh()

    def refresh(self) -> None:
        sessions = self.context.read(lambda uow: unrecorded_sessions(uow, self.context.now()))
        # The session just held first: that is the one the leader comes to record.
        self.show_sessions(sessions[::-1])
        self._follow_current()

    def _follow_current(self) -> None:
        index = self.table.currentIndex()
        session = self.model.record(index.row()) if index.isValid() else None
        self.print_button.session_id = session.id if session else None
        self.print_button.setEnabled(session is not None)
