"""The last line of defence: an unexpected error is logged and shown, and the app goes on;
an error a person can act on that no view caught (a busy database, a server gone) is
shown as its own message."""

from __future__ import annotations

import io
import logging
import os
import sys
import threading
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from ryhmat.domain.errors import UserError
from ryhmat.i18n import translate
from ryhmat.tracebacks import withheld_traceback
from ryhmat.ui.messages import show_error

LOG_FILE = "ryhmat.log"
LOGGER = "ryhmat"


# The log's owner alone may read it: a traceback can tell what someone was doing.
PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
LOG_BYTES = 1_000_000
ROTATED_LOGS = 3


class PrivateLogHandler(RotatingFileHandler):
    """A rotating log that its owner alone can read: the folder 0700, the file and every
    rotated file 0600, also when they were made earlier with a looser mode."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
        os.chmod(path.parent, PRIVATE_FOLDER_MODE)
        for older in (path, *_rotated(path, ROTATED_LOGS)):
            if older.is_file():
                os.chmod(older, PRIVATE_FILE_MODE)
        super().__init__(path, maxBytes=LOG_BYTES, backupCount=ROTATED_LOGS, encoding="utf-8")

    def _open(self) -> io.TextIOWrapper:
        # Created 0600 (no moment at the umask's mode), whether at start or on rollover.
        descriptor = os.open(
            self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE
        )
        os.fchmod(descriptor, PRIVATE_FILE_MODE)
        return open(descriptor, "a", encoding=self.encoding, errors=self.errors)


def _rotated(path: Path, count: int) -> list[Path]:
    return [path.with_name(f"{path.name}.{number}") for number in range(1, count + 1)]


class CrashReporter(QObject):
    """Writes the traceback to the log file and tells the person, from any thread."""

    reported = Signal(str)  # the log file's path, once the person has been told

    def __init__(self, log_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.log_path = log_dir / LOG_FILE
        self._logger = logging.getLogger(LOGGER)
        self._handler = PrivateLogHandler(self.log_path)
        self._handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        self._logger.addHandler(self._handler)
        self._logger.setLevel(logging.INFO)
        self._show_requested.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self._message_requested.connect(self._show_message, Qt.ConnectionType.QueuedConnection)
        self._boxes: set[QMessageBox] = set()
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    # Emitted from whichever thread failed, received on the GUI thread: the unexpected
    # error's dialog is to be shown, or a UserError's translated message told as itself.
    _show_requested = Signal()
    _message_requested = Signal(str)

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
        if isinstance(error, UserError):
            # What a person can act on (a busy database, a server gone) that a view
            # did not catch is told as itself, not as something unexpected.
            self._message_requested.emit(error.message(translate))
            return
        self._logger.error("Unexpected error\n%s", withheld_traceback(error, tb))
        self._handler.flush()
        # The dialog must be made on the GUI thread, whichever thread failed.
        self._show_requested.emit()

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        self.handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)

    def _show_message(self, text: str) -> None:
        show_error(QApplication.activeWindow(), text)

    def _show(self) -> None:
        parent = QApplication.activeWindow()
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("CrashReporter", "Ryhmät"),
            QCoreApplication.translate(
                "CrashReporter",
                "Something unexpected went wrong. Your saved work is safe; the action "
                "that failed was not completed.\n\nThe details were written to %1 — "
                "please send that file to your IT support.",
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
