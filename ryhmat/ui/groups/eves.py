"""Choosing the eves groups do not meet on: for the whole team, and for one group."""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.domain.finnish_holidays import Eve, eve_name
from ryhmat.domain.usecases.eves import set_team_skipped_eves, team_skipped_eves
from ryhmat.i18n import current_language
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.messages import ErrorLabel

EVE_ROLE = Qt.ItemDataRole.UserRole


class EveList(QListWidget):
    """The eves, each with a box to tick: the arrow keys move, Space ticks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = current_language()
        for eve in Eve:
            item = QListWidgetItem(eve_name(eve, language), self)
            item.setData(EVE_ROLE, eve.value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        row_height = max(self.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.setFixedHeight(row_height * len(Eve) + 2 * self.frameWidth())

    def checked(self) -> list[Eve]:
        items = (self.item(row) for row in range(self.count()))
        return [Eve(i.data(EVE_ROLE)) for i in items if i.checkState() == Qt.CheckState.Checked]

    def set_checked(self, eves: Collection[Eve]) -> None:
        for row in range(self.count()):
            item = self.item(row)
            on = Eve(item.data(EVE_ROLE)) in eves
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class GroupEves(QWidget):
    """A group's eves: as the team chooses, or its own choice."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choice = QComboBox(self)
        self.choice.addItem(self.tr("as the whole team chooses"), False)
        self.choice.addItem(self.tr("chosen for this group:"), True)
        self.choice.setAccessibleName(self.tr("Eves skipped"))
        self.eves = EveList(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.choice)
        layout.addWidget(self.eves)
        self.choice.currentIndexChanged.connect(self._show)
        self._show()

    def set_eves(self, eves: list[Eve] | None) -> None:
        self.choice.setCurrentIndex(0 if eves is None else 1)
        self.eves.set_checked(eves or [])
        self._show()

    def chosen(self) -> list[Eve] | None:
        """None: the team's eves."""
        return self.eves.checked() if self.choice.currentData() else None

    def _show(self) -> None:
        self.eves.setVisible(bool(self.choice.currentData()))


class TeamEvesBox(QGroupBox):
    """The eves no group of the team meets on, unless a group chooses otherwise."""

    saved = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Eves on which groups do not meet"), parent)
        self._context = context
        self.eves = EveList(self)
        self._shown: list[Eve] = []  # the stored eves, as last read or saved
        self.error = ErrorLabel(self)
        self.save_button = QPushButton(self.tr("Save &eves"), self)
        self.save_button.clicked.connect(self.save)
        hint = QLabel(
            self.tr(
                "For the whole team: seasons planned from now on skip these eves and "
                "name them. A group may choose otherwise in its editor."
            ),
            self,
        )
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.eves)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """The stored eves, unless some are ticked here and not saved yet: the tab is read
        again whenever anything beside it is saved, and that must not undo the ticks."""
        stored = self._context.read(team_skipped_eves)
        if self.eves.checked() == self._shown:
            self.eves.set_checked(stored)
        self._shown = stored

    def save(self) -> None:
        chosen = self.eves.checked()
        try:
            self._context.write(
                lambda uow: set_team_skipped_eves(uow, chosen), Changes.SETTINGS, self
            )
        except UserError as error:
            self.error.show_error(error)
            return
        self._shown = chosen
        self.error.clear_error()
        self.saved.emit()
