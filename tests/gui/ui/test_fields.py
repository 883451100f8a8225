"""The date and time fields, as a person types into them."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QCalendarWidget, QFormLayout, QWidget
from pytestqt.qtbot import QtBot

from ryhmat.domain.errors import InvalidInput
from ryhmat.i18n import load_language
from ryhmat.ui.fields import DateField, TimeField
from tests.gui.person import (
    CONTROL,
    back_tab,
    enter,
    focused,
    press,
    show_window,
    tab,
    type_over,
    type_text,
    wait_for_focus,
)

UI = Path(__file__).resolve().parents[3] / "ryhmat" / "ui"


@pytest.fixture
def finnish() -> Iterator[None]:
    load_language("fi")
    yield
    load_language("en")


class Form(QWidget):
    """Two fields in a row, as the editors lay them out."""

    def __init__(self) -> None:
        super().__init__()
        self.day = DateField(date(2026, 12, 6), self)
        self.start = TimeField(time(9, 0), self)
        layout = QFormLayout(self)
        layout.addRow("Päivä", self.day)
        layout.addRow("Alkaa", self.start)


def open_form(qtbot: QtBot) -> Form:
    form = Form()
    qtbot.addWidget(form)
    show_window(qtbot, form)
    return form


@pytest.mark.parametrize("typed", ["6.1.2027", "06.01.2027", "6.1.27", "060127", "6,1,2027"])
def test_a_date_typed_over_the_shown_one_is_exactly_that_date(
    qtbot: QtBot, finnish: None, typed: str
) -> None:
    form = open_form(qtbot)
    changes: list[QDate] = []
    form.day.dateChanged.connect(changes.append)
    type_over(qtbot, form.day, typed)
    assert form.day.day() == date(2027, 1, 6)  # read as typed, before leaving the field
    tab(qtbot)
    assert form.day.text() == "6.1.2027"
    assert changes == [QDate(2027, 1, 6)]
    assert focused() is form.start


def test_tab_selects_the_whole_value_so_typing_replaces_it(qtbot: QtBot, finnish: None) -> None:
    form = open_form(qtbot)
    type_over(qtbot, form.start, "10")
    back_tab(qtbot)
    wait_for_focus(qtbot, form.day)
    assert form.day.selectedText() == "6.12.2026"
    type_text(qtbot, "8.12.2026")
    tab(qtbot)
    assert form.day.day() == date(2026, 12, 8)
    assert form.start.text() == "10.00"
    assert form.start.selectedText() == "10.00"


def test_a_day_that_does_not_exist_is_marked_and_never_read_as_another(
    qtbot: QtBot, finnish: None
) -> None:
    form = open_form(qtbot)
    problems: list[str] = []
    form.day.problem_changed.connect(problems.append)
    type_over(qtbot, form.day, "31.2.2027")
    enter(qtbot)
    assert form.day.text() == "31.2.2027"
    message = "”31.2.2027” ei ole päivämäärä: kuussa 2/2027 on 28 päivää."
    assert form.day.problem == message
    assert problems == [message]
    assert form.day.toolTip() == message
    assert form.day.palette().color(QPalette.ColorRole.Base).name() == "#fde7e9"
    with pytest.raises(InvalidInput):
        form.day.day()

    type_over(qtbot, form.day, "28.2.2027")
    assert form.day.problem == ""  # the mark goes as the person corrects the text
    enter(qtbot)
    assert form.day.day() == date(2027, 2, 28)
    assert problems == [message, ""]


def test_letters_never_get_into_a_date(qtbot: QtBot) -> None:
    form = open_form(qtbot)
    type_over(qtbot, form.day, "huomenna")
    assert form.day.text() == "06/12/2026"  # English in Finland; the letters did not get in
    tab(qtbot)
    assert form.day.problem == ""
    assert form.day.day() == date(2026, 12, 6)


@pytest.mark.parametrize(
    ("typed", "moment"),
    [("9.30", time(9, 30)), ("09.30", time(9, 30)), ("930", time(9, 30)), ("17", time(17, 0))],
)
def test_a_time_is_typed_as_finns_type_it(
    qtbot: QtBot, finnish: None, typed: str, moment: time
) -> None:
    form = open_form(qtbot)
    type_over(qtbot, form.start, typed)
    tab(qtbot)
    assert form.start.moment() == moment
    assert form.start.text() == f"{moment.hour}.{moment.minute:02d}"


def test_a_time_that_is_no_time_is_marked(qtbot: QtBot, finnish: None) -> None:
    form = open_form(qtbot)
    type_over(qtbot, form.start, "24.00")
    tab(qtbot)
    assert form.start.problem == "”24.00” ei ole kellonaika; kirjoita esim. 9.30 tai 930."
    with pytest.raises(InvalidInput):
        form.start.moment()


def test_up_and_down_step_a_day_or_a_quarter_of_an_hour(qtbot: QtBot) -> None:
    form = open_form(qtbot)
    type_over(qtbot, form.day, "31.12.2026")
    press(qtbot, Qt.Key.Key_Up)
    assert form.day.day() == date(2027, 1, 1)
    press(qtbot, Qt.Key.Key_PageDown)
    assert form.day.day() == date(2026, 12, 25)
    type_over(qtbot, form.start, "9.30")
    press(qtbot, Qt.Key.Key_Down, times=3)
    assert form.start.moment() == time(8, 45)


def test_the_calendar_pops_up_monday_first_with_week_numbers_and_picks_a_day(
    qtbot: QtBot,
) -> None:
    form = open_form(qtbot)
    type_over(qtbot, form.day, "6.1.2027")
    press(qtbot, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = form.day.popup
    assert popup is not None
    qtbot.waitUntil(popup.isVisible)
    calendar = popup.calendar
    assert calendar.selectedDate() == QDate(2027, 1, 6)
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert calendar.verticalHeaderFormat() is QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers
    wait_for_focus(qtbot, calendar.focusProxy() or calendar)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Down)
    enter(qtbot)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert form.day.day() == date(2027, 1, 14)
    assert focused() is form.day

    form.day.pick_action.trigger()  # the button at the end of the field
    qtbot.waitUntil(popup.isVisible)
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert form.day.day() == date(2027, 1, 14)


def test_select_all_and_retype_gives_the_typed_date(qtbot: QtBot) -> None:
    form = open_form(qtbot)
    type_over(qtbot, form.day, "1.1.2026")
    press(qtbot, Qt.Key.Key_A, CONTROL)
    type_text(qtbot, "6.1.2027")
    enter(qtbot)
    assert form.day.day() == date(2027, 1, 6)


def _sectioned_edits(path: Path) -> list[str]:
    names = {"QDateEdit", "QTimeEdit", "QDateTimeEdit"}
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.name}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Name | ast.alias)
        and (node.id if isinstance(node, ast.Name) else node.name) in names
    ]


def test_no_view_uses_qts_sectioned_date_or_time_edits() -> None:
    """Every date and time a person types goes through DateField and TimeField."""
    found = [hit for path in sorted(UI.rglob("*.py")) for hit in _sectioned_edits(path)]
    assert found == []
