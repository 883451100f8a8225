"""Anonymous counts of an open session (kävijämäärä): adults by role, children by age."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from ryhmat.domain.model import HEADCOUNT_ROLES, AgeBand, Headcount
from ryhmat.domain.usecases.attendance import MAX_HEADCOUNT
from ryhmat.labels import label


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _spin_box(parent: QWidget) -> QSpinBox:
    box = QSpinBox(parent)
    box.setRange(0, MAX_HEADCOUNT)
    box.setAccelerated(True)
    return box


class HeadcountPanel(QGroupBox):
    """One spin box per adult role and per children's age band, with running totals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Headcount"), parent)
        self.adult_boxes = {role: _spin_box(self) for role in HEADCOUNT_ROLES}
        self.child_boxes = {band: _spin_box(self) for band in AgeBand}
        self.first_time = _spin_box(self)
        self.totals = QLabel(self)
        self.totals.setObjectName("headcountTotals")

        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("<b>Adults</b>"), self))
        for role, box in self.adult_boxes.items():
            form.addRow(_capitalised(label(role)), box)
        # A headcount keeps four adult columns; the roster's own roles count as fathers.
        self.fathers_hint = QLabel(self.tr("Fathers include stepfathers and foster fathers."), self)
        self.fathers_hint.setWordWrap(True)
        form.addRow(self.fathers_hint)
        form.addRow(QLabel(self.tr("<b>Children</b>"), self))
        for band, box in self.child_boxes.items():
            form.addRow(_capitalised(label(band)), box)
        form.addRow(self.tr("&First-time visitors"), self.first_time)
        form.addRow(self.totals)
        for box in self._boxes():
            box.valueChanged.connect(self._update_totals)
        self._update_totals()

    def _boxes(self) -> list[QSpinBox]:
        return [*self.adult_boxes.values(), *self.child_boxes.values(), self.first_time]

    def set_headcount(self, headcount: Headcount | None) -> None:
        for role, box in self.adult_boxes.items():
            box.setValue(headcount.adults.get(role, 0) if headcount else 0)
        for band, box in self.child_boxes.items():
            box.setValue(headcount.children.get(band, 0) if headcount else 0)
        self.first_time.setValue(headcount.first_time_visitors if headcount else 0)

    def headcount(self, session_id: uuid.UUID) -> Headcount:
        return Headcount(
            session_id=session_id,
            adults={role: box.value() for role, box in self.adult_boxes.items()},
            children={band: box.value() for band, box in self.child_boxes.items()},
            first_time_visitors=self.first_time.value(),
        )

    def _update_totals(self) -> None:
        adults = sum(box.value() for box in self.adult_boxes.values())
        children = sum(box.value() for box in self.child_boxes.values())
        self.totals.setText(
            self.tr("Adults %1, children %2, in all %3")
            .replace("%1", str(adults))
            .replace("%2", str(children))
            .replace("%3", str(adults + children))
        )
