"""Choosing the eves groups do not meet on: the team's on the Closures tab, a group's own
in its editor."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ryhmat.domain.finnish_holidays import Eve
from ryhmat.domain.usecases.eves import set_team_skipped_eves, team_skipped_eves
from ryhmat.domain.usecases.groups import find_group
from ryhmat.i18n import load_language
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups import GroupsPage
from tests.gui.person import (
    activate,
    choose,
    click,
    click_into,
    enter,
    press,
    show_window,
    tab_to,
    toggle_item,
    type_over,
)
from tests.gui.records import shown
from tests.gui.ui.groups.test_places_and_closures import open_page
from tests.gui.ui.groups.test_series_editor import make_group, open_editor, plan_saturdays, texts

KARHUNPOJAT = "Isä–lapsi-ryhmä Karhunpojat"


def test_the_team_ticks_its_eves_by_keyboard_and_saves_them(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = open_page(qtbot, demo_context, 2)
    show_window(qtbot, page)
    box = page.closures.team_eves
    click_into(qtbot, box.eves)
    toggle_item(qtbot, box.eves, "Maundy Thursday")
    toggle_item(qtbot, box.eves, "May Day Eve")
    tab_to(qtbot, box.save_button)  # from the list, the next stop
    press(qtbot, Qt.Key.Key_Space)
    assert demo_context.read(team_skipped_eves) == [Eve.MAUNDY_THURSDAY, Eve.MAY_DAY_EVE]

    again = open_page(qtbot, demo_context, 2)
    assert again.closures.team_eves.eves.checked() == [Eve.MAUNDY_THURSDAY, Eve.MAY_DAY_EVE]


def test_a_group_chooses_its_own_eves_in_its_editor(qtbot: QtBot, demo_context: AppContext) -> None:
    page = GroupsPage(demo_context)
    qtbot.addWidget(page)
    show_window(qtbot, page)
    view = page.groups.list
    view.search.setText("karhunpojat")
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = page.groups.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    eves = editor.skipped_eves
    assert not eves.eves.isVisible()  # as the whole team chooses
    activate(qtbot, editor)
    click_into(qtbot, editor.description)  # then on by Tab, as a person goes down the form
    choose(qtbot, eves.choice, "chosen for this group")
    assert eves.eves.isVisible()
    toggle_item(qtbot, eves.eves, "New Year's Eve")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    group = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    assert group.skipped_eves == [Eve.NEW_YEARS_EVE]


def test_the_season_preview_names_the_eve_the_group_does_not_meet_on(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    demo_context.write(
        lambda uow: set_team_skipped_eves(uow, {Eve.HOLY_SATURDAY}), Changes.SETTINGS
    )
    load_language("fi")  # the english_ui fixture brings English back afterwards
    editor = open_editor(qtbot, demo_context, make_group(demo_context))
    with qtbot.waitSignal(editor.preview_updated):
        plan_saturdays(editor, date(2027, 1, 9), date(2027, 5, 29))
    assert (date(2027, 3, 27), "Pääsiäislauantai") in {
        (s.day, s.reason) for s in editor.skipped_model.records
    }
    assert "la 27.3.2027 Pääsiäislauantai (ryhmä ei kokoonnu aattona)" in texts(editor, "skipped")


def test_eves_ticked_but_not_saved_stay_ticked_while_a_closure_is_saved_beside_them(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = open_page(qtbot, demo_context, 2)
    show_window(qtbot, page)
    box = page.closures.team_eves
    click_into(qtbot, box.eves)
    toggle_item(qtbot, box.eves, "Maundy Thursday")
    form = page.closures.form
    click(qtbot, page.closures.list.add_button)
    type_over(qtbot, form.name, "Heinäkuun tauko")
    type_over(qtbot, form.first_day, "1.7.2027")
    type_over(qtbot, form.last_day, "31.7.2027")
    enter(qtbot)  # nothing is planned in July: saved at once, and the tab is read again
    qtbot.waitUntil(lambda: "Heinäkuun tauko" in shown(page.closures.list, 0))
    assert box.eves.checked() == [Eve.MAUNDY_THURSDAY]

    click(qtbot, box.save_button)
    assert demo_context.read(team_skipped_eves) == [Eve.MAUNDY_THURSDAY]
