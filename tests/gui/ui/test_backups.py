"""Automatic backups at start-up and restoring a backup from the File menu."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ryhmat.app import DesktopApp
from ryhmat.desktop_database import OpenDatabase
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.erasure import erase_family
from ryhmat.domain.usecases.families import list_families
from ryhmat.domain.usecases.groups import list_groups
from ryhmat.i18n import load_language
from ryhmat.preferences import KEEP_BACKUPS, Preferences
from ryhmat.storage.database import Database, open_database
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.main_window import MainWindow

BABY_GROUP = "Vauvaryhmä Pikkuiset"


def current_window(desktop: DesktopApp) -> MainWindow:
    assert desktop.window is not None
    return desktop.window


def group_names(window: MainWindow) -> set[str]:
    return {group.name for group in window.context.read(list_groups)}


def rename_group_elsewhere(database_path: Path, old: str, new: str) -> None:
    """Another program (say a colleague's app) changes the data meanwhile."""
    with sqlite3.connect(database_path) as connection:
        connection.execute("UPDATE groups SET name = ? WHERE name = ?", (new, old))


def message_boxes(name: str) -> list[QMessageBox]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == name and w.isVisible()
    ]


def choose_in_restore_dialog(qtbot: QtBot, window: MainWindow, backup: Path) -> QFileDialog:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QWidget)
    assert window.restore_action in file_menu.actions()
    window.restore_action.trigger()
    dialog = window.findChild(QFileDialog, "restoreDialog")
    assert isinstance(dialog, QFileDialog)
    assert dialog.isVisible()
    dialog.selectFile(str(backup))
    dialog.accept()
    return dialog


def wait_for_automatic_backup(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: "Backed up to" in window.statusBar().currentMessage())


# -- automatic backups -------------------------------------------------------------------


def test_the_window_is_shown_before_the_backup_which_then_follows(
    qtbot: QtBot, desktop: DesktopApp, database_path: Path
) -> None:
    window = desktop.start()
    folder = database_path.parent / "backups"
    # Nothing is copied before the event loop has had the window.
    assert window.isVisible()
    assert not folder.exists()
    wait_for_automatic_backup(qtbot, window)
    (backup,) = folder.iterdir()
    assert backup.name.startswith("ryhmat.sqlite3-backup-")
    assert str(backup) in window.statusBar().currentMessage()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT count(*) FROM groups").fetchone() == (8,)


def test_only_the_newest_backups_are_kept_and_other_files_stay(
    qtbot: QtBot, desktop: DesktopApp, database_path: Path, settings: Preferences
) -> None:
    settings[KEEP_BACKUPS] = 2
    folder = database_path.parent / "backups"
    folder.mkdir()
    for stamp in ("20240101-080000", "20250101-080000", "20250601-080000"):
        shutil.copy(database_path, folder / f"ryhmat.sqlite3-backup-{stamp}.sqlite3")
    (folder / "oma kopio.sqlite3").write_bytes(b"mine")
    window = desktop.start()
    wait_for_automatic_backup(qtbot, window)
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 3
    assert names[0] == "oma kopio.sqlite3"
    assert names[1] == "ryhmat.sqlite3-backup-20250601-080000.sqlite3"
    assert names[2].startswith("ryhmat.sqlite3-backup-20")
    assert names[2] > names[1]


def test_no_backup_when_the_setting_is_0(
    qtbot: QtBot, desktop: DesktopApp, database_path: Path, settings: Preferences
) -> None:
    settings[KEEP_BACKUPS] = 0
    desktop.start()
    assert desktop.back_up_automatically() is None
    assert not (database_path.parent / "backups").exists()


def test_a_failed_backup_is_a_calm_status_message_and_the_app_works_on(
    qtbot: QtBot, desktop: DesktopApp, database_path: Path
) -> None:
    (database_path.parent / "backups").write_bytes(b"a file where the folder should be")
    window = desktop.start()
    qtbot.waitUntil(lambda: "automatic backup was not made" in window.statusBar().currentMessage())
    assert "backups" in window.statusBar().currentMessage()
    assert message_boxes("errorMessage") == []
    assert BABY_GROUP in group_names(window)


def test_the_setting_is_kept_in_the_settings(
    qtbot: QtBot, desktop: DesktopApp, settings: Preferences
) -> None:
    window = desktop.show()
    spin = window.settings_page.keep_backups
    assert spin.value() == 10
    assert "backups" in window.settings_page.backups_note.text()
    spin.setValue(3)
    assert settings[KEEP_BACKUPS] == 3
    spin.setValue(0)
    assert spin.text() == "Off"
    assert desktop.back_up_automatically() is None


# -- restoring ---------------------------------------------------------------------------


def test_restoring_from_the_file_menu_brings_back_the_old_data(
    qtbot: QtBot, desktop: DesktopApp, database_path: Path
) -> None:
    first = desktop.start()
    wait_for_automatic_backup(qtbot, first)
    (backup,) = (database_path.parent / "backups").iterdir()
    rename_group_elsewhere(database_path, BABY_GROUP, "Muutettu ryhmä")
    assert "Muutettu ryhmä" in group_names(first)

    dialog = choose_in_restore_dialog(qtbot, first, backup)
    assert Path(dialog.directory().absolutePath()) == backup.parent
    qtbot.waitUntil(lambda: len(message_boxes("restoreConfirmation")) == 1)
    (confirmation,) = message_boxes("restoreConfirmation")
    assert "replaced by the backup of" in confirmation.text()
    assert "copy of the current data is saved first" in confirmation.text()
    (restore,) = [b for b in confirmation.buttons() if b.text() == "&Restore"]
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: desktop.window is not first, timeout=20_000)
    window = current_window(desktop)
    assert BABY_GROUP in group_names(window)
    assert "Muutettu ryhmä" not in group_names(window)
    (saved,) = (database_path.parent / "backups").glob("ryhmat.sqlite3-before-restore-*.sqlite3")
    assert "The backup is restored" in window.statusBar().currentMessage()
    assert str(saved) in window.statusBar().currentMessage()
    with sqlite3.connect(saved) as before:
        names = {row[0] for row in before.execute("SELECT name FROM groups")}
    assert "Muutettu ryhmä" in names


def test_a_restore_erases_again_a_family_erased_after_the_backup_and_says_so(
    qtbot: QtBot, desktop: DesktopApp, database_path: Path
) -> None:
    first = desktop.start()
    wait_for_automatic_backup(qtbot, first)
    (backup,) = (database_path.parent / "backups").iterdir()
    family = first.context.read(list_families)[0]
    first.context.write(
        lambda uow: erase_family(uow, family.id, first.context.today()),
        Changes.FAMILIES | Changes.ATTENDANCE,
    )

    choose_in_restore_dialog(qtbot, first, backup)
    qtbot.waitUntil(lambda: len(message_boxes("restoreConfirmation")) == 1)
    (confirmation,) = message_boxes("restoreConfirmation")
    (restore,) = [b for b in confirmation.buttons() if b.text() == "&Restore"]
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: desktop.window is not first, timeout=20_000)
    window = current_window(desktop)
    assert family.id not in {f.id for f in window.context.read(list_families)}
    message = window.statusBar().currentMessage()
    assert "1 family erased after this backup was taken was erased again." in message
    # Asetukset lists the copy taken before the restore.
    (saved,) = (database_path.parent / "backups").glob("ryhmat.sqlite3-before-restore-*")
    assert str(saved) in window.settings_page.safety_copies.text()
    assert "the newest 3 of each are kept" in window.settings_page.safety_copies.text()


def test_opening_an_older_copy_erases_again_what_was_erased_since_and_says_so(
    qtbot: QtBot, desktop: DesktopApp, database_path: Path, tmp_path: Path
) -> None:
    older = tmp_path / "vanha kopio.sqlite3"
    shutil.copy(database_path, older)  # by hand, before the app has opened the file
    first = desktop.show()
    family = first.context.read(list_families)[0]
    first.context.write(
        lambda uow: erase_family(uow, family.id, first.context.today()),
        Changes.FAMILIES | Changes.ATTENDANCE,
    )

    desktop.switch_database(str(older))  # File → Open database

    window = current_window(desktop)
    assert window is not first
    assert str(older) in window.database_label.text()
    assert family.id not in {f.id for f in window.context.read(list_families)}
    qtbot.waitUntil(
        lambda: (
            window.statusBar().currentMessage()
            == "1 family erased after this copy of the database was made was erased again."
        )
    )


def test_cancelling_the_confirmation_changes_nothing(
    qtbot: QtBot, desktop: DesktopApp, database_path: Path, tmp_path: Path
) -> None:
    window = desktop.show()
    backup = tmp_path / "kopio.sqlite3"
    shutil.copy(database_path, backup)
    rename_group_elsewhere(database_path, BABY_GROUP, "Muutettu ryhmä")
    choose_in_restore_dialog(qtbot, window, backup)
    qtbot.waitUntil(lambda: len(message_boxes("restoreConfirmation")) == 1)
    (confirmation,) = message_boxes("restoreConfirmation")
    cancel = confirmation.button(QMessageBox.StandardButton.Cancel)
    assert confirmation.defaultButton() is cancel
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert desktop.window is window
    assert "Muutettu ryhmä" in group_names(window)
    assert not (database_path.parent / "backups").exists()


def test_a_bad_file_gives_a_message_and_changes_nothing(
    qtbot: QtBot, desktop: DesktopApp, database_path: Path, tmp_path: Path
) -> None:
    window = desktop.show()
    before = database_path.read_bytes()
    junk = tmp_path / "kuva.sqlite3"
    junk.write_bytes(b"\x89PNG not a database at all" * 100)
    choose_in_restore_dialog(qtbot, window, junk)
    qtbot.waitUntil(lambda: len(message_boxes("errorMessage")) == 1)
    (error,) = message_boxes("errorMessage")
    assert "kuva.sqlite3 cannot be restored" in error.text()
    error.close()
    assert message_boxes("restoreConfirmation") == []
    assert desktop.window is window
    assert BABY_GROUP in group_names(window)
    assert database_path.read_bytes() == before
    assert junk.read_bytes() == b"\x89PNG not a database at all" * 100
    assert not (database_path.parent / "backups").exists()


def test_a_backup_with_a_trigger_added_is_refused_in_finnish_and_changes_nothing(
    qtbot: QtBot, desktop: DesktopApp, database_path: Path, tmp_path: Path
) -> None:
    """A colleague's "backup" whose trigger would copy families into public themes."""
    load_language("fi")
    window = desktop.show()
    crafted = tmp_path / "ryhmat-backup-20261120-120000.sqlite3"
    shutil.copy(database_path, crafted)
    with sqlite3.connect(crafted) as connection:
        connection.execute(
            "CREATE TRIGGER note AFTER INSERT ON enrolments BEGIN "
            "UPDATE sessions SET theme = (SELECT group_concat(name || phone) FROM families); END"
        )
    connection.close()
    before = database_path.read_bytes()
    crafted_bytes = crafted.read_bytes()
    choose_in_restore_dialog(qtbot, window, crafted)
    qtbot.waitUntil(lambda: len(message_boxes("errorMessage")) == 1)
    (error,) = message_boxes("errorMessage")
    assert "on muutettu Ryhmät-sovelluksen ulkopuolella" in error.text()
    assert str(crafted) in error.text()
    error.close()
    assert message_boxes("restoreConfirmation") == []
    assert desktop.window is window
    assert database_path.read_bytes() == before
    assert crafted.read_bytes() == crafted_bytes
    assert not (database_path.parent / "backups").exists()


def test_restore_is_disabled_without_a_database_file(
    qtbot: QtBot, empty_context: AppContext, settings: Preferences
) -> None:
    # A PostgreSQL database is restored with pg_restore; an in-memory one stands in for it.
    memory: Database = open_database("sqlite://")
    try:
        window = MainWindow(empty_context, OpenDatabase(memory), settings)
        qtbot.addWidget(window)
        assert not window.restore_action.isEnabled()
        assert "pg_restore" in window.restore_action.toolTip()
        assert not window.settings_page.keep_backups.isEnabled()
        assert "pg_dump" in window.settings_page.backups_note.text()
    finally:
        memory.dispose()


def test_backing_up_suggests_a_dated_name_in_the_uis_language(
    qtbot: QtBot, desktop: DesktopApp, tmp_path: Path
) -> None:
    load_language("fi")
    window = desktop.start()
    window.backup_action.trigger()
    (dialog,) = [d for d in window.findChildren(QFileDialog) if d.isVisible()]
    name_field = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name_field is not None
    today = helsinki_now().date()
    name = f"Ryhmät-varmuuskopio {today.day}.{today.month}.{today.year}.sqlite3"
    assert name_field.text() == name
    dialog.setDirectory(str(tmp_path))
    dialog.accept()
    qtbot.waitUntil(lambda: (tmp_path / name).exists(), timeout=10_000)
