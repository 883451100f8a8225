"""Planning a season through the use cases, on a real database."""

from __future__ import annotations

import dataclasses
from datetime import date, time

import pytest

from ryhmat.domain.conflicts import ConflictKind
from ryhmat.domain.errors import InvalidInput
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import (
    Attendance,
    AttendanceMark,
    Group,
    GroupType,
    Series,
    SessionStatus,
    WeeklySlot,
    Worker,
    WorkerKind,
)
from ryhmat.domain.scheduling import SkipKind
from ryhmat.domain.usecases.series import preview_series, save_series
from ryhmat.storage.database import Database
from tests.integration.world import World

HOLIDAYS = FinnishHolidays()


def saved_sessions(database: Database, series: Series) -> dict[date, tuple[time, time]]:
    with database.unit_of_work() as uow:
        return {s.day: (s.start, s.end) for s in uow.sessions.for_series(series.id)}


def test_the_preview_names_skipped_holidays_and_closures_and_saves_nothing(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        proposal = preview_series(uow, world.series, HOLIDAYS)
    skipped = {s.day: (s.reason, s.kind) for s in proposal.plan.skipped}
    assert skipped[date(2025, 10, 18)] == ("Syysloma", SkipKind.CLOSURE)
    assert skipped[date(2025, 11, 1)] == ("Pyhäinpäivä", SkipKind.HOLIDAY)
    assert skipped[date(2025, 12, 6)] == ("Itsenäisyyspäivä", SkipKind.HOLIDAY)
    assert len(proposal.changes.created) == len(proposal.plan.occurrences) == 14
    assert saved_sessions(database, world.series) == {}


def test_saving_creates_the_sessions_with_the_series_place_and_leaders(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    with database.unit_of_work() as uow:
        sessions = uow.sessions.for_series(world.series.id)
    assert len(sessions) == 14
    assert {s.day.weekday() for s in sessions} == {5}
    assert {(s.start, s.end) for s in sessions} == {(time(9, 30), time(11, 0))}
    assert all(s.place_id == world.place.id for s in sessions)
    assert all(s.leader_ids == [world.pekka.id, world.anna.id] for s in sessions)
    assert date(2025, 11, 1) not in {s.day for s in sessions}


def test_resaving_an_edited_series_keeps_recorded_and_individually_edited_sessions(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    with database.unit_of_work() as uow:
        first, second, third, *_ = uow.sessions.for_series(world.series.id)
        uow.attendance.replace_for_session(
            first.id,
            [
                Attendance(
                    session_id=first.id, member_id=world.father.id, mark=AttendanceMark.PRESENT
                )
            ],
        )
        moved = dataclasses.replace(second, day=date(2025, 8, 24), edited_individually=True)
        uow.sessions.save(moved)
        cancelled = dataclasses.replace(
            third,
            status=SessionStatus.CANCELLED,
            cancel_reason="Ohjaaja sairas",
            edited_individually=True,
        )
        uow.sessions.save(cancelled)
        uow.commit()

    later = dataclasses.replace(
        world.series,
        slots=[WeeklySlot(weekday=5, start=time(10, 0), end=time(11, 30))],
        last_day=date(2025, 11, 30),
    )
    with database.unit_of_work() as uow:
        proposal = save_series(uow, later, HOLIDAYS)
    assert {s.id for s in proposal.changes.kept} == {first.id, second.id, third.id}

    with database.unit_of_work() as uow:
        after = {s.id: s for s in uow.sessions.for_series(world.series.id)}
    assert (after[first.id].day, after[first.id].start) == (first.day, time(9, 30))
    assert after[second.id].day == date(2025, 8, 24)
    assert after[third.id].status is SessionStatus.CANCELLED
    others = [s for s in after.values() if s.id not in {first.id, second.id, third.id}]
    assert {(s.start, s.end) for s in others} == {(time(10, 0), time(11, 30))}
    assert max(s.day for s in others) <= date(2025, 11, 30)
    assert all(s.sequence == 1 for s in others)
    occurrences = [s.occurrence_day for s in after.values()]
    assert len(occurrences) == len(set(occurrences))


def test_conflicts_are_listed_before_saving_and_refused_unless_accepted(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
        rival = Group(name="Perhekahvila", type=GroupType.FAMILY_CAFE)
        uow.groups.save(rival)
        uow.commit()
    clash = Series(
        group_id=rival.id,
        name="Syksy 2025",
        first_day=date(2025, 9, 1),
        last_day=date(2025, 9, 30),
        slots=[WeeklySlot(weekday=5, start=time(10, 30), end=time(12, 0))],
        leader_ids=[world.anna.id],
        place_id=world.place.id,
    )
    with database.unit_of_work() as uow:
        proposal = preview_series(uow, clash, HOLIDAYS)
    assert {c.kind for c in proposal.conflicts} == {ConflictKind.WORKER, ConflictKind.PLACE}
    assert len(proposal.conflicts) == 2 * 4  # four Saturdays in September 2025

    with database.unit_of_work() as uow, pytest.raises(InvalidInput, match="8 conflicts"):
        save_series(uow, clash, HOLIDAYS)
    assert saved_sessions(database, clash) == {}
    with database.unit_of_work() as uow:
        assert uow.series.get(clash.id) is None

    with database.unit_of_work() as uow:
        save_series(uow, clash, HOLIDAYS, accept_conflicts=True)
    assert len(saved_sessions(database, clash)) == 4


def test_a_season_meeting_when_its_group_already_meets_is_a_conflict(
    database: Database, world: World
) -> None:
    """A second season of the group on the same Saturdays, with other leaders and
    another place: the group would meet twice at once."""
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    second = Series(
        group_id=world.group.id,
        name="Syksy 2025, toinen",
        first_day=date(2025, 9, 1),
        last_day=date(2025, 9, 30),
        slots=[WeeklySlot(weekday=5, start=time(10, 30), end=time(12, 0))],
        leader_ids=[],
    )
    with database.unit_of_work() as uow:
        proposal = preview_series(uow, second, HOLIDAYS)
    # The pair and the place come from the group's defaults: those clash too.
    group_conflicts = [c for c in proposal.conflicts if c.kind is ConflictKind.GROUP]
    assert [c.resource_id for c in group_conflicts] == [world.group.id] * 4


def test_a_series_with_an_empty_name_or_no_weekday_is_refused(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow, pytest.raises(InvalidInput, match="season name"):
        save_series(uow, dataclasses.replace(world.series, name="  \t"), HOLIDAYS)
    with database.unit_of_work() as uow, pytest.raises(InvalidInput, match="weekday"):
        save_series(uow, dataclasses.replace(world.series, slots=[]), HOLIDAYS)
    assert saved_sessions(database, world.series) == {}


def test_a_third_leader_beside_the_pair_leads_every_session_and_is_checked_for_conflicts(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
        rival = Group(name="Perhekahvila", type=GroupType.FAMILY_CAFE)
        volunteer = Worker(
            name="Ville Vertainen", title="vertaisohjaaja", kind=WorkerKind.VOLUNTEER
        )
        uow.groups.save(rival)
        uow.workers.save(volunteer)
        uow.commit()
    # Anna leads the season above on Saturday mornings; here she is the third leader.
    three = Series(
        group_id=rival.id,
        name="Syksy 2025",
        first_day=date(2025, 9, 1),
        last_day=date(2025, 9, 30),
        slots=[WeeklySlot(weekday=5, start=time(10, 30), end=time(12, 0))],
        leader_ids=[volunteer.id, world.pekka.id, world.anna.id],
    )
    with database.unit_of_work() as uow:
        proposal = preview_series(uow, three, HOLIDAYS)
    assert {(c.kind, c.resource_id) for c in proposal.conflicts} == {
        (ConflictKind.WORKER, world.pekka.id),
        (ConflictKind.WORKER, world.anna.id),
    }
    with database.unit_of_work() as uow, pytest.raises(InvalidInput, match="8 conflicts"):
        save_series(uow, three, HOLIDAYS)
    with database.unit_of_work() as uow:
        save_series(uow, three, HOLIDAYS, accept_conflicts=True)
    with database.unit_of_work() as uow:
        sessions = uow.sessions.for_series(three.id)
    assert len(sessions) == 4
    assert all(s.leader_ids == [volunteer.id, world.pekka.id, world.anna.id] for s in sessions)
