"""Every row of every table, for comparing a copy of a database with its original."""

from __future__ import annotations

from typing import Any

from sqlalchemy import MetaData, select

from ryhmat.storage.database import Database, open_database


def rows_by_table(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    tables = MetaData()
    tables.reflect(database.engine)
    with database.engine.connect() as connection:
        return {
            name: sorted((tuple(row) for row in connection.execute(select(table))), key=repr)
            for name, table in tables.tables.items()
        }


def rows_in_file(path: object) -> dict[str, list[tuple[Any, ...]]]:
    """Open the file as the app does (so it must be a database this version opens)."""
    copy = open_database(f"sqlite:///{path}")
    try:
        return rows_by_table(copy)
    finally:
        copy.dispose()
