"""Pikanäppäimet: the app's keyboard shortcuts in one window (Help menu, F1).

The list is gathered, not kept by hand: every action of the window that has a key
(its menus, its views' own actions) says what it does in its own words, under its
menu's or its view's name. Keys that are no action's — a view's plain key handlers —
are listed as data by the code that handles them: each such list is a function in
``LISTED_KEYS``, so adding one is one line there.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ryhmat.ui.records import Column, RecordTableModel

ROW_PADDING = 8  # pixels above and below a line of the table


@dataclass(frozen=True, slots=True)
class KeyHelp:
    """One shortcut as the list shows it: where it works, what it does, its keys."""

    section: str
    what: str
    keys: str


def plain_text(text: str) -> str:
    """A menu item's text as a sentence shows it: without its Alt-key mark or dots."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


# Keys a platform's standard shortcuts name that an office keyboard does not have
# (X11 gives Undo the F14 of old Sun keyboards and a key of its own).
_NOT_ON_A_KEYBOARD = {Qt.Key.Key_Undo, Qt.Key.Key_Redo} | {
    Qt.Key(Qt.Key.Key_F13.value + n)
    for n in range(23)  # F13 to F35
}


def on_a_keyboard(key: QKeySequence) -> bool:
    if key.isEmpty():
        return False
    first: QKeyCombination = cast(Any, key)[0]  # the stubs miss that a sequence indexes
    return first.key() not in _NOT_ON_A_KEYBOARD


def keys_text(keys: Iterable[QKeySequence]) -> str:
    """Keys as the platform writes them (Ctrl+K), several joined by commas; those no
    office keyboard has are left out."""
    written = (
        key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys if on_a_keyboard(key)
    )
    return ", ".join(dict.fromkeys(text for text in written if text))


def menu_of(action: QAction) -> QMenu | None:
    return next((o for o in action.associatedObjects() if isinstance(o, QMenu)), None)


def from_actions(
    actions: Iterable[QAction], section_of: Callable[[QAction], str | None]
) -> list[KeyHelp]:
    """The actions that have keys, each once, under the section ``section_of`` names
    (None: not listed, e.g. an action of a view that is not the window's)."""
    found: list[KeyHelp] = []
    for action in actions:
        keys = keys_text(action.shortcuts())
        section = section_of(action)
        if not keys or section is None or not action.text():
            continue
        help_line = KeyHelp(section, plain_text(action.text()), keys)
        if help_line not in found:
            found.append(help_line)
    return found


def calendar_keys() -> list[KeyHelp]:
    """The calendar's own keys, which are no action's (its page handles them)."""
    from ryhmat.ui.calendar.page import NEXT_KEYS, PREVIOUS_KEYS, TODAY_KEY

    section = QCoreApplication.translate("Shortcuts", "Calendar")
    return [
        KeyHelp(
            section,
            QCoreApplication.translate("Shortcuts", "Previous week or month"),
            keys_text(PREVIOUS_KEYS),
        ),
        KeyHelp(
            section,
            QCoreApplication.translate("Shortcuts", "Next week or month"),
            keys_text(NEXT_KEYS),
        ),
        KeyHelp(
            section, QCoreApplication.translate("Shortcuts", "Go to today"), keys_text([TODAY_KEY])
        ),
    ]


def calendar_move_keys() -> list[KeyHelp]:
    """The keys that move the chosen session in the calendar (its views handle them)."""
    from ryhmat.ui.calendar.moving import shortcut_descriptions

    section = QCoreApplication.translate("Shortcuts", "Calendar")
    return [
        KeyHelp(section, description, keys_text([key]))
        for key, description in shortcut_descriptions()
    ]


# Keys listed as data by the code that handles them; add a function here for more.
LISTED_KEYS: tuple[Callable[[], list[KeyHelp]], ...] = (calendar_keys, calendar_move_keys)


def listed_keys() -> list[KeyHelp]:
    return [line for listing in LISTED_KEYS for line in listing()]


def in_sections(lines: Sequence[KeyHelp]) -> list[KeyHelp]:
    """The lines grouped by section, the sections in the order they first come."""
    order = list(dict.fromkeys(line.section for line in lines))
    return sorted(lines, key=lambda line: order.index(line.section))


class ShortcutsDialog(QDialog):
    """The shortcuts in a table: where, what, which keys."""

    def __init__(self, lines: Sequence[KeyHelp], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.model: RecordTableModel[KeyHelp] = RecordTableModel(
            [
                Column[KeyHelp](self.tr("Where"), lambda line: line.section),
                Column[KeyHelp](self.tr("Action"), lambda line: line.what),
                Column[KeyHelp](self.tr("Keys"), lambda line: line.keys),
            ],
            self,
        )
        self.model.set_records(in_sections(lines))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setDefaultSectionSize(self.fontMetrics().height() + ROW_PADDING)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(620, 560)
