"""Arvioimatta: the seasons that have ended without an evaluation, beside the groups."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ryhmat.domain.usecases.evaluations import DueEvaluation, due_evaluations, get_season
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date
from ryhmat.ui.groups.evaluation import EvaluationDialog
from ryhmat.ui.plurals import plurals
from ryhmat.ui.records import Column, RecordListView


class DueEvaluationsPanel(QWidget):
    """A heading with the count and the seasons due; Enter (or Evaluate) opens the
    season's evaluation."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: EvaluationDialog | None = None
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        note = QLabel(
            self.tr(
                "Seasons that have ended without the worker pair's evaluation, for a year "
                "after their end."
            ),
            self,
        )
        note.setWordWrap(True)
        self.list = RecordListView[DueEvaluation](
            [
                Column[DueEvaluation](self.tr("Group"), lambda d: d.group_name),
                Column[DueEvaluation](self.tr("Season"), lambda d: d.season_name),
                Column[DueEvaluation](
                    self.tr("Ended"),
                    lambda d: format_date(d.last_day),
                    sort_key=lambda d: d.last_day,
                ),
            ],
            self,
        )
        self.list.setObjectName("dueEvaluations")
        self.list.search.hide()
        self.list.add_button.hide()
        self.list.buttons.insertStretch(0)
        self.list.edit_button.setText(self.tr("E&valuate…"))
        # The longest waiting first.
        self.list.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.list.edit_requested.connect(self.evaluate)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.list.table)
        context.when_changed(
            self, Changes.SESSIONS | Changes.GROUPS | Changes.EVALUATIONS, self.refresh
        )
        self.refresh()

    def refresh(self) -> None:
        today = self.context.today()
        due = self.context.read(lambda uow: due_evaluations(uow, today))
        self.list.set_records(due)
        self.heading.setText(plurals.evaluations_due(len(due)))
        self.list.edit_button.setEnabled(bool(due))

    def evaluate(self, due: DueEvaluation) -> None:
        series = self.context.read(lambda uow: get_season(uow, due.series_id))
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = EvaluationDialog(self.context, series, self)
        self.dialog.open()
