"""compute_statistics' leader hours by kind and cancelled sessions by reason, over the
hand-counted ``leader_time_world``."""

from __future__ import annotations

from datetime import date

import pytest

from ryhmat.domain.errors import InvalidInput
from ryhmat.domain.model import CancelReason, WorkerKind
from ryhmat.domain.statistics import KindHours, LeaderHours, StatisticsFilter
from ryhmat.domain.usecases.groups import get_group, save_group
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.domain.validation import MAX_PLANNING_MINUTES
from ryhmat.storage.database import Database
from tests.integration.leader_time_world import LeaderTimeWorld, save_leader_time_world
from tests.integration.statistics_world import FIRST_DAY, LAST_DAY, NOW


@pytest.fixture
def world(database: Database) -> LeaderTimeWorld:
    built = LeaderTimeWorld()
    save_leader_time_world(database, built)
    return built


def test_leader_hours_with_kind_and_planning(database: Database, world: LeaderTimeWorld) -> None:
    with database.unit_of_work() as uow:
        found = compute_statistics(uow, FIRST_DAY, LAST_DAY, StatisticsFilter(), now=NOW)
    assert found.leader_hours == [
        LeaderHours(world.anna.id, "Anna Aalto", 3.0, WorkerKind.STAFF, 1.0),
        LeaderHours(world.liisa.id, "Liisa Mäki", 10.5, WorkerKind.VOLUNTEER, 0.75),
        LeaderHours(world.olli.id, "Olli Opiskelija", 1.5, WorkerKind.STUDENT, 0.25),
        LeaderHours(world.pekka.id, "Pekka Korhonen", 7.5, WorkerKind.STAFF, 1.75),
    ]
    assert found.hours_by_kind == [
        KindHours(WorkerKind.STAFF, leaders=2, hours=10.5, planning_hours=2.75),
        KindHours(WorkerKind.VOLUNTEER, leaders=1, hours=10.5, planning_hours=0.75),
        KindHours(WorkerKind.STUDENT, leaders=1, hours=1.5, planning_hours=0.25),
    ]
    assert found.hours_by_kind[0].total_hours == 13.25


def test_every_reason_in_order_adding_up_to_the_cancelled(
    database: Database, world: LeaderTimeWorld
) -> None:
    with database.unit_of_work() as uow:
        found = compute_statistics(uow, FIRST_DAY, LAST_DAY, StatisticsFilter(), now=NOW)
    assert list(found.cancelled_by_reason.items()) == [
        (CancelReason.NOT_GIVEN, 1),
        (CancelReason.LEADER_ILL, 1),
        (CancelReason.CLOSURE, 1),
        (CancelReason.TOO_FEW, 0),
        (CancelReason.PLACE_UNAVAILABLE, 0),
        (CancelReason.FORCE_MAJEURE, 0),
        (CancelReason.OTHER, 0),
    ]
    assert sum(found.cancelled_by_reason.values()) == found.total.sessions_cancelled


def test_a_period_without_leaders_has_every_kind_at_zero(
    database: Database, world: LeaderTimeWorld
) -> None:
    with database.unit_of_work() as uow:
        found = compute_statistics(
            uow, date(2024, 1, 1), date(2024, 12, 31), StatisticsFilter(), now=NOW
        )
    assert found.leader_hours == []
    assert found.hours_by_kind == [KindHours(kind) for kind in WorkerKind]
    assert set(found.cancelled_by_reason.values()) == {0}


@pytest.mark.parametrize("minutes", [0, -15, MAX_PLANNING_MINUTES + 1])
def test_a_planning_time_out_of_range_is_refused_and_nothing_saved(
    database: Database, world: LeaderTimeWorld, minutes: int
) -> None:
    with database.unit_of_work() as uow:
        group = get_group(uow, world.b.id)
        group.planning_minutes = minutes
        with pytest.raises(InvalidInput):
            save_group(uow, group)
    with database.unit_of_work() as uow:
        assert get_group(uow, world.b.id).planning_minutes is None
