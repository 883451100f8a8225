"""Archived groups, workers and places on the command line: left out of the lists unless
asked for, marked when shown, and still found by name for their history."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime

import pytest

from ryhmat.cli.main import main
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.groups import find_group
from ryhmat.domain.usecases.removal import FutureSessions, Kind, archive
from ryhmat.storage.database import open_database
from tests.integration.backends import BACKENDS, databases_of
from tests.integration.cli.in_process import run

pytestmark = pytest.mark.usefixtures("english")

TODAY = "2026-11-23"
NOW = datetime(2026, 11, 23, 12, tzinfo=HELSINKI)
KARHUNPOJAT = "Isä–lapsi-ryhmä Karhunpojat"
MAJAKKA = "Perhekeskus Majakka"
WORKER = "Esa Räsänen"


@pytest.fixture(scope="module", params=BACKENDS)
def archived_demo(request: pytest.FixtureRequest) -> Iterator[str]:
    """The small demo with Karhunpojat, its usual place and one of its leaders archived."""
    with databases_of(request).empty() as url:
        assert main(["--database", url, "demo", "--scale", "small", "--today", TODAY]) == 0
        database = open_database(url)
        try:
            with database.unit_of_work() as uow:
                group = find_group(uow, KARHUNPOJAT)
                place = uow.places.by_name(MAJAKKA)
                worker = uow.workers.by_name(WORKER)
                assert place is not None
                assert worker is not None
            for kind, entity_id in (
                (Kind.GROUP, group.id),
                (Kind.PLACE, place.id),
                (Kind.WORKER, worker.id),
            ):
                with database.unit_of_work() as uow:
                    archive(uow, kind, entity_id, NOW, FutureSessions.CANCEL, "Päättyi")
        finally:
            database.dispose()
        yield url


@pytest.mark.parametrize(
    ("command", "name"), [("groups", KARHUNPOJAT), ("workers", WORKER), ("places", MAJAKKA)]
)
def test_a_list_leaves_the_archived_out_unless_asked(
    capsys: pytest.CaptureFixture[str], archived_demo: str, command: str, name: str
) -> None:
    code, out, err = run(capsys, "--database", archived_demo, command)
    assert code == 0, err
    assert name not in out
    code, out, err = run(capsys, "--database", archived_demo, command, "--archived")
    assert code == 0, err
    [line] = [line for line in out.splitlines() if name in line]
    assert line.startswith(f"{name} (archived)")


@pytest.mark.parametrize(
    ("command", "name"), [("groups", KARHUNPOJAT), ("workers", WORKER), ("places", MAJAKKA)]
)
def test_json_says_archived(
    capsys: pytest.CaptureFixture[str], archived_demo: str, command: str, name: str
) -> None:
    code, out, err = run(capsys, "--database", archived_demo, command, "--json")
    assert code == 0, err
    listed = json.loads(out)
    assert listed
    assert all(item["archived"] is False for item in listed)
    assert name not in [item["name"] for item in listed]
    code, out, err = run(capsys, "--database", archived_demo, command, "--archived", "--json")
    assert code == 0, err
    every = {item["name"]: item["archived"] for item in json.loads(out)}
    assert every[name] is True
    assert len(every) == len(listed) + 1


def test_an_archived_groups_history_is_reported_by_its_name(
    capsys: pytest.CaptureFixture[str], archived_demo: str
) -> None:
    period = ["--from", "2026-08-01", "--to", "2026-11-22"]
    code, out, err = run(
        capsys, "--database", archived_demo, "stats", *period, "--group", KARHUNPOJAT, "--json"
    )
    assert code == 0, err
    assert json.loads(out)["total"]["sessions_held"] > 0
    code, out, err = run(
        capsys, "--database", archived_demo, "sessions", "--group", KARHUNPOJAT, "--json"
    )
    assert code == 0, err
    sessions = json.loads(out)["sessions"]
    coming = [s for s in sessions if s["start"] > NOW.isoformat()]
    assert coming
    assert all(s["status"] == "cancelled" and s["cancel_reason"] == "Päättyi" for s in coming)
    code, _, err = run(
        capsys,
        "--database",
        archived_demo,
        "stats",
        *period,
        "--place",
        MAJAKKA,
        "--worker",
        WORKER,
    )
    assert code == 0, err


def test_every_list_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("groups", "workers", "places"):
        with pytest.raises(SystemExit) as exited:
            main([command, "--help"])
        assert exited.value.code == 0
        assert "--archived" in capsys.readouterr().out
