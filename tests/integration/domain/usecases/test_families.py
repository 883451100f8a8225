"""Families: saved with their first enrolments in one go, and guests at a session."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from ryhmat.domain.errors import InvalidInput, NotFound
from ryhmat.domain.model import (
    AdultRole,
    AttendanceMark,
    Enrolment,
    EnrolmentStatus,
    Family,
    Member,
    MemberKind,
)
from ryhmat.domain.usecases.attendance import (
    AttendanceRecord,
    attendance_sheet,
    record_attendance,
)
from ryhmat.domain.usecases.erasure import erase_family
from ryhmat.domain.usecases.families import (
    default_enrolment_day,
    family_enrolments,
    save_enrolment,
    save_family,
)
from ryhmat.storage.database import Database
from tests.integration.domain.usecases.test_roster_import import row_counts
from tests.integration.world import World, make_session

TODAY = date(2025, 11, 23)
SESSION_DAY = date(2025, 11, 15)  # a Saturday of the world's autumn season


def new_family(name: str = "Uusitalo") -> Family:
    return Family(
        name=name,
        members=[Member(first_name="Sanna", kind=MemberKind.ADULT, role=AdultRole.MOTHER)],
    )


def test_a_new_family_is_saved_with_its_enrolments(database: Database, world: World) -> None:
    family = new_family()
    enrolment = Enrolment(family_id=family.id, group_id=world.group.id, enrolled_on=TODAY)
    with database.unit_of_work() as uow:
        save_family(uow, family, TODAY, [enrolment])
    with database.unit_of_work() as uow:
        [view] = family_enrolments(uow, family.id)
    assert (view.group_id, view.status, view.enrolled_on) == (
        world.group.id,
        EnrolmentStatus.ENROLLED,
        TODAY,
    )


@pytest.mark.parametrize("problem", ["no group", "twice", "another family"])
def test_a_bad_enrolment_saves_neither_it_nor_the_family(
    database: Database, world: World, problem: str
) -> None:
    before = row_counts(database)
    family = new_family()
    enrolments = [Enrolment(family_id=family.id, group_id=world.group.id)]
    if problem == "no group":
        enrolments[0].group_id = uuid.uuid4()
    elif problem == "twice":
        enrolments.append(Enrolment(family_id=family.id, group_id=world.group.id))
    else:
        enrolments[0].family_id = world.family.id
    with database.unit_of_work() as uow, pytest.raises((InvalidInput, NotFound)):
        save_family(uow, family, TODAY, enrolments)
    assert row_counts(database) == before


def test_the_default_enrolment_day_is_the_start_of_the_groups_season(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        assert default_enrolment_day(uow, world.group.id, date(2025, 11, 23)) == date(2025, 8, 11)
        assert default_enrolment_day(uow, world.group.id, date(2025, 6, 1)) == date(2025, 8, 11)
        assert default_enrolment_day(uow, world.group.id, date(2026, 1, 7)) == date(2026, 1, 7)


# -- guests at a session -------------------------------------------------------------------


@pytest.fixture
def session_id(database: Database, world: World) -> uuid.UUID:
    session = make_session(world, SESSION_DAY)
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.commit()
    return session.id


def record(database: Database, session_id: uuid.UUID, entered: AttendanceRecord) -> None:
    with database.unit_of_work() as uow:
        record_attendance(uow, session_id, entered, TODAY)


def everyone_present(*families: Family) -> dict[uuid.UUID, AttendanceMark]:
    return {m.id: AttendanceMark.PRESENT for f in families for m in f.members}


def test_a_family_of_the_register_comes_as_a_guest_without_a_new_family(
    database: Database, world: World, session_id: uuid.UUID
) -> None:
    before = row_counts(database)["families"]
    known = world.family
    record(
        database,
        session_id,
        AttendanceRecord(marks=everyone_present(known), known_guests=[known.id]),
    )
    with database.unit_of_work() as uow:
        sheet = attendance_sheet(uow, session_id)
        assert family_enrolments(uow, known.id) == []
    assert row_counts(database)["families"] == before
    assert [(line.member_id, line.is_guest, line.mark) for line in sheet.lines] == [
        (m.id, True, AttendanceMark.PRESENT) for m in known.members
    ]


def test_a_guest_enrolled_here_joins_the_group_from_the_sessions_day(
    database: Database, world: World, session_id: uuid.UUID
) -> None:
    known, new = world.family, new_family()
    with database.unit_of_work() as uow:  # on the waiting list until today
        waiting = Enrolment(
            family_id=known.id, group_id=world.group.id, status=EnrolmentStatus.WAITING
        )
        save_enrolment(uow, waiting)
    record(
        database,
        session_id,
        AttendanceRecord(
            marks=everyone_present(known, new),
            guest_families=[new],
            known_guests=[known.id],
            enrol=[known.id, new.id],
        ),
    )
    with database.unit_of_work() as uow:
        sheet = attendance_sheet(uow, session_id)
        enrolments = {f.id: family_enrolments(uow, f.id) for f in (known, new)}
    assert not any(line.is_guest for line in sheet.lines)
    for family_id, views in enrolments.items():
        [view] = views
        assert (view.status, view.enrolled_on) == (EnrolmentStatus.ENROLLED, SESSION_DAY)
        assert family_id != known.id or view.id == waiting.id  # the same enrolment, moved on


@pytest.mark.parametrize("mistake", ["not a guest", "erased", "unknown"])
def test_a_wrong_guest_saves_nothing(
    database: Database, world: World, session_id: uuid.UUID, mistake: str
) -> None:
    other = new_family("Toinen")
    with database.unit_of_work() as uow:
        save_family(uow, other, TODAY)
    entered = AttendanceRecord(marks=everyone_present(world.family), known_guests=[world.family.id])
    if mistake == "not a guest":
        entered.enrol = [other.id]
    elif mistake == "erased":
        with database.unit_of_work() as uow:
            erase_family(uow, world.family.id, TODAY)
    else:
        entered.known_guests = [uuid.uuid4()]
    before = row_counts(database)
    with pytest.raises((InvalidInput, NotFound)):
        record(database, session_id, entered)
    assert row_counts(database) == before
