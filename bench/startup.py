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
from bench.installs import bundle_executable, source_executable
from bench.timing import RUNS
from ryhmat.storage.backup import backup_folder
from ryhmat.ui.startup_report import ENVIRONMENT

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
    database: Path | None  # None: a floor, started by bench.startup_probe
    mode: str = ""  # the probe's: bare or bare-orm
    executable: list[str] = field(default_factory=list)  # the app's
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
    launched = time.monotonic()
    if starts.database is None:  # a floor: the probe's bare window
        arguments = [sys.executable, "-m", "bench.startup_probe", repr(launched), starts.mode]
    else:  # the app, started as a person starts it, says when (ryhmat.ui.startup_report)
        arguments = [*starts.executable, "--database", f"sqlite:///{starts.database}"]
        env = {**env, ENVIRONMENT: repr(launched)}
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
    """The floors first, then the source install on each database and the bundle (if
    built) on the first; the kinds take turns run by run, so a burst of load from
    elsewhere on the machine falls on all of them."""
    env = sandbox_environment()
    kinds = [Starts("bare", None, "bare"), Starts("bare-orm", None, "bare-orm")]
    for database in databases:
        kinds.append(
            Starts(database.name, own_copy(database, database.name), "", source_executable())
        )
    bundle = bundle_executable()
    if bundle is not None:
        label = f"bundle {databases[0].name}"
        kinds.append(Starts(label, own_copy(databases[0], label), "", [str(bundle)]))
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


def own_copy(database: DemoDatabase, label: str) -> Path:
    """A copy of the database in a folder of its own, for the backups folder the app may
    make beside the file."""
    folder = STARTS / label.replace(" ", "-")
    folder.mkdir(parents=True, exist_ok=True)
    return working_copy(database).replace(folder / f"{database.name}.sqlite3")


def record(kind: Starts, shown: float, ready: float | None) -> None:
    kind.times.append(shown)
    if ready is not None:
        kind.ready.append(ready)
