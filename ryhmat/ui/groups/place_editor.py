"""The editor of a place: the Places tab's and the group editor's one form."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from ryhmat.domain.model import Place
from ryhmat.domain.usecases.places import MAX_CAPACITY, save_place
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups.widgets import OptionalSpinBox
from ryhmat.ui.people.widgets import EditorDialog
from ryhmat.ui.unsaved import typed_fields


class PlaceEditor(EditorDialog):
    """A place's name, address and the room's capacity."""

    def __init__(
        self, context: AppContext, place: Place | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Edit place") if place else self.tr("New place"))
        self._id = place.id if place else uuid.uuid4()
        self.name = QLineEdit(self)
        self.address = QLineEdit(self)
        self.capacity = OptionalSpinBox(1, MAX_CAPACITY, self)
        self.capacity.setSuffix(self.tr(" people"))
        # A group's capacity may count families; a room holds persons.
        capacity_hint = QLabel(
            self.tr(
                "The room's capacity, in persons. A group's own capacity, in families or "
                "persons, is set in the group and counts first."
            ),
            self,
        )
        capacity_hint.setWordWrap(True)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("Add&ress:"), self.address)
        self.form.addRow(self.tr("&Capacity:"), self.capacity)
        self.form.addRow("", capacity_hint)
        self.setMinimumWidth(420)
        if place is not None:
            self.name.setText(place.name)
            self.address.setText(place.address)
            self.capacity.set_number(place.capacity)

    def place(self) -> Place:
        return Place(
            name=self.name.text(),
            address=self.address.text(),
            capacity=self.capacity.number(),
            id=self._id,
        )

    def form_state(self) -> object:
        return typed_fields(self.place())

    def write(self) -> uuid.UUID:
        place = self.place()
        self.context.write(lambda uow: save_place(uow, place), Changes.PLACES, self)
        return place.id
