"""Recording attendance from the keyboard, with guests and headcounts."""

from __future__ import annotations

import uuid
from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    AttendanceMark,
    Family,
    Member,
    MemberKind,
    SessionStatus,
)
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.attendance import (
    AttendanceSheet,
    attendance_sheet,
    unrecorded_sessions,
)
from ryhmat.domain.usecases.calendar import calendar_entries
from ryhmat.domain.usecases.erasure import erase_family
from ryhmat.domain.usecases.sessions import cancel_session
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.sessions import AttendanceDialog, AttendanceModel, AttendanceView, UnrecordedList

PRESENT, ABSENT, EXCUSED = AttendanceMark.PRESENT, AttendanceMark.ABSENT, AttendanceMark.EXCUSED


def _sheet(session_id: uuid.UUID, uow: UnitOfWork) -> AttendanceSheet:
    return attendance_sheet(uow, session_id)


def stored(context: AppContext, session_id: uuid.UUID) -> AttendanceSheet:
    return context.read(partial(_sheet, session_id))


def open_view(qtbot: QtBot, context: AppContext, session_id: uuid.UUID) -> AttendanceView:
    view = AttendanceView(context, session_id)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def shown_marks(model: AttendanceModel) -> list[AttendanceMark | None]:
    return [model.mark(model.line(row).member_id) for row in range(model.rowCount())]


def key(qtbot: QtBot, widget: QWidget, *keys: Qt.Key | str) -> None:
    for pressed in keys:
        qtbot.keyClick(widget, pressed)


def test_a_roster_is_marked_undone_and_saved_with_the_keyboard_only(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    unrecorded = UnrecordedList(demo_context)
    qtbot.addWidget(unrecorded)
    assert roster_session in [s.id for s in unrecorded.model.records]
    view = open_view(qtbot, demo_context, roster_session)
    table, model = view.table, view.model
    assert model.rowCount() >= 3
    assert table.currentIndex().row() == 0
    qtbot.waitUntil(table.hasFocus)

    key(qtbot, table, Qt.Key.Key_Space)
    key(qtbot, table, Qt.Key.Key_Down, Qt.Key.Key_Space, Qt.Key.Key_Space)
    key(qtbot, table, Qt.Key.Key_Down, Qt.Key.Key_3)
    assert shown_marks(model)[:3] == [PRESENT, ABSENT, EXCUSED]
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown_marks(model)[:3] == [PRESENT, ABSENT, None]
    assert view.count.text() == f"Present 1 of {model.rowCount()}"
    first, second = model.line(0).member_id, model.line(1).member_id

    with qtbot.waitSignal(view.saved):
        key(qtbot, table, Qt.Key.Key_Return)

    sheet = stored(demo_context, roster_session)
    assert {line.member_id: line.mark for line in sheet.lines if line.mark} == {
        first: PRESENT,
        second: ABSENT,
    }
    assert sheet.session.status is SessionStatus.HELD
    again = open_view(qtbot, demo_context, roster_session)
    assert shown_marks(again.model) == [PRESENT, ABSENT] + [None] * (model.rowCount() - 2)
    assert roster_session not in [s.id for s in unrecorded.model.records]


def test_the_model_passes_the_model_tester_through_marks_and_guests(
    demo_context: AppContext, roster_session: uuid.UUID, qtmodeltester: ModelTester
) -> None:
    sheet = stored(demo_context, roster_session)
    model = AttendanceModel()  # no parent: it must outlive the test's widgets for the tester
    model.set_lines(sheet.lines)
    qtmodeltester.check(model, force_py=True)
    first = model.line(0).member_id
    model.set_mark(first, PRESENT)
    assert model.data(model.index(0, 3)) == "present"
    guests = Family(
        name="Mäkelä",
        members=[
            Member(first_name="Jussi", kind=MemberKind.ADULT, role=AdultRole.FATHER),
            Member(first_name="Aino", kind=MemberKind.CHILD, birth_year=2024, birth_month=5),
        ],
    )
    model.add_guest_family(guests, sheet.session.day)
    last = model.rowCount() - 1
    assert [model.data(model.index(last, c)) for c in range(4)] == [
        "Mäkelä (guest)",
        "Aino",
        "2 y",
        "present",
    ]
    assert model.data(model.index(last - 1, 2)) == "father"
    assert model.count(PRESENT) == 3
    model.remove_guest_family(guests.id)
    assert model.rowCount() == len(sheet.lines)
    model.set_lines([])
    assert model.rowCount() == 0
    assert model.marks() == {}


def test_space_cycles_the_marks_and_keys_set_them(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    view = open_view(qtbot, demo_context, roster_session)
    seen = []
    for _ in range(5):
        key(qtbot, view.table, Qt.Key.Key_Space)
        seen.append(shown_marks(view.model)[0])
    assert seen == [PRESENT, ABSENT, EXCUSED, PRESENT, ABSENT]
    for pressed, mark in [("e", EXCUSED), ("P", PRESENT), ("2", ABSENT), ("1", PRESENT)]:
        key(qtbot, view.table, pressed)
        assert shown_marks(view.model)[0] is mark
    key(qtbot, view.table, Qt.Key.Key_Delete)
    assert shown_marks(view.model)[0] is None


def test_ctrl_a_marks_everyone_present_and_one_undo_takes_it_back(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    view = open_view(qtbot, demo_context, roster_session)
    key(qtbot, view.table, Qt.Key.Key_2)
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    assert set(shown_marks(view.model)) == {PRESENT}
    assert view.undo_stack.undoText() == "Mark all present"
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert shown_marks(view.model)[:2] == [ABSENT, None]
    qtbot.keyClick(view.table, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert set(shown_marks(view.model)) == {PRESENT}


def test_the_views_undo_stack_is_active_while_it_has_focus(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    view = open_view(qtbot, demo_context, roster_session)
    qtbot.waitUntil(view.table.hasFocus)
    assert demo_context.undo_group.activeStack() is view.undo_stack
    key(qtbot, view.table, Qt.Key.Key_Space)
    assert demo_context.undo_group.canUndo()
    demo_context.undo_group.undo()  # as the Edit menu does
    assert shown_marks(view.model)[0] is None
    view.close()
    view.deleteLater()
    qtbot.waitUntil(lambda: demo_context.undo_group.activeStack() is demo_context.session_undo)


def test_a_headcount_is_saved_and_shown_again(
    qtbot: QtBot, demo_context: AppContext, headcount_session: uuid.UUID
) -> None:
    view = open_view(qtbot, demo_context, headcount_session)
    panel = view.headcount
    assert panel.isVisible()
    assert not view.roster.isVisible()
    panel.adult_boxes[AdultRole.MOTHER].setValue(4)
    panel.adult_boxes[AdultRole.FATHER].setValue(2)
    panel.child_boxes[AgeBand.AGE_1_2].setValue(5)
    panel.child_boxes[AgeBand.UNDER_1].setValue(1)
    panel.first_time.setValue(1)
    assert panel.totals.text() == "Adults 6, children 6, in all 12"

    with qtbot.waitSignal(view.saved):
        key(qtbot, panel.first_time, Qt.Key.Key_Return)

    headcount = stored(demo_context, headcount_session).headcount
    assert headcount is not None
    assert (headcount.adult_total, headcount.child_total) == (6, 6)
    assert headcount.adults[AdultRole.MOTHER] == 4
    assert headcount.children[AgeBand.AGE_1_2] == 5
    assert headcount.first_time_visitors == 1
    again = open_view(qtbot, demo_context, headcount_session)
    assert again.headcount.adult_boxes[AdultRole.FATHER].value() == 2
    assert again.headcount.child_boxes[AgeBand.UNDER_1].value() == 1
    assert again.headcount.first_time.value() == 1


def test_a_headcount_that_breaks_a_rule_is_refused_inline(
    qtbot: QtBot, demo_context: AppContext, headcount_session: uuid.UUID
) -> None:
    view = open_view(qtbot, demo_context, headcount_session)
    view.headcount.first_time.setValue(3)
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    assert view.error.text() == "There are more first-time visitors than visitors."
    assert stored(demo_context, headcount_session).headcount is None


def test_a_future_session_cannot_be_recorded(
    qtbot: QtBot, demo_context: AppContext, future_roster_session: uuid.UUID
) -> None:
    view = open_view(qtbot, demo_context, future_roster_session)
    key(qtbot, view.table, Qt.Key.Key_1, Qt.Key.Key_Return)
    assert view.error.isVisible()
    assert "has not been held yet" in view.error.text()
    sheet = stored(demo_context, future_roster_session)
    assert not sheet.recorded
    assert sheet.session.status is SessionStatus.PLANNED
    assert shown_marks(view.model)[0] is PRESENT  # kept, so nothing typed is lost


def test_a_cancelled_session_says_so_and_is_not_recorded(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    demo_context.write(
        lambda uow: cancel_session(uow, roster_session, "Ohjaaja sairas"), Changes.SESSIONS
    )
    view = open_view(qtbot, demo_context, roster_session)
    assert view.status_note.text() == "Cancelled: Ohjaaja sairas"
    key(qtbot, view.table, Qt.Key.Key_1, Qt.Key.Key_Return)
    assert view.error.text() == "The session is cancelled; restore it before recording."
    assert not stored(demo_context, roster_session).recorded


def test_the_header_names_the_group_day_time_and_place(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    session = next(
        s
        for s in demo_context.read(lambda uow: unrecorded_sessions(uow, demo_context.now()))
        if s.id == roster_session
    )
    view = open_view(qtbot, demo_context, roster_session)
    assert view.title.text() == session.group
    day = session.start.date()
    assert f"{day.day:02}/{day.month:02}/{day.year}" in view.details.text()
    assert f"{session.start.hour}.{session.start.minute:02}" in view.details.text()
    assert session.place is not None
    assert session.place in view.details.text()


def test_the_dialog_closes_once_saved(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    dialog = AttendanceDialog(demo_context, roster_session)
    qtbot.addWidget(dialog)
    dialog.open()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.view.table.hasFocus)
    with qtbot.waitSignal(dialog.accepted):
        key(qtbot, dialog.view.table, Qt.Key.Key_1, Qt.Key.Key_Return)
    assert stored(demo_context, roster_session).recorded


ATTENDANCE_CHANGED = (
    "Someone else recorded this session's attendance while you were entering it. "
    "The saved marks are shown now; enter your changes again if they are still needed."
)


def stored_marks(context: AppContext, session_id: uuid.UUID) -> dict[uuid.UUID, AttendanceMark]:
    sheet = stored(context, session_id)
    return {line.member_id: line.mark for line in sheet.lines if line.mark}


def test_saving_over_a_colleagues_record_is_refused_and_shows_their_marks(
    qtbot: QtBot, demo_context: AppContext, second_context: AppContext, roster_session: uuid.UUID
) -> None:
    mine = open_view(qtbot, demo_context, roster_session)
    theirs = open_view(qtbot, second_context, roster_session)
    first, second = mine.model.line(0).member_id, mine.model.line(1).member_id
    with qtbot.waitSignal(theirs.saved):
        key(qtbot, theirs.table, Qt.Key.Key_1, Qt.Key.Key_Return)

    key(qtbot, mine.table, Qt.Key.Key_2, Qt.Key.Key_Down, Qt.Key.Key_1, Qt.Key.Key_Return)

    assert mine.error.isVisible()
    assert mine.error.text() == ATTENDANCE_CHANGED
    assert stored_marks(demo_context, roster_session) == {first: PRESENT}
    # The view now shows the colleague's marks; the refused ones are gone, with their undo.
    assert shown_marks(mine.model) == [PRESENT] + [None] * (mine.model.rowCount() - 1)
    assert mine.undo_stack.count() == 0
    assert mine.status_note.text() == "Recorded earlier; saving replaces that record."

    # Entered again on what is shown, the marks are saved over the colleague's record.
    mine.table.setCurrentIndex(mine.model.index(1, 0))
    with qtbot.waitSignal(mine.saved):
        key(qtbot, mine.table, Qt.Key.Key_1, Qt.Key.Key_Return)
    assert not mine.error.isVisible()
    assert stored_marks(demo_context, roster_session) == {first: PRESENT, second: PRESENT}


def test_a_refresh_that_keeps_unsaved_marks_does_not_let_them_overwrite_a_newer_record(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    """Two windows of one app: the second's save reaches the first as a refresh."""
    first_window = open_view(qtbot, demo_context, roster_session)
    key(qtbot, first_window.table, Qt.Key.Key_2)  # unsaved
    other_window = open_view(qtbot, demo_context, roster_session)
    with qtbot.waitSignal(other_window.saved):
        key(qtbot, other_window.table, Qt.Key.Key_3, Qt.Key.Key_Return)
    first_member = first_window.model.line(0).member_id
    assert shown_marks(first_window.model)[0] is ABSENT  # kept while the leader works

    key(qtbot, first_window.table, Qt.Key.Key_Return)

    assert first_window.error.text() == ATTENDANCE_CHANGED
    assert stored_marks(demo_context, roster_session) == {first_member: EXCUSED}
    assert shown_marks(first_window.model)[0] is EXCUSED


def a_marked_family(context: AppContext) -> tuple[uuid.UUID, uuid.UUID]:
    """A past roster session with marks, and an enrolled family with someone marked there."""

    def find(uow: UnitOfWork) -> tuple[uuid.UUID, uuid.UUID]:
        for entry in calendar_entries(uow, date(2026, 9, 1), date(2026, 11, 20)):
            sheet = attendance_sheet(uow, entry.session_id)
            marked = [line for line in sheet.lines if line.mark and not line.is_guest]
            if sheet.keeps_roster and marked:
                return entry.session_id, marked[0].family_id
        raise LookupError("the demo has no recorded roster session")

    return context.read(find)


def test_an_erased_familys_people_show_as_erased_and_keep_their_marks_through_a_save(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    session_id, family_id = a_marked_family(demo_context)
    before = stored_marks(demo_context, session_id)
    theirs = {
        line.member_id: (line.kind, line.mark)
        for line in stored(demo_context, session_id).lines
        if line.family_id == family_id
    }
    assert any(mark for _, mark in theirs.values())
    demo_context.write(
        lambda uow: erase_family(uow, family_id, date(2026, 11, 23)),
        Changes.FAMILIES | Changes.ATTENDANCE,
    )

    view = open_view(qtbot, demo_context, session_id)
    model = view.model
    rows = [row for row in range(model.rowCount()) if model.line(row).is_erased]
    assert {model.line(row).member_id for row in rows} == set(theirs)
    for row in rows:
        kind, mark = theirs[model.line(row).member_id]
        expected = "Erased adult" if kind is MemberKind.ADULT else "Erased child"
        assert model.data(model.index(row, 0)) == "Erased family"
        assert model.data(model.index(row, 1)) == expected
        assert model.mark(model.line(row).member_id) is mark

    # Their marks are anonymous counts now: keys and Mark all present leave them be.
    view.table.setCurrentIndex(model.index(rows[0], 0))
    key(qtbot, view.table, Qt.Key.Key_3, Qt.Key.Key_0, Qt.Key.Key_Space)
    assert view.undo_stack.count() == 0
    qtbot.keyClick(view.table, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(view.saved):
        key(qtbot, view.table, Qt.Key.Key_Return)

    after = stored_marks(demo_context, session_id)
    assert {m: after.get(m) for m in theirs} == {m: mark for m, (_, mark) in theirs.items()}
    others = [line.member_id for line in stored(demo_context, session_id).lines]
    assert {after[m] for m in others if m not in theirs} == {PRESENT}
    assert set(before) <= set(after)
