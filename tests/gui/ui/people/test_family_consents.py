"""The family editor's privacy notice day and permissions, typed as a person types,
and the families list's column of families not yet given the notice."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import Permission, UsageAction
from ryhmat.domain.usecases.families import get_family, list_families
from ryhmat.domain.usecases.usage_log import usage_of_families_named
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date
from ryhmat.ui.people import FamiliesPage, FamilyEditor
from tests.gui.conftest import TODAY
from tests.gui.person import (
    activate,
    answer,
    choose,
    click,
    click_into,
    enter,
    escape,
    press,
    question,
    show_window,
    tab,
    tab_to,
    type_over,
    type_text,
    wait_closed,
    wait_for_focus,
)
from tests.gui.records import shown
from tests.gui.ui.people.test_families_page import make_page, new_family_editor
from tests.gui.ui.people.test_families_page import open_family as open_editor
from tests.pdf import pdf_text


def open_family(qtbot: QtBot, page: FamiliesPage, name: str) -> FamilyEditor:
    """The family's editor, in front with the cursor in its first field."""
    editor = open_editor(qtbot, page, name)
    activate(qtbot, editor)
    wait_for_focus(qtbot, editor.name)
    return editor


def a_family(context: AppContext) -> str:
    """A family of the demo not yet given the privacy notice, the only one of its name."""
    families = context.read(list_families)
    names = Counter(f.name for f in families)
    return sorted(f.name for f in families if f.privacy_notice_on is None and names[f.name] == 1)[0]


def stored(context: AppContext, name: str) -> tuple[date | None, Permission, Permission]:
    [summary] = [f for f in context.read(list_families) if f.name == name]
    family = context.read(lambda uow: get_family(uow, summary.id))
    return family.privacy_notice_on, family.photo_permission, family.contact_permission


def test_the_notice_day_is_typed_and_the_permissions_chosen_and_enter_saves(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    name = a_family(demo_context)
    editor = open_family(qtbot, page, name)
    assert editor.privacy_notice.text() == ""
    tab_to(qtbot, editor.privacy_notice)
    type_text(qtbot, "6.1.2026")
    tab(qtbot)
    assert editor.privacy_notice.text() == format_date(date(2026, 1, 6))
    choose(qtbot, editor.photo_permission, "no")
    choose(qtbot, editor.contact_permission, "yes")
    enter(qtbot)
    wait_closed(qtbot, editor)
    assert stored(demo_context, name) == (date(2026, 1, 6), Permission.NO, Permission.YES)


def test_a_notice_day_to_come_or_that_does_not_exist_is_told_and_nothing_is_saved(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    name = a_family(demo_context)
    editor = open_family(qtbot, page, name)
    type_over(qtbot, editor.privacy_notice, "24.11.2026")  # the day after the demo's today
    enter(qtbot)
    assert editor.isVisible()
    assert "24.11.2026" in editor.error.text()  # messages write dates as Finns do
    assert "privacy notice" in editor.error.text()
    type_over(qtbot, editor.privacy_notice, "31.2.2026")
    tab(qtbot)
    assert editor.privacy_notice.problem
    enter(qtbot)
    assert editor.isVisible()
    assert stored(demo_context, name)[0] is None


def test_emptying_the_notice_day_saves_it_as_not_given(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    name = a_family(demo_context)
    editor = open_family(qtbot, page, name)
    type_over(qtbot, editor.privacy_notice, "1.9.2026")
    enter(qtbot)
    wait_closed(qtbot, editor)
    assert stored(demo_context, name)[0] == date(2026, 9, 1)
    editor = open_family(qtbot, page, name)
    assert editor.privacy_notice.text() == format_date(date(2026, 9, 1))
    type_over(qtbot, editor.privacy_notice, "")  # selects what it shows
    press(qtbot, Qt.Key.Key_Delete)
    assert editor.privacy_notice.text() == ""
    enter(qtbot)
    wait_closed(qtbot, editor)
    assert stored(demo_context, name)[0] is None


def test_escape_after_choosing_a_permission_asks_about_the_unsaved_change(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    name = a_family(demo_context)
    before = stored(demo_context, name)
    editor = open_family(qtbot, page, name)
    other = "no" if before[1] is Permission.YES else "yes"
    choose(qtbot, editor.photo_permission, other)
    escape(qtbot)
    answer(qtbot, question(qtbot), "Discard changes")
    wait_closed(qtbot, editor)
    assert stored(demo_context, name) == before


def test_the_notes_say_not_to_write_health_or_child_welfare_details(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    editor = open_family(qtbot, page, a_family(demo_context))
    assert "health or child-welfare" in editor.notes.placeholderText()
    assert "health or child-welfare" in editor.notes_warning.text()
    assert editor.notes_warning.isVisible()


def test_the_families_list_says_whose_notice_is_not_given_and_the_search_finds_them(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = make_page(qtbot, demo_context)
    name = a_family(demo_context)
    not_given = [f for f in demo_context.read(list_families) if f.privacy_notice_on is None]
    editor = open_family(qtbot, page, name)
    type_over(qtbot, editor.privacy_notice, "1.9.2026")
    enter(qtbot)
    wait_closed(qtbot, editor)
    column = 1  # beside the family's name
    assert shown(page.families, column).count("not given") == len(not_given) - 1
    type_over(qtbot, page.families.search, "not given")
    assert name not in shown(page.families)
    type_over(qtbot, page.families.search, format_date(date(2026, 9, 1)))
    assert shown(page.families) == [name]
    assert QApplication.focusWidget() is page.families.search


def test_all_the_familys_data_is_saved_as_a_pdf_from_its_window(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    page = make_page(qtbot, demo_context)
    name = a_family(demo_context)
    editor = open_family(qtbot, page, name)
    type_over(qtbot, editor.privacy_notice, "1.9.2026")
    enter(qtbot)
    wait_closed(qtbot, editor)
    editor = open_family(qtbot, page, name)
    assert not editor.report_button.isHidden()
    click(qtbot, editor.report_button)
    dialog = editor.report_dialog
    assert isinstance(dialog, QFileDialog)
    show_window(qtbot, dialog)
    dialog.setDirectory(str(tmp_path))
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_field is not None
    suggested = f"Data of the family {name} {format_date(TODAY)}.pdf"
    assert name_field.text() == suggested.replace("/", "-")
    click_into(qtbot, name_field)
    with qtbot.waitSignal(editor.report_saved) as saved:
        enter(qtbot)
    text = pdf_text(Path(saved.args[0]))
    assert f"Everything recorded about the family {name}" in text
    assert "Privacy notice given 01/09/2026" in text
    assert "Change history" in text
    assert editor.isVisible()  # the editor stays open
    logged = demo_context.read(lambda uow: usage_of_families_named(uow, name))
    assert UsageAction.FAMILY_REPORT_SAVED in [line.action for line in logged]


def test_a_new_family_has_no_pdf_to_save_yet(qtbot: QtBot, demo_context: AppContext) -> None:
    page = make_page(qtbot, demo_context)
    editor = new_family_editor(qtbot, page)
    assert editor.report_button.isHidden()
