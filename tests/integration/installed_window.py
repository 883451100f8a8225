"""Run by an installed Ryhmät's Python (tests/integration/test_wheel.py):

    python installed_window.py DATABASE_URL

Starts the app as the `ryhmat-gui` entry point does, and once the window shows the opened
database prints, one per line, the window's title, the views' names in its navigation and
the sizes of the application's icon; then quits. Exits with 3 if no window came in a minute.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget, QMainWindow

NO_WINDOW = 3
POLL_MS = 50


def look(app: QApplication) -> None:
    for widget in app.topLevelWidgets():
        navigation = widget.findChild(QListWidget, "navigation")
        # The navigation is enabled once the views are built: the database is open.
        if isinstance(widget, QMainWindow) and navigation is not None and navigation.isEnabled():
            print(widget.windowTitle())
            print(";".join(navigation.item(row).text() for row in range(navigation.count())))
            sizes = sorted(size.width() for size in app.windowIcon().availableSizes())
            print(";".join(str(size) for size in sizes))
            app.quit()
            return
    QTimer.singleShot(POLL_MS, lambda: look(app))


def main() -> int:
    app = QApplication(sys.argv[:1])
    QTimer.singleShot(0, lambda: look(app))
    QTimer.singleShot(60_000, lambda: app.exit(NO_WINDOW))
    from ryhmat.cli.main import main as ryhmat_gui

    return ryhmat_gui(["--database", sys.argv[1]])


if __name__ == "__main__":
    sys.exit(main())
