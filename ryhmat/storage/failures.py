"""Failures of the database's machinery, told as a person can act on them.

A database locked by another writer, a full disk, an input/output error or a
file that can no longer be opened or written (a read-only drive) is not a bug of
the app: it becomes one ``StorageFailure`` with a clear message (busy: try again;
full: nothing was saved), never a traceback. The message
carries no part of the failed statement, whose values are personal data.
"""

from __future__ import annotations

import errno
import sqlite3

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
}
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
        return _POSTGRESQL.get(sqlstate)
    if isinstance(error, OSError):
        return _OPERATING_SYSTEM.get(error.errno or 0)
    return None
