"""Every row of every table, to show that a refused change changed nothing."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, Engine, Select, inspect, literal_column, select, table

from ryhmat.storage.database import Database, create_database_engine

Snapshot = dict[str, list[tuple[object, ...]]]


def snapshot(database: Database | str) -> Snapshot:
    """The rows of each table (Alembic's version table too), in a stable order.

    Takes an open database or a URL (SQLite or PostgreSQL); a URL is opened with
    an engine of its own and closed again, so a command under test has the file
    or server to itself in between.
    """
    if isinstance(database, Database):
        return _rows(database.engine)
    engine = create_database_engine(database)
    try:
        return _rows(engine)
    finally:
        engine.dispose()


def _rows(engine: Engine) -> Snapshot:
    # Plain SELECT * without reflecting the columns: a snapshot is taken many times a test.
    names = sorted(inspect(engine).get_table_names())
    with engine.connect() as connection:
        return {name: _table_rows(connection, name) for name in names}


def _table_rows(connection: Connection, name: str) -> list[tuple[object, ...]]:
    every_column: Select[Any] = select(literal_column("*")).select_from(table(name))
    rows: list[tuple[object, ...]] = [tuple(row) for row in connection.execute(every_column)]
    return sorted(rows, key=repr)
