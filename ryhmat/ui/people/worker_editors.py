"""The editors of a worker, a worker pair and an organisation."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ryhmat.domain.model import Organisation, OrganisationKind, Worker, WorkerKind, WorkerPair
from ryhmat.domain.usecases.choices import load_choices
from ryhmat.domain.usecases.places import save_organisation
from ryhmat.domain.usecases.workers import (
    TITLES,
    list_workers,
    save_pair,
    save_worker,
    suggested_kind,
)
from ryhmat.labels import label
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import archived_name
from ryhmat.ui.people.widgets import EditorDialog, combo_index, fill_combo, select_data


def _by_name(name: str) -> str:
    return name.casefold()


class WorkerEditor(EditorDialog):
    """A worker's name, title, kind (staff, volunteer or student), organisation and email."""

    def __init__(
        self, context: AppContext, worker: Worker | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Edit worker") if worker else self.tr("New worker"))
        self._id = worker.id if worker else uuid.uuid4()
        workers = context.read(lambda uow: list_workers(uow, True))
        kept = worker.organisation_id if worker else None
        organisations = context.read(lambda uow: load_choices(uow, [kept])).organisations

        self.name = QLineEdit(self)
        self.title = QComboBox(self)
        self.title.setEditable(True)
        self.title.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # The usual titles first, then any other title the team already uses.
        others = sorted({w.title for w in workers} - set(TITLES), key=_by_name)
        self.title.addItems([*TITLES, *others])
        self.title.setCurrentIndex(-1)
        title_edit = self.title.lineEdit()
        assert title_edit is not None  # the combo is editable
        title_edit.setPlaceholderText(self.tr("Choose or type a title"))
        # Leader hours are reported by kind; not what the person may do in a team database.
        self.kind = QComboBox(self)
        fill_combo(self.kind, ((label(kind), kind) for kind in WorkerKind))
        self.kind.setToolTip(
            self.tr("Leader hours are reported separately for staff, volunteers and students.")
        )
        self.organisation = QComboBox(self)
        fill_combo(
            self.organisation,
            [
                (self.tr("(none)"), None),
                *(
                    (archived_name(o.name, o.archived), o.id)
                    for o in sorted(organisations, key=lambda o: _by_name(o.name))
                ),
            ],
        )
        self.email = QLineEdit(self)
        self.email.setPlaceholderText(self.tr("name@example.fi"))

        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.form.addRow(self.tr("&Organisation:"), self.organisation)
        self.form.addRow(self.tr("&Email:"), self.email)
        self.setMinimumWidth(420)

        # A new worker's kind follows the title until the person chooses it.
        self._kind_chosen = worker is not None
        self.kind.activated.connect(self._choose_kind)
        self.title.currentTextChanged.connect(self._suggest_kind)
        if worker is not None:
            self.name.setText(worker.name)
            self.title.setCurrentText(worker.title)
            select_data(self.organisation, worker.organisation_id)
            self.email.setText(worker.email)
            select_data(self.kind, worker.kind)
        else:
            self.organisation.setCurrentIndex(0)

    def _choose_kind(self) -> None:
        self._kind_chosen = True

    def _suggest_kind(self, title: str) -> None:
        if not self._kind_chosen:
            select_data(self.kind, suggested_kind(title))

    def worker(self) -> Worker:
        return Worker(
            name=self.name.text(),
            title=self.title.currentText(),
            organisation_id=self.organisation.currentData(),
            email=self.email.text(),
            kind=WorkerKind(self.kind.currentData()),
            id=self._id,
        )

    def form_state(self) -> object:
        return self.worker()

    def write(self) -> uuid.UUID:
        worker = self.worker()
        self.context.write(lambda uow: save_worker(uow, worker), Changes.WORKERS, self)
        return worker.id


class PairEditor(EditorDialog):
    """Two workers who lead together; a worker not yet in the team is made here too."""

    def __init__(
        self, context: AppContext, pair: WorkerPair | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Edit pair") if pair else self.tr("New pair"))
        self._id = pair.id if pair else uuid.uuid4()
        # An archived worker is offered only if already in the pair.
        self._kept = set(pair.worker_ids) if pair else set()
        self.worker_editor: WorkerEditor | None = None

        self.first = QComboBox(self)
        self.second = QComboBox(self)
        self._fill_workers()
        for combo in (self.first, self.second):
            combo.setCurrentIndex(-1)
        hint = QLabel(
            self.tr("For example a family worker and a public health nurse who lead together."),
            self,
        )
        hint.setWordWrap(True)
        self.new_worker_button = QPushButton(self.tr("New &worker…"), self)
        self.new_worker_button.setToolTip(self.tr("A worker who is not in the lists yet"))
        self.new_worker_button.clicked.connect(self.new_worker)
        self.form.addRow(hint)
        self.form.addRow(self.tr("&First worker:"), self.first)
        self.form.addRow(self.tr("Se&cond worker:"), self.second)
        new_worker = QHBoxLayout()
        new_worker.addWidget(self.new_worker_button)
        new_worker.addStretch(1)
        self.form.addRow("", new_worker)
        self.setMinimumWidth(460)

        if pair is not None:
            select_data(self.first, pair.first_worker_id)
            select_data(self.second, pair.second_worker_id)

    def _fill_workers(self) -> None:
        """The workers by name in both lists, each keeping the one chosen."""
        workers = sorted(
            (
                w
                for w in self.context.read(lambda uow: list_workers(uow, True))
                if not w.archived or w.id in self._kept
            ),
            key=lambda w: _by_name(w.name),
        )
        items = [(archived_name(f"{w.name} ({w.title})", w.archived), w.id) for w in workers]
        for combo in (self.first, self.second):
            chosen = combo.currentData()
            fill_combo(combo, items)
            select_data(combo, chosen)

    def new_worker(self) -> WorkerEditor:
        """A new worker, put in the first of the two lists still without one."""
        if self.worker_editor is not None:
            self.worker_editor.deleteLater()
        self.worker_editor = WorkerEditor(self.context, None, self)
        self.worker_editor.saved.connect(self._worker_made)
        self.worker_editor.open()
        return self.worker_editor

    def _worker_made(self, worker_id: uuid.UUID) -> None:
        self._fill_workers()
        empty = [c for c in (self.first, self.second) if c.currentIndex() < 0]
        if empty:
            select_data(empty[0], worker_id)
            empty[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def problem(self) -> str | None:
        if self.first.currentIndex() < 0 or self.second.currentIndex() < 0:
            return self.tr("Choose both workers.")
        return None

    def form_state(self) -> object:
        return self.first.currentData(), self.second.currentData()

    def write(self) -> uuid.UUID:
        first, second = self.first.currentData(), self.second.currentData()
        pair = WorkerPair(first_worker_id=first, second_worker_id=second, id=self._id)
        self.context.write(lambda uow: save_pair(uow, pair), Changes.WORKERS, self)
        return pair.id


class OrganisationEditor(EditorDialog):
    """An organisation's name and kind."""

    def __init__(
        self,
        context: AppContext,
        organisation: Organisation | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(
            self.tr("Edit organisation") if organisation else self.tr("New organisation")
        )
        self._id = organisation.id if organisation else uuid.uuid4()
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        fill_combo(self.kind, ((label(kind), kind) for kind in OrganisationKind))
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Kind:"), self.kind)
        self.setMinimumWidth(420)
        if organisation is not None:
            self.name.setText(organisation.name)
            select_data(self.kind, organisation.kind)
        else:
            self.kind.setCurrentIndex(combo_index(self.kind, OrganisationKind.OTHER))

    def organisation(self) -> Organisation:
        return Organisation(
            name=self.name.text(), kind=OrganisationKind(self.kind.currentData()), id=self._id
        )

    def form_state(self) -> object:
        return self.organisation()

    def write(self) -> uuid.UUID:
        organisation = self.organisation()
        self.context.write(lambda uow: save_organisation(uow, organisation), Changes.WORKERS, self)
        return organisation.id
