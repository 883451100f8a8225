"""`ryhmat feeds`, `ryhmat publish` and `ryhmat export ical` on a real database."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import icalendar
import pytest

from ryhmat.cli.main import main
from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.usecases.feeds import save_feed
from ryhmat.domain.usecases.groups import find_group
from ryhmat.storage.database import open_database
from tests.integration.backends import cases, on_sqlite_and_postgresql_for
from tests.integration.cli.in_process import run
from tests.recording_server import RecordingServer

TODAY = "2026-11-23"


@pytest.fixture
def url(empty_database_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["--database", empty_database_url, "demo", "--today", TODAY]) == 0
    capsys.readouterr()
    return empty_database_url


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


def test_publish_writes_the_public_programme_pages_with_the_public_feed(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    add_feed(url, Feed(name="Julkiset", kind=FeedKind.PUBLIC, folder=str(tmp_path)))
    database = open_database(url)
    try:
        with database.unit_of_work() as uow:
            group = find_group(uow, "Isä–lapsi-ryhmä Karhunpojat")
    finally:
        database.dispose()
    (tmp_path / "g").mkdir()
    add_feed(
        url,
        Feed(
            name="Karhunpojat", kind=FeedKind.GROUP, target_id=group.id, folder=str(tmp_path / "g")
        ),
    )

    code, out, err = run(capsys, "--database", url, "publish", "--all")

    assert code == 0, err
    [public] = tmp_path.glob("julkiset-*.ics")
    assert f"Julkiset: {public}; {tmp_path / 'index.html'}" in out.splitlines()
    assert '<html lang="sv">' in (tmp_path / "index.sv.html").read_text(encoding="utf-8")
    assert (tmp_path / "kaikki-ryhmat.ics").read_bytes() == public.read_bytes()
    assert (tmp_path / "vauvaryhma-pikkuiset.ics").is_file()
    # Only the feed of all public groups writes pages.
    assert [p.suffix for p in (tmp_path / "g").iterdir() if p.name != "index.html"] == [".ics"]


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


# The feed's name is looked up in the database; the rest fails before it.
@on_sqlite_and_postgresql_for(
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
    on_postgresql=cases("argv0"),
    fixture="empty_database_url",
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


def test_publish_sends_the_teams_password_to_no_other_server_or_user_and_says_why(
    url: str, recording_server: Callable[..., RecordingServer]
) -> None:
    """The real `ryhmat publish`, as cron runs it, with the team's bound password in
    its environment and feeds that a colleague pointed elsewhere."""
    team_server, harvester = recording_server(), recording_server()
    add_feed(
        url,
        Feed(
            name="Harava",
            kind=FeedKind.PUBLIC,
            caldav_url=harvester.url(),
            caldav_username="perhetyo",
        ),
    )
    add_feed(
        url,
        Feed(
            name="Toinen tunnus",
            kind=FeedKind.PUBLIC,
            caldav_url=f"{team_server.url()}dav/",
            caldav_username="bob",
        ),
    )
    environment = {
        **os.environ,
        "RYHMAT_LANGUAGE": "fi",
        "RYHMAT_CALDAV_PASSWORD": "tiimin-salasana",
        "RYHMAT_CALDAV_SERVER": team_server.url(),
        "RYHMAT_CALDAV_USER": "perhetyo",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    ryhmat = Path(sys.executable).with_name("ryhmat")
    said: list[str] = []
    for feed in ("Harava", "Toinen tunnus"):
        done = subprocess.run(
            [ryhmat, "--database", url, "publish", "--feed", feed],
            capture_output=True,
            text=True,
            env=environment,
            check=False,
            timeout=120,
        )
        assert done.returncode == 2, done.stderr
        said.append(done.stderr.strip())

    assert harvester.requests == []
    assert team_server.requests == []
    assert said == [
        f"Harava: Käyttäjälle perhetyo palvelimella {harvester.url()} ei ole salasanaa: "
        f"RYHMAT_CALDAV_PASSWORD kuuluu käyttäjälle perhetyo palvelimella "
        f"http://127.0.0.1:{team_server.port}, joten sitä ei lähetetä tälle palvelimelle "
        "tai käyttäjälle.",
        f"Toinen tunnus: Käyttäjälle bob palvelimella {team_server.url()}dav/ ei ole "
        f"salasanaa: RYHMAT_CALDAV_PASSWORD kuuluu käyttäjälle perhetyo palvelimella "
        f"http://127.0.0.1:{team_server.port}, joten sitä ei lähetetä tälle palvelimelle "
        "tai käyttäjälle.",
    ]
    assert all("tiimin-salasana" not in line for line in said)


def test_a_feed_saved_with_a_password_in_its_address_never_shows_or_sends_it(
    capsys: pytest.CaptureFixture[str], url: str, recording_server: Callable[..., RecordingServer]
) -> None:
    """A feed saved before such addresses were refused: listed without the password,
    and publishing it sends nothing and echoes nothing."""
    server = recording_server()
    address = server.url().replace("http://", "http://perhetyo:tiimin-salasana@")
    database = open_database(url)
    try:
        with database.unit_of_work() as uow:
            uow.feeds.save(
                Feed(name="Vanha", kind=FeedKind.PUBLIC, caldav_url=address, token="t0ken")
            )
            uow.commit()
    finally:
        database.dispose()

    _, listed, _ = run(capsys, "--database", url, "feeds", "--json")
    _, table, _ = run(capsys, "--database", url, "feeds")
    code, out, err = run(capsys, "--database", url, "publish", "--feed", "Vanha")

    assert code == 2
    assert [f["caldav_url"] for f in json.loads(listed)] == [server.url()]
    assert "tiimin-salasana" not in listed + table + out + err
    assert "osoitteessa ei saa olla käyttäjätunnusta eikä salasanaa" in err
    assert server.requests == []
