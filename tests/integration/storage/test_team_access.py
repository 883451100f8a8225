"""Every cell of the access matrix (``storage/team_access.py``), tried on a real
PostgreSQL through each person's own connection: plain SQL, not the app.

For a table, a role and an operation the test works on the table's row of
organisation A (the person's own) and of organisation B:

- ``all``: both rows are selected, updated, deleted; a new row in either's scope
  is inserted.
- ``own``: A's row is; B's row is not there — selected zero times, zero rows
  updated or deleted — and inserting into B's scope is refused by a row-level
  policy (an error).
- ``none``: the statement is refused (permission denied, an error), on A's row too.

Every statement runs in a transaction that is rolled back, so the cells do not
disturb each other. (The test server trusts its loopback connections; the password
is given but not what admits the person there.)
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.exc import DBAPIError, IntegrityError

from ryhmat.storage.team_access import ACCESS, OPERATIONS, ROLES, Reach, reach
from tests.integration.backends import PostgresqlDatabases
from tests.integration.team_world import (
    ROW,
    UPDATE,
    build_team_world,
    insert_statement,
    login,
)

pytestmark = pytest.mark.postgresql

INSUFFICIENT_PRIVILEGE = "42501"


@pytest.fixture(scope="module")
def people(postgresql_databases: PostgresqlDatabases) -> Iterator[dict[str, Engine]]:
    with postgresql_databases.at_head() as owner_url:
        urls = build_team_world(owner_url)
        engines = {name: create_engine(url) for name, url in urls.items()}
        try:
            yield engines
        finally:
            for engine in engines.values():
                engine.dispose()


CELLS = [
    pytest.param(table, role, operation, id=f"{table}-{role}-{operation}")
    for table in ACCESS
    for role in ROLES
    for operation in OPERATIONS
]


@pytest.mark.parametrize(("table", "role", "operation"), CELLS)
def test_each_role_reaches_each_table_as_the_matrix_says(
    people: dict[str, Engine], table: str, role: str, operation: str
) -> None:
    expected = reach(table, role, operation)
    with people[login(role)].connect() as connection:
        reached = {side: _try(connection, table, role, operation, side) for side in ("a", "b")}
    if expected is Reach.ALL:
        assert reached == {"a": True, "b": True}
    elif expected is Reach.OWN:
        assert reached == {"a": True, "b": False}
    else:
        assert reached == {"a": "refused", "b": "refused"}


def _try(connection: Connection, table: str, role: str, operation: str, side: str) -> object:
    """True if the statement reached the side's row, False if it found none there (or,
    for an INSERT, a row-level policy refused it), "refused" if the role may not run it."""
    condition, keys = ROW[table]
    values = {"key": keys[side], "new": str(uuid.uuid4())}
    column = UPDATE[table]
    if operation == "SELECT":
        columns = _readable_column(table, role)
        statement = f"SELECT count({columns}) FROM {table} WHERE {condition}"
    elif operation == "UPDATE":
        statement = f"UPDATE {table} SET {column} = {column} WHERE {condition}"
    elif operation == "DELETE":
        statement = f"DELETE FROM {table} WHERE {condition}"
    else:
        statement = insert_statement(table, side)
    transaction = connection.begin()
    try:
        result = connection.execute(text(statement), values)
        if operation == "SELECT":
            found = result.scalar_one()
            assert found in (0, 1)
            return found == 1
        if operation == "INSERT":
            return True
        assert result.rowcount in (0, 1)
        return result.rowcount == 1
    except IntegrityError:
        # The row was reached; what refers to it kept it (an organisation a person belongs to).
        return operation == "DELETE" or "integrity error"
    except DBAPIError as error:
        if getattr(error.orig, "sqlstate", None) != INSUFFICIENT_PRIVILEGE:
            raise
        if "row-level security" in str(error.orig):
            return False
        return "refused"
    finally:
        transaction.rollback()


def _readable_column(table: str, role: str) -> str:
    return "id" if (table, role) == ("families", "volunteer") else "*"


@pytest.mark.parametrize(
    "statement",
    [
        "SELECT phone FROM families",
        "SELECT notes FROM families",
        "SELECT * FROM families",
        "UPDATE families SET notes = ''",
        "UPDATE sessions SET theme = ''",
        "SELECT * FROM audit_entries",
    ],
)
def test_a_volunteer_neither_reads_nor_changes_notes_and_phone_numbers(
    people: dict[str, Engine], statement: str
) -> None:
    with people[login("volunteer")].connect() as connection:
        with pytest.raises(DBAPIError) as refused:
            connection.execute(text(statement))
        assert getattr(refused.value.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE


def test_a_leader_of_the_other_organisation_sees_only_its_own_families(
    people: dict[str, Engine],
) -> None:
    with people[login("leader", "b")].connect() as connection:
        names = connection.execute(text("SELECT name FROM families ORDER BY name")).scalars()
        assert list(names) == ["Family b"]
        marks = connection.execute(text("SELECT count(*) FROM attendance")).scalar_one()
        assert marks == 1


def test_the_audit_trail_takes_no_name_but_the_connected_one(people: dict[str, Engine]) -> None:
    with people[login("leader")].connect() as connection:
        statement = insert_statement("audit_entries", "a")
        named = text(statement.replace("session_user", "'someone else'"))
        with pytest.raises(DBAPIError) as refused:
            connection.execute(named, {"new": str(uuid.uuid4())})
        assert "row-level security" in str(refused.value.orig)


def test_every_table_of_the_schema_is_in_the_matrix(people: dict[str, Engine]) -> None:
    with people[login("admin")].connect() as connection:
        tables = connection.execute(
            text(
                "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename <> 'alembic_version'"
            )
        ).scalars()
        assert set(tables) == set(ACCESS)
