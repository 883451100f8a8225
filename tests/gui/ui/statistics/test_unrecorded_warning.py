"""Tilastot says how many past sessions are not recorded, lists them, and opens one
for recording; what is recorded there leaves the warning and enters the figures.

The small demo leaves the last session of three groups unrecorded: Vahvuutta
vanhemmuuteen on 16.11., Perheliikunta Hyppyrit on 18.11. and Avoin päiväkoti
Pikkupesä this morning (23.11., the clock stands at noon).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.desktop_database import OpenDatabase
from ryhmat.domain.model import AttendanceMark
from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.usecases.attendance import attendance_sheet
from ryhmat.domain.usecases.statistics import compute_statistics, unrecorded_in_period
from ryhmat.preferences import Preferences
from ryhmat.storage.database import Database, open_database
from ryhmat.ui.context import AppContext
from ryhmat.ui.main_window import MainWindow
from ryhmat.ui.sessions import AttendanceDialog
from ryhmat.ui.statistics import StatisticsPage
from tests.gui.person import (
    CONTROL,
    click,
    double_click,
    enter,
    press,
    show_window,
    tab_to,
    wait_for_dialog,
    wait_for_focus,
)

AUTUMN = (date(2026, 8, 1), date(2026, 11, 23))
STATISTICS_VIEW = Qt.Key.Key_5
NOT_RECORDED_COLUMN = 3


@pytest.fixture
def window(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> Iterator[tuple[MainWindow, StatisticsPage]]:
    """The main window on the demo copy, on Tilastot with the autumn as its period."""
    database: Database = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}")
    settings = Preferences.in_file(tmp_path / "settings.ini")
    made = MainWindow(demo_context, OpenDatabase(database), settings)
    qtbot.addWidget(made)
    show_window(qtbot, made)
    press(qtbot, STATISTICS_VIEW, CONTROL)
    page = made.stack.currentWidget()
    assert isinstance(page, StatisticsPage)
    with qtbot.waitSignal(page.computed):
        page.first_day.set_day(AUTUMN[0])
        page.last_day.set_day(AUTUMN[1])
    yield made, page
    database.dispose()


def unrecorded_groups(context: AppContext) -> list[str]:
    return [
        session.group
        for session in context.read(
            lambda uow: unrecorded_in_period(uow, *AUTUMN, StatisticsFilter(), now=context.now())
        )
    ]


def test_the_warning_counts_them_beside_the_figures(
    qtbot: QtBot, demo_context: AppContext, window: tuple[MainWindow, StatisticsPage]
) -> None:
    _, page = window
    assert page.unrecorded_button.isVisible()
    assert page.unrecorded_button.text() == "3 sessions not recorded"
    assert page.unrecorded_note.isVisible()
    assert "not in the figures" in page.unrecorded_note.text()
    header = page.model.headerData(NOT_RECORDED_COLUMN, Qt.Orientation.Horizontal)
    assert header == "Sessions not recorded"
    shown = {
        page.model.index(row, 0).data(): page.model.index(row, NOT_RECORDED_COLUMN).data()
        for row in range(page.model.rowCount())
    }
    assert shown["All"] == "3"
    assert shown["Vahvuutta vanhemmuuteen"] == "1"
    assert shown["Vauvaryhmä Pikkuiset"] == "0"
    # What the view shows is the use case's count, and the list behind it.
    expected = demo_context.read(
        lambda uow: compute_statistics(uow, *AUTUMN, StatisticsFilter(), now=demo_context.now())
    )
    assert expected.total.sessions_unrecorded == 3
    assert page.unrecorded.model.rowCount() == 3


def test_the_keyboard_opens_the_list_and_records_the_oldest(
    qtbot: QtBot,
    demo_context: AppContext,
    window: tuple[MainWindow, StatisticsPage],
    model_tester: ModelTester,
) -> None:
    _, page = window
    tab_to(qtbot, page.unrecorded_button)
    press(qtbot, Qt.Key.Key_Space)
    assert page.tabs.currentWidget() is page.unrecorded
    wait_for_focus(qtbot, page.unrecorded.table)
    listed = page.unrecorded.model
    model_tester.check(listed, force_py=True)
    headers = [
        listed.headerData(column, Qt.Orientation.Horizontal)
        for column in range(listed.columnCount())
    ]
    group = headers.index("Group")
    assert [listed.index(row, group).data() for row in range(listed.rowCount())] == [
        "Vahvuutta vanhemmuuteen",
        "Perheliikunta Hyppyrit",
        "Avoin päiväkoti Pikkupesä",
    ]
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Not rec&orded (3)"

    # The oldest is current: Enter opens its attendance.
    oldest = listed.record(0).id
    enter(qtbot)
    dialog = wait_for_dialog(qtbot, AttendanceDialog)
    assert isinstance(dialog, AttendanceDialog)
    assert dialog.view.session_id == oldest
    wait_for_focus(qtbot, dialog.view.table)
    press(qtbot, Qt.Key.Key_Space)  # the first person came
    with qtbot.waitSignal(page.computed, timeout=5000):
        enter(qtbot)  # saved; the figures are read again

    marks = demo_context.read(lambda uow: attendance_sheet(uow, oldest).lines)
    assert [line.mark for line in marks if line.mark] == [AttendanceMark.PRESENT]
    assert unrecorded_groups(demo_context) == [
        "Perheliikunta Hyppyrit",
        "Avoin päiväkoti Pikkupesä",
    ]
    assert page.unrecorded_button.text() == "2 sessions not recorded"
    assert page.unrecorded.model.rowCount() == 2


def test_the_mouse_opens_the_list_and_a_session(
    qtbot: QtBot, window: tuple[MainWindow, StatisticsPage]
) -> None:
    _, page = window
    click(qtbot, page.unrecorded_button)
    assert page.tabs.currentWidget() is page.unrecorded
    table = page.unrecorded.table
    second = page.unrecorded.model.record(1)
    assert second.group == "Perheliikunta Hyppyrit"
    double_click(qtbot, table.viewport(), table.visualRect(page.unrecorded.model.index(1, 0)))
    dialog = wait_for_dialog(qtbot, AttendanceDialog)
    assert isinstance(dialog, AttendanceDialog)
    assert dialog.view.session_id == second.id
    dialog.reject()


def test_no_warning_when_every_session_is_recorded(
    qtbot: QtBot, window: tuple[MainWindow, StatisticsPage]
) -> None:
    _, page = window
    with qtbot.waitSignal(page.computed):
        page.last_day.set_day(date(2026, 11, 15))
    assert page.statistics is not None
    assert page.statistics.total.sessions_unrecorded == 0
    assert not page.unrecorded_button.isVisible()
    assert not page.unrecorded_note.isVisible()
    assert page.tabs.tabText(page.tabs.indexOf(page.unrecorded)) == "Not rec&orded"
    assert page.unrecorded.empty_note.isVisibleTo(page.unrecorded)


def test_the_list_follows_the_filter(
    qtbot: QtBot, window: tuple[MainWindow, StatisticsPage]
) -> None:
    _, page = window
    combo = page.filters.group
    with qtbot.waitSignal(page.computed):
        combo.setCurrentIndex(combo.findText("Perheliikunta Hyppyrit"))
    assert page.unrecorded_button.text() == "1 session not recorded"
    assert [s.group for s in page.unrecorded.model.records] == ["Perheliikunta Hyppyrit"]


def test_a_page_alone_asks_for_the_recording(qtbot: QtBot, demo_context: AppContext) -> None:
    page = StatisticsPage(demo_context)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.computed):
        page.first_day.set_day(AUTUMN[0])
        page.last_day.set_day(AUTUMN[1])
    page.show_unrecorded()
    wanted = page.unrecorded.model.record(0).id
    with qtbot.waitSignal(page.record_requested) as requested:
        page.unrecorded.record_button.click()
    assert requested.args == [wanted]
