"""The calendar page over the demo database, driven like a person drives it."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases import calendar as calendar_use_case
from ryhmat.domain.usecases.calendar import CalendarEntry, CalendarFilter, calendar_leaders
from ryhmat.domain.usecases.sessions import get_session, update_session
from ryhmat.ui.calendar import CalendarPage
from ryhmat.ui.calendar import page as page_module
from ryhmat.ui.calendar.delegate import CONFLICT_BAR, ChipLayout
from ryhmat.ui.calendar.models import CONFLICT_MARK, DAY_ROLE, SESSION_ROLE, SESSIONS_ROLE
from ryhmat.ui.calendar.views import CalendarView
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.files import file_name
from ryhmat.ui.formatting import format_date, weekday_name
from tests.gui.person import click_into, enter, show_window
from tests.pdf import pdf_text

from .helpers import MONDAY, cancelled_entry, column_groups, column_texts

PIKKUPESA = "Avoin päiväkoti Pikkupesä"
VAUVARYHMA = "Vauvaryhmä Pikkuiset"


@pytest.fixture
def loaded_ranges(monkeypatch: pytest.MonkeyPatch) -> list[tuple[date, date, CalendarFilter]]:
    """Every range the page asks the use case for, in order."""
    asked: list[tuple[date, date, CalendarFilter]] = []

    def spy(
        uow: UnitOfWork, first: date, last: date, wanted: CalendarFilter | None = None
    ) -> list[CalendarEntry]:
        asked.append((first, last, wanted or CalendarFilter()))
        return calendar_use_case.calendar_entries(uow, first, last, wanted)

    monkeypatch.setattr(page_module, "calendar_entries", spy)
    return asked


def activate(qtbot: QtBot, page: CalendarPage) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.setFocus()


def week_cell(page: CalendarPage, group: str, day: date) -> tuple[int, int]:
    column = day.weekday()
    groups = column_groups(page.week_model, column)
    return groups.index(group), column


def test_the_week_of_today_shows_the_demo_sessions_by_day_in_helsinki_time(
    page: CalendarPage,
) -> None:
    model = page.week_model
    assert (model.first_day, model.last_day) == (MONDAY, date(2026, 11, 29))
    assert page.range_label.text().startswith("Week 48 · ")
    assert page.count_label.text().startswith("10 session")

    assert column_texts(model, 0) == [
        f"9.00–11.30\n{PIKKUPESA}\nLeikkipuisto Kettukallio",
        "17.30–19.00\nVahvuutta vanhemmuuteen\nPerhekeskus Majakka",
    ]
    assert column_texts(model, 1)[1] == (
        f"9.30–11.00\n{VAUVARYHMA}\nVauvan uni\nPerhekeskus Majakka"
    )
    assert [column_groups(model, c) for c in range(7)] == [
        [PIKKUPESA, "Vahvuutta vanhemmuuteen"],
        [PIKKUPESA, VAUVARYHMA, "Kaksos- ja monikkoperheiden vertaisryhmä"],
        [PIKKUPESA, "Perhekahvila Kohtaamo", "Perheliikunta Hyppyrit"],
        [],
        [PIKKUPESA],
        ["Isä–lapsi-ryhmä Karhunpojat"],
        [],
    ]


def test_next_and_previous_move_by_a_week_loading_only_that_week(
    qtbot: QtBot,
    page: CalendarPage,
    loaded_ranges: list[tuple[date, date, CalendarFilter]],
) -> None:
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert loaded_ranges == [(date(2026, 11, 30), date(2026, 12, 6), CalendarFilter())]
    assert page.week_model.first_day == date(2026, 11, 30)
    assert page.range_label.text().startswith("Week 49 · ")

    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert [r[:2] for r in loaded_ranges[1:]] == [
        (date(2026, 11, 23), date(2026, 11, 29)),
        (date(2026, 11, 16), date(2026, 11, 22)),
    ]


def test_the_keyboard_moves_between_weeks(qtbot: QtBot, page: CalendarPage) -> None:
    activate(qtbot, page)
    qtbot.keyClick(page.week_view, Qt.Key.Key_PageDown)
    assert page.week_model.first_day == date(2026, 11, 30)
    qtbot.keyClick(page.week_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.week_model.first_day == date(2026, 12, 7)
    qtbot.keyClick(page.week_view, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.week_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.week_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.week_model.first_day == date(2026, 11, 16)
    qtbot.keyClick(page.week_view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert page.week_model.first_day == MONDAY


def test_today_returns_to_the_week_of_today(qtbot: QtBot, page: CalendarPage) -> None:
    page.show_day(date(2027, 3, 10))
    assert page.week_model.first_day == date(2027, 3, 8)
    qtbot.mouseClick(page.today_button, Qt.MouseButton.LeftButton)
    assert page.week_model.first_day == MONDAY
    assert page.week_view.currentIndex().column() == 0  # today's column


def test_today_is_the_day_of_the_contexts_clock(qtbot: QtBot, demo_context: AppContext) -> None:
    """Not the computer's day: the context's clock stands at Wednesday 10.3.2027."""
    wednesday = date(2027, 3, 10)
    context = AppContext(
        demo_context.services().unit_of_work,
        clock=lambda: datetime(2027, 3, 10, 9, 0, tzinfo=HELSINKI),
    )
    page = CalendarPage(context)
    qtbot.addWidget(page)
    activate(qtbot, page)
    week = page.week_model
    assert week.first_day == date(2027, 3, 8)
    marked = [
        week.headerData(column, Qt.Orientation.Horizontal, DAY_ROLE)
        for column in range(week.columnCount())
        if week.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    ]
    assert marked == [wednesday]
    assert page.month_model.month == date(2027, 3, 1)  # before the month was ever shown

    qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
    month = page.month_model
    bold = [
        month.index(row, column).data(DAY_ROLE)
        for row in range(month.rowCount())
        for column in range(month.columnCount())
        if month.index(row, column).data(Qt.ItemDataRole.FontRole)
    ]
    assert bold == [wednesday]


def test_the_month_view_moves_by_a_month_and_shows_iso_weeks(
    qtbot: QtBot,
    page: CalendarPage,
    loaded_ranges: list[tuple[date, date, CalendarFilter]],
) -> None:
    qtbot.mouseClick(page.month_button, Qt.MouseButton.LeftButton)
    assert page.mode == "month"
    assert page.stack.currentWidget() is page.month_view
    assert loaded_ranges[-1][:2] == (date(2026, 10, 26), date(2026, 12, 6))
    assert page.range_label.text() == "November 2026 · weeks 44–49"
    header = page.month_model.headerData
    weeks = [header(row, Qt.Orientation.Vertical) for row in range(6)]
    assert weeks == ["Wk 44", "Wk 45", "Wk 46", "Wk 47", "Wk 48", "Wk 49"]
    assert header(0, Qt.Orientation.Horizontal) == "Mon"

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert loaded_ranges[-1][:2] == (date(2026, 11, 30), date(2027, 1, 10))
    assert page.range_label.text() == "December 2026 · weeks 49–1"
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert loaded_ranges[-1][:2] == (date(2026, 9, 28), date(2026, 11, 8))
    assert page.month_model.month == date(2026, 10, 1)

    page.set_mode("week")
    assert page.week_model.first_day == date(2026, 9, 28)
    assert page.week_button.isChecked()


def test_a_group_filter_shows_only_that_group(qtbot: QtBot, page: CalendarPage) -> None:
    combo = page.filters.group
    assert combo.itemText(0) == "All groups"
    combo.setCurrentIndex(combo.findText(VAUVARYHMA))
    assert [column_groups(page.week_model, c) for c in range(7)] == [
        [],
        [VAUVARYHMA],
        [],
        [],
        [],
        [],
        [],
    ]
    assert page.filters.clear_button.isEnabled()
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert {e.group_name for e in page.week_model.entries} == {VAUVARYHMA}
    qtbot.mouseClick(page.filters.clear_button, Qt.MouseButton.LeftButton)
    assert combo.currentIndex() == 0
    assert len({e.group_name for e in page.week_model.entries}) > 1


def test_a_sessions_tooltip_names_its_leaders_in_the_week_and_the_month(
    page: CalendarPage, demo_context: AppContext
) -> None:
    row, column = week_cell(page, "Isä–lapsi-ryhmä Karhunpojat", date(2026, 11, 28))
    entry = page.week_model.entry(row, column)
    assert entry is not None
    names = demo_context.read(lambda uow: calendar_leaders(uow, [entry.session_id]))
    expected = "Leaders: " + ", ".join(names[entry.session_id])
    tooltip = page.week_model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
    assert expected in tooltip.splitlines()

    page.set_mode("month")
    position = page.month_model.position_of(date(2026, 11, 28))
    assert position is not None
    day_tooltip = page.month_model.index(*position).data(Qt.ItemDataRole.ToolTipRole)
    assert expected in day_tooltip.splitlines()


def test_worker_and_place_filters(page: CalendarPage, demo_context: AppContext) -> None:
    worker = page.filters.worker
    assert worker.itemText(0) == "All workers"
    worker.setCurrentIndex(worker.findText("Esa Räsänen"))
    shown = [(e.day, e.group_name) for e in page.week_model.entries]
    assert shown == [
        (date(2026, 11, 25), "Perhekahvila Kohtaamo"),
        (date(2026, 11, 28), "Isä–lapsi-ryhmä Karhunpojat"),
    ]
    session_ids = [e.session_id for e in page.week_model.entries]
    leaders = demo_context.read(lambda uow: calendar_leaders(uow, session_ids))
    assert all("Esa Räsänen" in leaders[session_id] for session_id in session_ids)

    worker.setCurrentIndex(0)
    place = page.filters.place
    place.setCurrentIndex(place.findText("Leikkipuisto Kettukallio"))
    assert [e.day.day for e in page.week_model.entries] == [23, 24, 25, 27]
    assert {e.group_name for e in page.week_model.entries} == {PIKKUPESA}


def test_double_click_and_enter_on_a_session_ask_to_open_it(
    qtbot: QtBot, page: CalendarPage, demo_context: AppContext
) -> None:
    activate(qtbot, page)
    row, column = week_cell(page, VAUVARYHMA, date(2026, 11, 24))
    index = page.week_model.index(row, column)
    expected = index.data(SESSION_ROLE).session_id
    assert demo_context.read(lambda uow: get_session(uow, expected)).theme == "Vauvan uni"

    with qtbot.waitSignal(page.session_activated) as activated:
        qtbot.mouseDClick(
            page.week_view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=page.week_view.visualRect(index).center(),
        )
    assert activated.args == [expected]

    page.week_view.setCurrentIndex(index)
    with qtbot.waitSignal(page.session_activated) as activated:
        qtbot.keyClick(page.week_view, Qt.Key.Key_Return)
    assert activated.args == [expected]

    with qtbot.waitSignal(page.record_requested) as recorded:
        qtbot.keyClick(page.week_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert recorded.args == [expected]


# The offscreen platform cannot raise a popup or grab the keyboard for it, and says so.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_context_menu_asks_to_record_attendance(qtbot: QtBot, page: CalendarPage) -> None:
    activate(qtbot, page)
    row, column = week_cell(page, PIKKUPESA, date(2026, 11, 27))
    index = page.week_model.index(row, column)
    expected = index.data(SESSION_ROLE).session_id
    point = page.week_view.visualRect(index).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, page.week_view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(page.week_view.viewport(), event)
    menu = page.menu
    assert menu is not None
    qtbot.waitExposed(menu)
    texts = [a.text() for a in menu.actions()]
    assert texts == [
        "&Open session…",
        "&Record attendance…",
        "",
        "Print &sign-in sheet…",
        "Save sign-in sheet as &PDF…",
    ]
    with qtbot.waitSignal(page.record_requested) as recorded:
        menu.actions()[1].trigger()
    assert recorded.args == [expected]
    menu.close()


@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_the_context_menu_prints_or_saves_the_sessions_sign_in_sheet(
    qtbot: QtBot, page: CalendarPage, tmp_path: Path
) -> None:
    activate(qtbot, page)
    day = date(2026, 11, 27)
    row, column = week_cell(page, PIKKUPESA, day)
    page.week_view.setCurrentIndex(page.week_model.index(row, column))
    # The menu key, as a person without a mouse opens it (QTest's key click of it
    # makes no context menu event).
    point = page.week_view.visualRect(page.week_view.currentIndex()).center()
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Keyboard, point, page.week_view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(page.week_view, event)
    menu = page.menu
    assert menu is not None
    qtbot.waitExposed(menu)
    actions = {action.text(): action for action in menu.actions()}
    actions["Print &sign-in sheet…"].trigger()
    printer = page.sheets.dialog
    assert isinstance(printer, QPrintDialog)
    assert printer.isVisible()
    printer.reject()
    actions["Save sign-in sheet as &PDF…"].trigger()
    menu.close()
    dialog = page.sheets.dialog
    assert isinstance(dialog, QFileDialog)
    show_window(qtbot, dialog)
    dialog.setDirectory(str(tmp_path))
    name = f"Sign-in sheet {PIKKUPESA} {file_name(format_date(day))}.pdf"
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_field is not None
    assert name_field.text() == name
    click_into(qtbot, name_field)
    enter(qtbot)
    qtbot.waitUntil(lambda: (tmp_path / name).exists())
    text = pdf_text(tmp_path / name)
    assert text.startswith(f"{PIKKUPESA} Sign-in sheet · Friday {format_date(day)}")


def test_a_cancelled_session_offers_no_attendance_recording(
    qtbot: QtBot, page: CalendarPage, demo_context: AppContext
) -> None:
    cancelled = cancelled_entry(demo_context)
    page.show_day(cancelled.day)
    index = page.week_view.index_of(cancelled)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    page.week_view.setCurrentIndex(index)
    with qtbot.assertNotEmitted(page.record_requested):
        page.record_action.trigger()


def test_a_double_click_on_a_month_chip_opens_that_session_and_on_a_day_its_week(
    qtbot: QtBot, page: CalendarPage
) -> None:
    page.set_mode("month")
    activate(qtbot, page)
    view = page.month_view
    index = page.month_model.index(4, 1)  # Tuesday 24.11.
    sessions = index.data(SESSIONS_ROLE)
    assert [e.group_name for e in sessions][1] == VAUVARYHMA
    layout = ChipLayout(view.visualRect(index), view.fontMetrics(), len(sessions))
    assert len(layout.chips) >= 2, "the cell is tall enough for two chips at 1200x700"
    with qtbot.waitSignal(page.session_activated) as activated:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=layout.chips[1].center())
    assert activated.args == [sessions[1].session_id]

    thursday = page.month_model.index(4, 3)  # 26.11., no sessions
    qtbot.mouseDClick(
        view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(thursday).center()
    )
    assert page.mode == "week"
    assert page.week_model.first_day == MONDAY
    assert page.week_view.currentIndex().column() == 3
    assert not view.grab().isNull()  # the delegate paints without a warning


def test_show_day_jumps_there_in_either_mode(page: CalendarPage) -> None:
    page.show_day(date(2027, 2, 17))
    assert page.week_model.first_day == date(2027, 2, 15)
    current = page.week_view.currentIndex()
    assert (current.row(), current.column()) == (0, 2)
    chosen = page.week_view.current_session()
    assert chosen is not None
    assert chosen.group_name == PIKKUPESA
    page.set_mode("month")
    assert page.month_model.month == date(2027, 2, 1)
    current = page.month_view.currentIndex()
    assert (current.row(), current.column()) == (2, 2)  # weeks 5, 6, 7; Wednesday
    with pytest.raises(ValueError, match="year"):
        page.set_mode("year")  # type: ignore[arg-type]


def test_a_change_anywhere_refreshes_but_keeps_the_range_and_filters(
    page: CalendarPage, demo_context: AppContext
) -> None:
    page.filters.group.setCurrentIndex(page.filters.group.findText(VAUVARYHMA))
    page.show_day(date(2026, 12, 1))
    (entry,) = page.week_model.entries

    def retheme(uow: UnitOfWork) -> None:
        session = get_session(uow, entry.session_id)
        update_session(uow, dataclasses.replace(session, theme="Joulun odotus"))

    demo_context.write(retheme, Changes.SESSIONS)
    assert page.week_model.first_day == date(2026, 11, 30)
    assert page.filters.group.currentText() == VAUVARYHMA
    (changed,) = page.week_model.entries
    assert changed.session_id == entry.session_id
    assert changed.theme == "Joulun odotus"


def test_an_empty_database_shows_an_empty_week(qtbot: QtBot, empty_context: AppContext) -> None:
    empty = CalendarPage(empty_context)
    qtbot.addWidget(empty)
    assert empty.week_model.rowCount() == 0
    assert empty.count_label.text().startswith("0 session")
    assert empty.filters.group.count() == 1


def test_tab_goes_from_the_toolbar_through_the_filters_to_the_calendar(
    qtbot: QtBot, page: CalendarPage
) -> None:
    activate(qtbot, page)
    page.previous_button.setFocus()
    expected = [
        page.today_button,
        page.next_button,
        page.week_button,  # the checked one of Week and Month, as with radio buttons
        page.filters.group,
        page.filters.worker,
        page.filters.organisation,
        page.filters.place,
    ]
    reached = []
    for _ in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == expected
    page.filters.place.setFocus()
    qtbot.keyClick(page.filters.place, Qt.Key.Key_Tab)  # Clear filters is disabled
    assert QApplication.focusWidget() is page.week_view


KARHUNPOJAT = "Isä–lapsi-ryhmä Karhunpojat"
MOVE_DAY = date(2026, 12, 8)  # Vauvaryhmä Pikkuiset meets there 9.30–11.00


def move_karhunpojat_onto_vauvaryhma(context: AppContext) -> None:
    """Karhunpojat's Saturday 12.12. moved onto the babies' Tuesday morning in their room."""

    def move(uow: UnitOfWork) -> None:
        (saturday,) = uow.sessions.between(date(2026, 12, 12), date(2026, 12, 12))
        moved = dataclasses.replace(saturday, day=MOVE_DAY, start=time(9, 30), end=time(11, 30))
        update_session(uow, moved, accept_conflicts=True)

    context.write(move, Changes.SESSIONS)


def edge_colours(view: CalendarView, rect: QRect) -> set[str]:
    """The colours of the cell's (or chip's) left edge, as drawn on the screen."""
    image = view.viewport().grab().toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(rect.left(), rect.left() + CONFLICT_BAR)
        for y in range(rect.top() + 4, rect.bottom() - 4)
    }


def test_a_double_booked_session_is_marked_in_the_week_and_the_month_and_its_tooltip_names_the_other(  # noqa: E501
    qtbot: QtBot, page: CalendarPage, demo_context: AppContext
) -> None:
    move_karhunpojat_onto_vauvaryhma(demo_context)
    activate(qtbot, page)
    page.show_day(MOVE_DAY)
    row, column = week_cell(page, KARHUNPOJAT, MOVE_DAY)
    babies = week_cell(page, VAUVARYHMA, MOVE_DAY)
    free = week_cell(page, PIKKUPESA, MOVE_DAY)
    model = page.week_model
    marks = [
        getattr(model.entry(*cell), "in_conflict", None) for cell in ((row, column), babies, free)
    ]
    assert marks == [True, True, False]
    index = model.index(row, column)
    assert index.data().splitlines()[0] == "⚠ 9.30–11.30"
    assert index.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Double booked"
    assert model.index(*free).data(Qt.ItemDataRole.AccessibleDescriptionRole) is None
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole).splitlines()
    tuesday = f"{weekday_name(MOVE_DAY)} {format_date(MOVE_DAY)}"
    assert tooltip[-2:] == [
        "⚠ Double booked:",
        f"Perhekeskus Majakka (place): {VAUVARYHMA}, {tuesday} 9.30–11.00",
    ]
    view = page.week_view
    view.setCurrentIndex(QModelIndex())
    assert edge_colours(view, view.visualRect(index)) == {CONFLICT_MARK.name()}
    assert CONFLICT_MARK.name() not in edge_colours(view, view.visualRect(model.index(*free)))

    page.set_mode("month")
    position = page.month_model.position_of(MOVE_DAY)
    assert position is not None
    day = page.month_model.index(*position)
    sessions = day.data(SESSIONS_ROLE)
    chips = ChipLayout(
        page.month_view.visualRect(day), page.month_view.fontMetrics(), len(sessions)
    ).chips
    marked = [n for n, entry in enumerate(sessions) if entry.in_conflict]
    assert [sessions[n].group_name for n in marked] == [VAUVARYHMA, KARHUNPOJAT]
    page.month_view.setCurrentIndex(QModelIndex())
    for number, chip in enumerate(chips):
        colours = edge_colours(page.month_view, chip)
        assert (colours == {CONFLICT_MARK.name()}) is (number in marked), number
    assert day.data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Double booked"
    month_tooltip = day.data(Qt.ItemDataRole.ToolTipRole).split("\n\n")
    assert [tip.splitlines()[-1] for tip in month_tooltip if "Double booked" in tip] == [
        f"Perhekeskus Majakka (place): {KARHUNPOJAT}, {tuesday} 9.30–11.30",
        f"Perhekeskus Majakka (place): {VAUVARYHMA}, {tuesday} 9.30–11.00",
    ]

    # A filter that hides the other session still shows the mark.
    page.set_mode("week")
    group = page.filters.group
    group.setCurrentIndex(group.findText(KARHUNPOJAT))
    assert [
        (e.group_name, e.in_conflict) for e in page.week_model.entries if e.day == MOVE_DAY
    ] == [(KARHUNPOJAT, True)]
