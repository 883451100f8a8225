"""RYHMAT_MEASURE_STARTUP: the app says how long its start took and closes (`make bench`
measures the installed app and the bundle by it)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ryhmat import app as desktop_app
from ryhmat.preferences import Preferences
from ryhmat.storage.database import open_database
from ryhmat.ui.startup_report import ENVIRONMENT, StartupReport


def moments(out: str) -> dict[str, float]:
    return {name: float(value) for name, value in (line.split() for line in out.splitlines())}


def test_the_window_shown_and_then_its_calendar_are_reported_and_the_window_closes(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database_url = f"sqlite:///{tmp_path / 'ryhmat.sqlite3'}"
    open_database(database_url).dispose()
    settings = Preferences.in_file(tmp_path / "settings.ini")
    launched = time.monotonic()
    desktop = desktop_app.DesktopApp(
        None, settings, str(tmp_path / "ryhmat.log"), startup_report=StartupReport(launched)
    )
    window = desktop.open_and_start(database_url)
    qtbot.addWidget(window)

    qtbot.waitUntil(lambda: not window.isVisible())

    said = moments(capsys.readouterr().out)
    assert list(said) == ["shown", "ready"]
    assert 0 < said["shown"] <= said["ready"] <= time.monotonic() - launched
    assert window.navigation.isEnabled()  # closed with the views built on the database
    desktop.stop()


def started_with(tmp_path: Path, value: str, *argv: str) -> subprocess.CompletedProcess[str]:
    """The `ryhmat` program with the variable set, in folders of the test's own."""
    environment = {
        **os.environ,
        ENVIRONMENT: value,
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    database = f"sqlite:///{tmp_path / 'ryhmat.sqlite3'}"
    return subprocess.run(
        [sys.executable, "-m", "ryhmat", "--database", database, *argv],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def test_the_program_started_with_the_launch_moment_reports_it(tmp_path: Path) -> None:
    done = started_with(tmp_path, repr(time.monotonic()))
    assert done.returncode == 0, done.stderr
    said = moments(done.stdout)
    assert list(said) == ["shown", "ready"]
    assert 0 < said["shown"] <= said["ready"]


def test_a_value_that_is_not_a_moment_measures_nothing(tmp_path: Path) -> None:
    done = started_with(tmp_path, "eilen", "--close-after", "0")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "Ryhmät\n"  # --close-after's line alone
