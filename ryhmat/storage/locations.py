"""Which file an SQLite URL means: the one home of that answer.

The checks before a file is opened (its header, its schema, its mode) and the
driver that then opens it must look at the same file. SQLAlchemy hands the driver
``url.database`` made absolute, unless the URL's query asks for something else
(``uri=true`` makes the whole path an SQLite URI, so ``?mode=ro`` turns into a new
file named ``base.sqlite3?mode=ro``), and this SQLite reads any name that begins
with ``file:`` as a URI with options of its own. So an SQLite URL names a file by
its path alone: a query, a ``file:`` name or a name that only SQLite understands
is refused here, and everything else is the absolute path the driver opens.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from sqlalchemy import URL

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, UserError

SQLITE_DRIVER = "sqlite+pysqlite"
# The database and its copies hold personal data of families: their owner alone may read them.
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
MEMORY_NAMES = (None, "", ":memory:")


class DatabaseError(UserError):
    """The database cannot be opened: a bad URL, a missing server, a broken file."""


def is_memory(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in MEMORY_NAMES


def sqlite_file(url: URL) -> Path | None:
    """The absolute path of the file the driver will open; None for PostgreSQL and memory.

    Raises ``DatabaseError`` for an SQLite URL that would open something else than
    the path it names (options after ``?``, a ``file:`` URI).
    """
    if url.get_backend_name() != "sqlite":
        return None
    if url.query or _is_sqlite_uri(url.database):
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database URL {url} has options in it. Give an SQLite database by its "
                "file's path alone, for example sqlite:////home/me/ryhmat.sqlite3.",
            ),
            url=url.render_as_string(hide_password=True),
        )
    if url.database in MEMORY_NAMES:
        return None
    if "\x00" in url.database:
        # An escaped NUL (%00): SQLite would stop reading the name there, at another file.
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database URL {url} has a NUL character (%00) in its file name. "
                "Give an SQLite database by its file's path alone.",
            ),
            url=url.render_as_string(hide_password=True),
        )
    return Path(os.path.abspath(str(url.database)))


def sqlite_file_url(path: Path) -> str:
    """The URL of the SQLite file ``path``, whatever characters its name has."""
    return URL.create(SQLITE_DRIVER, database=os.path.abspath(path)).render_as_string()


def _is_sqlite_uri(database: str | None) -> bool:
    return database is not None and database[:5].lower() == "file:"


def has_journal(path: Path) -> bool:
    return any(path.with_name(path.name + suffix).exists() for suffix in ("-wal", "-journal"))


def read_only_connection(path: Path) -> sqlite3.Connection:
    """A connection that reads ``path`` without writing anything, beside it neither,
    and runs no function the file's schema names (``trusted_schema`` off)."""
    # Without a journal beside it the whole database is in the file: "immutable"
    # then reads it without creating -wal and -shm files. With one, SQLite must
    # read it too, through its ordinary locking.
    uri = path.absolute().as_uri() + ("?mode=ro" if has_journal(path) else "?mode=ro&immutable=1")
    connection = sqlite3.connect(uri, uri=True)
    connection.execute("PRAGMA trusted_schema=OFF")
    return connection


def make_private_folder(folder: Path) -> None:
    """Make the folder (and its parents) readable by its owner alone, if it is missing.

    Raises ``OSError`` when it cannot be made.
    """
    if folder.is_dir():
        return
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    # Set the mode after creating: a umask could have taken bits away, not added them.
    os.chmod(folder, PRIVATE_FOLDER_MODE)
