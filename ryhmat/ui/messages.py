"""Showing a person's mistake calmly, and asking before what cannot be undone."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget

from ryhmat.domain.errors import UserError
from ryhmat.i18n import translate


def error_text(error: UserError) -> str:
    return error.message(translate)


def show_error(parent: QWidget | None, text: str) -> QMessageBox:
    """A window-modal message that does not block the event loop (tests can answer it)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("Messages", "Ryhmät"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("errorMessage")
    return open_box(box)


def open_box(box: QMessageBox) -> QMessageBox:
    """Open a message box without blocking the event loop. A box asked without a window
    (a step undone while none is active) is given the window in front, so Qt, not
    Python's garbage collector at some later moment, deletes it with that window;
    with no window at all it is kept alive until the person has answered it."""
    # Its text names what a person typed: "<b>" in a name is text, not markup.
    box.setTextFormat(Qt.TextFormat.PlainText)
    if box.parent() is None:
        owner = _window_in_front()
        if owner is not None:
            box.setParent(owner, box.windowFlags())
        else:
            _unowned.add(box)
            box.finished.connect(lambda _result: _unowned.discard(box))
    box.open()
    return box


def _window_in_front() -> QWidget | None:
    active = QApplication.activeWindow()
    if active is not None:
        return active
    shown = (w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow())
    return next(shown, None)


_unowned: set[QMessageBox] = set()


Action = tuple[str, Callable[[], object]]


def ask(parent: QWidget, text: str, actions: Sequence[Action]) -> QMessageBox:
    """The app's one way to ask before doing something that cannot be undone: a
    window-modal question whose buttons run their actions, and Cancel, which does
    nothing. Cancel is the default, so Enter or Esc never delete by accident. Does
    not block the event loop (tests answer it)."""
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("Messages", "Ryhmät"), text, parent=parent
    )
    box.setObjectName("question")
    for label, action in actions:
        button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
        button.clicked.connect(action)
    # The app's own word (Peruuta), not Qt's standard button's.
    cancel = box.addButton(translate("Messages", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    # Kept until its parent goes, as every question is: a box deleting itself on close
    # (WA_DeleteOnClose) crashed PySide when its parent was a dialog.
    return open_box(box)


class ErrorLabel(QLabel):
    """An inline message under a form: hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        # A message names what a person typed: "<b>" in a name is text, not markup.
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setStyleSheet("color: #a4262c;")
        self.hide()

    def show_error(self, error: UserError | str) -> None:
        self.setText(error_text(error) if isinstance(error, UserError) else error)
        self.show()
        self._make_room()

    def _make_room(self) -> None:
        """A dialog grows to show the message whole: left as it was, its layout would
        squeeze the message and the fields' own wrapped hints to fit."""
        dialog = self.window()
        layout = dialog.layout()
        if not isinstance(dialog, QDialog) or layout is None or not dialog.isVisible():
            return
        layout.activate()
        width = dialog.width()
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
        else:
            needed = layout.totalSizeHint().height()
        screen = dialog.screen()
        if screen is not None:
            needed = min(needed, screen.availableGeometry().height())
        if needed > dialog.height():
            dialog.resize(width, needed)

    def show_problem(self, problem: str) -> None:
        """Show a field's problem, or hide the label once the field is right again."""
        if problem:
            self.show_error(problem)
        else:
            self.clear_error()

    def clear_error(self) -> None:
        self.clear()
        self.hide()
