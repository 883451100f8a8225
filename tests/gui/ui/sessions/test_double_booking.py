"""No double booking is saved silently: moving a session in its dialog, and Edit → Undo
and Redo, ask first and save only what the person confirms. Driven through the window,
as a person moves Karhunpojat from Saturday 12.12 onto Tuesday 8.12 9.30–11.30 in the
room Vauvaryhmä Pikkuiset uses then."""

from __future__ import annotations

import json
import uuid
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ryhmat.cli.main import main
from ryhmat.domain.model import CancelReason, Session, SessionStatus
from ryhmat.domain.usecases.calendar import CalendarEntry
from ryhmat.domain.usecases.sessions import get_session
from ryhmat.labels import label
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date, format_time_range, weekday_name
from ryhmat.ui.main_window import MainWindow
from ryhmat.ui.sessions import SessionDialog
from tests.gui.person import (
    activate,
    answer,
    choose,
    click,
    enter,
    no_question,
    question,
    redo,
    tab,
    toggle_item,
    type_over,
    type_text,
    undo,
    wait_closed,
    wait_for_dialog,
    wait_for_focus,
)
from tests.gui.window import open_main_window

KARHUNPOJAT = "Isä–lapsi-ryhmä Karhunpojat"
PIKKUISET = "Vauvaryhmä Pikkuiset"
SATURDAY = date(2026, 12, 12)
TUESDAY = date(2026, 12, 8)
MAJAKKA = "Perhekeskus Majakka"
NINA = "Nina Autio"  # leads Vauvaryhmä Pikkuiset; the substitute of this move


@pytest.fixture
def window(qtbot: QtBot, demo_context: AppContext, tmp_path: Path) -> MainWindow:
    return open_main_window(qtbot, demo_context, tmp_path)


def stored(context: AppContext, session_id: uuid.UUID) -> Session:
    return context.read(lambda uow: get_session(uow, session_id))


def calendar_entry(window: MainWindow, day: date, group: str) -> CalendarEntry:
    window.calendar.show_day(day)
    found = [
        entry
        for entry in window.calendar.week_model.entries
        if entry.day == day and entry.group_name == group
    ]
    assert len(found) == 1, found
    return found[0]


def open_from_calendar(qtbot: QtBot, window: MainWindow, day: date, group: str) -> SessionDialog:
    """Go to the day in the calendar, put the cursor on the group's session, press Enter."""
    activate(qtbot, window)
    entry = calendar_entry(window, day, group)
    view = window.calendar.week_view
    view.setFocus()
    wait_for_focus(qtbot, view)
    view.setCurrentIndex(view.index_of(entry))
    enter(qtbot)
    dialog = wait_for_dialog(qtbot, SessionDialog)
    assert isinstance(dialog, SessionDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def move_onto_pikkuiset(qtbot: QtBot, dialog: SessionDialog) -> None:
    """Type Tuesday 8.12. 9.30–11.30 in Perhekeskus Majakka, with Nina as a substitute."""
    type_over(qtbot, dialog.date_edit, "8.12.2026")
    tab(qtbot)
    type_over(qtbot, dialog.start_edit, "930")
    type_over(qtbot, dialog.end_edit, "11.30")
    choose(qtbot, dialog.place_combo, MAJAKKA)
    toggle_item(qtbot, dialog.leaders, NINA)


def clash_lines(other: str, day: date, start: time, end: time, *resources: str) -> str:
    when = f"{weekday_name(day)} {format_date(day)} {format_time_range(start, end)}"
    return "\n".join(f"{resource}: {other}, {when}" for resource in resources)


def pikkuiset_clashes() -> str:
    """What the move clashes with, written as the UI writes dates and times."""
    return clash_lines(
        PIKKUISET, TUESDAY, time(9, 30), time(11), f"{MAJAKKA} (place)", f"{NINA} (worker)"
    )


def test_a_move_onto_a_booked_room_asks_go_back_keeps_the_edits_and_only_a_yes_saves_it(
    qtbot: QtBot,
    window: MainWindow,
    demo_context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    karhunpojat = calendar_entry(window, SATURDAY, KARHUNPOJAT).session_id
    pikkuiset = calendar_entry(window, TUESDAY, PIKKUISET).session_id
    dialog = open_from_calendar(qtbot, window, SATURDAY, KARHUNPOJAT)
    move_onto_pikkuiset(qtbot, dialog)

    click(qtbot, dialog.save_button)
    box = question(qtbot)
    assert box.text() == "Saving books someone or a place twice:"
    assert box.informativeText() == pikkuiset_clashes()
    answer(qtbot, box, "Go back")

    # Nothing is saved, and the form keeps what was typed.
    assert stored(demo_context, karhunpojat).day == SATURDAY
    assert demo_context.session_undo.count() == 0
    assert dialog.isVisible()
    assert (dialog.date_edit.day(), dialog.start_edit.moment(), dialog.end_edit.moment()) == (
        TUESDAY,
        time(9, 30),
        time(11, 30),
    )
    assert dialog.place_combo.currentText() == MAJAKKA

    click(qtbot, dialog.save_button)
    answer(qtbot, question(qtbot), "Save anyway")
    wait_closed(qtbot, dialog)
    moved = stored(demo_context, karhunpojat)
    assert (moved.day, moved.start, moved.end) == (TUESDAY, time(9, 30), time(11, 30))
    workers = demo_context.read(lambda uow: uow.workers.names())
    assert [workers[i] for i in moved.leader_ids] == ["Esa Räsänen", "Veeti Huhtala", NINA]
    assert demo_context.session_undo.undoText() == f"Move {KARHUNPOJAT} session"

    # The calendar marks both sessions, and the tooltip names the other one.
    activate(qtbot, window)
    marked = {
        entry.session_id
        for entry in window.calendar.week_model.entries
        if entry.in_conflict and entry.day == TUESDAY
    }
    assert marked == {karhunpojat, pikkuiset}
    model = window.calendar.week_model
    index = window.calendar.week_view.index_of(calendar_entry(window, TUESDAY, KARHUNPOJAT))
    assert model.data(index).startswith("⚠ 9.30–11.30")
    assert model.data(index, Qt.ItemDataRole.AccessibleDescriptionRole) == "Double booked"
    tooltip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert tooltip.endswith(f"⚠ Double booked:\n{pikkuiset_clashes()}")

    # `ryhmat conflicts` lists exactly the sessions the calendar marks.
    monkeypatch.setenv("RYHMAT_LANGUAGE", "en")
    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    week = ["--from", "7.12.2026", "--to", "13.12.2026"]
    assert main(["--database", url, "conflicts", "--json", *week]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {(c["kind"], c["resource"]) for c in listed} == {
        ("place", MAJAKKA),
        ("worker", NINA),
    }
    assert {uuid.UUID(c[side]["id"]) for c in listed for side in ("first", "second")} == marked


def test_undo_and_redo_that_would_double_book_ask_and_a_no_leaves_the_stack_where_it_was(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext
) -> None:
    karhunpojat = calendar_entry(window, SATURDAY, KARHUNPOJAT).session_id
    pikkuiset = calendar_entry(window, TUESDAY, PIKKUISET).session_id
    steps = demo_context.session_undo
    dialog = open_from_calendar(qtbot, window, SATURDAY, KARHUNPOJAT)
    move_onto_pikkuiset(qtbot, dialog)
    click(qtbot, dialog.save_button)
    answer(qtbot, question(qtbot), "Save anyway")
    wait_closed(qtbot, dialog)

    # Back to Saturday books nobody twice: undone without a question.
    activate(qtbot, window)
    undo(qtbot)
    assert no_question()
    assert stored(demo_context, karhunpojat).day == SATURDAY
    assert (steps.index(), steps.count()) == (0, 1)

    # Redoing the move asks; "go back" leaves the session and the stack as they were.
    redo(qtbot)
    box = question(qtbot)
    assert box.text() == f"Redoing “Move {KARHUNPOJAT} session” books someone or a place twice:"
    assert box.informativeText() == pikkuiset_clashes()
    answer(qtbot, box, "Go back")
    assert stored(demo_context, karhunpojat).day == SATURDAY
    assert (steps.index(), steps.count()) == (0, 1)
    activate(qtbot, window)  # the window manager's job when a question closes
    redo(qtbot)
    answer(qtbot, question(qtbot), "Redo anyway")
    assert stored(demo_context, karhunpojat).day == TUESDAY
    assert (steps.index(), steps.count()) == (1, 1)

    # Pikkuiset is cancelled (no question: that frees the room) ...
    dialog = open_from_calendar(qtbot, window, TUESDAY, PIKKUISET)
    click(qtbot, dialog.cancel_button)
    choose(qtbot, dialog.reason_category, label(CancelReason.LEADER_ILL).capitalize())
    tab(qtbot)
    type_text(qtbot, "Ohjaaja sairastunut")
    with qtbot.waitSignal(dialog.saved):
        enter(qtbot)
    assert no_question()
    assert stored(demo_context, pikkuiset).status is SessionStatus.CANCELLED
    dialog.close()
    wait_closed(qtbot, dialog)

    # ... and undoing the cancellation would book the room and Nina twice: it asks.
    activate(qtbot, window)
    undo(qtbot)
    box = question(qtbot)
    assert box.text() == f"Undoing “Cancel {PIKKUISET} session” books someone or a place twice:"
    assert box.informativeText() == clash_lines(
        KARHUNPOJAT, TUESDAY, time(9, 30), time(11, 30), f"{MAJAKKA} (place)", f"{NINA} (worker)"
    )
    answer(qtbot, box, "Go back")
    assert stored(demo_context, pikkuiset).status is SessionStatus.CANCELLED
    assert (steps.index(), steps.count()) == (2, 2)
    activate(qtbot, window)
    undo(qtbot)
    answer(qtbot, question(qtbot), "Undo anyway")
    assert stored(demo_context, pikkuiset).status is SessionStatus.PLANNED
    assert (steps.index(), steps.count()) == (1, 2)
    assert {e.session_id for e in window.calendar.week_model.entries if e.in_conflict} == {
        karhunpojat,
        pikkuiset,
    }


def test_a_step_taken_past_the_edit_menu_still_never_double_books(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext
) -> None:
    karhunpojat = calendar_entry(window, SATURDAY, KARHUNPOJAT).session_id
    dialog = open_from_calendar(qtbot, window, SATURDAY, KARHUNPOJAT)
    move_onto_pikkuiset(qtbot, dialog)
    click(qtbot, dialog.save_button)
    answer(qtbot, question(qtbot), "Save anyway")
    wait_closed(qtbot, dialog)
    activate(qtbot, window)
    undo(qtbot)
    assert stored(demo_context, karhunpojat).day == SATURDAY

    demo_context.session_undo.redo()  # not through Edit → Redo: nobody was asked

    box = question(qtbot)
    assert box.text() == "The change books someone or a place twice; confirm it before saving."
    answer(qtbot, box, "OK")
    assert stored(demo_context, karhunpojat).day == SATURDAY
    assert demo_context.session_undo.count() == 0  # the step that cannot be taken is gone


def test_a_session_typed_onto_its_own_groups_other_session_asks_naming_the_group(
    qtbot: QtBot, window: MainWindow, demo_context: AppContext
) -> None:
    """Karhunpojat of 12.12. typed onto its own session of 5.12. 10.00–12.00: the group
    itself is named among what is booked twice, and only a yes saves it."""
    fifth = date(2026, 12, 5)
    own_other = calendar_entry(window, fifth, KARHUNPOJAT)
    karhunpojat = calendar_entry(window, SATURDAY, KARHUNPOJAT).session_id
    dialog = open_from_calendar(qtbot, window, SATURDAY, KARHUNPOJAT)
    type_over(qtbot, dialog.date_edit, "5.12.2026")
    tab(qtbot)
    type_over(qtbot, dialog.start_edit, "1130")
    type_over(qtbot, dialog.end_edit, "13.30")
    click(qtbot, dialog.save_button)
    box = question(qtbot)
    hours = format_time_range(own_other.start, own_other.end)
    when = f"{weekday_name(fifth)} {format_date(fifth)} {hours}"
    assert f"The group already has a session on {when}" in box.informativeText().split("\n")
    answer(qtbot, box, "Go back")
    assert stored(demo_context, karhunpojat).day == SATURDAY

    click(qtbot, dialog.save_button)
    answer(qtbot, question(qtbot), "Save anyway")
    wait_closed(qtbot, dialog)
    moved = stored(demo_context, karhunpojat)
    assert (moved.day, moved.start, moved.end) == (fifth, time(11, 30), time(13, 30))
