"""The app's own temporary files: short names, known to their process, swept once it is gone.

A file written whole or not at all (a workbook, a backup) is first written under a
short temporary name beside its target, ``.ryhmat-<12 hex>.tmp``, and renamed over the
target when complete: the target's name may be as long as the file system allows, and
the temporary name never grows with it. Temporary files of the libraries (openpyxl's
XML of each sheet, which holds names and ages) go to the process's own scratch folder,
never to the system's shared temporary folder.

Each running process has a scratch folder of its own (0700, in the user's cache
folder). It holds a lock that the process keeps while it lives (the operating system
lets go of it when the process ends, also when it is killed) and the list of the
temporary files the process made beside targets. ``sweep`` removes the folders of
processes that are gone together with the files in their lists, so what a killed
export or backup left behind is removed at the next start, and another running
instance's files are never touched.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import secrets
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import IO

import platformdirs

APP_NAME = "Ryhmat"
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
PREFIX = ".ryhmat-"
LOCK_FILE = "lock"
LIST_FILE = "beside"
SQLITE_SIDE_FILES = ("-journal", "-wal", "-shm")
UNFINISHED_FOLDER_AGE_S = 24 * 60 * 60
# 48 random bits: two processes never pick one name in the same folder.
_TOKEN_BYTES = 6
_OWN_NAME = re.compile(rf"{re.escape(PREFIX)}[0-9a-f]{{{2 * _TOKEN_BYTES}}}\.\w+")

_folder: tuple[int, Path, IO[bytes]] | None = None


def scratch_root() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "scratch"


def scratch_folder() -> Path:
    """This process's private temporary folder, made at the first call (and made anew
    in a forked child, whose parent's lock is not its own)."""
    global _folder
    if _folder is None or _folder[0] != os.getpid():
        root = scratch_root()
        root.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
        os.chmod(root, PRIVATE_FOLDER_MODE)
        # Made under a hidden name and shown only once locked: a sweep never meets it
        # unlocked. One hidden for a day was its process's, killed in that instant.
        hidden = Path(tempfile.mkdtemp(prefix=".p", dir=root))  # 0700
        lock = (hidden / LOCK_FILE).open("wb")
        _lock(lock)
        folder = hidden.with_name(hidden.name[1:])
        hidden.rename(folder)
        _folder = (os.getpid(), folder, lock)
        atexit.register(_release)
    return _folder[1]


def scratch_file(suffix: str) -> str:
    """A new empty file (0600) in this process's scratch folder; the caller removes it."""
    handle, name = tempfile.mkstemp(prefix="t", suffix=suffix, dir=scratch_folder())
    os.close(handle)
    return name


def temporary_beside(target: Path, suffix: str = ".tmp") -> Path:
    """A new empty file (0600) with a short name in ``target``'s folder, listed as this
    process's until it is renamed or removed. Raises OSError as creating a file does."""
    listed = scratch_folder() / LIST_FILE
    while True:
        path = target.parent / f"{PREFIX}{secrets.token_hex(_TOKEN_BYTES)}{suffix}"
        # Listed before it exists: a process killed at any moment leaves nothing unlisted.
        with listed.open("a", encoding="utf-8") as stream:
            stream.write(f"{path.absolute()}\n")
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE))
        except FileExistsError:
            continue
        return path


def sweep() -> int:
    """Remove what processes that are gone left behind; how many files were removed.

    Never raises: a leftover that cannot be removed now is tried again next time."""
    removed = 0
    try:
        folders = [path for path in scratch_root().iterdir() if path.is_dir()]
    except OSError:
        return 0
    for folder in folders:
        if _folder is not None and folder == _folder[1]:
            continue
        with contextlib.suppress(OSError):
            if not folder.name.startswith("."):
                removed += _sweep_folder(folder)
            elif time.time() - folder.stat().st_mtime > UNFINISHED_FOLDER_AGE_S:
                shutil.rmtree(folder)
    return removed


def _release() -> None:
    """At a normal exit: this process's folder and leftovers go now."""
    global _folder
    if _folder is None or _folder[0] != os.getpid():
        return
    _pid, folder, lock = _folder
    _folder = None
    lock.close()
    with contextlib.suppress(OSError):
        _sweep_folder(folder)


def _sweep_folder(folder: Path) -> int:
    with (folder / LOCK_FILE).open("ab") as lock:
        if not _try_lock(lock):
            return 0  # its process is running
        removed = 0
        listed = folder / LIST_FILE
        if listed.exists():
            for line in listed.read_text(encoding="utf-8").splitlines():
                removed += _remove_leftover(Path(line))
        removed += sum(1 for path in folder.iterdir() if path.name not in (LOCK_FILE, LIST_FILE))
        shutil.rmtree(folder)
        return removed


def _remove_leftover(path: Path) -> int:
    # Only a name of the app's own shape: the list is read, not trusted. SQLite's
    # side files of a half-written copy go with it.
    if not _OWN_NAME.fullmatch(path.name):
        return 0
    removed = 0
    for candidate in (path, *(Path(f"{path}{side}") for side in SQLITE_SIDE_FILES)):
        if candidate.is_file() and not candidate.is_symlink():
            candidate.unlink()
            removed += 1
    return removed


if sys.platform == "win32":
    import msvcrt

    def _lock(stream: IO[bytes]) -> None:
        msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)

    def _try_lock(stream: IO[bytes]) -> bool:
        try:
            msvcrt.locking(stream.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _lock(stream: IO[bytes]) -> None:
        fcntl.flock(stream.fileno(), fcntl.LOCK_EX)

    def _try_lock(stream: IO[bytes]) -> bool:
        try:
            fcntl.flock(stream.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
