"""A family's members as an editable table: adults with a role, children with a birth month.

Members keep their ids through every edit: attendance marks refer to them.
"""

from __future__ import annotations

import dataclasses
import enum
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.model import AdultRole, Member, MemberKind
from ryhmat.domain.usecases.families import EARLIEST_BIRTH_YEAR
from ryhmat.labels import label
from ryhmat.ui.people.widgets import combo_index, fill_combo

AnyIndex = QModelIndex | QPersistentModelIndex


class MemberColumn(enum.IntEnum):
    FIRST_NAME = 0
    LAST_NAME = 1
    KIND = 2
    ROLE = 3
    BIRTH_YEAR = 4
    BIRTH_MONTH = 5


def month_name(month: int) -> str:
    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)


def _number(value: object) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int):
        return value
    return int(str(value).strip())  # ValueError: not a number, the cell is not changed


class MembersModel(QAbstractTableModel):
    """Copies of a family's members; the editor saves them all at once."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._members: list[Member] = []
        self._stored: set[uuid.UUID] = set()
        self._headers = {
            MemberColumn.FIRST_NAME: self.tr("First name"),
            MemberColumn.LAST_NAME: self.tr("Last name"),
            MemberColumn.KIND: self.tr("Adult or child"),
            MemberColumn.ROLE: self.tr("Role"),
            MemberColumn.BIRTH_YEAR: self.tr("Birth year"),
            MemberColumn.BIRTH_MONTH: self.tr("Birth month"),
        }

    def set_members(self, members: Sequence[Member]) -> None:
        self.beginResetModel()
        self._members = [dataclasses.replace(m) for m in members]
        self._stored = {m.id for m in members}
        self.endResetModel()

    def members(self) -> list[Member]:
        return [dataclasses.replace(m) for m in self._members]

    def member(self, row: int) -> Member:
        return dataclasses.replace(self._members[row])

    def add_member(self, kind: MemberKind, last_name: str = "") -> QModelIndex:
        """A new empty member at the end; returns the cell of its first name."""
        row = len(self._members)
        self.beginInsertRows(QModelIndex(), row, row)
        self._members.append(Member(first_name="", last_name=last_name, kind=kind))
        self.endInsertRows()
        return self.index(row, MemberColumn.FIRST_NAME)

    def removes_stored_members(self) -> bool:
        """Would saving delete a member who was already saved (and their attendance)?"""
        return bool(self._stored - {m.id for m in self._members})

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._members)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(MemberColumn)

    def removeRows(self, row: int, count: int, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._members):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._members[row : row + count]
        self.endRemoveRows()
        return True

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(MemberColumn)
        ):
            return self._headers[MemberColumn(section)]
        return None

    def _applies(self, member: Member, column: MemberColumn) -> bool:
        if column is MemberColumn.ROLE:
            return member.kind is MemberKind.ADULT
        if column in (MemberColumn.BIRTH_YEAR, MemberColumn.BIRTH_MONTH):
            return member.kind is MemberKind.CHILD
        return column is not MemberColumn.KIND

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if self._applies(self._members[index.row()], MemberColumn(index.column())):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._members):
            return None
        member = self._members[index.row()]
        column = MemberColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(member, column)
        if role == Qt.ItemDataRole.EditRole:
            return self._value(member, column)
        return None

    def _value(self, member: Member, column: MemberColumn) -> Any:
        values = {
            MemberColumn.FIRST_NAME: member.first_name,
            MemberColumn.LAST_NAME: member.last_name,
            MemberColumn.KIND: member.kind,
            MemberColumn.ROLE: member.role,
            MemberColumn.BIRTH_YEAR: member.birth_year,
            MemberColumn.BIRTH_MONTH: member.birth_month,
        }
        return values[column] if self._applies(member, column) else None

    def _text(self, member: Member, column: MemberColumn) -> str:
        if column is MemberColumn.KIND:
            return self.tr("adult") if member.kind is MemberKind.ADULT else self.tr("child")
        value = self._value(member, column)
        if value is None:
            return ""
        if column is MemberColumn.ROLE:
            return label(AdultRole(value))
        if column is MemberColumn.BIRTH_MONTH:
            return month_name(value)
        return str(value)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        member = self._members[index.row()]
        try:
            self._set(member, MemberColumn(index.column()), value)
        except ValueError:
            return False
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    @staticmethod
    def _set(member: Member, column: MemberColumn, value: Any) -> None:
        if column is MemberColumn.FIRST_NAME:
            member.first_name = str(value)
        elif column is MemberColumn.LAST_NAME:
            member.last_name = str(value)
        elif column is MemberColumn.ROLE:
            member.role = None if value in (None, "") else AdultRole(value)
        elif column is MemberColumn.BIRTH_YEAR:
            member.birth_year = _number(value)
        elif column is MemberColumn.BIRTH_MONTH:
            member.birth_month = _number(value)


class MemberDelegate(QStyledItemDelegate):
    """Choices for the role and the birth month, a spin box for the birth year."""

    def __init__(self, latest_year: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._latest_year = latest_year

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        column = MemberColumn(index.column())
        if column is MemberColumn.ROLE:
            combo = QComboBox(parent)
            fill_combo(combo, ((label(r), r.value) for r in AdultRole))
            return combo
        if column is MemberColumn.BIRTH_MONTH:
            combo = QComboBox(parent)
            fill_combo(combo, [("", None), *((month_name(m), m) for m in range(1, 13))])
            return combo
        if column is MemberColumn.BIRTH_YEAR:
            spin = QSpinBox(parent)
            spin.setRange(EARLIEST_BIRTH_YEAR, self._latest_year)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(combo_index(editor, value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(value or self._latest_year)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)


class MembersPanel(QWidget):
    """The members table with Add adult / Add child / Remove member."""

    def __init__(
        self,
        latest_year: int,
        default_last_name: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._default_last_name = default_last_name
        self.model = MembersModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(MemberDelegate(latest_year, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

        self.add_adult_button = QPushButton(self.tr("Add &adult"), self)
        self.add_adult_button.clicked.connect(lambda: self.add(MemberKind.ADULT))
        self.add_child_button = QPushButton(self.tr("Add &child"), self)
        self.add_child_button.clicked.connect(lambda: self.add(MemberKind.CHILD))
        self.remove_button = QPushButton(self.tr("&Remove member"), self)
        self.remove_button.clicked.connect(self.remove_current)
        for button in (self.add_adult_button, self.add_child_button, self.remove_button):
            button.setAutoDefault(False)
        self.removal_note = QLabel(
            self.tr("Saving also removes the attendance marks of the removed members."), self
        )
        self.removal_note.setWordWrap(True)
        self.removal_note.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_adult_button)
        buttons.addWidget(self.add_child_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.removal_note)

    def open_editor_text(self) -> str | None:
        """The text of a name cell being typed, if one is open."""
        editor = self.table.indexWidget(self.table.currentIndex())
        return editor.text() if isinstance(editor, QLineEdit) else None

    def commit_open_editor(self) -> None:
        """Put a cell's value that is still being typed into the model, and close its
        editor: left open, it would commit again when the window loses the focus."""
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None:
            delegate = self.table.itemDelegate()
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def add(self, kind: MemberKind) -> None:
        index = self.model.add_member(kind, " ".join(self._default_last_name().split()))
        self.table.setCurrentIndex(index)
        self.table.setFocus()
        self.table.edit(index)

    def remove_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.model.removeRows(index.row(), 1)
        self.removal_note.setVisible(self.model.removes_stored_members())
