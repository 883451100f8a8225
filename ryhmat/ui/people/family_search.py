"""Finding a family as its name is typed: a field, and the families it names below it.

The guest form and the merging of families both start here, so a family already
in the register is found before anyone makes it again. The search runs in
storage once the typing pauses (a municipality has thousands of families) and
shows a bounded list: the family, its adults, its children and its groups.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.names import comparable_name
from ryhmat.domain.usecases.families import FamilySummary, find_families
from ryhmat.ui.context import AppContext

AnyIndex = QModelIndex | QPersistentModelIndex

# As the season editor's preview: once the person pauses, not on every key.
SEARCH_DELAY_MS = 200
FAMILY, ADULTS, CHILDREN, GROUPS = range(4)
MATCH_ROLE = Qt.ItemDataRole.UserRole + 1


class FamilyMatchModel(QAbstractTableModel):
    """The families a search found and, last, the offer to make a new family of the
    text typed (``None`` in ``MATCH_ROLE``). Families in ``listed`` are marked as
    already on the list the search adds to."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._matches: list[FamilySummary] = []
        self._new_name: str | None = None
        self._listed: frozenset[uuid.UUID] = frozenset()

    def set_matches(
        self,
        matches: Sequence[FamilySummary],
        new_name: str | None,
        listed: frozenset[uuid.UUID] = frozenset(),
    ) -> None:
        self.beginResetModel()
        self._matches = list(matches)
        self._new_name = new_name
        self._listed = listed
        self.endResetModel()

    @property
    def matches(self) -> list[FamilySummary]:
        return list(self._matches)

    def family(self, row: int) -> FamilySummary | None:
        """The family of a row; None for the new-family row."""
        return self._matches[row] if row < len(self._matches) else None

    # -- Qt's model interface ---------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        if parent.isValid():
            return 0
        return len(self._matches) + (self._new_name is not None)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        found = self.family(index.row())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if found is None:
                return self._new_text() if index.column() == FAMILY else ""
            return self._text(found, index.column())
        if role == Qt.ItemDataRole.FontRole and found is None:
            font = QFont()
            font.setItalic(True)
            return font
        if role == MATCH_ROLE:
            return found
        return None

    def _new_text(self) -> str:
        text = QCoreApplication.translate("FamilyMatchModel", "New family: %1")
        return text.replace("%1", self._new_name or "")

    def _text(self, found: FamilySummary, column: int) -> str:
        if column == FAMILY:
            if found.id in self._listed:
                text = QCoreApplication.translate("FamilyMatchModel", "%1 (on the list already)")
                return text.replace("%1", found.name)
            return found.name
        names = {ADULTS: found.adults, CHILDREN: found.children, GROUPS: found.groups}[column]
        return ", ".join(names)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = [
            QCoreApplication.translate("FamilyMatchModel", "Family"),
            QCoreApplication.translate("FamilyMatchModel", "Adults"),
            QCoreApplication.translate("FamilyMatchModel", "Children"),
            QCoreApplication.translate("FamilyMatchModel", "Groups"),
        ]
        return headers[section] if 0 <= section < len(headers) else None


class MatchTable(QTableView):
    """Return chooses the current row (a plain item view passes Return on to the form,
    which would add the family typed); Up on the first row goes back to the field."""

    chosen = Signal(int)  # the row
    left_at_top = Signal()  # Up on the first row: the focus goes back to the field

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row >= 0:
            self.chosen.emit(row)
            event.accept()
        elif event.key() == Qt.Key.Key_Up and row <= 0:
            self.left_at_top.emit()
            event.accept()
        else:
            super().keyPressEvent(event)


class FamilySearch(QWidget):
    """A search field and the families it finds, chosen by Down and Enter or a click.

    ``chosen(FamilySummary)`` for a family; ``new_requested(str)`` for the offer to
    make a new family of the text typed, shown last when ``offer_new`` is on.
    """

    chosen = Signal(object)  # the FamilySummary chosen
    new_requested = Signal(str)  # the text typed, its spaces tidied, as the new family's name
    searched = Signal()  # the list shows what the text typed finds

    def __init__(
        self, context: AppContext, offer_new: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.offer_new = offer_new
        self.excluded: frozenset[uuid.UUID] = frozenset()
        self.listed: frozenset[uuid.UUID] = frozenset()
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.model = FamilyMatchModel(self)
        self.matches = MatchTable(self)
        self.matches.setModel(self.model)
        self.matches.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matches.setTabKeyNavigation(False)
        self.matches.setWordWrap(False)
        self.matches.verticalHeader().hide()
        header = self.matches.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.matches.setAccessibleName(self.tr("Families found"))
        self.matches.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(self._timer.start)
        self.matches.chosen.connect(self._choose)
        self.matches.clicked.connect(lambda index: self._choose(index.row()))
        self.matches.left_at_top.connect(self.field.setFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.matches)
        self.setFocusProxy(self.field)
        self.field.installEventFilter(self)

    def clear(self) -> None:
        self._timer.stop()
        self.field.clear()
        self._show([])

    def search(self) -> None:
        """Search now for what the field holds."""
        self._timer.stop()
        text = self.field.text()
        found: list[FamilySummary] = []
        if comparable_name(text):
            found = self.context.read(lambda uow: find_families(uow, text))
        self._show([f for f in found if f.id not in self.excluded])
        self.searched.emit()

    def _show(self, found: list[FamilySummary]) -> None:
        text = " ".join(self.field.text().split())
        offer = text if self.offer_new and comparable_name(text) else None
        self.model.set_matches(found, offer, self.listed)
        self.matches.setVisible(self.model.rowCount() > 0)
        self.matches.setFixedHeight(self._height_for(self.model.rowCount()))

    def _height_for(self, rows: int) -> int:
        shown = max(1, min(rows, 6))
        header = self.matches.horizontalHeader().sizeHint().height()
        return header + shown * self.matches.verticalHeader().defaultSectionSize() + 4

    def _enter_matches(self) -> None:
        """Down or Enter in the field: to the list, on its first row."""
        if self._timer.isActive():
            self.search()
        if self.model.rowCount():
            self.matches.setFocus()
            self.matches.setCurrentIndex(self.model.index(0, 0))

    def _choose(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        found = self.model.family(row)
        if found is None:
            self.new_requested.emit(" ".join(self.field.text().split()))
        else:
            self.chosen.emit(found)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            # Taken here: Return must not reach the form's or the dialog's default action.
            self._enter_matches()
            return True
        return super().eventFilter(watched, event)
