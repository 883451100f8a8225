"""Places: a list; New and Edit open the place editor, a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from ryhmat.domain.model import Place
from ryhmat.domain.usecases.places import list_places
from ryhmat.domain.usecases.removal import Kind
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups.place_editor import PlaceEditor
from ryhmat.ui.people.widgets import reload, select_record
from ryhmat.ui.records import Column, RecordListView
from ryhmat.ui.removal import RemovalActions


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
