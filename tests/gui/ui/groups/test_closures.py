"""The Closures tab: whom a closure pauses, and the sessions a new one cancels, shown first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import CancelReason, ClosurePeriod, ClosureScope, SessionStatus
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.closures import save_closure
from ryhmat.domain.usecases.places import list_closures, list_organisations
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups import GroupsPage
from ryhmat.ui.groups.closures import ClosurePreviewDialog, SchoolHolidaysDialog
from tests.gui.person import (
    activate,
    button_text,
    choose,
    click,
    click_into,
    click_row,
    click_tab,
    enter,
    escape,
    press,
    redo,
    show_window,
    tab,
    toggle_item,
    type_over,
    type_text,
    undo,
    wait_closed,
    wait_for_dialog,
)
from tests.gui.records import shown
from tests.gui.ui.groups.test_places_and_closures import open_page
from tests.gui.window import open_main_window

BABIES = "Vauvaryhmä Pikkuiset"


def _rows(tree: QTreeWidget) -> list[tuple[str, str]]:
    items = (tree.topLevelItem(row) for row in range(tree.topLevelItemCount()))
    return [(item.text(0), item.text(1)) for item in items if item is not None]


Cancellation = tuple[SessionStatus, str, CancelReason]


def _babies(context: AppContext, first: date, last: date) -> dict[date, Cancellation]:
    def read(uow: UnitOfWork) -> dict[date, Cancellation]:
        group = next(g for g in uow.groups.list() if g.name == BABIES)
        return {
            s.day: (s.status, s.cancel_reason, s.cancel_category)
            for s in uow.sessions.between(first, last, [group.id])
        }

    return context.read(read)


def test_a_closure_of_chosen_groups_shows_what_it_cancels_and_escape_saves_nothing(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    before = demo_context.read(list_closures)
    sessions_before = _babies(demo_context, date(2026, 11, 9), date(2026, 12, 6))
    page = open_page(qtbot, demo_context, 2)
    show_window(qtbot, page)
    form = page.closures.form
    assert not form.groups.isVisible()  # all groups, until chosen otherwise

    click(qtbot, page.closures.list.add_button)
    click_into(qtbot, form.name)
    type_text(qtbot, "Pikkuisten tauko")
    tab(qtbot)
    type_text(qtbot, "9.11.2026")
    tab(qtbot)
    type_text(qtbot, "6.12.2026")
    choose(qtbot, form.scope, "Chosen groups")
    assert form.groups.isVisible()
    assert not form.organisation.isVisible()
    toggle_item(qtbot, form.groups, BABIES)
    click(qtbot, form.save_button)

    dialog = wait_for_dialog(qtbot, ClosurePreviewDialog)
    assert isinstance(dialog, ClosurePreviewDialog)
    activate(qtbot, dialog)  # the window manager puts a new dialog in front
    assert _rows(dialog.cancelled) == [(BABIES, "Tue 24/11/2026"), (BABIES, "Tue 01/12/2026")]
    assert _rows(dialog.left) == [(BABIES, "Tue 10/11/2026")]  # held already
    escape(qtbot)
    wait_closed(qtbot, dialog)
    assert demo_context.read(list_closures) == before
    assert _babies(demo_context, date(2026, 11, 9), date(2026, 12, 6)) == sessions_before

    click(qtbot, form.save_button)
    dialog = wait_for_dialog(qtbot, ClosurePreviewDialog)
    activate(qtbot, dialog)
    enter(qtbot)  # the default: save and cancel them
    wait_closed(qtbot, dialog)
    saved = [c for c in demo_context.read(list_closures) if c.name == "Pikkuisten tauko"]
    assert [(c.scope, len(c.group_ids)) for c in saved] == [(ClosureScope.GROUPS, 1)]
    after = _babies(demo_context, date(2026, 11, 9), date(2026, 12, 6))
    assert after[date(2026, 11, 24)] == (
        SessionStatus.CANCELLED,
        "Pikkuisten tauko",
        CancelReason.CLOSURE,
    )
    assert after[date(2026, 12, 1)][0] is SessionStatus.CANCELLED
    assert after[date(2026, 11, 10)] == sessions_before[date(2026, 11, 10)]
    assert BABIES in shown(page.closures.list, 3)


def test_an_organisations_closure_is_chosen_by_keyboard_and_saved_without_a_question_when_empty(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = open_page(qtbot, demo_context, 2)
    show_window(qtbot, page)
    form = page.closures.form
    organisation = next(
        o for o in demo_context.read(list_organisations) if o.name == "Järvelän neuvola"
    )
    click(qtbot, page.closures.list.add_button)
    click_into(qtbot, form.name)
    type_text(qtbot, "Neuvolan kesätauko")
    tab(qtbot)
    type_text(qtbot, "1.7.2027")
    tab(qtbot)
    type_text(qtbot, "31.7.2027")
    choose(qtbot, form.scope, "The groups of one organisation")
    choose(qtbot, form.organisation, "Järvelän neuvola")
    click_into(qtbot, form.name)
    enter(qtbot)  # nothing is planned in July: saved at once
    saved = [c for c in demo_context.read(list_closures) if c.name == "Neuvolan kesätauko"]
    assert [(c.scope, c.organisation_id) for c in saved] == [
        (ClosureScope.ORGANISATION, organisation.id)
    ]
    assert "Groups of Järvelän neuvola" in shown(page.closures.list, 3)


def _review(dialog: SchoolHolidaysDialog) -> list[tuple[str, str, str, str]]:
    tree = dialog.review
    items = [tree.topLevelItem(row) for row in range(tree.topLevelItemCount())]
    return [(i.text(0), i.text(1), i.text(2), i.text(3)) for i in items if i is not None]


def test_the_school_holidays_of_a_year_are_reviewed_added_once_and_cancel_what_they_cover(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = open_page(qtbot, demo_context, 2)
    show_window(qtbot, page)
    click(qtbot, page.closures.school_holidays_button)
    dialog = wait_for_dialog(qtbot, SchoolHolidaysDialog)
    assert isinstance(dialog, SchoolHolidaysDialog)
    activate(qtbot, dialog)
    assert dialog.school_year.currentText() == "2026–2027"  # the school year of today
    # The demo has this year's breaks, with hiihtoloma in week 8, already.
    assert [row[3] for row in _review(dialog)] == ["added already"] * 4
    assert not dialog.add_button.isEnabled()

    choose(qtbot, dialog.ski_week, "Week 9")
    assert _review(dialog)[2] == ("Winter break 2027", "Mon 01/03/2027", "Sun 07/03/2027", "")
    assert dialog.add_button.isEnabled()
    enter(qtbot)
    preview = wait_for_dialog(qtbot, ClosurePreviewDialog)
    assert isinstance(preview, ClosurePreviewDialog)
    activate(qtbot, preview)
    cancelled = _rows(preview.cancelled)
    assert cancelled
    assert {day.split()[1][-7:] for _, day in cancelled} == {"03/2027"}
    enter(qtbot)
    wait_closed(qtbot, dialog)
    added = [c for c in demo_context.read(list_closures) if c.name == "Winter break 2027"]
    assert [(c.first_day, c.last_day, c.scope) for c in added] == [
        (date(2027, 3, 1), date(2027, 3, 7), ClosureScope.ALL)
    ]

    def march(uow: UnitOfWork) -> set[tuple[SessionStatus, str]]:
        sessions = uow.sessions.between(date(2027, 3, 1), date(2027, 3, 7))
        return {(s.status, s.cancel_reason) for s in sessions}

    assert demo_context.read(march) == {(SessionStatus.CANCELLED, "Winter break 2027")}

    activate(qtbot, page)
    click(qtbot, page.closures.school_holidays_button)
    again = wait_for_dialog(qtbot, SchoolHolidaysDialog)
    assert isinstance(again, SchoolHolidaysDialog)
    activate(qtbot, again)
    choose(qtbot, again.ski_week, "Week 9")
    assert [row[3] for row in _review(again)] == ["added already"] * 4
    escape(qtbot)
    wait_closed(qtbot, again)
    assert len(demo_context.read(list_closures)) == len(added) + 4


def test_school_holidays_of_one_organisation_need_the_organisation(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = open_page(qtbot, demo_context, 2)
    show_window(qtbot, page)
    before = demo_context.read(list_closures)
    click(qtbot, page.closures.school_holidays_button)
    dialog = wait_for_dialog(qtbot, SchoolHolidaysDialog)
    assert isinstance(dialog, SchoolHolidaysDialog)
    activate(qtbot, dialog)
    choose(qtbot, dialog.school_year, "2027–2028")
    choose(qtbot, dialog.scope_fields.scope, "The groups of one organisation")
    choose(qtbot, dialog.scope_fields.organisation, "Järvelän neuvola")
    assert [row[0] for row in _review(dialog)] == [
        "Autumn break 2027",
        "Christmas break 2027–2028",
        "Winter break 2028",
        "Summer break 2028",
    ]
    enter(qtbot)
    wait_closed(qtbot, dialog)
    added = [c for c in demo_context.read(list_closures) if c not in before]
    assert len(added) == 4
    assert {(c.scope, c.organisation_id is not None) for c in added} == {
        (ClosureScope.ORGANISATION, True)
    }


def test_edit_undo_takes_back_a_closure_and_the_cancellations_it_made(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    sessions_before = _babies(demo_context, date(2026, 11, 30), date(2026, 12, 6))
    before = demo_context.read(list_closures)
    window = open_main_window(qtbot, demo_context, tmp_path)
    window.navigation.setCurrentRow(1)
    page = window.findChild(GroupsPage)
    assert page is not None
    click_tab(qtbot, page.tabs, "Closures")
    form = page.closures.form
    click(qtbot, page.closures.list.add_button)
    type_over(qtbot, form.name, "Pikkujoulutauko")
    type_over(qtbot, form.first_day, "30.11.2026")
    type_over(qtbot, form.last_day, "6.12.2026")
    click(qtbot, form.save_button)
    preview = wait_for_dialog(qtbot, ClosurePreviewDialog)
    activate(qtbot, preview)
    enter(qtbot)
    wait_closed(qtbot, preview)
    activate(qtbot, window)
    cancelled = _babies(demo_context, date(2026, 11, 30), date(2026, 12, 6))
    assert {status for status, _, _ in cancelled.values()} == {SessionStatus.CANCELLED}

    undo(qtbot)
    qtbot.waitUntil(lambda: demo_context.read(list_closures) == before)
    assert _babies(demo_context, date(2026, 11, 30), date(2026, 12, 6)) == sessions_before

    redo(qtbot)
    qtbot.waitUntil(lambda: len(demo_context.read(list_closures)) == len(before) + 1)
    assert _babies(demo_context, date(2026, 11, 30), date(2026, 12, 6)) == cancelled


def test_school_holidays_a_colleague_added_meanwhile_are_not_added_twice(
    qtbot: QtBot, demo_context: AppContext, second_context: AppContext
) -> None:
    page = open_page(qtbot, demo_context, 2)
    show_window(qtbot, page)
    click(qtbot, page.closures.school_holidays_button)
    dialog = wait_for_dialog(qtbot, SchoolHolidaysDialog)
    assert isinstance(dialog, SchoolHolidaysDialog)
    activate(qtbot, dialog)
    choose(qtbot, dialog.ski_week, "Week 9")
    assert _review(dialog)[2][3] == ""  # to be added
    # Meanwhile a colleague adds the same winter break on the shared database.
    winter = ClosurePeriod(
        name="Talviloma 2027",
        first_day=date(2027, 3, 1),
        last_day=date(2027, 3, 7),
    )
    second_context.write(
        lambda uow: save_closure(uow, winter, cancel_planned=True),
        Changes.PLACES | Changes.SESSIONS,
    )
    before = demo_context.read(list_closures)

    activate(qtbot, dialog)
    enter(qtbot)

    assert demo_context.read(list_closures) == before
    assert _review(dialog)[2][3] == "added already"
    assert not dialog.add_button.isEnabled()


def test_deleting_a_closure_shows_the_sessions_it_gives_back_and_can_be_undone(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    week = (date(2026, 11, 30), date(2026, 12, 6))  # today is Monday 23.11.2026
    sessions_before = _babies(demo_context, *week)
    before = demo_context.read(list_closures)
    window = open_main_window(qtbot, demo_context, tmp_path)
    window.navigation.setCurrentRow(1)
    page = window.findChild(GroupsPage)
    assert page is not None
    click_tab(qtbot, page.tabs, "Closures")
    form = page.closures.form
    click(qtbot, page.closures.list.add_button)
    type_over(qtbot, form.name, "Pikkujoulutauko")
    type_over(qtbot, form.first_day, "30.11.2026")
    type_over(qtbot, form.last_day, "6.12.2026")
    enter(qtbot)
    preview = wait_for_dialog(qtbot, ClosurePreviewDialog)
    activate(qtbot, preview)
    enter(qtbot)
    wait_closed(qtbot, preview)
    activate(qtbot, window)
    cancelled = _babies(demo_context, *week)
    assert {status for status, _, _ in cancelled.values()} == {SessionStatus.CANCELLED}

    click_row(qtbot, page.closures.list.table, "Pikkujoulutauko")
    press(qtbot, Qt.Key.Key_Delete)
    dialog = wait_for_dialog(qtbot, ClosurePreviewDialog)
    assert isinstance(dialog, ClosurePreviewDialog)
    activate(qtbot, dialog)
    assert (BABIES, "Tue 01/12/2026") in _rows(dialog.planned_again)  # all groups pause
    assert button_text(dialog.confirm_button) == "Delete closure"
    escape(qtbot)  # changes nothing
    wait_closed(qtbot, dialog)
    assert len(demo_context.read(list_closures)) == len(before) + 1
    assert _babies(demo_context, *week) == cancelled

    activate(qtbot, window)
    click_row(qtbot, page.closures.list.table, "Pikkujoulutauko")
    click(qtbot, page.closures.removal.delete_button)
    dialog = wait_for_dialog(qtbot, ClosurePreviewDialog)
    activate(qtbot, dialog)
    enter(qtbot)  # the default: delete
    wait_closed(qtbot, dialog)
    assert demo_context.read(list_closures) == before
    assert _babies(demo_context, *week) == sessions_before  # planned again

    activate(qtbot, window)
    undo(qtbot)
    qtbot.waitUntil(lambda: len(demo_context.read(list_closures)) == len(before) + 1)
    assert _babies(demo_context, *week) == cancelled
    redo(qtbot)
    qtbot.waitUntil(lambda: demo_context.read(list_closures) == before)
    assert _babies(demo_context, *week) == sessions_before


def test_a_closure_shortened_gives_back_the_days_it_no_longer_covers(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    week = (date(2026, 11, 30), date(2026, 12, 6))
    sessions_before = _babies(demo_context, *week)
    window = open_main_window(qtbot, demo_context, tmp_path)
    window.navigation.setCurrentRow(1)
    page = window.findChild(GroupsPage)
    assert page is not None
    click_tab(qtbot, page.tabs, "Closures")
    form = page.closures.form
    click(qtbot, page.closures.list.add_button)
    type_over(qtbot, form.name, "Pikkujoulutauko")
    type_over(qtbot, form.first_day, "30.11.2026")
    type_over(qtbot, form.last_day, "6.12.2026")
    enter(qtbot)
    preview = wait_for_dialog(qtbot, ClosurePreviewDialog)
    activate(qtbot, preview)
    enter(qtbot)
    wait_closed(qtbot, preview)
    activate(qtbot, window)
    cancelled = _babies(demo_context, *week)

    click_row(qtbot, page.closures.list.table, "Pikkujoulutauko")
    enter(qtbot)  # opens it in the form
    type_over(qtbot, form.last_day, "30.11.2026")
    enter(qtbot)
    preview = wait_for_dialog(qtbot, ClosurePreviewDialog)
    assert isinstance(preview, ClosurePreviewDialog)
    activate(qtbot, preview)
    assert (BABIES, "Tue 01/12/2026") in _rows(preview.planned_again)
    escape(qtbot)  # changes nothing
    wait_closed(qtbot, preview)
    assert _babies(demo_context, *week) == cancelled

    activate(qtbot, window)
    click_into(qtbot, form.last_day)
    enter(qtbot)
    preview = wait_for_dialog(qtbot, ClosurePreviewDialog)
    activate(qtbot, preview)
    enter(qtbot)
    wait_closed(qtbot, preview)
    assert _babies(demo_context, *week)[date(2026, 12, 1)] == sessions_before[date(2026, 12, 1)]

    activate(qtbot, window)
    # Ctrl+Z in the date field would undo its typing: the person goes to the list first.
    click_row(qtbot, page.closures.list.table, "Pikkujoulutauko")
    undo(qtbot)
    qtbot.waitUntil(lambda: _babies(demo_context, *week) == cancelled)
