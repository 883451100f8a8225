"""Places (a list; the place editor is a dialog) and closure periods (a list beside a
form that edits the chosen one)."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
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
from ryhmat.domain.model import ClosurePeriod, Place
from ryhmat.domain.usecases.places import (
    list_closures,
    list_places,
    save_closure,
)
from ryhmat.domain.usecases.removal import Kind
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.fields import DateField
from ryhmat.ui.formatting import format_date
from ryhmat.ui.groups.place_editor import PlaceEditor
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.people.widgets import reload, select_record
from ryhmat.ui.records import Column, RecordListView
from ryhmat.ui.removal import RemovalActions
from ryhmat.ui.unsaved import EditorState, ask_before_leaving, typed_fields


class PlacesTab(QWidget):
    """The places; New and Edit open the place editor, as the other lists open theirs."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.editor: PlaceEditor | None = None
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
        self.list.add_button.setText(self.tr("&New place…"))
        self.list.edit_button.setText(self.tr("E&dit place…"))
        self.list.add_requested.connect(lambda: self._open(None))
        self.list.edit_requested.connect(self._open)
        self.removal = RemovalActions(context, self.list, Kind.PLACE, lambda p: p.name)
        self.removal.show_archived_changed.connect(self.refresh)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list)
        self.setFocusProxy(self.list)

    def refresh(self) -> None:
        archived = self.removal.show_archived
        reload(self.list, self._context.read(lambda uow: list_places(uow, archived)))

    def _open(self, place: Place | None) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = PlaceEditor(self._context, place, self)
        self.editor.saved.connect(lambda place_id: select_record(self.list, place_id))
        self.editor.open()


class ClosureForm(QGroupBox, EditorState):
    """A closure period; a new one until one is loaded."""

    saved = Signal()  # the place or closure period is saved

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._closure_id: uuid.UUID | None = None
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Syysloma 2026"))
        today = context.today()
        self.first_day = DateField(today, self)
        self.last_day = DateField(today, self)
        self.error = ErrorLabel(self)
        for field in (self.first_day, self.last_day):
            field.problem_changed.connect(self.error.show_problem)
        self.save_button = QPushButton(self.tr("&Save closure"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        for line in (self.name, self.first_day, self.last_day):
            line.returnPressed.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&First day:"), self.first_day)
        form.addRow(self.tr("&Last day:"), self.last_day)
        form.addRow(self.error)
        form.addRow(buttons)
        hint = QLabel(
            self.tr(
                "No group meets during a closure. Seasons planned after a change "
                "skip the new days; sessions already planned stay as they are."
            ),
            self,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.load(None)

    def load(self, closure: ClosurePeriod | None) -> None:
        self._closure_id = closure.id if closure else None
        self.setTitle(self.tr("Edit closure") if closure else self.tr("New closure"))
        today = self._context.today()
        self.name.setText(closure.name if closure else "")
        self.first_day.set_day(closure.first_day if closure else today)
        self.last_day.set_day(closure.last_day if closure else today + timedelta(days=6))
        self.error.clear_error()
        self._loaded: ClosurePeriod | None = closure
        self.mark_clean()

    def form_state(self) -> object:
        return typed_fields(self.closure())

    def discard_changes(self) -> bool:
        self.load(self._loaded)
        return True

    def closure(self) -> ClosurePeriod:
        closure = ClosurePeriod(
            name=self.name.text(), first_day=self.first_day.day(), last_day=self.last_day.day()
        )
        if self._closure_id is not None:
            closure.id = self._closure_id
        return closure

    def save(self) -> None:
        try:
            closure = self.closure()
            self._context.write(lambda uow: save_closure(uow, closure), Changes.PLACES, self)
        except UserError as error:
            self.error.show_error(error)
            return
        self._closure_id = closure.id
        self._loaded = closure
        self.setTitle(self.tr("Edit closure"))
        self.error.clear_error()
        self.mark_clean()
        self.saved.emit()


class ClosuresTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.list: RecordListView[ClosurePeriod] = RecordListView(
            [
                Column[ClosurePeriod](self.tr("Name"), lambda c: c.name),
                Column[ClosurePeriod](
                    self.tr("First day"),
                    lambda c: format_date(c.first_day),
                    sort_key=lambda c: c.first_day.toordinal(),
                ),
                Column[ClosurePeriod](
                    self.tr("Last day"),
                    lambda c: format_date(c.last_day),
                    sort_key=lambda c: c.last_day.toordinal(),
                ),
            ],
            self,
        )
        self.list.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.form = ClosureForm(context, self)
        self.list.add_requested.connect(self._new)
        self.list.edit_requested.connect(self._edit)
        self.removal = RemovalActions(context, self.list, Kind.CLOSURE, lambda c: c.name)
        self.removal.done.connect(lambda: self.form.load(None))
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.form, 2)

    def refresh(self) -> None:
        reload(self.list, self._context.read(list_closures))

    def _edit(self, closure: ClosurePeriod) -> None:
        ask_before_leaving(self.form, lambda: self.form.load(closure))

    def _new(self) -> None:
        ask_before_leaving(self.form, self._start_new)

    def _start_new(self) -> None:
        self.form.load(None)
        self.form.name.setFocus()
