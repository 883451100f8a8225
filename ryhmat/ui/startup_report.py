"""``RYHMAT_MEASURE_STARTUP``: how long the app took to start, measured by the app.

Set to the moment the process was launched, read from Python's ``time.monotonic()``
(one clock for all the processes of a machine), the app prints on standard output the
seconds from then to its window's first paint (``shown SECONDS``) and to this week's
calendar painted in it once the database is open (``ready SECONDS``), then closes as a
person would. `make bench` measures the installed app and the bundle so, each started
as a person starts it.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

ENVIRONMENT = "RYHMAT_MEASURE_STARTUP"


def launch_moment() -> float | None:
    """The launch moment the environment gives, if any (a wrong one measures nothing)."""
    try:
        return float(os.environ[ENVIRONMENT])
    except (KeyError, ValueError):
        return None


class _FirstPaint(QObject):
    """Calls back once the watched widget's first paint has been flushed."""

    def __init__(self, widget: QWidget, painted: Callable[[], None]) -> None:
        super().__init__(widget)
        self._painted = painted
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # The whole window is painted in this pass; the timer fires after it.
            QTimer.singleShot(0, self._painted)
        return False


class StartupReport:
    """Prints the start's two moments; the second closes the window."""

    def __init__(self, launched: float) -> None:
        self._launched = launched

    def watch_window(self, window: QWidget) -> None:
        """Before the window is shown: the offscreen platform paints within show()."""
        _FirstPaint(window, lambda: self._say("shown"))

    def watch_calendar(self, viewport: QWidget, close: Callable[[], object]) -> None:
        def ready() -> None:
            self._say("ready")
            close()

        _FirstPaint(viewport, ready)

    def _say(self, moment: str) -> None:
        if sys.stdout is not None:  # a windowed program on Windows has none
            print(f"{moment} {time.monotonic() - self._launched:.6f}", flush=True)
