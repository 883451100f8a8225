"""Help → About Ryhmät: the version, the licence and where the app keeps its files."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from ryhmat import __version__
from ryhmat.app import DesktopApp, log_dir
from ryhmat.i18n import load_language
from ryhmat.preferences import Preferences
from ryhmat.storage.backup import backup_folder
from ryhmat.storage.database import DATABASE_FILE, data_dir, default_database_url
from ryhmat.ui.about import AboutDialog
from ryhmat.ui.crash import LOG_FILE
from tests.gui.person import (
    activate,
    choose_from_menu,
    escape,
    show_window,
    wait_closed,
    wait_for_dialog,
)
from tests.gui.ui.conftest import desktop_on


def open_about(qtbot: QtBot, desktop: DesktopApp, menu: str, item: str) -> AboutDialog:
    # Where the app keeps its error log when it starts (ryhmat.app.run_gui).
    desktop.crash_log = str(log_dir() / LOG_FILE)
    window = desktop.start()
    show_window(qtbot, window)
    choose_from_menu(qtbot, window, menu, item)
    dialog = wait_for_dialog(qtbot, AboutDialog)
    assert isinstance(dialog, AboutDialog)
    activate(qtbot, dialog)  # the window manager puts a new dialog in front
    return dialog


def test_about_tells_the_version_the_licence_and_where_the_files_are(
    qtbot: QtBot, desktop: DesktopApp, database_path: Path
) -> None:
    dialog = open_about(qtbot, desktop, "Help", "About Ryhmät…")
    assert dialog.windowTitle() == "About Ryhmät"
    assert dialog.version.text() == f"Version {__version__}"
    assert dialog.licence.text() == "Licence: EUPL-1.2"
    assert dialog.database.text() == str(database_path.resolve())
    assert dialog.backups.text() == str(backup_folder(database_path.resolve()))
    assert dialog.log_file.text() == str(log_dir() / LOG_FILE)
    escape(qtbot)
    wait_closed(qtbot, dialog)


def test_about_speaks_finnish(qtbot: QtBot, desktop: DesktopApp) -> None:
    load_language("fi")
    dialog = open_about(qtbot, desktop, "Ohje", "Tietoja Ryhmät-sovelluksesta…")
    assert dialog.windowTitle() == "Tietoja Ryhmät-sovelluksesta"
    assert dialog.version.text() == f"Versio {__version__}"
    assert dialog.licence.text() == "Lisenssi: EUPL-1.2"


def test_about_names_the_database_in_the_users_data_folder_when_none_was_given(
    qtbot: QtBot, settings: Preferences, tmp_path: Path
) -> None:
    with desktop_on(qtbot, default_database_url(), settings, tmp_path) as desktop:
        dialog = open_about(qtbot, desktop, "Help", "About Ryhmät…")
        assert dialog.database.text() == str(data_dir() / DATABASE_FILE)
        assert dialog.backups.text() == str(backup_folder(data_dir() / DATABASE_FILE))
