"""Copying a season to a new period and duplicating a group, as a person does it."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ryhmat.domain.usecases.groups import find_group, list_series
from ryhmat.domain.usecases.sessions import list_group_sessions
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups import GroupEditor, GroupsPage
from tests.gui.person import (
    activate,
    click,
    click_row,
    enter,
    escape,
    press,
    show_window,
    type_over,
    wait_closed_and_back,
    wait_for_focus,
)

KARHUNPOJAT = "Isä–lapsi-ryhmä Karhunpojat"
SATURDAY = 5


def open_group(qtbot: QtBot, context: AppContext, name: str) -> GroupEditor:
    group_id = context.read(lambda uow: find_group(uow, name)).id
    editor = GroupEditor(context, group_id)
    qtbot.addWidget(editor)
    editor.open()
    show_window(qtbot, editor)
    return editor


def copy_spring_to_autumn(qtbot: QtBot, editor: GroupEditor) -> None:
    click_row(qtbot, editor.seasons.table, "Kevätkausi 2027")
    press(qtbot, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: editor.copy_dialog is not None and editor.copy_dialog.isVisible())
    dialog = editor.copy_dialog
    assert dialog is not None
    assert dialog.windowTitle() == "Copy season Kevätkausi 2027 to a new period"
    type_over(qtbot, dialog.name, "Syyskausi 2027")
    type_over(qtbot, dialog.first_day, "14.8.2027")
    type_over(qtbot, dialog.last_day, "11.12.2027")
    enter(qtbot)
    qtbot.waitUntil(lambda: editor.series_editor is not None and editor.series_editor.isVisible())
    assert editor.series_editor is not None
    activate(qtbot, editor.series_editor)  # the window manager brings a new dialog to the front


def test_a_season_copied_to_a_new_period_is_previewed_and_saved_only_when_confirmed(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = open_group(qtbot, demo_context, KARHUNPOJAT)
    group_id = editor.group_id
    assert group_id is not None
    spring = demo_context.read(lambda uow: list_series(uow, group_id))[1]
    copy_spring_to_autumn(qtbot, editor)
    season = editor.series_editor
    assert season is not None
    assert season.windowTitle() == f"New season of {KARHUNPOJAT}"
    assert season.name.text() == "Syyskausi 2027"
    assert season.weekday_rows[SATURDAY].check.isChecked()
    days = [o.day for o in season.dates_model.records]
    assert days[0] == date(2027, 8, 21)  # 14.8. is in the demo's Kesätauko 2027
    assert all(d.weekday() == SATURDAY for d in days)
    assert all(date(2027, 8, 14) <= d <= date(2027, 12, 11) for d in days)
    assert season.summary.text().startswith(f"Sessions to create: {len(days)},")
    # Only previewed: Esc leaves nothing made.
    escape(qtbot)
    wait_closed_and_back(qtbot, season)
    assert len(demo_context.read(lambda uow: list_series(uow, group_id))) == 2

    copy_spring_to_autumn(qtbot, editor)
    season = editor.series_editor
    assert season is not None
    with qtbot.waitSignal(season.saved):
        click(qtbot, season.save_button)
    seasons = demo_context.read(lambda uow: list_series(uow, group_id))
    assert [s.name for s in seasons] == ["Syyskausi 2026", "Kevätkausi 2027", "Syyskausi 2027"]
    autumn = seasons[2]
    assert (autumn.first_day, autumn.last_day) == (date(2027, 8, 14), date(2027, 12, 11))
    assert (autumn.slots, autumn.interval_weeks) == (spring.slots, spring.interval_weeks)
    assert (autumn.place_id, autumn.leader_ids) == (spring.place_id, spring.leader_ids)
    assert [s.name for s in editor.seasons.model.records][-1] == "Syyskausi 2027"
    listing = demo_context.read(
        lambda uow: list_group_sessions(
            uow, KARHUNPOJAT, demo_context.holidays, date(2027, 8, 1), date(2027, 12, 31)
        )
    )
    assert [s.start.date() for s in listing.sessions] == days


def test_a_copy_needs_a_real_period(qtbot: QtBot, demo_context: AppContext) -> None:
    editor = open_group(qtbot, demo_context, KARHUNPOJAT)
    click_row(qtbot, editor.seasons.table, "Syyskausi 2026")
    click(qtbot, editor.copy_season_button)
    qtbot.waitUntil(lambda: editor.copy_dialog is not None and editor.copy_dialog.isVisible())
    dialog = editor.copy_dialog
    assert dialog is not None
    type_over(qtbot, dialog.first_day, "31.2.2027")
    enter(qtbot)
    assert dialog.isVisible()
    assert dialog.error.text() != ""
    assert editor.series_editor is None


def test_a_duplicated_group_has_the_settings_and_none_of_the_seasons(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = GroupsPage(demo_context)
    qtbot.addWidget(page)
    show_window(qtbot, page)
    click_row(qtbot, page.groups.list.table, KARHUNPOJAT)
    press(qtbot, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.groups.editor is not None and page.groups.editor.isVisible())
    editor = page.groups.editor
    assert editor is not None
    assert editor.windowTitle() == "New group"
    assert editor.name.text() == f"{KARHUNPOJAT} (copy)"
    assert editor.seasons.model.records == []
    assert editor.place.currentText() == "Perhekeskus Majakka"
    wait_for_focus(qtbot, editor.name)  # the window manager's activation may come later
    type_over(qtbot, editor.name, "Isä–lapsi-ryhmä Karhunpojat, Itäinen")
    with qtbot.waitSignal(editor.saved):
        enter(qtbot)

    original = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    copy = demo_context.read(lambda uow: find_group(uow, "Isä–lapsi-ryhmä Karhunpojat, Itäinen"))
    assert copy.id != original.id
    assert dataclasses.replace(copy, id=original.id, name=original.name, version=0) == (
        dataclasses.replace(original, version=0)
    )
    assert demo_context.read(lambda uow: list_series(uow, copy.id)) == []
    assert len(demo_context.read(lambda uow: list_series(uow, original.id))) == 2
