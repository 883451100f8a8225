"""Filters of the calendar: a group, a worker, an organisation and a place."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QPushButton, QWidget

from ryhmat.domain.usecases.calendar import CalendarFilter
from ryhmat.domain.usecases.choices import Choice, Choices


class ChoiceCombo(QComboBox):
    """A combo of named things whose first item, "All …", means no filter."""

    def __init__(self, all_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._all_text = all_text
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)
        self.addItem(all_text, None)

    def chosen_id(self) -> uuid.UUID | None:
        chosen: uuid.UUID | None = self.currentData()
        return chosen

    def choose(self, chosen_id: uuid.UUID | None) -> None:
        # findData compares Python objects by identity, and every load makes new UUIDs.
        ids = [self.itemData(row) for row in range(self.count())]
        self.setCurrentIndex(ids.index(chosen_id) if chosen_id in ids else 0)

    def set_choices(self, choices: list[Choice]) -> None:
        """Refill, keeping the chosen thing if it still exists (else back to "All …")."""
        chosen = self.chosen_id()
        blocked = self.blockSignals(True)
        self.clear()
        self.addItem(self._all_text, None)
        for choice in sorted(choices, key=lambda c: c.name.casefold()):
            self.addItem(choice.name, choice.id)
        self.choose(chosen)
        self.blockSignals(blocked)


class FilterBar(QWidget):
    changed = Signal()  # a filter was chosen or all were cleared; read them from the bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = ChoiceCombo(self.tr("All groups"), self)
        self.worker = ChoiceCombo(self.tr("All workers"), self)
        self.organisation = ChoiceCombo(self.tr("All organisations"), self)
        self.place = ChoiceCombo(self.tr("All places"), self)
        self.clear_button = QPushButton(self.tr("&Clear filters"), self)
        self.clear_button.setToolTip(self.tr("Show the sessions of every group again"))
        self.clear_button.clicked.connect(self.clear)
        # Two rows of two, so the calendar fits a laptop screen beside its side panel.
        layout = self._grid = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for position, (text, combo) in enumerate(
            (
                (self.tr("&Group:"), self.group),
                (self.tr("Wor&ker:"), self.worker),
                (self.tr("&Organisation:"), self.organisation),
                (self.tr("P&lace:"), self.place),
            )
        ):
            caption = QLabel(text, self)
            caption.setBuddy(combo)
            row, column = divmod(position, 2)
            layout.addWidget(caption, row, 2 * column)
            layout.addWidget(combo, row, 2 * column + 1)
            combo.currentIndexChanged.connect(self._changed)
        layout.setColumnStretch(1, 1)
        layout.setColumnStretch(3, 1)
        layout.addWidget(self.clear_button, 1, 4)
        self._update_clear_button()

    def layout_grid(self) -> QGridLayout:
        return self._grid

    def combos(self) -> tuple[ChoiceCombo, ...]:
        return (self.group, self.worker, self.organisation, self.place)

    def focus_chain(self) -> list[QWidget]:
        return [*self.combos(), self.clear_button]

    def set_choices(self, choices: Choices) -> None:
        """Refill the combos quietly: whoever refills them reloads the calendar anyway."""
        blocked = self.blockSignals(True)
        self.group.set_choices(choices.groups)
        self.worker.set_choices(choices.workers)
        self.organisation.set_choices(choices.organisations)
        self.place.set_choices(choices.places)
        self.blockSignals(blocked)
        self._update_clear_button()

    def current_filter(self) -> CalendarFilter:
        return CalendarFilter(
            group_id=self.group.chosen_id(),
            worker_id=self.worker.chosen_id(),
            organisation_id=self.organisation.chosen_id(),
            place_id=self.place.chosen_id(),
        )

    def clear(self) -> None:
        blocked = self.blockSignals(True)
        for combo in self.combos():
            combo.setCurrentIndex(0)
        self.blockSignals(blocked)
        self._changed()

    def _changed(self) -> None:
        self._update_clear_button()
        self.changed.emit()

    def _update_clear_button(self) -> None:
        self.clear_button.setEnabled(self.current_filter() != CalendarFilter())
