"""Another Ryhmät app holding the lock of a database file until told to let go.

    python -m tests.integration.database_lock_holder DATABASE_FILE

Takes the file's lock as the desktop app does, prints ``locked`` (or ``held`` if
another app has it) and waits for a line on its standard input before letting go.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ryhmat.database_lock import DatabaseLock
from ryhmat.storage.locations import sqlite_file_url

ROOT = Path(__file__).resolve().parents[2]
LOCKED = "locked"


def start_holder(database_file: Path) -> subprocess.Popen[str]:
    """The holder started, once it holds the lock. Its data folder (where the lock
    lives) is this process's: the environment is inherited."""
    holder = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.database_lock_holder", str(database_file)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None
    said = holder.stdout.readline().strip()
    if said != LOCKED:
        holder.kill()
        holder.wait()
        raise AssertionError(f"the holder did not take the lock: {said!r}")
    return holder


def let_go(holder: subprocess.Popen[str]) -> None:
    """Tell the holder to release the lock and end, as an app closing does."""
    assert holder.stdin is not None
    holder.stdin.write("done\n")
    holder.stdin.flush()
    assert holder.wait(timeout=60) == 0


@contextmanager
def lock_held(database_file: Path) -> Iterator[subprocess.Popen[str]]:
    """While the block runs, another process holds the file's lock."""
    holder = start_holder(database_file)
    try:
        yield holder
        if holder.poll() is None:
            let_go(holder)
    finally:
        if holder.poll() is None:
            holder.kill()
        holder.wait()
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()


def _hold(path: str) -> None:
    lock = DatabaseLock.of_url(sqlite_file_url(Path(path)))
    assert lock is not None
    print(LOCKED if lock.take() else "held", flush=True)
    sys.stdin.readline()
    lock.release()


if __name__ == "__main__":
    _hold(sys.argv[1])
