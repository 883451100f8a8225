"""Closures with a scope, and what adding one does to sessions planned in its days."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date

import pytest

from ryhmat.domain.errors import InvalidInput
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import (
    Attendance,
    AttendanceMark,
    CancelReason,
    ClosurePeriod,
    ClosureScope,
    Group,
    GroupType,
    SessionStatus,
)
from ryhmat.domain.scheduling import SkipKind
from ryhmat.domain.usecases.closures import preview_closure, save_closure, undo_closures
from ryhmat.domain.usecases.series import preview_series, save_series
from ryhmat.domain.usecases.sessions import list_group_sessions
from ryhmat.storage.database import Database
from tests.integration.world import World

HOLIDAYS = FinnishHolidays()
CHRISTMAS = (date(2025, 11, 29), date(2025, 12, 7))  # two Saturdays of the world's season


def _closure(**scope: object) -> ClosurePeriod:
    return ClosurePeriod(name="Joulutauko", first_day=CHRISTMAS[0], last_day=CHRISTMAS[1], **scope)  # type: ignore[arg-type]


def _skipped_closures(database: Database, world: World) -> set[date]:
    with database.unit_of_work() as uow:
        proposal = preview_series(uow, world.series, HOLIDAYS)
    return {s.day for s in proposal.plan.skipped if s.kind is SkipKind.CLOSURE}


def test_a_scoped_closure_is_stored_and_read_back_and_goes_with_its_groups(
    database: Database, world: World
) -> None:
    other = Group(name="Vauvaryhmä", type=GroupType.BABY_GROUP, organiser_ids=[world.clinic.id])
    chosen = _closure(scope=ClosureScope.GROUPS, group_ids=[other.id, world.group.id])
    own = _closure(scope=ClosureScope.ORGANISATION, organisation_id=world.clinic.id)
    with database.unit_of_work() as uow:
        uow.groups.save(other)
        save_closure(uow, chosen)
        save_closure(uow, own)
    with database.unit_of_work() as uow:
        assert uow.closures.get(chosen.id) == chosen
        assert uow.closures.get(own.id) == own
        assert uow.closures.get(world.closure.id).scope is ClosureScope.ALL  # type: ignore[union-attr]
        uow.groups.delete(other.id)
        uow.commit()
    with database.unit_of_work() as uow:
        found = uow.closures.get(chosen.id)
        assert found is not None
        assert found.group_ids == [world.group.id]


def test_an_organisations_closure_pauses_its_own_groups_but_not_a_shared_one(
    database: Database, world: World
) -> None:
    days = {date(2025, 11, 29), date(2025, 12, 6)}
    with database.unit_of_work() as uow:
        save_closure(
            uow, _closure(scope=ClosureScope.ORGANISATION, organisation_id=world.clinic.id)
        )
    assert days.isdisjoint(_skipped_closures(database, world))  # the parish co-organises it

    with database.unit_of_work() as uow:
        save_closure(uow, _closure(scope=ClosureScope.GROUPS, group_ids=[world.group.id]))
    assert date(2025, 11, 29) in _skipped_closures(database, world)

    with database.unit_of_work() as uow:
        uow.groups.save(dataclasses.replace(world.group, organiser_ids=[world.clinic.id]))
        uow.commit()
        listing = list_group_sessions(uow, world.group.name, HOLIDAYS)
    assert date(2025, 11, 29) in {d.day for d in listing.skipped}


def test_another_groups_closure_leaves_the_season_as_it_was(
    database: Database, world: World
) -> None:
    other = Group(name="Vauvaryhmä", type=GroupType.BABY_GROUP)
    with database.unit_of_work() as uow:
        uow.groups.save(other)
        save_closure(uow, _closure(scope=ClosureScope.GROUPS, group_ids=[other.id]))
    assert _skipped_closures(database, world) == {date(2025, 10, 18)}  # the world's syysloma


@pytest.mark.parametrize(
    ("scope", "message"),
    [
        ({"scope": ClosureScope.ORGANISATION}, "Choose the organisation"),
        ({"scope": ClosureScope.ORGANISATION, "organisation_id": uuid.uuid4()}, "organisation"),
        ({"scope": ClosureScope.GROUPS}, "Choose at least one group"),
        ({"scope": ClosureScope.GROUPS, "group_ids": [uuid.uuid4()]}, "at least one group"),
    ],
    ids=["no organisation", "unknown organisation", "no groups", "unknown group"],
)
def test_a_scope_without_whom_it_pauses_is_refused_and_nothing_is_saved(
    database: Database, world: World, scope: dict[str, object], message: str
) -> None:
    with database.unit_of_work() as uow, pytest.raises(InvalidInput, match=message):
        save_closure(uow, _closure(**scope))
    with database.unit_of_work() as uow:
        assert uow.closures.list() == [world.closure]


def test_adding_a_closure_cancels_its_planned_sessions_and_leaves_held_and_edited_ones(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    with database.unit_of_work() as uow:
        by_day = {s.day: s for s in uow.sessions.for_series(world.series.id)}
        planned, held, edited = (by_day[date(2025, 11, d)] for d in (15, 22, 29))
        uow.attendance.replace_for_session(
            held.id,
            [
                Attendance(
                    session_id=held.id, member_id=world.father.id, mark=AttendanceMark.PRESENT
                )
            ],
        )
        edited.theme, edited.edited_individually = "Pikkujoulut", True
        uow.sessions.save(edited)
        uow.commit()
    closure = ClosurePeriod(
        name="Joulutauko", first_day=date(2025, 11, 10), last_day=date(2025, 12, 10)
    )

    with database.unit_of_work() as uow:
        effect = preview_closure(uow, closure)
    assert [v.id for v in effect.cancelled] == [planned.id]
    assert [v.id for v in effect.left_as_they_are] == [held.id, edited.id]
    assert [v.group for v in effect.cancelled] == [world.group.name]
    with database.unit_of_work() as uow:
        assert uow.closures.get(closure.id) is None  # the preview saved nothing
        assert uow.sessions.get(planned.id).status is SessionStatus.PLANNED  # type: ignore[union-attr]

    with database.unit_of_work() as uow:
        save_closure(uow, closure, cancel_planned=True)
    with database.unit_of_work() as uow:
        after = {s.id: s for s in uow.sessions.for_series(world.series.id)}
        assert uow.closures.get(closure.id) == closure
    cancelled = after[planned.id]
    assert (cancelled.status, cancelled.cancel_category, cancelled.cancel_reason) == (
        SessionStatus.CANCELLED,
        CancelReason.CLOSURE,
        "Joulutauko",
    )
    assert cancelled.sequence == planned.sequence + 1  # subscribers see the cancellation
    assert after[held.id] == dataclasses.replace(held, version=after[held.id].version)
    assert after[edited.id].status is SessionStatus.PLANNED
    others = {i: s for i, s in after.items() if i != planned.id}
    assert all(s.status is not SessionStatus.CANCELLED for s in others.values())

    with database.unit_of_work() as uow:
        again = preview_closure(uow, closure)  # editing it again cancels nothing more
    assert again.cancelled == []


def test_undoing_a_closure_deletes_it_and_plans_again_what_it_cancelled(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    closure = _closure()
    with database.unit_of_work() as uow:
        effect = save_closure(uow, closure, cancel_planned=True)
    cancelled = [view.id for view in effect.cancelled]
    assert len(cancelled) == 1  # 29.11.; 6.12. is Itsenäisyyspäivä
    with database.unit_of_work() as uow:
        before = uow.sessions.get(cancelled[0])
        undo_closures(uow, [closure.id], [], cancelled)
    with database.unit_of_work() as uow:
        assert uow.closures.get(closure.id) is None
        after = uow.sessions.get(cancelled[0])
    assert before is not None
    assert after is not None
    assert (after.status, after.cancel_reason, after.edited_individually) == (
        SessionStatus.PLANNED,
        "",
        False,
    )
    assert after.sequence == before.sequence + 1  # subscribers see it back


def test_undoing_a_changed_closure_puts_it_back_as_it_was(database: Database, world: World) -> None:
    changed = dataclasses.replace(world.closure, name="Syyslomaviikko")
    with database.unit_of_work() as uow:
        save_closure(uow, changed)
    with database.unit_of_work() as uow:
        undo_closures(uow, [], [world.closure], [])
    with database.unit_of_work() as uow:
        assert uow.closures.list() == [world.closure]
