"""Moving a session in the calendar as a person does: dragged with the mouse in the week
(day and time) or the month (day), or stepped with Alt+Shift and the arrow keys; every
move asks first, is saved as the session dialog saves it, and is undone by Edit → Undo.
The demo's Vauvaryhmä Pikkuiset meets on Tuesday 24.11.2026 9.30–11.00."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import ClosurePeriod, Session, SessionStatus
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.calendar import CalendarEntry
from ryhmat.domain.usecases.closures import save_closures
from ryhmat.domain.usecases.series import get_series, save_series
from ryhmat.domain.usecases.sessions import get_session, update_session
from ryhmat.ui.calendar.moving import MOVE_SHORTCUTS, shortcut_descriptions
from ryhmat.ui.calendar.views import CalendarView, MonthView
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date, weekday_name
from ryhmat.ui.main_window import MainWindow
from tests.gui.person import (
    activate,
    answer,
    escape,
    no_question,
    press,
    question,
    redo,
    undo,
    wait_for_focus,
)
from tests.gui.window import open_main_window

from .helpers import MONDAY, season_entries

PIKKUISET = "Vauvaryhmä Pikkuiset"
KAKSOSET = "Kaksos- ja monikkoperheiden vertaisryhmä"
VAHVUUTTA = "Vahvuutta vanhemmuuteen"
KARHUNPOJAT = "Isä–lapsi-ryhmä Karhunpojat"
FIFTH = date(2026, 12, 5)  # a Saturday
INDEPENDENCE_DAY = date(2026, 12, 6)
TUESDAY = MONDAY.replace(day=24)
THURSDAY = MONDAY.replace(day=26)
ALT_SHIFT = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: QtBot, demo_context: AppContext, tmp_path: Path) -> MainWindow:
    shown = open_main_window(qtbot, demo_context, tmp_path)
    shown.resize(1200, 800)
    activate(qtbot, shown)
    return shown


def at(day: date, clock: str) -> str:
    """A day and time as the question writes them: "Tue 24.11.2026 at 9.30"."""
    return f"{weekday_name(day)} {format_date(day)} at {clock}"


def stored(context: AppContext, session_id: uuid.UUID) -> Session:
    return context.read(lambda uow: get_session(uow, session_id))


def when(session: Session) -> tuple[date, time, time]:
    return session.day, session.start, session.end


def entry_on(window: MainWindow, day: date, group: str) -> CalendarEntry:
    calendar = window.calendar
    model = calendar.week_model if calendar.mode == "week" else calendar.month_model
    found = [e for e in model.entries if e.day == day and e.group_name == group]
    assert len(found) == 1, found
    return found[0]


def drag(qtbot: QtBot, view: CalendarView, start: QPoint, *path: QPoint) -> None:
    """Press the left button at ``start``, move through ``path``, release at its end."""
    viewport = view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    for point in path:
        qtbot.mouseMove(viewport, point)
    qtbot.mouseRelease(viewport, LEFT, pos=path[-1])


def test_a_session_dragged_to_thursday_half_an_hour_later_asks_then_moves_and_undo_puts_it_back(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext
) -> None:
    calendar = window.calendar
    view = calendar.week_view
    entry = entry_on(window, TUESDAY, PIKKUISET)
    before = stored(demo_context, entry.session_id)
    cell = view.visualRect(view.index_of(entry))
    thursday = view.columnViewportPosition(THURSDAY.weekday()) + view.columnWidth(3) // 2
    two_quarters = 2 * view.quarter_height()
    start = cell.center()
    target = QPoint(thursday, start.y() + two_quarters)

    viewport = view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    qtbot.mouseMove(viewport, QPoint(start.x() + 20, start.y()))
    qtbot.mouseMove(viewport, target)
    # While dragging, the view shows where the session would land.
    landing = view.landing
    assert landing is not None
    assert (landing.day, landing.start) == (THURSDAY, time(10, 0))
    assert landing.area.left() == view.columnViewportPosition(3)
    qtbot.mouseRelease(viewport, LEFT, pos=target)

    box = question(qtbot)
    assert box.text() == f"Move {PIKKUISET} {at(TUESDAY, '9.30')} → {at(THURSDAY, '10.00')}?"
    assert box.defaultButton().text() == "&Move"
    assert stored(demo_context, entry.session_id).day == TUESDAY  # nothing yet
    answer(qtbot, box, "Move")

    moved = stored(demo_context, entry.session_id)
    assert when(moved) == (THURSDAY, time(10, 0), time(11, 30))  # the length kept
    assert moved.edited_individually
    assert moved.occurrence_day == before.occurrence_day
    assert moved.sequence == before.sequence + 1
    # The calendar shows it on Thursday, still current.
    assert view.current_session() == entry_on(window, THURSDAY, PIKKUISET)
    assert demo_context.session_undo.undoText() == f"Move {PIKKUISET} session"

    activate(qtbot, window)
    undo(qtbot)
    assert no_question()
    assert when(stored(demo_context, entry.session_id)) == (TUESDAY, time(9, 30), time(11, 0))
    assert entry_on(window, TUESDAY, PIKKUISET).start == time(9, 30)
    redo(qtbot)
    assert when(stored(demo_context, entry.session_id)) == (THURSDAY, time(10, 0), time(11, 30))


def test_escape_in_the_question_or_during_the_drag_moves_nothing(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext
) -> None:
    view = window.calendar.week_view
    entry = entry_on(window, TUESDAY, PIKKUISET)
    start = view.visualRect(view.index_of(entry)).center()
    thursday = QPoint(view.columnViewportPosition(3) + 10, start.y())
    drag(qtbot, view, start, QPoint(start.x() + 20, start.y()), thursday)
    question(qtbot)
    escape(qtbot)
    qtbot.waitUntil(no_question)
    assert when(stored(demo_context, entry.session_id)) == (TUESDAY, time(9, 30), time(11, 0))
    assert demo_context.session_undo.count() == 0

    # Esc while the button is still down gives the drag up: the release moves nothing.
    activate(qtbot, window)
    viewport = view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    qtbot.mouseMove(viewport, QPoint(start.x() + 20, start.y()))
    qtbot.mouseMove(viewport, thursday)
    assert view.landing is not None
    wait_for_focus(qtbot, view)
    escape(qtbot)
    assert view.landing is None
    qtbot.mouseRelease(viewport, LEFT, pos=thursday)
    assert no_question()
    assert stored(demo_context, entry.session_id).day == TUESDAY

    # Dropped beside the days, it stays too.
    outside = QPoint(viewport.width() + 40, start.y())
    drag(qtbot, view, start, QPoint(start.x() + 20, start.y()), thursday, outside)
    assert view.landing is None
    assert no_question()
    assert stored(demo_context, entry.session_id).day == TUESDAY


def month_cell(view: MonthView, day: date) -> QRect:
    position = view.month_model.position_of(day)
    assert position is not None
    return view.visualRect(view.month_model.index(*position))


def test_in_the_month_a_session_dragged_to_another_day_keeps_its_time(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext
) -> None:
    calendar = window.calendar
    calendar.set_mode("month")
    view = calendar.month_view
    entry = entry_on(window, TUESDAY, PIKKUISET)
    cell = month_cell(view, TUESDAY)
    start = next(
        QPoint(cell.center().x(), y)
        for y in range(cell.top(), cell.bottom())
        if view.session_at(QPoint(cell.center().x(), y)) == entry
    )
    thursday_next_week = date(2026, 12, 3)
    drag(
        qtbot,
        view,
        start,
        QPoint(start.x(), start.y() + 20),
        month_cell(view, thursday_next_week).center(),
    )
    box = question(qtbot)
    expected = f"Move {PIKKUISET} {at(TUESDAY, '9.30')} → {at(thursday_next_week, '9.30')}?"
    assert box.text() == expected
    answer(qtbot, box, "Move")
    moved = stored(demo_context, entry.session_id)
    assert when(moved) == (thursday_next_week, time(9, 30), time(11, 0))


def test_in_the_month_the_keys_move_a_week_or_a_day_and_name_a_clash_or_a_holiday(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext
) -> None:
    """Karhunpojat of Saturday 5.12.: a week later it would meet beside its own next
    session; a day later is Independence Day."""
    calendar = window.calendar
    calendar.set_mode("month")
    view = calendar.month_view
    entry = entry_on(window, FIFTH, KARHUNPOJAT)
    view.setFocus()
    wait_for_focus(qtbot, view)
    view.select_day(FIFTH)
    assert view.current_session() == entry

    press(qtbot, Qt.Key.Key_Down, ALT_SHIFT)
    box = question(qtbot)
    a_week_later = date(2026, 12, 12)
    assert box.text().endswith(f"→ {at(a_week_later, '10.00')}?")
    own_next = f"{KARHUNPOJAT}, {weekday_name(a_week_later)} {format_date(a_week_later)}"
    assert f"Perhekeskus Majakka (place): {own_next} 10.00–12.00" in box.informativeText()
    own_day = f"{weekday_name(a_week_later)} {format_date(a_week_later)}"
    assert f"The group already has a session on {own_day} 10.00–12.00" in box.informativeText()
    answer(qtbot, box, "Don't move")

    wait_for_focus(qtbot, view)
    press(qtbot, Qt.Key.Key_Right, ALT_SHIFT)
    box = question(qtbot)
    holiday = demo_context.holidays.holiday_name(INDEPENDENCE_DAY)
    assert holiday
    assert (
        box.informativeText() == f"{format_date(INDEPENDENCE_DAY)} is a public holiday: {holiday}."
    )
    answer(qtbot, box, "Move")
    assert stored(demo_context, entry.session_id).day == INDEPENDENCE_DAY
    assert view.current_session() == entry_on(window, INDEPENDENCE_DAY, KARHUNPOJAT)


def test_alt_shift_and_the_arrows_move_the_current_session_a_day_or_a_quarter_hour(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext
) -> None:
    view = window.calendar.week_view
    entry = entry_on(window, TUESDAY, PIKKUISET)
    view.setFocus()
    wait_for_focus(qtbot, view)
    view.setCurrentIndex(view.index_of(entry))

    press(qtbot, Qt.Key.Key_Right, ALT_SHIFT)
    box = question(qtbot)
    assert (
        box.text() == f"Move {PIKKUISET} {at(TUESDAY, '9.30')} → {at(date(2026, 11, 25), '9.30')}?"
    )
    answer(qtbot, box, "Don't move")
    assert stored(demo_context, entry.session_id).day == TUESDAY

    press(qtbot, Qt.Key.Key_Down, ALT_SHIFT)
    box = question(qtbot)
    assert box.text().endswith(f"→ {at(TUESDAY, '9.45')}?")
    press(qtbot, Qt.Key.Key_Return)  # Move is the default
    qtbot.waitUntil(no_question)
    assert when(stored(demo_context, entry.session_id)) == (TUESDAY, time(9, 45), time(11, 15))

    # The moved session stays current: the next step moves it on.
    activate(qtbot, window)
    wait_for_focus(qtbot, view)
    press(qtbot, Qt.Key.Key_Left, ALT_SHIFT)
    answer(qtbot, question(qtbot), "Move")
    assert when(stored(demo_context, entry.session_id)) == (MONDAY, time(9, 45), time(11, 15))
    # A step past Sunday goes on into the next week, which the calendar then shows.
    saturday = entry_on(window, date(2026, 11, 28), KARHUNPOJAT)
    view.setCurrentIndex(view.index_of(saturday))
    for _ in range(2):
        press(qtbot, Qt.Key.Key_Right, ALT_SHIFT)
        answer(qtbot, question(qtbot), "Move")
        activate(qtbot, window)
    assert stored(demo_context, saturday.session_id).day == date(2026, 11, 30)
    assert window.calendar.week_model.first_day == date(2026, 11, 30)
    assert view.current_session() == entry_on(window, date(2026, 11, 30), KARHUNPOJAT)
    # Alt+Left alone still turns the week.
    wait_for_focus(qtbot, view)
    press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.calendar.week_model.first_day == MONDAY
    # Each step is a step of Edit → Undo.
    undo(qtbot)
    assert stored(demo_context, saturday.session_id).day == date(2026, 11, 29)
    undo(qtbot)
    undo(qtbot)
    assert stored(demo_context, saturday.session_id).day == date(2026, 11, 28)
    assert when(stored(demo_context, entry.session_id)) == (TUESDAY, time(9, 45), time(11, 15))


def test_the_shortcuts_are_listed_as_data_with_their_descriptions() -> None:
    keys = [key.toString() for key, _ in MOVE_SHORTCUTS]
    assert keys == ["Alt+Shift+Left", "Alt+Shift+Right", "Alt+Shift+Up", "Alt+Shift+Down"]
    assert [text for _, text in shortcut_descriptions()][1] == "Move the session a day later"


def test_a_held_session_is_not_moved_and_says_so(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext
) -> None:
    held = next(e for e in season_entries(demo_context) if e.status is SessionStatus.HELD)
    window.calendar.show_day(held.day)
    view = window.calendar.week_view
    view.setFocus()
    wait_for_focus(qtbot, view)
    view.setCurrentIndex(view.index_of(held))
    press(qtbot, Qt.Key.Key_Down, ALT_SHIFT)
    box = question(qtbot)
    assert box.text().startswith("This session has been held")
    answer(qtbot, box, "OK")

    # Dragged, it shows no place to land, and the drop says the same.
    activate(qtbot, window)
    start = view.visualRect(view.index_of(held)).center()
    viewport = view.viewport()
    qtbot.mousePress(viewport, LEFT, pos=start)
    qtbot.mouseMove(viewport, QPoint(start.x() + 20, start.y() + 40))
    assert view.landing is None
    assert viewport.cursor().shape() == Qt.CursorShape.ForbiddenCursor
    qtbot.mouseRelease(viewport, LEFT, pos=QPoint(start.x() + 20, start.y() + 40))
    box = question(qtbot)
    assert box.text().startswith("This session has been held")
    answer(qtbot, box, "OK")
    assert when(stored(demo_context, held.session_id)) == (held.day, held.start, held.end)
    assert demo_context.session_undo.count() == 0


def test_a_session_someone_else_changed_since_it_was_shown_is_not_moved(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext, second_context: AppContext
) -> None:
    entry = entry_on(window, TUESDAY, PIKKUISET)

    def colleague_sets_theme(uow: UnitOfWork) -> Session:
        session = get_session(uow, entry.session_id)
        session.theme = "Vauvahieronta"
        return update_session(uow, session)

    second_context.write(colleague_sets_theme, Changes.SESSIONS)
    view = window.calendar.week_view
    start = view.visualRect(view.index_of(entry)).center()
    drag(qtbot, view, start, QPoint(start.x() + 20, start.y()), QPoint(start.x(), start.y() + 80))
    box = question(qtbot)
    assert box.text().startswith("Someone else changed this session")
    answer(qtbot, box, "OK")
    kept = stored(demo_context, entry.session_id)
    assert when(kept) == (TUESDAY, time(9, 30), time(11, 0))
    assert kept.theme == "Vauvahieronta"
    assert demo_context.session_undo.count() == 0
    # The calendar now shows their change, so the move can be made again.
    assert entry_on(window, TUESDAY, PIKKUISET).theme == "Vauvahieronta"


def test_a_move_that_books_a_leader_and_a_place_twice_lists_them_and_saves_only_if_chosen(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext
) -> None:
    """Kaksos- ja monikkoperheiden vertaisryhmä, Tuesday 17.30–19.00 in Perhekeskus
    Majakka with Jenna Saastamoinen, stepped to Monday, when Vahvuutta vanhemmuuteen
    meets there at the same time, Jenna leading it too."""
    entry = entry_on(window, TUESDAY, KAKSOSET)
    view = window.calendar.week_view
    view.setFocus()
    wait_for_focus(qtbot, view)
    view.setCurrentIndex(view.index_of(entry))

    press(qtbot, Qt.Key.Key_Left, ALT_SHIFT)
    box = question(qtbot)
    assert box.text() == f"Move {KAKSOSET} {at(TUESDAY, '17.30')} → {at(MONDAY, '17.30')}?"
    other = f"{VAHVUUTTA}, {weekday_name(MONDAY)} {format_date(MONDAY)} 17.30–19.00"
    assert box.informativeText().split("\n") == [
        "The move books someone or a place twice:",
        f"Perhekeskus Majakka (place): {other}",
        f"Jenna Saastamoinen (worker): {other}",
    ]
    assert box.defaultButton().text() == "&Don't move"
    press(qtbot, Qt.Key.Key_Return)  # Enter alone never double-books
    qtbot.waitUntil(no_question)
    assert stored(demo_context, entry.session_id).day == TUESDAY

    activate(qtbot, window)
    wait_for_focus(qtbot, view)
    press(qtbot, Qt.Key.Key_Left, ALT_SHIFT)
    answer(qtbot, question(qtbot), "Move anyway")
    assert when(stored(demo_context, entry.session_id)) == (MONDAY, time(17, 30), time(19))
    assert entry_on(window, MONDAY, KAKSOSET).in_conflict
    # Back on Tuesday nobody is booked twice: undone without a question.
    undo(qtbot)
    assert no_question()
    assert stored(demo_context, entry.session_id).day == TUESDAY


def test_a_session_someone_else_removed_since_it_was_shown_is_not_moved_and_leaves_the_view(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext, second_context: AppContext
) -> None:
    """A colleague shortened the season: the session is gone; the calendar says so and
    stops showing it, rather than offering it to be moved again and again."""
    entry = entry_on(window, TUESDAY, PIKKUISET)

    def colleague_removes(uow: UnitOfWork) -> None:
        uow.sessions.delete(entry.session_id)
        uow.commit()

    second_context.write(colleague_removes, Changes.SESSIONS)
    view = window.calendar.week_view
    view.setFocus()
    wait_for_focus(qtbot, view)
    view.setCurrentIndex(view.index_of(entry))
    press(qtbot, Qt.Key.Key_Down, ALT_SHIFT)
    box = question(qtbot)
    assert box.text() == "The session no longer exists."
    answer(qtbot, box, "OK")
    assert demo_context.read(lambda uow: uow.sessions.get(entry.session_id)) is None
    assert demo_context.session_undo.count() == 0
    model = window.calendar.week_model
    assert all(e.session_id != entry.session_id for e in model.entries)


def test_a_step_that_would_go_before_midnight_asks_nothing_and_moves_nothing(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext
) -> None:
    """A session from 0.00 has no earlier quarter that day: Alt+Shift+Up is no move to
    confirm (it asked "0.00 → 0.00?" and saved a change of nothing to undo)."""
    entry = entry_on(window, TUESDAY, PIKKUISET)

    def at_midnight(uow: UnitOfWork) -> Session:
        session = get_session(uow, entry.session_id)
        session.start, session.end = time(0, 0), time(1, 0)
        return update_session(uow, session)

    demo_context.write(at_midnight, Changes.SESSIONS)
    view = window.calendar.week_view
    view.setFocus()
    wait_for_focus(qtbot, view)
    view.setCurrentIndex(view.index_of(entry_on(window, TUESDAY, PIKKUISET)))
    press(qtbot, Qt.Key.Key_Up, ALT_SHIFT)
    assert no_question()
    assert when(stored(demo_context, entry.session_id)) == (TUESDAY, time(0, 0), time(1, 0))
    assert demo_context.session_undo.count() == 0


def test_a_move_undone_leaves_the_session_to_its_season_again(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext
) -> None:
    """A slip of the mouse, then Edit → Undo: the session is back where its season put
    it and follows the season's next change of time, as its neighbours do, instead of
    staying behind as a session edited by hand."""
    entry = entry_on(window, TUESDAY, PIKKUISET)
    view = window.calendar.week_view
    view.setFocus()
    wait_for_focus(qtbot, view)
    view.setCurrentIndex(view.index_of(entry))
    press(qtbot, Qt.Key.Key_Right, ALT_SHIFT)
    answer(qtbot, question(qtbot), "Move")
    activate(qtbot, window)
    undo(qtbot)
    assert when(stored(demo_context, entry.session_id)) == (TUESDAY, time(9, 30), time(11, 0))

    series_id = stored(demo_context, entry.session_id).series_id
    assert series_id is not None

    def season_an_hour_later(uow: UnitOfWork) -> None:
        season = get_series(uow, series_id)
        season.slots = [
            dataclasses.replace(slot, start=time(10, 30), end=time(12, 0)) for slot in season.slots
        ]
        save_series(uow, season, demo_context.holidays)

    demo_context.write(season_an_hour_later, Changes.SESSIONS)
    assert when(stored(demo_context, entry.session_id)) == (TUESDAY, time(10, 30), time(12, 0))


def test_a_move_onto_a_closure_names_it_and_moves_when_confirmed(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext
) -> None:
    """A closure that pauses the group on the new day is named as a holiday is; the
    person may move the session there all the same."""
    wednesday = TUESDAY.replace(day=25)
    closure = ClosurePeriod(name="Koulutuspäivä", first_day=wednesday, last_day=wednesday)
    demo_context.write(lambda uow: save_closures(uow, [closure]), Changes.PLACES)
    entry = entry_on(window, TUESDAY, PIKKUISET)
    view = window.calendar.week_view
    view.setFocus()
    wait_for_focus(qtbot, view)
    view.setCurrentIndex(view.index_of(entry))
    press(qtbot, Qt.Key.Key_Right, ALT_SHIFT)
    box = question(qtbot)
    assert (
        box.informativeText() == f"On {format_date(wednesday)} the group is paused: Koulutuspäivä."
    )
    answer(qtbot, box, "Move")
    assert stored(demo_context, entry.session_id).day == wednesday
