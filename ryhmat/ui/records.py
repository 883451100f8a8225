"""A table of records (workers, places, families…) with sorting and a search box.

One model class serves every list: a view declares its columns, the model
shows the records, a QSortFilterProxyModel sorts them and filters by the
search text over every column.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.names import comparable_name
from ryhmat.ui.formatting import archived_name

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)  # no slots: typing sets __orig_class__ on Column[X](...)
class Column(Generic[T]):
    """A column: its (already translated) header, its text, and how it sorts."""

    header: str
    text: Callable[[T], str]
    sort_key: Callable[[T], Any] | None = None
    explanation: str = ""  # what the column holds, shown over its header
    # What a cell's text needs said about it (over capacity, say); empty: its text.
    tooltip: Callable[[T], str] | None = None


class RecordTableModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._records: list[T] = []
        self._archived: Callable[[T], bool] = _never
        # Each cell's text, made once: a view asks again and again as it lays rows
        # out, and a text (a date as the language writes it) is not free to make.
        self._texts: dict[tuple[int, int], str] = {}

    def show_archived_by(self, archived: Callable[[T], bool]) -> None:
        """Rows of archived records say so in their first column, in a muted colour."""
        self.beginResetModel()
        self._archived = archived
        self._texts.clear()
        self.endResetModel()

    @property
    def records(self) -> list[T]:
        return list(self._records)

    def set_records(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._texts.clear()
        self.endResetModel()

    def _text(self, row: int, column: int) -> str:
        text = self._texts.get((row, column))
        if text is None:
            text = self._texts[row, column] = self._columns[column].text(self._records[row])
        return text

    def record(self, row: int) -> T:
        return self._records[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._records):
            return None
        record = self._records[index.row()]
        column = self._columns[index.column()]
        tooltip = column.tooltip
        if role == Qt.ItemDataRole.ToolTipRole and tooltip and (said := tooltip(record)):
            return said
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(index.row(), index.column())
            return archived_name(text, index.column() == 0 and self._archived(record))
        if role == Qt.ItemDataRole.ForegroundRole and self._archived(record):
            return QApplication.palette().brush(
                QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text
            )
        if role == SORT_ROLE:
            if column.sort_key is not None:
                return column.sort_key(record)
            return self._text(index.row(), index.column()).casefold()
        if role == RECORD_ROLE:
            return record
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].header
        if role == Qt.ItemDataRole.ToolTipRole and self._columns[section].explanation:
            return self._columns[section].explanation
        return None


def _never(_record: object) -> bool:
    return False


class RecordFilterProxy(QSortFilterProxyModel):
    """Sorts by each column's sort key and keeps the rows that have every word of the
    search somewhere in their columns ("airaksinen karhu" finds the Airaksinens of
    Karhunpojat), compared as names are everywhere (case, invisible characters and how
    an ä was typed do not matter)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setSortLocaleAware(True)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = comparable_name(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self._words:
            return True
        model = self.sourceModel()
        row = comparable_name(
            " ".join(
                str(model.data(model.index(source_row, column, source_parent)) or "")
                for column in range(model.columnCount(source_parent))
            )
        )
        return all(word in row for word in self._words)


class RecordListView(QWidget, Generic[T]):
    """A search box, a sortable table and Add / Edit buttons; emits the chosen record."""

    add_requested = Signal()  # Add was pressed (or Ctrl+N): the view opens an empty editor
    edit_requested = Signal(object)  # the record of a row activated (Enter, double-click) or Edit

    def __init__(self, columns: Sequence[Column[T]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: RecordTableModel[T] = RecordTableModel(columns, self)
        self.proxy = RecordFilterProxy(self)
        self.proxy.setSourceModel(self.model)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_search)

        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Enter, and a double-click (or a single one where the desktop opens items so):
        # Qt says both with ``activated``, which a double-click also follows.
        self.table.activated.connect(self._edit_index)

        self.add_button = QPushButton(self.tr("Add…"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.edit_button = QPushButton(self.tr("Edit…"), self)
        self.edit_button.clicked.connect(self._edit_current)

        self.buttons = QHBoxLayout()
        self.buttons.addWidget(self.search, 1)
        self.buttons.addWidget(self.add_button)
        self.buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.buttons)
        layout.addWidget(self.table, 1)
        self.setFocusProxy(self.search)

    def set_records(self, records: Sequence[T]) -> None:
        self.model.set_records(records)
        self.table.resizeColumnsToContents()

    def current_record(self) -> T | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        record: T = self.proxy.data(index, RECORD_ROLE)
        return record

    def _edit_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_requested.emit(self.proxy.data(index, RECORD_ROLE))

    def _edit_current(self) -> None:
        record = self.current_record()
        if record is not None:
            self.edit_requested.emit(record)
