"""The group editor's "Print programme…": a season's programme for families, in the
language chosen, printed or saved as a PDF."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from ryhmat.domain.model import Group, GroupType
from ryhmat.domain.usecases.groups import save_group
from ryhmat.i18n import load_language
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups.programme_dialog import ProgrammeDialog
from tests.gui.person import (
    button_text,
    choose,
    click,
    click_into,
    enter,
    show_window,
    wait_for_dialog,
)
from tests.gui.ui.groups.test_group_editor import open_group
from tests.pdf import pdf_pages, pdf_text

KARHUNPOJAT = "Isä–lapsi-ryhmä Karhunpojat"


def open_programme(qtbot: QtBot, context: AppContext, group: str) -> ProgrammeDialog:
    editor = open_group(qtbot, context, group)
    show_window(qtbot, editor)
    click(qtbot, editor.programme_button)
    dialog = wait_for_dialog(qtbot, ProgrammeDialog)
    assert isinstance(dialog, ProgrammeDialog)
    show_window(qtbot, dialog)
    return dialog


@pytest.fixture
def finnish() -> Iterator[None]:
    load_language("fi")
    yield
    load_language("en")


@pytest.mark.usefixtures("finnish")
def test_the_programme_is_saved_in_swedish_from_a_finnish_app(
    qtbot: QtBot, demo_context: AppContext, tmp_path: Path
) -> None:
    dialog = open_programme(qtbot, demo_context, KARHUNPOJAT)
    assert dialog.windowTitle() == "Ohjelma perheille"
    # The season going on is chosen; the language is the app's until changed.
    assert dialog.season.currentText().startswith("Syyskausi 2026 ")
    assert dialog.language.currentText() == "suomi"
    choose(qtbot, dialog.language, "svenska")
    assert button_text(dialog.pdf_button) == "Tallenna PDF:nä…"
    click(qtbot, dialog.pdf_button)
    files = dialog.dialog
    assert isinstance(files, QFileDialog)
    show_window(qtbot, files)
    files.setDirectory(str(tmp_path))
    name_field = files.findChild(QLineEdit, "fileNameEdit")
    assert name_field is not None
    # Named in the programme's language.
    assert name_field.text() == f"Program {KARHUNPOJAT} Syyskausi 2026.pdf"
    click_into(qtbot, name_field)
    with qtbot.waitSignal(dialog.pdf_saved) as saved:
        enter(qtbot)
    path = Path(saved.args[0])
    assert path == tmp_path / f"Program {KARHUNPOJAT} Syyskausi 2026.pdf"
    assert pdf_pages(path) == 1
    text = pdf_text(path)
    assert text.startswith(f"{KARHUNPOJAT} Program: Syyskausi 2026 · 17.8.2026–20.12.2026")
    assert "lördag 22.8.2026 10.00–12.00" in text
    assert "lördag 31.10.2026 Ingen träff: Alla helgons dag" in text
    # No date written the Finnish way (the group's own description is Finnish).
    assert not re.search(r"lauantai \d", text)


def test_printing_asks_for_a_printer(qtbot: QtBot, demo_context: AppContext) -> None:
    dialog = open_programme(qtbot, demo_context, KARHUNPOJAT)
    click(qtbot, dialog.print_button)
    printer = dialog.dialog
    assert isinstance(printer, QPrintDialog)
    assert printer.isVisible()
    printer.reject()


def test_a_group_without_seasons_says_so(qtbot: QtBot, demo_context: AppContext) -> None:
    group = Group(name="Uusi ryhmä", type=GroupType.PEER_GROUP)
    demo_context.write(lambda uow: save_group(uow, group), Changes.GROUPS)
    dialog = open_programme(qtbot, demo_context, "Uusi ryhmä")
    assert not dialog.pdf_button.isEnabled()
    assert not dialog.print_button.isEnabled()
    assert dialog.error.text() == "The group has no seasons yet: plan one first."
