"""The week view fits its rows as Qt's ResizeToContents would, with less measuring."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from ryhmat.ui.calendar import CalendarPage
from ryhmat.ui.calendar.views import CalendarView

INDEPENDENCE_DAY_WEEK = date(2026, 12, 2)  # the header of 6.12. has a second line


def resized_to_contents(qtbot: QtBot, page: CalendarPage) -> CalendarView:
    reference = CalendarView()
    qtbot.addWidget(reference)
    reference.setModel(page.week_model)
    reference.verticalHeader().hide()
    reference.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    reference.show()
    return reference


def assert_rows_as_resized_to_contents(
    qtbot: QtBot, page: CalendarPage, reference: CalendarView
) -> None:
    view = page.week_view
    reference.resize(view.size())
    columns = range(page.week_model.columnCount())

    def widths(shown: CalendarView) -> list[int]:
        return [shown.columnWidth(c) for c in columns]

    qtbot.waitUntil(lambda: widths(view) == widths(reference))
    rows = range(page.week_model.rowCount())
    assert rows
    qtbot.waitUntil(
        lambda: [view.rowHeight(r) for r in rows] == [reference.rowHeight(r) for r in rows]
    )


def test_week_rows_are_as_tall_as_their_text_after_a_flip_a_resize_and_a_font_change(
    qtbot: QtBot, page: CalendarPage
) -> None:
    page.show()
    qtbot.waitExposed(page)
    reference = resized_to_contents(qtbot, page)
    assert_rows_as_resized_to_contents(qtbot, page, reference)

    page.show_day(INDEPENDENCE_DAY_WEEK)
    assert_rows_as_resized_to_contents(qtbot, page, reference)

    page.resize(640, 700)  # narrower columns wrap more lines
    assert_rows_as_resized_to_contents(qtbot, page, reference)

    font = page.week_view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    page.week_view.setFont(font)
    reference.setFont(font)
    assert_rows_as_resized_to_contents(qtbot, page, reference)
