"""The roster table, driven from the keyboard: a leader marks twelve families in two minutes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal, SignalInstance
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from ryhmat.domain.model import AttendanceMark


class AttendanceTable(QTableView):
    """Space cycles the current row's mark; 1/2/3 (or the language's letters) set it,
    0 or Delete clears it; Return saves; Ctrl+A marks all present; Ctrl+Z / Ctrl+Y undo
    and redo marks, taken before the window's own shortcuts see them."""

    # Keys pressed in the table, told as what they ask; the view acts on the current row.
    cycle_requested = Signal()  # Space: the next mark, present → absent → excused
    mark_requested = Signal(object)  # 1/2/3 or a letter: an AttendanceMark; 0/Delete: None
    all_present_requested = Signal()  # Ctrl+A: everyone present
    save_requested = Signal()  # Enter
    undo_requested = Signal()  # Ctrl+Z
    redo_requested = Signal()  # Ctrl+Y or Ctrl+Shift+Z

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self._letters = {
            self.tr("P", "key that marks present"): AttendanceMark.PRESENT,
            self.tr("A", "key that marks absent"): AttendanceMark.ABSENT,
            self.tr("E", "key that marks excused"): AttendanceMark.EXCUSED,
        }

    def rowsInserted(
        self, parent: QModelIndex | QPersistentModelIndex, start: int, end: int
    ) -> None:
        super().rowsInserted(parent, start, end)
        # A guest family's names may be longer than any listed before.
        self.resizeColumnsToContents()

    def _direct_mark(self, event: QKeyEvent) -> tuple[bool, AttendanceMark | None]:
        digits = {
            Qt.Key.Key_1: AttendanceMark.PRESENT,
            Qt.Key.Key_2: AttendanceMark.ABSENT,
            Qt.Key.Key_3: AttendanceMark.EXCUSED,
        }
        key = Qt.Key(event.key())
        if key in digits:
            return True, digits[key]
        if key in (Qt.Key.Key_0, Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            return True, None
        letter = event.text().upper()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if plain and letter in self._letters:
            return True, self._letters[letter]
        return False, None

    def _command(self, event: QKeyEvent) -> SignalInstance | None:
        if event.matches(QKeySequence.StandardKey.Undo):
            return self.undo_requested
        redo_y = event.key() == Qt.Key.Key_Y and (
            event.modifiers() == Qt.KeyboardModifier.ControlModifier
        )
        if event.matches(QKeySequence.StandardKey.Redo) or redo_y:
            return self.redo_requested
        if event.matches(QKeySequence.StandardKey.SelectAll):
            return self.all_present_requested
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self.save_requested
        if event.key() == Qt.Key.Key_Space and not event.modifiers():
            return self.cycle_requested
        return None

    def event(self, event: QEvent) -> bool:
        # Claim these keys so that the window's Undo action or a default button does not.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (self._command(event) is not None or self._direct_mark(event)[0])
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        command = self._command(event)
        if command is not None:
            command.emit()
            event.accept()
            return
        is_mark, mark = self._direct_mark(event)
        if is_mark:
            self.mark_requested.emit(mark)
            event.accept()
            return
        super().keyPressEvent(event)
