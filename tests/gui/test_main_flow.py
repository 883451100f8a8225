"""The main flow through the real window, as a coordinator and a leader walk it:
plan a group and its season, see it in the calendar, record attendance by keyboard."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import AttendanceMark, Enrolment, GroupType
from ryhmat.domain.usecases.attendance import attendance_sheet
from ryhmat.domain.usecases.families import list_families, save_enrolment
from ryhmat.domain.usecases.groups import find_group
from ryhmat.ui.calendar.models import SESSION_ROLE
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups import GroupsPage
from ryhmat.ui.main_window import MainWindow
from ryhmat.ui.records import RECORD_ROLE
from ryhmat.ui.sessions import AttendanceDialog, AttendanceView

GROUP = "Lauantain liikuntakerho"
SATURDAY = 5
PAST_SATURDAY = date(2026, 11, 21)  # the demo's today is Monday 23.11.2026


class NoBackups:
    """The window's database actions; this flow never backs up."""

    display_name = "demo.sqlite3"
    can_backup = False
    backups_folder = None

    def backup_to(self, target: Path) -> None:
        raise AssertionError("not part of this flow")

    def check_backup(self, backup: Path) -> datetime:
        raise AssertionError("not part of this flow")

    def restore_from(self, backup: Path) -> Path:
        raise AssertionError("not part of this flow")

    login_name = "tester"

    def set_actor(self, worker_name: str) -> None:
        pass


def press(
    qtbot: QtBot,
    widget: object,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(widget, key, modifier)


def test_plan_a_group_see_it_in_the_calendar_and_record_attendance_by_keyboard(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(demo_context, NoBackups(), settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # A coordinator creates the group ...
    press(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    groups = window.stack.currentWidget()
    assert isinstance(groups, GroupsPage)
    qtbot.mouseClick(groups.groups.list.add_button, Qt.MouseButton.LeftButton)
    editor = groups.groups.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    editor.name.setText(GROUP)
    editor.type.setCurrentIndex(editor.type.findData(GroupType.FATHER_CHILD))

    # ... and its season: adding the first season saves the group first.
    qtbot.mouseClick(editor.seasons.add_button, Qt.MouseButton.LeftButton)
    season = editor.series_editor
    assert season is not None
    qtbot.keyClicks(season.name, "Syyskausi 2026")
    season.first_day.set_day(date(2026, 8, 1))
    season.last_day.set_day(date(2026, 12, 31))
    saturday = season.weekday_rows[SATURDAY]
    saturday.start.set_moment(time(13, 0))
    saturday.end.set_moment(time(14, 30))
    with qtbot.waitSignal(season.preview_updated, timeout=5000):
        saturday.check.setChecked(True)

    # The live preview names the holiday the season skips.
    skipped = [
        " ".join(
            season.skipped_model.index(r, c).data()
            for c in range(season.skipped_model.columnCount())
        )
        for r in range(season.skipped_model.rowCount())
    ]
    assert any("Pyhäinpäivä" in row for row in skipped), skipped
    assert season.dates_model.rowCount() > 10
    assert season.save_button.isEnabled()
    with qtbot.waitSignal(season.saved):
        qtbot.mouseClick(season.save_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.isVisible())
    window.activateWindow()  # the window manager's job when a dialog closes
    qtbot.waitUntil(window.isActiveWindow)

    group = demo_context.read(lambda uow: find_group(uow, GROUP))
    family = next(f for f in demo_context.read(list_families) if len(f.adults) == 2)
    demo_context.write(
        lambda uow: save_enrolment(
            uow, Enrolment(family_id=family.id, group_id=group.id, enrolled_on=date(2026, 8, 1))
        )
    )

    # The calendar shows the sessions; the past one waits in "not recorded".
    press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    calendar = window.calendar
    calendar.show_day(PAST_SATURDAY)
    model = calendar.week_model
    column = model.column_of(PAST_SATURDAY)
    assert column is not None
    cell = next(
        model.index(row, column)
        for row in range(model.rowCount())
        if (entry := model.index(row, column).data(SESSION_ROLE)) and entry.group_name == GROUP
    )
    session_id: uuid.UUID = cell.data(SESSION_ROLE).session_id
    assert cell.data(SESSION_ROLE).start == time(13, 0)
    assert session_id in unrecorded_ids(window)

    # The leader opens the session's attendance from the calendar, by keyboard.
    calendar.week_view.setFocus()
    calendar.week_view.setCurrentIndex(cell)
    press(qtbot, calendar.week_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in window.findChildren(AttendanceDialog) if d.isVisible())
    view = dialog.view
    qtbot.waitUntil(view.table.hasFocus)
    members = [view.model.index(r, 0).data() for r in range(view.model.rowCount())]
    assert len(members) >= 3  # two adults and a child at least
    press(qtbot, view.table, Qt.Key.Key_Space)  # first: present
    press(qtbot, view.table, Qt.Key.Key_Down)
    press(qtbot, view.table, Qt.Key.Key_Space)
    press(qtbot, view.table, Qt.Key.Key_Space)  # second: absent
    press(qtbot, view.table, Qt.Key.Key_Down)
    press(qtbot, view.table, Qt.Key.Key_3)  # third: excused
    with qtbot.waitSignal(view.saved):
        press(qtbot, view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    # Reopening the session shows the marks, and it has left "not recorded".
    reopened = AttendanceView(demo_context, session_id)
    qtbot.addWidget(reopened)
    sheet = demo_context.read(lambda uow: attendance_sheet(uow, session_id))
    assert [line.mark for line in sheet.lines[:3]] == [
        AttendanceMark.PRESENT,
        AttendanceMark.ABSENT,
        AttendanceMark.EXCUSED,
    ]
    assert [reopened.model.mark(line.member_id) for line in sheet.lines[:3]] == [
        AttendanceMark.PRESENT,
        AttendanceMark.ABSENT,
        AttendanceMark.EXCUSED,
    ]
    assert session_id not in unrecorded_ids(window)


def unrecorded_ids(window: MainWindow) -> set[uuid.UUID]:
    model = window.unrecorded.model
    return {
        model.index(row, 0).data(RECORD_ROLE).id for row in range(model.rowCount(QModelIndex()))
    }
