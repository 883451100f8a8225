"""The window's search on a team database: each person finds the families the database
lets them see, and a volunteer, whose view has no families, finds none."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from ryhmat.domain.usecases.search import search_everything
from ryhmat.storage.database import Database, open_database
from tests.integration.backends import PostgresqlDatabases
from tests.integration.team_world import build_team_world, login

pytestmark = pytest.mark.postgresql

TODAY = date(2026, 12, 7)


@pytest.fixture(scope="module")
def team(postgresql_databases: PostgresqlDatabases) -> Iterator[dict[str, str]]:
    with postgresql_databases.at_head() as owner_url:
        urls = build_team_world(owner_url)
        engine = create_engine(owner_url)
        with engine.begin() as connection:
            # The world's families are written without the key a save makes.
            connection.execute(text("UPDATE families SET search_key = lower(name)"))
        engine.dispose()
        yield urls


@pytest.fixture
def opened(team: dict[str, str], request: pytest.FixtureRequest) -> Iterator[Database]:
    database = open_database(team[request.param])
    yield database
    database.dispose()


@pytest.mark.parametrize(
    ("opened", "families"),
    [
        (login("admin"), ["Family a", "Family b"]),
        (login("coordinator"), ["Family a"]),
        (login("leader", "b"), ["Family b"]),
        (login("volunteer"), []),
    ],
    indirect=["opened"],
)
def test_each_person_finds_the_families_they_may_see_and_everyones_groups(
    opened: Database, families: list[str]
) -> None:
    with opened.unit_of_work() as uow:
        assert [found.name for found in search_everything(uow, "family", TODAY).families] == (
            families
        )
        groups = search_everything(uow, "group", TODAY).groups
    assert [found.name for found in groups] == ["Group a", "Group b"]
