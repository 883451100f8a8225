"""Two people, two engines, one database: the second save never overwrites the first."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from ryhmat.domain.errors import ChangedElsewhere, NotFound
from ryhmat.domain.model import AttendanceMark, Enrolment, Session
from ryhmat.domain.usecases.attendance import (
    AttendanceRecord,
    attendance_sheet,
    record_attendance,
)
from ryhmat.domain.usecases.families import get_family, save_family
from ryhmat.domain.usecases.groups import get_group, save_group
from ryhmat.domain.usecases.sessions import get_session, update_session
from ryhmat.storage.database import Database, open_database
from tests.integration.world import World, make_session

TODAY = date(2025, 12, 1)
DAY = date(2025, 9, 6)


@pytest.fixture
def other(database_url: str, database: Database) -> Iterator[Database]:
    """A second person's app: its own engine and connections on the same database."""
    second = open_database(database_url)
    yield second
    second.dispose()


@pytest.fixture
def session(database: Database, world: World) -> Session:
    saved = make_session(world, DAY)
    with database.unit_of_work() as uow:
        uow.sessions.save(saved)
        uow.commit()
    return saved


def read_session(database: Database, session: Session) -> Session:
    with database.unit_of_work() as uow:
        return get_session(uow, session.id)


def test_the_second_session_save_is_refused(
    database: Database, other: Database, session: Session
) -> None:
    mine, theirs = read_session(database, session), read_session(other, session)
    with other.unit_of_work() as uow:
        update_session(uow, replace(theirs, theme="Metsäretki"))
    with database.unit_of_work() as uow, pytest.raises(ChangedElsewhere) as refused:
        update_session(uow, replace(mine, theme="Uinti", notes="Uimahalli"))
    assert "Someone else changed this session" in refused.value.message()
    stored = read_session(database, session)
    assert (stored.theme, stored.notes) == ("Metsäretki", "")
    # Read again, the change goes through on top of theirs.
    with database.unit_of_work() as uow:
        update_session(uow, replace(stored, notes="Uimahalli"))
    assert read_session(other, session).notes == "Uimahalli"


def test_a_leader_change_alone_also_moves_the_version(
    database: Database, other: Database, session: Session, world: World
) -> None:
    mine, theirs = read_session(database, session), read_session(other, session)
    with other.unit_of_work() as uow:
        update_session(uow, replace(theirs, leader_ids=[world.anna.id]))
    with database.unit_of_work() as uow, pytest.raises(ChangedElsewhere):
        update_session(uow, replace(mine, leader_ids=[world.pekka.id]))
    assert read_session(database, session).leader_ids == [world.anna.id]


def test_saving_unchanged_keeps_the_version(database: Database, session: Session) -> None:
    before = read_session(database, session)
    with database.unit_of_work() as uow:
        uow.sessions.save(replace(before))
        uow.commit()
    assert read_session(database, session).version == before.version


def test_saving_a_session_someone_removed_says_so(
    database: Database, other: Database, session: Session
) -> None:
    mine = read_session(database, session)
    with other.unit_of_work() as uow:
        uow.sessions.delete(session.id)
        uow.commit()
    with database.unit_of_work() as uow, pytest.raises(NotFound):
        update_session(uow, replace(mine, theme="Uinti"))
    with database.unit_of_work() as uow:
        assert uow.sessions.get(session.id) is None


def test_the_second_group_save_is_refused(
    database: Database, other: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        mine = get_group(uow, world.group.id)
    with other.unit_of_work() as uow:
        theirs = get_group(uow, world.group.id)
        save_group(uow, replace(theirs, capacity=15))
    with database.unit_of_work() as uow, pytest.raises(ChangedElsewhere):
        save_group(uow, replace(mine, description="Uusi kuvaus"))
    with other.unit_of_work() as uow:
        stored = get_group(uow, world.group.id)
    assert (stored.capacity, stored.description) == (15, world.group.description)


def test_the_second_family_save_is_refused(
    database: Database, other: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        mine = get_family(uow, world.family.id)
    with other.unit_of_work() as uow:
        theirs = get_family(uow, world.family.id)
        theirs.members[1].first_name = "Aino-Maria"
        save_family(uow, theirs, TODAY)
    mine.phone = "050 999 8888"
    with database.unit_of_work() as uow, pytest.raises(ChangedElsewhere):
        save_family(uow, mine, TODAY)
    with database.unit_of_work() as uow:
        stored = get_family(uow, world.family.id)
    assert stored.phone == world.family.phone
    assert stored.members[1].first_name == "Aino-Maria"


def test_the_second_attendance_save_is_refused(
    database: Database, other: Database, session: Session, world: World
) -> None:
    with database.unit_of_work() as uow:
        enrolment = Enrolment(family_id=world.family.id, group_id=world.group.id)
        uow.enrolments.save(enrolment)
        uow.commit()
    with database.unit_of_work() as uow:
        mine = attendance_sheet(uow, session.id)
    with other.unit_of_work() as uow:
        theirs = attendance_sheet(uow, session.id)
        record = AttendanceRecord(
            marks={world.father.id: AttendanceMark.PRESENT}, version=theirs.version
        )
        record_attendance(uow, session.id, record, TODAY)
    late = AttendanceRecord(marks={world.father.id: AttendanceMark.ABSENT}, version=mine.version)
    with database.unit_of_work() as uow, pytest.raises(ChangedElsewhere) as refused:
        record_attendance(uow, session.id, late, TODAY)
    assert "recorded this session's attendance" in refused.value.message()
    with database.unit_of_work() as uow:
        sheet = attendance_sheet(uow, session.id)
    assert [line.mark for line in sheet.lines if line.member_id == world.father.id] == [
        AttendanceMark.PRESENT
    ]
    assert sheet.version == mine.version + 1
    # Editing the session's details meanwhile does not collide with the marks.
    with other.unit_of_work() as uow:
        update_session(uow, replace(get_session(uow, session.id), theme="Retki"))
    again = AttendanceRecord(marks={world.father.id: AttendanceMark.ABSENT}, version=sheet.version)
    with database.unit_of_work() as uow:
        record_attendance(uow, session.id, again, TODAY)


def test_a_concurrent_save_waits_and_then_is_refused(
    database: Database, other: Database, session: Session
) -> None:
    """The second save starts while the first is written but not yet committed."""
    mine, theirs = read_session(database, session), read_session(other, session)
    outcome: list[BaseException | None] = []

    def save_mine() -> None:
        try:
            with database.unit_of_work() as uow:
                uow.sessions.save(replace(mine, theme="Toinen"))
                uow.commit()
        except ChangedElsewhere as error:
            outcome.append(error)
        else:
            outcome.append(None)

    with other.unit_of_work() as first:
        first.sessions.save(replace(theirs, theme="Ensimmäinen"))  # written, row locked
        second = threading.Thread(target=save_mine)
        second.start()
        first.commit()
    second.join(timeout=60)
    assert not second.is_alive()
    assert len(outcome) == 1
    assert isinstance(outcome[0], ChangedElsewhere)
    assert read_session(database, session).theme == "Ensimmäinen"
