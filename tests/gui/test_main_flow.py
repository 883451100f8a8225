"""The main flow through the real window, as a coordinator and a leader walk it:
plan a group and its season, see it in the calendar, record attendance by keyboard."""

from __future__ import annotations

import uuid
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import AttendanceMark, Enrolment, GroupType
from ryhmat.domain.usecases.attendance import attendance_sheet
from ryhmat.domain.usecases.families import family_enrolments, list_families, save_enrolment
from ryhmat.domain.usecases.groups import find_group, list_series
from ryhmat.domain.usecases.places import list_organisations, list_places
from ryhmat.domain.usecases.workers import list_pairs, list_workers
from ryhmat.i18n import load_language
from ryhmat.ui.calendar.models import SESSION_ROLE
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups import GroupsPage
from ryhmat.ui.main_window import MainWindow
from ryhmat.ui.people import FamiliesPage, FamilyEditor, WorkersPage
from ryhmat.ui.people.worker_editors import OrganisationEditor, PairEditor, WorkerEditor
from ryhmat.ui.records import RECORD_ROLE
from ryhmat.ui.sessions import AttendanceDialog, AttendanceView
from tests.gui.person import (
    choose,
    click,
    click_tab,
    enter,
    show_window,
    tab,
    tab_to,
    type_text,
    wait_closed,
    wait_closed_and_back,
    wait_editing_done,
    wait_for_focus,
)
from tests.gui.person import press as press_key
from tests.gui.window import open_main_window

GROUP = "Lauantain liikuntakerho"
SATURDAY = 5
PAST_SATURDAY = date(2026, 11, 21)  # the demo's today is Monday 23.11.2026


def press(
    qtbot: QtBot,
    widget: object,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(widget, key, modifier)


def test_plan_a_group_see_it_in_the_calendar_and_record_attendance_by_keyboard(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, demo_context, tmp_path)

    # A coordinator creates the group ...
    press(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    groups = window.stack.currentWidget()
    assert isinstance(groups, GroupsPage)
    qtbot.mouseClick(groups.groups.list.add_button, Qt.MouseButton.LeftButton)
    editor = groups.groups.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.name.setText(GROUP)
    editor.type.setCurrentIndex(editor.type.findData(GroupType.FATHER_CHILD))

    # ... and its season: adding the first season saves the group first.
    qtbot.mouseClick(editor.seasons.add_button, Qt.MouseButton.LeftButton)
    season = editor.series_editor
    assert season is not None
    qtbot.keyClicks(season.name, "Syyskausi 2026")
    season.first_day.set_day(date(2026, 8, 1))
    season.last_day.set_day(date(2026, 12, 31))
    saturday = season.weekday_rows[SATURDAY]
    saturday.start.set_moment(time(13, 0))
    saturday.end.set_moment(time(14, 30))
    with qtbot.waitSignal(season.preview_updated, timeout=5000):
        saturday.check.setChecked(True)

    # The live preview names the holiday the season skips.
    skipped = [
        " ".join(
            season.skipped_model.index(r, c).data()
            for c in range(season.skipped_model.columnCount())
        )
        for r in range(season.skipped_model.rowCount())
    ]
    assert any("All Saints' Day" in row for row in skipped), skipped
    assert season.dates_model.rowCount() > 10
    assert season.save_button.isEnabled()
    with qtbot.waitSignal(season.saved):
        qtbot.mouseClick(season.save_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    window.activateWindow()  # the window manager's job when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)

    group = demo_context.read(lambda uow: find_group(uow, GROUP))
    family = next(f for f in demo_context.read(list_families) if len(f.adults) == 2)
    demo_context.write(
        lambda uow: save_enrolment(
            uow, Enrolment(family_id=family.id, group_id=group.id, enrolled_on=date(2026, 8, 1))
        ),
        Changes.FAMILIES,
    )

    # The calendar shows the sessions; the past one waits in "not recorded".
    press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    calendar = window.calendar
    calendar.show_day(PAST_SATURDAY)
    model = calendar.week_model
    column = model.column_of(PAST_SATURDAY)
    assert column is not None
    cell = next(
        model.index(row, column)
        for row in range(model.rowCount())
        if (entry := model.index(row, column).data(SESSION_ROLE)) and entry.group_name == GROUP
    )
    session_id: uuid.UUID = cell.data(SESSION_ROLE).session_id
    assert cell.data(SESSION_ROLE).start == time(13, 0)
    assert session_id in unrecorded_ids(window)

    # The leader opens the session's attendance from the calendar, by keyboard.
    calendar.week_view.setFocus()
    calendar.week_view.setCurrentIndex(cell)
    press(qtbot, calendar.week_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in window.findChildren(AttendanceDialog) if d.isVisible())
    view = dialog.view
    qtbot.waitUntil(view.table.hasFocus)
    members = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert len(members) >= 3  # two adults and a child at least
    press(qtbot, view.table, Qt.Key.Key_Space)  # first: present
    press(qtbot, view.table, Qt.Key.Key_Down)
    press(qtbot, view.table, Qt.Key.Key_Space)
    press(qtbot, view.table, Qt.Key.Key_Space)  # second: absent
    press(qtbot, view.table, Qt.Key.Key_Down)
    press(qtbot, view.table, Qt.Key.Key_3)  # third: excused
    with qtbot.waitSignal(view.saved):
        press(qtbot, view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # Reopening the session shows the marks, and it has left "not recorded".
    reopened = AttendanceView(demo_context, session_id)
    qtbot.addWidget(reopened)
    sheet = demo_context.read(lambda uow: attendance_sheet(uow, session_id))
    assert [line.mark for line in sheet.lines[:3]] == [
        AttendanceMark.PRESENT,
        AttendanceMark.ABSENT,
        AttendanceMark.EXCUSED,
    ]
    assert [reopened.model.mark(line.member_id) for line in sheet.lines[:3]] == [
        AttendanceMark.PRESENT,
        AttendanceMark.ABSENT,
        AttendanceMark.EXCUSED,
    ]
    assert session_id not in unrecorded_ids(window)


def unrecorded_ids(window: MainWindow) -> set[uuid.UUID]:
    model = window.unrecorded.model
    return {
        model.index(row, 0).data(RECORD_ROLE).id for row in range(model.rowCount(QModelIndex()))
    }


# -- a new user, from an empty database, through the window alone ------------------------

ORGANISATION = "Kaupungin perhetyö"
FAMILY_WORKER = "Maija Ohjaaja"
NURSE = "Terhi Terveydenhoitaja"
PLACE = "Perhekeskus Majakka"
BABY_GROUP = "Vauvaryhmä Pikkuiset"
TUESDAY = 1
LAST_TUESDAY = date(2026, 11, 17)  # the newest past session: today is Monday 23.11.2026


def new_item(qtbot: QtBot) -> None:
    """Ctrl+N: a new item in the view shown."""
    press_key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def test_a_new_user_builds_everything_through_the_window_from_an_empty_database(
    qtbot: QtBot, empty_context: AppContext, tmp_path: Path
) -> None:
    load_language("fi")
    window = open_main_window(qtbot, empty_context, tmp_path, "fi")
    assert window.banner.isVisible()  # "Tietokanta on tyhjä"

    # Työntekijät ja työparit: an organisation, two workers, their pair.
    press_key(qtbot, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    workers = window.stack.currentWidget()
    assert isinstance(workers, WorkersPage)
    click_tab(qtbot, workers.tabs, "Organisaatiot")
    new_item(qtbot)
    organisation = workers.editor
    assert isinstance(organisation, OrganisationEditor)
    show_window(qtbot, organisation)
    wait_for_focus(qtbot, organisation.name)
    type_text(qtbot, ORGANISATION)
    choose(qtbot, organisation.kind, "perhetyö")
    enter(qtbot)
    wait_closed_and_back(qtbot, organisation)

    click_tab(qtbot, workers.tabs, "Työntekijät")
    for name, title in ((FAMILY_WORKER, "perhetyöntekijä"), (NURSE, "terveydenhoitaja")):
        new_item(qtbot)
        worker = workers.editor
        assert isinstance(worker, WorkerEditor)
        show_window(qtbot, worker)
        wait_for_focus(qtbot, worker.name)
        type_text(qtbot, name)
        tab(qtbot)
        type_text(qtbot, title)
        choose(qtbot, worker.organisation, ORGANISATION)
        enter(qtbot)
        wait_closed_and_back(qtbot, worker)

    click_tab(qtbot, workers.tabs, "Työparit")
    new_item(qtbot)
    pair = workers.editor
    assert isinstance(pair, PairEditor)
    show_window(qtbot, pair)
    choose(qtbot, pair.first, FAMILY_WORKER)
    choose(qtbot, pair.second, NURSE)
    enter(qtbot)
    wait_closed_and_back(qtbot, pair)

    # Ryhmät: a place, then the group and its season.
    press_key(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    groups = window.stack.currentWidget()
    assert isinstance(groups, GroupsPage)
    click_tab(qtbot, groups.tabs, "Paikat")
    new_item(qtbot)
    place_editor = groups.places.editor
    assert place_editor is not None
    show_window(qtbot, place_editor)
    wait_for_focus(qtbot, place_editor.name)
    type_text(qtbot, PLACE)
    tab(qtbot)
    type_text(qtbot, "Majakkatie 1")
    enter(qtbot)  # Enter saves the place from any of its fields
    wait_closed_and_back(qtbot, place_editor)

    click_tab(qtbot, groups.tabs, "Ryhmät")
    new_item(qtbot)
    editor = groups.groups.editor
    assert editor is not None
    show_window(qtbot, editor)
    wait_for_focus(qtbot, editor.name)
    type_text(qtbot, BABY_GROUP)
    choose(qtbot, editor.type, "vauvaryhmä")
    tab_to(qtbot, editor.organisers)
    press_key(qtbot, Qt.Key.Key_Space)  # the only organisation, ticked
    choose(qtbot, editor.place, PLACE)
    choose(qtbot, editor.pair, FAMILY_WORKER)
    click(qtbot, editor.seasons.add_button)  # saves the group so that it can have seasons
    season = editor.series_editor
    assert season is not None
    show_window(qtbot, season)
    wait_for_focus(qtbot, season.name)
    type_text(qtbot, "Syyskausi 2026")
    tab(qtbot)
    type_text(qtbot, "1.9.2026")
    tab(qtbot)
    type_text(qtbot, "30.11.26")
    tuesday = season.weekday_rows[TUESDAY]
    tab_to(qtbot, tuesday.check)
    press_key(qtbot, Qt.Key.Key_Space)
    tab(qtbot)
    type_text(qtbot, "930")
    tab(qtbot)
    with qtbot.waitSignal(season.preview_updated, timeout=5000):
        type_text(qtbot, "11")
        tab(qtbot)
    assert season.dates_model.rowCount() == 13
    with qtbot.waitSignal(season.saved):
        click(qtbot, season.save_button)
    wait_closed_and_back(qtbot, season)
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    wait_closed_and_back(qtbot, editor)

    # Perheet: a family, enrolled before its first save.
    press_key(qtbot, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    families = window.stack.currentWidget()
    assert isinstance(families, FamiliesPage)
    new_item(qtbot)
    family = families.editor
    assert isinstance(family, FamilyEditor)
    show_window(qtbot, family)
    wait_for_focus(qtbot, family.name)
    type_text(qtbot, "Virtanen")
    click(qtbot, family.members.add_adult_button)
    type_text(qtbot, "Sanna")
    enter(qtbot)
    wait_for_focus(qtbot, family.members.table)  # the name is in; the cell editor has gone
    press_key(qtbot, Qt.Key.Key_Right, times=3)  # to the role
    press_key(qtbot, Qt.Key.Key_F2)
    role = QApplication.focusWidget()
    assert isinstance(role, QComboBox)
    choose(qtbot, role, "äiti")
    enter(qtbot)
    wait_editing_done(qtbot, family.members.table)
    click_tab(qtbot, family.tabs, "Ilmoittautumiset")
    choose(qtbot, family.enrolments.group, BABY_GROUP)
    assert family.enrolments.enrolled_on.day() == date(2026, 9, 1)  # the season's first day
    click(qtbot, family.enrolments.save_button)
    with qtbot.waitSignal(family.saved):
        click(qtbot, family.save_button)
    wait_closed_and_back(qtbot, family)

    # Kalenteri: the newest past session waits first in Kirjaamatta; it is recorded.
    press_key(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    unrecorded = window.unrecorded
    newest = unrecorded.model.record(0)
    assert newest.start.date() == LAST_TUESDAY
    click(qtbot, unrecorded.record_button)
    dialog = next(d for d in window.findChildren(AttendanceDialog) if d.isVisible())
    show_window(qtbot, dialog)
    wait_for_focus(qtbot, dialog.view.table)
    press_key(qtbot, Qt.Key.Key_Space)  # Sanna: present
    enter(qtbot)
    wait_closed(qtbot, dialog)

    # What the database now holds: everything, made through the window alone.
    assert [o.name for o in empty_context.read(list_organisations)] == [ORGANISATION]
    assert sorted(w.name for w in empty_context.read(list_workers)) == [FAMILY_WORKER, NURSE]
    [made_pair] = empty_context.read(list_pairs)
    assert {made_pair.first, made_pair.second} == {FAMILY_WORKER, NURSE}
    [place] = empty_context.read(list_places)
    assert (place.name, place.address) == (PLACE, "Majakkatie 1")
    group = empty_context.read(lambda uow: find_group(uow, BABY_GROUP))
    assert (group.type, group.default_place_id, group.default_pair_id) == (
        GroupType.BABY_GROUP,
        place.id,
        made_pair.id,
    )
    [season_saved] = empty_context.read(lambda uow: list_series(uow, group.id))
    assert (season_saved.first_day, season_saved.last_day) == (date(2026, 9, 1), date(2026, 11, 30))
    assert [(s.weekday, s.start, s.end) for s in season_saved.slots] == [
        (TUESDAY, time(9, 30), time(11, 0))
    ]
    [virtanen] = empty_context.read(list_families)
    [enrolment] = empty_context.read(lambda uow: family_enrolments(uow, virtanen.id))
    assert (enrolment.group, enrolment.enrolled_on) == (BABY_GROUP, date(2026, 9, 1))
    sheet = empty_context.read(lambda uow: attendance_sheet(uow, newest.id))
    assert [(line.name, line.mark) for line in sheet.lines] == [
        ("Sanna Virtanen", AttendanceMark.PRESENT)
    ]
