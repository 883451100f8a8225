"""`ryhmat feeds`, `ryhmat publish` and `ryhmat export ical` on a real database."""

from __future__ import annotations

import json
from pathlib import Path

import icalendar
import pytest

from ryhmat.cli.main import main
from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.usecases.feeds import save_feed
from ryhmat.storage.database import open_database

TODAY = "2026-11-23"


@pytest.fixture
def url(empty_database_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--database", empty_database_url, "demo", "--today", TODAY]) == 0
    capsys.readouterr()
    return empty_database_url


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def add_feed(url: str, feed: Feed) -> None:
    database = open_database(url)
    try:
        with database.unit_of_work() as uow:
            save_feed(uow, feed)
    finally:
        database.dispose()


def test_export_one_group_to_a_file(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    out = tmp_path / "karhunpojat.ics"
    code, _, err = run(
        capsys,
        "--database",
        url,
        "export",
        "ical",
        "--out",
        str(out),
        "--group",
        "Isä–lapsi-ryhmä Karhunpojat",
        "--from",
        "1.8.2026",
        "--to",
        "31.12.2026",
    )
    assert code == 0, err
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    _, listing, _ = run(
        capsys,
        "--database",
        url,
        "sessions",
        "--group",
        "Isä–lapsi-ryhmä Karhunpojat",
        "--from",
        "1.8.2026",
        "--to",
        "31.12.2026",
        "--json",
    )
    assert len(events) == len(json.loads(listing)["sessions"]) > 10
    assert all(str(e["SUMMARY"]).startswith(("Isä–lapsi", "PERUTTU")) for e in events)


def test_export_without_a_selector_writes_every_feed_to_a_folder(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    folder = tmp_path / "syotteet"
    code, out, err = run(capsys, "--database", url, "export", "ical", "--out", str(folder))
    assert code == 0, err
    names = sorted(p.name for p in folder.iterdir())
    kinds = {name.split("-")[0] for name in names}
    assert kinds == {"public", "organisation", "group", "worker"}
    assert len(names) == 1 + 6 + 8 + 10
    assert "group-isa-lapsi-ryhma-karhunpojat.ics" in names
    assert len(out.splitlines()) == len(names)


def test_publish_a_feed_and_list_it(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    add_feed(url, Feed(name="MLL", kind=FeedKind.PUBLIC, folder=str(tmp_path)))
    code, out, err = run(capsys, "--database", url, "publish", "--feed", "mll")
    assert code == 0, err
    published = list(tmp_path.glob("mll-*.ics"))
    assert len(published) == 1
    assert str(published[0]) in out
    code, out, _ = run(capsys, "--database", url, "feeds", "--json")
    listed = json.loads(out)
    assert listed[0]["name"] == "MLL"
    assert listed[0]["file"] == published[0].name
    assert listed[0]["last_published_at"].endswith("+00:00")


def test_publish_all_goes_on_past_a_failing_feed_and_exits_non_zero(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    add_feed(url, Feed(name="Rikki", kind=FeedKind.PUBLIC, folder=str(tmp_path / "ei-ole")))
    add_feed(url, Feed(name="Toimii", kind=FeedKind.PUBLIC, folder=str(tmp_path)))
    code, _, err = run(capsys, "--database", url, "publish", "--all")
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith("Rikki: ")
    assert "Traceback" not in err
    assert list(tmp_path.glob("toimii-*.ics"))


@pytest.mark.parametrize(
    "argv",
    [
        ["publish", "--feed", "Ei ole"],
        ["publish"],
        ["export", "ical", "--out", "x.ics", "--group", "Ei ole"],
        ["export", "ical", "--out", "x.ics", "--worker", "x", "--group", "y"],
        [
            "export",
            "ical",
            "--out",
            "x.ics",
            "--from",
            "2027-01-01",
            "--to",
            "2026-01-01",
            "--group",
            "Vauvaryhmä Pikkuiset",
        ],
    ],
)
def test_mistakes_are_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    url: str,
    argv: list[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "--database", url, *argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert not (tmp_path / "x.ics").exists()
