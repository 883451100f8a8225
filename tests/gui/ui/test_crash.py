"""An unexpected error is logged, shown, and the app keeps running."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ryhmat.ui.crash import CrashReporter


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

        def fail() -> None:
            raise RuntimeError("kaboom in a slot")

        with qtbot.waitSignal(reporter.reported):
            QTimer.singleShot(0, fail)
        log = reporter.log_path.read_text(encoding="utf-8")
        assert "Traceback" in log
        assert "RuntimeError: kaboom in a slot" in log
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

        def fail() -> None:
            raise ValueError("kaboom in a thread")

        with qtbot.waitSignal(reporter.reported):
            worker = threading.Thread(target=fail)
            worker.start()
            worker.join()
        assert "ValueError: kaboom in a thread" in reporter.log_path.read_text(encoding="utf-8")
        shown_report().close()
    finally:
        reporter.uninstall()
