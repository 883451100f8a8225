"""Delete, Archive… and Restore in every list, as a person uses them: select a row with
the mouse, press the button or the Delete key, answer the question, and find the
database changed (or, for something in use, unchanged and the reason shown)."""

from __future__ import annotations

import uuid
from datetime import date, time
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.errors import NotFound
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import (
    AuditAction,
    Enrolment,
    Group,
    GroupType,
    Organisation,
    Place,
    Series,
    SessionStatus,
    WeeklySlot,
    Worker,
    WorkerPair,
)
from ryhmat.domain.usecases.choices import load_choices
from ryhmat.domain.usecases.families import list_families, save_enrolment
from ryhmat.domain.usecases.groups import find_group, list_groups, list_series, save_group
from ryhmat.domain.usecases.history import family_history
from ryhmat.domain.usecases.places import (
    list_closures,
    list_organisations,
    list_places,
    save_organisation,
    save_place,
)
from ryhmat.domain.usecases.removal import Kind, archive
from ryhmat.domain.usecases.series import save_series
from ryhmat.domain.usecases.sessions import list_group_sessions
from ryhmat.domain.usecases.workers import list_pairs, list_workers, save_pair, save_worker
from ryhmat.ui.calendar import CalendarPage
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups import GroupEditor, GroupsPage
from ryhmat.ui.groups.closures import ClosurePreviewDialog
from ryhmat.ui.people import WorkersPage
from ryhmat.ui.records import RecordListView
from ryhmat.ui.removal import REMOVAL_CHANGES
from ryhmat.ui.sessions import SessionDialog
from tests.gui.conftest import NOW
from tests.gui.person import (
    activate,
    answer,
    button_text,
    click,
    click_row,
    enter,
    escape,
    listed,
    no_question,
    press,
    question,
    show_window,
    wait_closed,
    wait_for_dialog,
)

KARHUNPOJAT = "Isä–lapsi-ryhmä Karhunpojat"
PIKKUISET = "Vauvaryhmä Pikkuiset"
SATU = "Satu- ja loruhetki"
KOHTAAMO = "Perhekahvila Kohtaamo"
MAJAKKA = "Perhekeskus Majakka"
LIBRARY = "Järvelän kaupunginkirjasto"
MISTAKE = "Vauvahieronta"
GROUPS, PLACES, CLOSURES = range(3)


def groups_page(qtbot: QtBot, context: AppContext, tab: int = GROUPS) -> GroupsPage:
    page = GroupsPage(context)
    qtbot.addWidget(page)
    show_window(qtbot, page)
    page.tabs.setCurrentIndex(tab)
    return page


def workers_page(qtbot: QtBot, context: AppContext, tab: QWidget | None = None) -> WorkersPage:
    page = WorkersPage(context)
    qtbot.addWidget(page)
    show_window(qtbot, page)
    if tab is not None:
        page.tabs.setCurrentWidget(tab)
    return page


def make_mistake(context: AppContext) -> uuid.UUID:
    """A group made by mistake: a season planned, a family enrolled, nothing held."""
    group = Group(name=MISTAKE, type=GroupType.BABY_GROUP)
    season = Series(
        group_id=group.id,
        name="Kevät 2027",
        first_day=date(2027, 1, 12),
        last_day=date(2027, 2, 16),
        slots=[WeeklySlot(weekday=1, start=time(10), end=time(11))],
    )
    context.write(lambda uow: save_group(uow, group), Changes.GROUPS)
    context.write(lambda uow: save_series(uow, season, FinnishHolidays()), Changes.SESSIONS)
    return group.id


def refused(qtbot: QtBot) -> str:
    """The message that says why, read and closed as a person does."""
    box = question(qtbot)
    text = box.text()
    answer(qtbot, box, "OK")
    return text


def delete_with_the_key(qtbot: QtBot, view: RecordListView[Any], row: str) -> None:
    click_row(qtbot, view.table, row)
    press(qtbot, Qt.Key.Key_Delete)


def confirm(qtbot: QtBot, expected: str, reply: str = "Delete") -> None:
    box = question(qtbot)
    assert box.text() == expected
    answer(qtbot, box, reply)


# -- groups ----------------------------------------------------------------------------


def test_a_group_with_history_is_refused_with_what_to_do_instead(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = groups_page(qtbot, demo_context)
    delete_with_the_key(qtbot, page.groups.list, KARHUNPOJAT)
    assert refused(qtbot) == (
        f"“{KARHUNPOJAT}” has held sessions or recorded attendance, so it cannot be deleted. "
        "Archive it instead: it is hidden from lists and choices, and its history and "
        "statistics are kept."
    )
    assert no_question()
    assert KARHUNPOJAT in [g.name for g in demo_context.read(list_groups)]
    assert KARHUNPOJAT in listed(page.groups.list.table)


def test_a_group_made_by_mistake_goes_once_the_question_is_answered(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    group_id = make_mistake(demo_context)
    family = demo_context.read(list_families)[0]
    enrolment = Enrolment(family_id=family.id, group_id=group_id)
    demo_context.write(lambda uow: save_enrolment(uow, enrolment), Changes.FAMILIES)
    page = groups_page(qtbot, demo_context)
    actions = page.groups.removal
    assert not actions.delete_button.isEnabled()  # no row chosen yet

    click_row(qtbot, page.groups.list.table, MISTAKE)
    click(qtbot, actions.delete_button)
    question_text = (
        f"Delete the group “{MISTAKE}” with its seasons and sessions? This cannot be undone."
    )
    confirm(qtbot, question_text, "Cancel")
    assert demo_context.read(lambda uow: find_group(uow, MISTAKE)).id == group_id

    delete_with_the_key(qtbot, page.groups.list, MISTAKE)
    confirm(qtbot, question_text)
    qtbot.waitUntil(lambda: MISTAKE not in listed(page.groups.list.table))
    with pytest.raises(NotFound):
        demo_context.read(lambda uow: find_group(uow, MISTAKE))
    assert demo_context.read(lambda uow: list_series(uow, group_id)) == []
    # The family's trail still tells of the enrolment and of its end.
    trail = demo_context.read(lambda uow: family_history(uow, family.id))
    assert [line.action for line in trail[:2]] == [
        AuditAction.ENROLMENT_REMOVED,
        AuditAction.ENROLMENT_ADDED,
    ]


def sessions_of(context: AppContext, name: str) -> list[tuple[date, SessionStatus, str]]:
    listing = context.read(lambda uow: list_group_sessions(uow, name, FinnishHolidays()))
    return [(s.start.date(), s.status, s.cancel_reason) for s in listing.sessions]


def test_archiving_a_group_cancels_its_sessions_to_come_and_restore_brings_it_back(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    before = sessions_of(demo_context, KARHUNPOJAT)
    to_come = [s for s in before if s[0] > NOW.date() and s[1] is SessionStatus.PLANNED]
    assert to_come
    page = groups_page(qtbot, demo_context)
    actions, table = page.groups.removal, page.groups.list.table
    click_row(qtbot, table, KARHUNPOJAT)
    assert not actions.restore_button.isEnabled()
    click(qtbot, actions.archive_button)

    box = question(qtbot)
    assert box.text().startswith(
        f"“{KARHUNPOJAT}” has {len(to_come)} planned sessions still to come, which "
        "partners' calendars show."
    )
    answer(qtbot, box, "Mark them cancelled")
    qtbot.waitUntil(lambda: KARHUNPOJAT not in listed(table))

    [summary] = [
        g
        for g in demo_context.read(lambda uow: list_groups(uow, include_archived=True))
        if g.name == KARHUNPOJAT
    ]
    assert summary.archived
    after = sessions_of(demo_context, KARHUNPOJAT)
    assert after == [
        (day, SessionStatus.CANCELLED, "The group has ended")
        if (day, s, r) in to_come
        else (day, s, r)
        for day, s, r in before
    ]

    click(qtbot, actions.show_archived_box)
    archived_row = f"{KARHUNPOJAT} (archived)"
    qtbot.waitUntil(lambda: archived_row in listed(table))
    click_row(qtbot, table, archived_row)
    assert not actions.archive_button.isEnabled()
    click(qtbot, actions.restore_button)
    qtbot.waitUntil(lambda: KARHUNPOJAT in listed(table))
    assert KARHUNPOJAT in [g.name for g in demo_context.read(list_groups)]
    # Restoring leaves the cancellations as they are: the coordinator plans anew.
    assert sessions_of(demo_context, KARHUNPOJAT) == after


def test_archiving_a_group_can_remove_its_sessions_to_come_and_the_calendar_keeps_the_past(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    before = sessions_of(demo_context, PIKKUISET)
    page = groups_page(qtbot, demo_context)
    click_row(qtbot, page.groups.list.table, PIKKUISET)
    press(qtbot, Qt.Key.Key_Tab)  # the keyboard reaches the buttons too
    click(qtbot, page.groups.removal.archive_button)
    answer(qtbot, question(qtbot), "Remove them")
    qtbot.waitUntil(lambda: PIKKUISET not in listed(page.groups.list.table))

    assert sessions_of(demo_context, PIKKUISET) == [s for s in before if s[0] <= NOW.date()]
    calendar = CalendarPage(demo_context)
    qtbot.addWidget(calendar)
    groups = [calendar.filters.group.itemText(i) for i in range(calendar.filters.group.count())]
    assert PIKKUISET not in groups
    assert KARHUNPOJAT in groups
    past = max(day for day, status, _ in before if day <= NOW.date())
    calendar.show_day(past)
    shown = {e.group_name for e in calendar.week_model.entries}
    assert PIKKUISET in shown


# -- places and closures ---------------------------------------------------------------


def test_a_place_in_use_is_archived_instead_and_its_groups_keep_it(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = groups_page(qtbot, demo_context, PLACES)
    places = page.places.list
    delete_with_the_key(qtbot, places, MAJAKKA)
    message = refused(qtbot)
    assert message.startswith(f"“{MAJAKKA}” is used by the group “")
    assert message.endswith(
        "Archive it instead: it is no longer offered, and the sessions there keep it."
    )

    click_row(qtbot, places.table, MAJAKKA)
    click(qtbot, page.places.removal.archive_button)
    assert no_question()  # an archive can be undone: nothing to ask
    qtbot.waitUntil(lambda: MAJAKKA not in listed(places.table))
    assert MAJAKKA not in [p.name for p in demo_context.read(list_places)]
    assert MAJAKKA not in [c.name for c in demo_context.read(load_choices).places]

    # Karhunpojat meets there: its editor still shows the place, and saving keeps it.
    group = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    editor = GroupEditor(demo_context, group.id)
    qtbot.addWidget(editor)
    editor.open()
    assert editor.place.currentText() == f"{MAJAKKA} (archived)"
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    saved = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    assert saved.default_place_id == group.default_place_id


def test_a_new_place_is_deleted_after_the_question(qtbot: QtBot, demo_context: AppContext) -> None:
    demo_context.write(
        lambda uow: save_place(uow, Place(name="Nuorisotalo Kipinä")), Changes.PLACES
    )
    page = groups_page(qtbot, demo_context, PLACES)
    delete_with_the_key(qtbot, page.places.list, "Nuorisotalo Kipinä")
    confirm(qtbot, "Delete the place “Nuorisotalo Kipinä”? This cannot be undone.")
    qtbot.waitUntil(lambda: "Nuorisotalo Kipinä" not in listed(page.places.list.table))
    assert "Nuorisotalo Kipinä" not in [p.name for p in demo_context.read(list_places)]


def test_a_closure_is_deleted_after_the_question(qtbot: QtBot, demo_context: AppContext) -> None:
    page = groups_page(qtbot, demo_context, CLOSURES)
    closures = page.closures.list
    click_row(qtbot, closures.table, "Talviloma 2027")
    click(qtbot, page.closures.removal.delete_button)
    # The question lists what the closure gives back (tests/gui/ui/groups/test_closures.py).
    dialog = wait_for_dialog(qtbot, ClosurePreviewDialog)
    assert isinstance(dialog, ClosurePreviewDialog)
    activate(qtbot, dialog)
    assert button_text(dialog.confirm_button) == "Delete closure"
    escape(qtbot)
    wait_closed(qtbot, dialog)
    assert "Talviloma 2027" in [c.name for c in demo_context.read(list_closures)]

    activate(qtbot, page)
    delete_with_the_key(qtbot, closures, "Talviloma 2027")
    dialog = wait_for_dialog(qtbot, ClosurePreviewDialog)
    activate(qtbot, dialog)
    enter(qtbot)
    qtbot.waitUntil(lambda: "Talviloma 2027" not in listed(closures.table))
    assert "Talviloma 2027" not in [c.name for c in demo_context.read(list_closures)]
    assert page.closures.form.title() == "New closure"


# -- workers, pairs and organisations ---------------------------------------------------


def test_a_worker_who_led_sessions_is_archived_and_past_sessions_keep_them(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = workers_page(qtbot, demo_context)
    delete_with_the_key(qtbot, page.workers, "Katriina Palomäki")
    assert refused(qtbot).startswith("“Katriina Palomäki” leads sessions of “")

    click_row(qtbot, page.workers.table, "Katriina Palomäki")
    click(qtbot, page.worker_removal.archive_button)
    qtbot.waitUntil(lambda: "Katriina Palomäki" not in listed(page.workers.table))
    assert "Katriina Palomäki" not in [w.name for w in demo_context.read(list_workers)]
    assert "Katriina Palomäki" not in [c.name for c in demo_context.read(load_choices).workers]

    # A session she led shows her still, marked, and saving it keeps her.
    listing = demo_context.read(lambda uow: list_group_sessions(uow, KOHTAAMO, FinnishHolidays()))
    led = next(s for s in listing.sessions if "Katriina Palomäki" in s.leaders)
    dialog = SessionDialog(demo_context, led.id)
    qtbot.addWidget(dialog)
    dialog.open()
    leaders: QListWidget = dialog.leaders
    checked = [
        leaders.item(i).text()
        for i in range(leaders.count())
        if leaders.item(i).checkState() == Qt.CheckState.Checked
    ]
    assert "Katriina Palomäki (archived)" in checked
    assert all(
        "(archived)" not in leaders.item(i).text() or leaders.item(i).text() in checked
        for i in range(leaders.count())
    )


def test_a_worker_nobody_refers_to_is_deleted_after_the_question(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    newcomer = Worker(name="Sari Sijainen", title="perhetyöntekijä")
    demo_context.write(lambda uow: save_worker(uow, newcomer), Changes.WORKERS)
    page = workers_page(qtbot, demo_context)
    delete_with_the_key(qtbot, page.workers, "Sari Sijainen")
    confirm(qtbot, "Delete the worker “Sari Sijainen”? This cannot be undone.")
    qtbot.waitUntil(lambda: "Sari Sijainen" not in listed(page.workers.table))
    assert "Sari Sijainen" not in [w.name for w in demo_context.read(list_workers)]


def test_a_pair_that_a_group_leads_by_stays_and_a_new_one_goes(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    workers = {w.name: w.id for w in demo_context.read(list_workers)}
    pair = WorkerPair(
        first_worker_id=workers["Leila Jäntti"], second_worker_id=workers["Sanni Nevala"]
    )
    demo_context.write(lambda uow: save_pair(uow, pair), Changes.WORKERS)
    page = workers_page(qtbot, demo_context)
    page.tabs.setCurrentWidget(page.pairs)

    delete_with_the_key(qtbot, page.pairs, "Nina Autio")
    assert refused(qtbot) == (
        "The pair “Nina Autio + Kirsti Tuovinen” is the default leaders of "
        "“Vahvuutta vanhemmuuteen”, so it cannot be deleted. Choose other default leaders for the "
        "group first."
    )
    delete_with_the_key(qtbot, page.pairs, "Leila Jäntti")
    confirm(qtbot, "Delete the pair “Leila Jäntti + Sanni Nevala”? This cannot be undone.")
    qtbot.waitUntil(lambda: "Leila Jäntti" not in listed(page.pairs.table))
    assert pair.id not in [p.id for p in demo_context.read(list_pairs)]
    assert len(demo_context.read(list_pairs)) == 5


def test_a_pair_with_an_archived_worker_is_listed_on_request(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = workers_page(qtbot, demo_context)
    click_row(qtbot, page.workers.table, "Kirsti Tuovinen")
    click(qtbot, page.worker_removal.archive_button)
    qtbot.waitUntil(lambda: "Kirsti Tuovinen" not in listed(page.workers.table))
    page.tabs.setCurrentWidget(page.pairs)
    assert "Nina Autio" not in listed(page.pairs.table)
    click(qtbot, page.pair_removal.show_archived_box)
    qtbot.waitUntil(lambda: "Nina Autio" in listed(page.pairs.table))
    row = listed(page.pairs.table).index("Nina Autio")
    assert listed(page.pairs.table, 1)[row] == "Kirsti Tuovinen (archived)"
    assert not page.pair_removal.archive_button.isVisible()


def test_an_organisation_that_organises_is_archived_and_restored(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    demo_context.write(
        lambda uow: save_organisation(uow, Organisation(name="Kansalaisopisto")), Changes.WORKERS
    )
    page = workers_page(qtbot, demo_context)
    page.tabs.setCurrentWidget(page.organisations)
    table = page.organisations.table
    delete_with_the_key(qtbot, page.organisations, LIBRARY)
    assert refused(qtbot) == (
        f"“{LIBRARY}” organises “{SATU}”, so it cannot be deleted. Archive it instead: it is "
        "no longer offered, and its groups keep it as their organiser."
    )
    click_row(qtbot, table, LIBRARY)
    click(qtbot, page.organisation_removal.archive_button)
    qtbot.waitUntil(lambda: LIBRARY not in listed(table))
    assert LIBRARY not in [o.name for o in demo_context.read(list_organisations)]
    click(qtbot, page.organisation_removal.show_archived_box)
    qtbot.waitUntil(lambda: f"{LIBRARY} (archived)" in listed(table))
    click_row(qtbot, table, f"{LIBRARY} (archived)")
    click(qtbot, page.organisation_removal.restore_button)
    qtbot.waitUntil(lambda: LIBRARY in listed(table))
    assert LIBRARY in [o.name for o in demo_context.read(list_organisations)]

    delete_with_the_key(qtbot, page.organisations, "Kansalaisopisto")
    confirm(qtbot, "Delete the organisation “Kansalaisopisto”? This cannot be undone.")
    qtbot.waitUntil(lambda: "Kansalaisopisto" not in listed(table))
    assert "Kansalaisopisto" not in [o.name for o in demo_context.read(list_organisations)]


# -- seasons, in the group editor --------------------------------------------------------


def test_a_season_is_deleted_in_its_groups_editor_unless_it_has_history(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    karhunpojat = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    editor = GroupEditor(demo_context, karhunpojat.id)
    qtbot.addWidget(editor)
    show_window(qtbot, editor)
    delete_with_the_key(qtbot, editor.seasons, "Syyskausi 2026")
    assert refused(qtbot).startswith("The season “Syyskausi 2026” has held sessions")
    editor.reject()

    group_id = make_mistake(demo_context)
    editor = GroupEditor(demo_context, group_id)
    qtbot.addWidget(editor)
    show_window(qtbot, editor)
    delete_with_the_key(qtbot, editor.seasons, "Kevät 2027")
    confirm(qtbot, "Delete the season “Kevät 2027” with its sessions? This cannot be undone.")
    qtbot.waitUntil(lambda: editor.seasons.model.rowCount() == 0)
    assert demo_context.read(lambda uow: list_series(uow, group_id)) == []
    assert sessions_of(demo_context, MISTAKE) == []
    assert editor.isVisible()


def test_a_list_showing_archived_rows_passes_the_model_tester(
    demo_context: AppContext, windows: list[QWidget], model_tester: ModelTester
) -> None:
    group = demo_context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    demo_context.write(
        lambda uow: archive(uow, Kind.GROUP, group.id, NOW), REMOVAL_CHANGES[Kind.GROUP]
    )
    page = GroupsPage(demo_context)
    windows.append(page)
    page.groups.removal.show_archived_box.setChecked(True)
    model = page.groups.list.model
    rows = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert f"{KARHUNPOJAT} (archived)" in rows
    assert KARHUNPOJAT not in rows
    model_tester.check(model, force_py=True)
