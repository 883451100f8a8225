"""The last line of defence: an unexpected error is logged and shown, and the app goes on."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

LOG_FILE = "ryhmat.log"
LOGGER = "ryhmat"


class CrashReporter(QObject):
    """Writes the traceback to the log file and tells the person, from any thread."""

    reported = Signal(str)  # the log file's path, once the person has been told

    def __init__(self, log_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        log_dir.mkdir(parents=True, exist_ok=True)
        self.log_path = log_dir / LOG_FILE
        self._logger = logging.getLogger(LOGGER)
        self._handler = RotatingFileHandler(
            self.log_path, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        self._handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        self._logger.addHandler(self._handler)
        self._logger.setLevel(logging.INFO)
        self._show_requested.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._boxes: set[QMessageBox] = set()
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    _show_requested = Signal()

    def install(self) -> None:
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        sys.excepthook = self._previous_hook
        threading.excepthook = self._previous_thread_hook
        self._logger.removeHandler(self._handler)
        self._handler.close()

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, tb)
            return
        text = "".join(traceback.format_exception(kind, error, tb))
        self._logger.error("Unexpected error\n%s", text)
        self._handler.flush()
        # The dialog must be made on the GUI thread, whichever thread failed.
        self._show_requested.emit()

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        self.handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def _show(self) -> None:
        parent = QApplication.activeWindow()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("CrashReporter", "Ryhmät"),
            QCoreApplication.translate(
                "CrashReporter",
                "Something unexpected went wrong. Your saved work is safe; the action "
                "that failed was not completed.\n\nThe details were written to %1 — "
                "please send that file to your support person.",
            ).replace("%1", str(self.log_path)),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setObjectName("unexpectedError")
        # Without a parent only this reference keeps the box alive while it is shown.
        self._boxes.add(box)
        box.finished.connect(lambda _result: self._boxes.discard(box))
        box.open()
        self.reported.emit(str(self.log_path))
