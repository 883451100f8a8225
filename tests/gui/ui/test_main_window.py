"""The main window on a real SQLite database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from ryhmat.storage.database import Database, open_database
from ryhmat.ui.main_window import MainWindow


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(f"sqlite:///{tmp_path / 'ryhmat.sqlite3'}")
    yield opened
    opened.dispose()


def test_an_empty_database_offers_demo_data_and_loads_it_off_the_gui_thread(
    qtbot: QtBot, database: Database
) -> None:
    window = MainWindow(database.unit_of_work, "test.sqlite3")
    qtbot.addWidget(window)
    window.show()
    assert window.demo_button.isVisible()
    assert "test.sqlite3" in window.statusBar().currentMessage()

    with qtbot.waitSignal(window.demo_loaded, timeout=120_000):
        window.demo_button.click()

    assert not window.demo_button.isVisible()
    with database.unit_of_work() as uow:
        assert len(uow.groups.list()) >= 6


def test_no_command_starts_the_desktop_app_on_the_given_database(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ryhmat.cli.main import main

    shown: list[MainWindow] = []

    def close_the_window() -> None:
        shown.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        for window in shown:
            window.close()
        QApplication.quit()

    QTimer.singleShot(0, close_the_window)
    path = tmp_path / "started.sqlite3"
    assert main(["--database", f"sqlite:///{path}"]) == 0
    assert len(shown) == 1
    qtbot.addWidget(shown[0])
    assert shown[0].demo_button.isVisibleTo(shown[0])
    assert path.exists()
