"""Long work off the GUI thread: run a function in Qt's thread pool, get the result back."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from ryhmat.domain.errors import UserError


class _Signals(QObject):
    # The worker thread's side of BackgroundTask's signals, which repeat them.
    finished = Signal(object)
    failed = Signal(object)  # a UserError, shown to the person
    progress = Signal(int, int)  # done, total


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self._work = work
        self._signals = signals

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except UserError as error:
            self._signals.failed.emit(error)
            return
        except Exception:
            # Not a person's mistake: the global handler logs it and tells the person.
            sys.excepthook(*sys.exc_info())
            self._signals.failed.emit(None)
            return
        self._signals.finished.emit(result)


class BackgroundTask(QObject):
    """One piece of work in the background; ``finished(result)`` or ``failed(error)``
    arrive on the GUI thread. Keep a reference until one of them has arrived."""

    finished = Signal(object)  # what the work returned
    failed = Signal(object)  # the UserError the work raised, to be shown to the person
    progress = Signal(int, int)  # done, total: the work calls report() to send it

    def __init__(self, work: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self._signals.finished.connect(self.finished)
        self._signals.failed.connect(self.failed)
        self._signals.progress.connect(self.progress)
        self._job = _Job(work, self._signals)
        self._job.setAutoDelete(False)

    def report(self, done: int, total: int) -> None:
        """Safe to call from the work's thread: the signal arrives on the GUI thread."""
        self._signals.progress.emit(done, total)

    def start(self) -> None:
        QThreadPool.globalInstance().start(self._job)
