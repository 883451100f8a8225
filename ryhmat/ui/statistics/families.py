"""Tilastot, Perheet: how often each enrolled family came, and who has not come lately.

Family names are shown here inside the app only; exports pseudonymise them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.usecases.family_visits import (
    MAX_WEEKS,
    MIN_WEEKS,
    FamilyVisitReport,
    FamilyVisitRow,
)
from ryhmat.labels import percent
from ryhmat.ui.formatting import format_date
from ryhmat.ui.records import Column, RecordFilterProxy, RecordTableModel

DEFAULT_WEEKS = 4

ReportQuery = Callable[[int], FamilyVisitReport]


class FamiliesPanel(QWidget):
    """The attendance rate of every enrolled family and the list of those not seen."""

    changed = Signal()  # the report was read again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report: FamilyVisitReport | None = None
        self._query: ReportQuery | None = None
        self.model: RecordTableModel[FamilyVisitRow] = RecordTableModel(self._columns(), self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        self.weeks = QSpinBox(self)
        self.weeks.setRange(MIN_WEEKS, MAX_WEEKS)
        self.weeks.setValue(DEFAULT_WEEKS)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.valueChanged.connect(self.reload)
        weeks_label = QLabel(self.tr("&Not seen for:"), self)
        weeks_label.setBuddy(self.weeks)
        self.not_seen = QListWidget(self)
        self.not_seen.setMaximumWidth(320)

        side = QVBoxLayout()
        line = QHBoxLayout()
        line.addWidget(weeks_label)
        line.addWidget(self.weeks)
        line.addStretch(1)
        side.addLayout(line)
        side.addWidget(self.not_seen, 1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.table, 3)
        layout.addLayout(side, 1)

    def _columns(self) -> list[Column[FamilyVisitRow]]:
        return [
            Column[FamilyVisitRow](self.tr("Family"), lambda r: r.name),
            Column[FamilyVisitRow](self.tr("Groups"), lambda r: ", ".join(r.groups)),
            Column[FamilyVisitRow](
                self.tr("Attended / offered"),
                lambda r: f"{r.sessions_attended} / {r.sessions_offered}",
                sort_key=lambda r: (r.sessions_attended, r.sessions_offered),
            ),
            Column[FamilyVisitRow](
                self.tr("Rate"),
                lambda r: percent(r.rate),
                sort_key=lambda r: -1.0 if r.rate is None else r.rate,
            ),
            Column[FamilyVisitRow](
                self.tr("Last seen"),
                self.last_seen_text,
                sort_key=lambda r: r.last_seen or date.min,
            ),
        ]

    def last_seen_text(self, row: FamilyVisitRow) -> str:
        return self.tr("never") if row.last_seen is None else format_date(row.last_seen)

    def load(self, query: ReportQuery) -> None:
        """Show the report that ``query(weeks)`` reads; kept to re-read when N changes."""
        self._query = query
        self.reload()

    def reload(self) -> None:
        if self._query is None:
            return
        report = self._query(self.weeks.value())
        self.report = report
        self.model.set_records(list(report.rows))
        self.not_seen.clear()
        for row in report.not_seen:
            self.not_seen.addItem(f"{row.name} – {self.last_seen_text(row)}")
        self.changed.emit()
