"""Guests at a session: a family of the register is found and chosen, a new one is made
only when asked, a guest may join the group, and a list with nobody on it says why."""

from __future__ import annotations

import uuid
from datetime import date, time
from functools import partial

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import (
    AdultRole,
    AttendanceMark,
    AttendanceMode,
    EnrolmentStatus,
    Group,
    GroupType,
    MemberKind,
    Session,
)
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.attendance import AttendanceSheet, attendance_sheet
from ryhmat.domain.usecases.families import (
    FamilySummary,
    family_enrolments,
    find_families,
    list_families,
)
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date
from ryhmat.ui.people.family_search import FamilyMatchModel
from ryhmat.ui.sessions import AttendanceView
from ryhmat.ui.sessions.guest_form import GuestFamilyForm
from tests.gui.person import (
    choose,
    click,
    enter,
    escape,
    focused,
    press,
    tick,
    type_over,
    type_text,
    wait_for_focus,
)

PRESENT = AttendanceMark.PRESENT
NEW_NAME = "Zyskowicz"  # a name the demo does not use


def stored(context: AppContext, session_id: uuid.UUID) -> AttendanceSheet:
    return context.read(partial(_sheet, session_id))


def _sheet(session_id: uuid.UUID, uow: UnitOfWork) -> AttendanceSheet:
    return attendance_sheet(uow, session_id)


def families_by_name(context: AppContext) -> dict[str, list[FamilySummary]]:
    found: dict[str, list[FamilySummary]] = {}
    for family in context.read(list_families):
        found.setdefault(family.name, []).append(family)
    return found


def open_view(qtbot: QtBot, context: AppContext, session_id: uuid.UUID) -> AttendanceView:
    view = AttendanceView(context, session_id)
    qtbot.addWidget(view)
    view.resize(960, 640)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def open_guest_form(qtbot: QtBot, view: AttendanceView) -> GuestFamilyForm:
    click(qtbot, view.guest_button)
    form = view.guest_form
    assert form.isVisible()
    wait_for_focus(qtbot, form.search.field)
    return form


def search(qtbot: QtBot, form: GuestFamilyForm, text: str) -> list[str]:
    """Type into the search field; the first column of what the list then shows."""
    with qtbot.waitSignal(form.search.searched):
        type_over(qtbot, form.search.field, text)
    model = form.search.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def a_family_not_listed(context: AppContext, session_id: uuid.UUID) -> FamilySummary:
    """A family of the demo that is not on the session's list, with an adult, of a name
    no other family shares."""
    listed = {line.family_id for line in stored(context, session_id).lines}
    names = families_by_name(context)
    return next(
        family
        for same in names.values()
        for family in same
        if len(same) == 1 and family.id not in listed and family.adults
    )


def test_a_family_of_the_register_is_found_by_keyboard_and_no_family_is_made(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    guest = a_family_not_listed(demo_context, roster_session)
    families_before = len(demo_context.read(list_families))
    view = open_view(qtbot, demo_context, roster_session)
    listed = view.model.rowCount()
    form = open_guest_form(qtbot, view)

    first_name = guest.adults[0].split()[0]
    shown = search(qtbot, form, f"{guest.name.lower()} {first_name}")
    assert shown == [guest.name, f"New family: {guest.name.lower()} {first_name}"]
    press(qtbot, Qt.Key.Key_Down)
    assert focused() is form.search.matches
    enter(qtbot)

    assert not form.isVisible()
    people = len(guest.adults) + len(guest.children)
    assert view.model.rowCount() == listed + people
    assert view.model.data(view.model.index(listed, 0)) == f"{guest.name} (guest)"
    assert view.model.new_guest_families == []
    with qtbot.waitSignal(view.saved):
        click(qtbot, view.save_button)

    assert len(demo_context.read(list_families)) == families_before
    theirs = [line for line in stored(demo_context, roster_session).lines if line.is_guest]
    assert {line.family_id for line in theirs} == {guest.id}
    assert [line.mark for line in theirs] == [PRESENT] * people


def test_a_family_is_chosen_with_the_mouse_too(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    guest = a_family_not_listed(demo_context, roster_session)
    view = open_view(qtbot, demo_context, roster_session)
    form = open_guest_form(qtbot, view)
    assert search(qtbot, form, guest.name)[0] == guest.name
    table = form.search.matches
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(form.search.model.index(0, 1)).center(),
    )
    assert not form.isVisible()
    assert view.model.known_guest_families == [guest.id]


def test_a_new_family_is_made_only_when_asked(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    view = open_view(qtbot, demo_context, roster_session)
    listed = view.model.rowCount()
    form = open_guest_form(qtbot, view)
    assert search(qtbot, form, NEW_NAME) == [f"New family: {NEW_NAME}"]
    assert not form.has_content()  # a search is nothing to keep
    enter(qtbot)  # Enter in the field goes to the list; nothing is added yet
    assert focused() is form.search.matches
    assert view.model.rowCount() == listed
    assert not form.making_new
    enter(qtbot)  # on "New family: …"

    assert form.making_new
    assert form.family_name.text() == NEW_NAME
    wait_for_focus(qtbot, form.rows[0].first_name)
    type_text(qtbot, "Jussi")
    assert form.has_content()  # a family typed but not added yet
    choose(qtbot, form.rows[0].role, "father")
    click(qtbot, form.add_child)
    child = form.rows[1]
    wait_for_focus(qtbot, child.first_name)
    type_text(qtbot, "Aino")
    type_over(qtbot, child.birth_year, "2024")
    type_over(qtbot, child.birth_month, "5")
    enter(qtbot)  # Return in the form adds the family to the list

    assert not form.isVisible()
    assert view.model.rowCount() == listed + 2
    assert view.model.data(view.model.index(listed, 0)) == f"{NEW_NAME} (guest)"
    with qtbot.waitSignal(view.saved):
        click(qtbot, view.save_button)

    assert [f.adults + f.children for f in families_by_name(demo_context)[NEW_NAME]] == [
        [f"Jussi {NEW_NAME}", f"Aino {NEW_NAME}"]
    ]
    guests = [line for line in stored(demo_context, roster_session).lines if line.is_guest]
    assert [(g.family_name, g.kind, g.role, g.age, g.mark) for g in guests] == [
        (NEW_NAME, MemberKind.ADULT, AdultRole.FATHER, None, PRESENT),
        (NEW_NAME, MemberKind.CHILD, None, 2, PRESENT),
    ]


def test_a_family_on_the_list_already_is_shown_not_added_twice(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    view = open_view(qtbot, demo_context, roster_session)
    last = view.model.line(view.model.rowCount() - 1)
    listed = view.model.rowCount()
    form = open_guest_form(qtbot, view)
    same_name = len(families_by_name(demo_context)[last.family_name])
    shown = search(qtbot, form, last.family_name)
    assert f"{last.family_name} (on the list already)" in shown[:same_name]
    row = shown.index(f"{last.family_name} (on the list already)")
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down, times=row)
    enter(qtbot)
    assert not form.isVisible()
    assert view.model.rowCount() == listed
    assert view.model.line(view.table.currentIndex().row()).family_id == last.family_id
    assert view.undo_stack.count() == 0


def test_a_guest_family_joins_the_group_from_the_sessions_day(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    guest = a_family_not_listed(demo_context, roster_session)
    day = stored(demo_context, roster_session).session.day
    view = open_view(qtbot, demo_context, roster_session)
    form = open_guest_form(qtbot, view)
    assert not form.enrol.isChecked()  # a guest is a guest unless the leader says more
    assert form.enrol.text().replace("&", "") == (
        f"Enrol the family in the group from {format_date(day)}"
    )
    tick(qtbot, form.enrol)
    search(qtbot, form, guest.name)
    click_into_list_and_choose_first(qtbot, form)
    listed_as = view.model.data(view.model.index(view.model.rowCount() - 1, 0))
    assert listed_as == f"{guest.name} (joins the group)"
    with qtbot.waitSignal(view.saved):
        click(qtbot, view.save_button)

    sheet = stored(demo_context, roster_session)
    theirs = [line for line in sheet.lines if line.family_id == guest.id]
    # Every one of the family's people is on the sheet, marked present, and none as a guest.
    assert sorted((line.name, line.is_guest, line.mark) for line in theirs) == sorted(
        (name, False, PRESENT) for name in guest.adults + guest.children
    )
    enrolment = next(
        e
        for e in demo_context.read(lambda uow: family_enrolments(uow, guest.id))
        if e.group_id == sheet.group.id
    )
    assert (enrolment.status, enrolment.enrolled_on) == (EnrolmentStatus.ENROLLED, day)


def click_into_list_and_choose_first(qtbot: QtBot, form: GuestFamilyForm) -> None:
    click(qtbot, form.search.field)
    press(qtbot, Qt.Key.Key_Down)
    enter(qtbot)


def test_a_new_guest_family_without_people_is_refused_inline(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    view = open_view(qtbot, demo_context, roster_session)
    listed = view.model.rowCount()
    form = open_guest_form(qtbot, view)
    search(qtbot, form, NEW_NAME)
    click_into_list_and_choose_first(qtbot, form)
    assert form.making_new
    click(qtbot, form.rows[0].remove_button)
    qtbot.waitUntil(lambda: not form.rows)
    click(qtbot, form.add_button)
    assert form.error.isVisible()
    assert form.error.text() == "A family needs at least one member."
    assert form.isVisible()
    assert view.model.rowCount() == listed


def test_adding_a_guest_family_can_be_undone_and_escape_closes_the_form(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    guest = a_family_not_listed(demo_context, roster_session)
    view = open_view(qtbot, demo_context, roster_session)
    listed = view.model.rowCount()
    form = open_guest_form(qtbot, view)
    search(qtbot, form, NEW_NAME)
    escape(qtbot)
    assert not form.isVisible()
    assert view.model.rowCount() == listed

    form = open_guest_form(qtbot, view)
    assert form.search.field.text() == ""  # a new start, not the old search
    search(qtbot, form, guest.name)
    click_into_list_and_choose_first(qtbot, form)
    assert view.model.rowCount() > listed
    view.undo_stack.undo()
    assert view.model.rowCount() == listed
    assert view.model.known_guest_families == []


def test_the_table_widens_its_columns_for_a_guest_family_with_a_long_name(
    qtbot: QtBot, demo_context: AppContext, roster_session: uuid.UUID
) -> None:
    long_name = "Virtanen-Ahonen-Korhonen-Mäkelä-Nieminen"
    view = open_view(qtbot, demo_context, roster_session)
    form = open_guest_form(qtbot, view)
    search(qtbot, form, long_name)
    click_into_list_and_choose_first(qtbot, form)
    type_text(qtbot, "Maria-Magdalena Aleksandra")
    enter(qtbot)
    table = view.table
    row = view.model.rowCount() - 1
    for column in (0, 1):
        text = view.model.index(row, column).data()
        assert table.columnWidth(column) >= table.fontMetrics().horizontalAdvance(text), text


def test_the_search_list_passes_the_model_tester(
    demo_context: AppContext, model_tester: ModelTester
) -> None:
    model = FamilyMatchModel()
    model_tester.check(model, force_py=True)
    found = demo_context.read(lambda uow: find_families(uow, "a"))
    assert found
    model.set_matches(found, "a", frozenset({found[0].id}))
    assert model.rowCount() == len(found) + 1
    assert model.family(len(found)) is None
    assert model.index(len(found), 0).data() == "New family: a"
    assert model.index(0, 0).data() == f"{found[0].name} (on the list already)"
    model.set_matches([], None)
    assert model.rowCount() == 0


# -- nobody on the list ------------------------------------------------------------------


def nobody_enrolled(context: AppContext, day: date) -> uuid.UUID:
    """A session on ``day`` of a new roster group that nobody has enrolled in yet."""
    group = Group(
        name="Uusi vertaisryhmä", type=GroupType.PEER_GROUP, attendance_mode=AttendanceMode.ROSTER
    )
    session = Session(group_id=group.id, day=day, start=time(17, 30), end=time(19, 0))

    def save(uow: UnitOfWork) -> None:
        uow.groups.save(group)
        uow.sessions.save(session)
        uow.commit()

    context.write(save, Changes.GROUPS | Changes.SESSIONS)
    return session.id


def test_a_list_with_nobody_says_why_and_offers_to_add_a_family(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    day = date(2026, 11, 17)
    session_id = nobody_enrolled(demo_context, day)
    view = open_view(qtbot, demo_context, session_id)
    assert view.nobody_listed.isVisible()
    assert not view.table.isVisible()
    assert not view.guest_button.isVisible()  # "Add a family…" stands in for it
    assert view.nobody_note.text() == f"Nobody was enrolled in the group on {format_date(day)}."
    wait_for_focus(qtbot, view.add_family_button)

    enter(qtbot)  # on "Add a family…"
    form = view.guest_form
    assert form.isVisible()
    wait_for_focus(qtbot, form.search.field)
    guest = a_family_not_listed(demo_context, session_id)
    search(qtbot, form, guest.name)
    press(qtbot, Qt.Key.Key_Down)
    enter(qtbot)
    assert not view.nobody_listed.isVisible()
    assert view.table.isVisible()
    assert view.guest_button.isVisible()
    with qtbot.waitSignal(view.saved):
        click(qtbot, view.save_button)
    assert {line.family_id for line in stored(demo_context, session_id).lines} == {guest.id}
