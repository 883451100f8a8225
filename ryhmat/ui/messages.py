"""Showing a person's mistake calmly, in the UI's language."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

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
    """Open a message box without blocking the event loop; one that no window owns is
    kept alive until the person has answered it."""
    if box.parent() is None:
        _unowned.add(box)
        box.finished.connect(lambda _result: _unowned.discard(box))
    box.open()
    return box


_unowned: set[QMessageBox] = set()


class ErrorLabel(QLabel):
    """An inline message under a form: hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("errorLabel")
        self.setWordWrap(True)
        self.setStyleSheet("color: #a4262c;")
        self.hide()

    def show_error(self, error: UserError | str) -> None:
        self.setText(error_text(error) if isinstance(error, UserError) else error)
        self.show()

    def show_problem(self, problem: str) -> None:
        """Show a field's problem, or hide the label once the field is right again."""
        if problem:
            self.show_error(problem)
        else:
            self.clear_error()

    def clear_error(self) -> None:
        self.clear()
        self.hide()
