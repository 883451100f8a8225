"""Whom a group is for, set in the group editor; its attendance list and its sign-in
sheet then list those members, and the others of the families are shown on request."""

from __future__ import annotations

import uuid
from datetime import datetime
from functools import partial

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import (
    FATHER_ROLES,
    AdultRole,
    AttendanceMark,
    ChildrenListed,
    MemberKind,
    UsageAction,
)
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.attendance import RosterLine, attendance_sheet, unrecorded_sessions
from ryhmat.domain.usecases.groups import find_group
from ryhmat.domain.usecases.usage_log import usage_of_family
from ryhmat.ui.context import AppContext
from ryhmat.ui.printing import sign_in_sheet_html
from ryhmat.ui.sessions import AttendanceView
from tests.gui.person import choose, click, enter, show_window, tick, wait_closed
from tests.gui.ui.groups.test_group_editor import open_group

GROUP = "Vahvuutta vanhemmuuteen"  # fathers, mothers and children of many ages


def a_session(context: AppContext) -> uuid.UUID:
    now = datetime(2026, 11, 23, 12, tzinfo=HELSINKI)
    return context.read(
        lambda uow: next(
            s.id
            for s in unrecorded_sessions(uow, now)
            if attendance_sheet(uow, s.id).group.name == GROUP
        )
    )


def for_fathers_and_the_youngest(qtbot: QtBot, context: AppContext) -> None:
    """In the group editor: only fathers (step- and foster fathers too), and the
    children of 0–2 years."""
    editor = open_group(qtbot, context, GROUP)
    show_window(qtbot, editor)
    for role in (AdultRole.MOTHER, AdultRole.OTHER_GUARDIAN, AdultRole.GRANDPARENT):
        tick(qtbot, editor.listed_roles[role])
    editor.ages.lowest.amount.set_number(0)
    editor.ages.highest.amount.set_number(2)
    choose(qtbot, editor.listed_children, "the children of its ages")
    click(qtbot, editor.save_button)
    wait_closed(qtbot, editor)


def is_for_fathers_and_the_youngest(line: RosterLine) -> bool:
    if line.kind is MemberKind.ADULT:
        return line.role in FATHER_ROLES
    return line.age is not None and line.age <= 2


def attendance_read_of(context: AppContext, families: set[uuid.UUID]) -> set[uuid.UUID]:
    """Those of ``families`` the usage log has read in an attendance view."""
    return {
        family_id
        for family_id in families
        if UsageAction.ATTENDANCE_OPENED
        in [line.action for line in context.read(partial(usage_of_family, family_id=family_id))]
    }


def test_the_group_editor_saves_whom_the_group_is_for(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    group = demo_context.read(lambda uow: find_group(uow, GROUP))
    assert (group.listed_roles, group.listed_children) == (list(AdultRole), ChildrenListed.ALL)
    for_fathers_and_the_youngest(qtbot, demo_context)
    group = demo_context.read(lambda uow: find_group(uow, GROUP))
    # Step- and foster fathers are fathers too: they stay ticked.
    assert group.listed_roles == [AdultRole.FATHER, AdultRole.STEPFATHER, AdultRole.FOSTER_FATHER]
    assert group.listed_children is ChildrenListed.TARGET_AGES
    assert (group.target_age_min_months, group.target_age_max_months) == (0, 35)


def test_the_list_and_the_sheet_follow_it_and_the_others_come_on_request(
    qtbot: QtBot, demo_context: AppContext, qtmodeltester: ModelTester
) -> None:
    session_id = a_session(demo_context)
    everyone = demo_context.read(lambda uow: attendance_sheet(uow, session_id)).lines
    for_fathers_and_the_youngest(qtbot, demo_context)

    view = AttendanceView(demo_context, session_id)
    qtbot.addWidget(view)
    show_window(qtbot, view)
    model = view.model
    lines = [model.line(row) for row in range(model.rowCount())]
    assert lines
    assert all(is_for_fathers_and_the_youngest(line) for line in lines)
    assert len(lines) < len(everyone)
    html = sign_in_sheet_html(demo_context, session_id)
    unlisted = [line for line in everyone if not is_for_fathers_and_the_youngest(line)]
    assert all(line.name not in html for line in unlisted)
    assert all(line.name in html for line in lines)

    assert view.others_button.isVisible()
    click(qtbot, view.others_button)
    assert model.rowCount() == len(everyone)
    assert not view.others_button.isVisible()
    # Every family the view has shown is in the usage log, those of the others too.
    families = {line.family_id for line in everyone}
    assert families == attendance_read_of(demo_context, families)
    qtmodeltester.check(model)
    # One of the others came anyway: marked and saved, and listed from then on.
    mother = next(
        row for row in range(model.rowCount()) if model.line(row).role is AdultRole.MOTHER
    )
    mother_id = model.line(mother).member_id
    view.table.setCurrentIndex(model.index(mother, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_1)
    with qtbot.waitSignal(view.saved):
        enter(qtbot)
    sheet = demo_context.read(lambda uow: attendance_sheet(uow, session_id))
    marked = {line.member_id: line.mark for line in sheet.lines if line.mark}
    assert marked == {mother_id: AttendanceMark.PRESENT}
    assert mother_id not in {line.member_id for line in sheet.unlisted}
