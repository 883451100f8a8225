"""The "kirjaamatta" list: past sessions waiting for their attendance."""

from __future__ import annotations

import uuid
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import AdultRole, Headcount
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.attendance import (
    AttendanceRecord,
    record_attendance,
    unrecorded_sessions,
)
from ryhmat.i18n import load_language
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date, weekday_name
from ryhmat.ui.sessions import UnrecordedList
from ryhmat.ui.sessions.unrecorded import unrecorded_model
from tests.gui.person import click, click_into, enter, focused, press, show_window
from tests.pdf import pdf_text


def test_the_model_shows_day_time_and_group(
    demo_context: AppContext, qtmodeltester: ModelTester
) -> None:
    sessions = demo_context.read(lambda uow: unrecorded_sessions(uow, demo_context.now()))
    model = unrecorded_model()
    model.set_records(sessions)
    qtmodeltester.check(model, force_py=True)
    first = sessions[0]
    day = first.start.date()
    assert model.data(model.index(0, 0)) == f"Mon {day:%d/%m/%Y}\n17.30–19.00"
    assert model.data(model.index(0, 1)) == first.group
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(2)] == [
        "Session",
        "Group",
    ]
    this_year = unrecorded_model(this_year=day.year)
    this_year.set_records(sessions)
    assert this_year.data(this_year.index(0, 0)).startswith(f"Mon {day:%d/%m}\n")
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
    newest_first = sorted(sessions, key=lambda s: s.start, reverse=True)
    assert [s.id for s in listing.model.records] == [s.id for s in newest_first]
    assert listing.table.currentIndex().row() == 0  # the session just held
    show_window(qtbot, listing)
    click_into(qtbot, listing.table)
    press(qtbot, Qt.Key.Key_Down)
    with qtbot.waitSignal(listing.record_requested) as chosen:
        enter(qtbot)
    assert chosen.args == [newest_first[1].id]
    with qtbot.waitSignal(listing.record_requested) as chosen:
        click(qtbot, listing.record_button)
    assert chosen.args == [newest_first[1].id]


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
        demo_context.write(
            partial(_record, session.id, record), Changes.ATTENDANCE | Changes.FAMILIES
        )
    assert listing.model.rowCount() == 0
    assert listing.heading.text() == "Not recorded (0)"
    assert listing.empty_note.isVisible()
    assert not listing.record_button.isEnabled()
    assert not listing.print_button.isEnabled()


def test_the_chosen_sessions_sign_in_sheet_is_saved_from_the_list(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    listing = UnrecordedList(demo_context)
    qtbot.addWidget(listing)
    show_window(qtbot, listing)
    click_into(qtbot, listing.table)
    press(qtbot, Qt.Key.Key_Down)
    chosen = listing.model.record(1)
    assert listing.print_button.session_id == chosen.id
    # Tab from the list reaches the buttons: record first, then print.
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is listing.record_button
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is listing.print_button
    listing.print_button.sign_in_pdf_action.trigger()
    dialog = listing.print_button.dialog
    assert isinstance(dialog, QFileDialog)
    show_window(qtbot, dialog)
    dialog.setDirectory(str(tmp_path))
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_field is not None
    click_into(qtbot, name_field)
    with qtbot.waitSignal(listing.print_button.pdf_saved) as saved:
        enter(qtbot)
    text = pdf_text(Path(saved.args[0]))
    day = chosen.start.date()
    assert f"{chosen.group} Sign-in sheet · {weekday_name(day, short=False)}" in text
    assert format_date(day) in text


def _fits(view: QTableView, row: int, column: int) -> bool:
    """The cell's whole text fits its cell, wrapped at word boundaries."""
    index = view.model().index(row, column)
    cell = view.visualRect(index).adjusted(3, 0, -3, 0)
    needed = view.fontMetrics().boundingRect(
        QRect(0, 0, cell.width(), 10_000), Qt.TextFlag.TextWordWrap, index.data()
    )
    return needed.width() <= cell.width() and needed.height() <= cell.height()


def narrow_as_it_goes(qtbot: QtBot, listing: UnrecordedList) -> None:
    narrowest = listing.minimumSizeHint().width()
    listing.resize(narrowest, 600)
    qtbot.waitUntil(lambda: listing.width() == narrowest)


def test_in_the_narrow_panel_no_text_is_cut(
    qtbot: QtBot, demo_context: AppContext, empty_context: AppContext
) -> None:
    load_language("fi")
    for context in (empty_context, demo_context):
        listing = UnrecordedList(context)
        qtbot.addWidget(listing)
        show_window(qtbot, listing)
        # As narrow as the panel lets itself be made beside the calendar.
        narrow_as_it_goes(qtbot, listing)
        note = listing.empty_note
        if context is empty_context:
            assert note.isVisible()
            assert note.text() == "Kaikki menneet ryhmäkerrat on kirjattu."
            assert note.wordWrap()
            assert note.height() >= note.heightForWidth(note.width())
            continue
        table = listing.table
        assert not table.horizontalScrollBar().isVisible()
        rows = listing.model.rowCount()
        assert rows > 0
        assert all(_fits(table, row, column) for row in range(rows) for column in (0, 1))
        newest = listing.model.index(0, 0).data()
        assert newest.startswith("ma 23.11.\n")  # this year's: no year
