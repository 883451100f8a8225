"""Erasing a family's personal data (the right to erasure), confirmed inline in two steps."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ryhmat.ui.messages import ErrorLabel


class ErasurePanel(QFrame):
    """Says what erasing does and erases only after "I understand" is ticked.

    ``erase_requested`` asks the editor to erase; ``closed`` says the person
    decided to keep the data.
    """

    erase_requested = Signal()  # the Erase button was pressed
    closed = Signal()  # the panel was closed without erasing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        heading = QLabel(self.tr("<b>Erase this family's personal data?</b>"), self)
        explanation = QLabel(
            self.tr(
                "The names, phone number, notes, birth dates and enrolments of the family "
                "and its members are deleted, and so is its change history. Past visits "
                "remain only as anonymous numbers in the statistics. This cannot be undone."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.understood = QCheckBox(
            self.tr("&I understand that the personal data cannot be restored"), self
        )
        # No mnemonic: erasing is reached only deliberately, past the checkbox.
        self.erase_button = QPushButton(self.tr("Erase personal data"), self)
        self.erase_button.setEnabled(False)
        self.understood.toggled.connect(self.erase_button.setEnabled)
        self.erase_button.clicked.connect(self.erase_requested)
        self.keep_button = QPushButton(self.tr("&Keep the data"), self)
        self.keep_button.clicked.connect(self.close_panel)
        for button in (self.erase_button, self.keep_button):
            button.setAutoDefault(False)
        self.error = ErrorLabel(self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.understood, 1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        self.hide()

    def start(self) -> None:
        """Show the panel with the checkbox cleared, so every erasure is confirmed afresh."""
        self.understood.setChecked(False)
        self.error.clear_error()
        self.show()
        self.understood.setFocus()

    def close_panel(self) -> None:
        self.hide()
        self.closed.emit()
