"""Copies of an SQLite database made with SQLite's online backup API."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, UserError


class BackupError(UserError):
    """The backup could not be written; the database itself is untouched."""


def can_back_up(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite" and engine.url.database not in (None, "", ":memory:")


def backup_sqlite(engine: Engine, target: Path) -> None:
    """A consistent copy even while the app writes, written whole or not at all."""
    if not can_back_up(engine):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Only an SQLite database file can be backed up here; "
                "back up a PostgreSQL database with pg_dump.",
            )
        )
    target = target.resolve()
    partial = target.with_name(f".{target.name}.partial")
    try:
        raw = engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            copy = sqlite3.connect(partial)
            try:
                source.backup(copy)
            finally:
                copy.close()
        finally:
            raw.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be written to {path}: {reason}"),
            path=str(target),
            reason=str(error),
        ) from error
