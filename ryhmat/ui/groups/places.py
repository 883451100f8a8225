"""Places: a list beside a form that edits the chosen one."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.domain.model import Place
from ryhmat.domain.usecases.places import MAX_CAPACITY, list_places, save_place
from ryhmat.domain.usecases.removal import Kind
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups.widgets import OptionalSpinBox
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.people.widgets import reload
from ryhmat.ui.records import Column, RecordListView
from ryhmat.ui.removal import RemovalActions
from ryhmat.ui.unsaved import EditorState, ask_before_leaving, typed_fields


class PlaceForm(QGroupBox, EditorState):
    """Name, address and capacity of one place; a new place until one is loaded."""

    saved = Signal()  # the place is saved

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._place_id: uuid.UUID | None = None
        self.name = QLineEdit(self)
        self.address = QLineEdit(self)
        self.capacity = OptionalSpinBox(1, MAX_CAPACITY, self)
        self.capacity.setSuffix(self.tr(" people"))
        # A group's capacity may count families; a room holds persons.
        self.capacity_hint = QLabel(
            self.tr(
                "The room's capacity, in persons. A group's own capacity, in families or "
                "persons, is set in the group and counts first."
            ),
            self,
        )
        self.capacity_hint.setWordWrap(True)
        self.error = ErrorLabel(self)
        self.save_button = QPushButton(self.tr("&Save place"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        # Enter saves from any field, as the default button of a dialog would.
        for line in (self.name, self.address):
            line.returnPressed.connect(self.save)

        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Add&ress:"), self.address)
        form.addRow(self.tr("&Capacity:"), self.capacity)
        form.addRow("", self.capacity_hint)
        form.addRow(self.error)
        form.addRow(self.save_button)
        self.load(None)

    def load(self, place: Place | None) -> None:
        self._place_id = place.id if place else None
        self.setTitle(self.tr("Edit place") if place else self.tr("New place"))
        self.name.setText(place.name if place else "")
        self.address.setText(place.address if place else "")
        self.capacity.set_number(place.capacity if place else None)
        self.error.clear_error()
        self._loaded: Place | None = place
        self.mark_clean()

    def form_state(self) -> object:
        return typed_fields(self.place())

    def discard_changes(self) -> bool:
        self.load(self._loaded)
        return True

    def place(self) -> Place:
        place = Place(
            name=self.name.text(), address=self.address.text(), capacity=self.capacity.number()
        )
        if self._place_id is not None:
            place.id = self._place_id
        return place

    def save(self) -> None:
        place = self.place()
        try:
            self._context.write(lambda uow: save_place(uow, place), Changes.PLACES, self)
        except UserError as error:
            self.error.show_error(error)
            return
        self._place_id = place.id
        self._loaded = place
        self.setTitle(self.tr("Edit place"))
        self.error.clear_error()
        self.mark_clean()
        self.saved.emit()


class PlacesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.list: RecordListView[Place] = RecordListView(
            [
                Column[Place](self.tr("Name"), lambda p: p.name),
                Column[Place](self.tr("Address"), lambda p: p.address),
                Column[Place](
                    self.tr("Capacity"),
                    lambda p: "" if p.capacity is None else str(p.capacity),
                    sort_key=lambda p: p.capacity or 0,
                ),
            ],
            self,
        )
        self.form = PlaceForm(context, self)
        self.list.add_requested.connect(self._new)
        self.list.edit_requested.connect(self._edit)
        self.removal = RemovalActions(context, self.list, Kind.PLACE, lambda p: p.name)
        self.removal.show_archived_changed.connect(self.refresh)
        self.removal.done.connect(lambda: self.form.load(None))
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.form, 2)

    def refresh(self) -> None:
        archived = self.removal.show_archived
        reload(self.list, self._context.read(lambda uow: list_places(uow, archived)))

    def _edit(self, place: Place) -> None:
        ask_before_leaving(self.form, lambda: self.form.load(place))

    def _new(self) -> None:
        ask_before_leaving(self.form, self._start_new)

    def _start_new(self) -> None:
        self.form.load(None)
        self.form.name.setFocus()
