"""Python's garbage collector, run on the GUI thread only.

Left to itself, the collector runs in whichever thread happens to allocate: in Qt's
thread pool, too, where collecting a cycle that holds a view or another QObject
deletes it off its thread and crashes the app, often later and elsewhere. As Anki
does, automatic collection is off, and a timer on the GUI thread collects the
generations that are due by the collector's own thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_EVERY_MS = 1000


def collect_if_due() -> None:
    """Collect the oldest generation whose count has passed its threshold, if any."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    due = [generation for generation in range(3) if counts[generation] > thresholds[generation]]
    if due:
        gc.collect(max(due))


class GuiThreadGarbageCollector(QObject):
    """Turns automatic collection off and collects on the GUI thread while it lives."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        # A method, not the module's function: connected to the function itself, the timer's
        # ticks stopped reaching it after other windows had come and gone in the process.
        self._timer.timeout.connect(self._collect_if_due)
        self._timer.start(CHECK_EVERY_MS)
        self.destroyed.connect(gc.enable)

    def _collect_if_due(self) -> None:
        collect_if_due()
