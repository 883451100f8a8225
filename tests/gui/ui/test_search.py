"""The window's search (Ctrl+K): typed into, moved in with Up and Down, chosen with Enter."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from ryhmat.domain.usecases.search import FoundKind, search_everything
from ryhmat.domain.usecases.sessions import get_session
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date, weekday_name
from ryhmat.ui.groups import GroupEditor, GroupsPage
from ryhmat.ui.main_window import MainWindow
from ryhmat.ui.people import FamiliesPage, FamilyEditor, WorkersPage
from ryhmat.ui.people.worker_editors import WorkerEditor
from ryhmat.ui.search import SearchDialog, SearchModel
from tests.gui.conftest import TODAY
from tests.gui.person import (
    CONTROL,
    click,
    click_item,
    enter,
    escape,
    focused,
    listed,
    press,
    type_text,
    wait_closed,
    wait_closed_and_back,
    wait_for_dialog,
    wait_for_focus,
)
from tests.gui.window import open_main_window


def open_search(qtbot: QtBot, window: MainWindow) -> SearchDialog:
    press(qtbot, Qt.Key.Key_K, CONTROL)
    dialog = wait_for_dialog(qtbot, SearchDialog)
    assert isinstance(dialog, SearchDialog)
    qtbot.waitUntil(lambda: focused() is dialog.field)
    return dialog


def search_for(qtbot: QtBot, dialog: SearchDialog, text: str) -> None:
    with qtbot.waitSignal(dialog.searched):
        type_text(qtbot, text)


def shown_rows(dialog: SearchDialog) -> list[str]:
    return listed(dialog.results)


def current_text(dialog: SearchDialog) -> str:
    return str(dialog.results.currentIndex().data())


def test_the_model_of_found_things_passes_the_model_tester(
    demo_context: AppContext, model_tester: object
) -> None:
    model = SearchModel()
    model_tester.check(model)  # type: ignore[attr-defined]
    model.set_results(demo_context.read(lambda uow: search_everything(uow, "vauva", TODAY)))
    model_tester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() > 2


def test_what_is_found_is_listed_under_its_kind_and_up_and_down_skip_the_headings(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, demo_context, tmp_path)
    dialog = open_search(qtbot, window)
    search_for(qtbot, dialog, "vauva")
    rows = shown_rows(dialog)
    assert rows[0] == "Groups"
    assert rows[1] == "Vauvaryhmä Pikkuiset"
    assert rows[2] == "Sessions"
    assert all("vauva" in row.casefold() for row in rows[3:]), rows
    assert current_text(dialog) == "Vauvaryhmä Pikkuiset"  # the first thing found
    press(qtbot, Qt.Key.Key_Down)
    assert current_text(dialog) == rows[3]  # past the heading
    press(qtbot, Qt.Key.Key_Up)
    press(qtbot, Qt.Key.Key_Up)  # the first stays first
    assert current_text(dialog) == "Vauvaryhmä Pikkuiset"
    assert focused() is dialog.field  # typing goes on where it was
    escape(qtbot)
    wait_closed(qtbot, dialog)


def test_a_group_found_opens_in_its_editor_on_the_groups_page(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, demo_context, tmp_path)
    dialog = open_search(qtbot, window)
    search_for(qtbot, dialog, "pikkupesä")
    enter(qtbot)
    editor = wait_for_dialog(qtbot, GroupEditor)
    assert isinstance(editor, GroupEditor)
    assert editor.name.text() == "Avoin päiväkoti Pikkupesä"
    page = window.stack.currentWidget()
    assert isinstance(page, GroupsPage)
    assert page.groups.list.current_record().name == "Avoin päiväkoti Pikkupesä"  # type: ignore[union-attr]


def test_a_session_found_by_its_theme_is_made_current_in_the_calendars_week(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, demo_context, tmp_path)
    window.show_view(4)  # from another view
    dialog = open_search(qtbot, window)
    search_for(qtbot, dialog, "vauvahieronta")
    chosen = dialog.current()
    assert chosen is not None
    assert chosen.kind is FoundKind.SESSION
    enter(qtbot)
    wait_closed_and_back(qtbot, dialog)
    assert window.navigation.currentRow() == 0  # the calendar
    current = window.calendar.week_view.current_session()
    assert current is not None
    stored = demo_context.read(lambda uow: get_session(uow, current.session_id))
    assert stored.theme == "Vauvahieronta"
    assert stored.day == chosen.day
    wait_for_focus(qtbot, window.calendar.week_view)


def test_a_date_typed_finds_that_days_sessions(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, demo_context, tmp_path)
    dialog = open_search(qtbot, window)
    search_for(qtbot, dialog, "24.11.")
    rows = shown_rows(dialog)
    assert rows[0] == "Sessions"
    day = date(2026, 11, 24)
    assert all(row.startswith(f"{weekday_name(day)} {format_date(day)} ") for row in rows[1:])
    assert len(rows) > 1


def test_a_family_found_by_a_members_name_opens_in_its_editor(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    family = demo_context.read(lambda uow: uow.families.list()[0])
    member = family.members[0].first_name + " " + family.name
    window = open_main_window(qtbot, demo_context, tmp_path)
    dialog = open_search(qtbot, window)
    search_for(qtbot, dialog, member)
    while dialog.current() is not None and dialog.current().kind is not FoundKind.FAMILY:  # type: ignore[union-attr]
        press(qtbot, Qt.Key.Key_Down)
    assert dialog.current().id == family.id  # type: ignore[union-attr]
    enter(qtbot)
    editor = wait_for_dialog(qtbot, FamilyEditor)
    assert isinstance(editor, FamilyEditor)
    assert editor.name.text() == family.name
    assert isinstance(window.stack.currentWidget(), FamiliesPage)


def test_a_worker_found_opens_in_the_workers_editor_from_the_toolbar_button(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, demo_context, tmp_path)
    button = window.findChild(QToolButton, "searchButton")
    assert isinstance(button, QToolButton)
    assert "Ctrl+K" in button.toolTip()
    click(qtbot, button)
    dialog = wait_for_dialog(qtbot, SearchDialog)
    assert isinstance(dialog, SearchDialog)
    qtbot.waitUntil(lambda: focused() is dialog.field)
    search_for(qtbot, dialog, "nina autio")
    assert shown_rows(dialog) == ["Workers", "Nina Autio – perhetyöntekijä"]
    click_item(qtbot, dialog.results, "Nina Autio – perhetyöntekijä")
    editor = wait_for_dialog(qtbot, WorkerEditor)
    assert isinstance(editor, WorkerEditor)
    assert editor.name.text() == "Nina Autio"
    assert isinstance(window.stack.currentWidget(), WorkersPage)


def test_nothing_found_says_so_and_enter_opens_nothing(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, demo_context, tmp_path)
    dialog = open_search(qtbot, window)
    search_for(qtbot, dialog, "xyzzy")
    assert shown_rows(dialog) == []
    assert dialog.note.text() == "Nothing found."
    enter(qtbot)
    assert dialog.isVisible()
    assert window.stack.currentIndex() == 0
