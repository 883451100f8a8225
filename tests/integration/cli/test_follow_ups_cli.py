"""`ryhmat followups`: the follow-ups due, in Finnish and as JSON, the team's period, and
the read logged."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ryhmat.domain.model import Enrolment, EnrolmentStatus, UsageAction
from ryhmat.domain.usecases.follow_ups import follow_up_months
from ryhmat.storage.database import Database
from tests.integration.cli.in_process import run
from tests.integration.world import World


@pytest.fixture
def left(database_url: str, database: Database, world: World) -> str:
    """The world's family left its group on 31.7.2026."""
    with database.unit_of_work() as uow:
        uow.enrolments.save(
            Enrolment(
                family_id=world.family.id,
                group_id=world.group.id,
                status=EnrolmentStatus.LEFT,
                enrolled_on=date(2026, 1, 5),
                left_on=date(2026, 7, 31),
            )
        )
        uow.commit()
    return database_url


def test_the_family_that_left_is_listed_and_the_read_logged(
    capsys: pytest.CaptureFixture[str], left: str, database: Database, world: World
) -> None:
    code, out, err = run(capsys, "--database", left, "followups", "--today", "2026-11-23")
    assert (code, err) == (0, "")
    period, header, line = out.splitlines()
    assert period == "Kuulumisten kysymisen aika: 3 kuukautta"
    assert header.split()[:3] == ["Perhe", "Ryhmä", "Miksi"]
    assert line.split() == ["Mäkinen", "Isä-lapsi-ryhmä", "lopettanut", "31.7.2026", "31.10.2026"]
    with database.unit_of_work() as uow:
        events = uow.usage_log.for_family(world.family.id)
    assert [event.action for event in events] == [UsageAction.FOLLOW_UPS_OPENED]


def test_json_and_a_longer_period(
    capsys: pytest.CaptureFixture[str], left: str, database: Database
) -> None:
    arguments = ["--database", left, "followups", "--today", "2026-11-23", "--json"]
    code, out, _ = run(capsys, *arguments, "--months", "4")
    assert (code, json.loads(out)) == (0, [])
    with database.unit_of_work() as uow:
        assert follow_up_months(uow) == 4
    code, out, _ = run(capsys, *arguments[:3], "--today", "2026-11-30", "--json")
    assert json.loads(out) == [
        {
            "family": "Mäkinen",
            "group": "Isä-lapsi-ryhmä",
            "reason": "left",
            "ended_on": "2026-07-31",
            "due_on": "2026-11-30",
        }
    ]


def test_a_period_out_of_bounds_is_one_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], left: str, database: Database
) -> None:
    code, out, err = run(capsys, "--database", left, "followups", "--months", "0")
    assert code != 0
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    with database.unit_of_work() as uow:
        assert follow_up_months(uow) == 3
