"""Nothing typed is lost: every editor asks before unsaved changes go, however it is
closed — Esc, its Cancel or Close button, the window's X, switching views, quitting."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.model import AttendanceMode, Worker
from ryhmat.domain.usecases.attendance import attendance_sheet
from ryhmat.domain.usecases.families import get_family, list_families
from ryhmat.domain.usecases.feeds import save_feed
from ryhmat.domain.usecases.groups import find_group, get_group, list_series
from ryhmat.domain.usecases.places import list_closures, list_organisations, list_places
from ryhmat.domain.usecases.sessions import get_session
from ryhmat.domain.usecases.workers import get_worker, list_pairs, list_workers
from ryhmat.i18n import load_language
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.feeds.editor import FeedEditor
from ryhmat.ui.groups import GroupEditor, GroupsPage, SeriesEditor
from ryhmat.ui.groups.closures import ClosurePreviewDialog
from ryhmat.ui.groups.place_editor import PlaceEditor
from ryhmat.ui.people.family_editor import FamilyEditor
from ryhmat.ui.people.worker_editors import OrganisationEditor, PairEditor, WorkerEditor
from ryhmat.ui.sessions import AttendanceDialog, SessionDialog
from tests.gui.person import (
    activate,
    answer,
    choose,
    click,
    click_into,
    enter,
    escape,
    focused,
    no_question,
    press,
    question,
    show_window,
    type_over,
    wait_closed,
    wait_for_dialog,
    wait_for_focus,
)
from tests.gui.ui.sessions.conftest import future_sessions, unrecorded_session
from tests.gui.window import open_main_window

KARHUNPOJAT = "Isä–lapsi-ryhmä Karhunpojat"
SAVE, DISCARD, GO_BACK = "Save", "Discard changes", "Go back"


@dataclass(frozen=True)
class EditorCase:
    """One editor: how to open it, a change a person types, and how to read it back."""

    open: Callable[[AppContext], QDialog]
    change: Callable[[QtBot, Any], None]  # Any: each editor names its own fields
    stored: Callable[[AppContext], object]
    changed: object  # what ``stored`` reads once the change is saved
    close_button: Callable[[QDialog], QPushButton]


def _standard(button: QDialogButtonBox.StandardButton) -> Callable[[QDialog], QPushButton]:
    def find(dialog: QDialog) -> QPushButton:
        box = dialog.findChild(QDialogButtonBox)
        assert box is not None
        found = box.button(button)
        assert found is not None
        return found

    return find


def _text_button(text: str) -> Callable[[QDialog], QPushButton]:
    def find(dialog: QDialog) -> QPushButton:
        matches = [b for b in dialog.findChildren(QPushButton) if b.text() == text]
        assert len(matches) == 1, [b.text() for b in dialog.findChildren(QPushButton)]
        return matches[0]

    return find


CANCEL = _standard(QDialogButtonBox.StandardButton.Cancel)
CLOSE = _standard(QDialogButtonBox.StandardButton.Close)


def _first_worker(context: AppContext) -> Worker:
    first = sorted(context.read(list_workers), key=lambda w: w.name)[0]
    return context.read(lambda uow: get_worker(uow, first.id))


def _karhunpojat(context: AppContext) -> uuid.UUID:
    return context.read(lambda uow: find_group(uow, KARHUNPOJAT)).id


def _a_feed(context: AppContext) -> Feed:
    feed = Feed(name="Kaikki julkiset", kind=FeedKind.PUBLIC)
    context.write(lambda uow: save_feed(uow, feed), Changes.FEEDS)
    return feed


def _session_theme(session_id: uuid.UUID) -> Callable[[AppContext], object]:
    return lambda context: context.read(lambda uow: get_session(uow, session_id)).theme


def _marks(session_id: uuid.UUID) -> Callable[[AppContext], object]:
    def read(context: AppContext) -> object:
        sheet = context.read(lambda uow: attendance_sheet(uow, session_id))
        return [line.mark for line in sheet.lines if line.mark is not None]

    return read


def _adults_counted(session_id: uuid.UUID) -> Callable[[AppContext], object]:
    def read(context: AppContext) -> object:
        counts = context.read(lambda uow: attendance_sheet(uow, session_id)).headcount
        return None if counts is None else counts.adult_total

    return read


def _mark_first_present(qtbot: QtBot, dialog: QDialog) -> None:
    assert isinstance(dialog, AttendanceDialog)
    click_into(qtbot, dialog.view.table)
    press(qtbot, Qt.Key.Key_1)


def _count_three_mothers(qtbot: QtBot, dialog: QDialog) -> None:
    assert isinstance(dialog, AttendanceDialog)
    boxes = list(dialog.view.headcount.adult_boxes.values())
    type_over(qtbot, boxes[1], "3")


def _pair_label(worker: Worker) -> str:
    return f"{worker.name} ({worker.title})"


def cases(context: AppContext) -> dict[str, EditorCase]:
    """Every dialog editor of the app, on the small demo, with a change to type."""
    worker = _first_worker(context)
    pair = context.read(list_pairs)[0]
    organisation = context.read(list_organisations)[0]
    place = context.read(list_places)[0]
    family_id = next(f.id for f in context.read(list_families) if f.name == "Airaksinen")
    group_id = _karhunpojat(context)
    season = context.read(lambda uow: list_series(uow, group_id))[0]
    session_id = future_sessions(context)[0]
    roster = unrecorded_session(context, AttendanceMode.ROSTER)
    counted = unrecorded_session(context, AttendanceMode.HEADCOUNT)
    others = [
        w
        for w in context.read(list_workers)
        if w.id not in (pair.first_worker_id, pair.second_worker_id)
    ]
    substitute = context.read(
        lambda uow: get_worker(uow, sorted(others, key=lambda w: w.name)[0].id)
    )
    return {
        "worker": EditorCase(
            lambda c: WorkerEditor(c, worker),
            lambda qtbot, d: type_over(qtbot, d.name, "Maija Muokattu"),
            lambda c: c.read(lambda uow: get_worker(uow, worker.id)).name,
            "Maija Muokattu",
            CANCEL,
        ),
        "pair": EditorCase(
            lambda c: PairEditor(c, c.read(lambda uow: uow.pairs.get(pair.id))),
            lambda qtbot, d: choose(qtbot, d.second, _pair_label(substitute)),
            lambda c: next(p for p in c.read(list_pairs) if p.id == pair.id).second_worker_id,
            substitute.id,
            CANCEL,
        ),
        "organisation": EditorCase(
            lambda c: OrganisationEditor(c, organisation),
            lambda qtbot, d: type_over(qtbot, d.name, "Perhekeskus Uusi"),
            lambda c: next(o.name for o in c.read(list_organisations) if o.id == organisation.id),
            "Perhekeskus Uusi",
            CANCEL,
        ),
        "place": EditorCase(
            lambda c: PlaceEditor(c, place),
            lambda qtbot, d: type_over(qtbot, d.name, "Nuorisotalo Kipinä"),
            lambda c: next(p.name for p in c.read(list_places) if p.id == place.id),
            "Nuorisotalo Kipinä",
            CANCEL,
        ),
        "family": EditorCase(
            lambda c: FamilyEditor(c, c.read(lambda uow: get_family(uow, family_id))),
            lambda qtbot, d: type_over(qtbot, d.phone, "040 1234567"),
            lambda c: c.read(lambda uow: get_family(uow, family_id)).phone,
            "040 1234567",
            CANCEL,
        ),
        "feed": EditorCase(
            lambda c: FeedEditor(c, _a_feed(c)),
            lambda qtbot, d: type_over(qtbot, d.name, "Julkinen syöte"),
            lambda c: [f.name for f in c.read(lambda uow: uow.feeds.list())],
            ["Julkinen syöte"],
            CANCEL,
        ),
        "group": EditorCase(
            lambda c: GroupEditor(c, group_id),
            lambda qtbot, d: type_over(qtbot, d.name, "Karhunpojat (isät)"),
            lambda c: c.read(lambda uow: get_group(uow, group_id)).name,
            "Karhunpojat (isät)",
            _text_button("Cancel"),
        ),
        "season": EditorCase(
            lambda c: SeriesEditor(c, group_id, season),
            lambda qtbot, d: type_over(qtbot, d.name, "Kevät 2027"),
            lambda c: next(
                s.name for s in c.read(lambda uow: list_series(uow, group_id)) if s.id == season.id
            ),
            "Kevät 2027",
            _text_button("Cancel"),
        ),
        "session": EditorCase(
            lambda c: SessionDialog(c, session_id),
            lambda qtbot, d: type_over(qtbot, d.theme_edit, "Joulujuhla"),
            lambda c: c.read(lambda uow: get_session(uow, session_id)).theme,
            "Joulujuhla",
            CLOSE,
        ),
        "attendance": EditorCase(
            lambda c: AttendanceDialog(c, roster),
            _mark_first_present,
            _marks(roster),
            ["present"],
            CLOSE,
        ),
        "headcount": EditorCase(
            lambda c: AttendanceDialog(c, counted),
            _count_three_mothers,
            _adults_counted(counted),
            3,
            CLOSE,
        ),
    }


EDITORS = [
    "worker",
    "pair",
    "organisation",
    "place",
    "family",
    "feed",
    "group",
    "season",
    "session",
    "attendance",
    "headcount",
]


def open_editor(qtbot: QtBot, context: AppContext, name: str) -> tuple[QDialog, EditorCase]:
    case = cases(context)[name]
    dialog = case.open(context)
    qtbot.addWidget(dialog)
    dialog.open()
    show_window(qtbot, dialog)
    return dialog, case


@pytest.mark.parametrize("name", EDITORS)
def test_esc_asks_go_back_keeps_the_edit_and_discard_saves_nothing(
    qtbot: QtBot, demo_context: AppContext, name: str
) -> None:
    dialog, case = open_editor(qtbot, demo_context, name)
    before = case.stored(demo_context)
    case.change(qtbot, dialog)
    edited = focused()
    escape(qtbot)
    asked = question(qtbot)
    assert asked.objectName() == "saveQuestion"
    assert asked.text() == "Save the changes?"
    answer(qtbot, asked, GO_BACK)
    assert dialog.isVisible()
    wait_for_focus(qtbot, edited)  # back where the person was typing
    assert case.stored(demo_context) == before

    escape(qtbot)
    answer(qtbot, question(qtbot), DISCARD)
    wait_closed(qtbot, dialog)
    assert case.stored(demo_context) == before


@pytest.mark.parametrize("name", EDITORS)
def test_the_cancel_or_close_button_asks_and_save_saves(
    qtbot: QtBot, demo_context: AppContext, name: str
) -> None:
    dialog, case = open_editor(qtbot, demo_context, name)
    case.change(qtbot, dialog)
    click(qtbot, case.close_button(dialog))
    answer(qtbot, question(qtbot), SAVE)
    wait_closed(qtbot, dialog)
    assert case.stored(demo_context) == case.changed


@pytest.mark.parametrize("name", EDITORS)
def test_the_windows_own_close_button_asks_too(
    qtbot: QtBot, demo_context: AppContext, name: str
) -> None:
    dialog, case = open_editor(qtbot, demo_context, name)
    before = case.stored(demo_context)
    case.change(qtbot, dialog)
    assert not dialog.close()  # what the title bar's X does; refused until answered
    answer(qtbot, question(qtbot), GO_BACK)
    assert dialog.isVisible()
    assert case.stored(demo_context) == before


@pytest.mark.parametrize("name", EDITORS)
def test_an_editor_without_changes_closes_without_asking(
    qtbot: QtBot, demo_context: AppContext, name: str
) -> None:
    dialog, _case = open_editor(qtbot, demo_context, name)
    escape(qtbot)
    wait_closed(qtbot, dialog)
    assert no_question()


def test_the_question_is_in_finnish(qtbot: QtBot, demo_context: AppContext) -> None:
    load_language("fi")
    dialog, case = open_editor(qtbot, demo_context, "session")
    case.change(qtbot, dialog)
    escape(qtbot)
    asked = question(qtbot)
    assert asked.text() == "Tallennetaanko muutokset?"
    assert {b.text() for b in asked.buttons()} == {
        "&Tallenna",
        "&Hylkää muutokset",
        "&Palaa muokkaamaan",
    }
    enter_saves = asked.defaultButton()
    assert enter_saves is not None
    assert enter_saves.text() == "&Tallenna"
    press(qtbot, Qt.Key.Key_Escape)  # Esc on the question goes back
    qtbot.waitUntil(lambda: not asked.isVisible())
    assert dialog.isVisible()


def test_quitting_the_app_asks_about_marks_not_yet_saved(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, demo_context, tmp_path)
    roster = unrecorded_session(demo_context, AttendanceMode.ROSTER)
    window.open_attendance(roster)
    dialog = window.findChild(AttendanceDialog)
    assert dialog is not None
    show_window(qtbot, dialog)
    _mark_first_present(qtbot, dialog)

    assert not window.close()  # the window's X, or the desktop session ending
    answer(qtbot, question(qtbot), GO_BACK)
    assert window.isVisible()
    assert dialog.isVisible()
    assert _marks(roster)(demo_context) == []

    window.close()
    answer(qtbot, question(qtbot), SAVE)
    wait_closed(qtbot, window)
    assert _marks(roster)(demo_context) == ["present"]


def test_switching_views_asks_about_a_closure_being_edited(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, demo_context, tmp_path)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert isinstance(page, GroupsPage)
    click(qtbot, page.tabs.tabBar())  # the person looks at the tabs
    page.tabs.setCurrentWidget(page.closures)
    closures = page.closures
    click(qtbot, closures.list.add_button)
    type_over(qtbot, closures.form.name, "Kesätauko 2027")

    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # to the calendar
    answer(qtbot, question(qtbot), GO_BACK)
    assert window.stack.currentWidget() is page
    assert window.navigation.currentRow() == 1
    assert closures.form.name.text() == "Kesätauko 2027"

    page.tabs.setCurrentWidget(page.places)  # another tab of the same view
    answer(qtbot, question(qtbot), GO_BACK)
    assert page.tabs.currentWidget() is closures

    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    answer(qtbot, question(qtbot), SAVE)
    # The week typed by default has planned sessions: Save shows first what the closure
    # cancels, and the person stays until that is answered.
    preview = wait_for_dialog(qtbot, ClosurePreviewDialog)
    assert window.navigation.currentRow() == 1
    activate(qtbot, preview)
    enter(qtbot)
    wait_closed(qtbot, preview)
    assert "Kesätauko 2027" in [c.name for c in demo_context.read(list_closures)]
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # saved: no question
    assert window.navigation.currentRow() == 0

    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    type_over(qtbot, closures.form.name, "Kesätauko 2028")
    press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # File → Quit
    answer(qtbot, question(qtbot), DISCARD)
    wait_closed(qtbot, window)
    assert "Kesätauko 2028" not in [c.name for c in demo_context.read(list_closures)]


def test_choosing_another_closure_asks_about_the_one_being_edited(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = GroupsPage(demo_context)
    qtbot.addWidget(page)
    show_window(qtbot, page)
    page.tabs.setCurrentWidget(page.closures)
    closures = page.closures
    before = demo_context.read(list_closures)
    click(qtbot, closures.list.add_button)
    type_over(qtbot, closures.form.name, "Kesätauko 2027")
    type_over(qtbot, closures.form.first_day, "1.6.2027")

    closures.list.table.setFocus()
    closures.list.table.setCurrentIndex(closures.list.proxy.index(0, 0))
    press(qtbot, Qt.Key.Key_Return)  # open the first closure in the list
    answer(qtbot, question(qtbot), DISCARD)
    assert closures.form.name.text() == before[0].name
    assert demo_context.read(list_closures) == before


def test_opening_another_database_asks_first(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    window = open_main_window(qtbot, demo_context, tmp_path)
    press(qtbot, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert isinstance(page, GroupsPage)
    page.tabs.setCurrentWidget(page.closures)
    click(qtbot, page.closures.list.add_button)
    type_over(qtbot, page.closures.form.name, "Kesätauko 2027")

    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # File → Open database
    answer(qtbot, question(qtbot), GO_BACK)
    assert not [d for d in window.findChildren(QFileDialog) if d.isVisible()]
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    answer(qtbot, question(qtbot), SAVE)
    # What the closure cancels is shown first; no other database is opened meanwhile.
    preview = wait_for_dialog(qtbot, ClosurePreviewDialog)
    assert not [d for d in window.findChildren(QFileDialog) if d.isVisible()]
    activate(qtbot, preview)
    enter(qtbot)
    wait_closed(qtbot, preview)
    assert "Kesätauko 2027" in [c.name for c in demo_context.read(list_closures)]
    activate(qtbot, window)
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)  # saved: no question
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QFileDialog)))
