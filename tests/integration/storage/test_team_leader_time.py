"""Leader hours by kind and cancelled sessions by reason on a team database: plain
queries, so a leader and a volunteer count every group's, those of groups no one of
their organisation leads included, as the owner does."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from ryhmat.domain.model import WorkerKind
from ryhmat.domain.statistics import KindHours, Statistics, StatisticsFilter
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.storage.database import open_database
from tests.integration.backends import PostgresqlDatabases
from tests.integration.leader_time_world import (
    CANCELLED_BY_REASON,
    LeaderTimeWorld,
    save_leader_time_world,
)
from tests.integration.statistics_world import FIRST_DAY, LAST_DAY, NOW
from tests.integration.team_world import build_team_world, login

pytestmark = pytest.mark.postgresql

WORLD = LeaderTimeWorld()


@pytest.fixture(scope="module")
def team(postgresql_databases: PostgresqlDatabases) -> Iterator[dict[str, str]]:
    with postgresql_databases.at_head() as owner_url:
        urls = build_team_world(owner_url)
        owner = open_database(owner_url)
        try:
            save_leader_time_world(owner, WORLD)
        finally:
            owner.dispose()
        yield {"owner": owner_url, **urls}


def statistics(url: str) -> Statistics:
    database = open_database(url)
    try:
        with database.unit_of_work() as uow:
            return compute_statistics(uow, FIRST_DAY, LAST_DAY, StatisticsFilter(), now=NOW)
    finally:
        database.dispose()


@pytest.mark.parametrize("person", [login("leader"), login("volunteer")])
def test_a_leader_and_a_volunteer_count_the_hand_counted_hours_and_reasons(
    team: dict[str, str], person: str
) -> None:
    counted = statistics(team[person])
    assert {
        row.worker_id: (row.hours * 60, row.planning_hours * 60) for row in counted.leader_hours
    } == {
        worker_id: (minutes.session, minutes.planning)
        for worker_id, minutes in WORLD.leader_minutes().items()
    }
    assert counted.hours_by_kind == [
        KindHours(WorkerKind.STAFF, leaders=2, hours=10.5, planning_hours=2.75),
        KindHours(WorkerKind.VOLUNTEER, leaders=1, hours=10.5, planning_hours=0.75),
        KindHours(WorkerKind.STUDENT, leaders=1, hours=1.5, planning_hours=0.25),
    ]
    assert {k: v for k, v in counted.cancelled_by_reason.items() if v} == CANCELLED_BY_REASON
    owners = statistics(team["owner"])
    assert (counted.leader_hours, counted.cancelled_by_reason) == (
        owners.leader_hours,
        owners.cancelled_by_reason,
    )
