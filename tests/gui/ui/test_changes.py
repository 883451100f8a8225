"""Views reload only for the kinds of data they show, and skip the saves they made
themselves where they already show what was saved; a colleague view's save of a kind
a view shows reaches it. Reloading is counted as the database reads the view makes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import AttendanceMark, AttendanceMode
from ryhmat.domain.usecases.attendance import attendance_sheet
from ryhmat.domain.usecases.erasure import retention_years
from ryhmat.domain.usecases.feeds import list_feeds
from ryhmat.domain.usecases.sessions import get_session
from ryhmat.ui.calendar import CalendarPage
from ryhmat.ui.changes import Changes, ChangeSet
from ryhmat.ui.context import AppContext
from ryhmat.ui.data_protection import DataProtectionSettings
from ryhmat.ui.feeds.editor import FeedEditor
from ryhmat.ui.sessions import AttendanceView, SessionDialog
from tests.gui.person import click, set_choice, show_window
from tests.gui.ui.sessions.conftest import unrecorded_session

WAIT_MS = 10_000


@contextmanager
def counting_reads(context: AppContext) -> Iterator[list[Callable[..., Any]]]:
    """The use cases the context reads with meanwhile: each is a view reading data."""
    reads: list[Callable[..., Any]] = []
    read = context.read

    def counted(use_case: Callable[..., Any]) -> Any:
        reads.append(use_case)
        return read(use_case)

    context.read = counted  # type: ignore[method-assign]
    try:
        yield reads
    finally:
        del context.read


@pytest.fixture
def calendar(qtbot: QtBot, demo_context: AppContext) -> CalendarPage:
    page = CalendarPage(demo_context)
    qtbot.addWidget(page)
    page.show_day(date(2026, 12, 1))
    return page


@pytest.fixture
def announced(demo_context: AppContext) -> list[ChangeSet]:
    heard: list[ChangeSet] = []
    demo_context.data_changed.connect(heard.append)
    return heard


def test_the_calendar_does_not_reload_for_a_feed_saved_in_the_feed_editor(
    qtbot: QtBot,
    demo_context: AppContext,
    calendar: CalendarPage,
    announced: list[ChangeSet],
    tmp_path: Path,
) -> None:
    editor = FeedEditor(demo_context)
    qtbot.addWidget(editor)
    editor.open()
    set_choice(editor.kind, "All public groups")
    editor.folder.setText(str(tmp_path))
    with counting_reads(demo_context) as reads, qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    assert [change.kinds for change in announced] == [Changes.FEEDS]
    assert announced[0].origin is editor
    assert reads == []  # the calendar shows no feeds
    assert [view.feed.name for view in demo_context.read(list_feeds)] == ["All public groups"]


def test_the_calendar_reloads_for_a_session_saved_in_the_session_dialog(
    qtbot: QtBot, demo_context: AppContext, calendar: CalendarPage
) -> None:
    (entry,) = [e for e in calendar.week_model.entries if not e.is_cancelled][:1]
    dialog = SessionDialog(demo_context, entry.session_id)
    qtbot.addWidget(dialog)
    dialog.open()
    show_window(qtbot, dialog)
    dialog.theme_edit.setText("Joulupuuro")
    with counting_reads(demo_context) as reads, qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    assert reads  # the calendar read the week again
    saved = demo_context.read(lambda uow: get_session(uow, entry.session_id))
    assert saved.theme == "Joulupuuro"
    (shown,) = [e for e in calendar.week_model.entries if e.session_id == entry.session_id]
    assert shown.theme == saved.theme


def test_a_view_does_not_reload_for_its_own_attendance_save_and_shows_what_was_stored(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    roster_session = unrecorded_session(demo_context, AttendanceMode.ROSTER)
    view = AttendanceView(demo_context, roster_session)
    qtbot.addWidget(view)
    show_window(qtbot, view)
    qtbot.waitUntil(view.table.hasFocus, timeout=WAIT_MS)
    qtbot.keyClick(view.table, Qt.Key.Key_Space)
    with counting_reads(demo_context) as reads, qtbot.waitSignal(view.saved):
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    # Read once, by the view showing the stored marks; not again for its own change.
    assert len(reads) == 1
    sheet = demo_context.read(lambda uow: attendance_sheet(uow, roster_session))
    first = view.model.line(0).member_id
    (stored,) = [line for line in sheet.lines if line.member_id == first]
    assert stored.mark is AttendanceMark.PRESENT
    assert view.model.mark(first) is AttendanceMark.PRESENT


def test_the_retention_period_saved_here_is_not_read_back_but_a_colleagues_is(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    section = DataProtectionSettings(demo_context, "", "login")
    qtbot.addWidget(section)
    show_window(qtbot, section)
    spin = section.retention
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "3")
    with counting_reads(demo_context) as reads:
        qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert demo_context.read(retention_years) == 3
    assert reads == [retention_years]  # the check before saving; no reload after it

    # A change of settings another view made is shown here.
    spin.clearFocus()
    with counting_reads(demo_context) as reads:
        demo_context.announce(Changes.SETTINGS, origin="another view")
    assert retention_years in reads


def test_a_hidden_view_that_waits_to_be_shown_reloads_once_when_it_is(
    qtbot: QtBot, empty_context: AppContext
) -> None:
    view = QWidget()
    qtbot.addWidget(view)
    reloads: list[int] = []
    empty_context.when_changed(view, Changes.ATTENDANCE, lambda: reloads.append(1), when_shown=True)
    for _ in range(3):
        empty_context.announce(Changes.ATTENDANCE)
    assert reloads == []
    view.show()
    qtbot.waitExposed(view)
    assert reloads == [1]
    # Shown, it follows each change at once; shown again with nothing missed, no reload.
    empty_context.announce(Changes.ATTENDANCE)
    assert reloads == [1, 1]
    view.hide()
    view.show()
    qtbot.waitExposed(view)
    assert reloads == [1, 1]
