"""The editor of a family: its name, phone, notes and members, and its enrolments."""

from __future__ import annotations

import uuid

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.model import Family
from ryhmat.domain.usecases.families import save_family
from ryhmat.ui.context import AppContext
from ryhmat.ui.people.enrolments import EnrolmentsPanel
from ryhmat.ui.people.members import MembersPanel
from ryhmat.ui.people.widgets import EditorDialog


class FamilyEditor(EditorDialog):
    """Saves the family and its members together; enrolments are saved one by one."""

    def __init__(
        self, context: AppContext, family: Family | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Edit family") if family else self.tr("New family"))
        self._id = family.id if family else uuid.uuid4()

        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4)
        self.members = MembersPanel(context.today().year, self.name.text, self)
        self.enrolments = EnrolmentsPanel(context, family.id if family else None, self)

        details = QWidget(self)
        fields = QFormLayout()
        fields.addRow(self.tr("Family &name:"), self.name)
        fields.addRow(self.tr("&Phone:"), self.phone)
        fields.addRow(self.tr("No&tes:"), self.notes)
        layout = QVBoxLayout(details)
        layout.addLayout(fields)
        layout.addWidget(self.members, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(details, self.tr("&Family and members"))
        self.tabs.addTab(self.enrolments, self.tr("&Enrolments"))
        self.body.insertWidget(0, self.tabs, 1)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.resize(760, 600)

        if family is not None:
            self.name.setText(family.name)
            self.phone.setText(family.phone)
            self.notes.setPlainText(family.notes)
            self.members.model.set_members(family.members)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The button box makes Save the default as it is shown. Enter in a
        # member's cell commits the cell; it must not save the family first.
        self.save_button.setDefault(False)

    def write(self) -> uuid.UUID:
        self.members.commit_open_editor()
        family = Family(
            name=self.name.text(),
            members=self.members.model.members(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
            id=self._id,
        )
        today = self.context.today()
        self.context.write(lambda uow: save_family(uow, family, today))
        return family.id
