"""A group's target ages typed in months or years in the group editor, stored in months
and written back the one way, in the editor and in the groups list."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ryhmat.domain.usecases.groups import find_group
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups import GroupEditor, GroupsPage
from tests.gui.person import (
    back_tab,
    click,
    enter,
    focused,
    press,
    select_all,
    show_window,
    tab,
    type_text,
    wait_closed,
)
from tests.gui.records import shown

BABIES = "Vauvaryhmä Pikkuiset"  # the small demo's baby group: 0–12 months
ALT = Qt.KeyboardModifier.AltModifier


def open_editor(qtbot: QtBot, context: AppContext, name: str) -> GroupEditor:
    group = context.read(lambda uow: find_group(uow, name))
    editor = GroupEditor(context, group.id)
    qtbot.addWidget(editor)
    editor.open()
    show_window(qtbot, editor)
    return editor


def ages_of(context: AppContext, name: str) -> tuple[int | None, int | None]:
    group = context.read(lambda uow: find_group(uow, name))
    return group.target_age_min_months, group.target_age_max_months


def type_number(qtbot: QtBot, text: str) -> None:
    select_all(qtbot)
    type_text(qtbot, text)


def test_a_baby_groups_ages_are_shown_and_typed_in_months(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = open_editor(qtbot, demo_context, BABIES)
    ages = editor.ages
    assert (ages.lowest.unit.currentText(), ages.highest.unit.currentText()) == ("months", "months")
    assert (ages.lowest.amount.value(), ages.highest.amount.value()) == (0, 12)
    assert editor.ages_shown.text() == "(shown as 0–12 mo)"

    press(qtbot, Qt.Key.Key_H, ALT)  # C&hildren's age: the youngest age
    assert focused() is ages.lowest.amount
    type_number(qtbot, "0")
    tab(qtbot)  # its unit: months already
    tab(qtbot)
    assert focused() is ages.highest.amount
    type_number(qtbot, "6")
    assert editor.ages_shown.text() == "(shown as 0–6 mo)"
    enter(qtbot)
    wait_closed(qtbot, editor)
    assert ages_of(demo_context, BABIES) == (0, 6)

    page = GroupsPage(demo_context)
    qtbot.addWidget(page)
    page.groups.list.search.setText(BABIES)
    assert shown(page.groups.list, 5) == ["0–6 mo"]


def test_a_range_from_months_to_years_is_stored_in_months_and_reads_back_the_same(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = open_editor(qtbot, demo_context, BABIES)
    press(qtbot, Qt.Key.Key_H, ALT)
    type_number(qtbot, "6")
    tab(qtbot, 2)
    type_number(qtbot, "2")
    tab(qtbot)
    assert focused() is editor.ages.highest.unit
    press(qtbot, Qt.Key.Key_Down)  # months → years
    assert editor.ages.highest.unit.currentText() == "years"
    assert editor.ages_shown.text() == "(shown as 6 mo – 2 y)"
    click(qtbot, editor.save_button)
    wait_closed(qtbot, editor)
    assert ages_of(demo_context, BABIES) == (6, 35)  # to the month before turning three

    again = open_editor(qtbot, demo_context, BABIES)
    assert again.ages_shown.text() == "(shown as 6 mo – 2 y)"
    assert again.ages.months() == (6, 35)


def test_an_upper_age_below_the_lower_is_refused_and_nothing_is_saved(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = open_editor(qtbot, demo_context, BABIES)
    press(qtbot, Qt.Key.Key_H, ALT)
    type_number(qtbot, "18")
    tab(qtbot, 2)
    type_number(qtbot, "12")
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert editor.error.text() == "The upper target age is below the lower one."
    assert ages_of(demo_context, BABIES) == (0, 12)


def test_a_number_typed_before_its_unit_is_kept_whole(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = open_editor(qtbot, demo_context, BABIES)
    press(qtbot, Qt.Key.Key_H, ALT)
    tab(qtbot, 3)
    assert focused() is editor.ages.highest.unit
    press(qtbot, Qt.Key.Key_Down)  # months → years, as a group of older children has
    back_tab(qtbot)
    assert focused() is editor.ages.highest.amount
    type_number(qtbot, "23")  # then the unit: 23 months
    tab(qtbot)
    press(qtbot, Qt.Key.Key_Up)  # years → months
    assert editor.ages_shown.text() == "(shown as 0–23 mo)"
    click(qtbot, editor.save_button)
    wait_closed(qtbot, editor)
    assert ages_of(demo_context, BABIES) == (0, 23)


def test_more_years_than_a_target_age_may_be_is_refused_with_a_message(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = open_editor(qtbot, demo_context, BABIES)
    press(qtbot, Qt.Key.Key_H, ALT)
    tab(qtbot, 3)
    press(qtbot, Qt.Key.Key_Down)  # months → years
    back_tab(qtbot)
    type_number(qtbot, "20")
    click(qtbot, editor.save_button)
    assert editor.isVisible()
    assert editor.error.text() == "A target age can be at most 18 years."
    assert ages_of(demo_context, BABIES) == (0, 12)
