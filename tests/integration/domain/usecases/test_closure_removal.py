"""Deleting, narrowing or renaming a closure gives back what it cancelled."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import (
    Attendance,
    AttendanceMark,
    CancelReason,
    ClosurePeriod,
    ClosureScope,
    Session,
    SessionStatus,
)
from ryhmat.domain.usecases.closures import (
    delete_closure,
    preview_closure,
    preview_closure_removal,
    save_closure,
    undo_closures,
)
from ryhmat.domain.usecases.removal import Kind, delete
from ryhmat.domain.usecases.series import save_series
from ryhmat.domain.usecases.sessions import update_session
from ryhmat.storage.database import Database
from tests.integration.world import World

HOLIDAYS = FinnishHolidays()
TODAY = date(2025, 11, 1)
# Saturdays of the world's season: 25.10. is past, 8., 15., 22. and 29.11. to come.
NOVEMBER = (date(2025, 10, 20), date(2025, 11, 30))


def _by_day(database: Database, world: World) -> dict[date, Session]:
    with database.unit_of_work() as uow:
        return {s.day: s for s in uow.sessions.for_series(world.series.id)}


def _state(session: Session) -> tuple[object, ...]:
    return (
        session.status,
        session.cancel_category,
        session.cancel_reason,
        session.edited_individually,
        session.day,
        session.start,
    )


def _planned_season_with(database: Database, world: World, closure: ClosurePeriod) -> None:
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    with database.unit_of_work() as uow:
        save_closure(uow, closure, cancel_planned=True, today=TODAY)


def test_deleting_a_closure_plans_again_the_sessions_still_to_come_it_cancelled(
    database: Database, world: World
) -> None:
    closure = ClosurePeriod(name="Remontti", first_day=NOVEMBER[0], last_day=NOVEMBER[1])
    _planned_season_with(database, world, closure)
    cancelled = _by_day(database, world)
    assert all(
        cancelled[date(2025, m, d)].cancel_reason == "Remontti"
        for m, d in ((10, 25), (11, 8), (11, 15), (11, 22), (11, 29))
    )
    moved, recorded = cancelled[date(2025, 11, 15)], cancelled[date(2025, 11, 22)]
    with database.unit_of_work() as uow:
        moved.start = moved.start.replace(hour=10)
        update_session(uow, moved)  # moved by hand after the closure cancelled it
        uow.attendance.replace_for_session(
            recorded.id,
            [
                Attendance(
                    session_id=recorded.id,
                    member_id=world.father.id,
                    mark=AttendanceMark.PRESENT,
                )
            ],
        )
        uow.commit()

    with database.unit_of_work() as uow:
        effect = preview_closure_removal(uow, closure.id, TODAY)
    returning = {date(2025, 11, 8), date(2025, 11, 29)}
    assert {v.start.date() for v in effect.planned_again} == returning
    assert _by_day(database, world)[date(2025, 11, 8)].status is SessionStatus.CANCELLED

    with database.unit_of_work() as uow:
        delete_closure(uow, closure.id, TODAY)
    after = _by_day(database, world)
    for day in returning:
        assert (after[day].status, after[day].cancel_reason) == (SessionStatus.PLANNED, "")
        assert after[day].cancel_category is CancelReason.NOT_GIVEN
        assert after[day].sequence == cancelled[day].sequence + 1  # calendars see it back
    # The past one would show as not recorded; the hand-moved and recorded ones are kept.
    for day in (date(2025, 10, 25), date(2025, 11, 15), date(2025, 11, 22)):
        assert after[day].status is SessionStatus.CANCELLED


def test_a_session_another_closure_still_pauses_stays_cancelled_under_its_name(
    database: Database, world: World
) -> None:
    closure = ClosurePeriod(name="Remontti", first_day=NOVEMBER[0], last_day=NOVEMBER[1])
    _planned_season_with(database, world, closure)
    own = ClosurePeriod(
        name="Neuvolan koulutus",
        first_day=date(2025, 11, 8),
        last_day=date(2025, 11, 8),
        scope=ClosureScope.GROUPS,
        group_ids=[world.group.id],
    )
    with database.unit_of_work() as uow:
        save_closure(uow, own, cancel_planned=True, today=TODAY)  # cancels nothing more
        delete(uow, Kind.CLOSURE, closure.id)  # the list's Delete goes the same way
    after = _by_day(database, world)
    assert (after[date(2025, 11, 8)].status, after[date(2025, 11, 8)].cancel_reason) == (
        SessionStatus.CANCELLED,
        "Neuvolan koulutus",
    )
    with database.unit_of_work() as uow:
        delete_closure(uow, own.id, TODAY)
    assert _by_day(database, world)[date(2025, 11, 8)].status is SessionStatus.PLANNED


def test_narrowing_a_closure_gives_back_the_days_it_left_and_a_rename_renames_the_reason(
    database: Database, world: World
) -> None:
    closure = ClosurePeriod(name="Remontti", first_day=NOVEMBER[0], last_day=NOVEMBER[1])
    _planned_season_with(database, world, closure)
    narrower = dataclasses.replace(
        closure, name="Remontti (sali)", first_day=date(2025, 11, 20), group_ids=[]
    )
    with database.unit_of_work() as uow:
        effect = preview_closure(uow, narrower, TODAY)
    assert {v.start.date() for v in effect.planned_again} == {
        date(2025, 11, 8),
        date(2025, 11, 15),
    }
    with database.unit_of_work() as uow:
        save_closure(uow, narrower, cancel_planned=True, today=TODAY)
    after = _by_day(database, world)
    assert after[date(2025, 11, 8)].status is SessionStatus.PLANNED
    assert after[date(2025, 11, 15)].status is SessionStatus.PLANNED
    assert after[date(2025, 10, 25)].cancel_reason == "Remontti"  # past: left as it was
    for day in (date(2025, 11, 22), date(2025, 11, 29)):
        assert (after[day].status, after[day].cancel_reason) == (
            SessionStatus.CANCELLED,
            "Remontti (sali)",
        )

    with database.unit_of_work() as uow:  # Edit → Undo
        undo_closures(uow, [], [closure], [], [v.id for v in effect.planned_again])
    undone = _by_day(database, world)
    for day in (date(2025, 11, 8), date(2025, 11, 15), date(2025, 11, 22), date(2025, 11, 29)):
        assert (undone[day].status, undone[day].cancel_reason) == (
            SessionStatus.CANCELLED,
            "Remontti",
        )


def test_undoing_a_deletion_puts_the_closure_back_and_cancels_again_what_it_gave_back(
    database: Database, world: World
) -> None:
    closure = ClosurePeriod(name="Remontti", first_day=NOVEMBER[0], last_day=NOVEMBER[1])
    _planned_season_with(database, world, closure)
    before = _by_day(database, world)
    with database.unit_of_work() as uow:
        effect = delete_closure(uow, closure.id, TODAY)
    with database.unit_of_work() as uow:
        undo_closures(uow, [], [closure], [], [v.id for v in effect.planned_again])
    with database.unit_of_work() as uow:
        assert uow.closures.get(closure.id) == closure
    after = _by_day(database, world)
    assert {d: _state(s) for d, s in after.items()} == {d: _state(s) for d, s in before.items()}


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    start=st.dates(date(2025, 8, 1), date(2025, 12, 20)),
    length=st.integers(0, 60),
    today=st.dates(date(2025, 8, 1), date(2025, 12, 20)),
    scope=st.sampled_from([ClosureScope.ALL, ClosureScope.ORGANISATION, ClosureScope.GROUPS]),
)
def test_removing_a_closure_right_after_adding_it_leaves_every_future_session_as_it_was(
    database: Database,
    world: World,
    start: date,
    length: int,
    today: date,
    scope: ClosureScope,
) -> None:
    with database.unit_of_work() as uow:
        if not uow.sessions.for_series(world.series.id):
            save_series(uow, world.series, HOLIDAYS)
    before = _by_day(database, world)
    closure = ClosurePeriod(
        name="Tauko",
        first_day=start,
        last_day=start + timedelta(days=length),
        scope=scope,
        organisation_id=world.parish.id if scope is ClosureScope.ORGANISATION else None,
        group_ids=[world.group.id] if scope is ClosureScope.GROUPS else [],
    )
    with database.unit_of_work() as uow:
        save_closure(uow, closure, cancel_planned=True, today=today)
    with database.unit_of_work() as uow:
        delete_closure(uow, closure.id, today)
    after = _by_day(database, world)
    assert {d: _state(s) for d, s in after.items() if d >= today} == {
        d: _state(s) for d, s in before.items() if d >= today
    }
    # A past one it cancelled stays so; put it back for the next example.
    with database.unit_of_work() as uow:
        for day, session in after.items():
            if _state(session) != _state(before[day]):
                uow.sessions.save(dataclasses.replace(before[day], version=session.version))
        uow.commit()
