"""Kirjaamatta: past sessions whose attendance nobody has recorded yet, oldest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.usecases.attendance import unrecorded_sessions
from ryhmat.domain.usecases.sessions import SessionView
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_time_range
from ryhmat.ui.plurals import plurals
from ryhmat.ui.records import Column, RecordTableModel
from ryhmat.ui.sessions.summary import day_text

ROWS_MEASURED = 40


def unrecorded_model(parent: QWidget | None = None) -> RecordTableModel[SessionView]:
    """Date, time and group of each session; the list reads the same in every language."""
    columns = [
        Column[SessionView](
            QCoreApplication.translate("UnrecordedList", "Date"),
            lambda s: day_text(s.start.date()),
            sort_key=lambda s: s.start,
        ),
        Column[SessionView](
            QCoreApplication.translate("UnrecordedList", "Time"),
            lambda s: format_time_range(s.start.time(), s.end.time()),
        ),
        Column[SessionView](
            QCoreApplication.translate("UnrecordedList", "Group"), lambda s: s.group
        ),
    ]
    return RecordTableModel(columns, parent)


class SessionsToRecord(QWidget):
    """A heading with the count and the sessions; Enter or a double click on one asks
    to record it (``record_requested(session_id)``)."""

    record_requested = Signal(object)  # uuid.UUID of the session

    def __init__(self, parent: QWidget | None = None) -> None:
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

        self.model = unrecorded_model(self)
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
        # dates and times are all as wide, and the group column stretches.
        self.table.horizontalHeader().setResizeContentsPrecision(ROWS_MEASURED)
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
        layout.addWidget(self.record_button)
        self.setFocusProxy(self.table)

    def show_sessions(self, sessions: list[SessionView]) -> None:
        self.model.set_records(sessions)
        self.table.resizeColumnsToContents()
        count = len(sessions)
        self.heading.setText(plurals.not_recorded(count))
        self.empty_note.setVisible(count == 0)
        self.table.setVisible(count > 0)
        self.record_button.setEnabled(count > 0)
        if count:
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.record_requested.emit(self.model.record(index.row()).id)

    def _record_current(self) -> None:
        self._activated(self.table.currentIndex())


class UnrecordedList(SessionsToRecord):
    """Kirjaamatta beside the calendar: the past year's sessions not recorded, kept
    current as data changes."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        context.data_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.show_sessions(
            self.context.read(lambda uow: unrecorded_sessions(uow, self.context.now()))
        )
