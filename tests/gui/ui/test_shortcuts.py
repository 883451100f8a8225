"""Pikanäppäimet (F1): the window's shortcuts, gathered from its actions and its views."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.ui.calendar.page import TODAY_KEY
from ryhmat.ui.context import AppContext
from ryhmat.ui.shortcuts import KeyHelp, ShortcutsDialog, keys_text, plain_text
from tests.gui.person import escape, press, wait_closed, wait_for_dialog
from tests.gui.window import open_main_window


def shown_lines(dialog: ShortcutsDialog) -> list[tuple[str, str, str]]:
    return [(line.section, line.what, line.keys) for line in dialog.model.records]


def open_shortcuts(qtbot: QtBot) -> ShortcutsDialog:
    press(qtbot, Qt.Key.Key_F1)
    dialog = wait_for_dialog(qtbot, ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_f1_lists_every_menu_items_keys_and_the_calendars_own(
    qtbot: QtBot,
    demo_context: AppContext,
    tmp_path: Path,
    windows: list[QWidget],
    model_tester: ModelTester,
) -> None:
    window = open_main_window(qtbot, demo_context, tmp_path)
    listing = ShortcutsDialog(window.shortcut_lines())
    windows.append(listing)
    model_tester.check(listing.model)
    dialog = open_shortcuts(qtbot)
    lines = shown_lines(dialog)
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert isinstance(menu, QMenu)
        for action in menu.actions():
            if action.shortcuts():
                wanted = (plain_text(menu.title()), plain_text(action.text()))
                assert wanted in [(section, what) for section, what, _ in lines], wanted
    assert ("Edit", "Search everything", "Ctrl+K") in lines
    assert ("Help", "Keyboard shortcuts", "F1") in lines
    assert ("View", "Statistics", "Ctrl+5") in lines
    assert ("Calendar", "Record attendance", "Ctrl+R") in lines
    assert ("Calendar", "Go to today", keys_text([TODAY_KEY])) in lines
    sections = [section for section, _, _ in lines]
    assert list(dict.fromkeys(sections)) == ["File", "Edit", "View", "Help", "Calendar"]
    escape(qtbot)
    wait_closed(qtbot, dialog)


def test_an_action_given_a_key_is_listed_without_anyone_listing_it(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, demo_context, tmp_path)
    menus = [action.menu() for action in window.menuBar().actions()]
    edit = next(m for m in menus if isinstance(m, QMenu) and m.title() == "&Edit")
    added = edit.addAction("&Tidy up…")
    added.setShortcut(QKeySequence("Ctrl+Shift+Y"))
    assert KeyHelp("Edit", "Tidy up", "Ctrl+Shift+Y") in window.shortcut_lines()


def test_keys_no_office_keyboard_has_are_left_out() -> None:
    keys = [QKeySequence("Ctrl+Z"), QKeySequence(Qt.Key.Key_F14), QKeySequence(Qt.Key.Key_Undo)]
    assert keys_text(keys) == "Ctrl+Z"
    assert keys_text([QKeySequence(Qt.Key.Key_F1), QKeySequence("Ctrl+Z")]) == "F1, Ctrl+Z"


def test_menu_texts_are_shown_without_their_marks() -> None:
    assert plain_text("&Search everything…") == "Search everything"
    assert plain_text("Pat && Mat") == "Pat & Mat"
