"""A PostgreSQL server restarted, or an administrator or a firewall ending idle
connections, while the app stays open: the next thing a person does still works.

The connections are ended for real, on the test server, by another session.
"""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import make_url

from ryhmat.domain.usecases.groups import list_groups
from ryhmat.storage.database import Database, open_database
from ryhmat.storage.failures import SERVER_UNREACHABLE, StorageFailure
from tests.integration.world import World
from tests.postgres_server import running_postgresql_server

ON_POSTGRESQL = pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)


def end_every_other_connection(database_url: str) -> int:
    """What a restart or ``pg_terminate_backend`` does to the app's idle connections."""
    url = make_url(database_url).set(drivername="postgresql")
    with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as admin:
        ended = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        ).fetchone()
    assert ended is not None
    return int(ended[0])


@ON_POSTGRESQL
def test_the_next_unit_of_work_after_the_servers_connections_ended_works(
    database: Database, world: World, database_url: str
) -> None:
    with database.unit_of_work() as uow:
        before = list_groups(uow, include_archived=True)

    assert end_every_other_connection(database_url) >= 1

    with database.unit_of_work() as uow:
        assert list_groups(uow, include_archived=True) == before


def test_a_server_gone_while_the_app_is_open_is_a_clear_message() -> None:
    # A server of this test's own, stopped for real after the database was opened.
    with running_postgresql_server() as server:
        url = make_url(server.url()).set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False), autocommit=True) as admin:
            admin.execute("CREATE DATABASE gone")
        database = open_database(server.url("gone"))
        try:
            with database.unit_of_work() as uow:
                list_groups(uow, include_archived=True)
            server.stop()

            with pytest.raises(StorageFailure) as raised, database.unit_of_work() as uow:
                list_groups(uow, include_archived=True)
        finally:
            database.dispose()

    assert raised.value.template == SERVER_UNREACHABLE
    assert raised.value.__cause__ is None
