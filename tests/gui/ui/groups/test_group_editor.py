"""Creating and editing groups through the Groups page and the group editor."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.errors import NotFound
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import AttendanceMode, CapacityUnit, Group, GroupType
from ryhmat.domain.usecases.groups import find_group, list_groups, list_series, save_group
from ryhmat.domain.usecases.sessions import list_group_sessions
from ryhmat.labels import label
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups import GroupEditor, GroupsPage
from tests.gui.person import (
    activate,
    answer,
    button_text,
    choose,
    click,
    click_into,
    escape,
    listed,
    question,
    tab,
    type_over,
    wait_closed,
)

from .helpers import organisation_id, pair_id

KARHUNPOJAT = "Isä–lapsi-ryhmä Karhunpojat"


def open_page(qtbot: QtBot, context: AppContext) -> GroupsPage:
    page = GroupsPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def new_editor(qtbot: QtBot, page: GroupsPage) -> GroupEditor:
    qtbot.mouseClick(page.groups.list.add_button, Qt.MouseButton.LeftButton)
    editor = page.groups.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    return editor


def listed_names(page: GroupsPage) -> list[str]:
    proxy = page.groups.list.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def tick(editor: GroupEditor, organisation: str) -> None:
    items = editor.organisers.findItems(organisation, Qt.MatchFlag.MatchExactly)
    assert len(items) == 1
    items[0].setCheckState(Qt.CheckState.Checked)


def test_the_page_lists_every_demo_group_with_its_details(
    demo_context: AppContext, windows: list[QWidget], model_tester: ModelTester
) -> None:
    page = GroupsPage(demo_context)
    windows.append(page)
    page.show()
    assert sorted(listed_names(page)) == sorted(g.name for g in demo_context.read(list_groups))
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Groups",
        "Places",
        "Closures",
    ]
    page.groups.list.search.setText("karhunpojat")
    proxy = page.groups.list.proxy
    assert proxy.rowCount() == 1
    row = [proxy.index(0, column).data() for column in range(proxy.columnCount())]
    assert row[:4] == [KARHUNPOJAT, "running", "father–child activity", "named roster"]
    assert row[5] == "1–6 y"  # the children's ages, as a person writes them
    assert row[6] == "11 families"  # the capacity with the unit the fill rate compares with
    assert "Esa Räsänen" in row[7]
    assert row[8] == "Perhekeskus Majakka"
    model_tester.check(page.groups.list.model, force_py=True)


def test_a_group_typed_into_a_new_editor_is_saved_and_listed(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = open_page(qtbot, demo_context)
    editor = new_editor(qtbot, page)
    assert editor.windowTitle() == "New group"
    assert editor.public.isChecked()

    qtbot.keyClicks(editor.name, "Vauvahieronta")
    editor.type.setCurrentIndex(editor.type.findText("baby group"))
    editor.attendance_mode.setCurrentIndex(editor.attendance_mode.findText("headcount"))
    tick(editor, "Järvelän neuvola")
    editor.ages.lowest.amount.set_number(0)
    editor.ages.highest.amount.set_number(1)  # years: under two
    editor.capacity.set_number(10)
    editor.place.setCurrentIndex(editor.place.findText("Perhekeskus Majakka"))
    editor.pair.setCurrentIndex(editor.pair.findText("Nina Autio + Kirsti Tuovinen"))
    qtbot.mouseClick(editor.public, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.description, "Rauhallinen hetki vauvan kanssa.")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert not editor.isVisible()
    saved = demo_context.read(lambda uow: find_group(uow, "Vauvahieronta"))
    assert saved.type is GroupType.BABY_GROUP
    assert saved.attendance_mode is AttendanceMode.HEADCOUNT
    assert saved.organiser_ids == [organisation_id(demo_context, "Järvelän neuvola")]
    assert (saved.target_age_min_months, saved.target_age_max_months) == (0, 23)
    assert saved.capacity == 10
    assert saved.default_pair_id == pair_id(demo_context, "Nina Autio + Kirsti Tuovinen")
    assert saved.default_place_id is not None
    assert not saved.is_public
    assert saved.description == "Rauhallinen hetki vauvan kanssa."
    assert "Vauvahieronta" in listed_names(page)


def test_a_duplicate_name_is_shown_inline_and_nothing_is_saved(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    before = demo_context.read(list_groups)
    page = open_page(qtbot, demo_context)
    editor = new_editor(qtbot, page)
    editor.name.setText(KARHUNPOJAT.upper())
    editor.capacity.set_number(99)

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert editor.isVisible()
    assert editor.error.isVisible()
    assert editor.error.text() == f"A group called “{KARHUNPOJAT.upper()}” already exists."
    assert demo_context.read(list_groups) == before


def test_an_empty_name_is_shown_inline(qtbot: QtBot, demo_context: AppContext) -> None:
    editor = GroupEditor(demo_context, None)
    qtbot.addWidget(editor)
    editor.open()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.error.text() == "Fill in the field: group name."
    assert editor.group_id is None


def test_editing_a_group_shows_its_values_and_saves_the_changes(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = open_page(qtbot, demo_context)
    view = page.groups.list
    view.search.setText("karhunpojat")
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = page.groups.editor
    assert editor is not None
    assert editor.name.text() == KARHUNPOJAT
    assert editor.type.currentText() == "father–child activity"
    assert editor.pair.currentText() == "Esa Räsänen + Veeti Huhtala"
    assert editor.place.currentText() == "Perhekeskus Majakka"
    seasons = [s.name for s in editor.seasons.model.records]
    assert seasons == ["Syyskausi 2026", "Kevätkausi 2027"]

    editor.capacity.set_number(14)
    editor.pair.setCurrentIndex(editor.pair.findText("none"))
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    group = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    assert group.capacity == 14
    assert group.default_pair_id is None
    assert group.type is GroupType.FATHER_CHILD


def test_adding_a_season_to_a_new_group_saves_the_group_first(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = GroupEditor(demo_context, None)
    qtbot.addWidget(editor)
    editor.open()
    assert editor.seasons_hint.isVisible()

    qtbot.mouseClick(editor.seasons.add_button, Qt.MouseButton.LeftButton)
    assert editor.series_editor is None
    assert editor.error.isVisible()

    editor.name.setText("Isyyskahvila")
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.seasons.add_button, Qt.MouseButton.LeftButton)
    group = demo_context.read(lambda uow: find_group(uow, "Isyyskahvila"))
    assert editor.group_id == group.id
    assert not editor.seasons_hint.isVisible()
    assert editor.series_editor is not None
    assert editor.series_editor.isVisible()
    assert editor.series_editor.windowTitle() == "New season of Isyyskahvila"


def test_a_saved_season_appears_in_the_editors_list(qtbot: QtBot, demo_context: AppContext) -> None:
    group = Group(name="Perhetreffit", type=GroupType.OTHER)
    demo_context.write(lambda uow: save_group(uow, group), Changes.GROUPS)
    editor = GroupEditor(demo_context, group.id)
    qtbot.addWidget(editor)
    editor.open()
    assert editor.seasons.model.records == []
    qtbot.mouseClick(editor.seasons.add_button, Qt.MouseButton.LeftButton)
    series_editor = editor.series_editor
    assert series_editor is not None
    series_editor.name.setText("Joulukausi")
    series_editor.weekday_rows[3].check.setChecked(True)
    series_editor.refresh_preview()
    with qtbot.waitSignal(series_editor.saved):
        qtbot.mouseClick(series_editor.save_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in editor.seasons.model.records] == ["Joulukausi"]
    assert [s.name for s in demo_context.read(lambda uow: list_series(uow, group.id))] == [
        "Joulukausi"
    ]
    assert "weekly: Thu" in editor.seasons.model.index(0, 2).data()


def open_group(qtbot: QtBot, context: AppContext, name: str) -> GroupEditor:
    group_id = context.read(lambda uow: find_group(uow, name)).id
    editor = GroupEditor(context, group_id)
    qtbot.addWidget(editor)
    editor.open()
    qtbot.waitExposed(editor)
    return editor


def test_a_save_over_a_colleagues_change_is_refused_and_shows_their_change(
    qtbot: QtBot, demo_context: AppContext, second_context: AppContext
) -> None:
    before = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    mine = open_group(qtbot, demo_context, KARHUNPOJAT)
    theirs = open_group(qtbot, second_context, KARHUNPOJAT)
    theirs.capacity.set_number(9)
    with qtbot.waitSignal(theirs.saved):
        qtbot.mouseClick(theirs.save_button, Qt.MouseButton.LeftButton)

    mine.description.setPlainText("Isät ja lapset leikkivät yhdessä.")
    mine.public.setChecked(not before.is_public)
    qtbot.mouseClick(mine.save_button, Qt.MouseButton.LeftButton)

    assert mine.isVisible()
    assert mine.error.text() == (
        "Someone else changed this group while you were editing it. Its saved state is "
        "shown now; make your change again if it is still needed."
    )
    group = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    assert (group.capacity, group.description, group.is_public) == (
        9,
        before.description,
        before.is_public,
    )
    assert mine.capacity.number() == 9
    assert mine.description.toPlainText() == before.description
    assert mine.public.isChecked() is before.is_public

    # Made again on the state shown, the change is saved and keeps the colleague's.
    mine.description.setPlainText("Isät ja lapset leikkivät yhdessä.")
    with qtbot.waitSignal(mine.saved):
        qtbot.mouseClick(mine.save_button, Qt.MouseButton.LeftButton)
    group = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    assert (group.capacity, group.description) == (9, "Isät ja lapset leikkivät yhdessä.")


def test_a_new_group_saved_by_adding_a_season_can_be_saved_again(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = GroupEditor(demo_context, None)
    qtbot.addWidget(editor)
    editor.open()
    qtbot.keyClicks(editor.name, "Vauvahieronta")
    qtbot.mouseClick(editor.seasons.add_button, Qt.MouseButton.LeftButton)
    assert editor.series_editor is not None
    editor.series_editor.reject()
    editor.capacity.set_number(8)
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert demo_context.read(lambda uow: find_group(uow, "Vauvahieronta")).capacity == 8


SUNDAY = 6


def add_a_season(qtbot: QtBot, editor: GroupEditor) -> None:
    """Plan a weekly season from the group editor, as a person does."""
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.seasons.add_button)
    season = editor.series_editor
    assert season is not None
    qtbot.waitExposed(season)
    type_over(qtbot, season.name, "Talvikausi 2027")
    with qtbot.waitSignal(season.preview_updated, timeout=5000):
        click(qtbot, season.weekday_rows[SUNDAY].check)
    with qtbot.waitSignal(season.saved):
        click(qtbot, season.save_button)
    wait_closed(qtbot, season)
    activate(qtbot, editor)


def cancel_button(editor: GroupEditor) -> QAbstractButton:
    [button] = [b for b in editor.buttons.buttons() if button_text(b) == "Cancel"]
    return button


@pytest.mark.parametrize("how", ["Esc", "Cancel", "window's close button"])
def test_cancelling_a_new_group_after_adding_a_season_leaves_nothing_made(
    qtbot: QtBot, demo_context: AppContext, how: str
) -> None:
    before = demo_context.read(list_groups)
    page = open_page(qtbot, demo_context)
    editor = new_editor(qtbot, page)
    activate(qtbot, editor)
    type_over(qtbot, editor.name, "Sunnuntaikerho")
    add_a_season(qtbot, editor)
    group_id = editor.group_id
    assert group_id is not None
    assert listed(editor.seasons.table) == ["Talvikausi 2027"]
    planned = demo_context.read(
        lambda uow: list_group_sessions(uow, "Sunnuntaikerho", FinnishHolidays())
    )
    assert planned.sessions

    if how == "Esc":
        click_into(qtbot, editor.description)
        escape(qtbot)
    elif how == "Cancel":
        click(qtbot, cancel_button(editor))
    else:
        editor.close()
    # The group was saved only for its season: it is not saved yet, and the editor asks.
    answer(qtbot, question(qtbot), "Go back")
    assert editor.isVisible()
    assert demo_context.read(lambda uow: find_group(uow, "Sunnuntaikerho")).id == group_id
    escape(qtbot)
    answer(qtbot, question(qtbot), "Discard changes")
    wait_closed(qtbot, editor)

    assert demo_context.read(list_groups) == before
    with pytest.raises(NotFound):
        demo_context.read(lambda uow: find_group(uow, "Sunnuntaikerho"))
    assert demo_context.read(lambda uow: list_series(uow, group_id)) == []
    qtbot.waitUntil(lambda: "Sunnuntaikerho" not in listed_names(page))


def test_saving_a_new_group_after_adding_a_season_keeps_both(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = open_page(qtbot, demo_context)
    editor = new_editor(qtbot, page)
    activate(qtbot, editor)
    type_over(qtbot, editor.name, "Sunnuntaikerho")
    add_a_season(qtbot, editor)
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    wait_closed(qtbot, editor)
    group = demo_context.read(lambda uow: find_group(uow, "Sunnuntaikerho"))
    assert [s.name for s in demo_context.read(lambda uow: list_series(uow, group.id))] == [
        "Talvikausi 2027"
    ]


def test_cancelling_an_existing_group_deletes_nothing(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = open_group(qtbot, demo_context, KARHUNPOJAT)
    activate(qtbot, editor)
    type_over(qtbot, editor.name, "Karhut")
    escape(qtbot)
    answer(qtbot, question(qtbot), "Discard changes")
    wait_closed(qtbot, editor)
    group = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    assert len(demo_context.read(lambda uow: list_series(uow, group.id))) == 2


def test_planning_and_debrief_minutes_are_typed_and_saved(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = open_page(qtbot, demo_context)
    view = page.groups.list
    view.search.setText("karhunpojat")
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = page.groups.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    before = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT)).planning_minutes
    assert editor.planning.number() == before
    type_over(qtbot, editor.planning, "45")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)

    group = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    assert group.planning_minutes == 45


def test_the_capacity_says_its_unit_and_the_keyboard_reaches_it(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = open_page(qtbot, demo_context)
    view = page.groups.list
    view.search.setText("karhunpojat")
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = page.groups.editor
    assert editor is not None
    activate(qtbot, editor)
    stored = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    assert editor.capacity_unit.currentText() == label(stored.capacity_unit)
    type_over(qtbot, editor.capacity, "9")
    tab(qtbot)  # the unit is the next stop after the number
    assert editor.capacity_unit.hasFocus()
    choose(qtbot, editor.capacity_unit, "persons")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    group = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    assert (group.capacity, group.capacity_unit) == (9, CapacityUnit.PERSONS)
