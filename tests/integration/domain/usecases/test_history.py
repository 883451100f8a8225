"""The audit trail: who changed a family's data, marks and enrolments, and when."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from ryhmat.domain.model import (
    AdultRole,
    AttendanceMark,
    AuditAction,
    Enrolment,
    EnrolmentStatus,
    Member,
    MemberKind,
)
from ryhmat.domain.usecases.attendance import AttendanceRecord, record_attendance
from ryhmat.domain.usecases.families import (
    delete_enrolment,
    get_family,
    save_enrolment,
    save_family,
)
from ryhmat.domain.usecases.history import HistoryLine, family_history
from ryhmat.storage.database import Database
from tests.integration.world import World, make_session

TODAY = date(2025, 12, 1)


def history(database: Database, world: World) -> list[HistoryLine]:
    with database.unit_of_work() as uow:
        return family_history(uow, world.family.id)


@pytest.fixture
def anna(database: Database) -> Database:
    database.actor = "Anna Virtanen"
    return database


def named(database: Database, chosen: str) -> str:
    """Who the history names: the name chosen, but on PostgreSQL the login connected,
    whatever was chosen."""
    if database.engine.dialect.name != "postgresql":
        return chosen
    with database.engine.connect() as connection:
        return str(connection.exec_driver_sql("SELECT session_user").scalar_one())


def test_adding_a_family_is_recorded_with_who_and_when(anna: Database, world: World) -> None:
    (added,) = history(anna, world)
    assert added.action is AuditAction.FAMILY_ADDED
    assert added.actor == named(anna, "Anna Virtanen")
    assert timedelta(0) <= datetime.now(UTC) - added.at < timedelta(minutes=5)


def test_personal_data_changes_name_the_fields_and_people(anna: Database, world: World) -> None:
    with anna.unit_of_work() as uow:
        family = get_family(uow, world.family.id)
        family.phone = "050 111 2222"
        family.members[1].birth_month = 6
        removed = family.members.pop(0)
        family.members.append(
            Member(first_name="Liisa", kind=MemberKind.ADULT, role=AdultRole.MOTHER)
        )
        save_family(uow, family, TODAY)
    lines = history(anna, world)
    changes = {(line.action, line.person, line.fields) for line in lines}
    assert (AuditAction.FAMILY_CHANGED, "", ("phone",)) in changes
    assert (AuditAction.MEMBER_CHANGED, "Aino Mäkinen", ("birth_month",)) in changes
    assert (AuditAction.MEMBER_REMOVED, removed.full_name, ()) in changes
    assert (AuditAction.MEMBER_ADDED, "Liisa", ()) in changes


def test_saving_without_changes_records_nothing(anna: Database, world: World) -> None:
    with anna.unit_of_work() as uow:
        save_family(uow, get_family(uow, world.family.id), TODAY)
    assert [line.action for line in history(anna, world)] == [AuditAction.FAMILY_ADDED]


def test_enrolments_and_marks_are_recorded(anna: Database, world: World) -> None:
    session = make_session(world, date(2025, 9, 6))
    enrolment = Enrolment(
        family_id=world.family.id, group_id=world.group.id, enrolled_on=date(2025, 8, 1)
    )
    with anna.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.commit()
        save_enrolment(uow, enrolment)
    anna.actor = "Pekka Korhonen"
    marks = {world.father.id: AttendanceMark.PRESENT, world.child.id: AttendanceMark.ABSENT}
    with anna.unit_of_work() as uow:
        record_attendance(uow, session.id, AttendanceRecord(marks=marks), TODAY)
    marks[world.child.id] = AttendanceMark.PRESENT
    with anna.unit_of_work() as uow:
        record_attendance(uow, session.id, AttendanceRecord(marks=marks, version=1), TODAY)
    with anna.unit_of_work() as uow:
        delete_enrolment(uow, enrolment.id)

    lines = history(anna, world)
    assert [(line.action, line.actor) for line in lines[:2]] == [
        (AuditAction.ENROLMENT_REMOVED, named(anna, "Pekka Korhonen")),
        (AuditAction.MARK_CHANGED, named(anna, "Pekka Korhonen")),
    ]
    marked = [
        (line.person, line.group, line.session_day, line.before, line.after)
        for line in lines
        if line.action is AuditAction.MARK_CHANGED
    ]
    day, group = date(2025, 9, 6), world.group.name
    assert sorted(marked) == sorted(
        [
            ("Aino Mäkinen", group, day, "absent", "present"),
            ("Aino Mäkinen", group, day, "", "absent"),
            ("Jussi Mäkinen", group, day, "", "present"),
        ]
    )
    enrolled = [line for line in lines if line.action is AuditAction.ENROLMENT_ADDED]
    assert [(line.actor, line.group, line.after) for line in enrolled] == [
        (named(anna, "Anna Virtanen"), group, EnrolmentStatus.ENROLLED.value)
    ]
