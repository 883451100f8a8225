"""A process killed in the middle of writing, for the tests of what it leaves behind.

    python killed_writer.py export DATABASE_URL TARGET
    python killed_writer.py backup DATABASE_URL TARGET

Runs the app's own command (``ryhmat export excel``, ``ryhmat backup``) and, where
its half-made files exist, prints ``paused`` and waits to be killed: the export once
every roster sheet is written and before the last sheet, the backup once the whole
copy of the database is in its temporary file and before it is renamed.
"""

from __future__ import annotations

import sys
import time
from typing import Any

from ryhmat.cli.main import main
from ryhmat.export import excel
from ryhmat.storage import backup

# Killed long before.
PAUSE_S = 600


def pause(*_args: Any) -> None:
    print("paused", flush=True)
    time.sleep(PAUSE_S)


def run(kind: str, url: str, target: str) -> int:
    if kind == "export":
        excel._write_monthly = pause  # type: ignore[assignment]
        period = ["--from", "1.8.2026", "--to", "23.11.2026"]
        return main(["--database", url, "export", "excel", "--out", target, *period])
    backup._sync = pause  # type: ignore[assignment]
    return main(["--database", url, "backup", "--out", target])


if __name__ == "__main__":
    sys.exit(run(*sys.argv[1:]))
