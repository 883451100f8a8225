"""Command-line start-ups as separate processes: `ryhmat --version`, `ryhmat groups` on the
small demo, and their floor, `python -c "import sqlalchemy"`, taking turns run by run.

Each runs as a person runs it: the source install's `ryhmat` script beside this
interpreter and, when `make dist` has built it, the bundle's executable
(dist/ryhmat/ryhmat); the floor always with this interpreter. Every process gets the
start-up sandbox (bench/startup.py) for its HOME and XDG folders.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.databases import ROOT, SMALL, working_copy
from bench.installs import bundle_executable, source_executable
from bench.startup import STARTS, sandbox_environment
from ryhmat.storage.backup import backup_folder

# Cheap and noisy: more runs than the five of the window's start-ups.
COMMAND_RUNS = 11
TIMEOUT = 120.0


@dataclass(slots=True)
class Command:
    """One kind of process and the seconds of each run, launch to exit."""

    label: str
    arguments: list[str]
    times: list[float] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CommandTimes:
    """Seconds of each kind: "floor", and "version" and "groups" per install."""

    by_label: dict[str, list[float]]
    bundle: Path | None  # None: no bundle built

    def of(self, label: str) -> list[float]:
        return self.by_label[label]


def commands_of(install: str, executable: list[str], database: Path) -> list[Command]:
    return [
        Command(f"{install} version", [*executable, "--version"]),
        Command(
            f"{install} groups", [*executable, "--database", f"sqlite:///{database}", "groups"]
        ),
    ]


def run_once(command: Command, env: dict[str, str]) -> float:
    started = time.monotonic()
    finished = subprocess.run(
        command.arguments,
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    elapsed = time.monotonic() - started
    if finished.returncode != 0:
        raise RuntimeError(f"{command.label} failed:\n{finished.stderr}")
    return elapsed


def measure_commands(runs: int = COMMAND_RUNS) -> CommandTimes:
    env = sandbox_environment()
    env.setdefault("RYHMAT_LANGUAGE", "fi")
    folder = STARTS / "commands"
    folder.mkdir(parents=True, exist_ok=True)
    database = working_copy(SMALL).replace(folder / "small.sqlite3")
    kinds = [
        Command("floor", [sys.executable, "-c", "import sqlalchemy"]),
        *commands_of("source", source_executable(), database),
    ]
    bundle = bundle_executable()
    if bundle is not None:
        kinds += commands_of("bundle", [str(bundle)], database)
    for kind in kinds:  # a warm-up each: the first run also compiles .pyc files
        run_once(kind, env)
    for _ in range(runs):
        for kind in kinds:
            kind.times.append(run_once(kind, env))
    shutil.rmtree(backup_folder(database), ignore_errors=True)
    return CommandTimes({kind.label: kind.times for kind in kinds}, bundle)
