"""The garbage collector runs on the GUI thread only, by the collector's own thresholds."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from ryhmat.ui.garbage import CHECK_EVERY_MS, GuiThreadGarbageCollector, collect_if_due


class _Cycle:
    def __init__(self) -> None:
        self.me = self


@pytest.fixture
def low_thresholds() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(10, 10, 10)
    yield
    gc.set_threshold(*before)
    gc.disable()  # as the suite keeps it (tests/conftest.py)


def test_automatic_collection_is_off_while_the_collector_lives_and_due_cycles_go_on_its_timer(
    qtbot: QtBot, low_thresholds: None
) -> None:
    owner = QObject()
    GuiThreadGarbageCollector(owner)
    assert not gc.isenabled()
    gc.collect()
    cycle = _Cycle()
    gone = weakref.ref(cycle)
    del cycle
    garbage = [_Cycle() for _ in range(100)]  # past generation 0's threshold
    del garbage
    assert gone() is not None  # nothing collected it by itself
    qtbot.waitUntil(lambda: gone() is None, timeout=3 * CHECK_EVERY_MS)
    with qtbot.waitSignal(owner.destroyed):
        owner.deleteLater()
    assert gc.isenabled()


def test_nothing_is_collected_before_a_generation_is_due(low_thresholds: None) -> None:
    gc.collect()
    # What the collection freed may have made objects of its own (Qt's wrappers): count afresh.
    gc.set_threshold(gc.get_count()[0] + 10, 10, 10)
    cycle = _Cycle()
    gone = weakref.ref(cycle)
    del cycle
    collect_if_due()
    assert gone() is not None
