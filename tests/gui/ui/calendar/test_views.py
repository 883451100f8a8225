"""The week view fits its rows as Qt's ResizeToContents would, with less measuring, and
draws its cells as Qt's own delegate would, with less laying out of text; the texts
break between words, never inside one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHeaderView
from pytestqt.qtbot import QtBot

from ryhmat.ui.calendar import CalendarPage
from ryhmat.ui.calendar.delegate import WordWrapDelegate
from ryhmat.ui.calendar.views import CalendarView
from ryhmat.ui.context import AppContext

from .helpers import cancelled_entry

INDEPENDENCE_DAY_WEEK = date(2026, 12, 2)  # the header of 6.12. has a second line


def resized_to_contents(qtbot: QtBot, page: CalendarPage) -> CalendarView:
    """The week in a view of Qt's own, sized by ResizeToContents and drawn by Qt's own
    delegate; only the texts it is given break as the calendar's do."""
    reference = CalendarView()
    qtbot.addWidget(reference)
    reference.setItemDelegate(WordWrapDelegate(reference))
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


def test_week_cells_look_as_qts_own_delegate_draws_them_empty_and_cancelled_ones_too(
    qtbot: QtBot, page: CalendarPage, demo_context: AppContext
) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.show_day(cancelled_entry(demo_context).day)
    reference = resized_to_contents(qtbot, page)
    assert_rows_as_resized_to_contents(qtbot, page, reference)
    for view in (page.week_view, reference):
        view.setCurrentIndex(QModelIndex())

    def drawn(view: CalendarView) -> QImage:
        return view.viewport().grab().toImage()

    first = drawn(page.week_view)  # lays the texts out
    assert first == drawn(reference)
    assert drawn(page.week_view) == first  # from the remembered layouts
