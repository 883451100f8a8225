"""Calendar reads: ranges, bulk inserts and a constant number of queries."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

from ryhmat.domain.calendar import CalendarFilter
from ryhmat.domain.model import (
    Attendance,
    AttendanceMark,
    Family,
    Group,
    GroupType,
    Headcount,
    HeldSession,
    Member,
    MemberKind,
    Place,
    Session,
    SessionStatus,
)
from ryhmat.storage.database import Database
from tests.integration.statements import counting
from tests.integration.world import World, make_session

MONDAY = date(2025, 9, 1)


def _sessions(world: World, count: int, first: date = MONDAY) -> list[Session]:
    return [make_session(world, first + timedelta(days=i)) for i in range(count)]


def _add(database: Database, sessions: list[Session]) -> None:
    with database.unit_of_work() as uow:
        uow.sessions.add_many(sessions)
        uow.commit()


def _queries_for_between(database: Database, last: date) -> int:
    with database.unit_of_work() as uow, counting(database.engine) as statements:
        uow.sessions.between(MONDAY, last)
    return len(statements)


def test_add_many_sessions_round_trip_with_leaders(database: Database, world: World) -> None:
    sessions = _sessions(world, 30)
    _add(database, sessions)
    with database.unit_of_work() as uow:
        assert uow.sessions.list() == sessions
        assert uow.sessions.for_series(world.series.id) == sessions


def test_between_includes_both_ends_and_filters_groups(database: Database, world: World) -> None:
    other = Group(name="Vauvakahvila", type=GroupType.BABY_GROUP)
    sessions = _sessions(world, 10)
    theirs = make_session(
        world, MONDAY + timedelta(days=2), group_id=other.id, series_id=None, start=time(8, 0)
    )
    with database.unit_of_work() as uow:
        uow.groups.save(other)
        uow.commit()
    _add(database, [*sessions, theirs])
    with database.unit_of_work() as uow:
        days = MONDAY + timedelta(days=2), MONDAY + timedelta(days=4)
        # Same day: the earlier start comes first.
        assert uow.sessions.between(*days) == [theirs, sessions[2], sessions[3], sessions[4]]
        assert uow.sessions.between(*days, group_ids=[other.id]) == [theirs]
        assert uow.sessions.between(*days, group_ids=[]) == []
        assert uow.sessions.between(MONDAY - timedelta(days=7), MONDAY - timedelta(days=1)) == []


def test_between_needs_the_same_queries_for_5_and_50_sessions(
    database: Database, world: World
) -> None:
    _add(database, _sessions(world, 50))
    few = _queries_for_between(database, MONDAY + timedelta(days=4))
    many = _queries_for_between(database, MONDAY + timedelta(days=49))
    assert few == many
    assert many <= 3


def test_with_attendance_finds_marks_and_headcounts_across_chunks(
    database: Database, world: World
) -> None:
    sessions = _sessions(world, 1200)
    marked, counted = sessions[3], sessions[1100]
    _add(database, sessions)
    with database.unit_of_work() as uow:
        uow.attendance.add_many(
            [
                Attendance(
                    session_id=marked.id, member_id=world.father.id, mark=AttendanceMark.PRESENT
                )
            ]
        )
        uow.headcounts.add_many([Headcount(session_id=counted.id, first_time_visitors=1)])
        uow.commit()
    with database.unit_of_work() as uow:
        found = uow.sessions.with_attendance(s.id for s in sessions)
        assert found == {marked.id, counted.id}
        assert uow.sessions.with_attendance([]) == set()


def test_add_many_families_and_attendance_in_bulk(database: Database, world: World) -> None:
    families = [
        Family(name=f"Perhe {i}", members=[Member(first_name=f"Lapsi {i}", kind=MemberKind.CHILD)])
        for i in range(2000)
    ]
    sessions = _sessions(world, 20)
    marks = [
        Attendance(session_id=s.id, member_id=f.members[0].id, mark=AttendanceMark.PRESENT)
        for s in sessions
        for f in families[:600]
    ]
    with database.unit_of_work() as uow:
        uow.families.add_many(families)
        uow.sessions.add_many(sessions)
        uow.attendance.add_many(marks)
        uow.commit()
    with database.unit_of_work() as uow:
        assert len(uow.families.list()) == 2001
        assert uow.families.get(families[1234].id) == families[1234]
        assert len(uow.attendance.for_session(sessions[7].id)) == 600


def test_held_sessions_of_a_period_in_date_order_and_filtered(
    database: Database, world: World
) -> None:
    other = Group(name="Vauvaryhmä", type=GroupType.BABY_GROUP)
    hall = Place(name="Seurakuntatalo")
    held = SessionStatus.HELD
    late = make_session(world, MONDAY, status=held, start=time(17))
    early = make_session(world, MONDAY, status=held, group_id=other.id, leader_ids=[])
    elsewhere = make_session(world, MONDAY + timedelta(days=2), status=held, place_id=hall.id)
    cancelled = make_session(world, MONDAY, status=SessionStatus.CANCELLED)
    planned = make_session(world, MONDAY + timedelta(days=1))
    after = make_session(world, MONDAY + timedelta(days=7), status=held)
    with database.unit_of_work() as uow:
        uow.groups.save(other)
        uow.places.save(hall)
        uow.sessions.add_many([late, early, elsewhere, cancelled, planned, after])
        uow.commit()

    def held_ids(wanted: CalendarFilter) -> list[uuid.UUID]:
        with database.unit_of_work() as uow:
            found = uow.sessions.held(MONDAY, MONDAY + timedelta(days=6), wanted)
        return [session.session_id for session in found]

    assert held_ids(CalendarFilter()) == [early.id, late.id, elsewhere.id]
    assert held_ids(CalendarFilter(place_id=hall.id)) == [elsewhere.id]
    assert held_ids(CalendarFilter(worker_id=world.anna.id)) == [late.id, elsewhere.id]
    assert held_ids(CalendarFilter(organisation_id=world.clinic.id)) == [late.id, elsewhere.id]
    with database.unit_of_work() as uow:
        first = uow.sessions.held(MONDAY, MONDAY, CalendarFilter())[0]
    assert first == HeldSession(early.id, other.id, MONDAY, time(9, 30))
