"""`ryhmat audit`: the usage log the commands write, read per family and per person
(in Finnish, and as JSON)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from ryhmat.cli import excel
from ryhmat.cli.main import main
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.usage_log import usage_actors
from ryhmat.storage.database import Database, open_database
from tests.integration.backends import BACKENDS, databases_of
from tests.integration.cli.in_process import run
from tests.roster_files import GOOD_ROWS, write_csv

GROUP = "Isä-lapsi-ryhmä"


@pytest.fixture
def url(database_url: str, world: object) -> str:
    """The URL of a database with the integration world (its group and family Mäkinen)."""
    return database_url


def the_one_actor(database: Database) -> str:
    with database.unit_of_work() as uow:
        (actor,) = usage_actors(uow)
    return actor


def test_an_import_is_in_the_log_of_each_family_and_of_the_person(
    capsys: pytest.CaptureFixture[str], url: str, database: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "nimilista.csv", GOOD_ROWS)
    assert run(capsys, "--database", url, "import", "roster", str(path), "--group", GROUP)[0] == 0
    code, out, err = run(capsys, "--database", url, "audit", "--family", "  korhonen ")
    assert (code, err) == (0, "")
    header, line = out.splitlines()
    assert header.split() == ["Milloin", "Kuka", "Miksi", "Kenen", "tiedot"]
    assert "nimilista tuotu" in line
    assert line.rstrip().endswith("Korhonen")
    actor = the_one_actor(database)
    code, out, _ = run(capsys, "--database", url, "audit", "--user", actor, "--json")
    assert code == 0
    (event,) = json.loads(out)
    assert event["action"] == "roster_imported"
    assert event["actor"] == actor
    assert sorted(event["families"]) == ["Korhonen", "Mäkinen", "Virtanen", "Åström"]
    assert datetime.fromisoformat(event["at"]).tzinfo is not None


def test_nothing_logged_yet(capsys: pytest.CaptureFixture[str], url: str) -> None:
    code, out, _ = run(capsys, "--database", url, "audit", "--user", "kukaan")
    assert (code, out) == (0, "Käyttölokissa ei ole mitään.\n")
    code, out, _ = run(capsys, "--database", url, "audit", "--user", "kukaan", "--json")
    assert (code, json.loads(out)) == (0, [])


@pytest.mark.parametrize(
    "arguments",
    [
        ["audit", "--family", "Ei Ketään"],
        ["audit"],
        ["audit", "--family", "Mäkinen", "--user", "anna"],
    ],
    ids=["unknown-family", "neither", "both"],
)
def test_a_mistake_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], url: str, arguments: list[str]
) -> None:
    code, out, err = run(capsys, "--database", url, *arguments)
    assert (code, out) == (2, "")
    assert len(err.splitlines()) == 1


@pytest.fixture(params=BACKENDS)
def demo_url(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    monkeypatch.setattr(
        excel, "helsinki_now", lambda: datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)
    )
    with databases_of(request).empty() as url:
        assert main(["--database", url, "demo", "--scale", "small", "--today", "2026-11-23"]) == 0
        yield url


def test_a_workbook_with_names_is_logged_and_a_pseudonymised_one_is_not(
    capsys: pytest.CaptureFixture[str], demo_url: str, tmp_path: Path
) -> None:
    export = ["--database", demo_url, "export", "excel", "--from", "1.8.2026", "--to", "23.11.2026"]
    assert run(capsys, *export, "--out", str(tmp_path / "a.xlsx"), "--pseudonymise")[0] == 0
    with open_database(demo_url) as database, database.unit_of_work() as uow:
        assert usage_actors(uow) == []
    assert run(capsys, *export, "--out", str(tmp_path / "b.xlsx"))[0] == 0
    with open_database(demo_url) as database:
        actor = the_one_actor(database)
    code, out, _ = run(capsys, "--database", demo_url, "audit", "--user", actor, "--json")
    assert code == 0
    (event,) = json.loads(out)
    assert event["action"] == "workbook_exported"
    assert len(event["family_ids"]) > 1
