"""The whole way from the database to a real Radicale server, as `ryhmat publish` runs it:
publish, edit a session, republish, cancel one, remove one, withdraw — reading the
server's copy back each time."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import icalendar
import pytest

from ryhmat.demo import generate, load
from ryhmat.domain.errors import NotFound
from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.feeds import get_feed, save_feed
from ryhmat.domain.usecases.groups import find_group
from ryhmat.domain.usecases.sessions import cancel_session, get_session, update_session
from ryhmat.export.caldav_publish import PublishReport
from ryhmat.export.errors import PublishError
from ryhmat.export.publishing import publish_feed, withdraw_feed
from ryhmat.storage.database import Database
from tests.integration.export.caldav_view import ServerView
from tests.integration.export.conftest import Server

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)
GROUP = "Isä–lapsi-ryhmä Karhunpojat"


@pytest.fixture
def feed(database: Database, radicale_server: Server, tmp_path: Path) -> Feed:
    with database.unit_of_work() as uow:
        load(uow, generate("small", seed=1, today=TODAY))
        group = find_group(uow, GROUP)
        saved = Feed(
            name="Karhunpojat MLL:lle",
            kind=FeedKind.GROUP,
            target_id=group.id,
            caldav_url=radicale_server.url,
            caldav_username=radicale_server.user,
            folder=str(tmp_path),
        )
        save_feed(uow, saved)
    return saved


def publish(database: Database, feed: Feed, server: Server, now: datetime) -> PublishReport:
    outcome = publish_feed(
        database.unit_of_work, feed.id, now, password=lambda _target: server.password
    )
    assert outcome.server is not None
    return outcome.server


def helsinki_start(vevent: icalendar.Component) -> datetime:
    start: datetime = vevent.decoded("DTSTART")
    return start.astimezone(HELSINKI)


def test_publish_edit_cancel_remove_and_withdraw_on_a_real_server(
    database: Database, feed: Feed, radicale_server: Server
) -> None:
    view = ServerView(radicale_server)
    first = publish(database, feed, radicale_server, NOW)
    stored = view.events(feed.name)
    assert first.created == len(stored) > 20
    assert {helsinki_start(s.vevent).time() for s in stored.values()} == {time(10, 0)}
    offsets = {helsinki_start(s.vevent).utcoffset() for s in stored.values()}
    assert offsets == {timedelta(hours=2), timedelta(hours=3)}
    etags = {uid: s.etag for uid, s in stored.items()}

    # Unchanged data: nothing changes on the server.
    assert publish(database, feed, radicale_server, NOW + timedelta(hours=1)) == PublishReport(
        unchanged=len(stored)
    )
    assert {uid: s.etag for uid, s in view.events(feed.name).items()} == etags

    # A session moved by half an hour is updated in place with a higher SEQUENCE.
    with database.unit_of_work() as uow:
        group_id = find_group(uow, GROUP).id
        upcoming = uow.sessions.between(TODAY, TODAY + timedelta(days=60), [group_id])
        moved, cancelled, removed = upcoming[0], upcoming[1], upcoming[2]
        update_session(uow, dataclasses.replace(moved, start=time(10, 30)))
    report = publish(database, feed, radicale_server, NOW + timedelta(hours=2))
    assert (report.created, report.updated, report.deleted) == (0, 1, 0)
    after = view.events(feed.name)
    assert after[moved.uid].url == stored[moved.uid].url
    assert helsinki_start(after[moved.uid].vevent).time() == time(10, 30)
    assert after[moved.uid].vevent.decoded("SEQUENCE") == 1
    modified = after[moved.uid].vevent.decoded("LAST-MODIFIED")
    assert modified == (NOW + timedelta(hours=2)).astimezone(UTC)

    # A cancelled session stays, marked cancelled.
    with database.unit_of_work() as uow:
        cancel_session(uow, cancelled.id, "Ohjaaja sairastunut")
    assert publish(database, feed, radicale_server, NOW + timedelta(hours=3)).updated == 1
    event = view.events(feed.name)[cancelled.uid].vevent
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["SUMMARY"]) == f"PERUTTU: {GROUP} (Ohjaaja sairastunut)"

    # A removed session disappears from the server.
    with database.unit_of_work() as uow:
        uow.sessions.delete(get_session(uow, removed.id).id)
        uow.commit()
    assert publish(database, feed, radicale_server, NOW + timedelta(hours=4)).deleted == 1
    remaining = view.events(feed.name)
    assert removed.uid not in remaining
    assert len(remaining) == len(stored) - 1

    # Withdrawing the feed empties its calendar and removes its file.
    withdraw_feed(database.unit_of_work, feed.id, password=lambda _t: radicale_server.password)
    assert view.events(feed.name) == {}
    assert not list(Path(feed.folder).glob("*.ics"))
    with database.unit_of_work() as uow, pytest.raises(NotFound):
        get_feed(uow, feed.id)


def test_a_wrong_password_fails_clearly_and_the_next_run_repairs(
    database: Database, feed: Feed, radicale_server: Server
) -> None:
    with pytest.raises(PublishError, match="password"):
        publish_feed(database.unit_of_work, feed.id, NOW, password=lambda _t: "väärä")
    with database.unit_of_work() as uow:
        assert get_feed(uow, feed.id).last_published_at is None
    report = publish(database, feed, radicale_server, NOW)
    assert report.created > 20


def test_the_password_comes_from_the_environment(
    database: Database, feed: Feed, radicale_server: Server, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RYHMAT_CALDAV_PASSWORD", radicale_server.password)
    monkeypatch.setenv("RYHMAT_CALDAV_SERVER", radicale_server.url)
    monkeypatch.setenv("RYHMAT_CALDAV_USER", radicale_server.user)
    outcome = publish_feed(database.unit_of_work, feed.id, NOW)
    assert outcome.server is not None
    assert outcome.server.created > 20
