"""Workers, the pairs they lead in, and the organisations they work for."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ryhmat.domain.errors import UserError
from ryhmat.domain.model import Organisation, WorkerPair
from ryhmat.domain.usecases.places import list_organisations
from ryhmat.domain.usecases.removal import Kind
from ryhmat.domain.usecases.workers import (
    PairView,
    WorkerView,
    get_worker,
    list_pairs,
    list_workers,
)
from ryhmat.labels import label
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import archived_name
from ryhmat.ui.messages import error_text, show_error
from ryhmat.ui.people.widgets import EditorDialog, reload, select_record
from ryhmat.ui.people.worker_editors import OrganisationEditor, PairEditor, WorkerEditor
from ryhmat.ui.records import Column, RecordListView
from ryhmat.ui.removal import RemovalActions


class WorkersPage(QWidget):
    """Three lists in tabs; New… and Edit… open an editor, which saves on its own."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor: EditorDialog | None = None
        self.setWindowTitle(self.tr("Workers and pairs"))

        self.workers = RecordListView[WorkerView](
            [
                Column[WorkerView](self.tr("Name"), lambda w: w.name),
                Column[WorkerView](self.tr("Title"), lambda w: w.title),
                Column[WorkerView](self.tr("Kind"), lambda w: label(w.kind)),
                Column[WorkerView](self.tr("Organisation"), lambda w: w.organisation),
                Column[WorkerView](self.tr("Email"), lambda w: w.email),
            ],
            self,
        )
        self.pairs = RecordListView[PairView](
            [
                Column[PairView](
                    self.tr("First worker"), lambda p: archived_name(p.first, p.first_archived)
                ),
                Column[PairView](
                    self.tr("Second worker"), lambda p: archived_name(p.second, p.second_archived)
                ),
            ],
            self,
        )
        self.organisations = RecordListView[Organisation](
            [
                Column[Organisation](self.tr("Name"), lambda o: o.name),
                Column[Organisation](self.tr("Kind"), lambda o: label(o.kind)),
            ],
            self,
        )
        # Named as every list names its buttons ("New group…"), with the same Alt keys.
        for view, new, edit in (
            (self.workers, self.tr("&New worker…"), self.tr("E&dit worker…")),
            (self.pairs, self.tr("&New pair…"), self.tr("E&dit pair…")),
            (self.organisations, self.tr("&New organisation…"), self.tr("E&dit organisation…")),
        ):
            view.add_button.setText(new)
            view.edit_button.setText(edit)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.workers, self.tr("&Workers"))
        self.tabs.addTab(self.pairs, self.tr("&Pairs"))
        self.tabs.addTab(self.organisations, self.tr("&Organisations"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)

        self.workers.add_requested.connect(lambda: self.edit_worker(None))
        self.workers.edit_requested.connect(self.edit_worker)
        self.pairs.add_requested.connect(lambda: self.edit_pair(None))
        self.pairs.edit_requested.connect(self.edit_pair)
        self.organisations.add_requested.connect(lambda: self.edit_organisation(None))
        self.organisations.edit_requested.connect(self.edit_organisation)
        self.worker_removal = RemovalActions(context, self.workers, Kind.WORKER, lambda w: w.name)
        self.pair_removal = RemovalActions(
            context, self.pairs, Kind.PAIR, lambda p: p.label, has_archived=True
        )
        self.organisation_removal = RemovalActions(
            context, self.organisations, Kind.ORGANISATION, lambda o: o.name
        )
        for removal in (self.worker_removal, self.pair_removal, self.organisation_removal):
            removal.show_archived_changed.connect(self.refresh)
        context.when_changed(self, Changes.WORKERS, self.refresh)
        self.refresh()

    def refresh(self) -> None:
        workers = self.worker_removal.show_archived
        pairs = self.pair_removal.show_archived
        organisations = self.organisation_removal.show_archived
        reload(self.workers, self.context.read(lambda uow: list_workers(uow, workers)))
        reload(self.pairs, self.context.read(lambda uow: list_pairs(uow, pairs)))
        reload(
            self.organisations,
            self.context.read(lambda uow: list_organisations(uow, organisations)),
        )

    def edit_worker(self, view: WorkerView | None) -> None:
        if view is None:
            self._open(WorkerEditor(self.context, None, self), self.workers)
        else:
            self.open_worker(view.id)

    def open_worker(self, worker_id: uuid.UUID) -> None:
        """The Workers tab, the worker chosen on it and the worker's editor open."""
        self.tabs.setCurrentWidget(self.workers)
        select_record(self.workers, worker_id)
        try:
            worker = self.context.read(lambda uow: get_worker(uow, worker_id))
        except UserError as error:  # removed elsewhere meanwhile
            show_error(self, error_text(error))
            return
        self._open(WorkerEditor(self.context, worker, self), self.workers)

    def edit_pair(self, view: PairView | None) -> None:
        pair = (
            WorkerPair(
                first_worker_id=view.first_worker_id,
                second_worker_id=view.second_worker_id,
                id=view.id,
            )
            if view
            else None
        )
        self._open(PairEditor(self.context, pair, self), self.pairs)

    def edit_organisation(self, organisation: Organisation | None) -> None:
        self._open(OrganisationEditor(self.context, organisation, self), self.organisations)

    def _open(self, editor: EditorDialog, shown_in: RecordListView[Any]) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = editor

        def select(record_id: uuid.UUID) -> None:
            select_record(shown_in, record_id)

        editor.saved.connect(select)
        editor.open()
