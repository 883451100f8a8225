"""The app of a team's volunteer: they record the session they lead from the keyboard,
as anyone does, and are offered nothing that the database would refuse them (the
families' list, the Excel export), being told calmly where the families are instead."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, text

from ryhmat import app as desktop_app
from ryhmat.domain.model import AdultRole, AttendanceMark, SessionStatus
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.eves import team_skipped_eves
from ryhmat.preferences import Preferences
from ryhmat.storage.database import open_database
from ryhmat.ui.groups import GroupsPage
from ryhmat.ui.main_window import MainWindow
from ryhmat.ui.people.roster_only import FamiliesOnRostersOnly
from ryhmat.ui.sessions import AttendanceDialog
from ryhmat.ui.sessions.attendance_model import PHOTOS
from ryhmat.ui.statistics import StatisticsPage
from tests.gui.person import (
    activate,
    click_into,
    click_tab,
    enter,
    press,
    tab_to,
    toggle_item,
    type_over,
    wait_for_dialog,
    wait_for_focus,
)
from tests.integration.team_world import build_team_world, ident, login
from tests.postgres_server import running_postgresql_server

pytestmark = pytest.mark.postgresql

CONTROL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(scope="module")
def team() -> Iterator[dict[str, str]]:
    """The team world on a server of this module's own, with a session of group A held
    a week ago, led by the volunteer and not recorded yet."""
    with running_postgresql_server() as server:
        owner_url = server.new_database("team")
        urls = build_team_world(owner_url)
        owner = create_engine(owner_url)
        with owner.begin() as connection:
            connection.execute(
                text(
                    'INSERT INTO sessions (id, group_id, day, start, "end", theme, notes, '
                    "status, cancel_reason, edited_individually, sequence, created_at, "
                    "updated_at) VALUES (:id, :group, :day, '09:30', '11:00', '', '', "
                    "'planned', '', false, 0, now(), now())"
                ),
                {
                    "id": ident("volunteers_session"),
                    "group": ident("group_a"),
                    "day": helsinki_now().date() - timedelta(days=7),
                },
            )
            connection.execute(
                text("INSERT INTO session_leaders VALUES (:session, 0, :worker)"),
                {"session": ident("volunteers_session"), "worker": ident("worker_volunteer_a")},
            )
        owner.dispose()
        yield urls


@pytest.fixture
def volunteer_window(qtbot: QtBot, team: dict[str, str], tmp_path: Path) -> Iterator[MainWindow]:
    database = open_database(team[login("volunteer")])
    app = desktop_app.DesktopApp(
        database, Preferences.in_file(tmp_path / "settings.ini"), str(tmp_path / "ryhmat.log")
    )
    window = app.show()
    qtbot.addWidget(window)
    activate(qtbot, window)
    yield window
    window.close()
    app.stop()


def test_a_volunteer_records_the_session_they_lead_from_the_keyboard(
    qtbot: QtBot, volunteer_window: MainWindow, team: dict[str, str]
) -> None:
    session_id = ident("volunteers_session")
    assert [s.id for s in volunteer_window.unrecorded.model.records] == [session_id]
    # Tilastot's warning of the sessions not recorded opens their list; Enter records.
    press(qtbot, Qt.Key.Key_5, CONTROL)
    statistics = volunteer_window.stack.currentWidget()
    assert isinstance(statistics, StatisticsPage)
    qtbot.waitUntil(statistics.unrecorded_button.isVisible)
    tab_to(qtbot, statistics.unrecorded_button)
    press(qtbot, Qt.Key.Key_Space)
    wait_for_focus(qtbot, statistics.unrecorded.table)
    enter(qtbot)
    dialog = wait_for_dialog(qtbot, AttendanceDialog)
    assert isinstance(dialog, AttendanceDialog)
    view = dialog.view
    qtbot.waitUntil(view.table.hasFocus)
    model = view.model
    assert [model.index(row, 1).data() for row in range(model.rowCount())] == [
        "Isä Family a",
        "Lapsi Family a",
    ]
    # Whom not to photograph is on the list: the family was never asked.
    assert model.headerData(PHOTOS, Qt.Orientation.Horizontal) == "Photo permission"
    assert model.index(0, PHOTOS).data() == "not asked"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Space)
    type_over(qtbot, view.headcount.adult_boxes[AdultRole.FATHER], "3")
    with qtbot.waitSignal(view.saved):
        enter(qtbot)

    admin = open_database(team[login("admin")])
    try:
        with admin.unit_of_work() as uow:
            session = uow.sessions.get(session_id)
            marks = {m.member_id: m.mark for m in uow.attendance.for_session(session_id)}
            headcount = uow.headcounts.get(session_id)
    finally:
        admin.dispose()
    assert session is not None
    assert session.status is SessionStatus.HELD
    assert marks == {
        ident("member_a"): AttendanceMark.PRESENT,
        ident("child_a"): AttendanceMark.PRESENT,
    }
    assert headcount is not None
    assert headcount.adults == {AdultRole.FATHER: 3}


def test_a_volunteer_is_told_where_the_families_are_and_offered_no_export(
    qtbot: QtBot, volunteer_window: MainWindow
) -> None:
    press(qtbot, Qt.Key.Key_4, CONTROL)
    page = volunteer_window.stack.currentWidget()
    assert isinstance(page, FamiliesOnRostersOnly)
    qtbot.waitUntil(page.note.isVisible)
    assert "attendance lists" in page.note.text()

    press(qtbot, Qt.Key.Key_5, CONTROL)
    statistics = volunteer_window.stack.currentWidget()
    assert isinstance(statistics, StatisticsPage)
    qtbot.waitUntil(statistics.isVisible)
    assert not statistics.export_button.isVisible()
    assert not statistics.pseudonymise.isVisible()


def test_a_volunteer_finds_a_family_of_the_register_as_a_guest_but_makes_none(
    qtbot: QtBot, volunteer_window: MainWindow
) -> None:
    dialog = AttendanceDialog(volunteer_window.context, ident("session_a"), volunteer_window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.view.guest_form
    assert not form.adds_families
    assert not form.search.offer_new
    assert not form.enrol.isVisibleTo(form)


def test_a_volunteer_sees_a_session_they_do_not_lead_as_it_is_and_changes_nothing(
    qtbot: QtBot, volunteer_window: MainWindow, team: dict[str, str]
) -> None:
    # Group A's first session is led by the group's leader and the volunteer; the
    # spare one by no one the volunteer is.
    session_id = ident("spare_session_a")
    volunteer_window.open_attendance(session_id)
    dialog = wait_for_dialog(qtbot, AttendanceDialog)
    assert isinstance(dialog, AttendanceDialog)
    view = dialog.view
    qtbot.waitUntil(view.table.hasFocus)
    assert "leaders record it" in view.status_note.text()
    assert not view.save_button.isEnabled()
    assert not view.headcount.isEnabled()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_A, CONTROL)
    enter(qtbot)
    assert view.undo_stack.count() == 0
    assert not view.has_unsaved_changes()

    admin = open_database(team[login("admin")])
    try:
        with admin.unit_of_work() as uow:
            assert uow.attendance.for_session(session_id) == []
            assert uow.headcounts.get(session_id) is None
    finally:
        admin.dispose()


def test_a_volunteer_who_saves_the_teams_eves_is_told_calmly_and_nothing_changes(
    qtbot: QtBot, volunteer_window: MainWindow, team: dict[str, str]
) -> None:
    volunteer_window.navigation.setCurrentRow(1)
    page = volunteer_window.findChild(GroupsPage)
    assert page is not None
    click_tab(qtbot, page.tabs, "Closures")
    box = page.closures.team_eves
    click_into(qtbot, box.eves)
    toggle_item(qtbot, box.eves, "Maundy Thursday")
    tab_to(qtbot, box.save_button)
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(box.error.isVisible)
    assert "Your role in the team does not allow this" in box.error.text()
    admin = open_database(team[login("admin")])
    try:
        with admin.unit_of_work() as uow:
            assert team_skipped_eves(uow) == []
    finally:
        admin.dispose()
