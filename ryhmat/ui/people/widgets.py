"""Small pieces the people views share: the editor dialog, combos and an inline confirm."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.ui.context import AppContext
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.records import RECORD_ROLE, RecordListView
from ryhmat.ui.unsaved import GuardedDialog


class Identified(Protocol):
    @property
    def id(self) -> uuid.UUID: ...


R = TypeVar("R", bound=Identified)


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]]) -> None:
    """Replace a combo's items with (text, data) pairs."""
    combo.clear()
    for text, data in items:
        combo.addItem(text, data)


def combo_index(combo: QComboBox, data: object) -> int:
    # findData cannot compare Python objects such as UUIDs, so compare here.
    for index in range(combo.count()):
        if combo.itemData(index) == data:
            return index
    return -1


def select_data(combo: QComboBox, data: object) -> None:
    combo.setCurrentIndex(combo_index(combo, data))


def select_record(view: RecordListView[R], record_id: uuid.UUID | None) -> None:
    """Make the row of the record with this id current, if it is shown."""
    if record_id is None:
        return
    proxy = view.proxy
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if proxy.data(index, RECORD_ROLE).id == record_id:
            view.table.setCurrentIndex(index)
            view.table.scrollTo(index)
            return


def reload(view: RecordListView[R], records: Sequence[R]) -> None:
    """Show new records and keep the row the person had chosen."""
    current = view.current_record()
    view.set_records(records)
    select_record(view, current.id if current is not None else None)


class EditorDialog(GuardedDialog):
    """A form with an inline error and Save / Cancel; saves through a use case.

    A subclass builds its fields into ``form`` and implements ``write``, which
    runs its use case with ``context.write`` and returns the saved record's id, and
    ``form_state``, what the fields hold (closing with changes asks first).
    A person's mistake stays in the dialog, and nothing is saved.
    """

    saved = Signal(object)  # the id of the saved record

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = QFormLayout()
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button.setText(self.tr("&Save"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save_shortcut.activated.connect(self.save)
        self._shown_once = False
        self.body = QVBoxLayout(self)
        self.body.addLayout(self.form)
        self.body.addWidget(self.error)
        self.body.addWidget(self.buttons)

    @property
    def save_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Save)

    def showEvent(self, event: QShowEvent) -> None:
        first_show = not self._shown_once
        self._shown_once = True
        super().showEvent(event)
        if first_show:
            self._buttons_last()
            field = self.first_field()
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_field(self) -> QWidget | None:
        """Where the cursor is when the editor opens: the form's first field."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            field = None if item is None else item.widget()
            if (
                field is not None
                and field.focusPolicy() & Qt.FocusPolicy.TabFocus
                and field.isEnabled()
                and field.isVisibleTo(self)
            ):
                return field
        return None

    def _buttons_last(self) -> None:
        """Tab reaches Save and Cancel after the fields: the buttons were made first."""
        fields = [
            widget
            for widget in self.findChildren(QWidget)
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisibleTo(self)
            and not self.buttons.isAncestorOf(widget)
        ]
        previous = fields[-1] if fields else None
        for button in self.buttons.buttons():
            if previous is not None:
                QWidget.setTabOrder(previous, button)
            previous = button

    def save(self) -> None:
        self.error.clear_error()
        problem = self.problem()
        if problem:
            self.error.show_error(problem)
            return
        try:
            record_id = self.write()
        except UserError as error:
            self.error.show_error(error)
            return
        self.mark_clean()
        self.saved.emit(record_id)
        self.accept()

    def problem(self) -> str | None:
        """A mistake the form itself can see before any use case runs."""
        return None

    def write(self) -> uuid.UUID:
        raise NotImplementedError


class ConfirmButton(QPushButton):
    """A button that asks to be pressed a second time before a destructive step.

    Calmer than a modal question: the first press changes the text to the
    question, the second press emits ``confirmed``; leaving the button resets it.
    """

    confirmed = Signal()  # the second press, the step confirmed

    def __init__(self, text: str, question: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._text = text
        self._question = question
        self._armed = False
        self.clicked.connect(self._press)

    @property
    def armed(self) -> bool:
        return self._armed

    def disarm(self) -> None:
        self._armed = False
        self.setText(self._text)

    def _press(self) -> None:
        if self._armed:
            self.disarm()
            self.confirmed.emit()
            return
        self._armed = True
        self.setText(self._question)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.disarm()
        super().focusOutEvent(event)


def run_or_show(error_label: ErrorLabel, action: Callable[[], object]) -> bool:
    """Run a write; show a person's mistake in the label. True when it succeeded."""
    error_label.clear_error()
    try:
        action()
    except UserError as error:
        error_label.show_error(error)
        return False
    return True
