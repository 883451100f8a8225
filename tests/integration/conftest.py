"""Fixtures shared by the integration tests: a fresh, migrated database per test.

The ``database`` fixture runs on every backend in ``BACKENDS``; PostgreSQL joins
when ``RYHMAT_TEST_POSTGRESQL_URL`` names a server whose ``public`` schema the
tests may wipe.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from ryhmat.storage.database import Database, create_database_engine, open_database
from tests.integration.world import World, build_world, save_world

POSTGRESQL_URL_VARIABLE = "RYHMAT_TEST_POSTGRESQL_URL"
BACKENDS = ["sqlite"] + (["postgresql"] if os.environ.get(POSTGRESQL_URL_VARIABLE) else [])


def _empty_postgresql(url: str) -> str:
    engine = create_database_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
    return url


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "postgresql":
        return _empty_postgresql(os.environ[POSTGRESQL_URL_VARIABLE])
    return f"sqlite:///{tmp_path / 'ryhmat.sqlite3'}"


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    opened = open_database(database_url)
    yield opened
    opened.dispose()


@pytest.fixture
def world(database: Database) -> World:
    built = build_world()
    save_world(database, built)
    return built
