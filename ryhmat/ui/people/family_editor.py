"""The editor of a family: its name, phone, notes and members, its enrolments, its
change history, and erasing its personal data."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import ChangedElsewhere, UserError
from ryhmat.domain.model import Family, UsageAction
from ryhmat.domain.usecases.erasure import erase_family
from ryhmat.domain.usecases.families import get_family, save_family
from ryhmat.domain.usecases.family_record import FamilyRecord, family_record
from ryhmat.domain.usecases.usage_log import record_usage
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.family_report import family_report_name, save_family_report
from ryhmat.ui.fields import OptionalDateField
from ryhmat.ui.files import save_file_dialog
from ryhmat.ui.people.consents import PermissionCombo
from ryhmat.ui.people.enrolments import EnrolmentsPanel
from ryhmat.ui.people.erasure import ErasurePanel
from ryhmat.ui.people.history import HistoryPanel
from ryhmat.ui.people.members import MembersPanel
from ryhmat.ui.people.widgets import EditorDialog
from ryhmat.ui.printing import pdf_not_saved
from ryhmat.ui.usage_log import FamilyUsagePanel


class FamilyEditor(EditorDialog):
    """Saves the family and its members together; a saved family's enrolments are saved
    one by one, a new family's with the family.

    ``erased(family_id)`` is emitted once the family's personal data is erased;
    the editor then closes.
    """

    erased = Signal(object)  # uuid.UUID of the family
    report_saved = Signal(str)  # the path of the family's record saved as PDF

    def __init__(
        self, context: AppContext, family: Family | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Edit family") if family else self.tr("New family"))
        self._id = family.id if family else uuid.uuid4()
        # The stored version the form was filled from; saving checks it is still current.
        self._version = 0

        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.privacy_notice = OptionalDateField(context.today(), self)
        self.privacy_notice.setToolTip(
            self.tr("The day the family was given the privacy notice; empty if not yet")
        )
        self.photo_permission = PermissionCombo(self)
        self.contact_permission = PermissionCombo(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 4)
        self.notes.setPlaceholderText(
            self.tr("No health or child-welfare details: only what the group work needs.")
        )
        self.notes_warning = QLabel(
            self.tr(
                "Do not write health or child-welfare details here. The family may ask to "
                "see everything written about it."
            ),
            self,
        )
        self.notes_warning.setWordWrap(True)
        self.notes_warning.setEnabled(False)  # drawn greyed: a reminder, not an error
        self.members = MembersPanel(context.today().year, self.name.text, self)
        self.enrolments = EnrolmentsPanel(context, self._id, family is not None, self)
        self.history: HistoryPanel | None = None
        self.usage: FamilyUsagePanel | None = None

        details = QWidget(self)
        fields = QFormLayout()
        fields.addRow(self.tr("Family &name:"), self.name)
        fields.addRow(self.tr("&Phone:"), self.phone)
        fields.addRow(self.tr("Privacy notice &given:"), self.privacy_notice)
        fields.addRow(self.tr("Ph&oto permission:"), self.photo_permission)
        fields.addRow(self.tr("&Contact permission:"), self.contact_permission)
        fields.addRow(self.tr("No&tes:"), self.notes)
        fields.addRow("", self.notes_warning)
        layout = QVBoxLayout(details)
        layout.addLayout(fields)
        layout.addWidget(self.members, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(details, self.tr("&Family and members"))
        self.tabs.addTab(self.enrolments, self.tr("&Enrolments"))
        self.body.insertWidget(0, self.tabs, 1)

        self.erasure = ErasurePanel(self)
        self.erasure.erase_requested.connect(self.erase)
        self.body.insertWidget(1, self.erasure)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase personal &data…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.erasure.closed.connect(self.erase_button.setFocus)
        self.erase_button.clicked.connect(self.erasure.start)
        self.erase_button.setVisible(family is not None)
        # Everything held about the family, for its access request (tiedonsaantipyyntö).
        self.report_button = self.buttons.addButton(
            self.tr("All data as PD&F…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.report_button.setToolTip(
            self.tr("Save everything recorded about the family as a PDF, for its access request")
        )
        self.report_button.clicked.connect(self.ask_report_file)
        self.report_button.setVisible(family is not None)
        self.report_dialog: QFileDialog | None = None

        if family is not None:
            self.history = HistoryPanel(context, family.id, self)
            self.tabs.addTab(self.history, self.tr("&History"))
            self.usage = FamilyUsagePanel(context, family.id, self)
            self.tabs.addTab(self.usage, self.tr("&Usage log"))
            self._fill(family)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        self.resize(760, 600)

    def _fill(self, family: Family) -> None:
        self._version = family.version
        self.name.setText(family.name)
        self.phone.setText(family.phone)
        self.privacy_notice.set_optional_day(family.privacy_notice_on)
        self.photo_permission.set_permission(family.photo_permission)
        self.contact_permission.set_permission(family.contact_permission)
        self.notes.setPlainText(family.notes)
        self.members.model.set_members(family.members)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The button box makes Save the default as it is shown. Enter in a
        # member's cell commits the cell; it must not save the family first.
        self.save_button.setDefault(False)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Save is not the default button (Enter in a member's cell commits the cell), so
        # Enter in one of the family's own fields saves here; the fields pass it on.
        own_fields = (
            self.name,
            self.phone,
            self.privacy_notice,
            self.photo_permission,
            self.contact_permission,
        )
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.focusWidget() in (
            own_fields
        ):
            self.save()
            return
        super().keyPressEvent(event)

    def first_field(self) -> QWidget | None:
        return self.name

    def family(self) -> Family:
        """The family as the form describes it (a member's open cell included)."""
        self.members.commit_open_editor()
        # A date that names no day raises here, marked in its field: nothing is saved.
        return self._family_in_model(self.privacy_notice.optional_day())

    def _family_in_model(self, privacy_notice_on: date | None) -> Family:
        return Family(
            name=self.name.text(),
            members=self.members.model.members(),
            phone=self.phone.text(),
            notes=self.notes.toPlainText(),
            privacy_notice_on=privacy_notice_on,
            photo_permission=self.photo_permission.permission(),
            contact_permission=self.contact_permission.permission(),
            version=self._version,
            id=self._id,
        )

    def form_state(self) -> object:
        # Read without committing a cell being typed (its text counts as it stands),
        # and with a new family's enrolments, which wait in the form until it is saved.
        return (
            self._family_in_model(None),
            self.privacy_notice.text(),
            self.members.open_editor_text(),
            tuple(self.enrolments.pending),
        )

    def write(self) -> uuid.UUID:
        family = self.family()
        today = self.context.today()
        # A new family's enrolments wait in the form: saved with it, or not at all.
        enrolments = list(self.enrolments.pending)
        try:
            self.context.write(
                lambda uow: save_family(uow, family, today, enrolments), Changes.FAMILIES, self
            )
        except ChangedElsewhere:
            # Show what the other person saved; the person makes the change again.
            self.reload()  # a family erased meanwhile raises its own NotFound instead
            raise
        return family.id

    def reload(self) -> None:
        """Fill the form from the stored family, dropping the edits made here.

        A family removed or erased meanwhile raises NotFound; Save is then disabled.
        """
        family_id = self._id
        try:
            family = self.context.read(lambda uow: get_family(uow, family_id))
        except UserError:
            self.save_button.setEnabled(False)
            raise
        self._fill(family)
        self.mark_clean()

    def _record(self) -> FamilyRecord | None:
        family_id, today = self._id, self.context.today()
        try:
            return self.context.read(lambda uow: family_record(uow, family_id, today))
        except UserError as error:
            self.error.show_error(error)
            return None

    def ask_report_file(self) -> None:
        """Ask where to save the family's record as PDF, suggesting a name that says it."""
        record = self._record()
        if record is None:
            return
        self.report_dialog = save_file_dialog(
            self,
            self.tr("Save the family's data as PDF"),
            self.tr("PDF documents (*.pdf)"),
            "pdf",
            family_report_name(record),
            self.save_report,
        )

    def save_report(self, path: Path) -> None:
        """Save the stored record (not the edits not yet saved) as a PDF at ``path``."""
        self.error.clear_error()
        record = self._record()
        if record is None:
            return
        try:
            save_family_report(record, path)
        except OSError as error:
            self.error.show_error(pdf_not_saved(path, error))
            return
        family_ids = [record.family.id]
        try:
            self.context.read_logged(
                lambda uow: record_usage(uow, UsageAction.FAMILY_REPORT_SAVED, family_ids)
            )
        except UserError as error:
            self.error.show_error(error)
            return
        self.report_saved.emit(str(path))

    def erase(self) -> None:
        family_id, today = self._id, self.context.today()
        try:
            self.context.write(
                lambda uow: erase_family(uow, family_id, today),
                Changes.FAMILIES | Changes.ATTENDANCE,
                self,
            )
        except UserError as error:
            self.erasure.error.show_error(error)
            return
        self.erased.emit(family_id)
        self.accept()
