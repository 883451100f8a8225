"""Delete, archive and restore the chosen row of a list, the same way in every list.

Delete (the button or the Delete key) first asks the domain whether the thing is in
use: if it is, the one message says why and what to do instead, and nothing is
asked; if not, the question names it, and only its Delete button deletes. Archive
and Restore act at once, as they can be undone; archiving a group with sessions
still to come asks what becomes of them. A list of things that can be archived
has a "Show archived" box, and an archived row says so.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QCheckBox, QMessageBox, QPushButton

from ryhmat.domain.errors import UserError
from ryhmat.domain.usecases.removal import (
    ARCHIVABLE,
    FutureSessions,
    Kind,
    archive,
    delete,
    deletion_refusal,
    future_sessions,
    restore,
)
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.messages import ask, error_text, show_error
from ryhmat.ui.records import RecordListView


class Listed(Protocol):
    @property
    def id(self) -> uuid.UUID: ...


T = TypeVar("T", bound=Listed)

# What deleting, archiving or restoring each kind may change: with a group go its
# seasons, sessions, marks and enrolments; a place, a worker or an organisation is
# named by groups, sessions and feeds.
REMOVAL_CHANGES: dict[Kind, Changes] = {
    Kind.GROUP: Changes.GROUPS
    | Changes.SESSIONS
    | Changes.ATTENDANCE
    | Changes.FAMILIES
    | Changes.FEEDS,
    Kind.SEASON: Changes.SESSIONS | Changes.ATTENDANCE,
    Kind.PLACE: Changes.PLACES | Changes.GROUPS | Changes.SESSIONS,
    Kind.CLOSURE: Changes.PLACES,
    Kind.WORKER: Changes.WORKERS | Changes.GROUPS | Changes.SESSIONS | Changes.FEEDS,
    Kind.PAIR: Changes.WORKERS | Changes.GROUPS,
    Kind.ORGANISATION: Changes.WORKERS | Changes.GROUPS | Changes.FEEDS,
}


def _archived(record: object) -> bool:
    return bool(getattr(record, "archived", False))


class RemovalActions(QObject, Generic[T]):
    """Adds Delete… (and, for things with history, Archive…, Restore and a "Show
    archived" box) to a list's buttons; ``has_archived`` gives the box to a list of
    things that are not archived themselves (pairs with an archived worker), and
    ``delete_with`` asks and deletes in its own way (a closure shows what it gives
    back, and its deletion can be undone). The owner
    lists archived records only when ``show_archived`` is ticked, and reloads the list
    when ``show_archived_changed``."""

    show_archived_changed = Signal()  # the Show archived box was ticked or cleared
    done = Signal()  # something was deleted, archived or restored

    def __init__(
        self,
        context: AppContext,
        view: RecordListView[T],
        kind: Kind,
        name_of: Callable[[T], str],
        *,
        has_archived: bool = False,
        delete_with: Callable[[T], None] | None = None,
    ) -> None:
        super().__init__(view)
        self._context = context
        self._view = view
        self._kind = kind
        self._name_of = name_of
        self._delete_with = delete_with
        self.question: QMessageBox | None = None
        archivable = kind in ARCHIVABLE

        self.delete_button = QPushButton(self.tr("De&lete…"), view)
        self.delete_button.clicked.connect(self.delete_current)
        self.archive_button = QPushButton(self.tr("Arc&hive…"), view)
        self.archive_button.clicked.connect(self.archive_current)
        self.restore_button = QPushButton(self.tr("Restor&e"), view)
        self.restore_button.clicked.connect(self.restore_current)
        self.show_archived_box = QCheckBox(self.tr("Show archi&ved"), view)
        self.show_archived_box.toggled.connect(lambda _on: self.show_archived_changed.emit())
        view.buttons.addWidget(self.delete_button)
        if archivable:
            view.buttons.addWidget(self.archive_button)
            view.buttons.addWidget(self.restore_button)
        else:
            self.archive_button.hide()
            self.restore_button.hide()
        if archivable or has_archived:
            view.buttons.insertWidget(1, self.show_archived_box)
        else:
            self.show_archived_box.hide()
        if archivable:
            view.model.show_archived_by(_archived)

        shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), view.table)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(self.delete_current)
        view.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_buttons())
        view.proxy.modelReset.connect(self.update_buttons)
        view.proxy.layoutChanged.connect(self.update_buttons)
        self.update_buttons()

    @property
    def show_archived(self) -> bool:
        return self.show_archived_box.isChecked()

    def update_buttons(self) -> None:
        record = self._view.current_record()
        self.delete_button.setEnabled(record is not None)
        self.archive_button.setEnabled(record is not None and not _archived(record))
        self.restore_button.setEnabled(record is not None and _archived(record))

    # -- deleting ----------------------------------------------------------------------

    def delete_current(self) -> None:
        record = self._view.current_record()
        if record is None:
            return
        if self._delete_with is not None:
            self._delete_with(record)
            return
        kind, entity_id, name = self._kind, record.id, self._name_of(record)
        try:
            refusal = self._context.read(lambda uow: deletion_refusal(uow, kind, entity_id))
        except UserError as error:  # deleted elsewhere meanwhile
            self._failed(error)
            return
        if refusal is not None:
            show_error(self._view, error_text(refusal))
            return
        self.question = ask(
            self._view,
            self._question(name),
            [(self.tr("Delete"), lambda: self._delete(entity_id))],
        )

    def _question(self, name: str) -> str:
        texts = {
            Kind.GROUP: self.tr(
                "Delete the group “%1” with its seasons and sessions? This cannot be undone."
            ),
            Kind.SEASON: self.tr(
                "Delete the season “%1” with its sessions? This cannot be undone."
            ),
            Kind.PLACE: self.tr("Delete the place “%1”? This cannot be undone."),
            Kind.WORKER: self.tr("Delete the worker “%1”? This cannot be undone."),
            Kind.PAIR: self.tr("Delete the pair “%1”? This cannot be undone."),
            Kind.ORGANISATION: self.tr("Delete the organisation “%1”? This cannot be undone."),
        }
        return texts[self._kind].replace("%1", name)

    def _delete(self, entity_id: uuid.UUID) -> None:
        kind = self._kind
        self._run(
            lambda: self._context.write(
                lambda uow: delete(uow, kind, entity_id), REMOVAL_CHANGES[kind], self._view
            )
        )

    # -- archiving ---------------------------------------------------------------------

    def archive_current(self) -> None:
        record = self._view.current_record()
        if record is None or _archived(record):
            return
        entity_id = record.id
        if self._kind is not Kind.GROUP:
            self._archive(entity_id, FutureSessions.CANCEL)
            return
        now = self._context.now()
        try:
            coming = self._context.read(lambda uow: future_sessions(uow, entity_id, now))
        except UserError as error:
            self._failed(error)
            return
        if not coming:
            self._archive(entity_id, FutureSessions.CANCEL)
            return
        text = self.tr(
            "“%1” has %n planned session(s) still to come, which partners' calendars show. "
            "Archived, the group no longer meets: mark them cancelled (the calendars show "
            "them cancelled), or remove them (they disappear from the calendars).",
            "",
            len(coming),
        ).replace("%1", self._name_of(record))
        self.question = ask(
            self._view,
            text,
            [
                (
                    self.tr("Mark them cancelled"),
                    lambda: self._archive(entity_id, FutureSessions.CANCEL),
                ),
                (self.tr("Remove them"), lambda: self._archive(entity_id, FutureSessions.REMOVE)),
            ],
        )

    def _archive(self, entity_id: uuid.UUID, future: FutureSessions) -> None:
        kind, now = self._kind, self._context.now()
        # The reason partners read in their calendars, in the language of the app.
        reason = self.tr("The group has ended")
        self._run(
            lambda: self._context.write(
                lambda uow: archive(uow, kind, entity_id, now, future, reason),
                REMOVAL_CHANGES[kind],
                self._view,
            )
        )

    def restore_current(self) -> None:
        record = self._view.current_record()
        if record is None or not _archived(record):
            return
        kind, entity_id = self._kind, record.id
        self._run(
            lambda: self._context.write(
                lambda uow: restore(uow, kind, entity_id), REMOVAL_CHANGES[kind], self._view
            )
        )

    # -- helpers -----------------------------------------------------------------------

    def _run(self, write: Callable[[], object]) -> None:
        try:
            write()
        except UserError as error:
            self._failed(error)
            return
        self.done.emit()

    def _failed(self, error: UserError) -> None:
        show_error(self._view, error_text(error))
        # Whatever changed elsewhere shows now.
        self._context.announce(REMOVAL_CHANGES[self._kind])
