"""Asetukset → Data protection, and the erasure of inactive families at start-up."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ryhmat.app import DesktopApp
from ryhmat.domain.model import AdultRole, Family, Member, MemberKind
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.erasure import retention_years, set_retention_years
from ryhmat.domain.usecases.families import list_families, save_family
from ryhmat.domain.usecases.follow_ups import follow_up_months
from ryhmat.domain.usecases.history import family_history
from ryhmat.domain.usecases.usage_log import set_usage_log_retention_years
from ryhmat.domain.usecases.workers import list_workers
from ryhmat.preferences import ACTOR, Preferences
from ryhmat.storage.database import open_database
from ryhmat.storage.uow import operating_system_user
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.data_protection import DataProtectionSettings
from ryhmat.ui.operations import Operation
from tests.gui.person import show_window

FORGOTTEN = "Unohdettu-Perhe"


def test_the_chosen_worker_is_named_in_the_change_history(
    qtbot: QtBot, desktop: DesktopApp, settings: Preferences
) -> None:
    window = desktop.show()
    section = window.data_protection
    worker = window.context.read(list_workers)[0].name
    section.actor.setCurrentIndex(section.actor.findText(worker))
    assert settings[ACTOR] == worker

    family = Family(
        name="Testinen",
        members=[Member(first_name="Teemu", kind=MemberKind.ADULT, role=AdultRole.FATHER)],
    )
    window.context.write(lambda uow: save_family(uow, family, date(2026, 11, 23)), Changes.FAMILIES)
    history = window.context.read(lambda uow: family_history(uow, family.id))
    assert [line.actor for line in history] == [worker]

    # Back to the login name: the next change is recorded under it.
    section.actor.setCurrentIndex(0)
    assert settings[ACTOR] == ""
    assert desktop.database.actor == operating_system_user()


def test_a_new_window_remembers_the_worker(
    qtbot: QtBot, desktop: DesktopApp, settings: Preferences
) -> None:
    settings[ACTOR] = "Anna Aalto"
    window = desktop.show()
    assert window.data_protection.actor.currentText() == "Anna Aalto"
    assert desktop.database.actor == "Anna Aalto"


def test_the_retention_period_is_saved_in_the_database(qtbot: QtBot, desktop: DesktopApp) -> None:
    window = desktop.show()
    spin = window.data_protection.retention
    assert spin.text() == "Never"
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "3")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.context.read(retention_years) == 3
    spin.selectAll()
    qtbot.keyClicks(spin, "0")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.context.read(retention_years) is None


def test_the_follow_up_period_is_saved_in_the_database(qtbot: QtBot, desktop: DesktopApp) -> None:
    window = desktop.show()
    spin = window.data_protection.follow_up
    assert spin.text() == "3 months"
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "2")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    assert window.context.read(follow_up_months) == 2


def add_forgotten_family(database_path: Path) -> None:
    """A family added and last seen long ago: back-dated behind the app's back."""
    with open_database(f"sqlite:///{database_path}") as database:
        with database.unit_of_work() as uow:
            set_retention_years(uow, 2)
        family = Family(
            name=FORGOTTEN,
            members=[Member(first_name="Olli", kind=MemberKind.ADULT, role=AdultRole.FATHER)],
        )
        with database.unit_of_work() as uow:
            save_family(uow, family, date(2020, 1, 1))
    with sqlite3.connect(database_path) as connection:
        connection.execute(
            "UPDATE families SET created_on = '2020-01-01' WHERE name = ?", (FORGOTTEN,)
        )
        connection.execute("UPDATE audit_entries SET at = '2020-01-01 10:00:00.000000'")


def test_inactive_families_are_erased_after_the_start_up_backup(
    qtbot: QtBot, desktop: DesktopApp, database_path: Path
) -> None:
    add_forgotten_family(database_path)
    before = {summary.name for summary in desktop.show().context.read(list_families)}
    assert FORGOTTEN in before

    window = desktop.start()
    qtbot.waitUntil(lambda: "was erased" in window.statusBar().currentMessage(), timeout=20_000)
    assert "1 family" in window.statusBar().currentMessage()
    after = {summary.name for summary in window.context.read(list_families)}
    assert after == before - {FORGOTTEN}
    (backup,) = (database_path.parent / "backups").iterdir()
    with sqlite3.connect(backup) as copy:
        assert copy.execute(
            "SELECT count(*) FROM families WHERE name = ?", (FORGOTTEN,)
        ).fetchone() == (1,)


def test_nothing_is_erased_when_the_start_up_backup_failed(
    qtbot: QtBot, desktop: DesktopApp, database_path: Path
) -> None:
    add_forgotten_family(database_path)
    (database_path.parent / "backups").write_bytes(b"a file where the folder should be")
    window = desktop.start()
    qtbot.waitUntil(lambda: "automatic backup was not made" in window.statusBar().currentMessage())
    # The erasure would have been started by the backup's success, synchronously.
    assert Operation.under_way() == []
    assert FORGOTTEN in {summary.name for summary in window.context.read(list_families)}


def test_the_start_up_backup_and_erasure_follow_the_apps_clock(
    qtbot: QtBot, database_path: Path, settings: Preferences, tmp_path: Path
) -> None:
    """Not the computer's clock: one standing in 2035, when a family added today has
    been inactive for more than the two years of the retention period."""
    with open_database(f"sqlite:///{database_path}") as database:
        with database.unit_of_work() as uow:
            set_retention_years(uow, 2)
        family = Family(
            name=FORGOTTEN,
            members=[Member(first_name="Olli", kind=MemberKind.ADULT, role=AdultRole.FATHER)],
        )
        with database.unit_of_work() as uow:
            save_family(uow, family, date(2026, 11, 23))
    later = datetime(2035, 1, 1, 9, 0, tzinfo=HELSINKI)
    desktop = DesktopApp(
        open_database(f"sqlite:///{database_path}"),
        settings,
        str(tmp_path / "ryhmat.log"),
        clock=lambda: later,
    )
    try:
        window = desktop.start()
        qtbot.waitUntil(lambda: "was erased" in window.statusBar().currentMessage(), timeout=20_000)
        assert window.context.today() == date(2035, 1, 1)
        names = {summary.name for summary in window.context.read(list_families)}
        assert FORGOTTEN not in names
        backups = [path.name for path in (database_path.parent / "backups").iterdir()]
        assert backups == ["ryhmat.sqlite3-backup-20350101-090000.sqlite3"]
    finally:
        window.close()
        window.deleteLater()
        desktop.database.dispose()


def usage_log_times(database_path: Path) -> list[str]:
    with sqlite3.connect(database_path) as connection:
        return [at for (at,) in connection.execute("SELECT at FROM usage_log ORDER BY at")]


def test_the_usage_log_past_its_period_is_deleted_at_start_up(
    qtbot: QtBot, desktop: DesktopApp, database_path: Path
) -> None:
    with open_database(f"sqlite:///{database_path}") as database, database.unit_of_work() as uow:
        set_usage_log_retention_years(uow, 2)
    with sqlite3.connect(database_path) as connection:
        for at in ("2020-01-01 10:00:00.000000", "2099-01-01 10:00:00.000000"):
            connection.execute(
                "INSERT INTO usage_log VALUES (?, ?, ?, 'Vanha Työntekijä', 'family_opened')",
                (uuid.uuid4().hex, uuid.uuid4().hex, at),
            )
    window = desktop.start()
    qtbot.waitUntil(lambda: len(usage_log_times(database_path)) == 1, timeout=20_000)
    assert usage_log_times(database_path) == ["2099-01-01 10:00:00.000000"]
    assert window.data_protection.log_retention.value() == 2


def test_on_a_team_database_no_one_chooses_the_name_in_the_change_history(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    section = DataProtectionSettings(demo_context, "Anna Aalto", "maija", chosen_freely=False)
    qtbot.addWidget(section)
    show_window(qtbot, section)
    assert not section.actor.isEnabled()
    assert [section.actor.itemText(i) for i in range(section.actor.count())] == [
        section.tr("My login name (%1)").replace("%1", "maija")
    ]
