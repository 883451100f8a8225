"""Small input widgets the group, season and place editors share."""

from __future__ import annotations

import uuid
from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from ryhmat.domain.target_ages import (
    MAX_TARGET_AGE_YEARS,
    MONTHS_UNTIL,
    AgeBound,
    AgeUnit,
    lower_months,
    upper_months,
    written_bounds,
)

ID_ROLE = Qt.ItemDataRole.UserRole


class OptionalSpinBox(QSpinBox):
    """A number that may be left empty: one below the minimum reads "none"."""

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(minimum - 1, maximum)
        self.setSpecialValueText(self.tr("none"))
        self.set_number(None)

    def number(self) -> int | None:
        value = self.value()
        return None if value == self.minimum() else value

    def set_number(self, value: int | None) -> None:
        self.setValue(self.minimum() if value is None else value)


class IdComboBox(QComboBox):
    """Named choices by id, optionally led by an item that stands for "none".

    Ids are kept as text: Qt compares a Python object held in an item only by
    identity, so ``findData`` would not find an equal UUID.
    """

    def set_choices(
        self, choices: Sequence[tuple[uuid.UUID, str]], none_text: str | None = None
    ) -> None:
        chosen = self.current_id()
        self.clear()
        if none_text is not None:
            self.addItem(none_text, None)
        for choice_id, name in choices:
            self.add_choice(choice_id, name)
        self.set_current_id(chosen)

    def add_choice(self, choice_id: uuid.UUID, name: str) -> None:
        self.addItem(name, str(choice_id))

    def current_id(self) -> uuid.UUID | None:
        value = self.currentData()
        return uuid.UUID(value) if isinstance(value, str) else None

    def set_current_id(self, choice_id: uuid.UUID | None) -> None:
        index = self.findData(str(choice_id)) if choice_id is not None else 0
        self.setCurrentIndex(max(index, 0))


class CheckList(QListWidget):
    """Named choices by id, each with a box to tick: the arrow keys move, Space ticks.

    Ids are kept as text, as ``IdComboBox`` keeps them.
    """

    def set_choices(self, choices: Sequence[tuple[uuid.UUID, str]], rows: int) -> None:
        """The choices, none ticked, in a list tall enough for ``rows`` of them (at
        least three) without scrolling."""
        self.clear()
        for choice_id, name in choices:
            item = QListWidgetItem(name, self)
            item.setData(ID_ROLE, str(choice_id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        shown = min(max(self.count(), 3), rows)
        row_height = max(self.sizeHintForRow(0), self.fontMetrics().height() + 4)
        self.setFixedHeight(row_height * shown + 2 * self.frameWidth())

    def checked_ids(self) -> list[uuid.UUID]:
        items = (self.item(row) for row in range(self.count()))
        return [
            uuid.UUID(item.data(ID_ROLE))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_checked_ids(self, choice_ids: Collection[uuid.UUID]) -> None:
        wanted = {str(choice_id) for choice_id in choice_ids}
        for row in range(self.count()):
            item = self.item(row)
            on = item.data(ID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class AgeBoundField(QWidget):
    """One end of a target age range: a number that may be left empty, and its unit
    (months under two years, years up to eighteen)."""

    changed = Signal()  # the number or its unit changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # One range for both units: a number is typed before its unit is chosen, and a
        # range cut to the unit shown then dropped what it did not take (23 in years
        # became 2, then 2 months). More years than a target age may be is refused on
        # saving, with a message.
        self.amount = OptionalSpinBox(0, max(MONTHS_UNTIL - 1, MAX_TARGET_AGE_YEARS), self)
        self.unit = QComboBox(self)
        self.unit.addItem(self.tr("months"), AgeUnit.MONTHS.value)
        self.unit.addItem(self.tr("years"), AgeUnit.YEARS.value)
        self.unit.setCurrentIndex(1)
        self.unit.currentIndexChanged.connect(self.changed)
        self.amount.valueChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount)
        layout.addWidget(self.unit)

    def current_unit(self) -> AgeUnit:
        return AgeUnit(self.unit.currentData())

    def bound(self) -> AgeBound | None:
        amount = self.amount.number()
        return None if amount is None else AgeBound(amount, self.current_unit())

    def set_bound(self, bound: AgeBound | None) -> None:
        if bound is not None:
            self.unit.setCurrentIndex(self.unit.findData(bound.unit.value))
        self.amount.set_number(None if bound is None else bound.amount)


class TargetAgesField(QWidget):
    """A group's target ages, each end in months or years; held in whole months."""

    changed = Signal()  # either end changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lowest = AgeBoundField(self)
        self.highest = AgeBoundField(self)
        self.lowest.setAccessibleName(self.tr("Youngest age"))
        self.highest.setAccessibleName(self.tr("Oldest age"))
        self.lowest.amount.setAccessibleName(self.tr("Youngest age"))
        self.highest.amount.setAccessibleName(self.tr("Oldest age"))
        self.lowest.unit.setAccessibleName(self.tr("Unit of the youngest age"))
        self.highest.unit.setAccessibleName(self.tr("Unit of the oldest age"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lowest)
        layout.addWidget(QLabel("–", self))
        layout.addWidget(self.highest)
        layout.addStretch(1)
        for end in (self.lowest, self.highest):
            end.changed.connect(self.changed)

    def months(self) -> tuple[int | None, int | None]:
        """The youngest and the oldest age in whole months, both ends inclusive."""
        low, high = self.lowest.bound(), self.highest.bound()
        return (
            None if low is None else lower_months(low),
            None if high is None else upper_months(high),
        )

    def set_months(self, low: int | None, high: int | None) -> None:
        """Show a range as it is written: months under two years, years from two on."""
        lower, upper = written_bounds(low, high)
        self.lowest.set_bound(lower)
        self.highest.set_bound(upper)
