"""Fixtures of the group tests.

pytest-qt deletes the widgets given to ``qtbot.addWidget`` before any fixture
is torn down, so a model tester whose model lives in such a widget would find
it gone. Widgets put in ``windows`` stay until ``model_tester`` is done.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:  # pytest-qt's module needs the Qt binding chosen first
    from pytestqt.modeltest import ModelTester


@pytest.fixture
def windows(qapp: QApplication) -> Iterator[list[QWidget]]:
    kept: list[QWidget] = []
    yield kept
    for widget in kept:
        widget.close()
        widget.deleteLater()


@pytest.fixture
def model_tester(windows: list[QWidget], qtmodeltester: ModelTester) -> ModelTester:
    return qtmodeltester
