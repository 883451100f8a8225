"""One window per SQLite database file: the lock the desktop app holds on the file
it works on, from before it opens the file until it lets it go.

The lock is a ``QLockFile`` in the app's own data folder (``locks``), named after
the file's identity, its device and inode number: every path that reaches the
file (a symbolic link, a hard link, another spelling of the path) meets the same
lock, and nothing is written beside the database itself (a folder the person
chose, a network drive). A lock whose process is gone (the app crashed or was
killed, the machine restarted) is cleared by ``QLockFile`` when the lock is next
asked for: it holds the process id, the program's name and the boot's id.

The command line takes no lock: SQLite's own locking and the app's checks keep its
writes safe beside a window. A PostgreSQL database is shared by design and an
in-memory one by nobody; neither takes a lock.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QLockFile
from sqlalchemy import make_url
from sqlalchemy.exc import ArgumentError

from ryhmat.domain.errors import UserError
from ryhmat.storage.database import create_private_file, data_dir
from ryhmat.storage.locations import make_private_folder, sqlite_file

LOCKS_FOLDER = "locks"


def lock_file_for(database: Path) -> Path | None:
    """Where the lock of the SQLite file ``database`` lives: the same place for
    every path to the file. A missing file is created (empty, as opening it would)
    so that it has its identity before the first window opens it. None when the
    file cannot be made or the folder written; opening the file then says why,
    or the app works without a lock."""
    try:
        create_private_file(database)
        status = database.stat()
        folder = data_dir() / LOCKS_FOLDER
        make_private_folder(folder)
    except OSError:
        return None
    if status.st_ino:
        name = f"{status.st_dev:x}-{status.st_ino:x}"
    else:  # a file system without inode numbers: the file's real path stands in
        name = hashlib.sha256(os.fsencode(database.resolve())).hexdigest()[:40]
    return folder / f"{name}.lock"


class DatabaseLock:
    """The lock of one database file (``file_name`` is what a person is told)."""

    def __init__(self, path: Path, file_name: str) -> None:
        self.path = path
        self.file_name = file_name
        self._file = QLockFile(str(path))
        # A window works on its database for days: the lock goes stale only when
        # its process is gone, never with age.
        self._file.setStaleLockTime(0)

    @classmethod
    def of_url(cls, url: str) -> DatabaseLock | None:
        """The lock for the database ``url`` names; None for a database that takes
        none (PostgreSQL, in memory) and for a URL that opening refuses anyway."""
        try:
            database = sqlite_file(make_url(url))
        except (ArgumentError, UserError):
            return None
        if database is None:
            return None
        path = lock_file_for(database)
        return None if path is None else cls(path, database.name)

    def take(self) -> bool:
        """Take the lock, clearing a stale one; False if another running app holds
        it. Should the lock file not be writable at all, the window works without it
        (True): a lock must not stand between a person and her data."""
        if self._file.tryLock(0):
            return True
        return self._file.error() != QLockFile.LockError.LockFailedError

    def release(self) -> None:
        self._file.unlock()

    def is_for_same_file(self, other: DatabaseLock) -> bool:
        return self.path == other.path
