"""The group editor makes a new organisation, place or worker pair on the spot: the
list pages' own dialogs, saved through their use cases, chosen in the group, and
nothing typed into the group is lost."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ryhmat.domain.usecases.groups import find_group
from ryhmat.domain.usecases.places import list_organisations, list_places
from ryhmat.domain.usecases.workers import list_pairs, list_workers
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups import GroupEditor
from ryhmat.ui.groups.place_editor import PlaceEditor
from ryhmat.ui.people.worker_editors import OrganisationEditor, PairEditor, WorkerEditor
from tests.gui.person import (
    answer,
    choose,
    click,
    enter,
    escape,
    press,
    question,
    show_window,
    tab,
    type_text,
    wait_closed,
    wait_closed_and_back,
    wait_for_dialog,
    wait_for_focus,
)

from .helpers import organisation_id

ALT = Qt.KeyboardModifier.AltModifier
ORGANISER = "Järvelän neuvola"


def new_group(qtbot: QtBot, context: AppContext) -> GroupEditor:
    """A new group's editor with a name typed and an organiser ticked."""
    editor = GroupEditor(context, None)
    qtbot.addWidget(editor)
    editor.open()
    show_window(qtbot, editor)
    editor.name.setFocus()
    wait_for_focus(qtbot, editor.name)
    type_text(qtbot, "Vauvakahvila")
    row = next(
        r for r in range(editor.organisers.count()) if editor.organisers.item(r).text() == ORGANISER
    )
    editor.organisers.setFocus()
    editor.organisers.setCurrentRow(row)
    press(qtbot, Qt.Key.Key_Space)
    editor.name.setFocus()
    wait_for_focus(qtbot, editor.name)
    return editor


def test_a_place_made_from_the_group_editor_is_its_default_place(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = new_group(qtbot, demo_context)
    press(qtbot, Qt.Key.Key_W, ALT)  # New place…
    place = wait_for_dialog(qtbot, PlaceEditor)
    assert isinstance(place, PlaceEditor)
    show_window(qtbot, place)
    wait_for_focus(qtbot, place.name)
    type_text(qtbot, "Nuorisotalo Kipinä")
    tab(qtbot)
    type_text(qtbot, "Koulutie 3")
    enter(qtbot)
    wait_closed_and_back(qtbot, place)

    stored = next(p for p in demo_context.read(list_places) if p.name == "Nuorisotalo Kipinä")
    assert stored.address == "Koulutie 3"
    assert editor.place.currentText() == "Nuorisotalo Kipinä"
    assert editor.name.text() == "Vauvakahvila"  # what was typed stays
    assert editor.organisers.checked_ids() == [organisation_id(demo_context, ORGANISER)]
    click(qtbot, editor.save_button)
    wait_closed(qtbot, editor)
    group = demo_context.read(lambda uow: find_group(uow, "Vauvakahvila"))
    assert group.default_place_id == stored.id
    assert group.organiser_ids == [organisation_id(demo_context, ORGANISER)]


def test_esc_in_the_small_dialog_makes_nothing_and_keeps_the_group(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    before = demo_context.read(list_organisations)
    editor = new_group(qtbot, demo_context)
    press(qtbot, Qt.Key.Key_R, ALT)  # New organisation…
    maker = wait_for_dialog(qtbot, OrganisationEditor)
    assert isinstance(maker, OrganisationEditor)
    show_window(qtbot, maker)
    wait_for_focus(qtbot, maker.name)
    escape(qtbot)  # nothing typed: it closes at once
    wait_closed_and_back(qtbot, maker)

    press(qtbot, Qt.Key.Key_R, ALT)
    maker = wait_for_dialog(qtbot, OrganisationEditor)
    assert isinstance(maker, OrganisationEditor)
    show_window(qtbot, maker)
    wait_for_focus(qtbot, maker.name)
    type_text(qtbot, "MLL Järvelä")
    escape(qtbot)
    answer(qtbot, question(qtbot), "Discard changes")
    wait_closed_and_back(qtbot, maker)

    assert demo_context.read(list_organisations) == before
    assert editor.isVisible()
    assert editor.name.text() == "Vauvakahvila"
    assert editor.organisers.checked_ids() == [organisation_id(demo_context, ORGANISER)]


def test_an_organisation_made_on_the_spot_is_ticked_beside_the_one_ticked_before(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = new_group(qtbot, demo_context)
    press(qtbot, Qt.Key.Key_R, ALT)
    maker = wait_for_dialog(qtbot, OrganisationEditor)
    assert isinstance(maker, OrganisationEditor)
    show_window(qtbot, maker)
    wait_for_focus(qtbot, maker.name)
    type_text(qtbot, "MLL Järvelä")
    enter(qtbot)
    wait_closed_and_back(qtbot, maker)

    made = organisation_id(demo_context, "MLL Järvelä")
    assert set(editor.organisers.checked_ids()) == {
        organisation_id(demo_context, ORGANISER),
        made,
    }
    click(qtbot, editor.save_button)
    wait_closed(qtbot, editor)
    group = demo_context.read(lambda uow: find_group(uow, "Vauvakahvila"))
    assert made in group.organiser_ids


def test_a_pair_made_on_the_spot_with_a_new_worker_leads_the_group(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    editor = new_group(qtbot, demo_context)
    press(qtbot, Qt.Key.Key_K, ALT)  # New worker pair…
    pair = wait_for_dialog(qtbot, PairEditor)
    assert isinstance(pair, PairEditor)
    show_window(qtbot, pair)
    press(qtbot, Qt.Key.Key_W, ALT)  # the pair's New worker…
    worker = wait_for_dialog(qtbot, WorkerEditor)
    assert isinstance(worker, WorkerEditor)
    show_window(qtbot, worker)
    wait_for_focus(qtbot, worker.name)
    type_text(qtbot, "Sanna Uusitalo")
    tab(qtbot)
    type_text(qtbot, "terveydenhoitaja")
    enter(qtbot)
    wait_closed_and_back(qtbot, worker)

    assert pair.first.currentText() == "Sanna Uusitalo (terveydenhoitaja)"
    wait_for_focus(qtbot, pair.first)
    choose(qtbot, pair.second, "Esa Räsänen")
    enter(qtbot)
    wait_closed_and_back(qtbot, pair)

    new_worker = next(w for w in demo_context.read(list_workers) if w.name == "Sanna Uusitalo")
    made = next(p for p in demo_context.read(list_pairs) if new_worker.id == p.first_worker_id)
    assert editor.pair.currentText() == made.label
    assert editor.name.text() == "Vauvakahvila"
    click(qtbot, editor.save_button)
    wait_closed(qtbot, editor)
    group = demo_context.read(lambda uow: find_group(uow, "Vauvakahvila"))
    assert group.default_pair_id == made.id


def test_a_place_whose_name_is_taken_is_refused_in_its_dialog_naming_it_as_typed(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    hostile = "<b>Perhetalo</b> & Co"
    editor = new_group(qtbot, demo_context)
    for _ in range(2):
        press(qtbot, Qt.Key.Key_W, ALT)  # New place…
        place = wait_for_dialog(qtbot, PlaceEditor)
        assert isinstance(place, PlaceEditor)
        show_window(qtbot, place)
        wait_for_focus(qtbot, place.name)
        type_text(qtbot, hostile)
        enter(qtbot)
        if place.isVisible():
            break
        wait_closed_and_back(qtbot, place)

    assert isinstance(place, PlaceEditor)
    assert place.isVisible()  # the second: the name is taken
    assert hostile in place.error.text()
    # Shown as the text it is, not as markup that makes it bold and hides the tags.
    assert place.error.textFormat() is Qt.TextFormat.PlainText
    assert [p.name for p in demo_context.read(list_places)].count(hostile) == 1
    assert editor.place.currentText() == hostile  # the first, chosen in the group
