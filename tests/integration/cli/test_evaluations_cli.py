"""`ryhmat evaluations`: the seasons' evaluations of a period in Finnish and as JSON, and
the seasons due."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ryhmat.domain.evaluation import (
    Answers,
    FeedbackQuestion,
    Goal,
    GoalOutcome,
    SeasonEvaluation,
    Tally,
)
from ryhmat.domain.usecases.evaluations import save_evaluation
from ryhmat.storage.database import Database
from tests.integration.cli.in_process import run
from tests.integration.world import World

PERIOD = ("--from", "1.8.2025", "--to", "31.12.2025")


@pytest.fixture
def evaluated(database_url: str, database: Database, world: World) -> str:
    """The world's Syksy 2025 (11.8.–12.12.2025) evaluated on 15.12.2025."""
    evaluation = SeasonEvaluation(
        series_id=world.series.id,
        goals=[Goal("Isät tutustuvat", GoalOutcome.PARTLY, "Puhelinpiiri")],
        answers=Answers("Aamupalat", "Aloitus\nmyöhemmin", ""),
        tallies=[
            Tally(FeedbackQuestion.ENJOYED, 5, 3),
            Tally(FeedbackQuestion.ENJOYED, 4, 1),
            Tally(FeedbackQuestion.CHILD_HAD_FUN, 3, 2),
        ],
    )
    with database.unit_of_work() as uow:
        save_evaluation(uow, evaluation, date(2025, 12, 15))
    return database_url


def test_a_period_in_finnish(capsys: pytest.CaptureFixture[str], evaluated: str) -> None:
    code, out, err = run(capsys, "--database", evaluated, "evaluations", *PERIOD)
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "Isä-lapsi-ryhmä: Syksy 2025 (11.8.2025–12.12.2025), Arvioitu 15.12.2025",
        "  Tavoitteet:",
        "    - Isät tutustuvat — saavutettiin osittain: Puhelinpiiri",
        "  Mikä toimii hyvin? Aamupalat",
        "  Mitä parannettavaa? Aloitus myöhemmin",
        "  Osallistujien palaute:",
        "    Viihdyin ryhmässä: 4, 4,8 (4: 1, 5: 3)",
        "    Lapsi: Oliko kivaa?: 2, 3,0 (iloinen: 2)",
        "",
    ]


def test_json(capsys: pytest.CaptureFixture[str], evaluated: str) -> None:
    code, out, err = run(capsys, "--database", evaluated, "evaluations", *PERIOD, "--json")
    assert (code, err) == (0, "")
    (season,) = json.loads(out)
    assert season["group_name"] == "Isä-lapsi-ryhmä"
    assert season["evaluated_on"] == "2025-12-15"
    assert season["goals"] == [
        {"text": "Isät tutustuvat", "outcome": "partly", "note": "Puhelinpiiri"}
    ]
    assert season["tallies"][0] == {
        "question": "enjoyed",
        "counts": [[1, 0], [2, 0], [3, 0], [4, 1], [5, 3]],
    }


def test_a_period_without_seasons_says_so(
    capsys: pytest.CaptureFixture[str], evaluated: str
) -> None:
    code, out, err = run(
        capsys, "--database", evaluated, "evaluations", "--from", "1.1.2027", "--to", "31.1.2027"
    )
    assert (code, err, out) == (0, "", "Aikavälillä ja rajauksilla ei ole kausia.\n")


def test_due_lists_the_season_until_it_is_evaluated(
    capsys: pytest.CaptureFixture[str], database_url: str, world: World
) -> None:
    code, out, err = run(
        capsys, "--database", database_url, "evaluations", "--due", "--today", "2026-01-10"
    )
    assert (code, err) == (0, "")
    header, line = out.splitlines()
    assert header.split() == ["Ryhmä", "Kausi", "Päättyi"]
    assert line.split() == ["Isä-lapsi-ryhmä", "Syksy", "2025", "12.12.2025"]
    code, out, err = run(
        capsys,
        "--database",
        database_url,
        "evaluations",
        "--due",
        "--today",
        "2026-01-10",
        "--json",
    )
    assert [d["season_name"] for d in json.loads(out)] == ["Syksy 2025"]
