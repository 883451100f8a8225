"""The "kirjaamatta" list: past sessions waiting for their attendance."""

from __future__ import annotations

import uuid
from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import AdultRole, Headcount
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.attendance import (
    AttendanceRecord,
    record_attendance,
    unrecorded_sessions,
)
from ryhmat.ui.context import AppContext
from ryhmat.ui.sessions import UnrecordedList
from ryhmat.ui.sessions.unrecorded import unrecorded_model


def test_the_model_shows_day_time_and_group(
    demo_context: AppContext, qtmodeltester: ModelTester
) -> None:
    sessions = demo_context.read(lambda uow: unrecorded_sessions(uow, demo_context.now()))
    model = unrecorded_model()
    model.set_records(sessions)
    qtmodeltester.check(model, force_py=True)
    first = sessions[0]
    day = first.start.date()
    assert model.data(model.index(0, 0)) == f"Mon {day:%d/%m/%Y}"
    assert model.data(model.index(0, 1)) == "17.30–19.00"
    assert model.data(model.index(0, 2)) == first.group
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Date",
        "Time",
        "Group",
    ]
    model.set_records([])
    assert model.rowCount() == 0


def test_the_list_counts_and_asks_to_record_the_chosen_session(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    sessions = demo_context.read(lambda uow: unrecorded_sessions(uow, demo_context.now()))
    listing = UnrecordedList(demo_context)
    qtbot.addWidget(listing)
    listing.show()
    assert listing.heading.text() == f"Not recorded ({len(sessions)})"
    assert [s.id for s in listing.model.records] == [s.id for s in sessions]
    listing.table.setFocus()
    listing.table.setCurrentIndex(listing.model.index(1, 0))
    with qtbot.waitSignal(listing.record_requested) as chosen:
        qtbot.keyClick(listing.table, Qt.Key.Key_Return)
    assert chosen.args == [sessions[1].id]
    with qtbot.waitSignal(listing.record_requested) as chosen:
        qtbot.mouseClick(listing.record_button, Qt.MouseButton.LeftButton)
    assert chosen.args == [sessions[1].id]


def _record(session_id: uuid.UUID, record: AttendanceRecord, uow: UnitOfWork) -> None:
    record_attendance(uow, session_id, record, date(2026, 11, 23))


def test_the_list_follows_recording_and_empties(qtbot: QtBot, demo_context: AppContext) -> None:
    listing = UnrecordedList(demo_context)
    qtbot.addWidget(listing)
    listing.show()
    for session in listing.model.records:
        record = AttendanceRecord(
            headcount=Headcount(session_id=session.id, adults={AdultRole.MOTHER: 1})
        )
        demo_context.write(partial(_record, session.id, record))
    assert listing.model.rowCount() == 0
    assert listing.heading.text() == "Not recorded (0)"
    assert listing.empty_note.isVisible()
    assert not listing.record_button.isEnabled()
