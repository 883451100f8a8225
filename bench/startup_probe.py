"""One start-up, as its own process: prints the seconds from launch to the first paint.

``python -m bench.startup_probe LAUNCHED bare|app [DATABASE_URL]``: LAUNCHED is the
parent's ``time.monotonic()`` when it started this process (one clock for every
process on Linux). "bare" shows an empty QMainWindow; "app" starts the real app the
way ``ryhmat`` does (``run_gui``). Printed: ``shown SECONDS`` at the end of the main
window's first paint and, for the app, ``ready SECONDS`` once the database is open and
the calendar's week has been painted in the window. The process ends there, so
shutting down is not counted.
"""

from __future__ import annotations

import os
import sys
import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent, QObject

# The size MainWindow gives itself, so both windows paint the same area.
WINDOW_SIZE = (1200, 760)


def first_paint(launched: float, label: str, last: bool) -> QObject:
    """A watcher that reports once the watched widget's first paint has been flushed;
    the last report ends the process. Made after the app has imported what it imports
    (PySide6 among it, in its own order), as the probe must not import it earlier."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
            if event.type() == QEvent.Type.Paint and not self.seen:
                self.seen = True
                # The whole window is painted in this pass; the timer fires after it.
                QTimer.singleShot(0, self.report)
            return False

        def report(self) -> None:
            print(f"{label} {time.monotonic() - launched:.6f}", flush=True)
            if last:
                os._exit(0)

    return FirstPaint()


def start_bare(launched: float) -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    watcher = first_paint(launched, "shown", last=True)
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


def start_app(launched: float, database_url: str) -> int:
    from ryhmat.entry import start_loading

    start_loading()  # as the program's entry does (ryhmat.entry.run)
    from ryhmat import app
    from ryhmat.ui.main_window import MainWindow

    watcher = first_paint(launched, "shown", last=False)
    ready = first_paint(launched, "ready", last=True)

    class WatchedMainWindow(MainWindow):
        # Watched from birth: the offscreen platform paints within show() itself.
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.installEventFilter(watcher)

        def attach(self, *args: Any, **kwargs: Any) -> None:
            super().attach(*args, **kwargs)
            self.calendar.current_view().viewport().installEventFilter(ready)

    # run_gui builds the window it names in ryhmat.app: this one, watched.
    setattr(app, "MainWindow", WatchedMainWindow)  # noqa: B010 (mypy: not re-exported)
    return app.run_gui(database_url)


def main() -> int:
    launched, mode = float(sys.argv[1]), sys.argv[2]
    if mode == "bare":
        return start_bare(launched)
    return start_app(launched, sys.argv[3])


if __name__ == "__main__":
    sys.exit(main())
