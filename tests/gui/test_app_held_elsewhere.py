"""One window per database file: a second app on a file another app holds says so,
and opens it read-only or quits; the command line writes beside a window."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.exceptions import TimeoutError as WaitTimedOut
from pytestqt.qtbot import QtBot

from ryhmat.app import DesktopApp
from ryhmat.database_lock import DatabaseLock
from ryhmat.domain.model import Organisation
from ryhmat.domain.usecases.groups import list_groups
from ryhmat.domain.usecases.places import list_organisations, save_organisation
from ryhmat.domain.usecases.workers import list_workers
from ryhmat.i18n import load_language, translate
from ryhmat.preferences import Preferences
from ryhmat.storage.locations import sqlite_file_url
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import READ_ONLY, ReadOnlyError
from ryhmat.ui.main_window import MainWindow
from ryhmat.ui.operations import Operation
from ryhmat.ui.people.worker_editors import WorkerEditor
from ryhmat.ui.people.workers_page import WorkersPage
from tests.gui.person import (
    CONTROL,
    WAIT_MS,
    answer,
    button_text,
    click,
    enter,
    escape,
    no_question,
    press,
    question,
    type_over,
    wait_closed,
    wait_closed_and_back,
)
from tests.integration.database_lock_holder import ROOT, let_go, lock_held

READ_ONLY_TITLE = "Ryhmät (read-only)"
# The app's start-up: the window, then the database opened in the background.
START_MS = 60_000

Start = Callable[[Path], DesktopApp]


@pytest.fixture
def start(qtbot: QtBot, tmp_path: Path) -> Iterator[Start]:
    """Start the desktop app on a file as ``ryhmat --database`` does, without its
    event loop (the test's runs); each is stopped after the test as the app stops."""
    started: list[DesktopApp] = []

    def start_on(path: Path) -> DesktopApp:
        settings = Preferences.in_file(tmp_path / f"settings{len(started)}.ini")
        desktop = DesktopApp(None, settings, str(tmp_path / "ryhmat.log"))
        started.append(desktop)
        desktop.open_and_start(sqlite_file_url(path))
        return desktop

    yield start_on
    qtbot.waitUntil(lambda: not Operation.under_way(), timeout=START_MS)
    for desktop in started:
        if desktop.window is not None:
            desktop.window.close()
            desktop.window.deleteLater()
        desktop.stop()
    # Every window these apps made is deleted now, not in some later test's event loop:
    # there a widget of theirs whose Python half is gone failed that test.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def opened_window(qtbot: QtBot, desktop: DesktopApp) -> MainWindow:
    """The window once its views are built on the opened database."""
    try:
        qtbot.waitUntil(
            lambda: desktop.window is not None and desktop.window.navigation.isEnabled(),
            timeout=START_MS,
        )
    except WaitTimedOut as timed_out:
        # What stands in the way, if anything does: a question or a message shown.
        shown = [
            f"{w.objectName()}: {w.text()}" if isinstance(w, QMessageBox) else w.objectName()
            for w in QApplication.topLevelWidgets()
            if w.isVisible()
        ]
        raise AssertionError(f"no window; shown: {shown}") from timed_out
    assert desktop.window is not None
    return desktop.window


def held_question(qtbot: QtBot) -> QMessageBox:
    box = question(qtbot)
    assert box.objectName() == "heldElsewhere"
    return box


def contents(path: Path) -> list[str]:
    """Everything the database holds, as SQL, read without writing a byte."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        return list(connection.iterdump())


def lock_is_free(path: Path) -> bool:
    lock = DatabaseLock.of_url(sqlite_file_url(path))
    assert lock is not None
    taken = lock.take()
    if taken:
        lock.release()
    return taken


def test_a_database_open_in_another_app_opens_read_only_and_saves_nothing(
    qtbot: QtBot, start: Start, database_path: Path
) -> None:
    before = contents(database_path)
    with lock_held(database_path) as holder:
        desktop = start(database_path)
        box = held_question(qtbot)
        assert box.text() == "The database ryhmat.sqlite3 is already open in another Ryhmät window."
        assert str(database_path.parent) not in box.text() + box.informativeText()
        assert [button_text(b) for b in box.buttons()] == ["Open read-only", "Quit"]
        enter(qtbot)  # the default: open read-only
        wait_closed_and_back(qtbot, box)
        window = opened_window(qtbot, desktop)
        assert window.windowTitle() == READ_ONLY_TITLE
        qtbot.waitUntil(window.read_only_label.isVisible, timeout=WAIT_MS)
        assert window.read_only_label.text() == (
            "Read-only: the database is open in another window"
        )
        assert not window.new_item_action.isEnabled()
        assert not window.restore_action.isEnabled()

        with pytest.raises(ReadOnlyError) as refused:
            window.context.write(
                lambda uow: save_organisation(uow, Organisation(name="Seurakunta")),
                Changes.WORKERS,
            )
        assert refused.value.message() == READ_ONLY
        window.load_demo()  # a long save, as an Operation: refused before it runs
        box = question(qtbot)
        assert box.objectName() == "errorMessage"
        assert box.text() == READ_ONLY
        answer(qtbot, box, "OK")
        assert "Seurakunta" not in [o.name for o in window.context.read(list_organisations)]
        assert contents(database_path) == before

        # A read-only window takes no lock: the file is free once the other app lets go.
        let_go(holder)
        assert lock_is_free(database_path)
    assert contents(database_path) == before
    # Once the other app has closed, opening the file again makes this window its writer.
    desktop.switch_database(str(database_path))
    assert no_question()
    assert desktop.window is not None
    assert desktop.window.windowTitle() == "Ryhmät"
    assert not lock_is_free(database_path)


def test_escape_quits_and_opens_nothing(qtbot: QtBot, start: Start, database_path: Path) -> None:
    before = contents(database_path)
    with lock_held(database_path):
        desktop = start(database_path)
        held_question(qtbot)
        window = desktop.window
        assert window is not None
        escape(qtbot)
        wait_closed(qtbot, window)
        assert not window.navigation.isEnabled()  # no database was opened
        assert not lock_is_free(database_path)  # still the other app's
    assert contents(database_path) == before


def test_the_lock_is_taken_while_the_window_works_and_let_go_when_it_closes(
    qtbot: QtBot, start: Start, database_path: Path
) -> None:
    desktop = start(database_path)
    window = opened_window(qtbot, desktop)
    assert window.windowTitle() == "Ryhmät"
    assert window.findChild(QLabel, "readOnlyNote") is None
    assert no_question()
    assert not lock_is_free(database_path)
    # A second app on the file, through another path to it (a symbolic link):
    # it is asked, as a person starting Ryhmät twice would be.
    linked = database_path.parent.parent / "linkki.sqlite3"
    linked.symlink_to(database_path)
    second = start(linked)
    held_question(qtbot)
    escape(qtbot)
    assert second.window is not None
    wait_closed(qtbot, second.window)
    # The window's own file opened again through the link: its own lock, kept.
    desktop.switch_database(str(linked))
    assert no_question()
    assert desktop.window is not None
    assert desktop.window is not window
    assert desktop.window.windowTitle() == "Ryhmät"
    assert not lock_is_free(database_path)

    closed = desktop.window
    closed.close()
    desktop.stop()  # as the app does once its window has closed
    closed.deleteLater()
    assert lock_is_free(database_path)


def test_a_lock_left_by_a_killed_app_is_cleared(
    qtbot: QtBot, start: Start, database_path: Path, tmp_path: Path
) -> None:
    lock = DatabaseLock.of_url(sqlite_file_url(database_path))
    assert lock is not None
    said = tmp_path / "first-app.txt"
    with said.open("w") as output:
        first = subprocess.Popen(
            [sys.executable, "-m", "ryhmat", "--database", sqlite_file_url(database_path)],
            cwd=ROOT,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            stdout=output,
            stderr=output,
        )
    try:
        try:
            qtbot.waitUntil(
                lambda: lock.path.exists() or first.poll() is not None, timeout=START_MS
            )
        except WaitTimedOut as timed_out:
            raise AssertionError(f"no lock taken; the app said: {said.read_text()}") from timed_out
        assert first.poll() is None, said.read_text()
        assert not lock_is_free(database_path)
    finally:
        first.kill()  # SIGKILL: the app cannot let go of its lock
        first.wait(timeout=60)
    assert lock.path.exists()

    desktop = start(database_path)
    window = opened_window(qtbot, desktop)
    assert no_question()
    assert window.windowTitle() == "Ryhmät"
    window.context.write(
        lambda uow: save_organisation(uow, Organisation(name="Seurakunta")),
        Changes.WORKERS,
    )
    assert "Seurakunta" in [o.name for o in window.context.read(list_organisations)]
    assert not lock_is_free(database_path)


def test_switching_to_a_database_another_app_holds_asks_first(
    qtbot: QtBot, start: Start, database_path: Path, tmp_path: Path
) -> None:
    own = tmp_path / "oma.sqlite3"
    desktop = start(own)
    window = opened_window(qtbot, desktop)
    before = contents(database_path)
    with lock_held(database_path):
        desktop.switch_database(str(database_path))
        box = held_question(qtbot)
        assert [button_text(b) for b in box.buttons()] == ["Open read-only", "Cancel"]
        escape(qtbot)
        qtbot.waitUntil(no_question, timeout=WAIT_MS)
        assert desktop.window is window
        assert desktop.database.display_name == str(own)

        desktop.switch_database(str(database_path))
        held_question(qtbot)
        enter(qtbot)
        qtbot.waitUntil(lambda: desktop.window is not window, timeout=WAIT_MS)
        switched = opened_window(qtbot, desktop)
        assert switched.windowTitle() == READ_ONLY_TITLE
        assert switched.context.read(list_groups)  # the demo's groups, shown
        # The file left behind is let go; the file held elsewhere is not taken.
        assert lock_is_free(own)
    assert lock_is_free(database_path)
    assert contents(database_path) == before


def test_the_command_line_writes_beside_the_window(
    qtbot: QtBot, start: Start, tmp_path: Path
) -> None:
    path = tmp_path / "tyhja.sqlite3"
    desktop = start(path)
    window = opened_window(qtbot, desktop)
    assert window.context.read(list_groups) == []
    done = subprocess.run(
        [sys.executable, "-m", "ryhmat", "--database", sqlite_file_url(path), "demo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert window.context.read(list_groups)  # the window reads what the command wrote
    assert not lock_is_free(path)  # and still holds the file


def test_a_worker_saved_in_a_read_only_window_is_refused_with_the_message(
    qtbot: QtBot, start: Start, database_path: Path
) -> None:
    before = contents(database_path)
    with lock_held(database_path):
        desktop = start(database_path)
        box = held_question(qtbot)
        enter(qtbot)
        wait_closed_and_back(qtbot, box)
        window = opened_window(qtbot, desktop)
        workers_before = window.context.read(list_workers)
        press(qtbot, Qt.Key.Key_3, CONTROL)  # Workers and pairs
        page = window.findChild(WorkersPage)
        assert isinstance(page, WorkersPage)
        qtbot.waitUntil(page.isVisible, timeout=WAIT_MS)
        press(qtbot, Qt.Key.Key_N, CONTROL)  # New in this view: not offered here
        assert page.editor is None
        # Add… still opens the form; its Save is refused with the one message.
        click(qtbot, page.workers.add_button)
        editor = page.editor
        assert isinstance(editor, WorkerEditor)
        qtbot.waitUntil(editor.isVisible, timeout=WAIT_MS)
        type_over(qtbot, editor.name, "Aino Virtanen")
        press(qtbot, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # &Save
        qtbot.waitUntil(editor.error.isVisible, timeout=WAIT_MS)
        assert editor.error.text() == READ_ONLY
        assert editor.isVisible()
        assert window.context.read(list_workers) == workers_before
        escape(qtbot)
        if not no_question():  # the form asks before dropping what was typed
            answer(qtbot, question(qtbot), "Discard changes")
    assert contents(database_path) == before


def test_the_question_and_the_read_only_window_speak_finnish(
    qtbot: QtBot, start: Start, database_path: Path
) -> None:
    load_language("fi")
    with lock_held(database_path):
        desktop = start(database_path)
        box = held_question(qtbot)
        assert box.text() == "Tietokanta ryhmat.sqlite3 on jo auki toisessa Ryhmät-ikkunassa."
        assert box.informativeText().startswith("Vain yksi ikkuna kerrallaan")
        assert [button_text(b) for b in box.buttons()] == ["Avaa vain luku -tilassa", "Lopeta"]
        enter(qtbot)
        window = opened_window(qtbot, desktop)
        assert window.windowTitle() == "Ryhmät (vain luku)"
        assert window.read_only_label.text() == "Vain luku: tietokanta on auki toisessa ikkunassa"
        with pytest.raises(ReadOnlyError) as refused:
            window.context.perform(lambda _services: None, Changes.WORKERS)
        assert refused.value.message(translate) == (
            "Tietokanta on auki toisessa Ryhmät-ikkunassa, ja tämä ikkuna on vain luku "
            "-tilassa. Mitään ei tallennettu; tee muutos toisessa ikkunassa."
        )
