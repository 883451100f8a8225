"""Leader hours with planning time, and cancelled sessions by reason, in SQL on both
backends, against the hand-counted ``leader_time_world``."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

import pytest

from ryhmat.domain.model import CancelReason
from ryhmat.domain.statistics import Grouping, LeaderMinutes, StatisticsFilter
from ryhmat.storage.database import Database
from ryhmat.storage.statistics import SqlStatisticsQueries
from tests.integration.leader_time_world import (
    CANCELLED_BY_REASON,
    LeaderTimeWorld,
    save_leader_time_world,
)
from tests.integration.statistics_world import FIRST_DAY, LAST_DAY, NOW


@pytest.fixture
def world(database: Database) -> LeaderTimeWorld:
    built = LeaderTimeWorld()
    save_leader_time_world(database, built)
    return built


def leader_minutes(
    database: Database,
    wanted: StatisticsFilter | None = None,
    first_day: date = FIRST_DAY,
    last_day: date = LAST_DAY,
) -> Mapping[uuid.UUID, LeaderMinutes]:
    with database.unit_of_work() as uow:
        queries = SqlStatisticsQueries(uow.session)
        return queries.leader_minutes(first_day, last_day, wanted or StatisticsFilter())


def cancellations(
    database: Database,
    wanted: StatisticsFilter | None = None,
    first_day: date = FIRST_DAY,
    last_day: date = LAST_DAY,
) -> Mapping[CancelReason, int]:
    with database.unit_of_work() as uow:
        queries = SqlStatisticsQueries(uow.session)
        return queries.cancellations(first_day, last_day, wanted or StatisticsFilter())


def test_session_and_planning_minutes_of_every_leader(
    database: Database, world: LeaderTimeWorld
) -> None:
    assert leader_minutes(database) == world.leader_minutes()


def test_a_third_leader_gets_the_session_and_its_planning(
    database: Database, world: LeaderTimeWorld
) -> None:
    # C2 on 11.10.: 90 minutes, C plans 15, for Pekka, Liisa and the student Olli.
    day = date(2025, 10, 11)
    expected = LeaderMinutes(90, 15)
    assert leader_minutes(database, first_day=day, last_day=day) == {
        world.pekka.id: expected,
        world.liisa.id: expected,
        world.olli.id: expected,
    }


def test_a_group_without_planning_time_gives_none(
    database: Database, world: LeaderTimeWorld
) -> None:
    # B: Liisa alone, 2 x 180 minutes, no planning kept (B3 cancelled).
    wanted = StatisticsFilter(group_ids=(world.b.id,))
    assert leader_minutes(database, wanted) == {world.liisa.id: LeaderMinutes(360, 0)}


def test_cancelled_sessions_by_reason(database: Database, world: LeaderTimeWorld) -> None:
    assert cancellations(database) == CANCELLED_BY_REASON
    with database.unit_of_work() as uow:
        total = SqlStatisticsQueries(uow.session).figures(
            FIRST_DAY, LAST_DAY, StatisticsFilter(), Grouping.TOTAL, NOW
        )[None]
    assert total.sessions_cancelled == sum(CANCELLED_BY_REASON.values()) == 3


def test_cancelled_sessions_by_reason_follow_the_filter(
    database: Database, world: LeaderTimeWorld
) -> None:
    assert cancellations(database, StatisticsFilter(group_ids=(world.a.id,))) == {
        CancelReason.LEADER_ILL: 1
    }
    # The sessions Liisa leads: B3 and C4 (not A2).
    assert cancellations(database, StatisticsFilter(worker_id=world.liisa.id)) == {
        CancelReason.CLOSURE: 1,
        CancelReason.NOT_GIVEN: 1,
    }
    september = cancellations(database, last_day=date(2025, 9, 30))
    assert september == {CancelReason.LEADER_ILL: 1}
    assert cancellations(database, first_day=date(2024, 1, 1), last_day=date(2024, 12, 31)) == {}
