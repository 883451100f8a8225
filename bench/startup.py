"""Start-up as separate processes: the real app on each database, and a bare window.

Every start runs with QT_QPA_PLATFORM=offscreen and in a sandbox: HOME and the XDG
folders point into bench/.cache, so the app reads fresh default settings and neither
the user's QSettings nor their data folder is touched; the database is a copy of
its own, whose automatic backups folder is removed after every start.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.databases import CACHE, ROOT, WORK, DemoDatabase, working_copy
from bench.timing import RUNS
from ryhmat.storage.backup import backup_folder

SANDBOX = CACHE / "sandbox"
STARTS = WORK / "starts"
# A start slower than this is not repeated: the figure misses by far anyway, and
# repeating it would make `make bench` take hours.
REPEAT_LIMIT = 30.0
TIMEOUT = 900.0


@dataclass(slots=True)
class Starts:
    """The start-up times of one kind of start, in seconds."""

    label: str
    database: Path | None
    times: list[float] = field(default_factory=list)  # to the main window shown
    ready: list[float] = field(default_factory=list)  # to this week's calendar shown
    gave_up: bool = False  # measured once: too slow to repeat


def sandbox_environment() -> dict[str, str]:
    if SANDBOX.exists():
        shutil.rmtree(SANDBOX)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "RYHMAT_"))}
    # An installed app runs from byte-compiled modules (pip compiles them as it
    # installs, a bundle holds them): without them every start compiles the app anew.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["HOME"] = str(SANDBOX)
    for variable, folder in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_RUNTIME_DIR", "runtime"),
    ):
        path = SANDBOX / folder
        path.mkdir(parents=True, mode=0o700)
        env[variable] = str(path)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def start_once(starts: Starts, env: dict[str, str]) -> tuple[float, float | None]:
    """Seconds from launching the process to the main window's first paint and (for
    the app) to the calendar's week painted in it."""
    mode = "bare" if starts.database is None else "app"
    arguments = [sys.executable, "-m", "bench.startup_probe"]
    launched = time.monotonic()
    arguments += [repr(launched), mode]
    if starts.database is not None:
        arguments.append(f"sqlite:///{starts.database}")
    finished = subprocess.run(
        arguments, env=env, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT, check=False
    )
    if starts.database is not None:
        shutil.rmtree(backup_folder(starts.database), ignore_errors=True)
    reported = dict(line.split() for line in finished.stdout.splitlines() if line.strip())
    if finished.returncode != 0 or "shown" not in reported:
        raise RuntimeError(f"the {starts.label} start failed:\n{finished.stderr}")
    ready = reported.get("ready")
    return float(reported["shown"]), None if ready is None else float(ready)


def measure_startups(databases: list[DemoDatabase], runs: int = RUNS) -> list[Starts]:
    """A bare window first, then the app on each database; the kinds take turns run by
    run, so a burst of load from elsewhere on the machine falls on all of them."""
    env = sandbox_environment()
    kinds = [Starts("bare", None)]
    for database in databases:
        # A folder each, for the backups folder the app may make beside the file.
        folder = STARTS / database.name
        folder.mkdir(parents=True, exist_ok=True)
        copy = working_copy(database).replace(folder / f"{database.name}.sqlite3")
        kinds.append(Starts(database.name, copy))
    for kind in kinds:  # a warm-up each: the first start also compiles .pyc files
        shown, ready = start_once(kind, env)
        if (ready or shown) > REPEAT_LIMIT:
            kind.gave_up = True
            record(kind, shown, ready)
    for _ in range(runs):
        for kind in kinds:
            if not kind.gave_up:
                record(kind, *start_once(kind, env))
    return kinds


def record(kind: Starts, shown: float, ready: float | None) -> None:
    kind.times.append(shown)
    if ready is not None:
        kind.ready.append(ready)
