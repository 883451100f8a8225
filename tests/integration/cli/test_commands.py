"""The `ryhmat` command line against real SQLite and PostgreSQL databases."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

import pytest

from ryhmat import __version__
from ryhmat.cli.main import main
from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.model import Session
from ryhmat.export.programme_site import page_files
from ryhmat.storage.database import open_database
from tests.integration.backends import (
    BACKENDS,
    PostgresqlDatabases,
    SqliteDatabases,
    databases_of,
)
from tests.integration.cli.in_process import run
from tests.integration.snapshots import snapshot

TODAY = "2026-11-23"


@dataclass(frozen=True)
class Demo:
    url: str
    databases: PostgresqlDatabases | SqliteDatabases


@pytest.fixture(scope="module", params=BACKENDS)
def demo(request: pytest.FixtureRequest) -> Iterator[Demo]:
    """A small demo database made once per backend by `ryhmat demo`."""
    databases = databases_of(request)
    with databases.empty() as url:
        assert main(["--database", url, "demo", "--scale", "small", "--today", TODAY]) == 0
        yield Demo(url, databases)


@pytest.fixture
def demo_database(demo: Demo) -> str:
    """The demo database, for tests that only read."""
    return demo.url


@pytest.fixture
def demo_copy(demo: Demo) -> Iterator[str]:
    """A copy of the demo database of this test's own, to write to."""
    with demo.databases.copy_of(demo.url) as url:
        yield url


def father_child_group(capsys: pytest.CaptureFixture[str], url: str) -> str:
    code, out, _ = run(capsys, "--database", url, "groups", "--json")
    assert code == 0
    groups: list[dict[str, str]] = json.loads(out)
    return next(g["name"] for g in groups if g["type"] == "father_child")


def test_version_from_the_installed_entry_point() -> None:
    ryhmat = Path(sys.executable).with_name("ryhmat")
    done = subprocess.run([ryhmat, "--version"], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == f"ryhmat {__version__}"


def test_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("demo", "groups", "sessions", "conflicts"):
        with pytest.raises(SystemExit) as exited:
            main([command, "--help"])
        assert exited.value.code == 0
        assert "--" in capsys.readouterr().out


def test_groups_json_lists_names_types_and_organisers(
    capsys: pytest.CaptureFixture[str], demo_database: str
) -> None:
    code, out, err = run(capsys, "--database", demo_database, "groups", "--json")
    assert code == 0, err
    groups = json.loads(out)
    assert len(groups) >= 6
    assert {"name", "type", "organisers"} <= set(groups[0])
    father_child = next(g for g in groups if g["type"] == "father_child")
    assert any("MLL" in name for name in father_child["organisers"])
    assert any(g["attendance_mode"] == "headcount" for g in groups)
    # Target ages in whole months: 1–6 years is from 12 to 83 months.
    assert (father_child["target_age_min_months"], father_child["target_age_max_months"]) == (
        12,
        83,
    )


def test_groups_are_listed_with_their_childrens_ages(
    capsys: pytest.CaptureFixture[str], demo_database: str
) -> None:
    code, out, err = run(capsys, "--database", demo_database, "groups")
    assert code == 0, err
    babies = next(line for line in out.splitlines() if "Vauvaryhmä Pikkuiset" in line)
    assert "0–12 kk" in babies  # in the app's language, Finnish
    assert "Lasten ikä" in out.splitlines()[0]


def test_sessions_json_shows_a_season_with_skipped_holidays(
    capsys: pytest.CaptureFixture[str], demo_database: str
) -> None:
    group = father_child_group(capsys, demo_database)
    code, out, err = run(
        capsys,
        "--database",
        demo_database,
        "sessions",
        "--group",
        group,
        "--from",
        "1.8.2026",
        "--to",
        "2026-12-31",
        "--json",
    )
    assert code == 0, err
    listing = json.loads(out)
    assert listing["sessions"]
    for session in listing["sessions"]:
        start = datetime.fromisoformat(session["start"])
        assert start.utcoffset() is not None
        assert {"start", "end", "status", "leaders", "place"} <= set(session)
    skipped = {s["date"]: s["reason"] for s in listing["skipped"]}
    assert skipped["2026-10-31"] == "Pyhäinpäivä"
    assert all(reason for reason in skipped.values())
    # 9.30 on both sides of the October clock change: the offset changes, the time does not.
    times = {datetime.fromisoformat(s["start"]).time() for s in listing["sessions"]}
    offsets = {datetime.fromisoformat(s["start"]).utcoffset() for s in listing["sessions"]}
    assert len(times) == 1
    assert len(offsets) == 2


def test_sessions_text_output_names_the_skipped_days(
    capsys: pytest.CaptureFixture[str], demo_database: str
) -> None:
    group = father_child_group(capsys, demo_database)
    code, out, _ = run(capsys, "--database", demo_database, "sessions", "--group", group)
    assert code == 0
    assert "31.10.2026" in out
    assert "Pyhäinpäivä" in out


def test_conflicts_lists_a_worker_booked_twice(
    capsys: pytest.CaptureFixture[str], demo_copy: str
) -> None:
    url = demo_copy
    database = open_database(url)
    try:
        with database.unit_of_work() as uow:
            december = uow.sessions.between(date(2026, 12, 1), date(2026, 12, 31))
            busy = next(s for s in december if s.leader_ids and not s.is_cancelled)
            busy_group = uow.groups.get(busy.group_id)
            other = next(g for g in uow.groups.list() if g.id != busy.group_id)
            double_booking = Session(
                group_id=other.id,
                day=busy.day,
                start=busy.start,
                end=time(23, 0),
                leader_ids=[busy.leader_ids[0]],
            )
            uow.sessions.save(double_booking)
            uow.commit()
    finally:
        database.dispose()
    assert busy_group is not None
    code, out, err = run(capsys, "--database", url, "conflicts", "--json", "--from", "2026-12-01")
    assert code == 0, err
    worker_conflicts = [c for c in json.loads(out) if c["kind"] == "worker"]
    assert len(worker_conflicts) == 1
    pair = worker_conflicts[0]
    assert {pair["first"]["group"], pair["second"]["group"]} == {busy_group.name, other.name}
    assert datetime.fromisoformat(pair["first"]["start"]).date() == busy.day


def test_conflicts_lists_a_group_meeting_twice_at_once(
    capsys: pytest.CaptureFixture[str], demo_copy: str
) -> None:
    url = demo_copy
    database = open_database(url)
    try:
        with database.unit_of_work() as uow:
            december = uow.sessions.between(date(2026, 12, 1), date(2026, 12, 31))
            busy = next(s for s in december if not s.is_cancelled)
            busy_group = uow.groups.get(busy.group_id)
            uow.sessions.save(
                Session(group_id=busy.group_id, day=busy.day, start=busy.start, end=time(23, 0))
            )
            uow.commit()
    finally:
        database.dispose()
    assert busy_group is not None
    code, out, err = run(capsys, "--database", url, "conflicts", "--json", "--from", "2026-12-01")
    assert code == 0, err
    group_conflicts = [c for c in json.loads(out) if c["kind"] == "group"]
    assert len(group_conflicts) == 1
    assert group_conflicts[0]["resource"] == busy_group.name
    assert group_conflicts[0]["first"]["group"] == busy_group.name
    code, out, err = run(capsys, "--database", url, "conflicts", "--from", "2026-12-01")
    assert code == 0, err
    assert busy_group.name in out


@pytest.mark.parametrize(
    ("argv", "fragment"),
    [
        (["sessions", "--group", "Ei tällaista ryhmää"], "Ei tällaista ryhmää"),
        (["sessions", "--group", "x", "--from", "2026-13-45"], "2026-13-45"),
        (["sessions", "--group", "x", "--from", "31.2.2026"], "31.2.2026"),
        (["conflicts", "--from", "2026-12-01", "--to", "2026-11-01"], "1.11.2026"),
        (["demo"], ""),
        (["no-such-command"], "no-such-command"),
    ],
)
def test_mistakes_give_one_line_exit_2_and_change_nothing(
    capsys: pytest.CaptureFixture[str],
    demo_copy: str,
    argv: list[str],
    fragment: str,
) -> None:
    url = demo_copy
    before = snapshot(url)
    code, out, err = run(capsys, "--database", url, *argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert fragment in err
    assert "Traceback" not in err
    assert snapshot(url) == before


def test_an_unknown_database_scheme_is_one_clear_line(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "--database", "nosuchdb://x", "groups")
    assert code == 2
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_a_reader_that_stops_early_gets_no_traceback(
    demo_database: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # as `| head -1` does once it has its line
    with os.fdopen(writer, "w") as closed_pipe:
        monkeypatch.setattr(sys, "stdout", closed_pipe)
        code = main(["--database", demo_database, "sessions", "--group", "Vauvaryhmä Pikkuiset"])
        monkeypatch.undo()
    assert code == 141
    assert "Traceback" not in capsys.readouterr().err


# -- names as people write them ---------------------------------------------------------


def decomposed(name: str) -> str:
    """As a Mac keyboard writes it: ä as a and a combining diaeresis."""
    return unicodedata.normalize("NFD", name)


def with_zero_width_space(name: str) -> str:
    """As a paste from a web page or a chat may bring it."""
    return f"{name[:3]}\u200b{name[3:]}"


def shouted(name: str) -> str:
    return "  " + "  ".join(name.upper().split()) + " "


WRITINGS = [decomposed, with_zero_width_space, shouted]


@pytest.mark.parametrize("written", WRITINGS)
def test_a_group_is_found_however_its_name_is_written(
    capsys: pytest.CaptureFixture[str], demo_database: str, written: Callable[[str], str]
) -> None:
    name = "Isä–lapsi-ryhmä Karhunpojat"
    assert written(name) != name
    code, out, err = run(
        capsys, "--database", demo_database, "sessions", "--group", written(name), "--json"
    )
    assert code == 0, err
    assert json.loads(out)["sessions"]


@pytest.mark.parametrize("written", WRITINGS)
def test_stats_find_the_organisation_place_and_worker_however_written(
    capsys: pytest.CaptureFixture[str], demo_database: str, written: Callable[[str], str]
) -> None:
    database = open_database(demo_database)
    try:
        with database.unit_of_work() as uow:
            organisation = next(n for n in uow.organisations.names().values() if "ä" in n)
            worker = next(n for n in uow.workers.names().values() if "ä" in n or "ö" in n)
    finally:
        database.dispose()
    place = "Järvelän seurakuntatalo"
    exactly = stats_json(capsys, demo_database, organisation, place, worker)
    assert stats_json(capsys, demo_database, *map(written, (organisation, place, worker))) == (
        exactly
    )


def stats_json(
    capsys: pytest.CaptureFixture[str], url: str, organisation: str, place: str, worker: str
) -> object:
    code, out, err = run(
        capsys,
        *("--database", url, "stats", "--from", "1.8.2026", "--to", "23.11.2026", "--json"),
        *("--organisation", organisation, "--place", place, "--worker", worker),
    )
    assert code == 0, err
    found = json.loads(out)
    found.pop("filter", None)
    return found


@pytest.mark.parametrize("written", WRITINGS)
def test_a_feed_is_published_by_its_name_however_written(
    capsys: pytest.CaptureFixture[str],
    demo_copy: str,
    tmp_path: Path,
    written: Callable[[str], str],
) -> None:
    name = "Järvelän MLL:n syöte"
    database = open_database(demo_copy)
    try:
        with database.unit_of_work() as uow:
            uow.feeds.save(Feed(name=name, kind=FeedKind.PUBLIC, token="t", folder=str(tmp_path)))
            uow.commit()
    finally:
        database.dispose()
    code, _, err = run(capsys, "--database", demo_copy, "publish", "--feed", written(name))
    assert code == 0, err
    feeds = [p for p in tmp_path.glob("*.ics") if p.name not in page_files(tmp_path)]
    assert len(feeds) == 1
