"""Republishing costs what changed: what is rendered, written and sent when a feed is
published again, counted (never timed), and the result always the bytes of a whole
publish of the same data."""

from __future__ import annotations

import dataclasses
import os
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from caldav.davclient import DAVClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ryhmat.demo import generate, load
from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.model import Session
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.feeds import build_feed, feed_file_name, get_feed, save_feed
from ryhmat.domain.usecases.groups import find_group, get_group
from ryhmat.domain.usecases.sessions import cancel_session, update_session
from ryhmat.export import publishing
from ryhmat.export.caldav_publish import PublishReport
from ryhmat.export.ical import render_feed
from ryhmat.export.publishing import PublishOutcome, publish_feed, rotate_token, withdraw_feed
from ryhmat.storage.backup import backup_sqlite, restore_sqlite
from ryhmat.storage.database import Database, open_database
from ryhmat.storage.repositories.sessions import SqlGroupRepository, SqlSessionRepository
from tests.integration.backends import SQLITE_ONLY
from tests.integration.export.caldav_view import ServerView
from tests.integration.export.conftest import Server

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)
GROUP = "Isä–lapsi-ryhmä Karhunpojat"


@pytest.fixture
def requests_sent(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Every HTTP request the CalDAV client sends, by method: each goes through
    DAVClient.request (PROPFIND, REPORT, PUT, DELETE, MKCALENDAR...)."""
    sent: Counter[str] = Counter()
    original = DAVClient.request

    def counted(self: DAVClient, url: str, method: str = "GET", *args: Any, **kw: Any) -> Any:
        sent[method] += 1
        return original(self, url, method, *args, **kw)

    monkeypatch.setattr(DAVClient, "request", counted)
    return sent


@pytest.fixture
def builds(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    """The moment of each feed publish_feed builds."""
    built: list[datetime] = []

    def counted(uow: Any, feed: Feed, now: datetime, *args: Any) -> Any:
        built.append(now)
        return build_feed(uow, feed, now, *args)

    monkeypatch.setattr(publishing, "build_feed", counted)
    return built


def group_feed(database: Database, folder: Path, server: Server | None = None) -> Feed:
    with database.unit_of_work() as uow:
        load(uow, generate("small", seed=1, today=TODAY))
        feed = Feed(
            name="Karhunpojat MLL:lle",
            kind=FeedKind.GROUP,
            target_id=find_group(uow, GROUP).id,
            folder=str(folder),
            caldav_url=server.url if server else "",
            caldav_username=server.user if server else "",
        )
        save_feed(uow, feed)
    return feed


def publisher(
    database: Database, feed: Feed, server: Server | None = None
) -> Callable[[datetime], PublishOutcome]:
    def publish(now: datetime) -> PublishOutcome:
        return publish_feed(
            database.unit_of_work,
            feed.id,
            now,
            password=lambda _target: server.password if server else "",
        )

    return publish


def published_file(database: Database, feed: Feed) -> Path:
    with database.unit_of_work() as uow:
        return Path(feed.folder) / feed_file_name(get_feed(uow, feed.id))


def whole_render(database: Database, feed: Feed, now: datetime) -> bytes:
    """What a whole publish of the data now writes."""
    with database.unit_of_work() as uow:
        return render_feed(build_feed(uow, get_feed(uow, feed.id), now))


def upcoming(database: Database) -> list[Session]:
    with database.unit_of_work() as uow:
        group_id = find_group(uow, GROUP).id
        return uow.sessions.between(TODAY, TODAY + timedelta(days=60), [group_id])


def file_identity(path: Path) -> tuple[int, int, int]:
    status = path.stat()
    return status.st_ino, status.st_mtime_ns, status.st_size


def test_republishing_unchanged_data_renders_writes_and_sends_nothing(
    database: Database, radicale_server: Server, tmp_path: Path, requests_sent: Counter[str]
) -> None:
    feed = group_feed(database, tmp_path, radicale_server)
    publish = publisher(database, feed, radicale_server)
    first = publish(NOW)
    assert first.server is not None
    assert first.rendered == first.server.created > 20
    path = published_file(database, feed)
    before = file_identity(path), file_identity(tmp_path)
    requests_sent.clear()

    again = publish(NOW + timedelta(hours=1))

    assert again.rendered == 0
    assert again.server == PublishReport(unchanged=first.server.created)
    assert requests_sent == Counter()
    assert (file_identity(path), file_identity(tmp_path)) == before
    assert path.read_bytes() == whole_render(database, feed, NOW + timedelta(hours=1))


@pytest.mark.parametrize("kind", list(FeedKind))
def test_an_unchanged_republish_loads_no_group_and_no_session(
    database: Database, tmp_path: Path, kind: FeedKind, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Telling that nothing changed reads plain rows (``feed_sources``): the groups a
    feed shows are told from them, not from Group entities loaded for it."""
    feed = group_feed(database, tmp_path)
    with database.unit_of_work() as uow:
        group = get_group(uow, find_group(uow, GROUP).id)
        targets = {
            FeedKind.GROUP: group.id,
            FeedKind.ORGANISATION: group.organiser_ids[0],
            FeedKind.WORKER: upcoming(database)[0].leader_ids[0],
            FeedKind.PUBLIC: None,
        }
        feed = dataclasses.replace(get_feed(uow, feed.id), kind=kind, target_id=targets[kind])
        save_feed(uow, feed)
    publish = publisher(database, feed)
    path = publish(NOW).file
    assert path is not None
    before = file_identity(path)

    def refused(*_args: Any, **_kw: Any) -> Any:
        raise AssertionError("an unchanged republish loaded entities")

    monkeypatch.setattr(SqlGroupRepository, "_to_domain", refused)
    monkeypatch.setattr(SqlSessionRepository, "_to_domain", refused)
    again = publish(NOW + timedelta(hours=1))

    assert again.rendered == 0
    assert file_identity(path) == before


def test_an_unchanged_file_gets_back_the_mode_of_a_published_file(
    database: Database, tmp_path: Path
) -> None:
    feed = group_feed(database, tmp_path)
    publish = publisher(database, feed)
    publish(NOW)
    path = published_file(database, feed)
    path.chmod(0o600)
    content_time = path.stat().st_mtime_ns
    assert publish(NOW + timedelta(hours=1)).rendered == 0
    assert oct(path.stat().st_mode & 0o777) == oct(0o644)
    assert path.stat().st_mtime_ns == content_time


def test_one_change_renders_and_sends_one_event_and_a_removal_one_delete(
    database: Database,
    radicale_server: Server,
    tmp_path: Path,
    requests_sent: Counter[str],
    builds: list[datetime],
) -> None:
    feed = group_feed(database, tmp_path, radicale_server)
    publish = publisher(database, feed, radicale_server)
    publish(NOW)
    builds.clear()
    view = ServerView(radicale_server)
    moved, cancelled, removed = upcoming(database)[:3]

    with database.unit_of_work() as uow:
        update_session(uow, dataclasses.replace(moved, start=time(10, 30)))
    requests_sent.clear()
    changed = publish(NOW + timedelta(hours=1))
    assert changed.rendered == 1
    assert requests_sent == Counter({"PUT": 1})
    assert changed.server is not None
    assert changed.server.updated == 1
    assert view.events(feed.name)[moved.uid].vevent.decoded("SEQUENCE") == 1
    path = published_file(database, feed)
    assert path.read_bytes() == whole_render(database, feed, NOW + timedelta(hours=1))

    with database.unit_of_work() as uow:
        cancel_session(uow, cancelled.id, "Ohjaaja sairastunut")
    requests_sent.clear()
    assert publish(NOW + timedelta(hours=2)).rendered == 1
    assert requests_sent == Counter({"PUT": 1})
    assert str(view.events(feed.name)[cancelled.uid].vevent["STATUS"]) == "CANCELLED"

    with database.unit_of_work() as uow:
        uow.sessions.delete(removed.id)
        uow.commit()
    requests_sent.clear()
    gone = publish(NOW + timedelta(hours=3))
    assert gone.rendered == 0
    assert requests_sent == Counter({"DELETE": 1})
    assert removed.uid not in view.events(feed.name)
    assert path.read_bytes() == whole_render(database, feed, NOW + timedelta(hours=3))

    # And the next publish, unchanged, builds nothing and sends nothing.
    on_server = len(view.events(feed.name))
    requests_sent.clear()
    assert publish(NOW + timedelta(hours=4)).server == PublishReport(unchanged=on_server)
    assert requests_sent == Counter()
    assert builds == [NOW + timedelta(hours=h) for h in (1, 2, 3)]


@pytest.mark.parametrize("when", ["before", "after"])
def test_a_change_made_while_the_feed_is_built_is_published_next_time(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, when: str
) -> None:
    """Another writer saves a change just before or just after the feed is built: the
    next publish sees it, never trusting a record of data the feed did not show."""
    feed = group_feed(database, tmp_path)
    publish = publisher(database, feed)
    publish(NOW)
    first, second = upcoming(database)[:2]
    with database.unit_of_work() as uow:
        update_session(uow, dataclasses.replace(first, theme="Ennen julkaisua"))

    def meanwhile() -> None:
        with database.unit_of_work() as uow:
            update_session(uow, dataclasses.replace(second, theme="Julkaisun aikana"))

    def build_with_a_change(uow: Any, built: Feed, now: datetime, *args: Any) -> Any:
        if when == "before":
            meanwhile()
        document = build_feed(uow, built, now, *args)
        if when == "after":
            meanwhile()
        return document

    monkeypatch.setattr(publishing, "build_feed", build_with_a_change)
    publish(NOW + timedelta(hours=1))
    monkeypatch.undo()

    later = NOW + timedelta(hours=2)
    publish(later)
    content = published_file(database, feed).read_bytes()
    assert b"Julkaisun aikana" in content
    assert content == whole_render(database, feed, later)


def test_a_file_changed_on_disk_is_written_whole_again(database: Database, tmp_path: Path) -> None:
    feed = group_feed(database, tmp_path)
    publish = publisher(database, feed)
    events = publish(NOW).rendered
    path = published_file(database, feed)
    whole = path.read_bytes()
    path.write_bytes(whole.replace(b"SUMMARY:", b"SUMMARY:X", 1))

    assert publish(NOW + timedelta(hours=1)).rendered == events
    assert path.read_bytes() == whole

    path.unlink()
    assert publish(NOW + timedelta(hours=2)).rendered == events
    assert path.read_bytes() == whole


def test_a_feed_whose_settings_changed_is_rendered_whole(
    database: Database, tmp_path: Path
) -> None:
    feed = group_feed(database, tmp_path)
    publish = publisher(database, feed)
    events = publish(NOW).rendered
    with database.unit_of_work() as uow:
        save_feed(uow, dataclasses.replace(get_feed(uow, feed.id), show_leaders=False))
    assert publish(NOW + timedelta(hours=1)).rendered == events
    assert b"Ohjaajat:" not in published_file(database, feed).read_bytes()

    rotated = rotate_token(database.unit_of_work, feed.id, NOW + timedelta(hours=2))
    assert rotated.rendered == events
    assert [p.name for p in tmp_path.glob("*.ics")] == [published_file(database, feed).name]


def test_a_forgotten_record_publishes_whole(database: Database, tmp_path: Path) -> None:
    """As after restoring a backup, whose record is older than the file out there."""
    feed = group_feed(database, tmp_path)
    publish = publisher(database, feed)
    events = publish(NOW).rendered
    with database.unit_of_work() as uow:
        uow.feed_publications.forget_all()
        uow.commit()
    assert publish(NOW + timedelta(hours=1)).rendered == events
    assert publish(NOW + timedelta(hours=2)).rendered == 0


@SQLITE_ONLY
def test_after_restoring_a_backup_every_feed_is_published_whole(
    database: Database, database_url: str, tmp_path: Path
) -> None:
    """The backup's record says the file it knew is out there; the file out there is newer."""
    folder = tmp_path / "feeds"
    folder.mkdir()
    feed = group_feed(database, folder)
    events = publisher(database, feed)(NOW).rendered
    backup = tmp_path / "backup.sqlite3"
    backup_sqlite(database.engine, backup)
    moved = upcoming(database)[0]
    with database.unit_of_work() as uow:
        update_session(uow, dataclasses.replace(moved, start=time(10, 30)))
    publisher(database, feed)(NOW + timedelta(hours=1))

    restore_sqlite(database.engine, backup, NOW + timedelta(hours=2))
    restored = open_database(database_url)
    try:
        with restored.unit_of_work() as uow:
            assert uow.feed_publications.get(feed.id) is None
        later = NOW + timedelta(hours=3)
        assert publisher(restored, feed)(later).rendered == events
        assert published_file(restored, feed).read_bytes() == whole_render(restored, feed, later)
    finally:
        restored.dispose()


def test_withdrawing_a_feed_removes_its_record(database: Database, tmp_path: Path) -> None:
    feed = group_feed(database, tmp_path)
    publisher(database, feed)(NOW)
    with database.unit_of_work() as uow:
        assert uow.feed_publications.get(feed.id) is not None
    withdraw_feed(database.unit_of_work, feed.id)
    with database.unit_of_work() as uow:
        assert uow.feed_publications.get(feed.id) is None


# -- the same bytes as a whole publish, whatever changed between two publishes ----------


@dataclasses.dataclass(frozen=True)
class Edit:
    kind: str
    index: int


EDITS = st.lists(
    st.builds(
        Edit,
        st.sampled_from(["move", "theme", "cancel", "delete", "rename_group", "leaders", "place"]),
        st.integers(min_value=0, max_value=200),
    ),
    max_size=4,
)


def apply(database: Database, group_id: uuid.UUID, edit: Edit, rounds: Iterator[int]) -> None:
    with database.unit_of_work() as uow:
        group = uow.groups.get(group_id)
        assert group is not None
        sessions = uow.sessions.between(TODAY - timedelta(days=90), TODAY + timedelta(days=300))
        mine = [s for s in sessions if s.group_id == group.id]
        if not mine:
            return
        session = mine[edit.index % len(mine)]
        if edit.kind == "move":
            update_session(uow, dataclasses.replace(session, start=time(9, next(rounds) % 60)))
        elif edit.kind == "theme":
            update_session(uow, dataclasses.replace(session, theme=f"Teema {next(rounds)}"))
        elif edit.kind == "cancel":
            cancel_session(uow, session.id, f"Syy {next(rounds)}")
        elif edit.kind == "delete":
            uow.sessions.delete(session.id)
            uow.commit()
        elif edit.kind == "rename_group":
            group.name = f"{GROUP} {next(rounds)}"
            uow.groups.save(group)
            uow.commit()
        elif edit.kind == "leaders":
            update_session(
                uow, dataclasses.replace(session, leader_ids=session.leader_ids[::-1][:1])
            )
        else:
            places = uow.places.list()
            place = places[next(rounds) % len(places)]
            update_session(
                uow, dataclasses.replace(session, place_id=place.id), accept_conflicts=True
            )


@pytest.fixture(params=list(FeedKind))
def republished(
    database: Database, tmp_path: Path, request: pytest.FixtureRequest
) -> tuple[Database, Feed, uuid.UUID]:
    """A feed of each kind that shows the group the edits change, published once."""
    kind: FeedKind = request.param
    feed = group_feed(database, tmp_path)
    group_id = feed.target_id
    assert group_id is not None
    with database.unit_of_work() as uow:
        group = get_group(uow, group_id)
        led_by = upcoming(database)[0].leader_ids[0]
        targets = {
            FeedKind.GROUP: group_id,
            FeedKind.ORGANISATION: group.organiser_ids[0] if group.organiser_ids else None,
            FeedKind.WORKER: led_by,
            FeedKind.PUBLIC: None,
        }
        feed = dataclasses.replace(
            get_feed(uow, feed.id),
            kind=kind,
            target_id=targets[kind],
            show_leaders=kind is not FeedKind.PUBLIC,
        )
        save_feed(uow, feed)
    publisher(database, feed)(NOW)
    return database, feed, group_id


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edits=EDITS, hours=st.integers(min_value=1, max_value=24 * 40))
def test_a_republish_after_any_edits_writes_what_a_whole_publish_writes(
    republished: tuple[Database, Feed, uuid.UUID], edits: list[Edit], hours: int
) -> None:
    database, feed, group_id = republished
    rounds = iter(range(os.getpid(), os.getpid() + 1000))
    for edit in edits:
        apply(database, group_id, edit, rounds)
    now = NOW + timedelta(hours=hours)
    outcome = publisher(database, feed)(now)
    assert outcome.file is not None
    assert outcome.file.read_bytes() == whole_render(database, feed, now)
