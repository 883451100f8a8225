"""The shared record table: model, sorting, searching, choosing."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.ui.records import RECORD_ROLE, Column, RecordListView, RecordTableModel
from tests.gui.person import show_window, type_over
from tests.gui.records import shown


@dataclass(frozen=True)
class Place:
    name: str
    capacity: int


COLUMNS = [
    Column[Place]("Nimi", lambda p: p.name),
    Column[Place]("Tilaa", lambda p: str(p.capacity), sort_key=lambda p: p.capacity),
]
PLACES = [Place("Perhekeskus", 30), Place("Äijälän kirjasto", 8), Place("Ahjo", 120)]


def test_the_model_passes_the_model_tester(qtmodeltester: ModelTester) -> None:
    model = RecordTableModel(COLUMNS)
    model.set_records(PLACES)
    qtmodeltester.check(model, force_py=True)
    model.set_records([])
    qtmodeltester.check(model, force_py=True)


def test_sorting_uses_numbers_for_numbers_and_finnish_order_for_names(qtbot: QtBot) -> None:
    view = RecordListView(COLUMNS)
    qtbot.addWidget(view)
    view.set_records(PLACES)
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert shown(view, 1) == ["8", "30", "120"]
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert shown(view)[0] == "Ahjo"


def test_the_search_box_filters_every_column_ignoring_case(qtbot: QtBot) -> None:
    view = RecordListView(COLUMNS)
    qtbot.addWidget(view)
    view.set_records(PLACES)
    qtbot.keyClicks(view.search, "KIRJ")  # QTest types ASCII only
    assert shown(view) == ["Äijälän kirjasto"]
    view.search.setText("äijä")
    assert shown(view) == ["Äijälän kirjasto"]
    view.search.clear()
    qtbot.keyClicks(view.search, "120")
    assert shown(view) == ["Ahjo"]


def test_enter_on_a_row_asks_to_edit_that_record(qtbot: QtBot) -> None:
    view = RecordListView(COLUMNS)
    qtbot.addWidget(view)
    view.set_records(PLACES)
    view.show()
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(1, 0))
    with qtbot.waitSignal(view.edit_requested) as edited:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert edited.args == [view.current_record()]


def test_a_double_click_on_a_row_asks_once_to_edit_that_record(qtbot: QtBot) -> None:
    # Asked twice, a family's window was opened twice and its reading logged twice.
    view = RecordListView(COLUMNS)
    qtbot.addWidget(view)
    view.set_records(PLACES)
    show_window(qtbot, view)
    asked: list[Place] = []
    view.edit_requested.connect(asked.append)
    index = view.proxy.index(2, 0)
    spot = view.table.visualRect(index).center()
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=spot)
    assert asked == [view.proxy.data(index, RECORD_ROLE)]


def test_the_search_compares_as_names_are_compared_everywhere(qtbot: QtBot) -> None:
    view: RecordListView[Place] = RecordListView(COLUMNS)
    qtbot.addWidget(view)
    view.set_records(PLACES)
    show_window(qtbot, view)
    # A decomposed ä (a and a combining diaeresis) and a zero-width space from a paste.
    type_over(qtbot, view.search, "a\u0308ija\u0308\u200blän 8")
    assert shown(view) == ["Äijälän kirjasto"]
