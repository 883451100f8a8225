"""The calendar page over the demo database, at the size of a small laptop screen."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from ryhmat.ui.calendar import CalendarPage
from ryhmat.ui.context import AppContext


@pytest.fixture
def page(qtbot: QtBot, demo_context: AppContext) -> CalendarPage:
    shown = CalendarPage(demo_context)
    qtbot.addWidget(shown)
    shown.resize(1200, 700)
    return shown
