"""`ryhmat team`: refused on SQLite, and a person's mistakes refused with one line
(messages in Finnish); the PostgreSQL team itself is tested in
tests/integration/storage/test_team_use_cases.py."""

from __future__ import annotations

import io

import pytest

from tests.integration.backends import SQLITE_ONLY
from tests.integration.cli import in_process


@SQLITE_ONLY
@pytest.mark.parametrize(
    "arguments",
    [
        ["init"],
        ["list"],
        ["add-user", "maija", "--name", "Maija", "--organisation", "X", "--role", "leader"],
        ["set-role", "maija", "admin"],
        ["remove-user", "maija"],
        ["set-password", "maija"],
        ["password", "--password-stdin"],
        # Said before the new password is asked for, not after it is typed twice.
        ["password"],
    ],
)
def test_a_one_person_database_has_no_team(
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    arguments: list[str],
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))
    code, out, err = in_process.run(capsys, "--database", database_url, "team", *arguments)
    assert (code, out) == (2, "")
    assert "yhteistä PostgreSQL-tietokantaa varten" in err


@pytest.mark.parametrize(
    ("login", "password", "message"),
    [
        ("Maija Mäkinen", "a good long password", "ei kelpaa tunnukseksi"),
        ("ryhmat_admin", "a good long password", "ei kelpaa tunnukseksi"),
        ("maija", "short", "vähintään 12 merkkiä"),
        ("maija", "", "Vakiosyötteestä ei saatu salasanaa"),
    ],
)
@pytest.mark.postgresql
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_a_bad_login_or_password_changes_nothing(
    database_url: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    login: str,
    password: str,
    message: str,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    add = ["add-user", login, "--name", "Maija", "--organisation", "X", "--role", "leader"]
    code, out, err = in_process.run(
        capsys, "--database", database_url, "team", *add, "--password-stdin"
    )
    assert (code, out) == (2, "")
    assert message in err
    code, out, _ = in_process.run(capsys, "--database", database_url, "team", "list", "--json")
    assert (code, out) == (0, "[]\n")
