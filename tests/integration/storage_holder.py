"""A second program holding the write lock of an SQLite file until told to let go.

    python -m tests.integration.storage_holder DATABASE_FILE

Begins an immediate transaction (the one writer SQLite allows), prints
``locked`` and waits for a line on its standard input before rolling back.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LOCKED = "locked"


@contextmanager
def write_lock_held(database_file: Path) -> Iterator[None]:
    """While the block runs, another process is the database's writer."""
    with subprocess.Popen(
        [sys.executable, "-m", "tests.integration.storage_holder", str(database_file)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None
            assert holder.stdin is not None
            assert holder.stdout.readline().strip() == LOCKED
            yield
            holder.stdin.write("done\n")
            holder.stdin.flush()
            assert holder.wait(timeout=60) == 0
        finally:
            if holder.poll() is None:
                holder.kill()


def _hold(path: str) -> None:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    print(LOCKED, flush=True)
    sys.stdin.readline()
    connection.execute("ROLLBACK")
    connection.close()


if __name__ == "__main__":
    _hold(sys.argv[1])
