"""An unexpected error is logged, shown, and the app keeps running."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import Family, Member, MemberKind
from ryhmat.domain.usecases.groups import list_groups
from ryhmat.storage.database import open_database
from ryhmat.storage.failures import UNAVAILABLE_FILE
from ryhmat.ui.context import AppContext
from ryhmat.ui.crash import LOG_FILE, CrashReporter, PrivateLogHandler

PHONE = "040 765 4321"


def shown_report() -> QMessageBox:
    boxes = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "unexpectedError" and w.isVisible()
    ]
    assert len(boxes) == 1
    return boxes[0]


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_is_logged_shown_and_survived(qtbot: QtBot, tmp_path: Path) -> None:
    reporter = CrashReporter(tmp_path / "logs")
    reporter.install()
    try:
        said = "kaboom in a slot"

        def fail() -> None:
            raise RuntimeError(said)

        with qtbot.waitSignal(reporter.reported):
            QTimer.singleShot(0, fail)
        log = reporter.log_path.read_text(encoding="utf-8")
        assert "Traceback" in log
        assert "in fail" in log
        # Which error, not what it said: a message may quote a family's data.
        assert "builtins.RuntimeError (message withheld)" in log
        assert "kaboom" not in log
        box = shown_report()
        assert str(reporter.log_path) in box.text()
        box.close()

        still_running: list[bool] = []
        QTimer.singleShot(0, lambda: still_running.append(True))
        qtbot.waitUntil(lambda: still_running == [True])
    finally:
        reporter.uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_worker_thread_is_shown_on_the_gui_thread(
    qtbot: QtBot, tmp_path: Path
) -> None:
    reporter = CrashReporter(tmp_path / "logs")
    reporter.install()
    try:
        said = "kaboom in a thread"

        def fail() -> None:
            raise ValueError(said)

        with qtbot.waitSignal(reporter.reported):
            worker = threading.Thread(target=fail)
            worker.start()
            worker.join()
        log = reporter.log_path.read_text(encoding="utf-8")
        assert "builtins.ValueError (message withheld)" in log
        assert "kaboom" not in log
        shown_report().close()
    finally:
        reporter.uninstall()


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.qt_no_exception_capture
def test_an_error_quoting_a_family_leaves_no_personal_data_in_the_log(
    qtbot: QtBot, tmp_path: Path
) -> None:
    family = Family(
        name="Virtanen",
        phone=PHONE,
        notes="muutto keväällä",
        members=[Member(first_name="Aino", kind=MemberKind.ADULT)],
    )
    reporter = CrashReporter(tmp_path / "logs")
    reporter.install()
    try:

        def fail() -> None:
            try:
                raise KeyError(family)  # a repr, as a careless message would quote it
            except KeyError as error:
                raise RuntimeError(f"saving {family.name}, {family.phone} failed") from error

        with qtbot.waitSignal(reporter.reported):
            QTimer.singleShot(0, fail)
        log = reporter.log_path.read_text(encoding="utf-8")
        assert "builtins.KeyError (message withheld)" in log
        assert "builtins.RuntimeError (message withheld)" in log
        for personal in (PHONE, "Virtanen", "Aino", "muutto"):
            assert personal not in log
            assert personal not in repr(family)
        shown_report().close()
    finally:
        reporter.uninstall()


def test_the_log_is_its_owners_alone_also_when_it_was_made_readable_before(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    loose = [folder / LOG_FILE, folder / f"{LOG_FILE}.1"]
    for path in loose:
        path.write_text("vanha\n", encoding="utf-8")
        os.chmod(path, 0o644)

    handler = PrivateLogHandler(folder / LOG_FILE)
    try:
        assert mode(folder) == 0o700
        assert [mode(path) for path in loose] == [0o600, 0o600]
        handler.doRollover()  # a full log moves aside and a new one begins
        assert sorted(p.name for p in folder.iterdir()) == [
            LOG_FILE,
            f"{LOG_FILE}.1",
            f"{LOG_FILE}.2",
        ]
        assert {mode(path) for path in folder.iterdir()} == {0o600}
    finally:
        handler.close()


def test_a_new_log_folder_and_file_are_private(tmp_path: Path) -> None:
    old_umask = os.umask(0o022)
    try:
        handler = PrivateLogHandler(tmp_path / "state" / "logs" / LOG_FILE)
    finally:
        os.umask(old_umask)
    try:
        assert mode(tmp_path / "state" / "logs") == 0o700
        assert mode(tmp_path / "state" / "logs" / LOG_FILE) == 0o600
    finally:
        handler.close()


@pytest.mark.qt_no_exception_capture
def test_a_storage_failure_no_view_caught_is_told_as_itself_not_as_a_crash(
    qtbot: QtBot, tmp_path: Path
) -> None:
    database_file = tmp_path / "tiimi.sqlite3"
    database = open_database(f"sqlite:///{database_file}")
    context = AppContext(database.unit_of_work)
    reporter = CrashReporter(tmp_path / "logs")
    reporter.install()
    try:
        # The next connection cannot open the file's companion, as on a drive gone
        # read-only: a view's read in a slot fails with a StorageFailure.
        database.engine.dispose()
        shared_memory = database_file.with_name(f"{database_file.name}-shm")
        shared_memory.unlink(missing_ok=True)
        shared_memory.symlink_to(shared_memory.name)

        QTimer.singleShot(0, lambda: context.read(lambda uow: list_groups(uow)))

        def message_shown() -> QMessageBox | None:
            return next(
                (
                    w
                    for w in QApplication.topLevelWidgets()
                    if isinstance(w, QMessageBox) and w.isVisible()
                ),
                None,
            )

        qtbot.waitUntil(lambda: message_shown() is not None)
        box = message_shown()
        assert box is not None
        assert box.objectName() == "errorMessage"
        assert box.text() == UNAVAILABLE_FILE
        assert not reporter.log_path.exists() or "Traceback" not in reporter.log_path.read_text()
        box.close()
        shared_memory.unlink()
    finally:
        reporter.uninstall()
        database.dispose()
