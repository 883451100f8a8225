"""Signing in to a team database: the app asks the person's password once (Enter gives
it, Esc cancels), says calmly when it was not accepted, and keeps it in the keyring for
that server and login, never in the settings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, make_url, text

from ryhmat import app as desktop_app
from ryhmat.domain.model import Organisation
from ryhmat.domain.team import TeamRole
from ryhmat.domain.usecases.team import add_team_member
from ryhmat.preferences import Preferences
from ryhmat.storage.credentials import KEYRING_SERVICE, keyring_user
from ryhmat.storage.database import open_database
from tests.gui.person import enter, escape, question, type_text, wait_for_dialog
from tests.integration.team_world import NOW
from tests.keyrings import MemoryKeyring
from tests.keyrings import memory_keyring as memory_keyring
from tests.postgres_server import running_postgresql_server

pytestmark = pytest.mark.postgresql

PASSWORD = "kahvi ja pulla 2026"


@pytest.fixture(scope="module")
def team_url() -> Iterator[str]:
    """A server of this module's own that checks the passwords of its team's people."""
    with running_postgresql_server() as server:
        admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("CREATE DATABASE team"))
            hba = Path(connection.execute(text("SHOW hba_file")).scalar_one())
            rules = hba.read_text(encoding="utf-8")
            hba.write_text(
                "host all maija 127.0.0.1/32 scram-sha-256\n"
                "host all maija ::1/128 scram-sha-256\n" + rules,
                encoding="utf-8",
            )
            connection.execute(text("SELECT pg_reload_conf()"))
        admin.dispose()
        owner_url = server.url("team")
        database = open_database(owner_url)
        with database.unit_of_work() as uow:
            uow.organisations.save(Organisation(name="Perhetyö"))
            uow.commit()
        with database.unit_of_work() as uow:
            uow.team.initialise()
            uow.commit()
        with database.unit_of_work() as uow:
            add_team_member(
                uow, "maija", "Maija M", "Perhetyö", TeamRole.LEADER, NOW, password=PASSWORD
            )
        database.dispose()
        yield make_url(owner_url).set(username="maija").render_as_string(hide_password=False)


@pytest.fixture
def desktop(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[desktop_app.DesktopApp]:
    monkeypatch.delenv("RYHMAT_LANGUAGE", raising=False)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no.pgpass"))
    app = desktop_app.DesktopApp(
        None, Preferences.in_file(tmp_path / "settings.ini"), str(tmp_path / "ryhmat.log")
    )
    yield app
    if app.window is not None:
        app.window.close()
    app.stop()


def password_dialog(qtbot: QtBot) -> QInputDialog:
    dialog = wait_for_dialog(qtbot, QInputDialog)
    assert isinstance(dialog, QInputDialog)
    return dialog


def test_the_password_is_asked_again_if_wrong_and_then_kept_in_the_keyring(
    qtbot: QtBot,
    desktop: desktop_app.DesktopApp,
    team_url: str,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
) -> None:
    window = desktop.open_and_start(team_url)
    qtbot.addWidget(window)
    first = password_dialog(qtbot)
    assert "maija" in first.labelText()
    type_text(qtbot, "väärä salasana")
    enter(qtbot)

    qtbot.waitUntil(lambda: password_dialog(qtbot) is not first)
    again = password_dialog(qtbot)
    assert again.labelText().startswith("The password was not accepted.")
    type_text(qtbot, PASSWORD)
    enter(qtbot)

    qtbot.waitUntil(window.navigation.isEnabled, timeout=20_000)
    assert desktop.database.actor() == "maija"  # type: ignore[operator]
    assert memory_keyring.passwords == {
        (KEYRING_SERVICE, keyring_user(make_url(team_url))): PASSWORD
    }
    settings = tmp_path / "settings.ini"
    assert not settings.exists() or PASSWORD not in settings.read_text(encoding="utf-8")


def test_a_kept_password_is_not_asked(
    qtbot: QtBot, desktop: desktop_app.DesktopApp, team_url: str, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.passwords[(KEYRING_SERVICE, keyring_user(make_url(team_url)))] = PASSWORD
    window = desktop.open_and_start(team_url)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.navigation.isEnabled, timeout=20_000)
    assert not [d for d in window.findChildren(QInputDialog) if d.isVisible()]


def test_escape_says_the_database_was_not_opened(
    qtbot: QtBot, desktop: desktop_app.DesktopApp, team_url: str, memory_keyring: MemoryKeyring
) -> None:
    window = desktop.open_and_start(team_url)
    qtbot.addWidget(window)
    password_dialog(qtbot)
    escape(qtbot)
    box = question(qtbot)
    assert "maija" in box.text()
    assert memory_keyring.passwords == {}
    box.accept()
