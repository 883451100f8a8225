"""Asking a person for their team database password, once: the app keeps it in the
operating system's password store afterwards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ryhmat.i18n import translate


def ask_database_password(
    parent: QWidget,
    login: str,
    server: str,
    *,
    refused: bool,
    on_given: Callable[[str], object],
    on_cancelled: Callable[[], object],
) -> QInputDialog:
    """Ask ``login``'s password for ``server`` (``refused``: the last one was not
    accepted, said calmly). Enter gives it, Esc cancels. Does not block the event loop."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("databasePassword")
    dialog.setWindowTitle(translate("Password", "Sign in to the team database"))
    text = translate("Password", "Password of %1 for the database %2:")
    text = text.replace("%1", login).replace("%2", server)
    if refused:
        text = (
            translate("Password", "The password was not accepted. Type it again.") + "\n\n" + text
        )
    dialog.setLabelText(text)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setOkButtonText(translate("Password", "Sign in"))
    dialog.setCancelButtonText(translate("Password", "Cancel"))

    def answered(result: int) -> None:
        password = dialog.textValue()
        if result and password:
            on_given(password)
        else:
            on_cancelled()

    dialog.finished.connect(answered)
    dialog.open()
    return dialog
