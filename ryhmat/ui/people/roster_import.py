"""Importing a roster (.xlsx or .csv): choose the file and the group, check, then import.

The check reads the file and shows what the import would do and every row
with a problem; nothing is written until Import. With problems, the import is
refused unless the person ticks "Import only the valid rows", and then the
families with a bad row are left out whole. Reading and writing run off the
GUI thread: a roster can have thousands of rows.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.domain.usecases.groups import list_groups
from ryhmat.domain.usecases.roster_import import (
    BadRow,
    ImportPlan,
    ImportResult,
    apply_import,
    check_roster,
)
from ryhmat.i18n import translate
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.fields import buddy_label
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.operations import Operation, Work, in_unit_of_work
from ryhmat.ui.records import Column, RecordTableModel


class Counts(QGroupBox):
    """The numbers of a plan or of a finished import, side by side with their names."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.created = QLabel(self)
        self.recognised = QLabel(self)
        self.members = QLabel(self)
        self.enrolments = QLabel(self)
        self.bad_rows = QLabel(self)
        self.left_out = QLabel(self)
        self._layout = QFormLayout(self)
        self._layout.addRow(self.tr("New families:"), self.created)
        self._layout.addRow(self.tr("Families already in the database:"), self.recognised)
        self._layout.addRow(self.tr("Family members to add:"), self.members)
        self._layout.addRow(self.tr("Enrolments in the group:"), self.enrolments)
        self._layout.addRow(self.tr("Rows with problems:"), self.bad_rows)
        self._layout.addRow(self.tr("Left out:"), self.left_out)
        self._layout.setRowVisible(self.left_out, False)
        self.meanwhile = QLabel(self)
        self.meanwhile.setObjectName("addedMeanwhile")
        self.meanwhile.setWordWrap(True)
        self._layout.addRow(self.meanwhile)
        self._layout.setRowVisible(self.meanwhile, False)
        self.hide()

    def show_plan(self, plan: ImportPlan) -> None:
        self.setTitle(self.tr("What the import will do in %1").replace("%1", plan.group_name))
        self._show(
            plan.families_to_create,
            plan.families_recognised,
            plan.members_to_add,
            plan.enrolments_to_create,
            plan.bad_rows,
        )
        self._layout.setRowVisible(self.left_out, False)
        self._layout.setRowVisible(self.meanwhile, False)

    def show_result(self, result: ImportResult) -> None:
        self.setTitle(self.tr("Imported"))
        self._show(
            result.families_created,
            result.families_recognised,
            result.members_added,
            result.enrolments_created,
            result.bad_rows,
        )
        # The families of the bad rows were left out whole, with their good rows.
        self.left_out.setText(
            self.tr("%n families", "", result.families_skipped)
            + " ("
            + self.tr("%n rows", "", result.rows_skipped)
            + ")"
        )
        self._layout.setRowVisible(self.left_out, result.families_skipped > 0)
        # Another import wrote the same families first: this one recognised them.
        self.meanwhile.setText(
            self.tr(
                "%n families were added by someone else while this import waited its turn; "
                "they were recognised and nothing was added twice.",
                "",
                result.added_meanwhile,
            )
        )
        self._layout.setRowVisible(self.meanwhile, result.added_meanwhile > 0)

    def _show(self, *numbers: int) -> None:
        labels = (self.created, self.recognised, self.members, self.enrolments, self.bad_rows)
        for label, number in zip(labels, numbers, strict=True):
            label.setText(str(number))
        self.show()


class RosterImportDialog(QDialog):
    """``checked(ImportPlan)`` after a check, ``imported(ImportResult)`` after an import."""

    checked = Signal(object)
    imported = Signal(object)
    failed = Signal(object)  # the UserError shown, for whoever waits on the work

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._plan: ImportPlan | None = None
        self._task: Operation[Any] | None = None
        self.setWindowTitle(self.tr("Import a roster"))

        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("An .xlsx or .csv file, one row per person"))
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.clicked.connect(self.choose_file)
        self.group = QComboBox(self)
        self.check_button = QPushButton(self.tr("&Check"), self)
        self.check_button.clicked.connect(self.check)

        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&File:"), self.path), file_row)
        form.addRow(self.tr("&Group:"), self.group)
        file_label = form.labelForField(file_row)
        if isinstance(file_label, QLabel):
            file_label.setBuddy(self.path)

        self.counts = Counts(self)
        self.problems_model: RecordTableModel[BadRow] = RecordTableModel(
            [
                Column[BadRow](self.tr("Row"), lambda r: str(r.row), lambda r: r.row),
                Column[BadRow](self.tr("Column"), lambda r: r.columns),
                Column[BadRow](self.tr("Problem"), lambda r: r.message(translate)),
            ],
            self,
        )
        self.problems = QTableView(self)
        self.problems.setModel(self.problems_model)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setAlternatingRowColors(True)
        self.problems.verticalHeader().hide()
        header = self.problems.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the problem's text
        self.problems.hide()

        self.valid_only = QCheckBox(self.tr("Import only the &valid rows"), self)
        self.valid_only.setToolTip(
            self.tr("Families with a problem on any row are left out whole.")
        )
        self.valid_only.setEnabled(False)
        self.valid_only.toggled.connect(self._update_buttons)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: reading has no known length
        self.progress.hide()
        self.error = ErrorLabel(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.import_button = QPushButton(self.tr("&Import"), self)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.clicked.connect(self.import_)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.counts)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.valid_only)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.path, self.choose_button)
        self.setTabOrder(self.choose_button, self.group)
        self.setTabOrder(self.group, self.check_button)

        self.path.textChanged.connect(self._forget_plan)
        self.group.currentIndexChanged.connect(self._forget_plan)
        self._load_groups()
        self._update_buttons()
        self.resize(720, 520)

    @property
    def plan(self) -> ImportPlan | None:
        return self._plan

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _load_groups(self) -> None:
        names = sorted((g.name for g in self.context.read(list_groups)), key=str.casefold)
        self.group.addItems(names)
        if not names:
            self.error.show_error(self.tr("There are no groups yet: create a group first."))

    def choose_file(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose a roster"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setNameFilters([self.tr("Rosters (*.xlsx *.csv)"), self.tr("All files (*)")])
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.path.setText)
        dialog.open()

    # -- checking ----------------------------------------------------------------------------

    def check(self) -> None:
        self.error.clear_error()
        path, group = self.path.text().strip(), self.group.currentText()
        if not path:
            self.error.show_error(self.tr("Choose the file to import."))
            return
        if not group:
            self.error.show_error(self.tr("There are no groups yet: create a group first."))
            return
        today = self.context.today()
        self._run(
            lambda services: check_roster(
                services.unit_of_work, services.adapters.rosters, Path(path), group, today
            ),
            Changes.NONE,
            self._checked,
        )

    def _checked(self, plan: ImportPlan) -> None:
        self._plan = plan
        self.counts.show_plan(plan)
        self.problems_model.set_records(plan.rows_with_problems)
        self.problems.setVisible(bool(plan.problems))
        self.valid_only.setChecked(False)
        self.valid_only.setEnabled(bool(plan.problems))
        if plan.problems:
            self.error.show_error(
                self.tr(
                    "Some rows have problems. Correct the file and check it again, "
                    "or import only the valid rows."
                )
            )
        self._update_buttons()
        self.checked.emit(plan)

    def _forget_plan(self) -> None:
        """A plan belongs to one file and one group; after a change, check again."""
        if self.busy:
            return
        self._plan = None
        self.counts.hide()
        self.problems_model.set_records([])
        self.problems.hide()
        self.valid_only.setChecked(False)
        self.valid_only.setEnabled(False)
        self.error.clear_error()
        self._update_buttons()

    # -- importing ---------------------------------------------------------------------------

    def import_(self) -> None:
        plan = self._plan
        if plan is None:
            return
        self.error.clear_error()
        valid_only = self.valid_only.isChecked()
        self._run(
            in_unit_of_work(lambda uow: apply_import(uow, plan, valid_only)),
            Changes.FAMILIES,
            self._imported,
        )

    def _imported(self, result: ImportResult) -> None:
        self._plan = None
        self.counts.show_result(result)
        self.valid_only.setEnabled(False)
        self._update_buttons()
        self.imported.emit(result)

    # -- the background work -----------------------------------------------------------------

    def _run(self, work: Work[Any], changes: Changes, done: Callable[[Any], None]) -> None:
        """The dialog outlives the work: it cannot be closed while the work runs."""
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self._task = Operation(
            self,
            work,
            context=self.context,
            changes=changes,
            busy=[self.path, self.choose_button, self.group, self.check_button, close],
            progress=self.progress,
            errors=self.error,
            on_success=lambda result: self._finish(done, result),
            on_failure=self._failed,
        )
        self._task.run_in_background()
        self._update_buttons()

    def _finish(self, done: Callable[[Any], None], result: object) -> None:
        self._task = None
        self._update_buttons()
        done(result)

    def _failed(self, error: UserError | None) -> None:
        # The operation has shown a person's mistake; the app's handler any other.
        self._task = None
        self._update_buttons()
        self.failed.emit(error)

    def _update_buttons(self) -> None:
        plan = self._plan
        ready = plan is not None and (not plan.problems or self.valid_only.isChecked())
        self.import_button.setEnabled(ready and not self.busy)
        self.check_button.setDefault(plan is None)
        self.import_button.setDefault(ready)

    def reject(self) -> None:
        # The work in the background reports to this dialog; it must outlive it.
        if not self.busy:
            super().reject()
