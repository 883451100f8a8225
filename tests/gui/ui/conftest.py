"""The desktop app as a person starts it: its own settings file and a copy of the demo
database in a data folder of its own (where the automatic backups go)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ryhmat.app import DesktopApp
from ryhmat.preferences import Preferences
from ryhmat.storage.database import open_database
from ryhmat.ui.operations import Operation


@pytest.fixture
def settings(tmp_path: Path) -> Preferences:
    return Preferences.in_file(tmp_path / "settings.ini")


@pytest.fixture
def desktop(
    qtbot: QtBot, database_path: Path, settings: Preferences, tmp_path: Path
) -> Iterator[DesktopApp]:
    with desktop_on(qtbot, f"sqlite:///{database_path}", settings, tmp_path) as app:
        yield app


@contextmanager
def desktop_on(
    qtbot: QtBot, database_url: str, settings: Preferences, tmp_path: Path
) -> Iterator[DesktopApp]:
    """The app on the database, its log in ``tmp_path``; closed and its work ended after."""
    app = DesktopApp(open_database(database_url), settings, str(tmp_path / "ryhmat.log"))
    yield app
    # A start's backup and erasure may still be under way when the test has seen what it
    # wanted: their results arrive here, not in the next test, to a window deleted by then.
    qtbot.waitUntil(lambda: not Operation.under_way(), timeout=60_000)
    # Not given to qtbot: the app itself deletes a window it replaces.
    if app.window is not None:
        app.window.close()
        app.window.deleteLater()
    app.database.dispose()
