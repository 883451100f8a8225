"""Tilastot, Roolit ja iät: the visits by adult role and by child age band, a row per
group type and the total, each table with where its roles and ages come from."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from ryhmat.domain.statistics import BREAKDOWNS, Breakdown, Figures, Statistics
from ryhmat.labels import (
    breakdown_columns,
    breakdown_definition,
    breakdown_name,
    label,
)
from ryhmat.ui.records import Column, RecordTableModel
from ryhmat.ui.statistics.leaders import statistics_table


@dataclass(frozen=True, slots=True)
class VisitsRow:
    """A group type's figures, or the total's."""

    name: str
    figures: Figures


def _columns(breakdown: Breakdown, first: str) -> list[Column[VisitsRow]]:
    def bucket(index: int, name: str) -> Column[VisitsRow]:
        return Column[VisitsRow](
            name,
            lambda r: str(breakdown.values(r.figures)[index]),
            sort_key=lambda r: breakdown.values(r.figures)[index],
            explanation=breakdown_definition(breakdown),
        )

    return [
        Column[VisitsRow](first, lambda r: r.name),
        *(bucket(index, name) for index, name in enumerate(breakdown_columns(breakdown))),
    ]


class VisitsPanel(QWidget):
    """A table per breakdown of the statistics shown (``BREAKDOWNS``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.models: list[RecordTableModel[VisitsRow]] = []
        self.tables: list[QTableView] = []
        for breakdown in BREAKDOWNS:
            model = RecordTableModel(_columns(breakdown, self.tr("Group type")), self)
            table = statistics_table(model, self)
            title = QLabel(breakdown_name(breakdown), self)
            title.setBuddy(table)
            note = QLabel(f"{breakdown_name(breakdown)}: {breakdown_definition(breakdown)}.", self)
            note.setWordWrap(True)
            layout.addWidget(title)
            layout.addWidget(table, 1)
            layout.addWidget(note)
            self.models.append(model)
            self.tables.append(table)

    def show_statistics(self, statistics: Statistics) -> None:
        rows = [VisitsRow(label(kind), figures) for kind, figures in statistics.by_type.items()]
        rows.append(VisitsRow(self.tr("All"), statistics.total))
        for model in self.models:
            model.set_records(rows)
