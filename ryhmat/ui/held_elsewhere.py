"""Asking what to do with a database another Ryhmät window is working on."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget

from ryhmat.i18n import translate


def ask_read_only_or_not(
    parent: QWidget,
    file_name: str,
    *,
    on_read_only: Callable[[], object],
    on_refused: Callable[[], object],
    refuse_text: str,
) -> QMessageBox:
    """Say calmly that the database ``file_name`` is open in another window and offer
    to open it here read-only, or not (``refuse_text``: quit, or keep the database
    open now). Esc and closing the question refuse. Does not block the event loop."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("Messages", "Ryhmät"),
        translate(
            "HeldElsewhere", "The database %1 is already open in another Ryhmät window."
        ).replace("%1", file_name),
        parent=parent,
    )
    box.setObjectName("heldElsewhere")
    box.setInformativeText(
        translate(
            "HeldElsewhere",
            "Only one window at a time can save changes to it. You can open it here "
            "read-only: you see everything, but cannot save changes.",
        )
    )
    read_only = box.addButton(
        translate("HeldElsewhere", "&Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    refuse = box.addButton(refuse_text, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.setEscapeButton(refuse)

    def answered(_result: int) -> None:
        # Escape and the window's close button reject the box: both refuse.
        (on_read_only if box.clickedButton() is read_only else on_refused)()

    box.finished.connect(answered)
    box.open()
    return box


def quit_text() -> str:
    return translate("HeldElsewhere", "&Quit")


def cancel_text() -> str:
    return translate("Messages", "Cancel")
