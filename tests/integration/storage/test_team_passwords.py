"""Passwords of a team database's people, on a server that checks them: a person removed
comes back under their own login, an admin gives a new password to one who forgot
theirs, and a person changes their own — after which the old one no longer signs in,
and the app's open database and the keyring go on with the new one."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import OperationalError

from ryhmat.cli.main import main
from ryhmat.domain.errors import InvalidInput, UserError
from ryhmat.domain.model import Organisation
from ryhmat.domain.team import TeamRole
from ryhmat.domain.usecases.team import (
    add_team_member,
    change_own_password,
    remove_team_member,
    reset_team_password,
    team_members,
)
from ryhmat.storage.credentials import (
    KEYRING_SERVICE,
    is_authentication_failure,
    keyring_user,
)
from ryhmat.storage.database import open_database
from ryhmat.storage.failures import NOT_PERMITTED
from tests.integration.team_world import NOW
from tests.keyrings import MemoryKeyring
from tests.keyrings import memory_keyring as memory_keyring
from tests.postgres_server import require_passwords, running_postgresql_server

pytestmark = pytest.mark.postgresql

FIRST = "the first password of all"
SECOND = "a second password, longer"
CHECKED = ("palaava", "unohtaja", "vaihtaja", "toinen")


@pytest.fixture(scope="module")
def owner_url() -> Iterator[str]:
    with running_postgresql_server() as server:
        url = server.new_database("team")
        require_passwords(server, *CHECKED)
        database = open_database(url)
        with database.unit_of_work() as uow:
            uow.organisations.save(Organisation(name="Perhetyö"))
            uow.organisations.save(Organisation(name="MLL"))
            uow.commit()
        with database.unit_of_work() as uow:
            uow.team.initialise()
            uow.commit()
        with database.unit_of_work() as uow:
            for login in CHECKED:
                add_team_member(
                    uow, login, login.title(), "Perhetyö", TeamRole.LEADER, NOW, password=FIRST
                )
        database.dispose()
        yield url


def as_login(owner_url: str, login: str, password: str | None) -> str:
    return (
        make_url(owner_url)
        .set(username=login, password=password)
        .render_as_string(hide_password=False)
    )


def signs_in(owner_url: str, login: str, password: str) -> bool:
    engine = create_engine(as_login(owner_url, login, password))
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        return True
    except OperationalError as error:
        if is_authentication_failure(error) or "not permitted to log in" in str(error):
            return False
        raise
    finally:
        engine.dispose()


def test_a_person_removed_comes_back_under_their_login_with_what_is_given_now(
    owner_url: str,
) -> None:
    with open_database(owner_url) as database:
        with database.unit_of_work() as uow:
            remove_team_member(uow, "palaava", NOW)
        assert not signs_in(owner_url, "palaava", FIRST)
        with database.unit_of_work() as uow:
            add_team_member(
                uow, "palaava", "Palaava P", "MLL", TeamRole.VOLUNTEER, NOW, password=SECOND
            )
        with database.unit_of_work() as uow:
            listed = [member for member in team_members(uow) if member.login == "palaava"]
    assert [(m.full_name, m.organisation, m.role, m.active) for m in listed] == [
        ("Palaava P", "MLL", TeamRole.VOLUNTEER, True)
    ]
    assert signs_in(owner_url, "palaava", SECOND)
    assert not signs_in(owner_url, "palaava", FIRST)
    with (
        open_database(as_login(owner_url, "palaava", SECOND)) as database,
        database.unit_of_work() as uow,
    ):
        assert uow.team.connected_role() is TeamRole.VOLUNTEER


def test_someone_still_in_the_team_is_not_added_twice(owner_url: str) -> None:
    with (
        open_database(owner_url) as database,
        database.unit_of_work() as uow,
        pytest.raises(InvalidInput),
    ):
        add_team_member(uow, "toinen", "Toinen", "MLL", TeamRole.ADMIN, NOW, password=SECOND)
    assert signs_in(owner_url, "toinen", FIRST)


def test_an_admin_gives_a_new_password_to_one_who_forgot(
    owner_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--database", owner_url, "team", "set-password", "unohtaja"]) == 0
    given = capsys.readouterr().out.rstrip("\n").rsplit(" ", 1)[-1]
    assert len(given) >= 12
    assert signs_in(owner_url, "unohtaja", given)
    assert not signs_in(owner_url, "unohtaja", FIRST)


def test_a_leader_cannot_give_anyone_a_password(owner_url: str) -> None:
    with (
        open_database(as_login(owner_url, "toinen", FIRST)) as database,
        pytest.raises(UserError) as refused,
        database.unit_of_work() as uow,
    ):
        reset_team_password(uow, "vaihtaja", SECOND)
    assert refused.value.template == NOT_PERMITTED
    assert signs_in(owner_url, "vaihtaja", FIRST)


def test_a_person_changes_their_own_password_and_goes_on_with_it(
    owner_url: str, memory_keyring: MemoryKeyring
) -> None:
    url = as_login(owner_url, "vaihtaja", FIRST)
    with open_database(url) as database:
        with pytest.raises(InvalidInput), database.unit_of_work() as uow:
            change_own_password(uow, SECOND, SECOND + "!")
        with pytest.raises(InvalidInput), database.unit_of_work() as uow:
            change_own_password(uow, "short", "short")
        assert signs_in(owner_url, "vaihtaja", FIRST)

        with database.unit_of_work() as uow:
            change_own_password(uow, SECOND, SECOND)
        assert not signs_in(owner_url, "vaihtaja", FIRST)
        assert signs_in(owner_url, "vaihtaja", SECOND)
        # The open database's new connections sign in with the new one.
        database.dispose()
        with database.unit_of_work() as uow:
            assert uow.team.connected_role() is TeamRole.LEADER
    assert memory_keyring.passwords == {(KEYRING_SERVICE, keyring_user(make_url(url))): SECOND}


def test_the_command_line_changes_ones_own_password(
    owner_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    url = as_login(owner_url, "toinen", None)
    monkeypatch.setenv("PGPASSWORD", FIRST)
    monkeypatch.setattr("sys.stdin", io.StringIO(SECOND + "\n"))
    assert main(["--database", url, "team", "password", "--password-stdin"]) == 0
    assert "salasana" in capsys.readouterr().out.lower()
    assert signs_in(owner_url, "toinen", SECOND)
    assert not signs_in(owner_url, "toinen", FIRST)
    # The app on this computer signs in with it from now on.
    assert memory_keyring.passwords == {(KEYRING_SERVICE, keyring_user(make_url(url))): SECOND}


def test_a_password_of_quotes_backslashes_and_dollars_is_only_a_password(owner_url: str) -> None:
    # Written into ALTER ROLE as a literal: nothing in it may end the statement.
    hostile = "it's \\ $$ pässi'; DROP ROLE toinen; --"
    with open_database(owner_url) as database, database.unit_of_work() as uow:
        reset_team_password(uow, "palaava", hostile)
    assert signs_in(owner_url, "palaava", hostile)
    # The role named in it is still there (its password is the first or, after the
    # command-line test, the second).
    assert signs_in(owner_url, "toinen", SECOND) or signs_in(owner_url, "toinen", FIRST)
