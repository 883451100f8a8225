"""The window's search (Ctrl+K): one field that finds groups, sessions, families and workers.

What is found is listed by kind under a heading per kind; Up and Down move among the
things found while the cursor stays in the field, Enter (or a click) asks the window to
open the chosen one, Esc closes. The search itself is ``search_everything`` in the
domain, asked once the typing pauses.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
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
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.usecases.search import Found, FoundKind, SearchResults, search_everything
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date, format_time, weekday_name
from ryhmat.ui.people.family_search import SEARCH_DELAY_MS

AnyIndex = QModelIndex | QPersistentModelIndex
FOUND_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_heading(kind: FoundKind) -> str:
    headings = {
        FoundKind.GROUP: QCoreApplication.translate("SearchModel", "Groups"),
        FoundKind.SESSION: QCoreApplication.translate("SearchModel", "Sessions"),
        FoundKind.FAMILY: QCoreApplication.translate("SearchModel", "Families"),
        FoundKind.WORKER: QCoreApplication.translate("SearchModel", "Workers"),
    }
    return headings[kind]


def found_text(found: Found) -> str:
    """A row as the list shows it: a session by its day, time, group and theme."""
    if found.kind is not FoundKind.SESSION or found.day is None:
        return f"{found.name} – {found.detail}" if found.detail else found.name
    when = f"{weekday_name(found.day)} {format_date(found.day)}"
    if found.start is not None:
        when += " " + format_time(found.start)
    parts = [when, found.name, found.detail]
    text = " · ".join(part for part in parts if part)
    if found.cancelled:
        text += " " + QCoreApplication.translate("SearchModel", "(cancelled)")
    return text


class SearchModel(QAbstractListModel):
    """The things found, each kind after its heading (a row that cannot be chosen)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FoundKind | Found] = []

    def set_results(self, results: SearchResults) -> None:
        self.beginResetModel()
        self._rows = []
        for kind, found in (
            (FoundKind.GROUP, results.groups),
            (FoundKind.SESSION, results.sessions),
            (FoundKind.FAMILY, results.families),
            (FoundKind.WORKER, results.workers),
        ):
            if found:
                self._rows.append(kind)
                self._rows.extend(found)
        self.endResetModel()

    def found(self, row: int) -> Found | None:
        """The thing on a row; None for a heading or a row not there."""
        if 0 <= row < len(self._rows):
            item = self._rows[row]
            return item if isinstance(item, Found) else None
        return None

    def found_rows(self) -> list[int]:
        return [row for row in range(len(self._rows)) if self.found(row) is not None]

    # -- Qt's model interface ---------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.found(index.row()) is None:  # a heading: shown as written, never chosen
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if isinstance(item, FoundKind):
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return kind_heading(item)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return found_text(item)
        if role == FOUND_ROLE:
            return item
        return None


class SearchDialog(QDialog):
    """The field and what it finds; ``chosen(Found)`` once one is picked (then it closes)."""

    chosen = Signal(object)  # the Found
    searched = Signal()  # the list shows what the text typed finds

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchDialog")
        self.context = context
        self.setWindowTitle(self.tr("Search"))
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.field.setPlaceholderText(
            self.tr("A group, a family, a worker, a theme or a date (6.1.)")
        )
        self.field.setAccessibleName(self.tr("Search"))
        self.model = SearchModel(self)
        self.results = QListView(self)
        self.results.setModel(self.model)
        self.results.setAccessibleName(self.tr("Found"))
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setUniformItemSizes(True)
        # The cursor stays in the field: Up and Down there move in the list.
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.clicked.connect(lambda index: self._choose(index.row()))
        self.note = QLabel(self)
        self.note.setEnabled(False)  # a quiet, secondary note
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        self.field.textChanged.connect(self._timer.start)
        self.field.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        self.resize(560, 380)

    def search(self) -> None:
        """Search now for what the field holds."""
        self._timer.stop()
        text, today = self.field.text(), self.context.today()
        results = self.context.read(lambda uow: search_everything(uow, text, today))
        self.model.set_results(results)
        rows = self.model.found_rows()
        if rows:
            self._make_current(rows[0])
            self.note.clear()
        else:
            self.note.setText(self.tr("Nothing found.") if text.strip() else "")
        self.searched.emit()

    def current(self) -> Found | None:
        return self.model.found(self.results.currentIndex().row())

    def _make_current(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.results.setCurrentIndex(index)
        self.results.scrollTo(index)

    def _step(self, steps: int) -> None:
        rows = self.model.found_rows()
        if not rows:
            return
        row = self.results.currentIndex().row()
        position = rows.index(row) if row in rows else -1
        self._make_current(rows[max(0, min(len(rows) - 1, position + steps))])

    def _choose(self, row: int) -> None:
        found = self.model.found(row)
        if found is None:
            return
        self.accept()
        self.chosen.emit(found)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if (
            watched is self.field
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                if self._timer.isActive():
                    self.search()
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self._timer.isActive():
                    self.search()
                self._choose(self.results.currentIndex().row())
                return True
        return super().eventFilter(watched, event)
