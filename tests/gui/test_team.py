"""A team database in the app. Signing in: the app asks the person's password once
(Enter gives it, Esc cancels), says calmly when it was not accepted, and keeps it in the
keyring for that server and login, never in the settings. Asetukset → Team: an admin
adds a person, changes their role and removes them; no one else sees the section."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import create_engine, make_url
from sqlalchemy.exc import OperationalError

from ryhmat import app as desktop_app
from ryhmat.domain.model import Organisation
from ryhmat.domain.team import TeamRole
from ryhmat.domain.usecases.team import add_team_member, team_members
from ryhmat.preferences import Preferences
from ryhmat.storage.credentials import KEYRING_SERVICE, keyring_user
from ryhmat.storage.database import open_database
from ryhmat.ui.main_window import MainWindow
from ryhmat.ui.team import AddPersonDialog, ChangePersonDialog, OwnPasswordDialog
from tests.gui.person import (
    activate,
    choose,
    click,
    click_row,
    enter,
    escape,
    listed,
    question,
    tab,
    type_over,
    type_text,
    wait_for_dialog,
)
from tests.integration.team_world import NOW
from tests.keyrings import MemoryKeyring
from tests.keyrings import memory_keyring as memory_keyring
from tests.postgres_server import require_passwords, running_postgresql_server

pytestmark = pytest.mark.postgresql

PASSWORD = "kahvi ja pulla 2026"


@pytest.fixture(scope="module")
def team_url() -> Iterator[str]:
    """A server of this module's own that checks the passwords of its team's people."""
    with running_postgresql_server() as server:
        owner_url = server.new_database("team")
        require_passwords(server, "maija", "pekka", "paula")
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
        with database.unit_of_work() as uow:
            add_team_member(
                uow, "anna", "Anna A", "Perhetyö", TeamRole.ADMIN, NOW, password=PASSWORD
            )
        for login, name in (("pekka", "Pekka P"), ("paula", "Paula P")):
            with database.unit_of_work() as uow:
                add_team_member(
                    uow, login, name, "Perhetyö", TeamRole.VOLUNTEER, NOW, password=PASSWORD
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


def as_login(team_url: str, login: str) -> str:
    # The server trusts every login but those of require_passwords (see team_url).
    return make_url(team_url).set(username=login).render_as_string(hide_password=False)


@pytest.fixture
def admin_window(
    qtbot: QtBot, team_url: str, tmp_path: Path
) -> Iterator[tuple[desktop_app.DesktopApp, MainWindow]]:
    database = open_database(as_login(team_url, "anna"))
    app = desktop_app.DesktopApp(
        database, Preferences.in_file(tmp_path / "settings.ini"), str(tmp_path / "ryhmat.log")
    )
    window = app.show()
    qtbot.addWidget(window)
    yield app, window
    window.close()
    app.stop()


def test_an_admin_adds_a_person_changes_their_role_and_removes_them(
    qtbot: QtBot, admin_window: tuple[desktop_app.DesktopApp, MainWindow]
) -> None:
    desktop, window = admin_window
    section = window.team
    assert section is not None
    # Asetukset: Ctrl+7, as a person gets there from the keyboard.
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(section.isVisible)
    assert listed(section.list.table, 0) == ["anna", "maija", "paula", "pekka"]

    click(qtbot, section.list.add_button)
    dialog = wait_for_dialog(qtbot, AddPersonDialog)
    assert isinstance(dialog, AddPersonDialog)
    type_over(qtbot, dialog.login, "liisa")
    type_over(qtbot, dialog.full_name, "Liisa Laine")
    choose(qtbot, dialog.role, "Volunteer")
    click(qtbot, dialog.save_button)
    box = question(qtbot)
    assert box.objectName() == "teamPassword"
    assert len(box.informativeText()) >= 12
    box.accept()
    activate(qtbot, window)
    with desktop.database.unit_of_work() as uow:
        added = {m.login: m for m in team_members(uow)}["liisa"]
    assert (added.full_name, added.organisation, added.role) == (
        "Liisa Laine",
        "Perhetyö",
        TeamRole.VOLUNTEER,
    )
    assert "liisa" in listed(section.list.table, 0)

    click_row(qtbot, section.list.table, "liisa")
    click(qtbot, section.list.edit_button)
    change = wait_for_dialog(qtbot, ChangePersonDialog)
    assert isinstance(change, ChangePersonDialog)
    activate(qtbot, change)
    choose(qtbot, change.role, "Group leader")
    click(qtbot, change.save_button)
    qtbot.waitUntil(lambda: not change.isVisible())
    activate(qtbot, window)
    with desktop.database.unit_of_work() as uow:
        assert {m.login: m for m in team_members(uow)}["liisa"].role is TeamRole.LEADER

    click_row(qtbot, section.list.table, "liisa")
    click(qtbot, section.list.edit_button)
    change = wait_for_dialog(qtbot, ChangePersonDialog)
    assert isinstance(change, ChangePersonDialog)
    click(qtbot, change.remove)
    qtbot.waitUntil(lambda: not change.isVisible())
    with desktop.database.unit_of_work() as uow:
        assert not {m.login: m for m in team_members(uow)}["liisa"].active


def test_the_team_section_is_an_admins_only(
    qtbot: QtBot, team_url: str, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    memory_keyring.passwords[(KEYRING_SERVICE, keyring_user(make_url(team_url)))] = PASSWORD
    app = desktop_app.DesktopApp(
        None, Preferences.in_file(tmp_path / "settings.ini"), str(tmp_path / "ryhmat.log")
    )
    window = app.open_and_start(team_url)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.navigation.isEnabled, timeout=20_000)
    assert window.team is None
    window.close()
    app.stop()


def signs_in(team_url: str, login: str, password: str) -> bool:
    engine = create_engine(
        make_url(team_url)
        .set(username=login, password=password)
        .render_as_string(hide_password=False)
    )
    try:
        with engine.connect():
            return True
    except OperationalError:
        return False
    finally:
        engine.dispose()


def test_an_admin_gives_a_new_password_to_one_who_forgot(
    qtbot: QtBot, admin_window: tuple[desktop_app.DesktopApp, MainWindow], team_url: str
) -> None:
    _, window = admin_window
    section = window.team
    assert section is not None
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(section.isVisible)
    click_row(qtbot, section.list.table, "pekka")
    click(qtbot, section.list.edit_button)
    change = wait_for_dialog(qtbot, ChangePersonDialog)
    assert isinstance(change, ChangePersonDialog)
    click(qtbot, change.new_password)
    box = question(qtbot)
    assert box.objectName() == "teamPassword"
    assert "pekka" in box.text()
    given = box.informativeText()
    box.accept()
    assert signs_in(team_url, "pekka", given)
    assert not signs_in(team_url, "pekka", PASSWORD)


def test_a_person_changes_their_own_password_and_the_app_goes_on_with_it(
    qtbot: QtBot, desktop: desktop_app.DesktopApp, team_url: str, memory_keyring: MemoryKeyring
) -> None:
    url = as_login(team_url, "paula")
    key = (KEYRING_SERVICE, keyring_user(make_url(url)))
    memory_keyring.passwords[key] = PASSWORD
    window = desktop.open_and_start(url)
    qtbot.addWidget(window)
    qtbot.waitUntil(window.navigation.isEnabled, timeout=20_000)
    assert window.team is None
    account = window.own_account
    assert account is not None
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(account.isVisible)
    click(qtbot, account.change)
    dialog = wait_for_dialog(qtbot, OwnPasswordDialog)
    assert isinstance(dialog, OwnPasswordDialog)

    new = "syksyn uusi salasana"
    type_over(qtbot, dialog.password, new)
    tab(qtbot)
    type_text(qtbot, new + "x")
    enter(qtbot)
    qtbot.waitUntil(dialog.error.isVisible)
    assert dialog.isVisible()
    assert signs_in(team_url, "paula", PASSWORD)

    type_over(qtbot, dialog.repeated, new)
    enter(qtbot)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert signs_in(team_url, "paula", new)
    assert not signs_in(team_url, "paula", PASSWORD)
    assert memory_keyring.passwords == {key: new}
    # The window's later connections sign in with the new password.
    desktop.database.dispose()
    with desktop.database.unit_of_work() as uow:
        assert uow.team.connected_role() is TeamRole.VOLUNTEER
