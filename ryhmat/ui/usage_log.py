"""The usage log for an administrator: who read a family's personal data (a tab of the
family's window), and whose data a person read (Asetukset → Tietosuoja)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.domain.usecases.usage_log import UsageLine, usage_actors, usage_by, usage_of_family
from ryhmat.labels import label
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_moment
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.records import Column, RecordListView

WHEN = 0


def _families(line: UsageLine) -> str:
    return ", ".join(line.families)


def _usage_list(parent: QWidget, columns: list[Column[UsageLine]]) -> RecordListView[UsageLine]:
    view = RecordListView[UsageLine](columns, parent)
    view.add_button.hide()
    view.edit_button.hide()
    view.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
    return view


def _when(title: str) -> Column[UsageLine]:
    return Column[UsageLine](
        title, lambda u: format_moment(u.at), sort_key=lambda u: u.at.timestamp()
    )


class FamilyUsagePanel(QWidget):
    """Who read the family's personal data, when and why; newest first. Read when the
    tab is first shown and whenever it is shown again (opening the family logs one)."""

    def __init__(
        self, context: AppContext, family_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.family_id = family_id
        self.list = _usage_list(
            self,
            [
                _when(self.tr("When")),
                Column[UsageLine](self.tr("Who"), lambda u: u.actor),
                Column[UsageLine](self.tr("Why"), lambda u: label(u.action)),
            ],
        )
        self.model = self.list.model
        self.error = ErrorLabel(self)
        hint = QLabel(
            self.tr("Who has read this family's personal data, when and why, newest first."),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        self.setFocusProxy(self.list)

    def refresh(self) -> None:
        family_id = self.family_id
        try:
            lines = self.context.read(lambda uow: usage_of_family(uow, family_id))
        except UserError as error:
            self.error.show_error(error)
            return
        self.error.clear_error()
        self.list.set_records(lines)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()


class PersonUsageDialog(QDialog):
    """Whose personal data a person read, when and why: choose the person by the
    name the log gives them."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Usage log"))
        self.person = QComboBox(self)
        self.person.setObjectName("usageLogPerson")
        self.list = _usage_list(
            self,
            [
                _when(self.tr("When")),
                Column[UsageLine](self.tr("Why"), lambda u: label(u.action)),
                Column[UsageLine](self.tr("Families"), _families),
            ],
        )
        self.model = self.list.model
        self.error = ErrorLabel(self)
        self.empty = QLabel(self.tr("Nothing has been logged yet."), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        person_label = QLabel(self.tr("&Person:"), self)
        person_label.setBuddy(self.person)
        chooser = QHBoxLayout()
        chooser.addWidget(person_label)
        chooser.addWidget(self.person, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(chooser)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 520)

        self.person.currentIndexChanged.connect(self.show_person)
        self.refresh()

    def refresh(self) -> None:
        try:
            actors = self.context.read(usage_actors)
        except UserError as error:
            self.error.show_error(error)
            return
        self.person.blockSignals(True)
        self.person.clear()
        self.person.addItems(actors)
        self.person.blockSignals(False)
        self.empty.setVisible(not actors)
        self.show_person()

    def show_person(self) -> None:
        actor = self.person.currentText()
        try:
            lines = self.context.read(lambda uow: usage_by(uow, actor)) if actor else []
        except UserError as error:
            self.error.show_error(error)
            return
        self.error.clear_error()
        self.list.set_records(lines)
