"""The roster of one session as a table: who, and their mark (present, absent, excused)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from ryhmat.domain.model import AttendanceMark, Family, MemberKind, RosterFamily
from ryhmat.domain.usecases.attendance import RosterLine, family_lines
from ryhmat.labels import label, written_age

AnyIndex = QModelIndex | QPersistentModelIndex
Mark = AttendanceMark | None

# The family's photo permission last: whoever leads sees whom not to photograph.
FAMILY, NAME, WHO, MARK, PHOTOS = range(5)
LINE_ROLE = Qt.ItemDataRole.UserRole + 1
MARK_ROLE = Qt.ItemDataRole.UserRole + 2

# Erased people's marks are kept as anonymous counts: shown, greyed, never changed here.
ERASED_TEXT = QColor("#6b6b6b")

# Calm tints that keep the text readable and tell the marks apart at a glance.
MARK_TINTS = {
    AttendanceMark.PRESENT: QColor("#d5ecd4"),
    AttendanceMark.ABSENT: QColor("#f8d3d8"),
    AttendanceMark.EXCUSED: QColor("#fbe3c3"),
}


def next_mark(mark: Mark) -> AttendanceMark:
    """Space cycles empty → present → absent → excused → present…"""
    if mark is AttendanceMark.PRESENT:
        return AttendanceMark.ABSENT
    if mark is AttendanceMark.ABSENT:
        return AttendanceMark.EXCUSED
    return AttendanceMark.PRESENT


def guest_lines(family: Family | RosterFamily, day: date) -> list[RosterLine]:
    """A guest family's people in the order the roster lists a family."""
    return family_lines(family, day, is_guest=True)


def erased_name(line: RosterLine) -> str:
    """Stands in for the name of an erased family's person."""
    if line.kind is MemberKind.ADULT:
        return QCoreApplication.translate("AttendanceModel", "Erased adult")
    return QCoreApplication.translate("AttendanceModel", "Erased child")


def who_text(line: RosterLine) -> str:
    if line.kind is MemberKind.ADULT:
        return (
            label(line.role)
            if line.role is not None
            else QCoreApplication.translate("AttendanceModel", "adult")
        )
    if line.months is None:
        return QCoreApplication.translate("AttendanceModel", "child")
    return written_age(line.months)


class AttendanceModel(QAbstractTableModel):
    """The people of a session with their marks, and the guest families added here.

    Marks change only through ``set_mark`` (the view wraps each change in an
    undo command); ``marks_changed`` tells the view to update its count.
    """

    marks_changed = Signal()  # a mark was set, undone or redone, or the rows were loaded

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines: list[RosterLine] = []
        self._marks: dict[uuid.UUID, Mark] = {}
        self._new_guests: list[Family] = []
        self._known_guests: list[uuid.UUID] = []
        self._enrolling: set[uuid.UUID] = set()

    # -- contents -------------------------------------------------------------------

    def set_lines(self, lines: Sequence[RosterLine]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._marks = {line.member_id: line.mark for line in lines}
        self._new_guests = []
        self._known_guests = []
        self._enrolling = set()
        self.endResetModel()
        self.marks_changed.emit()

    def add_lines(self, lines: Sequence[RosterLine]) -> None:
        """Show more people after those shown, keeping every mark and undo step."""
        new = [line for line in lines if line.member_id not in self._marks]
        if not new:
            return
        first = len(self._lines)
        self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
        self._lines += new
        self._marks.update({line.member_id: line.mark for line in new})
        self.endInsertRows()
        self.marks_changed.emit()

    def line(self, row: int) -> RosterLine:
        return self._lines[row]

    def row_of(self, member_id: uuid.UUID) -> int:
        for row, line in enumerate(self._lines):
            if line.member_id == member_id:
                return row
        raise KeyError(member_id)

    def mark(self, member_id: uuid.UUID) -> Mark:
        return self._marks.get(member_id)

    def set_mark(self, member_id: uuid.UUID, mark: Mark) -> None:
        row = self.row_of(member_id)
        self._marks[member_id] = mark
        self.dataChanged.emit(self.index(row, 0), self.index(row, PHOTOS))
        self.marks_changed.emit()

    def marks(self) -> dict[uuid.UUID, AttendanceMark]:
        """The marks to save; people left unmarked are left out."""
        return {member: mark for member, mark in self._marks.items() if mark is not None}

    def count(self, mark: AttendanceMark) -> int:
        return sum(1 for m in self._marks.values() if m is mark)

    @property
    def new_guest_families(self) -> list[Family]:
        """Guest families made on the spot and not saved yet."""
        return list(self._new_guests)

    @property
    def known_guest_families(self) -> list[uuid.UUID]:
        """Families of the register added here as guests."""
        return list(self._known_guests)

    @property
    def enrolling_families(self) -> list[uuid.UUID]:
        """Families added here that join the group from the session's day."""
        return [
            f
            for f in [*(g.id for g in self._new_guests), *self._known_guests]
            if f in self._enrolling
        ]

    def has_family(self, family_id: uuid.UUID) -> bool:
        return any(line.family_id == family_id for line in self._lines)

    def add_guest_family(
        self,
        family: Family | RosterFamily,
        day: date,
        mark: Mark = AttendanceMark.PRESENT,
        *,
        is_new: bool = True,
        enrolling: bool = False,
    ) -> None:
        """Append a guest family's people; a family added on the spot came, so present.
        A family of the register (not ``is_new``) is marked, not made again."""
        lines = guest_lines(family, day)
        first = len(self._lines)
        self.beginInsertRows(QModelIndex(), first, first + len(lines) - 1)
        self._lines.extend(lines)
        self._marks.update({line.member_id: mark for line in lines})
        if isinstance(family, Family) and is_new:
            self._new_guests.append(family)
        else:
            self._known_guests.append(family.id)
        if enrolling:
            self._enrolling.add(family.id)
        self.endInsertRows()
        self.marks_changed.emit()

    def remove_guest_family(self, family_id: uuid.UUID) -> None:
        rows = [r for r, line in enumerate(self._lines) if line.family_id == family_id]
        if not rows:
            return
        # A family's lines are added together, so they are one block of rows.
        self.beginRemoveRows(QModelIndex(), rows[0], rows[-1])
        for line in self._lines[rows[0] : rows[-1] + 1]:
            self._marks.pop(line.member_id, None)
        del self._lines[rows[0] : rows[-1] + 1]
        self._new_guests = [f for f in self._new_guests if f.id != family_id]
        self._known_guests = [f for f in self._known_guests if f != family_id]
        self._enrolling.discard(family_id)
        self.endRemoveRows()
        self.marks_changed.emit()

    # -- Qt's model interface ---------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else PHOTOS + 1

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line = self._lines[index.row()]
        mark = self._marks.get(line.member_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, mark, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            if line.is_erased:
                return QCoreApplication.translate(
                    "AttendanceModel",
                    "This family's personal data was erased; the mark is kept as an "
                    "anonymous count and cannot be changed.",
                )
            return self._text(line, mark, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and line.is_erased:
            return ERASED_TEXT
        if role == Qt.ItemDataRole.BackgroundRole and mark is not None:
            return MARK_TINTS[mark]
        if role == Qt.ItemDataRole.FontRole and index.column() == MARK and mark is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == LINE_ROLE:
            return line
        if role == MARK_ROLE:
            return mark
        return None

    def _text(self, line: RosterLine, mark: Mark, column: int) -> str:
        if column == FAMILY:
            if line.is_erased:
                return QCoreApplication.translate("AttendanceModel", "Erased family")
            if line.family_id in self._enrolling:
                return QCoreApplication.translate(
                    "AttendanceModel", "%1 (joins the group)"
                ).replace("%1", line.family_name)
            if line.is_guest:
                return QCoreApplication.translate("AttendanceModel", "%1 (guest)").replace(
                    "%1", line.family_name
                )
            return line.family_name
        if column == NAME:
            return erased_name(line) if line.is_erased else line.name
        if column == WHO:
            return who_text(line)
        if column == PHOTOS:
            return "" if line.is_erased else label(line.photo_permission)
        return label(mark) if mark is not None else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        headers = [
            QCoreApplication.translate("AttendanceModel", "Family"),
            QCoreApplication.translate("AttendanceModel", "Name"),
            QCoreApplication.translate("AttendanceModel", "Role or age"),
            QCoreApplication.translate("AttendanceModel", "Mark"),
            QCoreApplication.translate("AttendanceModel", "Photo permission"),
        ]
        return headers[section] if 0 <= section < len(headers) else None
