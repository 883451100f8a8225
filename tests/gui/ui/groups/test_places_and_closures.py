"""The Places and Closures tabs: list, edit, validate, delete."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import Place
from ryhmat.domain.usecases.places import list_closures, list_places, save_place
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups import GroupsPage
from ryhmat.ui.groups.place_editor import PlaceEditor
from ryhmat.ui.records import RecordListView
from tests.gui.person import (
    click,
    click_into,
    enter,
    press,
    show_window,
    tab,
    type_over,
    type_text,
    wait_closed,
    wait_for_focus,
)
from tests.gui.records import shown


def open_page(qtbot: QtBot, context: AppContext, tab: int) -> GroupsPage:
    page = GroupsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentIndex(tab)
    return page


def open_row(qtbot: QtBot, view: RecordListView[Any], text: str) -> None:
    """Select the row with ``text`` in its first column and press Enter on it."""
    row = shown(view).index(text)
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)


def test_every_list_of_the_page_passes_the_model_tester(
    demo_context: AppContext, windows: list[QWidget], model_tester: ModelTester
) -> None:
    page = GroupsPage(demo_context)
    windows.append(page)
    for model in (page.groups.list.model, page.places.list.model, page.closures.list.model):
        assert model.rowCount() > 0
        model_tester.check(model, force_py=True)


def open_place_editor(qtbot: QtBot, page: GroupsPage) -> PlaceEditor:
    editor = page.places.editor
    assert editor is not None
    show_window(qtbot, editor)
    wait_for_focus(qtbot, editor.name)
    return editor


def test_a_new_place_is_typed_into_its_dialog_saved_by_enter_and_listed(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = open_page(qtbot, demo_context, 1)
    show_window(qtbot, page)
    tab = page.places
    click(qtbot, tab.list.add_button)
    editor = open_place_editor(qtbot, page)
    assert editor.windowTitle() == "New place"
    type_text(qtbot, "Nuorisotalo Kipina")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "Koulutie 3")
    press(qtbot, Qt.Key.Key_Tab)
    type_text(qtbot, "25")
    enter(qtbot)  # the dialog's default button: Save
    wait_closed(qtbot, editor)

    saved = next(p for p in demo_context.read(list_places) if p.name == "Nuorisotalo Kipina")
    assert (saved.address, saved.capacity) == ("Koulutie 3", 25)
    assert "Nuorisotalo Kipina" in shown(tab.list)
    assert tab.list.current_record() == saved  # the new place is the chosen row


def test_a_place_with_a_name_in_use_is_refused_inline(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    before = demo_context.read(list_places)
    page = open_page(qtbot, demo_context, 1)
    show_window(qtbot, page)
    click(qtbot, page.places.list.add_button)
    editor = open_place_editor(qtbot, page)
    type_text(qtbot, "perhekeskus majakka")
    enter(qtbot)
    assert editor.error.isVisible()
    assert editor.error.text() == "The name “perhekeskus majakka” is already in use."
    assert editor.isVisible()
    assert demo_context.read(list_places) == before


def test_editing_a_place_changes_only_that_place(qtbot: QtBot, demo_context: AppContext) -> None:
    page = open_page(qtbot, demo_context, 1)
    show_window(qtbot, page)
    tab = page.places
    open_row(qtbot, tab.list, "Kirjaston lastenosasto")
    editor = open_place_editor(qtbot, page)
    assert editor.windowTitle() == "Edit place"
    assert editor.name.text() == "Kirjaston lastenosasto"
    type_over(qtbot, editor.capacity, "12")
    enter(qtbot)
    wait_closed(qtbot, editor)
    places = {p.name: p for p in demo_context.read(list_places)}
    assert places["Kirjaston lastenosasto"].capacity == 12
    assert len(places) == 5


def test_the_page_shows_a_place_saved_elsewhere(qtbot: QtBot, demo_context: AppContext) -> None:
    page = open_page(qtbot, demo_context, 1)
    demo_context.write(lambda uow: save_place(uow, Place(name="Uimahalli")), Changes.PLACES)
    assert "Uimahalli" in shown(page.places.list)


def test_a_closure_is_typed_as_finns_type_dates_and_an_end_before_its_start_is_refused(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    before = demo_context.read(list_closures)
    page = open_page(qtbot, demo_context, 2)
    show_window(qtbot, page)
    closures = page.closures
    assert closures.list.table.model() is closures.list.proxy
    assert shown(closures.list) == [c.name for c in before]  # in calendar order

    click(qtbot, closures.list.add_button)
    click_into(qtbot, closures.form.name)
    type_text(qtbot, "Joululoma 2026")
    tab(qtbot)
    type_text(qtbot, "21.12.26")  # Tab selected the shown day: typing replaces it
    tab(qtbot)
    type_text(qtbot, "6.1.2027")
    enter(qtbot)
    added = [c for c in demo_context.read(list_closures) if c.name == "Joululoma 2026"]
    assert [(c.first_day, c.last_day) for c in added] == [(date(2026, 12, 21), date(2027, 1, 6))]
    assert not closures.form.error.isVisible()
    assert closures.form.last_day.text() == "06/01/2027"  # as English in Finland writes it

    click(qtbot, closures.list.add_button)
    type_over(qtbot, closures.form.name, "Hiihtoloma 2028")
    type_over(qtbot, closures.form.first_day, "28.02.2028")
    type_over(qtbot, closures.form.last_day, "20.2.2028")
    click(qtbot, closures.form.save_button)
    assert (
        closures.form.error.text() == "The end date 20.2.2028 is before the start date 28.2.2028."
    )
    assert "Hiihtoloma 2028" not in [c.name for c in demo_context.read(list_closures)]

    type_over(qtbot, closures.form.last_day, "5.3.2028")
    click(qtbot, closures.form.save_button)
    assert not closures.form.error.isVisible()
    added = [c for c in demo_context.read(list_closures) if c.name == "Hiihtoloma 2028"]
    assert [(c.first_day, c.last_day) for c in added] == [(date(2028, 2, 28), date(2028, 3, 5))]
    assert shown(closures.list)[-1] == "Hiihtoloma 2028"
    assert shown(closures.list, 1)[-1] == "28/02/2028"


def test_a_day_that_does_not_exist_is_refused_visibly_and_nothing_is_saved(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    before = demo_context.read(list_closures)
    page = open_page(qtbot, demo_context, 2)
    show_window(qtbot, page)
    form = page.closures.form
    click(qtbot, page.closures.list.add_button)
    type_over(qtbot, form.name, "Talviloma 2027")
    type_over(qtbot, form.first_day, "22.2.2027")
    type_over(qtbot, form.last_day, "31.2.2027")
    tab(qtbot)
    assert form.last_day.text() == "31.2.2027"  # never changed into another day
    assert form.last_day.problem == "“31.2.2027” is not a date: month 2/2027 has 28 days."
    assert form.error.text() == form.last_day.problem

    click(qtbot, form.save_button)
    assert form.error.text() == "“31.2.2027” is not a date: month 2/2027 has 28 days."
    assert demo_context.read(list_closures) == before
