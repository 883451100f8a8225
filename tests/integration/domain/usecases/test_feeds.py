"""What a calendar feed carries, on a real database with the small demo data."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from ryhmat.demo import generate, load
from ryhmat.domain.errors import InvalidInput
from ryhmat.domain.feeds import Feed, FeedDocument, FeedKind
from ryhmat.domain.model import SessionStatus
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.feeds import build_feed, build_feeds, default_feeds, feed_of, save_feed
from ryhmat.domain.usecases.groups import find_group, save_group
from ryhmat.domain.usecases.sessions import get_session, update_session
from ryhmat.storage.database import Database
from tests.integration.backends import cases, on_sqlite_and_postgresql_for

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)
LATER = NOW + timedelta(hours=5)
KARHUNPOJAT = "Isä–lapsi-ryhmä Karhunpojat"
MLL = "MLL:n Järvelän yhdistys"


@pytest.fixture
def demo(database: Database) -> Database:
    with database.unit_of_work() as uow:
        load(uow, generate("small", seed=1, today=TODAY))
    return database


def build(database: Database, feed: Feed, now: datetime = NOW) -> FeedDocument:
    with database.unit_of_work() as uow:
        return build_feed(uow, feed, now)


def feed(database: Database, kind: FeedKind, name: str) -> Feed:
    with database.unit_of_work() as uow:
        return feed_of(uow, kind, name)


def test_an_organisation_feed_has_the_sessions_of_the_groups_it_co_organises(
    demo: Database,
) -> None:
    document = build(demo, feed(demo, FeedKind.ORGANISATION, MLL))
    groups = {e.summary.removeprefix("PERUTTU: ").split(" – ")[0] for e in document.events}
    assert groups == {KARHUNPOJAT, "Kaksos- ja monikkoperheiden vertaisryhmä"}
    assert all("MLL:n Järvelän yhdistys" in e.description for e in document.events)
    days = [e.start.date() for e in document.events]
    assert min(days) >= TODAY - timedelta(days=92)
    assert max(days) <= TODAY + timedelta(days=366)
    assert len({e.uid for e in document.events}) == len(document.events)


def test_a_worker_feed_has_only_the_sessions_the_worker_leads(demo: Database) -> None:
    document = build(demo, feed(demo, FeedKind.WORKER, "Esa Räsänen"))
    assert document.events
    assert all("Esa Räsänen (perhetyöntekijä)" in e.description for e in document.events)


def test_the_public_feed_leaves_out_groups_that_are_not_public(demo: Database) -> None:
    hidden = ["Vahvuutta vanhemmuuteen"]
    with demo.unit_of_work() as uow:
        group = find_group(uow, hidden[0])
        group.is_public = False
        save_group(uow, group)
    document = build(demo, Feed(name="Kaikki", kind=FeedKind.PUBLIC))
    assert document.events
    assert not any(name in e.summary for e in document.events for name in hidden)


def test_a_session_keeps_its_wall_clock_time_and_a_cancelled_one_says_so(
    demo: Database,
) -> None:
    document = build(demo, feed(demo, FeedKind.GROUP, KARHUNPOJAT))
    assert {e.start.astimezone(HELSINKI).time() for e in document.events} == {time(10, 0)}
    offsets = {e.start.utcoffset() for e in document.events}
    assert offsets == {timedelta(hours=2), timedelta(hours=3)}
    with demo.unit_of_work() as uow:
        group_id = find_group(uow, KARHUNPOJAT).id
        upcoming = uow.sessions.between(TODAY, TODAY + timedelta(days=30), [group_id])
        session = get_session(uow, upcoming[0].id)
        session.status, session.cancel_reason = SessionStatus.CANCELLED, "Ohjaaja sairastunut"
        update_session(uow, session)
    cancelled = next(
        e
        for e in build(demo, feed(demo, FeedKind.GROUP, KARHUNPOJAT), LATER).events
        if e.uid == session.uid
    )
    assert cancelled.cancelled
    assert cancelled.summary == f"PERUTTU: {KARHUNPOJAT} (Ohjaaja sairastunut)"
    assert "Peruttu: Ohjaaja sairastunut" in cancelled.description


def test_unchanged_data_keeps_sequence_and_stamps_and_a_visible_change_bumps_them(
    demo: Database,
) -> None:
    karhunpojat = feed(demo, FeedKind.GROUP, KARHUNPOJAT)
    first = build(demo, karhunpojat)
    again = build(demo, karhunpojat, LATER)
    assert again == first
    assert {e.sequence for e in first.events} == {0}
    assert {e.stamp for e in first.events} == {datetime(2026, 11, 23, 10, 0, tzinfo=UTC)}

    moved_uid = first.events[-1].uid
    with demo.unit_of_work() as uow:
        session = get_session(
            uow,
            next(
                s.id
                for s in uow.sessions.between(TODAY, TODAY + timedelta(days=366))
                if s.uid == moved_uid
            ),
        )
        update_session(uow, dataclasses.replace(session, start=time(10, 30)))
    after_move = {e.uid: e for e in build(demo, karhunpojat, LATER).events}
    assert after_move[moved_uid].sequence == 1
    assert after_move[moved_uid].stamp == LATER
    unchanged = [e for e in after_move.values() if e.uid != moved_uid]
    assert {e.sequence for e in unchanged} == {0}

    with demo.unit_of_work() as uow:
        group = find_group(uow, KARHUNPOJAT)
        group.name = "Karhunpojat"
        save_group(uow, group)
    renamed = build(demo, feed(demo, FeedKind.GROUP, "Karhunpojat"), LATER + timedelta(hours=1))
    assert all(e.sequence >= 1 for e in renamed.events)
    assert all(
        e.summary.startswith(("Karhunpojat", "PERUTTU: Karhunpojat")) for e in renamed.events
    )


def test_a_feed_may_leave_the_leaders_out(demo: Database) -> None:
    quiet = dataclasses.replace(feed(demo, FeedKind.ORGANISATION, MLL), show_leaders=False)
    assert not any("Ohjaajat" in e.description for e in build(demo, quiet).events)


# The feed is checked before the database sees it: one case on PostgreSQL.
@on_sqlite_and_postgresql_for(
    ("changes", "message"),
    [
        ({"kind": FeedKind.GROUP, "target_id": None}, "Choose the organisation"),
        ({"name": " "}, "feed name"),
        ({"refresh_minutes": 1}, "refresh interval"),
        ({"days_ahead": 20_000}, "ten years"),
        ({"caldav_url": "ftp://example.invalid"}, "https://"),
    ],
    on_postgresql=cases("changes0-Choose the organisation"),
)
def test_mistakes_in_a_feed_are_refused_and_nothing_is_saved(
    demo: Database, changes: dict[str, object], message: str
) -> None:
    bad = dataclasses.replace(Feed(name="Kumppanit", kind=FeedKind.PUBLIC), **changes)  # type: ignore[arg-type]
    with demo.unit_of_work() as uow, pytest.raises(InvalidInput, match=message):
        save_feed(uow, bad)
    with demo.unit_of_work() as uow:
        assert uow.feeds.list() == []


def test_a_saved_feed_gets_a_secret_token_and_a_unique_name(demo: Database) -> None:
    with demo.unit_of_work() as uow:
        first = Feed(name="Kaikki julkiset", kind=FeedKind.PUBLIC)
        save_feed(uow, first)
    assert len(first.token) >= 20
    with demo.unit_of_work() as uow, pytest.raises(InvalidInput, match="already in use"):
        save_feed(uow, Feed(name="KAIKKI JULKISET", kind=FeedKind.PUBLIC))


@contextmanager
def counting(database: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def test_every_feed_at_once_is_each_feed_alone_in_queries_that_do_not_grow_with_feeds(
    demo: Database,
) -> None:
    with demo.unit_of_work() as uow:
        every = default_feeds(uow)
    alone = [build(demo, f) for f in every]
    with demo.unit_of_work() as uow, counting(demo) as few:
        build_feeds(uow, every[:3], NOW)
    with demo.unit_of_work() as uow, counting(demo) as many:
        together = build_feeds(uow, every, NOW)
    assert len(every) > 20
    assert together == alone
    assert len(many) == len(few)
