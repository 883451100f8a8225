"""Everything held about one family: what the record for its access request gathers,
and finding the family by its name."""

from __future__ import annotations

from datetime import date

import pytest

from ryhmat.domain.errors import InvalidInput, NotFound
from ryhmat.domain.model import (
    AdultRole,
    AttendanceMark,
    AuditAction,
    Enrolment,
    Family,
    Member,
    MemberKind,
)
from ryhmat.domain.usecases.attendance import AttendanceRecord, record_attendance
from ryhmat.domain.usecases.families import save_enrolment, save_family
from ryhmat.domain.usecases.family_record import RecordedMark, family_record, find_family
from ryhmat.storage.database import Database
from tests.integration.world import World, make_session

TODAY = date(2025, 12, 1)


def test_the_record_holds_the_members_enrolments_marks_and_history(
    database: Database, world: World
) -> None:
    first, second = make_session(world, date(2025, 9, 6)), make_session(world, date(2025, 9, 13))
    with database.unit_of_work() as uow:
        uow.sessions.save(first)
        uow.sessions.save(second)
        uow.commit()
    with database.unit_of_work() as uow:
        save_enrolment(uow, Enrolment(family_id=world.family.id, group_id=world.group.id))
    for session, mark in ((second, AttendanceMark.ABSENT), (first, AttendanceMark.PRESENT)):
        with database.unit_of_work() as uow:
            record_attendance(
                uow, session.id, AttendanceRecord(marks={world.father.id: mark}), TODAY
            )
    with database.unit_of_work() as uow:
        record = family_record(uow, world.family.id, TODAY)
    assert record.family == world.family
    assert record.made_on == TODAY
    assert [(e.group, e.status) for e in record.enrolments] == [(world.group.name, "enrolled")]
    father = "Jussi Mäkinen"
    assert record.marks == [  # oldest first
        RecordedMark(date(2025, 9, 6), world.group.name, father, AttendanceMark.PRESENT, False),
        RecordedMark(date(2025, 9, 13), world.group.name, father, AttendanceMark.ABSENT, False),
    ]
    actions = [line.action for line in record.history]
    assert actions[-1] is AuditAction.FAMILY_ADDED  # newest first
    assert AuditAction.ENROLMENT_ADDED in actions
    assert actions.count(AuditAction.MARK_CHANGED) == 2


def test_a_family_is_found_by_its_name_as_names_are_compared(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        assert find_family(uow, " mäkinen ") == world.family.id
        assert find_family(uow, "MA\u0308KINEN") == world.family.id  # a with a combining diaeresis
        with pytest.raises(NotFound):
            find_family(uow, "Mäki")  # a name is the whole name, not a part of it


def test_namesakes_are_told_and_none_is_chosen(database: Database, world: World) -> None:
    namesake = Family(
        name="Mäkinen",
        members=[Member(first_name="Liisa", kind=MemberKind.ADULT, role=AdultRole.MOTHER)],
    )
    with database.unit_of_work() as uow:
        save_family(uow, namesake, TODAY)
    with database.unit_of_work() as uow, pytest.raises(InvalidInput) as raised:
        find_family(uow, "Mäkinen")
    assert raised.value.message().startswith("2 families are named “Mäkinen”")
