"""Fixtures shared by the integration tests: a database of its own per test, on each backend.

Every test that takes ``database_url``, ``database`` or ``empty_database_url``
runs twice: on SQLite and on PostgreSQL. The PostgreSQL server is started by
the first test that needs it (``tests/postgres_server.py``: a throwaway cluster
on 127.0.0.1) and stopped at the end of the run, so ``pytest tests/unit``
starts nothing. ``RYHMAT_TEST_POSTGRESQL_URL`` names an existing server to use
instead; its role must be allowed to create databases, and the tests create
and drop their own databases there, named ``ryhmat_test_<pid>_…``.

Nothing is skipped when PostgreSQL is missing: a server that cannot be found or
started fails the tests that need it. ``-m "not postgresql"`` leaves them out
on purpose.

Speed: the migrations run once per backend and run, into a template; each test
gets a copy (a file copy, or ``CREATE DATABASE … TEMPLATE``) that is removed
after it.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from ryhmat.storage.database import Database, open_database
from tests.integration.backends import (
    BACKENDS,
    PostgresqlDatabases,
    databases_of,
    sqlite_url,
)
from tests.integration.world import World, build_world, save_world
from tests.postgres_server import running_postgresql_server
from tests.recording_server import RecordingServer, running_recording_server

POSTGRESQL_URL_VARIABLE = "RYHMAT_TEST_POSTGRESQL_URL"


@contextmanager
def _postgresql_server_url() -> Iterator[str]:
    existing = os.environ.get(POSTGRESQL_URL_VARIABLE)
    if existing:
        yield existing
        return
    with running_postgresql_server() as server:
        yield server.url()


@pytest.fixture(scope="session")
def postgresql_databases() -> Iterator[PostgresqlDatabases]:
    """Databases on the test server, started now unless RYHMAT_TEST_POSTGRESQL_URL names one."""
    with _postgresql_server_url() as url:
        databases = PostgresqlDatabases(url)
        try:
            yield databases
        finally:
            databases.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file migrated to the newest revision once per run."""
    path = tmp_path_factory.mktemp("template") / "ryhmat.sqlite3"
    open_database(sqlite_url(path)).dispose()
    return path


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of a database of this test's own, migrated to the newest revision."""
    with databases_of(request).at_head() as url:
        yield url


@pytest.fixture(params=BACKENDS)
def empty_database_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """The URL of an empty database of this test's own: no tables, no revision (the SQLite
    file does not exist yet)."""
    with databases_of(request).empty() as url:
        yield url


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


@pytest.fixture
def recording_server() -> Iterator[Callable[..., RecordingServer]]:
    """Starts recording servers on the loopback address given (127.0.0.1, 127.0.0.2...)."""
    with ExitStack() as stack:
        yield lambda host="127.0.0.1": stack.enter_context(running_recording_server(host))
