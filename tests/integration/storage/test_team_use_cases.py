"""The app's own use cases, run by each person of a team database through their own
login: they see what the database lets them see, the change history names them, and
what their role may not do is refused with a message, not a traceback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text

from ryhmat.cli.main import main
from ryhmat.domain.errors import UserError
from ryhmat.domain.evaluation import FeedbackQuestion, Goal, GoalOutcome, Tally
from ryhmat.domain.finnish_holidays import Eve
from ryhmat.domain.follow_ups import FollowUpKey
from ryhmat.domain.model import AttendanceMark
from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.team import TeamRole
from ryhmat.domain.usecases.attendance import (
    AttendanceRecord,
    attendance_sheet,
    record_attendance,
)
from ryhmat.domain.usecases.erasure import set_retention_years
from ryhmat.domain.usecases.evaluations import (
    evaluations_for,
    get_evaluation,
    save_evaluation,
    save_goals,
)
from ryhmat.domain.usecases.eves import set_team_skipped_eves, team_skipped_eves
from ryhmat.domain.usecases.families import list_families
from ryhmat.domain.usecases.follow_ups import (
    mark_follow_up_done,
    open_follow_ups,
    unmark_follow_up,
)
from ryhmat.domain.usecases.groups import list_groups
from ryhmat.domain.usecases.team import add_team_member, may_erase_families, team_members
from ryhmat.storage.database import Database, open_database
from ryhmat.storage.failures import NOT_PERMITTED
from tests.integration.backends import PostgresqlDatabases
from tests.integration.team_world import NOW, build_team_world, ident, login

pytestmark = pytest.mark.postgresql

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def team(postgresql_databases: PostgresqlDatabases) -> Iterator[dict[str, str]]:
    with postgresql_databases.at_head() as owner_url:
        urls = build_team_world(owner_url)
        yield {"owner": owner_url, **urls}


@pytest.fixture
def opened(team: dict[str, str], request: pytest.FixtureRequest) -> Iterator[Database]:
    database = open_database(team[request.param])
    yield database
    database.dispose()


@pytest.mark.parametrize(
    ("opened", "families"),
    [
        (login("admin"), ["Family a", "Family b"]),
        (login("coordinator"), ["Family a"]),
        (login("leader"), ["Family a"]),
        (login("leader", "b"), ["Family b"]),
    ],
    indirect=["opened"],
)
def test_each_person_lists_the_families_the_database_lets_them_see(
    opened: Database, families: list[str]
) -> None:
    with opened.unit_of_work() as uow:
        assert [summary.name for summary in list_families(uow)] == families
        # Groups are everyone's.
        assert [group.name for group in list_groups(uow)] == ["Group a", "Group b"]


@pytest.mark.parametrize("opened", [login("leader")], indirect=True)
def test_a_leader_records_attendance_and_the_history_names_their_login(
    opened: Database,
) -> None:
    session_id = ident("session_a")
    with opened.unit_of_work() as uow:
        sheet = attendance_sheet(uow, session_id)
        record = AttendanceRecord(
            marks={line.member_id: AttendanceMark.PRESENT for line in sheet.lines},
            version=sheet.version,
        )
        record_attendance(uow, session_id, record, TODAY)
    with opened.unit_of_work() as uow:
        actors = {entry.actor for entry in uow.audit.for_family(ident("family_a"))}
    assert login("leader") in actors


@pytest.mark.parametrize("opened", [login("leader")], indirect=True)
def test_a_leader_cannot_set_the_retention_period(opened: Database) -> None:
    with pytest.raises(UserError) as refused, opened.unit_of_work() as uow:
        set_retention_years(uow, 5)
    assert refused.value.template == NOT_PERMITTED


@pytest.mark.parametrize("opened", [login("coordinator"), login("admin")], indirect=True)
def test_a_coordinator_or_an_admin_saves_the_teams_eves(opened: Database) -> None:
    with opened.unit_of_work() as uow:
        set_team_skipped_eves(uow, [Eve.MAUNDY_THURSDAY, Eve.MAY_DAY_EVE])
    with opened.unit_of_work() as uow:
        assert team_skipped_eves(uow) == [Eve.MAUNDY_THURSDAY, Eve.MAY_DAY_EVE]
        set_team_skipped_eves(uow, [])
    with opened.unit_of_work() as uow:
        assert team_skipped_eves(uow) == []


@pytest.mark.parametrize("opened", [login("coordinator")], indirect=True)
def test_a_coordinator_writes_no_other_setting(opened: Database) -> None:
    with pytest.raises(UserError) as refused, opened.unit_of_work() as uow:
        set_retention_years(uow, 5)
    assert refused.value.template == NOT_PERMITTED


@pytest.mark.parametrize("opened", [login("leader"), login("volunteer")], indirect=True)
def test_a_leader_or_a_volunteer_is_told_they_may_not_save_the_eves(opened: Database) -> None:
    with opened.unit_of_work() as uow:
        before = team_skipped_eves(uow)
    with pytest.raises(UserError) as refused, opened.unit_of_work() as uow:
        set_team_skipped_eves(uow, [Eve.NEW_YEARS_EVE])
    assert refused.value.template == NOT_PERMITTED
    with opened.unit_of_work() as uow:
        assert team_skipped_eves(uow) == before


@pytest.mark.parametrize("opened", [login("coordinator")], indirect=True)
def test_only_an_admin_adds_people(opened: Database) -> None:
    with pytest.raises(UserError) as refused, opened.unit_of_work() as uow:
        add_team_member(
            uow, "intruder", "Intruder", "Organisation a", TeamRole.ADMIN, NOW, password="x" * 12
        )
    assert refused.value.template == NOT_PERMITTED


@pytest.mark.parametrize("opened", [login("admin")], indirect=True)
def test_an_admin_adds_changes_and_removes_a_person_who_stays_in_the_list(
    opened: Database, team: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    admin = ["--database", team[login("admin")], "team"]
    assert (
        main(
            [
                *admin,
                "add-user",
                "liisa",
                "--name",
                "Liisa Laine",
                "--organisation",
                "Organisation b",
                "--role",
                "volunteer",
            ]
        )
        == 0
    )
    assert "liisa" in capsys.readouterr().out
    assert main([*admin, "set-role", "liisa", "leader"]) == 0
    assert main([*admin, "remove-user", "liisa"]) == 0
    assert main([*admin, "list", "--json"]) == 0
    listed = {person["login"]: person for person in json.loads(capsys.readouterr().out)}
    assert listed["liisa"]["role"] == "leader"
    assert listed["liisa"]["removed_at"] is not None
    with opened.unit_of_work() as uow:
        assert [m.login for m in team_members(uow) if m.active] == [
            login("admin"),
            login("coordinator"),
            login("leader"),
            login("leader", "b"),
            login("volunteer"),
        ]


@pytest.mark.parametrize(
    ("opened", "may"),
    [
        ("owner", True),
        (login("admin"), True),
        (login("coordinator"), False),
        (login("leader"), False),
        (login("volunteer"), False),
    ],
    indirect=["opened"],
)
def test_only_an_admins_app_erases_families_at_start_up(opened: Database, may: bool) -> None:
    with opened.unit_of_work() as uow:
        assert may_erase_families(uow) is may


def test_team_init_can_be_run_again(
    team: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    for _ in range(2):
        assert main(["--database", team["owner"], "team", "init"]) == 0
    said = capsys.readouterr().out.splitlines()
    assert len(said) == 2
    assert said[0] == said[1]


@pytest.mark.parametrize(
    ("opened", "session", "may"),
    [
        ("owner", "session_b", True),
        (login("admin"), "session_b", True),
        (login("coordinator"), "spare_session_a", True),
        (login("coordinator"), "session_b", False),
        (login("leader"), "spare_session_a", True),
        (login("leader", "b"), "session_a", False),
        (login("volunteer"), "session_a", True),
        (login("volunteer"), "spare_session_a", False),
    ],
    indirect=["opened"],
)
def test_the_attendance_view_says_whether_the_person_may_record_the_session(
    opened: Database, session: str, may: bool
) -> None:
    with opened.unit_of_work() as uow:
        assert uow.team.may_record(ident(session)) is may


def _done_by(owner_url: str) -> dict[tuple[str, str], str]:
    database = open_database(owner_url)
    try:
        with database.engine.connect() as connection:
            rows = connection.execute(
                text("SELECT family_id, ended_on, done_by FROM follow_ups")
            ).all()
    finally:
        database.dispose()
    return {(str(row.family_id), row.ended_on.isoformat()): row.done_by for row in rows}


@pytest.mark.parametrize("opened", [login("coordinator")], indirect=True)
def test_a_follow_up_done_names_the_login_and_another_organisations_is_refused(
    opened: Database, team: dict[str, str]
) -> None:
    own = FollowUpKey(ident("family_a"), ident("group_a"), date(2026, 6, 1))
    with opened.unit_of_work() as uow:
        mark_follow_up_done(uow, own, TODAY)
    try:
        assert _done_by(team["owner"])[str(own.family_id), "2026-06-01"] == login("coordinator")
        with opened.unit_of_work() as uow:
            assert own in uow.follow_ups.done()
            assert {key.family_id for key in uow.follow_ups.done()} == {ident("family_a")}
        other = FollowUpKey(ident("family_b"), ident("group_b"), date(2026, 6, 1))
        with pytest.raises(UserError) as refused, opened.unit_of_work() as uow:
            mark_follow_up_done(uow, other, TODAY)
        assert refused.value.template == NOT_PERMITTED
    finally:
        with opened.unit_of_work() as uow:
            unmark_follow_up(uow, own)
    assert (str(own.family_id), "2026-06-01") not in _done_by(team["owner"])


@pytest.mark.parametrize("opened", [login("volunteer")], indirect=True)
def test_a_volunteer_lists_no_follow_ups_and_is_told_so(opened: Database) -> None:
    with pytest.raises(UserError) as refused, opened.unit_of_work() as uow:
        open_follow_ups(uow, TODAY)
    assert refused.value.template == NOT_PERMITTED


@pytest.mark.parametrize("opened", [login("leader")], indirect=True)
def test_a_leader_sets_the_goals_of_their_groups_season_and_not_anothers(
    opened: Database,
) -> None:
    own, other = ident("series_a"), ident("series_b")
    with opened.unit_of_work() as uow:
        save_goals(uow, own, ["Isät tutustuvat", "Uusi tavoite"])
    try:
        with opened.unit_of_work() as uow:
            goals = get_evaluation(uow, own).goals
        # The outcome of the goal kept stays.
        assert goals == [Goal("Isät tutustuvat", GoalOutcome.PARTLY), Goal("Uusi tavoite")]
        with pytest.raises(UserError) as refused, opened.unit_of_work() as uow:
            save_goals(uow, other, ["Toisen ryhmän tavoite"])
        assert refused.value.template == NOT_PERMITTED
    finally:
        with opened.unit_of_work() as uow:
            save_goals(uow, own, ["Isät tutustuvat"])
    with opened.unit_of_work() as uow:
        assert get_evaluation(uow, other).goals == [Goal("Isät tutustuvat", GoalOutcome.PARTLY)]


@pytest.mark.parametrize("opened", [login("volunteer")], indirect=True)
def test_a_volunteer_reads_the_evaluations_and_may_not_write_them(opened: Database) -> None:
    with opened.unit_of_work() as uow:
        stored = get_evaluation(uow, ident("series_b"))
        reports = evaluations_for(uow, date(2026, 9, 1), TODAY, StatisticsFilter())
    assert stored.answers.works_well == "Leikit"
    assert stored.tallies == [Tally(FeedbackQuestion.ENJOYED, 5, 3)]
    assert [r.group_name for r in reports] == ["Group a", "Group b"]
    with pytest.raises(UserError) as refused, opened.unit_of_work() as uow:
        save_evaluation(uow, stored, TODAY)
    assert refused.value.template == NOT_PERMITTED
