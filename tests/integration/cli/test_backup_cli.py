"""`ryhmat backup --out FILE` against a real SQLite database."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

import pytest

from ryhmat.cli.main import EXIT_USER_ERROR
from ryhmat.i18n import load_language
from ryhmat.storage.database import Database
from tests.integration.backends import SQLITE_ONLY
from tests.integration.cli.in_process import run
from tests.integration.tables import rows_by_table, rows_in_file
from tests.integration.world import World

pytestmark = pytest.mark.usefixtures("english")


@SQLITE_ONLY
def test_the_backup_holds_every_row_and_says_where_and_how_big(
    capsys: pytest.CaptureFixture[str],
    database: Database,
    world: World,
    database_url: str,
    tmp_path: Path,
) -> None:
    out = tmp_path / "kopio.sqlite3"
    code, printed, err = run(capsys, "--database", database_url, "backup", "--out", str(out))
    assert (code, err) == (0, "")
    size = out.stat().st_size
    # English in Finland (en_FI) writes a decimal comma, as the app does.
    kilobytes = f"{size / 1000:.1f}".replace(".", ",")
    assert printed == f"Backed up to {out} ({kilobytes} kB).\n"
    assert rows_in_file(out) == rows_by_table(database)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


@SQLITE_ONLY
def test_a_backup_while_another_program_holds_a_write_transaction(
    capsys: pytest.CaptureFixture[str],
    database: Database,
    world: World,
    database_url: str,
    tmp_path: Path,
) -> None:
    committed = rows_by_table(database)
    writer = sqlite3.connect(str(database.engine.url.database), isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("DELETE FROM attendance")
        writer.execute("UPDATE family_members SET first_name = 'Kesken'")
        out = tmp_path / "kopio.sqlite3"
        code, _, err = run(capsys, "--database", database_url, "backup", "--out", str(out))
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert (code, err) == (0, "")
    assert rows_in_file(out) == committed
    assert sorted(row[3] for row in committed["family_members"]) == ["Aino", "Jussi"]


@SQLITE_ONLY
def test_an_existing_file_is_kept_unless_forced(
    capsys: pytest.CaptureFixture[str],
    database: Database,
    world: World,
    database_url: str,
    tmp_path: Path,
) -> None:
    out = tmp_path / "eilinen.sqlite3"
    out.write_bytes(b"yesterday's backup")
    code, printed, err = run(capsys, "--database", database_url, "backup", "--out", str(out))
    assert (code, printed) == (EXIT_USER_ERROR, "")
    assert err == (f"{out} exists already; give another name, or --force to replace it.\n")
    assert out.read_bytes() == b"yesterday's backup"
    code, _, err = run(capsys, "--database", database_url, "backup", "--out", str(out), "--force")
    assert (code, err) == (0, "")
    assert rows_in_file(out) == rows_by_table(database)


@SQLITE_ONLY
def test_mistakes_are_one_line_and_change_nothing(
    capsys: pytest.CaptureFixture[str],
    database: Database,
    world: World,
    database_url: str,
    tmp_path: Path,
) -> None:
    before = rows_by_table(database)
    source = Path(str(database.engine.url.database))
    cases = {
        str(source): "is the database itself",
        str(
            tmp_path / "puuttuva" / "kopio.sqlite3"
        ): f"There is no folder {tmp_path / 'puuttuva'}.",
        str(tmp_path): "is a folder; give a file name.",
    }
    for out, message in cases.items():
        code, printed, err = run(
            capsys, "--database", database_url, "backup", "--out", out, "--force"
        )
        assert (code, printed) == (EXIT_USER_ERROR, "")
        assert message in err
        assert err.count("\n") == 1
    assert rows_by_table(database) == before
    assert [p.name for p in tmp_path.iterdir() if not p.name.startswith("ryhmat.sqlite3")] == []


def test_a_postgresql_database_points_to_pg_dump(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    out = tmp_path / "kopio.sqlite3"
    url = "postgresql+psycopg://tiimi:salasana@127.0.0.1:9/ryhmat"
    code, printed, err = run(capsys, "--database", url, "backup", "--out", str(out))
    assert (code, printed) == (EXIT_USER_ERROR, "")
    assert err == (
        "postgresql+psycopg://tiimi:***@127.0.0.1:9/ryhmat is a PostgreSQL database: "
        "back it up with pg_dump (see “Backups” in the README).\n"
    )
    assert not out.exists()


def test_a_missing_database_file_is_not_created(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "kirjoitusvirhe.sqlite3"
    code, _, err = run(
        capsys, "--database", f"sqlite:///{missing}", "backup", "--out", str(tmp_path / "k")
    )
    assert code == EXIT_USER_ERROR
    assert err == f"The database file {missing} does not exist.\n"
    assert list(tmp_path.iterdir()) == []


def test_finnish_output_uses_a_decimal_comma(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from ryhmat.cli.backup import file_size

    load_language("fi")
    try:
        assert file_size(2_345_678).replace("\u00a0", " ").startswith("2,3 ")
        assert file_size(40).startswith("0,1")
    finally:
        load_language("en")
