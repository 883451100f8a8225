"""Kuulumiset: the families to ask how they are doing, some months after their work in a
group ended (``ryhmat.domain.follow_ups``), beside the families list where a family
worker looks up a family and its phone number.

Marking one done records only that it was done, when and by whom; Edit → Undo takes
it back. Showing the list is a logged read of the families it names.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget

from ryhmat.domain.errors import UserError
from ryhmat.domain.follow_ups import FollowUpKey, FollowUpReason
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.follow_ups import (
    FollowUpLine,
    mark_follow_up_done,
    open_follow_ups,
    unmark_follow_up,
)
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date
from ryhmat.ui.messages import error_text, show_error
from ryhmat.ui.plurals import plurals
from ryhmat.ui.records import Column, RecordListView


def why(line: FollowUpLine) -> str:
    """Why the family is due: "left on 31.10.2025", "last came on 20.9.2025"."""
    follow_up = line.follow_up
    if follow_up.reason is FollowUpReason.LEFT:
        text = QCoreApplication.translate("FollowUpsPanel", "left on %1")
    else:
        text = QCoreApplication.translate("FollowUpsPanel", "stopped coming; last came on %1")
    return text.replace("%1", format_date(follow_up.ended_on))


class FollowUpDoneCommand(QUndoCommand):
    """A follow-up marked done: undo marks it not done, redo done again."""

    def __init__(self, context: AppContext, line: FollowUpLine, done_on: date) -> None:
        text = QCoreApplication.translate("FollowUpsPanel", "Follow-up of %1 done")
        super().__init__(text.replace("%1", line.family_name or "–"))
        self._context = context
        self._key: FollowUpKey = line.follow_up.key
        self._done_on = done_on

    def redo(self) -> None:
        key, done_on = self._key, self._done_on
        self._write(lambda uow: mark_follow_up_done(uow, key, done_on))

    def undo(self) -> None:
        key = self._key
        self._write(lambda uow: unmark_follow_up(uow, key))

    def _write(self, use_case: Callable[[UnitOfWork], None]) -> None:
        try:
            self._context.write(use_case, Changes.FAMILIES)
        except UserError as error:
            self.setObsolete(True)
            show_error(QApplication.activeWindow(), error_text(error))


class FollowUpsPanel(QWidget):
    """A heading with the count, the follow-ups due and their buttons; Enter (or Open)
    asks for the family's window (``family_requested(family_id)``)."""

    family_requested = Signal(object)  # uuid.UUID of the family

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        # The families whose follow-ups the list has shown, logged once each.
        self._shown: set[uuid.UUID] = set()
        self.heading = QLabel(self)
        self.heading.setObjectName("followUpsHeading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.list = RecordListView[FollowUpLine](
            [
                Column[FollowUpLine](self.tr("Family"), lambda line: line.family_name),
                Column[FollowUpLine](self.tr("Group"), lambda line: line.group_name),
                Column[FollowUpLine](
                    self.tr("Why"), why, sort_key=lambda line: line.follow_up.ended_on
                ),
                Column[FollowUpLine](
                    self.tr("Due since"),
                    lambda line: format_date(line.follow_up.due_on),
                    sort_key=lambda line: line.follow_up.due_on,
                ),
            ],
            self,
        )
        self.list.setObjectName("followUps")
        self.list.table.sortByColumn(3, self.list.table.horizontalHeader().sortIndicatorOrder())
        self.list.add_button.hide()
        self.list.edit_button.setText(self.tr("&Open family…"))
        self.done_button = QPushButton(self.tr("Mark as &done"), self)
        self.done_button.setObjectName("followUpDone")
        self.done_button.clicked.connect(self.mark_current_done)
        self.list.buttons.addWidget(self.done_button)
        self.list.edit_requested.connect(
            lambda line: self.family_requested.emit(line.follow_up.family_id)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.note)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.list)
        # What makes a follow-up due or done: enrolments, visits, sessions held, the period.
        context.when_changed(
            self,
            Changes.FAMILIES
            | Changes.ATTENDANCE
            | Changes.SESSIONS
            | Changes.GROUPS
            | Changes.SETTINGS,
            self.refresh,
            # A municipality's list takes a good part of a second, and attendance is
            # saved on other pages: read it again when it is looked at.
            when_shown=True,
        )
        self.refresh()

    def refresh(self) -> None:
        today, shown = self.context.today(), frozenset(self._shown)
        try:
            lines = self.context.read_logged(lambda uow: open_follow_ups(uow, today, shown))
        except UserError as error:  # a read-only window cannot log the read
            lines = []
            self.note.setText(error_text(error))
        else:
            self.note.setText(
                self.tr(
                    "Ask these families how they are doing: their work in the group ended "
                    "the follow-up period ago (they left, or have not come for six weeks "
                    "while the group met). Only that it was done is recorded."
                )
            )
        self._shown.update(line.follow_up.family_id for line in lines)
        current = self.list.current_record()
        self.list.set_records(lines)
        self.heading.setText(plurals.follow_ups_due(len(lines)))
        self.done_button.setEnabled(bool(lines))
        if current is not None:
            self._select(current.follow_up.key)

    def _select(self, key: FollowUpKey) -> None:
        proxy = self.list.proxy
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            line = self.list.model.record(proxy.mapToSource(index).row())
            if line.follow_up.key == key:
                self.list.table.setCurrentIndex(index)
                return

    def mark_current_done(self) -> None:
        line = self.list.current_record()
        if line is None:
            show_error(self, self.tr("Choose the follow-up that was done first."))
            return
        row = self.list.table.currentIndex().row()
        self.context.session_undo.push(
            FollowUpDoneCommand(self.context, line, self.context.today())
        )
        # The next one is chosen, so several are marked one after another by keyboard.
        next_index = self.list.proxy.index(min(row, self.list.proxy.rowCount() - 1), 0)
        if next_index.isValid():
            self.list.table.setCurrentIndex(next_index)
        self.list.table.setFocus()
