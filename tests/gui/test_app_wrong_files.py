"""File → Open on the wrong file: the app says why and keeps the database it has open."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from ryhmat.app import DesktopApp
from ryhmat.preferences import Preferences
from ryhmat.storage.database import Database, open_database
from ryhmat.storage.locations import sqlite_file_url


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(f"sqlite:///{tmp_path / 'ryhmat.sqlite3'}")
    yield opened
    opened.dispose()


def test_opening_a_file_that_is_not_a_database_shows_why_and_changes_nothing(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    settings = Preferences.in_file(tmp_path / "settings.ini")
    desktop = DesktopApp(database, settings, str(tmp_path / "ryhmat.log"))
    window = desktop.show()
    qtbot.addWidget(window)
    notes = tmp_path / "muistio.sqlite3"
    notes.write_text("Perhekahvila ti 9.30\n", encoding="utf-8")
    before = (notes.read_bytes(), notes.stat().st_mtime_ns)

    desktop.switch_database(str(notes))

    box = window.findChild(QMessageBox, "errorMessage")
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.text() == f"The file {notes} is not a Ryhmät database. The file was not changed."
    assert desktop.window is window
    assert desktop.database is database
    assert (notes.read_bytes(), notes.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.glob("muistio*")) == ["muistio.sqlite3"]
    box.accept()


def test_opening_a_database_with_a_trigger_added_shows_why_and_changes_nothing(
    qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    settings = Preferences.in_file(tmp_path / "settings.ini")
    desktop = DesktopApp(database, settings, str(tmp_path / "ryhmat.log"))
    window = desktop.show()
    qtbot.addWidget(window)
    # A name with "?" and "#": File → Open opens exactly that file.
    crafted = tmp_path / "kollegan?kopio#1.sqlite3"
    open_database(sqlite_file_url(crafted)).dispose()
    with closing(sqlite3.connect(crafted)) as connection:
        connection.execute(
            "CREATE TRIGGER forget AFTER INSERT ON audit_entries "
            "BEGIN DELETE FROM audit_entries; END"
        )
    before = (crafted.read_bytes(), crafted.stat().st_mtime_ns)

    desktop.switch_database(str(crafted))

    box = window.findChild(QMessageBox, "errorMessage")
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.text().startswith(f"The database {crafted} has been changed outside Ryhmät")
    assert desktop.window is window
    assert desktop.database is database
    assert (crafted.read_bytes(), crafted.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.glob("kollegan*")) == [crafted.name]
    box.accept()


def test_starting_on_a_file_that_is_not_a_database_says_why_in_the_window_and_ends(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ryhmat import app as desktop_app
    from ryhmat.ui.main_window import MainWindow

    notes = tmp_path / "muistio.sqlite3"
    notes.write_text("Perhekahvila ti 9.30\n", encoding="utf-8")
    before = (notes.read_bytes(), notes.stat().st_mtime_ns)
    monkeypatch.setattr(
        Preferences, "of_user", staticmethod(lambda: Preferences.in_file(tmp_path / "settings.ini"))
    )
    monkeypatch.setattr(desktop_app, "log_dir", lambda: tmp_path / "logs")
    said: list[str] = []
    shown_whole: list[bool] = []
    failed = desktop_app.DesktopApp._opening_failed

    def answer_the_message(desktop: desktop_app.DesktopApp, error: Any) -> None:
        failed(desktop, error)
        window = desktop.window
        assert isinstance(window, MainWindow)
        box = window.findChild(QMessageBox, "errorMessage")
        assert isinstance(box, QMessageBox)
        said.extend([box.text(), window.opening_label.text()])
        label, layout = window.opening_label, window.opening.layout()
        assert layout is not None
        layout.activate()
        # Said whole where the views would be, not cut off above and below.
        shown_whole.append(label.height() >= label.heightForWidth(label.width()))
        QTimer.singleShot(0, box.accept)  # closing the message closes the window

    monkeypatch.setattr(desktop_app.DesktopApp, "_opening_failed", answer_the_message)
    application = QApplication.instance()
    assert isinstance(application, QApplication)
    # The window is closed by the app; its own quit ends the event loop.
    assert desktop_app.run_gui(f"sqlite:///{notes}") == 0
    # run_gui speaks the language of the settings: Finnish when none is chosen.
    message = f"Tiedosto {notes} ei ole Ryhmät-tietokanta. Tiedostoa ei muutettu."
    assert said == [message, message]
    assert shown_whole == [True]
    assert (notes.read_bytes(), notes.stat().st_mtime_ns) == before
    assert not [
        w for w in application.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]
