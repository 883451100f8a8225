"""A floor of the start-up, as its own process: prints the seconds from launch to the
first paint of a bare window.

``python -m bench.startup_probe LAUNCHED bare|bare-orm``: LAUNCHED is the parent's
``time.monotonic()`` when it started this process (one clock for every process on
Linux). "bare" shows an empty QMainWindow; "bare-orm" first loads SQLAlchemy and its
ORM, as any window that shows what SQLAlchemy reads must, then does the same. Printed:
``shown SECONDS`` at the end of the window's first paint; the process ends there, so
shutting down is not counted. The app reports its own start the same way
(ryhmat.ui.startup_report).
"""

from __future__ import annotations

import os
import sys
import time

# The size MainWindow gives itself, so the windows paint the same area.
WINDOW_SIZE = (1200, 760)


def start_bare(launched: float) -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    # Not ryhmat.ui.startup_report's watcher: the floor loads nothing of the app.
    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
            if event.type() == QEvent.Type.Paint:
                watched.removeEventFilter(self)
                # The whole window is painted in this pass; the timer fires after it.
                QTimer.singleShot(0, report)
            return False

    def report() -> None:
        print(f"shown {time.monotonic() - launched:.6f}", flush=True)
        os._exit(0)

    app = QApplication(sys.argv[:1])
    watcher = FirstPaint()
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


def main() -> int:
    launched, mode = float(sys.argv[1]), sys.argv[2]
    if mode == "bare-orm":
        # Before Qt, where it loads fastest, and with the collector waiting as the app's.
        import gc

        gc.disable()
        import sqlalchemy.orm  # noqa: F401
    return start_bare(launched)


if __name__ == "__main__":
    sys.exit(main())
