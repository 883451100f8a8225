"""Failures of the database's machinery, told as a person can act on them.

A database locked by another writer, a full disk, an input/output error, a file
that can no longer be opened or written (a read-only drive) or a database server
that cannot be reached is not a bug of the app: it becomes one ``StorageFailure``
with a clear message (busy: try again; full: nothing was saved), never a
traceback. The message carries no part of the failed statement, whose values are
personal data.
"""

from __future__ import annotations

import errno
import sqlite3
import sys

from sqlalchemy.exc import DBAPIError

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, UserError


class StorageFailure(UserError):
    """Saving or reading failed for a reason outside the app; nothing was saved."""


BUSY = QT_TRANSLATE_NOOP(
    "Errors",
    "The database is busy: another user or program is saving at this moment. "
    "Nothing was saved; try again in a moment.",
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk is full. Nothing was saved; free some space and try again."
)
INPUT_OUTPUT = QT_TRANSLATE_NOOP(
    "Errors",
    "The database could not be read or written (an input/output error). Nothing was saved; "
    "check the disk or the network drive and try again.",
)
UNAVAILABLE_FILE = QT_TRANSLATE_NOOP(
    "Errors",
    "The database file could not be opened or written: it may be read-only, moved or "
    "deleted, or its drive may have been disconnected. Nothing was saved; check the file "
    "and its drive, then try again.",
)
SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "Errors",
    "The database server cannot be reached: it may be restarting, or the network "
    "connection is down. Nothing was saved; try again in a moment.",
)
NOT_PERMITTED = QT_TRANSLATE_NOOP(
    "Errors",
    "Your role in the team does not allow this. Nothing was saved; ask the team's admin "
    "if you need it.",
)
WRONG_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors", "The database server did not accept the user name or password."
)

_SQLITE = {
    "SQLITE_BUSY": BUSY,
    "SQLITE_LOCKED": BUSY,
    "SQLITE_FULL": DISK_FULL,
    "SQLITE_IOERR": INPUT_OUTPUT,
    # A read-only drive or share, a folder gone: the file checked at the start can no
    # longer be opened or written.
    "SQLITE_CANTOPEN": UNAVAILABLE_FILE,
    "SQLITE_READONLY": UNAVAILABLE_FILE,
}
_POSTGRESQL = {
    "53100": DISK_FULL,  # disk_full
    "55P03": BUSY,  # lock_not_available
    "40P01": BUSY,  # deadlock_detected
    "40001": BUSY,  # serialization_failure
    "58030": INPUT_OUTPUT,  # io_error
    "57P01": SERVER_UNREACHABLE,  # admin_shutdown
    "57P02": SERVER_UNREACHABLE,  # crash_shutdown
    "57P03": SERVER_UNREACHABLE,  # cannot_connect_now (starting up)
    # A grant or a row-level policy of a team database refused the statement.
    "42501": NOT_PERMITTED,  # insufficient_privilege
    "28P01": WRONG_PASSWORD,  # invalid_password
}
_POSTGRESQL_CLASSES = {"08": SERVER_UNREACHABLE}  # connection_exception
_OPERATING_SYSTEM = {errno.ENOSPC: DISK_FULL, errno.EDQUOT: DISK_FULL, errno.EIO: INPUT_OUTPUT}


def storage_failure(error: BaseException) -> StorageFailure | None:
    """The failure ``error`` stands for, or None if it is something else (a bug)."""
    cause = error.orig if isinstance(error, DBAPIError) else error
    template = _template(cause)
    return None if template is None else StorageFailure(template)


def _template(error: BaseException | None) -> str | None:
    if isinstance(error, sqlite3.Error):
        # An extended code (SQLITE_BUSY_SNAPSHOT, SQLITE_IOERR_WRITE) by its primary one.
        primary = "_".join(str(getattr(error, "sqlite_errorname", "")).split("_")[:2])
        return _SQLITE.get(primary)
    sqlstate = getattr(error, "sqlstate", None)
    if isinstance(sqlstate, str):
        return _POSTGRESQL.get(sqlstate) or _POSTGRESQL_CLASSES.get(sqlstate[:2])
    if _is_lost_server(error):
        return SERVER_UNREACHABLE
    if isinstance(error, OSError):
        return _OPERATING_SYSTEM.get(error.errno or 0)
    return None


def _is_lost_server(error: BaseException | None) -> bool:
    """psycopg's error for a server it cannot reach or has lost (no SQLSTATE: no
    server said anything). Not imported for it: an SQLite user never loads psycopg."""
    psycopg = sys.modules.get("psycopg")
    return (
        psycopg is not None
        and isinstance(error, psycopg.OperationalError)
        and getattr(error, "sqlstate", None) is None
    )


def failure_reason(error: BaseException) -> str:
    """The cause of a failure in a line a message can carry: a UserError's own words,
    the operating system's (without the path it adds) or the driver's first line."""
    if isinstance(error, UserError):
        return error.message()
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    original = getattr(error, "orig", None)
    text = str(original if original is not None else error).strip()
    return text.splitlines()[0] if text else type(error).__name__
