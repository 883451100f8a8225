"""Every list page works the same way: New and Edit (named, with Alt keys) open the item's
dialog, Enter saves it (its default button), Esc closes it making nothing, and the new
item is the chosen row of the list afterwards."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ryhmat.ui.context import AppContext
from ryhmat.ui.feeds import FeedsPage
from ryhmat.ui.groups import GroupsPage
from ryhmat.ui.people import FamiliesPage, WorkersPage
from ryhmat.ui.records import RecordListView
from ryhmat.ui.unsaved import GuardedDialog
from tests.gui.person import (
    click,
    enter,
    escape,
    no_question,
    show_window,
    type_text,
    wait_closed,
    wait_for_dialog,
    wait_for_focus,
)
from tests.gui.records import shown


@dataclass(frozen=True)
class ListPage:
    """A page, how to show the list on it, and the list."""

    make: Callable[[AppContext], QWidget]
    show: Callable[[Any], RecordListView[Any]]


def _tab(index: int) -> Callable[[Any], RecordListView[Any]]:
    def show(page: Any) -> RecordListView[Any]:
        page.tabs.setCurrentIndex(index)
        view = page.tabs.currentWidget()
        return view if isinstance(view, RecordListView) else view.list

    return show


PAGES = {
    "workers": ListPage(WorkersPage, _tab(0)),
    "pairs": ListPage(WorkersPage, _tab(1)),
    "organisations": ListPage(WorkersPage, _tab(2)),
    "groups": ListPage(GroupsPage, _tab(0)),
    "places": ListPage(GroupsPage, _tab(1)),
    "families": ListPage(FamiliesPage, lambda page: page.families),
    "feeds": ListPage(FeedsPage, lambda page: page.list),
}
# Made by typing a name alone into the new item's dialog (a worker needs a title too, a
# family a member: their own tests type those).
NAMED = ["organisations", "groups", "places"]


def open_list(qtbot: QtBot, context: AppContext, name: str) -> RecordListView[Any]:
    page = PAGES[name].make(context)
    qtbot.addWidget(page)
    show_window(qtbot, page)
    return PAGES[name].show(page)


@pytest.mark.parametrize("name", list(PAGES))
def test_new_and_edit_are_named_with_alt_keys_and_open_a_dialog_that_esc_closes(
    qtbot: QtBot, demo_context: AppContext, name: str
) -> None:
    view = open_list(qtbot, demo_context, name)
    for button in (view.add_button, view.edit_button):
        assert "&" in button.text(), button.text()
    assert view.add_button.text().startswith("&New ")
    assert view.edit_button.text().replace("&", "").startswith("Edit ")

    before = shown(view)
    click(qtbot, view.add_button)
    dialog = wait_for_dialog(qtbot, GuardedDialog)
    assert isinstance(dialog, GuardedDialog)
    show_window(qtbot, dialog)
    escape(qtbot)  # nothing typed: no question
    wait_closed(qtbot, dialog)
    assert no_question()
    assert shown(view) == before


@pytest.mark.parametrize("name", NAMED)
def test_enter_saves_a_new_item_and_the_list_chooses_it(
    qtbot: QtBot, demo_context: AppContext, name: str
) -> None:
    view = open_list(qtbot, demo_context, name)
    click(qtbot, view.add_button)
    dialog = wait_for_dialog(qtbot, GuardedDialog)
    show_window(qtbot, dialog)
    field = dialog.focusWidget()
    assert field is not None
    wait_for_focus(qtbot, field)  # the cursor is in the first field
    type_text(qtbot, "Uusi Nimi")
    enter(qtbot)
    wait_closed(qtbot, dialog)
    qtbot.waitUntil(lambda: "Uusi Nimi" in shown(view))
    current = view.table.currentIndex()
    assert current.siblingAtColumn(0).data(Qt.ItemDataRole.DisplayRole) == "Uusi Nimi"
