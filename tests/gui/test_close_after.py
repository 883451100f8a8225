"""`ryhmat --close-after SECONDS`: the window closes itself and says what it showed, so that
an installation can be checked where no one looks at the screen (packaging/smoke_test.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ryhmat import app as desktop_app
from ryhmat.cli.main import main
from ryhmat.preferences import Preferences
from ryhmat.storage.database import open_database
from tests.integration.cli.in_process import run


@pytest.fixture
def user_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The settings and the log in the test's folder; no language chosen (Finnish)."""
    monkeypatch.delenv("RYHMAT_LANGUAGE", raising=False)
    monkeypatch.setattr(
        Preferences, "of_user", staticmethod(lambda: Preferences.in_file(tmp_path / "settings.ini"))
    )
    monkeypatch.setattr(desktop_app, "log_dir", lambda: tmp_path / "logs")
    return tmp_path


def test_the_window_opened_says_its_title_and_the_view_it_shows_and_closes(
    qtbot: QtBot, user_folders: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database_url = f"sqlite:///{user_folders / 'ryhmat.sqlite3'}"
    open_database(database_url).dispose()
    desktop = desktop_app.DesktopApp(None, Preferences.of_user(), str(user_folders / "ryhmat.log"))
    window = desktop.open_and_start(database_url)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.navigation.isEnabled)

    desktop.close_and_say_what_shows()

    assert capsys.readouterr().out == "Ryhmät: Calendar\n"
    assert not window.isVisible()
    desktop.stop()


def test_the_command_line_closes_the_window_after_the_seconds_in_finnish(
    qtbot: QtBot, user_folders: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = user_folders / "ryhmat.sqlite3"

    # No time to open the database: the window says its title alone, and the app ends.
    code, out, err = run(capsys, "--database", f"sqlite:///{database}", "--close-after", "0")

    assert (code, out, err) == (0, "Ryhmät\n", "")


@pytest.mark.parametrize("seconds", ["nan", "-1", "kymmenen", "86401"])
def test_seconds_that_are_not_a_time_to_wait_are_refused(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, seconds: str
) -> None:
    monkeypatch.delenv("RYHMAT_LANGUAGE", raising=False)
    code = main(["--close-after", seconds])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == "ryhmat: argument --close-after: anna sekunnit lukuna 0–86400\n"
