"""Workers, pairs and organisations: lists, editors and their inline errors."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import OrganisationKind, WorkerKind
from ryhmat.domain.usecases.places import list_organisations
from ryhmat.domain.usecases.workers import list_pairs, list_workers
from ryhmat.i18n import load_language
from ryhmat.labels import label
from ryhmat.ui.context import AppContext
from ryhmat.ui.people import WorkersPage
from ryhmat.ui.people.worker_editors import OrganisationEditor, PairEditor, WorkerEditor
from tests.gui.person import choose, enter, set_choice, type_over
from tests.gui.records import choose_row, shown


def make_page(qtbot: QtBot, context: AppContext) -> WorkersPage:
    page = WorkersPage(context)
    qtbot.addWidget(page)
    page.show()
    return page


def test_every_list_model_passes_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    for view in (page.workers, page.pairs, page.organisations):
        assert view.model.rowCount() > 0
        qtmodeltester.check(view.model, force_py=True)


def test_the_workers_list_sorts_by_name_and_filters_by_the_search_text(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    names = shown(page.workers)
    assert len(names) == 10
    assert names[:3] == ["Eemeli Lähteenmäki", "Elisabeth Koskinen", "Esa Räsänen"]
    assert names[-1] == "Veeti Huhtala"

    page.workers.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert shown(page.workers)[0] == "Veeti Huhtala"

    qtbot.keyClicks(page.workers.search, "terveyden")
    assert shown(page.workers) == ["Kirsti Tuovinen"]
    page.workers.search.clear()
    qtbot.keyClicks(page.workers.search, "MLL")  # the organisation column
    assert shown(page.workers) == ["Veeti Huhtala", "Jenna Saastamoinen"]


def test_adding_a_worker_through_the_editor_saves_it(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    page.workers.add_button.click()
    editor = page.editor
    assert isinstance(editor, WorkerEditor)
    assert editor.isVisible()
    qtbot.keyClicks(editor.name, "Aino Virtanen")
    set_choice(editor.title, "terveydenhoitaja")
    set_choice(editor.organisation, "Järvelän neuvola")
    qtbot.keyClicks(editor.email, "aino.virtanen@jarvela.example")
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()

    assert not editor.isVisible()
    saved = [w for w in demo_context.read(list_workers) if w.name == "Aino Virtanen"]
    assert [(w.title, w.organisation, w.email) for w in saved] == [
        ("terveydenhoitaja", "Järvelän neuvola", "aino.virtanen@jarvela.example")
    ]
    current = page.workers.current_record()
    assert current is not None
    assert current.id == saved[0].id


def test_a_typed_title_and_no_organisation_are_kept_when_editing(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    choose_row(page.workers, "Kirsti Tuovinen")
    page.workers.edit_button.click()
    editor = page.editor
    assert isinstance(editor, WorkerEditor)
    assert editor.name.text() == "Kirsti Tuovinen"
    assert editor.title.currentText() == "terveydenhoitaja"
    assert editor.organisation.currentText() == "Järvelän neuvola"
    editor.title.setCurrentText("perheohjaaja")
    set_choice(editor.organisation, "(none)")
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()

    [kirsti] = [w for w in demo_context.read(list_workers) if w.name == "Kirsti Tuovinen"]
    assert (kirsti.title, kirsti.organisation) == ("perheohjaaja", "")
    assert "perheohjaaja" in shown(page.workers, 1)


def test_a_worker_without_a_name_shows_the_error_inline_and_saves_nothing(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    before = demo_context.read(list_workers)
    page = make_page(qtbot, demo_context)
    page.workers.add_button.click()
    editor = page.editor
    assert isinstance(editor, WorkerEditor)
    set_choice(editor.title, "perhetyöntekijä")
    qtbot.keyClicks(editor.name, "   ")
    editor.save_button.click()

    assert editor.isVisible()
    assert editor.error.isVisible()
    assert editor.error.text() == "Fill in the field: name."
    assert demo_context.read(list_workers) == before

    qtbot.keyClicks(editor.email, "not an address")
    editor.name.setText("Aino Virtanen")
    editor.save_button.click()
    assert editor.error.text() == "“not an address” is not an email address."
    assert demo_context.read(list_workers) == before


def test_creating_a_pair_of_two_workers_saves_it(qtbot: QtBot, demo_context: AppContext) -> None:
    workers = {w.name: w.id for w in demo_context.read(list_workers)}
    page = make_page(qtbot, demo_context)
    page.tabs.setCurrentWidget(page.pairs)
    page.pairs.add_button.click()
    editor = page.editor
    assert isinstance(editor, PairEditor)
    set_choice(editor.first, "Leila Jäntti")
    set_choice(editor.second, "Sanni Nevala")
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()

    new = [p for p in demo_context.read(list_pairs) if p.first == "Leila Jäntti"]
    assert [(p.first_worker_id, p.second_worker_id) for p in new] == [
        (workers["Leila Jäntti"], workers["Sanni Nevala"])
    ]
    assert "Leila Jäntti" in shown(page.pairs)


def test_a_pair_of_the_same_worker_twice_or_an_existing_pair_shows_an_error(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    before = demo_context.read(list_pairs)
    page = make_page(qtbot, demo_context)
    page.pairs.add_button.click()
    editor = page.editor
    assert isinstance(editor, PairEditor)
    editor.save_button.click()
    assert editor.error.text() == "Choose both workers."

    set_choice(editor.first, "Nina Autio")
    set_choice(editor.second, "Nina Autio")
    editor.save_button.click()
    assert editor.isVisible()
    assert editor.error.text() == "A pair needs two different workers."

    set_choice(editor.first, "Kirsti Tuovinen")  # Nina Autio + Kirsti Tuovinen exists
    editor.save_button.click()
    assert editor.error.text() == "These two already are a pair."
    assert demo_context.read(list_pairs) == before


def test_an_organisation_with_a_duplicate_name_in_other_case_errors(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    before = demo_context.read(list_organisations)
    page = make_page(qtbot, demo_context)
    page.tabs.setCurrentWidget(page.organisations)
    page.organisations.add_button.click()
    editor = page.editor
    assert isinstance(editor, OrganisationEditor)
    editor.name.setText("JÄRVELÄN neuvola")
    editor.save_button.click()
    assert editor.isVisible()
    assert editor.error.text() == "The name “JÄRVELÄN neuvola” is already in use."
    assert demo_context.read(list_organisations) == before

    editor.name.setText("Järvelän perheneuvola")
    set_choice(editor.kind, "family counselling")
    with qtbot.waitSignal(editor.saved):
        editor.save_button.click()
    saved = [o for o in demo_context.read(list_organisations) if o.name == "Järvelän perheneuvola"]
    assert [o.kind for o in saved] == [OrganisationKind.FAMILY_COUNSELLING]
    assert "family counselling" in shown(page.organisations, 1)


def test_qts_own_cancel_button_says_what_the_app_says(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    load_language("fi")
    editor = WorkerEditor(demo_context)
    qtbot.addWidget(editor)
    cancel = editor.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Peruuta"


def test_a_workers_kind_is_chosen_by_keyboard_and_saved(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    page.workers.add_button.click()
    editor = page.editor
    assert isinstance(editor, WorkerEditor)
    qtbot.waitUntil(editor.isActiveWindow)
    type_over(qtbot, editor.name, "Ville Vertainen")
    choose(qtbot, editor.title, "vapaaehtoinen vertaisohjaaja")
    choose(qtbot, editor.kind, label(WorkerKind.VOLUNTEER))
    with qtbot.waitSignal(editor.saved):
        enter(qtbot)

    [ville] = [w for w in demo_context.read(list_workers) if w.name == "Ville Vertainen"]
    assert ville.kind is WorkerKind.VOLUNTEER
    assert label(WorkerKind.VOLUNTEER) in shown(page.workers, 2)

    choose_row(page.workers, "Ville Vertainen")
    page.workers.edit_button.click()
    editor = page.editor
    assert isinstance(editor, WorkerEditor)
    qtbot.waitUntil(editor.isActiveWindow)
    assert editor.kind.currentText() == label(WorkerKind.VOLUNTEER)
    choose(qtbot, editor.kind, label(WorkerKind.STUDENT))
    with qtbot.waitSignal(editor.saved):
        enter(qtbot)
    [ville] = [w for w in demo_context.read(list_workers) if w.name == "Ville Vertainen"]
    assert ville.kind is WorkerKind.STUDENT


def test_a_new_workers_kind_follows_the_title_until_chosen(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    page.workers.add_button.click()
    editor = page.editor
    assert isinstance(editor, WorkerEditor)
    qtbot.waitUntil(editor.isActiveWindow)
    type_over(qtbot, editor.name, "Veera Vertainen")
    choose(qtbot, editor.title, "vapaaehtoinen vertaisohjaaja")
    assert editor.kind.currentText() == label(WorkerKind.VOLUNTEER)
    with qtbot.waitSignal(editor.saved):
        enter(qtbot)
    [veera] = [w for w in demo_context.read(list_workers) if w.name == "Veera Vertainen"]
    assert veera.kind is WorkerKind.VOLUNTEER

    page.workers.add_button.click()
    editor = page.editor
    assert isinstance(editor, WorkerEditor)
    qtbot.waitUntil(editor.isActiveWindow)
    type_over(qtbot, editor.name, "Oona Opiskelija")
    choose(qtbot, editor.kind, label(WorkerKind.STUDENT))
    choose(qtbot, editor.title, "vapaaehtoinen vertaisohjaaja")  # chosen: the kind stays
    with qtbot.waitSignal(editor.saved):
        enter(qtbot)
    [oona] = [w for w in demo_context.read(list_workers) if w.name == "Oona Opiskelija"]
    assert oona.kind is WorkerKind.STUDENT
