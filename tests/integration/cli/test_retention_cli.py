"""`ryhmat retention`: set the period, see who is due, erase them (messages in Finnish)."""

from __future__ import annotations

import pytest

from ryhmat.domain.usecases.families import list_families
from ryhmat.storage.database import Database
from tests.integration.cli import in_process
from tests.integration.statistics_world import StatisticsWorld, save_statistics_world


@pytest.fixture
def world(database: Database) -> StatisticsWorld:
    built = StatisticsWorld()
    save_statistics_world(database, built)
    return built


def run(
    capsys: pytest.CaptureFixture[str], database_url: str, *arguments: str
) -> tuple[int, str, str]:
    return in_process.run(capsys, "--database", database_url, "retention", *arguments)


def test_nothing_is_erased_until_a_period_is_set(
    database_url: str,
    database: Database,
    world: StatisticsWorld,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, database_url, "--erase", "--today", "2040-01-01")
    assert code == 0
    assert "Säilytysaikaa ei ole asetettu" in out
    with database.unit_of_work() as uow:
        assert len(list_families(uow)) == 4


def test_set_show_and_erase(
    database_url: str,
    database: Database,
    world: StatisticsWorld,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, database_url, "--years", "2", "--today", "2040-01-01")
    assert code == 0
    assert "Säilytysaika (vuotta perheen viimeisestä toiminnasta): 2" in out
    assert "Poistettavia perheitä: 1 (poista tiedot valitsimella --erase)" in out
    code, out, _ = run(capsys, database_url, "--erase", "--today", "2040-01-01")
    assert code == 0
    assert "Perheitä, joiden henkilötiedot poistettiin: 1" in out
    with database.unit_of_work() as uow:
        assert {f.name for f in list_families(uow)} == {"Virtanen", "Korhonen", "Laine"}


@pytest.mark.parametrize("years", ["0", "101", "kaksi"])
def test_an_impossible_period_changes_nothing(
    database_url: str,
    database: Database,
    world: StatisticsWorld,
    capsys: pytest.CaptureFixture[str],
    years: str,
) -> None:
    code, _, error = run(capsys, database_url, "--years", years)
    assert code == 2
    assert len(error.strip().splitlines()) == 1
    code, out, _ = run(capsys, database_url)
    assert code == 0
    assert "Säilytysaikaa ei ole asetettu" in out
