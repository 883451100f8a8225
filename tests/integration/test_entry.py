"""The program's entry (ryhmat.entry): Python's garbage collector waits while a `ryhmat`
process loads, and what was loaded is frozen out of later collections. Each case is a
real process, started as `python -m ryhmat` is, that reports at exit."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from ryhmat.cli.main import main
from ryhmat.storage.locations import sqlite_file_url

# Run as the process's program: notes whether the collector ran as the mapping of the
# tables loaded, and at exit how many objects were frozen and whether it runs again.
REPORTING_START = """
import atexit, gc, json, sys
loading_collected = []
sys.addaudithook(
    lambda event, args: event == "import" and args[0] == "ryhmat.storage.orm"
    and loading_collected.append(gc.isenabled())
)
atexit.register(lambda: print(
    "report", json.dumps([loading_collected, gc.get_freeze_count(), gc.isenabled()]),
    file=sys.stderr,
))
sys.argv = ["ryhmat", *sys.argv[1:]]
from ryhmat.entry import run
sys.exit(run())
"""


def started(*argv: str) -> tuple[list[bool], int, bool]:
    """(collector on as the mapping loaded, objects frozen, collector on at exit)."""
    environment = {**os.environ, "RYHMAT_LANGUAGE": "fi", "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", REPORTING_START, *argv],
        capture_output=True,
        text=True,
        env=environment,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (report,) = [line for line in done.stderr.splitlines() if line.startswith("report ")]
    during, frozen, after = json.loads(report.removeprefix("report "))
    return during, frozen, after


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = sqlite_file_url(tmp_path_factory.mktemp("entry") / "demo.sqlite3")
    assert main(["--database", url, "demo", "--scale", "small", "--today", "2026-11-23"]) == 0
    return url


def test_a_command_loads_with_the_collector_waiting_and_collects_once_the_database_is_open(
    small_demo: str,
) -> None:
    during, frozen, after = started("--database", small_demo, "groups")
    assert during == [False]
    assert frozen > 10_000  # SQLAlchemy and the mapping, set aside
    assert after


def test_the_window_loads_with_the_collector_waiting_and_freezes_once_its_views_show(
    small_demo: str,
) -> None:
    during, frozen, after = started("--database", small_demo, "--close-after", "1")
    assert during == [False]
    assert frozen > 10_000
    # The window's own collector (ryhmat.ui.garbage) gave collection back as it ended.
    assert after


def test_a_command_that_opens_no_database_still_runs() -> None:
    during, frozen, _after = started("--version")
    assert (during, frozen) == ([], 0)  # nothing loaded, nothing to set aside


def test_calling_main_in_another_program_leaves_its_collector_alone(small_demo: str) -> None:
    import gc

    before = (gc.isenabled(), gc.get_freeze_count())
    assert main(["--database", small_demo, "groups"]) == 0
    assert (gc.isenabled(), gc.get_freeze_count()) == before
