"""The usage log in the app: each read path, driven as a person drives it, writes its
event (read back through the use case), and an administrator reads the log per
family and per person."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import UsageAction
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.attendance import attendance_sheet
from ryhmat.domain.usecases.usage_log import UsageLine, usage_by, usage_log_retention_years
from ryhmat.storage.database import open_database
from ryhmat.ui.context import AppContext
from ryhmat.ui.data_protection import DataProtectionSettings
from ryhmat.ui.people import FamiliesPage, FamilyEditor
from ryhmat.ui.people.widgets import select_record
from ryhmat.ui.printing import SessionPrintButton
from ryhmat.ui.sessions import AttendanceView
from ryhmat.ui.usage_log import PersonUsageDialog
from tests.gui.person import (
    click,
    click_into,
    click_tab,
    enter,
    listed,
    set_choice,
    show_window,
    tab,
    tick,
    type_over,
)
from tests.gui.ui.people.test_roster_import import GOOD, check, import_, make_dialog
from tests.gui.ui.statistics.test_statistics_page import shown_page
from tests.gui.ui.test_printing import pikkuiset_session
from tests.roster_files import write_csv

from ..conftest import FIRST_PERSON


def logged(context: AppContext) -> list[UsageLine]:
    """What the log holds of the person using ``context``, newest first."""
    return context.read(lambda uow: usage_by(uow, FIRST_PERSON))


def sheet_families(context: AppContext, session_id: uuid.UUID) -> set[uuid.UUID]:
    def read(uow: UnitOfWork) -> set[uuid.UUID]:
        sheet = attendance_sheet(uow, session_id)
        return {line.family_id for line in sheet.lines if not line.is_guest}

    return context.read(read)


def open_family(qtbot: QtBot, page: FamiliesPage, family_id: uuid.UUID) -> FamilyEditor:
    select_record(page.families, family_id)
    click(qtbot, page.families.edit_button)
    assert isinstance(page.editor, FamilyEditor)
    qtbot.waitExposed(page.editor)
    return page.editor


def test_opening_a_family_is_logged_and_shown_in_its_usage_tab(
    qtbot: QtBot,
    demo_context: AppContext,
    windows: list[QWidget],
    model_tester: ModelTester,
) -> None:
    page = FamiliesPage(demo_context)
    windows.append(page)
    show_window(qtbot, page)
    family = page.families.model.record(0)
    editor = open_family(qtbot, page, family.id)
    (event,) = logged(demo_context)
    assert (event.action, event.family_ids) == (UsageAction.FAMILY_OPENED, (family.id,))
    assert event.families == (family.name,)

    click_tab(qtbot, editor.tabs, "Usage log")
    usage = editor.usage
    assert usage is not None
    qtbot.waitUntil(lambda: usage.model.rowCount() == 1)
    assert listed(usage.list.table, 1) == [FIRST_PERSON]
    assert listed(usage.list.table, 2) == ["family opened"]
    model_tester.check(usage.model, force_py=True)


def test_opening_the_attendance_view_logs_the_families_on_its_list(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    session_id = pikkuiset_session(demo_context)
    view = AttendanceView(demo_context, session_id)
    qtbot.addWidget(view)
    show_window(qtbot, view)
    (event,) = logged(demo_context)
    assert event.action is UsageAction.ATTENDANCE_OPENED
    assert set(event.family_ids) >= sheet_families(demo_context, session_id)
    view.refresh()  # reloaded after a change: the same families, nothing new logged
    assert len(logged(demo_context)) == 1


def test_printing_a_sign_in_sheet_is_logged_once_printed(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    session_id = pikkuiset_session(demo_context)
    button = SessionPrintButton(demo_context, session_id)
    qtbot.addWidget(button)
    button.sign_in_action.trigger()
    dialog = button.dialog
    assert dialog is not None
    dialog.reject()  # asked for a printer, then cancelled: nothing was printed
    assert logged(demo_context) == []
    button.sign_in_action.trigger()
    dialog = button.dialog
    assert dialog is not None
    show_window(qtbot, dialog)
    # No printer here: the dialog's own "Print to File (PDF)", to a file named in it.
    file_field = dialog.findChild(QLineEdit, "filename")
    assert file_field is not None
    type_over(qtbot, file_field, str(tmp_path / "tulostettu.pdf"))
    enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    (event,) = logged(demo_context)
    assert event.action is UsageAction.SIGN_IN_SHEET_PRINTED
    assert set(event.family_ids) == sheet_families(demo_context, session_id)
    assert (tmp_path / "tulostettu.pdf").stat().st_size > 0


def test_saving_a_sign_in_sheet_as_pdf_is_logged_and_a_tally_sheet_is_not(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    session_id = pikkuiset_session(demo_context)
    view = AttendanceView(demo_context, session_id)
    qtbot.addWidget(view)
    show_window(qtbot, view)
    opened = len(logged(demo_context))
    with qtbot.waitSignal(view.print_button.pdf_saved):
        view.print_button.save_tally_pdf(tmp_path / "tukkimies.pdf")
    assert len(logged(demo_context)) == opened
    view.print_button.sign_in_pdf_action.trigger()
    dialog = view.print_button.dialog
    assert isinstance(dialog, QFileDialog)
    show_window(qtbot, dialog)
    dialog.setDirectory(str(tmp_path))
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_field is not None
    click_into(qtbot, name_field)
    with qtbot.waitSignal(view.print_button.pdf_saved):
        enter(qtbot)
    event = logged(demo_context)[0]
    assert event.action is UsageAction.SIGN_IN_SHEET_SAVED
    assert set(event.family_ids) == sheet_families(demo_context, session_id)


def test_a_sheet_that_cannot_be_saved_logs_nothing(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    button = SessionPrintButton(demo_context, pikkuiset_session(demo_context))
    qtbot.addWidget(button)
    with qtbot.waitSignal(button.failed):
        button.save_sign_in_pdf(tmp_path / "no such folder" / "lista.pdf")
    assert logged(demo_context) == []


def test_a_workbook_with_names_is_logged_and_a_pseudonymised_one_is_not(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    page = shown_page(qtbot, demo_context)
    tick(qtbot, page.pseudonymise)
    with qtbot.waitSignal(page.exported, timeout=60_000):
        page.export_to(tmp_path / "koodeilla.xlsx")
    assert logged(demo_context) == []
    tick(qtbot, page.pseudonymise)
    with qtbot.waitSignal(page.exported, timeout=60_000):
        page.export_to(tmp_path / "nimillä.xlsx")
    (event,) = logged(demo_context)
    assert event.action is UsageAction.WORKBOOK_EXPORTED
    assert len(event.family_ids) > 1


def test_importing_a_roster_is_logged(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    dialog = make_dialog(qtbot, demo_context)
    check(qtbot, dialog, write_csv(tmp_path / "nimilista.csv", GOOD))
    assert logged(demo_context) == []  # checking the file reads, but shows nobody's data
    import_(qtbot, dialog, demo_context)
    (event,) = logged(demo_context)
    assert event.action is UsageAction.ROSTER_IMPORTED
    assert sorted(event.families) == ["Åström", "Öhman-Ylä"]


def test_an_administrator_reads_what_a_person_read(
    qtbot: QtBot,
    demo_context: AppContext,
    windows: list[QWidget],
    model_tester: ModelTester,
) -> None:
    session_id = pikkuiset_session(demo_context)
    view = AttendanceView(demo_context, session_id)
    qtbot.addWidget(view)
    settings = DataProtectionSettings(demo_context, "", "kayttaja")
    windows.append(settings)
    show_window(qtbot, settings)
    assert settings.log_retention.value() == 0  # kept without a time limit
    click(qtbot, settings.show_log)
    dialog = settings.usage_log
    assert isinstance(dialog, PersonUsageDialog)
    qtbot.waitExposed(dialog)
    set_choice(dialog.person, FIRST_PERSON)
    assert dialog.model.rowCount() == 1
    assert listed(dialog.list.table, 1) == ["attendance view opened"]
    assert listed(dialog.list.table, 2)[0]
    model_tester.check(dialog.model, force_py=True)


def test_the_log_retention_is_saved_in_the_database(qtbot: QtBot, demo_context: AppContext) -> None:
    settings = DataProtectionSettings(demo_context, "", "kayttaja")
    qtbot.addWidget(settings)
    show_window(qtbot, settings)
    type_over(qtbot, settings.log_retention, "12")
    tab(qtbot)
    assert demo_context.read(usage_log_retention_years) == 12


@pytest.fixture
def read_only_context(demo_context: AppContext, tmp_path: Path) -> Iterator[AppContext]:
    """A second window's context on the same file, opened read-only."""
    database = open_database(f"sqlite:///{tmp_path / 'demo.sqlite3'}", read_only=True)
    yield AppContext(database.unit_of_work, clock=demo_context.now, read_only=True)
    database.dispose()


def test_a_read_only_window_shows_no_personal_data_it_cannot_log(
    qtbot: QtBot, demo_context: AppContext, read_only_context: AppContext, tmp_path: Path
) -> None:
    session_id = pikkuiset_session(demo_context)
    view = AttendanceView(read_only_context, session_id)
    qtbot.addWidget(view)
    show_window(qtbot, view)
    assert "cannot log who reads" in view.error.text()
    assert view.model.rowCount() == 0
    with qtbot.waitSignal(view.print_button.failed):
        view.print_button.save_sign_in_pdf(tmp_path / "lista.pdf")
    assert not (tmp_path / "lista.pdf").exists()
    page = shown_page(qtbot, read_only_context)
    assert page.export_to(tmp_path / "nimillä.xlsx") is None
    assert "cannot log who reads" in page.error.text()
    assert logged(demo_context) == []
