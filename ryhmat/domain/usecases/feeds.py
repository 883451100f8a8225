"""Calendar feeds: define them, and gather what one carries right now.

The texts of a feed (PERUTTU, Järjestäjät, Ohjaajat) are Finnish whatever the
app's language: they are read by the partners' calendars, not by the app.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import partial

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Term
from ryhmat.domain.feeds import (
    Feed,
    FeedDocument,
    FeedEvent,
    FeedGroup,
    FeedKind,
    FeedSources,
    PublishedState,
)
from ryhmat.domain.model import Group, Organisation, Session, Worker, session_uid
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import validate_period
from ryhmat.domain.server_address import address_problem
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.naming import ensure_unique_name
from ryhmat.domain.validation import (
    MAX_NAME_LENGTH,
    MAX_TEXT_LENGTH,
    clean_line,
    clean_name,
    lookup_name,
)

MAX_WINDOW_DAYS = 10 * 366
MIN_REFRESH_MINUTES = 5
MAX_REFRESH_MINUTES = 7 * 24 * 60
CANCELLED_PREFIX = "PERUTTU: "


@dataclass(frozen=True, slots=True)
class FeedView:
    feed: Feed
    target: str  # the organisation, group or worker's name; "" for the public feed
    file_name: str


def new_token() -> str:
    return secrets.token_urlsafe(18)


def slug(text: str) -> str:
    """A file-name-safe form of a name: "Isä–lapsi" -> "isa-lapsi". No longer than a
    name may be: a letter spelt plainly can grow ("½" is "1⁄2"), and a file system takes
    no name over 255 bytes, with the feed's token or a page's ending added."""
    letters = unicodedata.normalize("NFKD", text.lower())
    plain = "".join(ch for ch in letters if unicodedata.category(ch) != "Mn")
    spelt = re.sub(r"[^a-z0-9]+", "-", plain).strip("-")
    return spelt[:MAX_NAME_LENGTH].rstrip("-") or "feed"


def feed_file_name(feed: Feed) -> str:
    """The published file: readable name plus the secret token nobody can guess."""
    return f"{slug(feed.name)}-{feed.token}.ics"


def _target_name(uow: UnitOfWork, feed: Feed) -> str | None:
    """The target's name, or None when the target does not exist (or is missing)."""
    if feed.kind is FeedKind.PUBLIC:
        return ""
    if feed.target_id is None:
        return None
    target: Organisation | Group | Worker | None
    if feed.kind is FeedKind.ORGANISATION:
        target = uow.organisations.get(feed.target_id)
    elif feed.kind is FeedKind.GROUP:
        target = uow.groups.get(feed.target_id)
    else:
        target = uow.workers.get(feed.target_id)
    return None if target is None else target.name


def list_feeds(uow: UnitOfWork) -> list[FeedView]:
    return [
        FeedView(feed, _target_name(uow, feed) or "", feed_file_name(feed))
        for feed in uow.feeds.list()
    ]


def get_feed(uow: UnitOfWork, feed_id: uuid.UUID) -> Feed:
    feed = uow.feeds.get(feed_id)
    if feed is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The calendar feed no longer exists."))
    return feed


def find_feed(uow: UnitOfWork, name: str) -> Feed:
    name = lookup_name(name, Term(QT_TRANSLATE_NOOP("Errors", "feed name")))
    feed = uow.feeds.by_name(name)
    if feed is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no calendar feed called “{name}”."), name=name
        )
    return feed


def validate_feed(uow: UnitOfWork, feed: Feed) -> None:
    feed.name = clean_name(feed.name, Term(QT_TRANSLATE_NOOP("Errors", "feed name")))
    ensure_unique_name(uow.feeds, feed)
    if feed.kind is FeedKind.PUBLIC:
        feed.target_id = None
    elif _target_name(uow, feed) is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose the organisation, group or worker of the feed.")
        )
    if not (0 <= feed.days_back <= MAX_WINDOW_DAYS and 0 <= feed.days_ahead <= MAX_WINDOW_DAYS):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A feed can reach at most ten years back or ahead.")
        )
    if not MIN_REFRESH_MINUTES <= feed.refresh_minutes <= MAX_REFRESH_MINUTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The refresh interval must be between 5 minutes and a week."
            )
        )
    feed.folder = clean_line(
        feed.folder, Term(QT_TRANSLATE_NOOP("Errors", "folder")), MAX_TEXT_LENGTH
    )
    feed.caldav_url = clean_line(
        feed.caldav_url, Term(QT_TRANSLATE_NOOP("Errors", "address")), MAX_TEXT_LENGTH
    )
    problem = address_problem(feed.caldav_url) if feed.caldav_url else None
    if problem is not None:
        raise InvalidInput(problem, url=feed.caldav_url)
    feed.caldav_username = clean_line(
        feed.caldav_username, Term(QT_TRANSLATE_NOOP("Errors", "user name"))
    )
    feed.caldav_calendar = clean_line(
        feed.caldav_calendar, Term(QT_TRANSLATE_NOOP("Errors", "calendar name"))
    )


def save_feed(uow: UnitOfWork, feed: Feed) -> None:
    validate_feed(uow, feed)
    if not feed.token:
        feed.token = new_token()
    uow.feeds.save(feed)
    uow.commit()


def change_token(uow: UnitOfWork, feed_id: uuid.UUID) -> Feed:
    """A new secret for a feed that is not published anywhere yet."""
    feed = get_feed(uow, feed_id)
    feed.token = new_token()
    uow.feeds.save(feed)
    uow.commit()
    return feed


def delete_feed(uow: UnitOfWork, feed_id: uuid.UUID) -> None:
    uow.feeds.delete(feed_id)
    uow.commit()


def mark_published(
    uow: UnitOfWork, feed_id: uuid.UUID, when: datetime, token: str | None = None
) -> None:
    """Note the publishing, and the new secret if the file was published under one."""
    feed = get_feed(uow, feed_id)
    feed.last_published_at = when
    if token is not None:
        feed.token = token
    uow.feeds.save(feed)
    uow.commit()


# -- what a feed carries ---------------------------------------------------------------


def feed_window(feed: Feed, now: datetime) -> tuple[date, date]:
    """The days a feed covers: by default three months back and twelve ahead."""
    today = now.astimezone(HELSINKI).date()
    return today - timedelta(days=feed.days_back), today + timedelta(days=feed.days_ahead)


def _shows_group(feed: Feed, group: Group | FeedGroup) -> bool:
    """Does a feed of groups (not a worker's) carry this group's sessions?"""
    if feed.kind is FeedKind.GROUP:
        return group.id == feed.target_id
    if feed.kind is FeedKind.ORGANISATION:
        return feed.target_id in group.organiser_ids
    return group.is_public


def _shows(feed: Feed, session: Session, groups: dict[uuid.UUID, Group]) -> bool:
    if feed.kind is FeedKind.WORKER:
        return feed.target_id in session.leader_ids
    return _shows_group(feed, groups[session.group_id])


def _window_sessions(
    uow: UnitOfWork, feeds: Sequence[Feed], groups: dict[uuid.UUID, Group], first: date, last: date
) -> list[Session]:
    """The sessions of the window that any of ``feeds`` may carry, in one query: only
    their groups' when no feed is a worker's (whose sessions may be in any group)."""
    if any(feed.kind is FeedKind.WORKER for feed in feeds):
        return uow.sessions.between(first, last)
    wanted = [g.id for g in groups.values() if any(_shows_group(f, g) for f in feeds)]
    return uow.sessions.between(first, last, None if len(wanted) == len(groups) else wanted)


def feed_sources(uow: UnitOfWork, feed: Feed, now: datetime) -> FeedSources:
    """What ``build_feed`` would read for the feed now (its window, its sessions with
    what a feed shows of them, their published states), read as plain rows: taken
    before building, unchanged sources mean an unchanged feed, without building it."""
    first, last = feed_window(feed, now)
    shows = None if feed.kind is FeedKind.WORKER else partial(_shows_group, feed)
    stored = uow.feed_publications.sources(first, last, shows)
    return FeedSources(_digest(first.isoformat(), last.isoformat(), stored.rows), stored.sequences)


def sources_after(sources: FeedSources, document: FeedDocument) -> FeedSources:
    """The sources as building ``document`` left them: its sessions' published states
    raised where they changed. A change someone else made meanwhile is not in them,
    so the next publish sees it."""
    sequences = dict(sources.sequences)
    by_uid = {session_uid(uuid.UUID(stored)): stored for stored in sequences}
    for event in document.events:
        stored = by_uid.get(event.uid)
        if stored is not None:
            sequences[stored] = event.sequence
    return FeedSources(sources.rows, sequences)


def settings_digest(feed: Feed) -> str:
    """A digest of the feed's own settings: what it carries, how it is written and
    where to. A feed whose settings changed is published whole."""
    return _digest(
        feed.name,
        feed.kind.value,
        str(feed.target_id),
        str(feed.days_back),
        str(feed.days_ahead),
        str(feed.show_leaders),
        str(feed.refresh_minutes),
        feed.token,
        feed.folder,
        feed.caldav_url,
        feed.caldav_username,
        feed.caldav_calendar,
    )


def event_digest(event: FeedEvent) -> str:
    """A digest of everything an event is written from: equal digests, equal bytes."""
    return _digest(
        event.uid,
        str(event.sequence),
        event.start.isoformat(),
        event.end.isoformat(),
        event.summary,
        event.location,
        event.description,
        str(event.cancelled),
        event.stamp.isoformat(),
    )


def _digest(*parts: str) -> str:
    """Each part prefixed with its length, so that no two lists of parts read alike."""
    return hashlib.sha256("".join(f"{len(part)}:{part}" for part in parts).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class _Texts:
    summary: str
    location: str
    organisers: str
    leaders: str
    cancelled_line: str

    def description(self, show_leaders: bool) -> str:
        lines = [self.organisers, self.leaders if show_leaders else "", self.cancelled_line]
        return "\n".join(line for line in lines if line)


def _texts(
    session: Session,
    group: Group,
    organisations: dict[uuid.UUID, str],
    places: dict[uuid.UUID, tuple[str, str]],
    workers: dict[uuid.UUID, Worker],
) -> _Texts:
    summary = f"{group.name} – {session.theme}" if session.theme else group.name
    if session.is_cancelled:
        reason = f" ({session.cancel_reason})" if session.cancel_reason else ""
        summary = f"{CANCELLED_PREFIX}{summary}{reason}"
    place, address = _place_of(session, places)
    organisers = [organisations[i] for i in group.organiser_ids if i in organisations]
    leaders = [
        f"{workers[i].name} ({workers[i].title})" for i in session.leader_ids if i in workers
    ]
    return _Texts(
        summary=summary,
        location=", ".join(part for part in (place, address) if part),
        organisers=f"Järjestäjät: {', '.join(organisers)}" if organisers else "",
        leaders=f"Ohjaajat: {', '.join(leaders)}" if leaders else "",
        cancelled_line=(
            f"Peruttu: {session.cancel_reason}"
            if session.is_cancelled and session.cancel_reason
            else ""
        ),
    )


def _place_of(session: Session, places: dict[uuid.UUID, tuple[str, str]]) -> tuple[str, str]:
    """The session's place's name and address; blank when it has none."""
    return places.get(session.place_id, ("", "")) if session.place_id else ("", "")


def _fingerprint(session: Session, texts: _Texts) -> str:
    """Everything any subscriber can see of the session, leaders included."""
    seen = "\x1f".join(
        (
            session.starts_at.isoformat(),
            session.ends_at.isoformat(),
            texts.summary,
            texts.location,
            texts.description(show_leaders=True),
            str(session.is_cancelled),
        )
    )
    return hashlib.sha256(seen.encode()).hexdigest()


def _track(
    uow: UnitOfWork, fingerprints: dict[uuid.UUID, str], now: datetime
) -> dict[uuid.UUID, PublishedState]:
    """Bump SEQUENCE and the stamps of sessions whose visible content changed."""
    moment = now.astimezone(UTC).replace(microsecond=0)
    known = uow.published_events.get_many(fingerprints)
    changed: list[PublishedState] = []
    for session_id, fingerprint in fingerprints.items():
        before = known.get(session_id)
        if before is not None and before.fingerprint == fingerprint:
            continue
        state = PublishedState(
            session_id=session_id,
            fingerprint=fingerprint,
            sequence=0 if before is None else before.sequence + 1,
            modified_at=moment,
        )
        changed.append(state)
        known[session_id] = state
    if changed:
        uow.published_events.save_many(changed)
    return known


def build_feed(
    uow: UnitOfWork, feed: Feed, now: datetime, window: tuple[date, date] | None = None
) -> FeedDocument:
    """The feed's events now (in ``window``, else the feed's own); records what
    changed since the last build.

    Unchanged sessions keep their SEQUENCE and stamps, so building the same
    data twice gives the same document, byte for byte once written.
    """
    return build_feeds(uow, [feed], now, window)[0]


def build_feeds(
    uow: UnitOfWork, feeds: Sequence[Feed], now: datetime, window: tuple[date, date] | None = None
) -> list[FeedDocument]:
    """:func:`build_feed` of each feed, reading the groups, names and sessions once
    for all of them rather than once per feed."""
    return _build_feeds(uow, feeds, now, window)[0]


def _build_feeds(
    uow: UnitOfWork, feeds: Sequence[Feed], now: datetime, window: tuple[date, date] | None
) -> tuple[list[FeedDocument], list[list[Session]]]:
    """The feeds' documents, and the sessions each carries."""
    windows = [window or feed_window(feed, now) for feed in feeds]
    for first, last in windows:
        validate_period(first, last)
    groups = {g.id: g for g in uow.groups.list()}
    by_window: dict[tuple[date, date], list[Feed]] = defaultdict(list)
    for feed, feed_days in zip(feeds, windows, strict=True):
        by_window[feed_days].append(feed)
    loaded = {w: _window_sessions(uow, shared, groups, *w) for w, shared in by_window.items()}
    chosen = [
        [s for s in loaded[w] if _shows(feed, s, groups)]
        for feed, w in zip(feeds, windows, strict=True)
    ]
    organisations = {o.id: o.name for o in uow.organisations.list()}
    places = {p.id: (p.name, p.address) for p in uow.places.list()}
    workers = {w.id: w for w in uow.workers.list()}
    texts = {
        s.id: _texts(s, groups[s.group_id], organisations, places, workers)
        for sessions in chosen
        for s in sessions
    }
    sessions_by_id = {s.id: s for sessions in chosen for s in sessions}
    states = _track(uow, {i: _fingerprint(s, texts[i]) for i, s in sessions_by_id.items()}, now)
    uow.commit()
    documents = [
        FeedDocument(
            name=feed.name,
            refresh=feed.refresh_interval,
            events=[_event(s, texts[s.id], states[s.id], feed.show_leaders) for s in sessions],
        )
        for feed, sessions in zip(feeds, chosen, strict=True)
    ]
    return documents, chosen


def _event(session: Session, texts: _Texts, state: PublishedState, leaders: bool) -> FeedEvent:
    return FeedEvent(
        uid=session.uid,
        sequence=state.sequence,
        start=session.starts_at,
        end=session.ends_at,
        summary=texts.summary,
        location=texts.location,
        description=texts.description(show_leaders=leaders),
        cancelled=session.is_cancelled,
        stamp=state.modified_at,
    )


def feed_of(uow: UnitOfWork, kind: FeedKind, name: str) -> Feed:
    """An unsaved feed of the organisation, group or worker with this name."""
    target: Organisation | Group | Worker | None
    name = lookup_name(name, Term(QT_TRANSLATE_NOOP("Errors", "name")))
    if kind is FeedKind.ORGANISATION:
        target = uow.organisations.by_name(name)
    elif kind is FeedKind.GROUP:
        target = uow.groups.by_name(name)
    elif kind is FeedKind.WORKER:
        target = uow.workers.by_name(name)
    else:
        return default_feeds(uow)[0]
    if target is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "“{name}” was not found."), name=name)
    return Feed(name=target.name, kind=kind, target_id=target.id)


def default_feeds(uow: UnitOfWork) -> list[Feed]:
    """Every feed `ryhmat export ical` writes to a folder without a selector: one per
    organisation, group and worker, and one of all public groups (not saved)."""
    feeds = [Feed(name="Kaikki julkiset ryhmät", kind=FeedKind.PUBLIC)]
    feeds += [
        Feed(name=o.name, kind=FeedKind.ORGANISATION, target_id=o.id)
        for o in uow.organisations.list()
    ]
    feeds += [Feed(name=g.name, kind=FeedKind.GROUP, target_id=g.id) for g in uow.groups.list()]
    feeds += [Feed(name=w.name, kind=FeedKind.WORKER, target_id=w.id) for w in uow.workers.list()]
    return feeds


# -- the public programme pages ----------------------------------------------------------

# The pages list the sessions of about half a year: the season in hand and the next one's
# start, never more than the public feed itself reaches.
PAGE_DAYS_AHEAD = 183


@dataclass(frozen=True, slots=True)
class PageSession:
    """A session as a public page shows it: what the public feed says of it, apart."""

    starts_at: datetime
    ends_at: datetime
    theme: str
    place: str
    address: str
    cancelled: bool
    cancel_reason: str


@dataclass(frozen=True, slots=True)
class PageGroup:
    """A public group's page: the group as families read of it, its sessions from today
    on, and its own feed (the public feed's events of this group)."""

    id: uuid.UUID
    name: str
    description: str
    age_min_months: int | None  # domain/target_ages.py
    age_max_months: int | None
    organisers: tuple[str, ...]
    sessions: tuple[PageSession, ...]
    feed: FeedDocument


@dataclass(frozen=True, slots=True)
class PublicProgramme:
    today: date
    last_day: date
    groups: tuple[PageGroup, ...]


def build_public_feed(
    uow: UnitOfWork, feed: Feed, now: datetime
) -> tuple[FeedDocument, PublicProgramme]:
    """:func:`build_feed` of the public feed, and what its pages show, from one reading:
    the groups the feed carries (archived ones left out), each with its sessions from
    today to the pages' horizon and a feed of its own, the public feed's events of that
    group. The pages show the sessions as the feed's events do: nothing of the families,
    no session's notes, nothing of a group that is not public."""
    if feed.kind is not FeedKind.PUBLIC:
        raise ValueError(f"pages are made of the public feed, not of a {feed.kind} feed")
    [document], [sessions] = _build_feeds(uow, [feed], now, None)
    groups = sorted(
        (g for g in uow.groups.list() if _shows_group(feed, g) and not g.archived),
        key=lambda g: (g.name.casefold(), str(g.id)),
    )
    today = now.astimezone(HELSINKI).date()
    last = min(feed_window(feed, now)[1], today + timedelta(days=PAGE_DAYS_AHEAD))
    group_of = {session.uid: session.group_id for session in sessions}
    events: dict[uuid.UUID, list[FeedEvent]] = defaultdict(list)
    for event in document.events:
        events[group_of[event.uid]].append(event)
    upcoming: dict[uuid.UUID, list[Session]] = defaultdict(list)
    for session in sessions:
        if today <= session.day <= last:
            upcoming[session.group_id].append(session)
    organisations = {o.id: o.name for o in uow.organisations.list()}
    places = {p.id: (p.name, p.address) for p in uow.places.list()}
    return document, PublicProgramme(
        today=today,
        last_day=last,
        groups=tuple(
            PageGroup(
                id=g.id,
                name=g.name,
                description=g.description,
                age_min_months=g.target_age_min_months,
                age_max_months=g.target_age_max_months,
                organisers=tuple(organisations[i] for i in g.organiser_ids if i in organisations),
                sessions=tuple(
                    _page_session(s, places)
                    for s in sorted(upcoming[g.id], key=lambda s: (s.starts_at, str(s.id)))
                ),
                feed=FeedDocument(name=g.name, refresh=document.refresh, events=events[g.id]),
            )
            for g in groups
        ),
    )


def _page_session(session: Session, places: dict[uuid.UUID, tuple[str, str]]) -> PageSession:
    place, address = _place_of(session, places)
    return PageSession(
        starts_at=session.starts_at,
        ends_at=session.ends_at,
        theme=session.theme,
        place=place,
        address=address,
        cancelled=session.is_cancelled,
        cancel_reason=session.cancel_reason if session.is_cancelled else "",
    )
