"""Recording attendance through the app's use cases, as each person of a team
database through their own login: a volunteer records the sessions they lead, and
the database refuses them (and the app says so calmly) any other; the sheet reads
no family's phone number or notes; leaders and coordinators record as before.

Each test adds its own past session to the team world (tests/integration/
team_world.py), led by the workers it names, and reads back as the admin what the
database holds."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from ryhmat.domain.errors import UserError
from ryhmat.domain.model import (
    AdultRole,
    AttendanceMark,
    Family,
    Headcount,
    Member,
    MemberKind,
    Permission,
    SessionStatus,
    UsageAction,
)
from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.usecases.attendance import (
    AttendanceRecord,
    guest_family,
    record_attendance,
    unrecorded_sessions,
)
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.domain.usecases.team import reads_rosters_only
from ryhmat.domain.usecases.usage_log import open_attendance
from ryhmat.domain.usecases.workbook import workbook_data
from ryhmat.storage.database import Database, open_database
from ryhmat.storage.failures import NOT_PERMITTED
from ryhmat.storage.repositories.attendance import NOT_LEADING
from tests.integration.backends import PostgresqlDatabases
from tests.integration.statements import counting
from tests.integration.team_world import NOW, build_team_world, ident, login

pytestmark = pytest.mark.postgresql

TODAY = date(2026, 12, 7)
INSUFFICIENT_PRIVILEGE = "42501"


@pytest.fixture(scope="module")
def team(postgresql_databases: PostgresqlDatabases) -> Iterator[dict[str, str]]:
    with postgresql_databases.at_head() as owner_url:
        urls = build_team_world(owner_url)
        owner = open_database(owner_url)
        # Family A does not want photos taken: the sheet says so to whoever leads.
        with owner.engine.begin() as connection:
            connection.execute(
                text("UPDATE families SET photo_permission = 'no' WHERE id = :id"),
                {"id": ident("family_a")},
            )
        owner.dispose()
        yield {"owner": owner_url, **urls}


@pytest.fixture
def as_person(team: dict[str, str]) -> Iterator[dict[str, Database]]:
    """Each person's database, opened on first use."""
    opened: dict[str, Database] = {}

    class People(dict[str, Database]):
        def __missing__(self, who: str) -> Database:
            opened[who] = self[who] = open_database(team[who])
            return opened[who]

    yield People()
    for database in opened.values():
        database.dispose()


_days = iter(date(2026, 11, day) for day in range(2, 30))


def past_session(team: dict[str, str], *leaders: str) -> uuid.UUID:
    """A new planned session of group A, before today, led by these workers."""
    session_id = uuid.uuid4()
    owner = open_database(team["owner"])
    try:
        with owner.engine.begin() as connection:
            connection.execute(
                text(
                    'INSERT INTO sessions (id, group_id, day, start, "end", theme, notes, '
                    "status, cancel_reason, edited_individually, sequence, created_at, "
                    "updated_at) VALUES (:id, :group, :day, '09:30', '11:00', '', '', "
                    "'planned', '', false, 0, now(), now())"
                ),
                {"id": session_id, "group": ident("group_a"), "day": next(_days)},
            )
            for position, leader in enumerate(leaders):
                connection.execute(
                    text("INSERT INTO session_leaders VALUES (:session, :position, :worker)"),
                    {"session": session_id, "position": position, "worker": ident(leader)},
                )
    finally:
        owner.dispose()
    return session_id


def everyone_present(database: Database, session_id: uuid.UUID, fathers: int) -> AttendanceRecord:
    with database.unit_of_work() as uow:
        sheet = open_attendance(uow, session_id)
    return AttendanceRecord(
        marks={line.member_id: AttendanceMark.PRESENT for line in sheet.lines},
        headcount=Headcount(session_id=session_id, adults={AdultRole.FATHER: fathers}),
        version=sheet.version,
    )


Recorded = tuple[SessionStatus, int, dict[uuid.UUID, AttendanceMark], int | None]


def stored(database: Database, session_id: uuid.UUID) -> Recorded:
    """What the database holds of the session's recording: status, attendance version,
    the marks by member, the fathers counted."""
    with database.unit_of_work() as uow:
        session = uow.sessions.get(session_id)
        assert session is not None
        marks = {m.member_id: m.mark for m in uow.attendance.for_session(session_id)}
        headcount = uow.headcounts.get(session_id)
        return (
            session.status,
            uow.attendance.recorded_version(session_id),
            marks,
            None if headcount is None else headcount.adults.get(AdultRole.FATHER),
        )


def test_a_volunteer_records_attendance_and_a_headcount_of_a_session_they_lead(
    team: dict[str, str], as_person: dict[str, Database]
) -> None:
    session_id = past_session(team, "worker_volunteer_a")
    volunteer = as_person[login("volunteer")]
    record = everyone_present(volunteer, session_id, fathers=4)
    assert set(record.marks) == {ident("member_a"), ident("child_a")}
    with volunteer.unit_of_work() as uow:
        record_attendance(uow, session_id, record, TODAY)

    admin = as_person[login("admin")]
    assert stored(admin, session_id) == (
        SessionStatus.HELD,
        1,
        {ident("member_a"): AttendanceMark.PRESENT, ident("child_a"): AttendanceMark.PRESENT},
        4,
    )
    with admin.unit_of_work() as uow:
        changed_by = {entry.actor for entry in uow.audit.for_family(ident("family_a"))}
        read_by = {
            (event.actor, event.action) for event in uow.usage_log.for_family(ident("family_a"))
        }
    assert login("volunteer") in changed_by
    assert (login("volunteer"), UsageAction.ATTENDANCE_OPENED) in read_by


def test_a_volunteers_sheet_shows_the_photo_permission_and_reads_no_phone_or_notes(
    team: dict[str, str], as_person: dict[str, Database]
) -> None:
    session_id = past_session(team, "worker_volunteer_a")
    volunteer = as_person[login("volunteer")]
    with volunteer.unit_of_work() as uow, counting(volunteer.engine) as statements:
        sheet = open_attendance(uow, session_id)
    assert {line.photo_permission for line in sheet.lines} == {Permission.NO}
    read = " ".join(statements).lower()
    assert "families.phone" not in read
    assert "families.notes" not in read


def test_a_volunteer_may_not_record_a_session_they_do_not_lead(
    team: dict[str, str], as_person: dict[str, Database]
) -> None:
    session_id = past_session(team, "worker_leader_a")
    volunteer = as_person[login("volunteer")]
    record = everyone_present(volunteer, session_id, fathers=2)
    with pytest.raises(UserError) as refused, volunteer.unit_of_work() as uow:
        record_attendance(uow, session_id, record, TODAY)
    assert refused.value.template == NOT_LEADING
    assert stored(as_person[login("admin")], session_id) == (SessionStatus.PLANNED, 0, {}, None)


def test_a_volunteer_marks_a_family_of_the_register_but_adds_none(
    team: dict[str, str], as_person: dict[str, Database]
) -> None:
    session_id = past_session(team, "worker_volunteer_a")
    volunteer = as_person[login("volunteer")]
    with volunteer.unit_of_work() as uow:
        known = guest_family(uow, ident("family_a"))
        sheet = open_attendance(uow, session_id)
    mother = Member(first_name="Eeva", kind=MemberKind.ADULT, role=AdultRole.MOTHER)
    new = Family(name="Uusi", members=[mother])
    record = AttendanceRecord(
        marks={new.members[0].id: AttendanceMark.PRESENT},
        guest_families=[new],
        version=sheet.version,
    )
    with pytest.raises(UserError) as refused, volunteer.unit_of_work() as uow:
        record_attendance(uow, session_id, record, TODAY)
    assert refused.value.template == NOT_PERMITTED
    assert stored(as_person[login("admin")], session_id) == (SessionStatus.PLANNED, 0, {}, None)
    assert [m.full_name for m in known.members] == ["Isä Family a", "Lapsi Family a"]


@pytest.mark.parametrize(
    ("who", "leader"),
    [(login("leader"), "worker_leader_a"), (login("coordinator"), "worker_admin_a")],
)
def test_a_leader_and_a_coordinator_record_as_before(
    team: dict[str, str], as_person: dict[str, Database], who: str, leader: str
) -> None:
    session_id = past_session(team, leader)
    person = as_person[who]
    record = everyone_present(person, session_id, fathers=1)
    with person.unit_of_work() as uow:
        record_attendance(uow, session_id, record, TODAY)
    status, version, marks, fathers = stored(as_person[login("admin")], session_id)
    assert (status, version, fathers) == (SessionStatus.HELD, 1, 1)
    assert set(marks) == {ident("member_a"), ident("child_a")}


@pytest.mark.parametrize(
    ("who", "rosters_only"),
    [
        ("owner", False),
        (login("admin"), False),
        (login("coordinator"), False),
        (login("leader"), False),
        (login("volunteer"), True),
    ],
)
def test_only_a_volunteer_reads_rosters_only(
    as_person: dict[str, Database], who: str, rosters_only: bool
) -> None:
    with as_person[who].unit_of_work() as uow:
        assert reads_rosters_only(uow) is rosters_only


def test_a_volunteer_may_move_a_session_they_lead_only_from_planned_to_held(
    team: dict[str, str], as_person: dict[str, Database]
) -> None:
    session_id = past_session(team, "worker_volunteer_a")
    statement = text("UPDATE sessions SET status = :status WHERE id = :id")
    volunteer = as_person[login("volunteer")].engine
    with pytest.raises(DBAPIError) as refused, volunteer.begin() as connection:
        connection.execute(statement, {"status": "cancelled", "id": session_id})
    assert getattr(refused.value.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE
    with as_person["owner"].engine.begin() as connection:
        connection.execute(statement, {"status": "cancelled", "id": session_id})
    with volunteer.begin() as connection:
        restored = connection.execute(statement, {"status": "held", "id": session_id})
        assert restored.rowcount == 0
    status, *_ = stored(as_person[login("admin")], session_id)
    assert status is SessionStatus.CANCELLED


@pytest.mark.parametrize("who", [login("coordinator"), login("leader")])
def test_a_pseudonymised_workbook_numbers_after_every_organisations_codes(
    as_person: dict[str, Database], who: str
) -> None:
    """Organisation B's people have the larger numbers, which A's people cannot see."""
    first, last = date(2026, 9, 1), TODAY
    with as_person[who].unit_of_work() as uow:
        statistics = compute_statistics(uow, first, last, StatisticsFilter(), now=NOW)
        workbook_data(uow, first, last, StatisticsFilter(), True, statistics)
    with as_person[login("admin")].unit_of_work() as uow:
        codes = uow.pseudonyms.codes_for([ident("member_a"), ident("child_a"), ident("member_b")])
    assert len(set(codes.values())) == 3


@pytest.mark.parametrize(
    ("who", "other_group"),
    [
        (login("coordinator"), "Group b"),
        (login("leader"), "Group b"),
        (login("volunteer"), "Group b"),
        (login("leader", "b"), "Group a"),
    ],
)
def test_another_organisations_recorded_session_is_not_listed_as_not_recorded(
    team: dict[str, str], as_person: dict[str, Database], who: str, other_group: str
) -> None:
    """Recorded by its marks alone, which the person may not see."""
    with as_person["owner"].engine.begin() as connection:
        connection.execute(text("DELETE FROM headcounts"))
    with as_person[who].unit_of_work() as uow:
        listed = {session.group for session in unrecorded_sessions(uow, NOW)}
    assert other_group not in listed
    with as_person[login("admin")].unit_of_work() as uow:
        assert unrecorded_sessions(uow, NOW)  # the admin's list is everyone's
