"""Real processes racing: each runs the `ryhmat` command line, all started at one moment.

    python -m tests.integration.racing ARG...
    python -m tests.integration.racing --call MODULE:FUNCTION ARG...

A racer imports the app, prints ``ready`` and waits for a line on its standard
input; ``race`` starts every racer, waits until all are ready and only then
tells them all to go, so that their work truly overlaps rather than following
the order the processes happened to start in.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
READY = "ready"
# A racer that never becomes ready is a broken test, not a slow machine.
START_TIMEOUT_S = 120
RUN_TIMEOUT_S = 300


@dataclass(frozen=True, slots=True)
class Finished:
    code: int
    out: str
    err: str


def race_calls(*calls: Sequence[str], env: Mapping[str, str] | None = None) -> list[Finished]:
    """Like ``race``, each racer calling a function (``"module:function"``, then its
    string arguments; it returns the exit code) in place of the command line."""
    return race(*(["--call", *call] for call in calls), env=env)


def race(*commands: Sequence[str], env: Mapping[str, str] | None = None) -> list[Finished]:
    """Run each command line (the arguments after ``ryhmat``) in a process of its own,
    all let go at the same moment; what each printed and its exit code."""
    environment = {**os.environ, "RYHMAT_LANGUAGE": "en", **(env or {})}
    racers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.integration.racing", *command],
            cwd=ROOT,
            env=environment,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for command in commands
    ]
    try:
        for racer in racers:
            assert racer.stdout is not None
            line = racer.stdout.readline()
            assert line.strip() == READY, (line, racer.stderr.read() if racer.stderr else "")
        for racer in racers:
            assert racer.stdin is not None
            racer.stdin.write("go\n")
            racer.stdin.flush()
        finished = []
        for racer in racers:
            out, err = racer.communicate(timeout=RUN_TIMEOUT_S)
            finished.append(Finished(racer.returncode, out, err))
        return finished
    finally:
        for racer in racers:
            if racer.poll() is None:
                racer.kill()
                racer.wait()


def _run_when_told(argv: list[str]) -> int:
    if argv[:1] == ["--call"]:
        module, function = argv[1].split(":")
        call = getattr(importlib.import_module(module), function)
        print(READY, flush=True)
        sys.stdin.readline()
        return int(call(*argv[2:]))
    # Everything the command will import is imported before the start, so that
    # both racers begin the command itself at the same moment.
    import ryhmat.cli.commands
    import ryhmat.cli.main
    import ryhmat.cli.retention
    import ryhmat.cli.roster
    import ryhmat.demo
    import ryhmat.export.roster_file
    import ryhmat.storage.database

    print(READY, flush=True)
    sys.stdin.readline()
    return ryhmat.cli.main.main(argv)


if __name__ == "__main__":
    sys.exit(_run_when_told(sys.argv[1:]))
