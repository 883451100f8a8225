"""Saving a family while another program writes: a calm message, nothing saved, nothing
personal in the log or on standard error."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import ryhmat.storage.database
from ryhmat.domain.usecases.families import get_family
from ryhmat.ui.context import AppContext
from ryhmat.ui.crash import LOG_FILE, CrashReporter
from tests.integration.storage_holder import write_lock_held

from .test_families_page import current_family_id, make_page, open_family

PHONE = "044 909 1717"
NOTES = "Muuttaa keväällä Ouluun"


@pytest.fixture
def short_busy_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app waits ten seconds for another writer; the test need not."""
    monkeypatch.setattr(ryhmat.storage.database, "SQLITE_BUSY_TIMEOUT_MS", 200)


@pytest.fixture
def reporter(tmp_path: Path) -> Iterator[CrashReporter]:
    installed = CrashReporter(tmp_path / "logs")
    installed.install()
    yield installed
    installed.uninstall()


@pytest.mark.usefixtures("short_busy_wait")
def test_a_family_saved_while_another_program_writes_is_told_busy_and_leaks_nothing(
    qtbot: QtBot,
    demo_context: AppContext,
    reporter: CrashReporter,
    capfd: pytest.CaptureFixture[str],
    tmp_path: Path,
) -> None:
    page = make_page(qtbot, demo_context)
    editor = open_family(qtbot, page, "Aalto")
    family_id = current_family_id(page)
    before = demo_context.read(lambda uow: get_family(uow, family_id))
    editor.phone.setText(PHONE)
    editor.notes.setPlainText(NOTES)

    with write_lock_held(tmp_path / "demo.sqlite3"):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert editor.error.text() == (
            "The database is busy: another user or program is saving at this moment. "
            "Nothing was saved; try again in a moment."
        )

    assert editor.isVisible()  # what was typed is still there to save again
    assert (editor.phone.text(), editor.notes.toPlainText()) == (PHONE, NOTES)
    family = demo_context.read(lambda uow: get_family(uow, family_id))
    assert (family.phone, family.notes) == (before.phone, before.notes)
    out, err = capfd.readouterr()
    log = reporter.log_path.read_text(encoding="utf-8") if reporter.log_path.exists() else ""
    for text in (out, err, log):
        assert PHONE not in text
        assert "Muuttaa" not in text
    folder = tmp_path / "logs"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / LOG_FILE).stat().st_mode) == 0o600

    # Once the other program is done, the same save goes through.
    with qtbot.waitSignal(editor.saved):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    family = demo_context.read(lambda uow: get_family(uow, family_id))
    assert (family.phone, family.notes) == (PHONE, NOTES)
