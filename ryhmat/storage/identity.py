"""Which database a file holds: the random id each Ryhmät database keeps in its settings.

Migration 0010 gives every database its id; a copy of the file keeps it, so the
app's backups and safety copies of one database are told from another's by it,
whatever their names say.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.exc import SQLAlchemyError

from ryhmat.storage.locations import DatabaseError, read_only_connection
from ryhmat.storage.orm import SettingRow
from ryhmat.storage.repositories.base import table_of
from ryhmat.storage.sqlite_schema import verified_revisions

DATABASE_ID_SETTING = "database_id"


def database_id(engine: Engine) -> str | None:
    """The open database's id; None for one older than the id (not yet migrated)."""
    table = table_of(SettingRow)
    try:
        with engine.connect() as connection:
            value = connection.scalar(
                select(table.c.value).where(table.c.key == DATABASE_ID_SETTING)
            )
    except SQLAlchemyError:
        return None
    return str(value) if value else None


def file_database_id(path: Path) -> str | None:
    """The id in an SQLite file, read without writing anything (not even side files);
    None for a file that is no Ryhmät database of this kind, or older than the id,
    and for one whose schema is not its revision's (its "settings" could be a view
    that never ends): nothing in a file is read before its schema is checked."""
    from ryhmat.storage.database import known_revisions  # database imports this module

    try:
        with closing(read_only_connection(path)) as connection:
            known = known_revisions()
            revisions = verified_revisions(connection, str(path), known)
            # A newer version's revision comes back unchecked: its schema is not known.
            if not revisions or not set(revisions) <= set(known):
                return None
            row = connection.execute(
                "SELECT value FROM settings WHERE key = ?", (DATABASE_ID_SETTING,)
            ).fetchone()
    except (sqlite3.Error, OSError, DatabaseError):
        return None
    return str(row[0]) if row and row[0] else None
