"""The families page of a person who reads of families only what an attendance list
names (a team's volunteer): why there is no list of families, and where they are."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class FamiliesOnRostersOnly(QWidget):
    """Said calmly where the families' list would be: the database would refuse it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familiesOnRostersOnly")
        self.note = QLabel(
            self.tr(
                "As a volunteer you see the families of the sessions you lead on their "
                "attendance lists: open a session's attendance from the calendar (Ctrl+R) "
                "or from the list of sessions not recorded. The families' other details "
                "are kept by the group's workers."
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 0, 48, 0)
        layout.addStretch(1)
        layout.addWidget(self.note)
        layout.addStretch(2)
