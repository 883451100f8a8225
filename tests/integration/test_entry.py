"""The program's entry (ryhmat.entry): Python's garbage collector waits while a `ryhmat`
process loads, and what was loaded is frozen out of later collections. Each case is a
real process, started as `python -m ryhmat` is, that reports at exit."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest

from ryhmat.cli.main import main
from ryhmat.storage.locations import sqlite_file_url
from ryhmat.ui.startup_report import ENVIRONMENT

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
    """(collector on as the mapping loaded, objects frozen, collector on at exit). A
    window closes itself once its calendar shows (ryhmat.ui.startup_report)."""
    environment = {
        **os.environ,
        "RYHMAT_LANGUAGE": "fi",
        "QT_QPA_PLATFORM": "offscreen",
        ENVIRONMENT: repr(time.monotonic()),
    }
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
    during, frozen, after = started("--database", small_demo)
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


def test_what_was_frozen_is_collected_again_once_the_window_is_replaced() -> None:
    frozen_and_thawed = subprocess.run(
        [
            sys.executable,
            "-c",
            "import gc\n"
            "from ryhmat.entry import end_of_loading, start_loading, thaw_what_was_loaded\n"
            "start_loading(); end_of_loading()\n"
            "frozen = gc.get_freeze_count()\n"
            "thaw_what_was_loaded()\n"
            "print(frozen > 0, gc.get_freeze_count(), gc.isenabled())",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert frozen_and_thawed.stdout.split() == ["True", "0", "True"]
