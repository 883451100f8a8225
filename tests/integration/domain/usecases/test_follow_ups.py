"""Follow-ups on both databases: what falls due, marking one done and undoing it, the
team's period, and what erasing and merging a family do to its records."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from ryhmat.domain.errors import InvalidInput
from ryhmat.domain.follow_ups import FollowUpReason
from ryhmat.domain.model import (
    AdultRole,
    Attendance,
    AttendanceMark,
    Enrolment,
    EnrolmentStatus,
    Family,
    Member,
    MemberKind,
    SessionStatus,
    UsageAction,
)
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.erasure import erase_family
from ryhmat.domain.usecases.follow_ups import (
    due_follow_ups,
    follow_up_months,
    mark_follow_up_done,
    open_follow_ups,
    set_follow_up_months,
    unmark_follow_up,
)
from ryhmat.domain.usecases.merging import merge_families
from ryhmat.storage.database import Database
from ryhmat.storage.orm import FollowUpRow
from ryhmat.storage.repositories.base import table_of
from tests.integration.domain.usecases.test_query_counts import statements_of
from tests.integration.domain.usecases.test_usage_log import connected_role
from tests.integration.world import World, make_session

# Saturdays of the autumn season: the family came to the first three and no more.
SATURDAYS = [date(2025, 9, 6) + timedelta(weeks=week) for week in range(12)]
LAST_VISIT = SATURDAYS[2]
TODAY = date(2026, 1, 15)


def enrolment(family_id: uuid.UUID, group_id: uuid.UUID) -> Enrolment:
    return Enrolment(family_id=family_id, group_id=group_id, enrolled_on=SATURDAYS[0])


@pytest.fixture
def came_three_times(database: Database, world: World) -> Database:
    database.actor = "Anna Virtanen"
    with database.unit_of_work() as uow:
        uow.enrolments.save(
            Enrolment(family_id=world.family.id, group_id=world.group.id, enrolled_on=SATURDAYS[0])
        )
        for day in SATURDAYS:
            session = make_session(world, day, status=SessionStatus.HELD)
            uow.sessions.save(session)
            if day <= LAST_VISIT:
                mark = Attendance(
                    session_id=session.id, member_id=world.father.id, mark=AttendanceMark.PRESENT
                )
                uow.attendance.replace_for_session(session.id, [mark])
        uow.commit()
    return database


def done_rows(database: Database) -> list[tuple[object, ...]]:
    table = table_of(FollowUpRow)
    with database.engine.connect() as connection:
        return [tuple(row) for row in connection.execute(select(table))]


def test_a_family_that_stopped_coming_is_due_the_period_after_its_last_visit(
    came_three_times: Database, world: World
) -> None:
    with came_three_times.unit_of_work() as uow:
        assert due_follow_ups(uow, date(2025, 12, 19)) == []  # three months less a day
        [line] = due_follow_ups(uow, date(2025, 12, 20))
    assert (line.family_name, line.group_name) == ("Mäkinen", "Isä-lapsi-ryhmä")
    follow_up = line.follow_up
    assert (follow_up.reason, follow_up.ended_on, follow_up.due_on) == (
        FollowUpReason.STOPPED_COMING,
        LAST_VISIT,
        date(2025, 12, 20),
    )


def test_marking_one_done_records_when_and_by_whom_and_undoing_brings_it_back(
    came_three_times: Database, world: World
) -> None:
    with came_three_times.unit_of_work() as uow:
        [line] = open_follow_ups(uow, TODAY)
        mark_follow_up_done(uow, line.follow_up.key, TODAY)
    with came_three_times.unit_of_work() as uow:
        assert due_follow_ups(uow, TODAY) == []
        events = uow.usage_log.for_family(world.family.id)
    assert [event.action for event in events] == [UsageAction.FOLLOW_UPS_OPENED]
    assert done_rows(came_three_times) == [
        (world.family.id, world.group.id, LAST_VISIT, TODAY, connected_role(came_three_times))
    ]
    with came_three_times.unit_of_work() as uow:
        unmark_follow_up(uow, line.follow_up.key)
    with came_three_times.unit_of_work() as uow:
        assert [line.follow_up for line in due_follow_ups(uow, TODAY)] == [line.follow_up]
    assert done_rows(came_three_times) == []


def test_a_family_that_left_is_due_the_teams_period_after_it_left(
    came_three_times: Database, world: World
) -> None:
    with came_three_times.unit_of_work() as uow:
        [enrolment] = uow.enrolments.for_family(world.family.id)
        enrolment.status, enrolment.left_on = EnrolmentStatus.LEFT, date(2025, 10, 31)
        uow.enrolments.save(enrolment)
        uow.commit()
    with came_three_times.unit_of_work() as uow:
        assert follow_up_months(uow) == 3
        set_follow_up_months(uow, 2)
    with came_three_times.unit_of_work() as uow:
        [line] = due_follow_ups(uow, TODAY)
        with pytest.raises(InvalidInput):
            set_follow_up_months(uow, 0)
    assert (line.follow_up.reason, line.follow_up.due_on) == (
        FollowUpReason.LEFT,
        date(2025, 12, 31),
    )


def test_erasing_a_family_erases_its_follow_ups(came_three_times: Database, world: World) -> None:
    with came_three_times.unit_of_work() as uow:
        [line] = due_follow_ups(uow, TODAY)
        mark_follow_up_done(uow, line.follow_up.key, TODAY)
    with came_three_times.unit_of_work() as uow:
        erase_family(uow, world.family.id, TODAY)
    assert done_rows(came_three_times) == []
    with came_three_times.unit_of_work() as uow:
        assert due_follow_ups(uow, TODAY) == []


def test_merging_moves_the_duplicates_follow_ups_to_the_kept_family(
    came_three_times: Database, world: World
) -> None:
    duplicate = Family(
        name="Mäkinen",
        members=[Member(first_name="Jussi", kind=MemberKind.ADULT, role=AdultRole.FATHER)],
    )
    with came_three_times.unit_of_work() as uow:
        uow.families.save(duplicate)
        uow.enrolments.save(
            Enrolment(family_id=duplicate.id, group_id=world.group.id, enrolled_on=SATURDAYS[0])
        )
        uow.commit()
    with came_three_times.unit_of_work() as uow:
        lines = due_follow_ups(uow, TODAY)
        for line in lines:
            mark_follow_up_done(uow, line.follow_up.key, TODAY)
    assert len(lines) == 2
    with came_three_times.unit_of_work() as uow:
        merge_families(uow, world.family.id, duplicate.id, TODAY)
    family_ids = {row[0] for row in done_rows(came_three_times)}
    assert family_ids == {world.family.id}
    with came_three_times.unit_of_work() as uow:
        assert due_follow_ups(uow, TODAY) == []


def test_listing_reads_as_many_statements_for_many_families_as_for_one(
    came_three_times: Database, world: World
) -> None:
    def listed(uow: UnitOfWork) -> None:
        assert len(due_follow_ups(uow, TODAY)) == len(uow.enrolments.list())

    one = statements_of(came_three_times, listed)
    with came_three_times.unit_of_work() as uow:
        for number in range(5):
            family = Family(
                name=f"Perhe {number}",
                members=[Member(first_name="Äiti", kind=MemberKind.ADULT, role=AdultRole.MOTHER)],
            )
            uow.families.save(family)
            uow.enrolments.save(enrolment(family.id, world.group.id))
        uow.commit()
    assert statements_of(came_three_times, listed) == one
