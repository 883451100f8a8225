"""The views' reads send as many statements for a municipality as for one group.

Guards for `make bench`'s figures: if a view starts querying per group, per
family or per session, the count grows with the data and these fail.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from ryhmat.domain.model import (
    AdultRole,
    Attendance,
    AttendanceMark,
    Enrolment,
    Family,
    Group,
    GroupType,
    Member,
    MemberKind,
    Place,
    SessionStatus,
    Worker,
    WorkerPair,
)
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.attendance import (
    AttendanceRecord,
    attendance_sheet,
    record_attendance,
)
from ryhmat.domain.usecases.calendar import calendar_entries
from ryhmat.domain.usecases.choices import load_choices
from ryhmat.domain.usecases.families import list_families
from ryhmat.domain.usecases.groups import list_groups
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.domain.usecases.workbook import workbook_data
from ryhmat.domain.usecases.workers import list_pairs, list_workers
from ryhmat.storage.database import Database
from tests.integration.statements import counting
from tests.integration.world import World, make_session

MONDAY = date(2025, 9, 1)
SUNDAY = MONDAY + timedelta(days=6)
AFTER = datetime.combine(SUNDAY + timedelta(days=1), time(12), HELSINKI)
SATURDAY = date(2025, 9, 6)


def statements_of(database: Database, work: Callable[[UnitOfWork], object]) -> int:
    with database.unit_of_work() as uow, counting(database.engine) as statements:
        work(uow)
    return len(statements)


def family(number: int) -> Family:
    return Family(
        name=f"Perhe {number}",
        members=[
            Member(first_name="Isä", kind=MemberKind.ADULT, role=AdultRole.FATHER),
            Member(first_name="Lapsi", kind=MemberKind.CHILD, birth_year=2022, birth_month=3),
        ],
    )


def add_groups_meeting_this_week(database: Database, world: World, count: int) -> None:
    groups = [Group(name=f"Ryhmä {n}", type=GroupType.PEER_GROUP) for n in range(count)]
    with database.unit_of_work() as uow:
        for group in groups:
            uow.groups.save(group)
        uow.sessions.add_many(
            [
                make_session(world, MONDAY + timedelta(days=n % 7), group_id=group.id)
                for n, group in enumerate(groups)
            ]
        )
        uow.commit()


def test_a_calendar_week_does_not_query_per_group(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        uow.sessions.save(make_session(world, SATURDAY))
        uow.commit()

    def week(uow: UnitOfWork) -> object:
        return calendar_entries(uow, MONDAY, SUNDAY)

    few = statements_of(database, week)
    add_groups_meeting_this_week(database, world, 40)
    with database.unit_of_work() as uow:
        assert len(calendar_entries(uow, MONDAY, SUNDAY)) == 41
    assert statements_of(database, week) == few


def test_the_attendance_view_does_not_query_per_family(database: Database, world: World) -> None:
    session = make_session(world, SATURDAY)
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.enrolments.save(Enrolment(family_id=world.family.id, group_id=world.group.id))
        uow.attendance.add_many(
            [
                Attendance(
                    session_id=session.id, member_id=world.father.id, mark=AttendanceMark.PRESENT
                )
            ]
        )
        uow.commit()

    def sheet(uow: UnitOfWork) -> object:
        return attendance_sheet(uow, session.id)

    few = statements_of(database, sheet)
    families = [family(n) for n in range(20)]
    with database.unit_of_work() as uow:
        uow.families.add_many(families)
        uow.enrolments.add_many(
            [Enrolment(family_id=f.id, group_id=world.group.id) for f in families]
        )
        uow.attendance.add_many(
            [
                Attendance(session_id=session.id, member_id=m.id, mark=AttendanceMark.PRESENT)
                for f in families
                for m in f.members
            ]
        )
        uow.commit()
    with database.unit_of_work() as uow:
        assert len(attendance_sheet(uow, session.id).lines) == 42
    assert statements_of(database, sheet) == few


def test_the_families_list_does_not_query_per_family(database: Database, world: World) -> None:
    few = statements_of(database, list_families)
    with database.unit_of_work() as uow:
        uow.families.add_many([family(n) for n in range(30)])
        uow.commit()
    with database.unit_of_work() as uow:
        assert len(list_families(uow)) == 31
    assert statements_of(database, list_families) == few


def add_roster_groups_with_a_family_each(database: Database, world: World, numbers: range) -> None:
    """Groups that met on Saturday, each with an enrolled family whose members came."""
    groups = [Group(name=f"Ryhmä {n}", type=GroupType.PEER_GROUP) for n in numbers]
    families = [family(n) for n in numbers]
    sessions = [
        make_session(world, SATURDAY, group_id=g.id, status=SessionStatus.HELD) for g in groups
    ]
    with database.unit_of_work() as uow:
        for group in groups:
            uow.groups.save(group)
        uow.families.add_many(families)
        uow.sessions.add_many(sessions)
        uow.enrolments.add_many(
            [
                Enrolment(family_id=f.id, group_id=g.id)
                for f, g in zip(families, groups, strict=True)
            ]
        )
        uow.attendance.add_many(
            [
                Attendance(session_id=s.id, member_id=m.id, mark=AttendanceMark.PRESENT)
                for f, s in zip(families, sessions, strict=True)
                for m in f.members
            ]
        )
        uow.commit()


def test_the_workbook_does_not_query_per_group_or_family(database: Database, world: World) -> None:
    add_roster_groups_with_a_family_each(database, world, range(1))
    everything = StatisticsFilter()

    def workbook(uow: UnitOfWork) -> object:
        return workbook_data(uow, MONDAY, SUNDAY, everything, False, statistics)

    with database.unit_of_work() as uow:
        statistics = compute_statistics(uow, MONDAY, SUNDAY, everything, now=AFTER)
    few = statements_of(database, workbook)
    add_roster_groups_with_a_family_each(database, world, range(1, 41))
    with database.unit_of_work() as uow:
        statistics = compute_statistics(uow, MONDAY, SUNDAY, everything, now=AFTER)
        data = workbook_data(uow, MONDAY, SUNDAY, everything, False, statistics)
    assert len(data.rosters) == 41
    assert sum(len(sheet.people) for sheet in data.rosters) == 82
    assert statements_of(database, workbook) == few


def test_choices_and_lists_do_not_query_per_archived_thing(
    database: Database, world: World
) -> None:
    def reads(uow: UnitOfWork) -> object:
        kept = load_choices(uow, [world.place.id, world.anna.id])
        return kept, list_groups(uow, True), list_workers(uow, True), list_pairs(uow, True)

    few = statements_of(database, reads)
    with database.unit_of_work() as uow:
        for n in range(30):
            uow.groups.save(Group(name=f"Ryhmä {n}", type=GroupType.OTHER, archived=True))
            uow.places.save(Place(name=f"Paikka {n}", archived=True))
            worker = Worker(name=f"Ohjaaja {n}", title="vapaaehtoinen", archived=True)
            uow.workers.save(worker)
            uow.pairs.save(WorkerPair(first_worker_id=world.anna.id, second_worker_id=worker.id))
        uow.commit()
    with database.unit_of_work() as uow:
        assert len(load_choices(uow).groups) == 1
        assert len(list_pairs(uow, include_archived=True)) == 31
    assert statements_of(database, reads) == few


def test_saving_attendance_does_not_query_per_family(database: Database, world: World) -> None:
    def enrolled_session(count: int) -> uuid.UUID:
        families = [family(n) for n in range(count)]
        session = make_session(world, SATURDAY - timedelta(days=count))
        with database.unit_of_work() as uow:
            uow.sessions.save(session)
            uow.families.add_many(families)
            uow.enrolments.add_many(
                [Enrolment(family_id=f.id, group_id=world.group.id) for f in families]
            )
            uow.commit()
        return session.id

    def everyone_came(session_id: uuid.UUID) -> Callable[[UnitOfWork], object]:
        def save(uow: UnitOfWork) -> None:
            sheet = attendance_sheet(uow, session_id)
            marks = {line.member_id: AttendanceMark.PRESENT for line in sheet.lines}
            record = AttendanceRecord(marks=marks, version=sheet.version)
            record_attendance(uow, session_id, record, SATURDAY)
            uow.commit()

        return save

    few = statements_of(database, everyone_came(enrolled_session(1)))
    assert statements_of(database, everyone_came(enrolled_session(20))) == few
