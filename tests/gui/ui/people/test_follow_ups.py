"""Kuulumiset beside the families list: what is due, marking one done by keyboard, and
Edit → Undo; each step read back from the database."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.follow_ups import FollowUpKey
from ryhmat.domain.model import EnrolmentStatus, UsageAction
from ryhmat.domain.ports import UnitOfWork
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date
from ryhmat.ui.main_window import MainWindow
from ryhmat.ui.people import FamiliesPage
from tests.gui.person import (
    click_into,
    click_row,
    enter,
    focused,
    press,
    undo,
    wait_for_dialog,
)
from tests.gui.records import shown
from tests.gui.window import open_main_window

LEFT_ON = date(2026, 7, 31)  # three months before the demo's today (23.11.2026), and more


def _leave_first_enrolment(uow: UnitOfWork) -> tuple[uuid.UUID, uuid.UUID]:
    family = min(
        (f for f in uow.families.list() if uow.enrolments.for_family(f.id)),
        key=lambda f: f.name,
    )
    enrolment = uow.enrolments.for_family(family.id)[0]
    enrolment.status, enrolment.left_on = EnrolmentStatus.LEFT, LEFT_ON
    uow.enrolments.save(enrolment)
    uow.commit()
    return family.id, enrolment.group_id


@pytest.fixture
def left(demo_context: AppContext) -> tuple[uuid.UUID, uuid.UUID]:
    """A demo family that left a group on LEFT_ON (the demo has none due)."""
    return demo_context.read(_leave_first_enrolment)


@pytest.fixture
def families(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path, left: object
) -> tuple[MainWindow, FamiliesPage]:
    window = open_main_window(qtbot, demo_context, tmp_path)
    click_row(qtbot, window.navigation, "Families")
    page = window.findChild(FamiliesPage)
    assert page is not None
    qtbot.waitUntil(page.isVisible)
    return window, page


def family_name(context: AppContext, family_id: uuid.UUID) -> str:
    [family] = context.read(lambda uow: uow.families.rosters([family_id]))
    return family.name


def done(context: AppContext) -> set[FollowUpKey]:
    return context.read(lambda uow: uow.follow_ups.done())


def test_the_family_that_left_is_listed_with_why_and_since_when_and_the_read_is_logged(
    families: tuple[MainWindow, FamiliesPage],
    demo_context: AppContext,
    left: tuple[uuid.UUID, uuid.UUID],
    model_tester: ModelTester,
) -> None:
    _window, page = families
    panel = page.follow_ups
    model_tester.check(panel.list.model)
    name = family_name(demo_context, left[0])
    assert shown(panel.list) == [name]
    assert shown(panel.list, 2) == [f"left on {format_date(LEFT_ON)}"]
    assert shown(panel.list, 3) == [format_date(date(2026, 10, 31))]
    assert panel.heading.text() == "Follow-up due (1)"
    events = demo_context.read(lambda uow: uow.usage_log.for_family(left[0]))
    assert [event.action for event in events] == [UsageAction.FOLLOW_UPS_OPENED]
    # Reloaded after a change, the list does not log the same family again.
    demo_context.announce(Changes.FAMILIES)
    assert len(demo_context.read(lambda uow: uow.usage_log.for_family(left[0]))) == 1


def test_marking_done_by_keyboard_records_it_and_undo_takes_it_back(
    qtbot: QtBot,
    families: tuple[MainWindow, FamiliesPage],
    demo_context: AppContext,
    left: tuple[uuid.UUID, uuid.UUID],
) -> None:
    _window, page = families
    panel = page.follow_ups
    click_into(qtbot, panel.list.table)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: shown(panel.list) == [])
    assert done(demo_context) == {FollowUpKey(*left, LEFT_ON)}
    assert panel.heading.text() == "Follow-ups due (0)"

    undo(qtbot)
    qtbot.waitUntil(lambda: len(shown(panel.list)) == 1)
    assert done(demo_context) == set()


def test_enter_opens_the_familys_window(
    qtbot: QtBot,
    families: tuple[MainWindow, FamiliesPage],
    demo_context: AppContext,
    left: tuple[uuid.UUID, uuid.UUID],
) -> None:
    _window, page = families
    click_into(qtbot, page.follow_ups.list.table)
    press(qtbot, Qt.Key.Key_Down)
    enter(qtbot)
    wait_for_dialog(qtbot)
    assert page.editor is not None
    name = family_name(demo_context, left[0])
    assert page.editor.name.text() == name
    events = demo_context.read(lambda uow: uow.usage_log.for_family(left[0]))
    assert events[0].action == UsageAction.FAMILY_OPENED


def test_ctrl_f_searches_the_list_the_focus_is_in_and_ctrl_n_adds_a_family(
    qtbot: QtBot, families: tuple[MainWindow, FamiliesPage]
) -> None:
    _window, page = families
    click_into(qtbot, page.follow_ups.list.table)
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.follow_ups.list.search
    click_into(qtbot, page.families.table)
    press(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.families.search
    click_into(qtbot, page.follow_ups.list.table)
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    wait_for_dialog(qtbot)
    assert page.editor is not None
    assert page.editor.name.text() == ""
