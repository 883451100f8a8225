"""Erasing a family's personal data from the family editor."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ryhmat.domain.errors import NotFound
from ryhmat.domain.model import AttendanceMark
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.statistics import Statistics, StatisticsFilter
from ryhmat.domain.usecases.attendance import attendance_sheet
from ryhmat.domain.usecases.calendar import calendar_entries
from ryhmat.domain.usecases.families import get_family, list_families
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.ui.context import AppContext
from ryhmat.ui.people import FamiliesPage, FamilyEditor
from ryhmat.ui.people.widgets import select_record
from tests.integration.statistics_world import without_age_bands, without_enrolments

TODAY = date(2026, 11, 23)


def a_family_that_came(context: AppContext) -> uuid.UUID:
    def find(uow: UnitOfWork) -> uuid.UUID:
        for entry in calendar_entries(uow, TODAY - timedelta(days=60), TODAY):
            for line in attendance_sheet(uow, entry.session_id).lines:
                if line.mark is AttendanceMark.PRESENT and not line.is_guest:
                    return line.family_id
        raise AssertionError("the demo data has no attendance")

    return context.read(find)


def statistics(context: AppContext) -> Statistics:
    return context.read(
        lambda uow: compute_statistics(
            uow, date(2025, 1, 1), TODAY, StatisticsFilter(), now=context.now()
        )
    )


def open_editor(qtbot: QtBot, context: AppContext, family_id: uuid.UUID) -> FamilyEditor:
    page = FamiliesPage(context)
    qtbot.addWidget(page)
    page.show()
    select_record(page.families, family_id)
    page.families.edit_button.click()
    assert isinstance(page.editor, FamilyEditor)
    qtbot.waitExposed(page.editor)
    return page.editor


def listed(page: object) -> set[uuid.UUID]:
    assert isinstance(page, FamiliesPage)
    return {family.id for family in page.families.model.records}


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_erasing_takes_two_deliberate_steps_removes_the_family_and_keeps_the_statistics(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    family_id = a_family_that_came(demo_context)
    before = statistics(demo_context)
    editor = open_editor(qtbot, demo_context, family_id)
    page = editor.parent()
    panel = editor.erasure
    assert family_id in listed(page)
    assert editor.erase_button.isVisible()
    assert not panel.isVisible()

    # Opening the explanation erases nothing; the button waits for "I understand".
    click(qtbot, editor.erase_button)
    assert panel.isVisible()
    assert "This cannot be undone." in " ".join(
        label.text() for label in panel.findChildren(QLabel)
    )
    assert not panel.erase_button.isEnabled()
    click(qtbot, panel.keep_button)
    assert not panel.isVisible()
    assert demo_context.read(lambda uow: get_family(uow, family_id)).name

    click(qtbot, editor.erase_button)
    assert not panel.understood.isChecked()  # every erasure is confirmed afresh
    qtbot.keyClick(panel.understood, Qt.Key.Key_Space)
    assert panel.erase_button.isEnabled()
    with qtbot.waitSignal(editor.erased) as erased:
        click(qtbot, panel.erase_button)

    assert erased.args == [family_id]
    assert not editor.isVisible()
    assert family_id not in listed(page)
    assert family_id not in {f.id for f in demo_context.read(list_families)}
    with pytest.raises(NotFound):
        demo_context.read(lambda uow: get_family(uow, family_id))
    # All but the attendance rate's places and the age bands: the family's enrolments
    # and birth dates went with it.
    after = statistics(demo_context)
    assert without_age_bands(without_enrolments(after)) == without_age_bands(
        without_enrolments(before)
    )


def test_a_new_family_offers_no_erasure(qtbot: QtBot, demo_context: AppContext) -> None:
    editor = FamilyEditor(demo_context)
    qtbot.addWidget(editor)
    editor.open()
    qtbot.waitExposed(editor)
    assert not editor.erase_button.isVisible()
    assert editor.history is None


def test_a_colleague_saving_an_erased_family_is_told_it_no_longer_exists(
    qtbot: QtBot, demo_context: AppContext, second_context: AppContext
) -> None:
    family_id = a_family_that_came(demo_context)
    theirs = open_editor(qtbot, second_context, family_id)
    mine = open_editor(qtbot, demo_context, family_id)
    click(qtbot, mine.erase_button)
    mine.erasure.understood.setChecked(True)
    with qtbot.waitSignal(mine.erased):
        click(qtbot, mine.erasure.erase_button)

    theirs.notes.setPlainText("Soitettu 20.11.")
    click(qtbot, theirs.save_button)

    assert theirs.isVisible()
    assert theirs.error.text() == "The family no longer exists."
    assert not theirs.save_button.isEnabled()
    with pytest.raises(NotFound):
        demo_context.read(lambda uow: get_family(uow, family_id))
