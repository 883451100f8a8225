"""A family's change history in the family editor: who changed what, and when."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, timedelta

from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import AttendanceMark, AuditAction
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.attendance import (
    AttendanceRecord,
    AttendanceSheet,
    attendance_sheet,
    record_attendance,
)
from ryhmat.domain.usecases.calendar import calendar_entries
from ryhmat.domain.usecases.choices import load_choices
from ryhmat.domain.usecases.families import family_enrolments
from ryhmat.domain.usecases.history import HistoryLine
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date
from ryhmat.ui.people import FamiliesPage, FamilyEditor
from ryhmat.ui.people.history import HistoryPanel
from ryhmat.ui.people.widgets import select_record
from tests.gui.person import set_choice

from ...conftest import FIRST_PERSON, SECOND_PERSON

TODAY = date(2026, 11, 23)


def a_present_member(context: AppContext) -> tuple[AttendanceSheet, uuid.UUID]:
    """A recorded session, and an enrolled person marked present there."""

    def find(uow: UnitOfWork) -> tuple[AttendanceSheet, uuid.UUID]:
        for entry in calendar_entries(uow, TODAY - timedelta(days=60), TODAY):
            sheet = attendance_sheet(uow, entry.session_id)
            for line in sheet.lines:
                if line.mark is AttendanceMark.PRESENT and not line.is_guest:
                    return sheet, line.member_id
        raise AssertionError("the demo data has no attendance")

    return context.read(find)


def open_editor(page: FamiliesPage, family_id: uuid.UUID) -> FamilyEditor:
    select_record(page.families, family_id)
    page.families.edit_button.click()
    assert isinstance(page.editor, FamilyEditor)
    return page.editor


def test_the_history_says_who_changed_a_mark_and_who_enrolled_the_family(
    qtbot: QtBot,
    demo_context: AppContext,
    second_context: AppContext,
    windows: list[QWidget],
    model_tester: ModelTester,
) -> None:
    sheet, member_id = a_present_member(demo_context)
    [line] = [line for line in sheet.lines if line.member_id == member_id]
    page = FamiliesPage(demo_context)
    windows.append(page)
    page.show()
    editor = open_editor(page, line.family_id)
    qtbot.waitExposed(editor)
    history = editor.history
    assert history is not None
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == [
        "&Family and members",
        "&Enrolments",
        "&History",
        "&Usage log",
    ]
    assert history.model.rowCount() >= 1  # the demo's own entries: the family was added

    # A colleague corrects the mark in her app...
    marks = {m.member_id: m.mark for m in sheet.lines if m.mark}
    marks[member_id] = AttendanceMark.ABSENT
    record = AttendanceRecord(marks=marks, version=sheet.version)
    second_context.write(
        lambda uow: record_attendance(uow, sheet.session.id, record, TODAY),
        Changes.ATTENDANCE | Changes.FAMILIES,
    )
    # ...and this person enrols the family in another group, in the editor.
    family_id = line.family_id
    enrolled = {e.group for e in demo_context.read(lambda uow: family_enrolments(uow, family_id))}
    other = next(g.name for g in demo_context.read(load_choices).groups if g.name not in enrolled)
    editor.tabs.setCurrentWidget(editor.enrolments)
    set_choice(editor.enrolments.group, other)
    editor.enrolments.save_button.click()
    assert not editor.enrolments.error.isVisible()

    model = history.list.proxy
    rows = [[model.index(row, column).data() for column in range(3)] for row in range(2)]
    assert [row[1:] for row in rows] == [
        [FIRST_PERSON, f"New enrolment in {other}: enrolled"],
        [
            SECOND_PERSON,
            f"Marked {line.name} absent at {sheet.group.name} on "
            f"{format_date(sheet.session.day)} (was present)",
        ],
    ]
    assert all(re.fullmatch(r"\d\d/\d\d/\d{4} \d{1,2}[.:]\d\d", row[0]) for row in rows)
    history.list.search.setText(line.name)
    assert history.list.proxy.rowCount() >= 1
    model_tester.check(history.model, force_py=True)


def test_every_action_reads_as_a_sentence(demo_context: AppContext, windows: list[QWidget]) -> None:
    panel = HistoryPanel(demo_context, uuid.uuid4())
    windows.append(panel)

    def sentence(
        action: AuditAction,
        *,
        person: str = "Matti Aalto",
        group: str = "Isä–lapsi-ryhmä",
        fields: tuple[str, ...] = (),
        before: str = "",
        after: str = "",
    ) -> str:
        line = HistoryLine(
            at=datetime(2026, 11, 20, 8, 5, tzinfo=UTC),
            actor="Maija",
            action=action,
            person=person,
            group=group,
            session_day=date(2026, 9, 12),
            fields=fields,
            before=before,
            after=after,
        )
        return panel.sentences.sentence(line)

    day = format_date(date(2026, 9, 12))
    assert sentence(AuditAction.FAMILY_ADDED) == "Added the family"
    assert sentence(AuditAction.FAMILY_CHANGED, fields=("phone", "notes")) == (
        "Changed the phone and notes"
    )
    assert sentence(AuditAction.MEMBER_ADDED) == "Added member Matti Aalto"
    assert sentence(AuditAction.MEMBER_CHANGED, fields=("first_name", "birth_year", "role")) == (
        "Changed the first name, birth year and role of Matti Aalto"
    )
    assert sentence(AuditAction.MEMBER_REMOVED, person="") == "Removed member a removed member"
    assert sentence(AuditAction.ENROLMENT_ADDED, after="waiting") == (
        "New enrolment in Isä–lapsi-ryhmä: on the waiting list"
    )
    assert sentence(AuditAction.ENROLMENT_CHANGED, fields=("status", "left_on")) == (
        "Changed the status and leaving date of the enrolment in Isä–lapsi-ryhmä"
    )
    assert sentence(AuditAction.ENROLMENT_REMOVED, group="") == (
        "Removed the enrolment in a removed group"
    )
    assert sentence(AuditAction.MARK_CHANGED, after="present") == (
        f"Marked Matti Aalto present at Isä–lapsi-ryhmä on {day}"
    )
    assert sentence(AuditAction.MARK_CHANGED, before="absent", after="excused") == (
        f"Marked Matti Aalto excused at Isä–lapsi-ryhmä on {day} (was absent)"
    )
    assert sentence(AuditAction.MARK_CHANGED, before="present") == (
        f"Cleared the mark of Matti Aalto at Isä–lapsi-ryhmä on {day} (was present)"
    )
    assert sentence(AuditAction.FAMILY_ERASED) == "Erased the family's personal data"
    assert sentence(AuditAction.FAMILIES_MERGED, person="", after="2") == (
        "Merged a duplicate of the family into it: 2 people moved"
    )
    assert sentence(AuditAction.FAMILIES_MERGED, person="", after="1") == (
        "Merged a duplicate of the family into it: 1 person moved"
    )
    assert panel.model.rowCount() == 0  # no such family: nothing to show, no error
