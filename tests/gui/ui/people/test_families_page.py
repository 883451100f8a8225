"""Families: the list, the family editor with its members, and enrolments."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit, QSpinBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import (
    AdultRole,
    AttendanceMark,
    AuditAction,
    EnrolmentStatus,
    Family,
    Member,
    MemberKind,
)
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.usecases.attendance import (
    AttendanceRecord,
    attendance_sheet,
    record_attendance,
    unrecorded_sessions,
)
from ryhmat.domain.usecases.calendar import calendar_entries
from ryhmat.domain.usecases.families import (
    EnrolmentView,
    FamilySummary,
    family_enrolments,
    get_family,
    list_families,
)
from ryhmat.domain.usecases.groups import find_group, list_series
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.people import FamiliesPage, FamilyEditor
from ryhmat.ui.people.members import MemberColumn
from ryhmat.ui.people.merging import MergeFamiliesDialog
from ryhmat.ui.records import RECORD_ROLE
from tests.gui.person import (
    answer,
    click,
    click_tab,
    enter,
    press,
    question,
    set_choice,
    type_over,
    type_text,
    wait_for_focus,
)
from tests.gui.person import (
    choose as choose_by_keyboard,
)
from tests.gui.records import choose_row, shown

TODAY = date(2026, 11, 23)
# The list's columns: Family, Privacy notice, Adults, Children, Groups.
GROUPS_COLUMN = 4


def make_page(qtbot: QtBot, context: AppContext) -> FamiliesPage:
    page = FamiliesPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def new_family_editor(qtbot: QtBot, page: FamiliesPage) -> FamilyEditor:
    page.families.add_button.click()
    editor = page.editor
    assert isinstance(editor, FamilyEditor)
    qtbot.waitExposed(editor)
    return editor


def open_family(qtbot: QtBot, page: FamiliesPage, name: str) -> FamilyEditor:
    choose_row(page.families, name)
    page.families.edit_button.click()
    editor = page.editor
    assert isinstance(editor, FamilyEditor)
    assert editor.name.text() == name
    qtbot.waitExposed(editor)
    return editor


def cell_editor(qtbot: QtBot, editor: FamilyEditor, row: int, column: MemberColumn) -> QWidget:
    """Open the cell's editor as a double click or F2 would, and return it."""
    table = editor.members.table
    index = editor.members.model.index(row, column)
    table.setCurrentIndex(index)
    widget = table.indexWidget(index)
    if widget is None:
        table.edit(index)
        widget = table.indexWidget(index)
    assert widget is not None
    return widget


def commit(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def type_in_cell(
    qtbot: QtBot, editor: FamilyEditor, row: int, column: MemberColumn, text: str
) -> None:
    widget = cell_editor(qtbot, editor, row, column)
    assert isinstance(widget, QLineEdit)
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    commit(qtbot, widget)
    model = editor.members.model
    qtbot.waitUntil(lambda: model.index(row, column).data() == text)


def test_a_new_family_with_a_father_and_a_child_saved_via_the_editor_is_listed(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    editor = new_family_editor(qtbot, page)
    assert editor.enrolments.isEnabled()  # a new family can be enrolled before it is saved
    qtbot.keyClicks(editor.name, "Testinen")
    qtbot.keyClicks(editor.phone, "040 123 4567")

    editor.members.add_adult_button.click()
    model = editor.members.model
    # The new adult's first name is being edited at once, the last name is the family's.
    first_name = editor.members.table.indexWidget(model.index(0, MemberColumn.FIRST_NAME))
    assert isinstance(first_name, QLineEdit)
    qtbot.keyClicks(first_name, "Matti")
    commit(qtbot, first_name)
    qtbot.waitUntil(lambda: model.member(0).first_name == "Matti")
    assert model.member(0).last_name == "Testinen"
    role = cell_editor(qtbot, editor, 0, MemberColumn.ROLE)
    assert isinstance(role, QComboBox)
    set_choice(role, "father")
    commit(qtbot, role)
    qtbot.waitUntil(lambda: model.member(0).role is AdultRole.FATHER)

    editor.members.add_child_button.click()
    type_in_cell(qtbot, editor, 1, MemberColumn.FIRST_NAME, "Eeli")
    year = cell_editor(qtbot, editor, 1, MemberColumn.BIRTH_YEAR)
    assert isinstance(year, QSpinBox)
    year.setValue(2024)
    commit(qtbot, year)
    qtbot.waitUntil(lambda: model.member(1).birth_year == 2024)
    month = cell_editor(qtbot, editor, 1, MemberColumn.BIRTH_MONTH)
    assert isinstance(month, QComboBox)
    set_choice(month, "May")
    commit(qtbot, month)
    qtbot.waitUntil(lambda: model.member(1).birth_month == 5)
    assert model.index(1, MemberColumn.BIRTH_MONTH).data() == "May"
    assert model.index(1, MemberColumn.KIND).data() == "child"

    with qtbot.waitSignal(editor.saved) as saved:
        editor.save_button.click()

    assert not editor.isVisible()
    [summary] = [f for f in demo_context.read(list_families) if f.name == "Testinen"]
    assert (summary.adults, summary.children, summary.groups) == (
        ["Matti Testinen"],
        ["Eeli Testinen"],
        [],
    )
    family = demo_context.read(lambda uow: get_family(uow, summary.id))
    assert saved.args == [family.id]
    assert family.phone == "040 123 4567"
    assert [(m.kind, m.role, m.birth_year, m.birth_month) for m in family.members] == [
        (MemberKind.ADULT, AdultRole.FATHER, None, None),
        (MemberKind.CHILD, None, 2024, 5),
    ]
    assert "Testinen" in shown(page.families)
    current = page.families.current_record()
    assert current is not None
    assert current.id == family.id


def test_a_child_without_a_birth_month_errors_inline_and_saves_nothing(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    before = demo_context.read(list_families)
    page = make_page(qtbot, demo_context)
    editor = new_family_editor(qtbot, page)
    editor.name.setText("Äijälä")
    editor.members.add_child_button.click()
    model = editor.members.model
    assert model.setData(model.index(0, MemberColumn.FIRST_NAME), "Eeli")
    assert model.setData(model.index(0, MemberColumn.BIRTH_YEAR), 2024)
    assert not model.setData(model.index(0, MemberColumn.ROLE), AdultRole.FATHER)  # a child

    editor.save_button.click()
    assert editor.isVisible()
    assert editor.error.isVisible()
    assert editor.error.text() == "Give the birth year and month of Eeli."
    assert demo_context.read(list_families) == before

    assert model.setData(model.index(0, MemberColumn.BIRTH_YEAR), 2026)
    assert model.setData(model.index(0, MemberColumn.BIRTH_MONTH), 12)
    editor.save_button.click()
    assert editor.error.text() == "The birth month 12/2026 of Eeli is not possible."
    assert demo_context.read(list_families) == before

    assert model.setData(model.index(0, MemberColumn.BIRTH_MONTH), 11)
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    assert not editor.isVisible()
    assert len(demo_context.read(list_families)) == len(before) + 1


def a_marked_member(context: AppContext) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, str]:
    """A demo session, a family and one of its members marked present there."""

    def find(uow: UnitOfWork) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, str]:
        for entry in calendar_entries(uow, TODAY - timedelta(days=60), TODAY):
            for line in attendance_sheet(uow, entry.session_id).lines:
                if line.mark is AttendanceMark.PRESENT and not line.is_guest:
                    return entry.session_id, line.family_id, line.member_id, line.family_name
        raise AssertionError("the demo data has no attendance")

    return context.read(find)


def test_editing_a_members_name_keeps_the_member_and_the_attendance_marks(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    session_id, family_id, member_id, family_name = a_marked_member(demo_context)
    before = demo_context.read(lambda uow: get_family(uow, family_id))
    page = make_page(qtbot, demo_context)
    editor = open_family(qtbot, page, family_name)
    model = editor.members.model
    [row] = [r for r in range(model.rowCount()) if model.member(r).id == member_id]
    type_in_cell(qtbot, editor, row, MemberColumn.FIRST_NAME, "Uusinimi")
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()

    after = demo_context.read(lambda uow: get_family(uow, family_id))
    assert [m.id for m in after.members] == [m.id for m in before.members]
    assert after.members[row].first_name == "Uusinimi"
    sheet = demo_context.read(lambda uow: attendance_sheet(uow, session_id))
    [line] = [line for line in sheet.lines if line.member_id == member_id]
    assert line.name.startswith("Uusinimi ")
    assert line.mark is AttendanceMark.PRESENT


def test_enter_in_a_members_cell_commits_the_cell_and_does_not_save_the_family(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    editor = open_family(qtbot, page, "Aalto")
    family_id = current_family_id(page)
    type_in_cell(qtbot, editor, 0, MemberColumn.FIRST_NAME, "Minna")
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    assert editor.isVisible()
    stored = demo_context.read(lambda uow: get_family(uow, family_id))
    assert stored.members[0].first_name == "Mervi"
    with qtbot.waitSignal(editor.saved):
        qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    stored = demo_context.read(lambda uow: get_family(uow, family_id))
    assert stored.members[0].first_name == "Minna"


def test_saving_while_a_cell_is_still_being_typed_saves_the_typed_text(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    editor = open_family(qtbot, page, "Aalto")
    family_id = current_family_id(page)
    widget = cell_editor(qtbot, editor, 1, MemberColumn.LAST_NAME)
    assert isinstance(widget, QLineEdit)
    widget.selectAll()
    qtbot.keyClicks(widget, "Virtanen")
    with qtbot.waitSignal(editor.saved):
        editor.save()  # as Ctrl+S does, which leaves the cell's editor open
    stored = demo_context.read(lambda uow: get_family(uow, family_id))
    assert stored.members[1].full_name == "Väinö Virtanen"


def test_removing_a_saved_member_warns_about_their_attendance(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    editor = open_family(qtbot, page, "Aalto")
    members = editor.members
    members.add_child_button.click()
    members.remove_current()  # the new child: nothing saved is lost
    assert not members.removal_note.isVisibleTo(editor)
    members.table.setCurrentIndex(members.model.index(0, 0))
    members.remove_button.click()
    assert members.removal_note.isVisibleTo(editor)
    assert members.model.rowCount() == 4


def groups_shown(page: FamiliesPage, family: str) -> str:
    names, groups = shown(page.families), shown(page.families, GROUPS_COLUMN)
    [shown_groups] = [g for f, g in zip(names, groups, strict=True) if f == family]
    return shown_groups


def current_family_id(page: FamiliesPage) -> uuid.UUID:
    current = page.families.current_record()
    assert current is not None
    return current.id


def row_of(views: list[EnrolmentView], group: str) -> EnrolmentView:
    [view] = [v for v in views if v.group == group]
    return view


def test_enrolling_a_family_and_then_marking_it_left_shows_in_its_enrolments(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    editor = open_family(qtbot, page, "Airaksinen")
    family_id = current_family_id(page)
    panel = editor.enrolments
    editor.tabs.setCurrentWidget(panel)
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == [
        "Isä–lapsi-ryhmä Karhunpojat"
    ]

    set_choice(panel.group, "Satu- ja loruhetki")
    set_choice(panel.status, "enrolled")
    type_over(qtbot, panel.enrolled_on, "2.11.26")
    assert not panel.left_on.isEnabled()
    panel.save_button.click()
    assert not panel.error.isVisible()
    enrolled = row_of(
        demo_context.read(lambda u: family_enrolments(u, family_id)), "Satu- ja loruhetki"
    )
    assert (enrolled.status, enrolled.enrolled_on, enrolled.left_on) == (
        EnrolmentStatus.ENROLLED,
        date(2026, 11, 2),
        None,
    )
    assert "Satu- ja loruhetki" in groups_shown(page, "Airaksinen")

    # The saved enrolment is chosen in the list; the form now changes it.
    assert panel.model.record(panel.table.currentIndex().row()).id == enrolled.id
    assert not panel.group.isEnabled()
    set_choice(panel.status, "left")
    assert panel.left_on.isEnabled()
    type_over(qtbot, panel.left_on, "20.11.2026")
    panel.save_button.click()
    left = row_of(
        demo_context.read(lambda u: family_enrolments(u, family_id)), "Satu- ja loruhetki"
    )
    assert (left.id, left.status, left.enrolled_on, left.left_on) == (
        enrolled.id,
        EnrolmentStatus.LEFT,
        date(2026, 11, 2),
        date(2026, 11, 20),
    )
    assert "Satu- ja loruhetki" not in groups_shown(page, "Airaksinen")
    shown_row = [panel.model.index(1, c).data() for c in range(4)]
    assert shown_row[:2] == ["Satu- ja loruhetki", "left"]


def season_start_of(context: AppContext, group: str) -> date:
    """The first day of the group's season that runs today, read from its seasons."""

    def read(uow: UnitOfWork) -> date:
        seasons = list_series(uow, find_group(uow, group).id)
        return next(s.first_day for s in seasons if s.first_day <= TODAY <= s.last_day)

    return context.read(read)


def test_a_new_family_is_enrolled_before_its_first_save_and_saved_with_it(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    group = "Vauvaryhmä Pikkuiset"
    families_before = len(demo_context.read(list_families))
    page = make_page(qtbot, demo_context)
    editor = new_family_editor(qtbot, page)
    editor.activateWindow()
    type_over(qtbot, editor.name, "Uusitalo")
    click(qtbot, editor.members.add_adult_button)
    first_name = editor.members.table.indexWidget(
        editor.members.model.index(0, MemberColumn.FIRST_NAME)
    )
    assert isinstance(first_name, QLineEdit)
    wait_for_focus(qtbot, first_name)
    type_text(qtbot, "Sanna")
    enter(qtbot)
    qtbot.waitUntil(lambda: editor.members.model.member(0).first_name == "Sanna")
    role = cell_editor(qtbot, editor, 0, MemberColumn.ROLE)
    assert isinstance(role, QComboBox)
    set_choice(role, "mother")
    commit(qtbot, role)
    qtbot.waitUntil(lambda: editor.members.model.member(0).role is AdultRole.MOTHER)

    panel = editor.enrolments
    click_tab(qtbot, editor.tabs, "Enrolments")
    assert panel.hint.text() == "The enrolments are saved together with the new family."
    choose_by_keyboard(qtbot, panel.group, group)
    season_start = season_start_of(demo_context, group)
    assert season_start != TODAY
    assert panel.enrolled_on.day() == season_start  # not today: the season's first day
    click(qtbot, panel.save_button)  # "Enrol"
    assert not panel.error.isVisible()
    assert [panel.model.index(r, 0).data() for r in range(panel.model.rowCount())] == [group]
    assert len(demo_context.read(list_families)) == families_before  # nothing saved yet

    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor.save_button)

    assert len(demo_context.read(list_families)) == families_before + 1
    family_id = saved.args[0]
    [enrolment] = demo_context.read(lambda uow: family_enrolments(uow, family_id))
    assert (enrolment.group, enrolment.status, enrolment.enrolled_on) == (
        group,
        EnrolmentStatus.ENROLLED,
        season_start,
    )
    assert groups_shown(page, "Uusitalo") == group


def test_a_new_familys_enrolments_are_checked_in_the_form_and_can_be_removed(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    editor = new_family_editor(qtbot, page)
    panel = editor.enrolments
    click_tab(qtbot, editor.tabs, "Enrolments")
    choose_by_keyboard(qtbot, panel.group, "Satu- ja loruhetki")
    click(qtbot, panel.save_button)
    assert not panel.group.isEnabled()  # the enrolment is chosen in the list
    click(qtbot, panel.new_button)
    choose_by_keyboard(qtbot, panel.group, "Satu- ja loruhetki")
    click(qtbot, panel.save_button)
    assert panel.error.text() == "The family is already enrolled or waiting in this group."
    assert panel.model.rowCount() == 1

    panel.table.setCurrentIndex(panel.model.index(0, 0))
    click(qtbot, panel.remove_button)
    answer(qtbot, question(qtbot), "Remove")
    assert panel.model.rowCount() == 0
    assert panel.pending == []


def test_an_enrolment_error_is_shown_in_the_panel_and_removal_asks_first(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    editor = open_family(qtbot, page, "Airaksinen")
    panel = editor.enrolments
    click_tab(qtbot, editor.tabs, "Enrolments")
    family_id = current_family_id(page)
    before = demo_context.read(lambda u: family_enrolments(u, family_id))

    set_choice(panel.group, "Isä–lapsi-ryhmä Karhunpojat")
    set_choice(panel.status, "on the waiting list")
    panel.save_button.click()
    assert panel.error.text() == "The family is already enrolled or waiting in this group."
    assert demo_context.read(lambda u: family_enrolments(u, family_id)) == before

    panel.table.setCurrentIndex(panel.model.index(0, 0))
    assert not panel.error.isVisible()
    click(qtbot, panel.remove_button)
    asked = question(qtbot)
    assert asked.text() == "Remove the enrolment in “Isä–lapsi-ryhmä Karhunpojat”?"
    answer(qtbot, asked, "Cancel")
    assert demo_context.read(lambda u: family_enrolments(u, family_id)) == before
    click(qtbot, panel.remove_button)
    answer(qtbot, question(qtbot), "Remove")
    assert demo_context.read(lambda u: family_enrolments(u, family_id)) == []
    assert panel.model.rowCount() == 0
    assert panel.group.isEnabled()


def test_the_members_and_enrolment_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    qtmodeltester.check(page.families.model, force_py=True)
    editor = open_family(qtbot, page, "Aalto")
    members = editor.members.model
    assert members.rowCount() == 5
    qtmodeltester.check(members, force_py=True)
    # The tester keeps watching the model's signals through these changes.
    members.add_member(MemberKind.CHILD)
    assert members.removeRows(0, 2)
    assert not members.removeRows(3, 2)
    assert members.setData(members.index(0, MemberColumn.BIRTH_MONTH), 4)
    members.set_members([])
    assert members.rowCount() == 0
    assert editor.enrolments.model.rowCount() == 2
    qtmodeltester.check(editor.enrolments.model, force_py=True)


def test_a_save_over_a_colleagues_change_is_refused_and_shows_their_change(
    qtbot: QtBot, demo_context: AppContext, second_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    mine = open_family(qtbot, page, "Aalto")
    theirs = open_family(qtbot, make_page(qtbot, second_context), "Aalto")
    family_id = current_family_id(page)
    before = demo_context.read(lambda uow: get_family(uow, family_id))
    theirs.phone.setText("040 765 4321")
    type_in_cell(qtbot, theirs, 0, MemberColumn.FIRST_NAME, "Jouni")
    commit(qtbot, theirs.members.table.indexWidget(theirs.members.table.currentIndex()))
    with qtbot.waitSignal(theirs.saved):
        qtbot.mouseClick(theirs.save_button, Qt.MouseButton.LeftButton)

    mine.notes.setPlainText("Toivoo iltaryhmää")
    qtbot.mouseClick(mine.save_button, Qt.MouseButton.LeftButton)

    assert mine.isVisible()
    assert mine.error.text() == (
        "Someone else changed this family's details while you were editing them. The saved "
        "details are shown now; make your change again if it is still needed."
    )
    family = demo_context.read(lambda uow: get_family(uow, family_id))
    assert (family.phone, family.notes) == ("040 765 4321", before.notes)
    assert family.members[0].first_name == "Jouni"
    assert (mine.phone.text(), mine.notes.toPlainText()) == ("040 765 4321", before.notes)
    assert mine.members.model.member(0).first_name == "Jouni"

    # Made again on the details shown, the change is saved and keeps the colleague's.
    mine.notes.setPlainText("Toivoo iltaryhmää")
    with qtbot.waitSignal(mine.saved):
        qtbot.mouseClick(mine.save_button, Qt.MouseButton.LeftButton)
    family = demo_context.read(lambda uow: get_family(uow, family_id))
    assert (family.phone, family.notes) == ("040 765 4321", "Toivoo iltaryhmää")
    assert family.members[0].first_name == "Jouni"


# -- merging a family recorded twice ---------------------------------------------------------


def a_duplicate_at_a_session(context: AppContext) -> tuple[uuid.UUID, FamilySummary, Family]:
    """A past roster session where an enrolled family came and, recorded a second time as
    guests (the same father, and a child), the same family: the session, the family in
    the register and its duplicate."""

    def find(uow: UnitOfWork) -> tuple[uuid.UUID, uuid.UUID]:
        for session in unrecorded_sessions(uow, context.now()):
            sheet = attendance_sheet(uow, session.id)
            names = {f.name for f in list_families(uow)}
            for line in sheet.lines:
                if (
                    sheet.keeps_roster
                    and line.role is AdultRole.FATHER
                    and sum(1 for n in names if n == line.family_name) == 1
                ):
                    return session.id, line.family_id
        raise LookupError("the demo has no unrecorded roster session with a father")

    session_id, keep_id = context.read(find)
    [keep] = [f for f in context.read(list_families) if f.id == keep_id]
    father = keep.adults[0].split()[0]
    duplicate = Family(
        name=keep.name,
        members=[
            Member(first_name=father, kind=MemberKind.ADULT, role=AdultRole.FATHER),
            Member(first_name="Eeli", kind=MemberKind.CHILD, birth_year=2024, birth_month=2),
        ],
    )
    sheet = context.read(lambda uow: attendance_sheet(uow, session_id))
    marks = {
        line.member_id: AttendanceMark.PRESENT for line in sheet.lines if line.family_id == keep_id
    }
    marks.update({m.id: AttendanceMark.PRESENT for m in duplicate.members})
    entered = AttendanceRecord(marks=marks, guest_families=[duplicate], version=sheet.version)
    context.write(
        lambda uow: record_attendance(uow, session_id, entered, TODAY),
        Changes.ATTENDANCE | Changes.FAMILIES,
    )
    return session_id, keep, duplicate


def test_a_family_recorded_twice_is_merged_through_the_families_page(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    session_id, keep, duplicate = a_duplicate_at_a_session(demo_context)
    day = demo_context.read(lambda uow: attendance_sheet(uow, session_id)).session.day
    group_id = demo_context.read(lambda uow: attendance_sheet(uow, session_id)).group.id
    just_that_day = StatisticsFilter(group_ids=(group_id,))

    def families_that_day() -> int | None:
        return demo_context.read(
            lambda uow: compute_statistics(uow, day, day, just_that_day, now=demo_context.now())
        ).total.distinct_families

    assert families_that_day() == 2
    marks_before = demo_context.read(lambda uow: attendance_sheet(uow, session_id)).lines
    enrolments_before = demo_context.read(lambda uow: family_enrolments(uow, keep.id))

    page = make_page(qtbot, demo_context)
    click_family(qtbot, page, keep.id)
    click(qtbot, page.merge_button)
    dialog = page.merger
    assert isinstance(dialog, MergeFamiliesDialog)
    qtbot.waitExposed(dialog)
    wait_for_focus(qtbot, dialog.search.field)
    with qtbot.waitSignal(dialog.search.searched):
        type_text(qtbot, keep.name)
    found = [f.id for f in dialog.search.model.matches]
    assert found[0] == duplicate.id  # the family of that name first
    assert keep.id not in found  # the family kept is not offered
    press(qtbot, Qt.Key.Key_Down)
    enter(qtbot)
    assert dialog.what_moves.isVisible()
    assert "Eeli (child)" in dialog.what_moves.text()

    click(qtbot, dialog.merge_button)
    box = question(qtbot)
    assert f"{keep.name} (" in box.text()
    assert box.text().count(keep.name) >= 2  # both families are named, with their people
    assert "Eeli" in box.text()
    assert "cannot be undone" in box.text()
    answer(qtbot, box, "Merge")
    qtbot.waitUntil(lambda: not dialog.isVisible())

    kept = demo_context.read(lambda uow: get_family(uow, keep.id))
    theirs = {line.member_id for line in marks_before if line.family_id in (keep.id, duplicate.id)}
    assert {m.id for m in kept.members} >= theirs
    assert len(kept.members) == len(keep.adults) + len(keep.children) + 2
    assert demo_context.read(lambda uow: uow.families.get(duplicate.id)) is None
    lines = demo_context.read(lambda uow: attendance_sheet(uow, session_id)).lines
    assert {(line.member_id, line.mark) for line in lines} == {
        (line.member_id, line.mark) for line in marks_before
    }
    assert {line.family_id for line in lines if line.member_id in theirs} == {keep.id}
    enrolments = demo_context.read(lambda uow: family_enrolments(uow, keep.id))
    assert enrolments == enrolments_before
    history = demo_context.read(lambda uow: uow.audit.for_family(keep.id))
    [merged] = [e for e in history if e.action is AuditAction.FAMILIES_MERGED]
    assert merged.detail == "2"
    added = [e for e in history if e.action is AuditAction.FAMILY_ADDED]
    assert len(added) == 2  # the duplicate's history came along
    assert families_that_day() == 1
    assert shown(page.families).count(keep.name) == 1
    current = page.families.current_record()
    assert current is not None
    assert current.id == keep.id


def click_family(qtbot: QtBot, page: FamiliesPage, family_id: uuid.UUID) -> None:
    """Click the family's row in the list, as a person picks one of two namesakes."""
    proxy, table = page.families.proxy, page.families.table
    [row] = [
        r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(RECORD_ROLE).id == family_id
    ]
    index = proxy.index(row, 1)
    table.scrollTo(index)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    assert current_family_id(page) == family_id


def test_merging_asks_and_nothing_happens_without_a_yes(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    _session, keep, duplicate = a_duplicate_at_a_session(demo_context)
    page = make_page(qtbot, demo_context)
    click_family(qtbot, page, keep.id)
    click(qtbot, page.merge_button)
    dialog = page.merger
    assert isinstance(dialog, MergeFamiliesDialog)
    wait_for_focus(qtbot, dialog.search.field)
    with qtbot.waitSignal(dialog.search.searched):
        type_text(qtbot, keep.name)
    press(qtbot, Qt.Key.Key_Down)
    enter(qtbot)
    click(qtbot, dialog.merge_button)
    answer(qtbot, question(qtbot), "Cancel")
    assert dialog.isVisible()
    names = [f.name for f in demo_context.read(list_families)]
    assert names.count(keep.name) == 2
    assert demo_context.read(lambda uow: get_family(uow, duplicate.id)).members
