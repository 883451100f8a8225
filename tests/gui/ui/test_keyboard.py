"""Keyboard and focus: editors open in their first field, Enter saves, Ctrl+F finds in
the list in view, Ctrl+N makes a new item there, and the search takes several words."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from ryhmat.domain.usecases.places import list_organisations
from ryhmat.ui.context import AppContext
from ryhmat.ui.people import FamiliesPage, WorkersPage
from ryhmat.ui.people.family_editor import FamilyEditor
from ryhmat.ui.people.worker_editors import OrganisationEditor, WorkerEditor
from tests.gui.person import (
    CONTROL,
    answer,
    click,
    enter,
    focused,
    press,
    question,
    show_window,
    type_text,
    wait_closed,
    wait_for_focus,
)
from tests.gui.ui.test_unsaved import EDITORS, open_editor
from tests.gui.window import open_main_window

FIRST_FIELDS = {
    "worker": "name",
    "pair": "first",
    "organisation": "name",
    "family": "name",
    "feed": "name",
    "group": "name",
    "season": "name",
    "session": "date_edit",
}


@pytest.mark.parametrize("name", [e for e in EDITORS if e in FIRST_FIELDS])
def test_an_editor_opens_with_the_cursor_in_its_first_field(
    qtbot: QtBot, demo_context: AppContext, name: str
) -> None:
    dialog, _case = open_editor(qtbot, demo_context, name)
    wait_for_focus(qtbot, getattr(dialog, FIRST_FIELDS[name]))


def test_tab_goes_through_the_fields_before_the_buttons(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = WorkerEditor(demo_context)
    qtbot.addWidget(editor)
    editor.open()
    show_window(qtbot, editor)
    reached = [focused()]
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Tab)
        reached.append(focused())
    assert reached == [
        editor.name,
        editor.title,
        editor.kind,
        editor.organisation,
        editor.email,
        editor.save_button,
        editor.buttons.button(QDialogButtonBox.StandardButton.Cancel),
    ]


def test_enter_saves_a_new_organisation(qtbot: QtBot, demo_context: AppContext) -> None:
    editor = OrganisationEditor(demo_context)
    qtbot.addWidget(editor)
    editor.open()
    show_window(qtbot, editor)
    type_text(qtbot, "Seurakunnan perhetyö")
    enter(qtbot)
    wait_closed(qtbot, editor)
    assert "Seurakunnan perhetyö" in [o.name for o in demo_context.read(list_organisations)]


def test_ctrl_f_searches_the_list_in_view_by_several_words(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, demo_context, tmp_path)
    press(qtbot, Qt.Key.Key_4, CONTROL)  # Perheet
    page = window.stack.currentWidget()
    assert isinstance(page, FamiliesPage)
    everyone = page.families.proxy.rowCount()
    press(qtbot, Qt.Key.Key_F, CONTROL)
    assert focused() is page.families.search
    type_text(qtbot, "airaksinen karhunpojat")  # a family name and a group, any case
    shown = page.families.proxy
    assert 0 < shown.rowCount() < everyone
    rows = [
        " ".join(shown.index(r, c).data() for c in range(shown.columnCount()))
        for r in range(shown.rowCount())
    ]
    assert all("Airaksinen" in row and "Karhunpojat" in row for row in rows)

    press(qtbot, Qt.Key.Key_F, CONTROL)  # again: the search is chosen, to type over
    assert page.families.search.selectedText() == "airaksinen karhunpojat"


def test_ctrl_n_makes_a_new_item_in_the_view(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, demo_context, tmp_path)
    press(qtbot, Qt.Key.Key_3, CONTROL)  # Työntekijät ja työparit
    page = window.stack.currentWidget()
    assert isinstance(page, WorkersPage)
    press(qtbot, Qt.Key.Key_N, CONTROL)
    editor = page.editor
    assert isinstance(editor, WorkerEditor)
    show_window(qtbot, editor)
    wait_for_focus(qtbot, editor.name)
    type_text(qtbot, "Aino Uusi")
    press(qtbot, Qt.Key.Key_Escape)
    # A new worker typed and then Esc: the question, answered "discard".
    answer(qtbot, question(qtbot), "Discard changes")
    wait_closed(qtbot, editor)

    press(qtbot, Qt.Key.Key_4, CONTROL)
    families = window.stack.currentWidget()
    assert isinstance(families, FamiliesPage)
    click(qtbot, families.families.table)
    press(qtbot, Qt.Key.Key_N, CONTROL)
    assert isinstance(families.editor, FamilyEditor)
    show_window(qtbot, families.editor)
    wait_for_focus(qtbot, families.editor.name)
