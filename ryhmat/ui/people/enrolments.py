"""A family's enrolments in groups: enrolled, on the waiting list, or left.

Each change to a saved family's enrolments is saved at once (unlike the family's
own fields, which wait for the editor's Save), because an enrolment is its own
record. A new family's enrolments wait in the form and are saved with the family.
A new enrolment starts by default on the first day of the group's current season.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.domain.model import Enrolment, EnrolmentStatus
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.choices import Choice, load_choices
from ryhmat.domain.usecases.families import (
    EnrolmentView,
    check_enrolment,
    default_enrolment_day,
    delete_enrolment,
    family_enrolments,
    save_enrolment,
)
from ryhmat.labels import label
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.fields import DateField
from ryhmat.ui.formatting import archived_name, format_date
from ryhmat.ui.messages import ErrorLabel, ask
from ryhmat.ui.people.widgets import (
    combo_index,
    fill_combo,
    run_or_show,
    select_data,
)
from ryhmat.ui.records import Column, RecordTableModel


def _day(day: date | None) -> str:
    return format_date(day) if day else ""


class EnrolmentsPanel(QWidget):
    """The list of a family's enrolments and a form that adds or changes one."""

    def __init__(
        self,
        context: AppContext,
        family_id: uuid.UUID,
        is_saved: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.family_id = family_id
        self.is_saved = is_saved
        # A new family's enrolments, saved with the family (see FamilyEditor.write).
        self.pending: list[Enrolment] = []
        self._editing_id: uuid.UUID | None = None

        self.model = RecordTableModel[EnrolmentView](
            [
                Column[EnrolmentView](self.tr("Group"), lambda e: e.group),
                Column[EnrolmentView](self.tr("Status"), lambda e: label(e.status)),
                Column[EnrolmentView](self.tr("Enrolled on"), lambda e: _day(e.enrolled_on)),
                Column[EnrolmentView](self.tr("Left on"), lambda e: _day(e.left_on)),
            ],
            self,
        )
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the form, not cell to cell
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)

        self.group = QComboBox(self)
        self.group.currentIndexChanged.connect(self._group_changed)
        self.status = QComboBox(self)
        fill_combo(self.status, ((label(s), s) for s in EnrolmentStatus))
        self.status.currentIndexChanged.connect(self._status_changed)
        self.has_enrolled_on = QCheckBox(self.tr("Enrolled &on:"), self)
        today = context.today()
        self.enrolled_on = DateField(today, self)
        self.has_enrolled_on.toggled.connect(self.enrolled_on.setEnabled)
        self.left_on = DateField(today, self)

        self.new_button = QPushButton(self.tr("Ne&w enrolment"), self)
        self.new_button.clicked.connect(self.start_new)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("Re&move enrolment…"), self)
        self.remove_button.clicked.connect(self.ask_remove)
        for button in (self.new_button, self.save_button, self.remove_button):
            button.setAutoDefault(False)
        self.error = ErrorLabel(self)
        for field in (self.enrolled_on, self.left_on):
            field.problem_changed.connect(self.error.show_problem)
        self.hint = QLabel(
            self.tr("Changes to enrolments are saved at once.")
            if is_saved
            else self.tr("The enrolments are saved together with the new family."),
            self,
        )
        self.hint.setWordWrap(True)

        self._lay_out()
        self.reload_groups()
        self.refresh()
        self.start_new()
        # Enrolments in groups; a new one starts on the first day of a group's season.
        context.when_changed(
            self, Changes.FAMILIES | Changes.GROUPS | Changes.SESSIONS, self.refresh
        )

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Group:"), self.group)
        form.addRow(self.tr("Stat&us:"), self.status)
        form.addRow(self.has_enrolled_on, self.enrolled_on)
        form.addRow(self.tr("&Left on:"), self.left_on)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def reload_groups(self) -> None:
        family_id = self.family_id

        def groups(uow: UnitOfWork) -> list[Choice]:
            # The family's own enrolments show their group even once it is archived.
            enrolled = [e.group_id for e in family_enrolments(uow, family_id)] if family_id else []
            return load_choices(uow, enrolled).groups

        fill_combo(
            self.group,
            (
                (archived_name(g.name, g.archived), g.id)
                for g in sorted(self.context.read(groups), key=lambda g: g.name)
            ),
        )

    def refresh(self) -> None:
        family_id = self.family_id
        editing = self._editing_id
        if self.is_saved:
            views = self.context.read(lambda uow: family_enrolments(uow, family_id))
        else:
            views = [self._pending_view(e) for e in self.pending]
        self.model.set_records(views)
        rows = [r for r, e in enumerate(self.model.records) if e.id == editing]
        if rows:
            self.table.setCurrentIndex(self.model.index(rows[0], 0))
        elif editing is not None:  # removed
            self.start_new()

    def _pending_view(self, enrolment: Enrolment) -> EnrolmentView:
        return EnrolmentView(
            id=enrolment.id,
            family_id=enrolment.family_id,
            group_id=enrolment.group_id,
            group=self.group.itemText(combo_index(self.group, enrolment.group_id)),
            status=enrolment.status,
            enrolled_on=enrolment.enrolled_on,
            left_on=enrolment.left_on,
        )

    def start_new(self) -> None:
        """Empty the form for a new enrolment, starting when the group's season does."""
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        self._editing_id = None
        today = self.context.today()
        self.group.setEnabled(True)
        select_data(self.status, EnrolmentStatus.ENROLLED)
        self._status_changed()
        self.has_enrolled_on.setChecked(True)
        self._group_changed()
        self.left_on.set_day(today)
        self.save_button.setText(self.tr("En&rol"))
        self.remove_button.setEnabled(False)
        self.error.clear_error()

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        enrolment = self.model.record(current.row())
        self._editing_id = enrolment.id
        select_data(self.group, enrolment.group_id)
        # Another group is a new enrolment; this one keeps its history.
        self.group.setEnabled(False)
        select_data(self.status, enrolment.status)
        self._status_changed()
        self.has_enrolled_on.setChecked(enrolment.enrolled_on is not None)
        today = self.context.today()
        self.enrolled_on.set_day(enrolment.enrolled_on or today)
        self.left_on.set_day(enrolment.left_on or today)
        self.save_button.setText(self.tr("Sa&ve changes"))
        self.remove_button.setEnabled(True)
        self.error.clear_error()

    def _group_changed(self) -> None:
        """A new enrolment starts with the group's current (or next) season by default."""
        group_id = self.group.currentData()
        if self._editing_id is not None or group_id is None:
            return
        today = self.context.today()
        self.enrolled_on.set_day(
            self.context.read(lambda uow: default_enrolment_day(uow, group_id, today))
        )

    def _status_changed(self) -> None:
        self.left_on.setEnabled(self.status.currentData() == EnrolmentStatus.LEFT)

    def save(self) -> None:
        if self.group.currentIndex() < 0:
            self.error.show_error(self.tr("Choose a group."))
            return
        status = EnrolmentStatus(self.status.currentData())
        try:
            enrolled_on = self.enrolled_on.day() if self.has_enrolled_on.isChecked() else None
            left_on = self.left_on.day() if status is EnrolmentStatus.LEFT else None
        except UserError as error:
            self.error.show_error(error)
            return
        enrolment = Enrolment(
            family_id=self.family_id,
            group_id=self.group.currentData(),
            status=status,
            enrolled_on=enrolled_on,
            left_on=left_on,
            id=self._editing_id or uuid.uuid4(),
        )
        before = self._editing_id
        # The write refreshes the list, which then selects the saved enrolment.
        self._editing_id = enrolment.id
        if not self.is_saved:
            if run_or_show(self.error, lambda: self._keep_pending(enrolment)):
                self.refresh()
            else:
                self._editing_id = before
            return
        if not run_or_show(
            self.error,
            lambda: self.context.write(
                lambda uow: save_enrolment(uow, enrolment), Changes.FAMILIES, self
            ),
        ):
            self._editing_id = before

    def _keep_pending(self, enrolment: Enrolment) -> None:
        """Check a new family's enrolment as saving would, and keep it in the form."""
        check_enrolment(enrolment, self.pending)
        others = [e for e in self.pending if e.id != enrolment.id]
        self.pending = [*others, enrolment]

    def ask_remove(self) -> None:
        """Ask, as the app asks before every removal, then remove the chosen enrolment."""
        index = self.table.currentIndex()
        if self._editing_id is None or not index.isValid():
            return
        group = self.model.record(index.row()).group
        ask(
            self,
            self.tr("Remove the enrolment in “%1”?").replace("%1", group),
            [(self.tr("Remove"), self.remove)],
        )

    def remove(self) -> None:
        editing = self._editing_id
        if editing is None:
            return
        if not self.is_saved:
            self.pending = [e for e in self.pending if e.id != editing]
            self.refresh()
            self.start_new()
            return
        if run_or_show(
            self.error,
            lambda: self.context.write(
                lambda uow: delete_enrolment(uow, editing), Changes.FAMILIES, self
            ),
        ):
            self.start_new()
