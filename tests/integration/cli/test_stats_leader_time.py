"""`ryhmat stats` shows leader hours with planning time, by kind, and cancelled sessions
by reason, as the hand-counted ``leader_time_world`` has them."""

from __future__ import annotations

import json

import pytest

from ryhmat.domain.model import CancelReason, WorkerKind
from ryhmat.labels import (
    CANCEL_CATEGORY,
    CANCELLED_BY_REASON,
    LEADER_HOURS_BY_KIND,
    hours,
    kind_total_name,
    label,
    leader_time_definitions,
    leader_time_name,
)
from ryhmat.storage.database import Database
from tests.integration.cli.in_process import run
from tests.integration.leader_time_world import LeaderTimeWorld, save_leader_time_world

PERIOD = ("--from", "1.9.2025", "--to", "31.10.2025")


@pytest.fixture
def world_url(database: Database) -> str:
    save_leader_time_world(database, LeaderTimeWorld())
    return database.engine.url.render_as_string(hide_password=False)


def test_json(capsys: pytest.CaptureFixture[str], world_url: str) -> None:
    code, out, err = run(capsys, "--database", world_url, "stats", *PERIOD, "--json")
    assert (code, err) == (0, "")
    shown = json.loads(out)
    assert [
        (h["name"], h["kind"], h["hours"], h["planning_hours"], h["total_hours"])
        for h in shown["leader_hours"]
    ] == [
        ("Anna Aalto", "staff", 3.0, 1.0, 4.0),
        ("Liisa Mäki", "volunteer", 10.5, 0.75, 11.25),
        ("Olli Opiskelija", "student", 1.5, 0.25, 1.75),
        ("Pekka Korhonen", "staff", 7.5, 1.75, 9.25),
    ]
    assert shown["hours_by_kind"] == [
        {
            "kind": "staff",
            "leaders": 2,
            "hours": 10.5,
            "planning_hours": 2.75,
            "total_hours": 13.25,
        },
        {
            "kind": "volunteer",
            "leaders": 1,
            "hours": 10.5,
            "planning_hours": 0.75,
            "total_hours": 11.25,
        },
        {
            "kind": "student",
            "leaders": 1,
            "hours": 1.5,
            "planning_hours": 0.25,
            "total_hours": 1.75,
        },
    ]
    assert shown["cancelled_by_reason"] == [
        {
            "reason": reason.value,
            "sessions": 1 if reason in ("not_given", "leader_ill", "closure") else 0,
        }
        for reason in CancelReason
    ]
    assert shown["total"]["sessions_cancelled"] == 3


def test_text(capsys: pytest.CaptureFixture[str], world_url: str) -> None:
    code, out, err = run(capsys, "--database", world_url, "stats", *PERIOD)
    assert (code, err) == (0, "")
    lines = out.splitlines()
    # Liisa, a volunteer: 10.5 hours leading, 0.75 planning, 11.25 in all.
    liisa = next(line for line in lines if line.startswith("Liisa Mäki"))
    assert liisa.split()[2:] == [label(WorkerKind.VOLUNTEER), hours(10.5), "0,75", "11,25"]
    heading = lines.index(leader_time_name(LEADER_HOURS_BY_KIND))
    students = next(
        line for line in lines[heading:] if line.startswith(kind_total_name(WorkerKind.STUDENT))
    )
    assert students.split()[1:] == ["1", "1,5", "0,25", "1,75"]
    reasons = lines[lines.index(leader_time_name(CANCELLED_BY_REASON)) :]
    ill = next(line for line in reasons if line.startswith(label(CancelReason.LEADER_ILL)))
    assert ill.split()[-1] == "1"
    assert leader_time_name(CANCEL_CATEGORY) in reasons[1]
    for name, definition in leader_time_definitions():
        assert f"{name}: {definition}." in lines


def test_the_workers_listing_names_each_kind(
    capsys: pytest.CaptureFixture[str], world_url: str
) -> None:
    code, out, _ = run(capsys, "--database", world_url, "workers", "--json")
    assert code == 0
    assert {w["name"]: w["kind"] for w in json.loads(out)} == {
        "Anna Aalto": "staff",
        "Pekka Korhonen": "staff",
        "Liisa Mäki": "volunteer",
        "Olli Opiskelija": "student",
    }
    code, out, _ = run(capsys, "--database", world_url, "workers")
    olli = next(line for line in out.splitlines() if line.startswith("Olli Opiskelija"))
    assert label(WorkerKind.STUDENT) in olli.split()


def test_a_groups_sessions_show_the_kind_of_reason_a_cancelled_one_has(
    capsys: pytest.CaptureFixture[str], world_url: str
) -> None:
    group = ("sessions", "--group", "Isä–lapsi Sählärit")
    code, out, _ = run(capsys, "--database", world_url, *group, "--json")
    assert code == 0
    shown = json.loads(out)["sessions"]
    assert [(s["status"], s["cancel_category"]) for s in shown][-1] == ("cancelled", "closure")
    code, out, _ = run(capsys, "--database", world_url, *group)
    closed = label(CancelReason.CLOSURE)
    assert any(f"({closed}): Syysloma" in line for line in out.splitlines()), out
