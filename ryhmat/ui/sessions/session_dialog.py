"""Editing one session: move it, change its leaders (a substitute), cancel or restore it.

Every saved change is a command on the app's session undo stack, so Edit → Undo
puts the stored session back exactly as it was — unless someone else has changed
it since: then the undo is refused and their change stays. A save, an undo or a
redo that would book a worker or a place twice asks first, and does nothing
unless the person confirms.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from copy import deepcopy
from dataclasses import dataclass
from datetime import time
from weakref import WeakKeyDictionary

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import ChangedElsewhere, UserError
from ryhmat.domain.model import CancelReason, Session, SessionStatus
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.attendance import attendance_sheet
from ryhmat.domain.usecases.bookings import DoubleBooking, clashes_to_accept
from ryhmat.domain.usecases.choices import Choice, load_choices
from ryhmat.domain.usecases.sessions import update_session
from ryhmat.i18n import translate
from ryhmat.labels import label
from ryhmat.ui.changes import SESSIONS_AS_SHOWN, Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.double_booking import ask_to_double_book
from ryhmat.ui.fields import DateField, TimeField
from ryhmat.ui.formatting import archived_name, from_qdate
from ryhmat.ui.messages import ErrorLabel, error_text, show_error
from ryhmat.ui.undo import ConfirmedCommand
from ryhmat.ui.unsaved import GuardedDialog

ID_ROLE = Qt.ItemDataRole.UserRole


def _store(
    context: AppContext, state: Session, accept_conflicts: bool = False, restoring: bool = False
) -> Session:
    # update_session completes the object it is given; the command keeps its own copy.
    copy = deepcopy(state)
    return context.write(
        lambda uow: update_session(uow, copy, accept_conflicts, restoring=restoring),
        Changes.SESSIONS,
    )


# The version each session was last saved at through an undo stack. Undoing one's
# own changes step by step goes on from the version the previous step saved; a
# change someone else saved in between moves the stored version on, and the undo
# is refused instead of overwriting it.
_saved_versions: WeakKeyDictionary[QUndoStack, dict[uuid.UUID, int]] = WeakKeyDictionary()


def _versions(context: AppContext) -> dict[uuid.UUID, int]:
    return _saved_versions.setdefault(context.session_undo, {})


class SessionEditCommand(ConfirmedCommand):
    """A saved change to one session: undo saves the state before, redo the state after.

    Edit → Undo and Redo ask first (confirm) when the state would book a worker or a
    place twice; only a confirmed step saves it with the conflicts accepted.
    """

    def __init__(
        self,
        context: AppContext,
        before: Session,
        after: Session,
        text: str,
        *,
        already_saved: bool = False,
    ) -> None:
        super().__init__(text)
        self._context = context
        self._before = deepcopy(before)
        self._after = deepcopy(after)
        self._skip_redo = already_saved
        self._conflicts_accepted = False

    @classmethod
    def save(
        cls,
        context: AppContext,
        before: Session,
        after: Session,
        text: str,
        *,
        accept_conflicts: bool = False,
    ) -> Session:
        """Save ``after`` now and make it undoable; a UserError saves nothing, pushes nothing.

        ``after.version`` is the version the change was made on: if someone else
        saved the session since, ``ChangedElsewhere`` is raised; a double booking
        not accepted raises ``DoubleBooking``.
        """
        saved = _store(context, after, accept_conflicts)
        _versions(context)[saved.id] = saved.version
        context.session_undo.push(cls(context, before, saved, text, already_saved=True))
        return saved

    def redo(self) -> None:
        if self._skip_redo:  # push() calls redo; the change is in the database already
            self._skip_redo = False
            return
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)

    def confirm(self, undoing: bool, proceed: Callable[[], None]) -> None:
        state = self._before if undoing else self._after
        clashes = self._context.read(lambda uow: clashes_to_accept(uow, state))
        if not clashes:
            proceed()
            return

        def confirmed() -> None:
            self._conflicts_accepted = True
            try:
                proceed()
            finally:
                self._conflicts_accepted = False

        if undoing:
            intro = translate("SessionEditCommand", "Undoing “%1” books someone or a place twice:")
            go_on = translate("SessionEditCommand", "&Undo anyway")
        else:
            intro = translate("SessionEditCommand", "Redoing “%1” books someone or a place twice:")
            go_on = translate("SessionEditCommand", "&Redo anyway")
        parent = QApplication.activeWindow()
        ask_to_double_book(parent, intro.replace("%1", self.text()), clashes, go_on, confirmed)

    def _apply(self, state: Session) -> None:
        versions = _versions(self._context)
        state = deepcopy(state)
        state.version = versions.get(state.id, state.version)
        try:
            # A state the session had, its mark of being edited by hand included.
            saved = _store(self._context, state, self._conflicts_accepted, restoring=True)
        except UserError as error:
            # Someone else changed or deleted the session, or the step would double-book
            # unasked (the stack was moved without Edit → Undo): nothing is saved, and
            # the step is gone rather than left pointing at a state it did not reach.
            self.setObsolete(True)
            show_error(QApplication.activeWindow(), error_text(error))
            if isinstance(error, ChangedElsewhere):
                # Nothing was written, so no view heard of it; show their change everywhere.
                self._context.announce(Changes.SESSIONS | Changes.ATTENDANCE)
            return
        versions[saved.id] = saved.version


class _ReasonBox(QWidget):
    """Holds the reason line; Return there confirms the cancellation, not the dialog."""

    confirmed = Signal()  # Return or Enter was pressed in the reason line

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirmed.emit()
        else:
            super().keyPressEvent(event)


@dataclass(frozen=True, slots=True)
class _Loaded:
    session: Session
    group: str
    recorded: bool
    workers: list[Choice]
    places: list[Choice]


def _load(session_id: uuid.UUID, uow: UnitOfWork) -> _Loaded:
    sheet = attendance_sheet(uow, session_id)
    # A past session's leader or place may be archived since: it stays shown and saved.
    choices = load_choices(uow, [sheet.session.place_id, *sheet.session.leader_ids])
    return _Loaded(sheet.session, sheet.group.name, sheet.recorded, choices.workers, choices.places)


def _form_fields(session: Session) -> tuple[object, ...]:
    return (
        session.day,
        session.start,
        session.end,
        session.place_id,
        tuple(session.leader_ids),
        session.theme,
        session.notes,
        session.status,
        session.cancel_reason,
        session.cancel_category,
    )


class SessionDialog(GuardedDialog):
    """The form of one session; Save keeps the dialog's edits, Cancel session… and
    Restore save the status at once. ``record_requested(session_id)`` asks the app to
    open the attendance of this session."""

    saved = Signal()  # a change to the session was saved
    record_requested = Signal(object)  # uuid.UUID of the session

    def __init__(
        self, context: AppContext, session_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self._loaded: _Loaded | None = None
        self.setWindowTitle(self.tr("Session"))

        self.title = QLabel(self)
        self.title.setObjectName("sessionTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.error = ErrorLabel(self)
        form = self._build_form()
        status = self._build_status()

        buttons = QDialogButtonBox(self)
        self.record_button = buttons.addButton(
            self.tr("Record &attendance…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.record_button.clicked.connect(lambda: self.record_requested.emit(self.session_id))
        self.save_button = buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        buttons.addButton(QDialogButtonBox.StandardButton.Close).clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addLayout(status)
        layout.addWidget(self.cancel_box)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, 640)

        # The session, its group, the places and leaders to choose, whether it is recorded.
        context.when_changed(
            self,
            SESSIONS_AS_SHOWN,
            self.refresh,
        )
        self.refresh()

    def _build_form(self) -> QFormLayout:
        self.date_edit = DateField(self.context.today(), self)
        self.date_edit.dateChanged.connect(self._show_holiday)
        self.start_edit = TimeField(time(9, 0), self)
        self.end_edit = TimeField(time(10, 0), self)
        for field in (self.date_edit, self.start_edit, self.end_edit):
            field.problem_changed.connect(self.error.show_problem)
        self.holiday_note = QLabel(self)
        self.holiday_note.setWordWrap(True)
        self.holiday_note.hide()
        self.place_combo = QComboBox(self)
        self.leaders = QListWidget(self)
        self.leaders.setMaximumHeight(170)
        self.theme_edit = QLineEdit(self)
        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setMaximumHeight(90)

        times = QHBoxLayout()
        times.addWidget(self.start_edit)
        times.addWidget(QLabel("–", self))
        times.addWidget(self.end_edit)
        times.addStretch(1)
        end_label = QLabel(self.tr("&Ends"), self)
        end_label.setBuddy(self.end_edit)
        times.insertWidget(2, end_label)
        form = QFormLayout()
        form.addRow(self.tr("&Date"), self.date_edit)
        form.addRow("", self.holiday_note)
        start_label = QLabel(self.tr("S&tarts"), self)
        start_label.setBuddy(self.start_edit)
        form.addRow(start_label, times)
        form.addRow(self.tr("&Place"), self.place_combo)
        form.addRow(self.tr("&Leaders"), self.leaders)
        form.addRow(self.tr("T&heme"), self.theme_edit)
        form.addRow(self.tr("&Notes"), self.notes_edit)
        return form

    def _build_status(self) -> QHBoxLayout:
        self.status_label = QLabel(self)
        self.status_label.setObjectName("sessionStatus")
        self.status_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("&Cancel session…"), self)
        self.cancel_button.clicked.connect(self._ask_reason)
        self.restore_button = QPushButton(self.tr("&Restore"), self)
        self.restore_button.clicked.connect(self.restore)

        self.cancel_box = _ReasonBox(self)
        self.cancel_box.confirmed.connect(self.confirm_cancel)
        # The kind of reason, which the statistics count; the words say the rest.
        self.reason_category = QComboBox(self.cancel_box)
        self.reason_category.setPlaceholderText(self.tr("Why?"))
        self.reason_category.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for reason in CancelReason:
            if reason is not CancelReason.NOT_GIVEN:
                self.reason_category.addItem(label(reason).capitalize(), reason.value)
        self.reason_edit = QLineEdit(self.cancel_box)
        self.reason_edit.setPlaceholderText(
            self.tr("Reason for cancelling, e.g. the leader is ill")
        )
        self.confirm_button = QPushButton(self.tr("C&onfirm cancellation"), self.cancel_box)
        self.confirm_button.clicked.connect(self.confirm_cancel)
        keep = QPushButton(self.tr("Keep the session"), self.cancel_box)
        keep.clicked.connect(self._close_reason)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_category)
        reason_row.addWidget(self.reason_edit, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(keep)
        box = QVBoxLayout(self.cancel_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(reason_row)
        box.addLayout(buttons)
        self.cancel_box.hide()

        status = QHBoxLayout()
        status.addWidget(QLabel(self.tr("Status:"), self))
        status.addWidget(self.status_label, 1)
        status.addWidget(self.cancel_button)
        status.addWidget(self.restore_button)
        return status

    # -- loading ----------------------------------------------------------------------

    def refresh(self, *, discard_edits: bool = False) -> None:
        """Show the stored session; the form keeps the person's edits unless discarded."""
        was_edited = self._loaded is not None and self._is_edited(self._loaded.session)
        try:
            loaded = self.context.read(lambda uow: _load(self.session_id, uow))
        except UserError as error:
            self.error.show_error(error)
            self.save_button.setEnabled(False)
            return
        self._loaded = loaded
        self.title.setText(loaded.group)
        self._show_status(loaded.session)
        # A change made elsewhere (an undo, say) shows unless the person is editing.
        if discard_edits or not was_edited:
            self._fill(loaded)

    def _fill(self, loaded: _Loaded) -> None:
        session = loaded.session
        self.date_edit.set_day(session.day)
        self.start_edit.set_moment(session.start)
        self.end_edit.set_moment(session.end)
        self.place_combo.clear()
        self.place_combo.addItem(self.tr("No place"), None)
        for place in loaded.places:
            self.place_combo.addItem(archived_name(place.name, place.archived), place.id)
        # findData compares Python objects by identity; a UUID read again is a new object.
        places = [self.place_combo.itemData(i) for i in range(self.place_combo.count())]
        self.place_combo.setCurrentIndex(
            places.index(session.place_id) if session.place_id in places else 0
        )
        self.leaders.clear()
        for worker in sorted(loaded.workers, key=lambda w: w.name.casefold()):
            item = QListWidgetItem(archived_name(worker.name, worker.archived), self.leaders)
            item.setData(ID_ROLE, worker.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = worker.id in session.leader_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.theme_edit.setText(session.theme)
        self.notes_edit.setPlainText(session.notes)

    def _show_status(self, session: Session) -> None:
        cancelled = session.status is SessionStatus.CANCELLED
        text = label(session.status).capitalize()
        if cancelled and session.cancel_category is not CancelReason.NOT_GIVEN:
            text = f"{text} ({label(session.cancel_category)})"
        if cancelled:
            text = self.tr("%1: %2").replace("%1", text).replace("%2", session.cancel_reason)
        self.status_label.setText(text)
        self.cancel_button.setVisible(not cancelled)
        self.restore_button.setVisible(cancelled)
        if cancelled:
            self.cancel_box.hide()
        future = session.day > self.context.today()
        self.record_button.setEnabled(not cancelled and not future)

    def _show_holiday(self, day: QDate) -> None:
        name = self.context.holidays.holiday_name(from_qdate(day))
        if name:
            self.holiday_note.setText(self.tr("A public holiday: %1").replace("%1", name))
        self.holiday_note.setVisible(bool(name))

    # -- the edited session -----------------------------------------------------------

    def _leader_ids(self, stored: list[uuid.UUID]) -> list[uuid.UUID]:
        checked = [
            self.leaders.item(row).data(ID_ROLE)
            for row in range(self.leaders.count())
            if self.leaders.item(row).checkState() == Qt.CheckState.Checked
        ]
        # Keep the stored order for those who stay, so an unchanged list stays unchanged.
        kept = [i for i in stored if i in checked]
        return kept + [i for i in checked if i not in kept]

    def edited(self) -> Session:
        """The stored session with the form's values; InvalidInput if a date or time
        field says no date or time."""
        assert self._loaded is not None
        session = deepcopy(self._loaded.session)
        session.day = self.date_edit.day()
        session.start = self.start_edit.moment()
        session.end = self.end_edit.moment()
        session.place_id = self.place_combo.currentData()
        session.leader_ids = self._leader_ids(session.leader_ids)
        session.theme = self.theme_edit.text()
        session.notes = self.notes_edit.toPlainText()
        return session

    def has_unsaved_changes(self) -> bool:
        return self._loaded is not None and self._is_edited(self._loaded.session)

    def reject(self) -> None:
        # Esc in the reason for cancelling closes that box, as "Keep the session" does.
        if self.cancel_box.isVisible():
            self._close_reason()
            return
        super().reject()

    def _is_edited(self, stored: Session) -> bool:
        try:
            return _form_fields(self.edited()) != _form_fields(stored)
        except UserError:  # a date or time typed wrong is an edit too
            return True

    def _command_text(self, before: Session, after: Session) -> str:
        group = self._loaded.group if self._loaded else ""
        if after.is_cancelled and not before.is_cancelled:
            text = self.tr("Cancel %1 session")
        elif before.is_cancelled and not after.is_cancelled:
            text = self.tr("Restore %1 session")
        elif (before.day, before.start, before.end) != (after.day, after.start, after.end):
            text = self.tr("Move %1 session")
        else:
            text = self.tr("Edit %1 session")
        return text.replace("%1", group)

    def _commit(
        self, after: Session, done: Callable[[], None], *, accept_conflicts: bool = False
    ) -> bool:
        """Save through the undo stack, then call ``done``; True if saved now.

        A mistake shows here and saves nothing. A double booking asks first (the
        question does not block): confirmed, the change is saved and ``done`` called
        then; "go back" saves nothing and keeps the form's edits.
        """
        if self._loaded is None:
            return False
        before = self._loaded.session
        if _form_fields(before) == _form_fields(after):
            done()
            return True
        text = self._command_text(before, after)
        try:
            SessionEditCommand.save(
                self.context, before, after, text, accept_conflicts=accept_conflicts
            )
        except DoubleBooking as refused:
            self.error.clear_error()
            ask_to_double_book(
                self,
                self.tr("Saving books someone or a place twice:"),
                refused.clashes,
                self.tr("&Save anyway"),
                lambda: self._commit(after, done, accept_conflicts=True),
            )
            return False
        except ChangedElsewhere as error:
            # Show what the other person saved; the person makes the change again.
            self.refresh(discard_edits=True)
            self.error.show_error(error)
            return False
        except UserError as error:
            self.error.show_error(error)
            return False
        self.error.clear_error()
        self.saved.emit()
        done()
        return True

    # -- actions ----------------------------------------------------------------------

    def _edited_or_shown(self) -> Session | None:
        """The edited session, or None once the form has shown why there is none."""
        try:
            return self.edited()
        except UserError as error:
            self.error.show_error(error)
            return None

    def save(self) -> bool:
        """Save the form's edits and close; True if saved now, False if a mistake is
        shown or a double booking is being asked about (confirmed, it closes then)."""
        if self._loaded is None:
            return False
        session = self._edited_or_shown()
        return session is not None and self._commit(session, self.accept)

    def _ask_reason(self) -> None:
        self.reason_category.setCurrentIndex(-1)
        self.reason_edit.clear()
        self.cancel_box.show()
        self.reason_category.setFocus()

    def _close_reason(self) -> None:
        self.cancel_box.hide()
        self.error.clear_error()
        self.cancel_button.setFocus()

    def confirm_cancel(self) -> None:
        session = None if self._loaded is None else self._edited_or_shown()
        if session is None:
            return
        category = self.reason_category.currentData()
        if category is None:
            self.error.show_error(self.tr("Choose why the session is cancelled."))
            self.reason_category.setFocus()
            return
        session.status, session.cancel_reason = SessionStatus.CANCELLED, self.reason_edit.text()
        session.cancel_category = CancelReason(category)
        self._commit(session, self._cancelled)

    def _cancelled(self) -> None:
        self.cancel_box.hide()
        self.restore_button.setFocus()

    def restore(self) -> None:
        session = None if self._loaded is None else self._edited_or_shown()
        if self._loaded is None or session is None:
            return
        recorded = self._loaded.recorded
        session.status = SessionStatus.HELD if recorded else SessionStatus.PLANNED
        session.cancel_reason = ""
        session.cancel_category = CancelReason.NOT_GIVEN
        self._commit(session, self.cancel_button.setFocus)
