"""Planning a move from the calendar: checked as the session dialog checks a save,
refused for a held or cancelled session and for one changed since it was shown, and
saved as an individual edit that keeps the occurrence day and raises the sequence."""

from __future__ import annotations

from datetime import date, time

import pytest

from ryhmat.domain.conflicts import ConflictKind
from ryhmat.domain.errors import SESSION_CHANGED_ELSEWHERE, ChangedElsewhere, InvalidInput
from ryhmat.domain.finnish_holidays import Eve, FinnishHolidays
from ryhmat.domain.model import ClosureScope, Session, SessionStatus, SkippedDate
from ryhmat.domain.scheduling import SkipKind, SkippedDay
from ryhmat.domain.usecases.bookings import DoubleBooking
from ryhmat.domain.usecases.moving import MovePlan, plan_move
from ryhmat.domain.usecases.sessions import get_session, update_session
from ryhmat.storage.database import Database
from tests.integration.world import World, make_session

SATURDAY = date(2025, 9, 6)
SUNDAY = date(2025, 9, 7)
CLOCKS_GO_FORWARD = date(2026, 3, 29)  # 3.00 never comes that night
IN_SYYSLOMA = date(2025, 10, 15)  # the world's closure, for all groups
NEW_YEARS_EVE = date(2025, 12, 31)
INDEPENDENCE_DAY = date(2025, 12, 6)
HOLIDAYS = FinnishHolidays()


def saved(database: Database, *sessions: Session) -> None:
    with database.unit_of_work() as uow:
        for session in sessions:
            uow.sessions.save(session)
        uow.commit()


def plan(database: Database, session: Session, day: date, start: time) -> MovePlan:
    with database.unit_of_work() as uow:
        return plan_move(uow, session.id, 1, day, start, HOLIDAYS)


def test_a_planned_move_keeps_the_length_saves_nothing_and_once_saved_is_an_own_edit(
    database: Database, world: World
) -> None:
    session = make_session(world, SATURDAY)
    saved(database, session)
    planned = plan(database, session, SUNDAY, time(10))
    assert planned.group == world.group.name
    assert planned.clashes == []
    assert (planned.after.day, planned.after.start, planned.after.end) == (
        SUNDAY,
        time(10),
        time(11, 30),
    )
    with database.unit_of_work() as uow:
        assert get_session(uow, session.id).day == SATURDAY
        update_session(uow, planned.after)
    with database.unit_of_work() as uow:
        moved = get_session(uow, session.id)
    assert (moved.day, moved.start, moved.end) == (SUNDAY, time(10), time(11, 30))
    assert moved.edited_individually
    assert moved.occurrence_day == SATURDAY
    assert moved.sequence == 1


def test_a_move_onto_a_booked_leader_and_place_names_the_clashes(
    database: Database, world: World
) -> None:
    session = make_session(world, SATURDAY)
    other = make_session(world, SUNDAY, start=time(10, 30), end=time(12), series_id=None)
    saved(database, session, other)
    planned = plan(database, session, SUNDAY, time(10))
    assert {(clash.kind, clash.other_id) for clash in planned.clashes} == {
        (ConflictKind.PLACE, other.id),
        (ConflictKind.WORKER, other.id),
        (ConflictKind.GROUP, other.id),
    }


def test_a_move_onto_the_groups_own_session_is_a_clash_without_a_shared_leader_or_place(
    database: Database, world: World
) -> None:
    session = make_session(world, SATURDAY)
    own_other = make_session(
        world,
        SUNDAY,
        start=time(10, 30),
        end=time(12),
        series_id=None,
        leader_ids=[],
        place_id=None,
    )
    saved(database, session, own_other)
    planned = plan(database, session, SUNDAY, time(10))
    assert [(c.kind, c.resource, c.other_id) for c in planned.clashes] == [
        (ConflictKind.GROUP, world.group.name, own_other.id)
    ]
    with database.unit_of_work() as uow, pytest.raises(DoubleBooking):
        update_session(uow, planned.after)
    assert plan(database, session, SUNDAY, time(12)).clashes == []


@pytest.mark.parametrize("status", [SessionStatus.HELD, SessionStatus.CANCELLED])
def test_a_held_or_cancelled_session_is_not_moved(
    database: Database, world: World, status: SessionStatus
) -> None:
    session = make_session(world, SATURDAY, status=status, cancel_reason="Sairastuminen")
    saved(database, session)
    with pytest.raises(InvalidInput, match="Nothing was moved"):
        plan(database, session, SUNDAY, time(10))


def test_a_session_changed_since_the_calendar_showed_it_is_refused_as_a_stale_save(
    database: Database, world: World
) -> None:
    session = make_session(world, SATURDAY)
    saved(database, session)
    with database.unit_of_work() as uow:
        theirs = get_session(uow, session.id)
        theirs.theme = "Retki"
        update_session(uow, theirs)
    with pytest.raises(ChangedElsewhere) as refused:
        plan(database, session, SUNDAY, time(10))
    assert refused.value.template == SESSION_CHANGED_ELSEWHERE


@pytest.mark.parametrize(
    ("day", "start", "message"),
    [
        (SUNDAY, time(23), "after midnight"),
        (CLOCKS_GO_FORWARD, time(3), "clocks go forward"),
    ],
)
def test_a_time_the_dialog_would_refuse_is_refused(
    database: Database, world: World, day: date, start: time, message: str
) -> None:
    session = make_session(world, SATURDAY)
    saved(database, session)
    with pytest.raises(InvalidInput, match=message):
        plan(database, session, day, start)


def test_a_move_to_a_day_the_group_does_not_meet_on_names_why(
    database: Database, world: World
) -> None:
    """A holiday, a closure pausing the group, an eve it skips or a date its season
    leaves out: the plan says so (the person may still move the session there)."""
    world.group.skipped_eves = [Eve.NEW_YEARS_EVE]
    world.series.skipped_dates = [SkippedDate(date(2025, 9, 13), "Työpari koulutuksessa")]
    session = make_session(world, SATURDAY)
    with database.unit_of_work() as uow:
        uow.groups.save(world.group)
        uow.series.save(world.series)
        uow.commit()
    saved(database, session)
    assert plan(database, session, SUNDAY, time(10)).left_out is None
    assert plan(database, session, SATURDAY, time(10)).left_out is None
    expected = {
        INDEPENDENCE_DAY: SkippedDay(
            INDEPENDENCE_DAY, HOLIDAYS.holiday_name(INDEPENDENCE_DAY) or "", SkipKind.HOLIDAY
        ),
        IN_SYYSLOMA: SkippedDay(IN_SYYSLOMA, "Syysloma", SkipKind.CLOSURE),
        NEW_YEARS_EVE: SkippedDay(
            NEW_YEARS_EVE, HOLIDAYS.eve_name(Eve.NEW_YEARS_EVE), SkipKind.EVE
        ),
        date(2025, 9, 13): SkippedDay(date(2025, 9, 13), "Työpari koulutuksessa", SkipKind.CHOSEN),
    }
    for day, why in expected.items():
        assert plan(database, session, day, time(10)).left_out == why


def test_a_closure_of_other_groups_is_not_named(database: Database, world: World) -> None:
    world.closure.scope = ClosureScope.GROUPS
    world.closure.group_ids = []
    with database.unit_of_work() as uow:
        uow.closures.save(world.closure)
        uow.commit()
    session = make_session(world, SATURDAY)
    saved(database, session)
    assert plan(database, session, IN_SYYSLOMA, time(10)).left_out is None
