"""The main window: navigation, settings, the empty-database offer, backup, language."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ryhmat import demo
from ryhmat.app import DesktopApp
from ryhmat.desktop_database import OpenDatabase
from ryhmat.domain.usecases.groups import list_groups
from ryhmat.preferences import (
    ACTOR,
    KEEP_BACKUPS,
    LANGUAGE,
    WINDOW_GEOMETRY,
    WINDOW_VIEW,
    Preferences,
)
from ryhmat.storage.database import Database, open_database
from ryhmat.ui.context import AppContext
from ryhmat.ui.main_window import MainWindow

PAGE_COUNT = 7


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    opened = open_database(f"sqlite:///{tmp_path / 'ryhmat.sqlite3'}")
    yield opened
    opened.dispose()


def make_window(
    qtbot: QtBot, context: AppContext, database: Database, settings: Preferences
) -> MainWindow:
    window = MainWindow(context, OpenDatabase(database), settings)
    qtbot.addWidget(window)
    window.show()
    # Shortcuts reach only the active window.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_the_navigation_has_every_view_and_ctrl_digits_reach_them(
    qtbot: QtBot, empty_context: AppContext, database: Database, settings: Preferences
) -> None:
    window = make_window(qtbot, empty_context, database, settings)
    names = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert names == [
        "Calendar",
        "Groups",
        "Workers and pairs",
        "Families",
        "Statistics",
        "Calendar feeds",
        "Settings",
    ]
    assert window.stack.count() == PAGE_COUNT
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentIndex() == 3
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.stack.currentIndex() == 4


def test_size_and_last_view_are_remembered(
    qtbot: QtBot, empty_context: AppContext, database: Database, settings: Preferences
) -> None:
    window = make_window(qtbot, empty_context, database, settings)
    window.resize(1100, 700)
    window.show_view(2)
    window.close()
    again = make_window(qtbot, empty_context, database, settings)
    assert again.stack.currentIndex() == 2
    # Qt fits a restored window to its screen; the offscreen screen is 800 px wide.
    assert again.height() == 700
    assert again.width() >= min(1100, again.minimumSizeHint().width())


def test_settings_that_cannot_be_read_are_the_defaults_and_no_error(
    qtbot: QtBot, empty_context: AppContext, database: Database, tmp_path: Path
) -> None:
    """A settings file edited by hand, or written by another program."""
    raw = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    raw.setValue(WINDOW_VIEW.key, "kolmas")
    raw.setValue(WINDOW_GEOMETRY.key, "leveä")
    raw.setValue(KEEP_BACKUPS.key, "kymmenen")
    raw.setValue(ACTOR.key, ["Anna", "Aalto"])
    raw.setValue(LANGUAGE.key, ["sv"])
    raw.sync()
    window = make_window(
        qtbot, empty_context, database, Preferences.in_file(tmp_path / "settings.ini")
    )
    assert window.stack.currentIndex() == 0
    assert window.settings_page.keep_backups.value() == 10
    assert window.data_protection.actor.currentIndex() == 0  # the login name


def test_an_empty_database_offers_demo_data_and_loads_it_off_the_gui_thread(
    qtbot: QtBot,
    empty_context: AppContext,
    database: Database,
    settings: Preferences,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    loaders: list[threading.Thread] = []
    load = demo.load_into_empty

    def load_noting_the_thread(*args: Any, **kwargs: Any) -> Any:
        loaders.append(threading.current_thread())
        return load(*args, **kwargs)

    monkeypatch.setattr(demo, "load_into_empty", load_noting_the_thread)
    window = make_window(qtbot, empty_context, database, settings)
    assert window.banner.isVisible()
    with qtbot.waitSignal(window.demo_loaded, timeout=120_000):
        qtbot.mouseClick(window.demo_button, Qt.MouseButton.LeftButton)
        assert not window.demo_button.isEnabled()  # the window waits, not the GUI thread
    assert len(loaders) == 1
    assert loaders[0] is not threading.main_thread()
    assert not window.banner.isVisible()
    assert len(empty_context.read(list_groups)) >= 6


def test_back_up_writes_a_copy_of_the_database(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path, settings: Preferences
) -> None:
    source = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    try:
        window = make_window(qtbot, demo_context, source, settings)
        target = tmp_path / "varmuuskopio.sqlite3"
        with qtbot.waitSignal(window.back_up(target).succeeded):
            pass
        assert "varmuuskopio.sqlite3" in window.statusBar().currentMessage()
    finally:
        source.dispose()
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT count(*) FROM groups").fetchone() == (8,)


def test_switching_the_language_rebuilds_the_window_in_that_language(
    qtbot: QtBot, database: Database, settings: Preferences, tmp_path: Path
) -> None:
    desktop = DesktopApp(database, settings, str(tmp_path / "ryhmat.log"))
    first = desktop.show()
    qtbot.addWidget(first)
    first.show_view(6)
    desktop.switch_language("sv")
    second = desktop.window
    assert second is not None
    qtbot.addWidget(second)
    assert second is not first
    assert second.navigation.item(0).text() == "Kalender"
    assert second.stack.currentIndex() == 6
    assert settings[LANGUAGE] == "sv"
    desktop.switch_language("fi")
    assert desktop.window is not None
    qtbot.addWidget(desktop.window)
    assert desktop.window.navigation.item(0).text() == "Kalenteri"


def test_opening_another_database_file_switches_to_it(
    qtbot: QtBot, database: Database, settings: Preferences, tmp_path: Path
) -> None:
    desktop = DesktopApp(database, settings, str(tmp_path / "ryhmat.log"))
    qtbot.addWidget(desktop.show())
    other = tmp_path / "toinen.sqlite3"
    desktop.switch_database(str(other))
    assert desktop.window is not None
    qtbot.addWidget(desktop.window)
    assert other.exists()
    assert str(other) in desktop.window.database_label.text()
    desktop.database.dispose()


def test_a_file_that_is_not_a_database_is_refused_and_the_old_one_kept(
    qtbot: QtBot, database: Database, settings: Preferences, tmp_path: Path
) -> None:
    desktop = DesktopApp(database, settings, str(tmp_path / "ryhmat.log"))
    window = desktop.show()
    qtbot.addWidget(window)
    junk = tmp_path / "kuva.sqlite3"
    junk.write_bytes(b"\x89PNG not a database at all" * 100)
    desktop.switch_database(str(junk))
    assert desktop.window is window
    assert desktop.database is database
    # Only the showing one: an earlier test's closed message may not be deleted yet.
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "errorMessage" and w.isVisible()
    ]
    assert len(boxes) == 1
    boxes[0].close()


def test_no_command_starts_the_desktop_app_on_the_given_database(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QTimer

    from ryhmat.cli.main import main

    shown: list[MainWindow] = []
    frames: list[bool] = []

    def close_the_window() -> None:
        shown.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        for window in shown:
            window.close()
        QApplication.quit()

    opened = DesktopApp._opened

    def opened_then_close(desktop: DesktopApp, database: Any) -> None:
        # The window was shown before the database was open, saying it is opening.
        assert desktop.window is not None
        frames.append(desktop.window.isVisible() and desktop.window.opening.isVisible())
        opened(desktop, database)
        QTimer.singleShot(0, close_the_window)

    monkeypatch.setattr(DesktopApp, "_opened", opened_then_close)
    # Quit only by the call above: closing the last window would also post a quit,
    # which, handled after the app's event loop has ended, ends every later test's
    # event loop at once.
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    path = tmp_path / "started.sqlite3"
    try:
        assert main(["--database", f"sqlite:///{path}"]) == 0
    finally:
        app.setQuitOnLastWindowClosed(True)
    assert frames == [True]
    assert len(shown) == 1
    qtbot.addWidget(shown[0])
    assert shown[0].banner.isVisibleTo(shown[0])
    assert path.exists()


def test_the_window_with_its_calendar_starts_without_the_export_libraries(tmp_path: Path) -> None:
    """openpyxl and the CalDAV client take most of a second to import: the families,
    statistics and feeds views bring them when first shown, never the start; nor does
    it load Alembic (the database is at its head), the keyring or the demo's names."""
    open_database(f"sqlite:///{tmp_path / 'start.sqlite3'}").dispose()  # made and migrated
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ryhmat.desktop_database import OpenDatabase\n"
        "from ryhmat.storage.database import open_database\n"
        "from ryhmat.ui.context import AppContext\n"
        "from ryhmat.preferences import Preferences\n"
        "from ryhmat.ui.main_window import MainWindow\n"
        f"database = open_database('sqlite:///{tmp_path / 'start.sqlite3'}')\n"
        f"settings = Preferences.in_file(Path('{tmp_path / 'settings.ini'}'))\n"
        "window = MainWindow(AppContext(database.unit_of_work), OpenDatabase(database), settings)\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(json.dumps(sorted(name.split('.')[0] for name in sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[3],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    loaded = set(json.loads(done.stdout.splitlines()[-1]))
    assert "ryhmat" in loaded
    heavy = {"openpyxl", "caldav", "icalendar", "alembic", "keyring", "faker", "holidays"}
    assert heavy & loaded == set()
