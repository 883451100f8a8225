"""A command loads what it uses and no more: the real `ryhmat` process, its imports
listed by Python itself (PYTHONPROFILEIMPORTTIME). Loading PySide6 alone costs a
tenth of a second and slows every later import; the workbook, calendar and
migration libraries belong to the commands that use them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ryhmat.cli.main import main
from ryhmat.storage.locations import sqlite_file_url

# Never needed to list what the database holds.
HEAVY_FOR_A_LISTING = (
    "PySide6",
    "shiboken6",
    "openpyxl",
    "icalendar",
    "caldav",
    "alembic",
    "keyring",
    "faker",
    "holidays",
    "requests",
    "ryhmat.preferences",
    "ryhmat.export",
    "ryhmat.demo",
    "ryhmat.ui",
    "ryhmat.app",
)


def imported_by(*argv: str) -> set[str]:
    """The modules the `ryhmat` process imported while it ran ``argv``."""
    command = [str(Path(sys.executable).with_name("ryhmat")), *argv]
    environment = {**os.environ, "RYHMAT_LANGUAGE": "fi", "PYTHONPROFILEIMPORTTIME": "1"}
    done = subprocess.run(command, capture_output=True, text=True, env=environment, check=False)
    assert done.returncode == 0, done.stderr
    return {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }


def loaded(modules: set[str], packages: tuple[str, ...]) -> list[str]:
    return sorted(m for m in modules if m.split(".")[0] in packages or m.startswith(packages))


@pytest.fixture(scope="module")
def small_demo(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = sqlite_file_url(tmp_path_factory.mktemp("imports") / "demo.sqlite3")
    assert main(["--database", url, "demo", "--scale", "small", "--today", "2026-11-23"]) == 0
    return url


def test_the_version_loads_neither_qt_nor_sqlalchemy() -> None:
    modules = imported_by("--version")
    assert "ryhmat.cli.main" in modules
    assert loaded(modules, ("PySide6", "shiboken6", "sqlalchemy")) == []


def test_listing_the_groups_loads_no_qt_and_no_library_of_other_commands(
    small_demo: str,
) -> None:
    modules = imported_by("--database", small_demo, "groups")
    assert "ryhmat.storage.orm" in modules  # it did read the database
    assert loaded(modules, HEAVY_FOR_A_LISTING) == []


def test_the_sessions_of_a_group_as_json_load_no_qt(small_demo: str) -> None:
    modules = imported_by(
        "--database", small_demo, "sessions", "--group", "Avoin päiväkoti Pikkupesä", "--json"
    )
    assert loaded(modules, HEAVY_FOR_A_LISTING) == []
