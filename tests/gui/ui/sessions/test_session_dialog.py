"""Editing one session: moves, substitutes, cancelling and restoring, all undoable."""

from __future__ import annotations

import uuid
from datetime import date, time
from functools import partial

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import CancelReason, Session, SessionStatus
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.choices import load_choices
from ryhmat.domain.usecases.sessions import get_session
from ryhmat.labels import label
from ryhmat.ui.context import AppContext
from ryhmat.ui.sessions import SessionDialog
from tests.gui.person import (
    choose,
    click,
    enter,
    show_window,
    tab,
    tab_to,
    type_over,
    type_text,
)


def _get(session_id: uuid.UUID, uow: UnitOfWork) -> Session:
    return get_session(uow, session_id)


def stored(context: AppContext, session_id: uuid.UUID) -> Session:
    return context.read(partial(_get, session_id))


def open_dialog(qtbot: QtBot, context: AppContext, session_id: uuid.UUID) -> SessionDialog:
    dialog = SessionDialog(context, session_id)
    qtbot.addWidget(dialog)
    dialog.open()
    show_window(qtbot, dialog)
    return dialog


def toggle_leader(dialog: SessionDialog, worker_id: uuid.UUID) -> None:
    for row in range(dialog.leaders.count()):
        item = dialog.leaders.item(row)
        if item.data(Qt.ItemDataRole.UserRole) == worker_id:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            return
    raise LookupError(worker_id)


def state(session: Session) -> tuple[object, ...]:
    return (
        session.day,
        session.start,
        session.end,
        session.leader_ids,
        session.status,
        session.cancel_reason,
    )


def test_the_form_shows_the_stored_session(
    qtbot: QtBot, demo_context: AppContext, future_session: uuid.UUID
) -> None:
    session = stored(demo_context, future_session)
    dialog = open_dialog(qtbot, demo_context, future_session)
    assert dialog.title.text()
    assert dialog.date_edit.day() == session.day
    assert dialog.date_edit.text() == f"{session.day:%d/%m/%Y}"  # English in Finland
    assert dialog.start_edit.moment() == session.start
    assert dialog.start_edit.text() == f"{session.start.hour}.{session.start.minute:02d}"
    assert dialog.place_combo.currentData() == session.place_id
    checked = [
        dialog.leaders.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(dialog.leaders.count())
        if dialog.leaders.item(row).checkState() == Qt.CheckState.Checked
    ]
    assert set(checked) == set(session.leader_ids)
    assert dialog.status_label.text() == "Planned"
    assert not dialog.record_button.isEnabled()  # not held yet


def test_a_move_with_a_substitute_is_saved_undone_and_redone(
    qtbot: QtBot, demo_context: AppContext, future_session: uuid.UUID
) -> None:
    before = stored(demo_context, future_session)
    workers = demo_context.read(lambda uow: load_choices(uow).workers)
    substitute = next(w.id for w in workers if w.id not in before.leader_ids)
    dialog = open_dialog(qtbot, demo_context, future_session)
    type_over(qtbot, dialog.date_edit, "2.12.2026")
    tab(qtbot)
    type_text(qtbot, "1315")
    tab_to(qtbot, dialog.end_edit)
    type_text(qtbot, "14.45")
    toggle_leader(dialog, before.leader_ids[0])
    toggle_leader(dialog, substitute)

    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)

    assert not dialog.isVisible()
    after = stored(demo_context, future_session)
    assert (after.day, after.start, after.end) == (date(2026, 12, 2), time(13, 15), time(14, 45))
    assert after.leader_ids == [*before.leader_ids[1:], substitute]
    assert after.edited_individually
    undo = demo_context.session_undo
    assert undo.undoText() == f"Move {dialog.title.text()} session"

    undo.undo()
    assert state(stored(demo_context, future_session)) == state(before)
    undo.redo()
    assert state(stored(demo_context, future_session)) == state(after)


def test_an_end_before_the_start_is_refused_inline(
    qtbot: QtBot, demo_context: AppContext, future_session: uuid.UUID
) -> None:
    before = stored(demo_context, future_session)
    dialog = open_dialog(qtbot, demo_context, future_session)
    type_over(qtbot, dialog.start_edit, "12")
    type_over(qtbot, dialog.end_edit, "11.00")
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "The end time 11.00 is not after the start time 12.00."
    assert state(stored(demo_context, future_session)) == state(before)
    assert demo_context.session_undo.count() == 0


@pytest.mark.parametrize(
    ("day", "start", "end", "message"),
    [
        (
            "28.3.2027",
            "3.30",
            "5.00",
            "On 28.3.2027 the clocks go forward an hour, so 3.30 never comes that night. "
            "Choose another time.",
        ),
        (
            "28.3.2027",
            "2.00",
            "3.00",
            "On 28.3.2027 the clocks go forward an hour, so 3.00 never comes that night. "
            "Choose another time.",
        ),
        (
            "31.10.2027",
            "3.00",
            "3.30",
            "On 31.10.2027 the clocks go back an hour, so 3.00 comes twice that night. "
            "Choose another time.",
        ),
    ],
)
def test_a_time_the_clocks_skip_or_repeat_is_refused_inline(
    qtbot: QtBot,
    demo_context: AppContext,
    future_session: uuid.UUID,
    day: str,
    start: str,
    end: str,
    message: str,
) -> None:
    before = stored(demo_context, future_session)
    dialog = open_dialog(qtbot, demo_context, future_session)
    type_over(qtbot, dialog.date_edit, day)
    type_over(qtbot, dialog.start_edit, start)
    type_over(qtbot, dialog.end_edit, end)
    enter(qtbot)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.isVisible()
    assert dialog.error.text() == message
    assert state(stored(demo_context, future_session)) == state(before)
    assert demo_context.session_undo.count() == 0


def test_cancelling_asks_for_a_reason_inline_and_restoring_plans_it_again(
    qtbot: QtBot, demo_context: AppContext, future_session: uuid.UUID
) -> None:
    dialog = open_dialog(qtbot, demo_context, future_session)
    assert not dialog.cancel_box.isVisible()
    click(qtbot, dialog.cancel_button)
    assert dialog.cancel_box.isVisible()

    # The kind of reason has the keyboard first.
    assert QApplication.focusWidget() is dialog.reason_category
    click(qtbot, dialog.confirm_button)  # no kind of reason yet
    assert dialog.error.text() == "Choose why the session is cancelled."
    choose(qtbot, dialog.reason_category, label(CancelReason.LEADER_ILL).capitalize())
    click(qtbot, dialog.confirm_button)  # no reason yet
    assert dialog.error.text() == "Give a reason for cancelling."
    assert stored(demo_context, future_session).status is SessionStatus.PLANNED
    assert demo_context.session_undo.count() == 0

    tab_to(qtbot, dialog.reason_edit)
    type_text(qtbot, "Ohjaaja sairaana")
    with qtbot.waitSignal(dialog.saved):
        enter(qtbot)
    cancelled = stored(demo_context, future_session)
    assert (cancelled.status, cancelled.cancel_reason, cancelled.cancel_category) == (
        SessionStatus.CANCELLED,
        "Ohjaaja sairaana",
        CancelReason.LEADER_ILL,
    )
    assert dialog.isVisible()  # Return confirmed the cancellation, it did not close
    assert not dialog.error.isVisible()
    assert dialog.status_label.text() == "Cancelled (leader ill): Ohjaaja sairaana"
    assert dialog.restore_button.isVisible()
    assert not dialog.cancel_button.isVisible()
    assert demo_context.session_undo.undoText() == f"Cancel {dialog.title.text()} session"

    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.restore_button)
    restored = stored(demo_context, future_session)
    assert (restored.status, restored.cancel_reason, restored.cancel_category) == (
        SessionStatus.PLANNED,
        "",
        CancelReason.NOT_GIVEN,
    )
    assert dialog.cancel_button.isVisible()

    demo_context.session_undo.undo()  # back to cancelled, with its reason
    again = stored(demo_context, future_session)
    assert (again.status, again.cancel_reason, again.cancel_category) == (
        SessionStatus.CANCELLED,
        "Ohjaaja sairaana",
        CancelReason.LEADER_ILL,
    )
    assert dialog.status_label.text() == "Cancelled (leader ill): Ohjaaja sairaana"
    demo_context.session_undo.undo()
    assert stored(demo_context, future_session).status is SessionStatus.PLANNED


def test_an_undo_elsewhere_shows_in_an_open_dialog(
    qtbot: QtBot, demo_context: AppContext, future_session: uuid.UUID
) -> None:
    before = stored(demo_context, future_session)
    first = open_dialog(qtbot, demo_context, future_session)
    first.theme_edit.setText("Joulupuuro")
    with qtbot.waitSignal(first.saved):
        click(qtbot, first.save_button)
    second = open_dialog(qtbot, demo_context, future_session)
    assert second.theme_edit.text() == "Joulupuuro"
    assert demo_context.session_undo.undoText() == f"Edit {second.title.text()} session"
    demo_context.session_undo.undo()
    assert second.theme_edit.text() == before.theme
    assert stored(demo_context, future_session).theme == before.theme


def test_saving_nothing_changed_adds_no_undo_step(
    qtbot: QtBot, demo_context: AppContext, future_session: uuid.UUID
) -> None:
    dialog = open_dialog(qtbot, demo_context, future_session)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert demo_context.session_undo.count() == 0


def test_record_attendance_asks_for_this_session(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    dialog = open_dialog(qtbot, demo_context, roster_session)
    assert dialog.record_button.isEnabled()
    with qtbot.waitSignal(dialog.record_requested) as requested:
        click(qtbot, dialog.record_button)
    assert requested.args == [roster_session]


def test_a_public_holiday_is_pointed_out(
    qtbot: QtBot, demo_context: AppContext, future_session: uuid.UUID
) -> None:
    dialog = open_dialog(qtbot, demo_context, future_session)
    assert not dialog.holiday_note.isVisible()
    type_over(qtbot, dialog.date_edit, "6.12.2026")
    tab(qtbot)
    assert dialog.holiday_note.isVisible()
    assert dialog.holiday_note.text().startswith("A public holiday: ")


SESSION_CHANGED = (
    "Someone else changed this session while you were editing it. Its saved state is "
    "shown now; make your change again if it is still needed."
)


def error_boxes() -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "errorMessage" and w.isVisible()
    ]


def test_a_save_over_a_colleagues_change_is_refused_and_shows_their_change(
    qtbot: QtBot, demo_context: AppContext, second_context: AppContext, future_session: uuid.UUID
) -> None:
    before = stored(demo_context, future_session)
    mine = open_dialog(qtbot, demo_context, future_session)
    theirs = open_dialog(qtbot, second_context, future_session)
    theirs.theme_edit.setText("Joulupuuro")
    with qtbot.waitSignal(theirs.saved):
        click(qtbot, theirs.save_button)

    mine.notes_edit.setPlainText("Tuokaa omat mukit")
    type_over(qtbot, mine.start_edit, "8.00")
    click(qtbot, mine.save_button)

    assert mine.isVisible()
    assert mine.error.isVisible()
    assert mine.error.text() == SESSION_CHANGED
    kept = stored(demo_context, future_session)
    assert (kept.theme, kept.notes, kept.start) == ("Joulupuuro", before.notes, before.start)
    # The form now shows what the colleague saved, not the refused edits.
    assert mine.theme_edit.text() == "Joulupuuro"
    assert mine.notes_edit.toPlainText() == before.notes
    assert mine.start_edit.moment() == before.start
    assert demo_context.session_undo.count() == 0

    # Made again on the state shown, the change is saved on top of theirs.
    mine.notes_edit.setPlainText("Tuokaa omat mukit")
    with qtbot.waitSignal(mine.saved):
        click(qtbot, mine.save_button)
    again = stored(demo_context, future_session)
    assert (again.theme, again.notes) == ("Joulupuuro", "Tuokaa omat mukit")


def test_undo_after_a_colleagues_change_is_refused_and_overwrites_nothing(
    qtbot: QtBot, demo_context: AppContext, second_context: AppContext, future_session: uuid.UUID
) -> None:
    mine = open_dialog(qtbot, demo_context, future_session)
    mine.theme_edit.setText("Joulupuuro")
    with qtbot.waitSignal(mine.saved):
        click(qtbot, mine.save_button)
    still_open = open_dialog(qtbot, demo_context, future_session)
    assert still_open.theme_edit.text() == "Joulupuuro"
    theirs = open_dialog(qtbot, second_context, future_session)
    assert theirs.theme_edit.text() == "Joulupuuro"
    theirs.theme_edit.setText("Piparit")
    with qtbot.waitSignal(theirs.saved):
        click(qtbot, theirs.save_button)

    demo_context.session_undo.undo()

    qtbot.waitUntil(lambda: len(error_boxes()) == 1)
    box = error_boxes()[0]
    assert box.text() == SESSION_CHANGED
    box.close()
    assert stored(demo_context, future_session).theme == "Piparit"
    # The refused step is gone, and an open form shows the colleague's change.
    assert demo_context.session_undo.count() == 0
    assert still_open.theme_edit.text() == "Piparit"


def test_undoing_several_own_changes_of_one_session_goes_back_step_by_step(
    qtbot: QtBot, demo_context: AppContext, future_session: uuid.UUID
) -> None:
    before = stored(demo_context, future_session)
    for theme in ("Joulupuuro", "Piparit", "Tonttulakit"):
        dialog = open_dialog(qtbot, demo_context, future_session)
        dialog.theme_edit.setText(theme)
        with qtbot.waitSignal(dialog.saved):
            click(qtbot, dialog.save_button)
    undo = demo_context.session_undo
    themes = []
    for _ in range(3):
        undo.undo()
        themes.append(stored(demo_context, future_session).theme)
    assert themes == ["Piparit", "Joulupuuro", before.theme]
    undo.redo()
    undo.redo()
    assert stored(demo_context, future_session).theme == "Piparit"
    assert not error_boxes()
