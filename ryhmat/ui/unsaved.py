"""Nothing typed is lost: an editor with unsaved changes asks before they go.

Every editor says what its form holds (``form_state``) and remembers that state when
it was filled or saved (``mark_clean``); it has unsaved changes while the two differ.
Closing such an editor — Esc, its Cancel or Close button, the window's X, switching
views or quitting the app — first asks "Tallennetaanko muutokset?": save (the
editor's own Save, which may still refuse a mistake and stay open), discard, or go
back to the editor. The question never blocks the event loop.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from ryhmat.domain.errors import UserError


class Answer(enum.Enum):
    SAVE = "save"
    DISCARD = "discard"
    GO_BACK = "go back"


def save_question(parent: QWidget, about: str, answered: Callable[[Answer], None]) -> QMessageBox:
    """Save the changes? Save, discard or go back; Enter saves, Esc goes back.

    A plain QMessageBox: ``answered`` gets the person's answer. (A subclass with its
    own signal crashes PySide when Qt deletes it on close.)
    """
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("UnsavedChanges", "Ryhmät"),
        QCoreApplication.translate("UnsavedChanges", "Save the changes?"),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("saveQuestion")
    if about:
        box.setInformativeText(about)
    save = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "&Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "&Discard changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    back = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "&Go back"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    box.setEscapeButton(back)
    save.clicked.connect(lambda: answered(Answer.SAVE))
    discard.clicked.connect(lambda: answered(Answer.DISCARD))
    back.clicked.connect(lambda: answered(Answer.GO_BACK))
    return box


_UNSET = object()
# Not typed by the person: a new record's id is drawn afresh each time a form is read.
_BOOKKEEPING = frozenset({"id", "version"})


def typed_fields(record: Any) -> tuple[object, ...]:
    """A domain record's values as a person types them: without its id and version."""
    return tuple(
        getattr(record, f.name) for f in dataclasses.fields(record) if f.name not in _BOOKKEEPING
    )


class EditorState:
    """The unsaved-changes bookkeeping of an editor widget (a mixin for QWidgets).

    A subclass implements ``form_state`` (what the form holds, comparable with ==;
    it may raise a UserError for a value typed wrong, which counts as a change),
    ``save`` (the editor's own Save) and, if discarding must undo something already
    stored, ``discard_changes``. It calls ``mark_clean`` once filled and after saving.
    """

    _clean_state: Any = _UNSET

    def form_state(self) -> object:
        """What the form holds; an editor that tells its changes otherwise (an undo
        stack of marks, say) overrides ``has_unsaved_changes`` instead."""
        return None

    def save(self) -> object:
        """The editor's own Save; what it returns is its own business."""
        raise NotImplementedError

    def discard_changes(self) -> bool:
        """Undo what the editor stored on its own before Save (nothing, by default);
        False when that could not be done (the editor has shown why), so it stays."""
        return True

    def mark_clean(self) -> None:
        self._clean_state = self._current_state()

    def has_unsaved_changes(self) -> bool:
        if self._clean_state is _UNSET:
            return False
        current = self._current_state()
        return current is _UNSET or current != self._clean_state

    def _current_state(self) -> Any:
        try:
            return self.form_state()
        except UserError:  # a date typed wrong is a change the person has not saved
            return _UNSET

    def changes_described(self) -> str:
        """What the question names as the thing being edited."""
        return self.windowTitle() if isinstance(self, QWidget) else ""


def ask_before_leaving(
    editor: EditorState, leave: Callable[[], None], parent: QWidget | None = None
) -> QMessageBox | None:
    """Run ``leave`` at once when the editor has nothing unsaved; otherwise ask first.

    Save runs the editor's save and leaves only if that saved everything (a mistake,
    or a question of its own such as a conflict, keeps the person in the editor);
    discard drops the changes and leaves; go back stays.
    """
    if not editor.has_unsaved_changes():
        leave()
        return None
    assert isinstance(editor, QWidget)
    typing_in = QApplication.focusWidget()

    def answered(answer: Answer) -> None:
        if answer is Answer.SAVE:
            editor.save()
            if not editor.has_unsaved_changes():
                leave()
        elif answer is Answer.DISCARD:
            if editor.discard_changes():
                leave()
        else:
            _return_to(editor, typing_in)

    question = save_question(parent or editor, editor.changes_described(), answered)
    question.open()
    return question


def _return_to(editor: QWidget, typing_in: QWidget | None) -> None:
    """Back to the editor, the cursor where the person was typing."""
    editor.window().activateWindow()
    if typing_in is not None and shiboken6.isValid(typing_in) and editor.isAncestorOf(typing_in):
        typing_in.setFocus(Qt.FocusReason.OtherFocusReason)
    else:
        editor.setFocus(Qt.FocusReason.OtherFocusReason)


class GuardedDialog(QDialog, EditorState):
    """A dialog editor whose Esc, Cancel, Close and X ask before unsaved changes go.

    What the form holds when the dialog is first shown is its clean state; a dialog
    that fills its form again later (a colleague's change shown) marks it clean anew.
    """

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._clean_state is _UNSET:
            self.mark_clean()

    def reject(self) -> None:
        ask_before_leaving(self, self.close_without_asking)

    def close_without_asking(self) -> None:
        """Close as Cancel would, the question answered (or not needed)."""
        if self.isVisible():
            super().reject()


def unsaved_editors(window: QWidget, shown_only: bool = True) -> list[EditorState]:
    """The editors in or over ``window`` (only those shown, unless told otherwise) that
    hold unsaved changes, dialogs first (they sit over the views), newest first."""
    editors = [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, EditorState)
        # A closed dialog lingers until the next replaces it: its edits are gone already.
        and (widget.isVisible() or not (shown_only or isinstance(widget, QDialog)))
        and widget.has_unsaved_changes()
    ]
    dialogs = [e for e in editors if isinstance(e, QDialog)]
    return [*reversed(dialogs), *(e for e in editors if not isinstance(e, QDialog))]
