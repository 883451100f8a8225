"""Calendar feeds for partner organisations: what a feed is and what it carries.

A feed never carries anything about the families: only sessions, their groups,
places, organisers and (where the feed allows it) the leaders' names and titles.
"""

from __future__ import annotations

import enum
import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from ryhmat.domain.model import new_id

DEFAULT_DAYS_BACK = 92  # about three months
DEFAULT_DAYS_AHEAD = 366  # about twelve months
DEFAULT_REFRESH_MINUTES = 60


class FeedKind(enum.StrEnum):
    ORGANISATION = "organisation"  # the groups an organisation co-organises
    GROUP = "group"
    WORKER = "worker"  # the sessions a worker leads
    PUBLIC = "public"  # every public group


@dataclass(slots=True, kw_only=True)
class Feed:
    """A published calendar: which sessions, how far back and ahead, and where to."""

    name: str
    kind: FeedKind
    target_id: uuid.UUID | None = None  # the organisation, group or worker; None for PUBLIC
    days_back: int = DEFAULT_DAYS_BACK
    days_ahead: int = DEFAULT_DAYS_AHEAD
    show_leaders: bool = True
    refresh_minutes: int = DEFAULT_REFRESH_MINUTES
    # The secret part of the published file's name; rotating it revokes the old URL.
    token: str = ""
    folder: str = ""  # publish a .ics file here, if set
    caldav_url: str = ""  # publish to this CalDAV server, if set
    caldav_username: str = ""
    caldav_calendar: str = ""  # the calendar's name on the server (default: the feed's)
    last_published_at: datetime | None = None
    id: uuid.UUID = field(default_factory=new_id)

    @property
    def refresh_interval(self) -> timedelta:
        return timedelta(minutes=self.refresh_minutes)


@dataclass(frozen=True, slots=True)
class FeedEvent:
    """One session as a calendar event, ready to be written out.

    ``start`` and ``end`` are aware (Helsinki); ``stamp`` is the UTC moment the
    event last changed, kept in the database so that unchanged data gives the
    same bytes every time.
    """

    uid: str
    sequence: int
    start: datetime
    end: datetime
    summary: str
    location: str
    description: str
    cancelled: bool
    stamp: datetime


@dataclass(frozen=True, slots=True)
class FeedDocument:
    """A whole feed: its name, how often clients should refresh it, and its events."""

    name: str
    refresh: timedelta
    events: list[FeedEvent]


@dataclass(frozen=True, slots=True)
class PublishedState:
    """What subscribers last saw of a session: its content's fingerprint and version."""

    session_id: uuid.UUID
    fingerprint: str
    sequence: int
    modified_at: datetime


@dataclass(frozen=True, slots=True)
class FeedGroup:
    """What tells whether a feed of groups carries a group's sessions: read as plain
    rows with a feed's sources, so that telling costs no loading of the groups."""

    id: uuid.UUID
    is_public: bool
    organiser_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True, slots=True)
class FeedSources:
    """What a feed is built from, as the database holds it: ``rows``, a digest of
    everything but the sessions' published states (the sessions of the feed's days and
    groups with their leaders, and the names a feed shows), and ``sequences``, each of
    those sessions' published SEQUENCE (-1 before its first publish), which any change
    to its published state raises, by the session's id as the database spells it (read
    as a UUID only when a feed is built). Equal digests mean an equal feed, given equal
    settings."""

    rows: str
    sequences: dict[str, int]

    def digest(self) -> str:
        published = sorted(self.sequences.items())
        return hashlib.sha256(f"{self.rows}{published!r}".encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class PublishedCopy:
    """One event as a feed last published it: the digest of what it said, and where
    the calendar server keeps it (its URL and ETag; empty when not on a server or
    when the server gave no ETag)."""

    uid: str
    digest: str
    url: str = ""
    etag: str = ""


@dataclass(frozen=True, slots=True)
class FeedPublication:
    """What a feed last published, so that a republish renders, writes and sends
    only what changed. Digests, UIDs and server addresses only: no personal data.

    ``sources`` is the digest of everything the feed was built from, read before it
    was built; ``file`` the digest of the file written ("" without a folder);
    ``calendar_url`` the server's calendar ("" when the server's copy is not known
    to match ``events``); ``events`` in the order the file holds them.
    """

    feed_id: uuid.UUID
    format: int
    settings: str
    sources: str
    file: str
    calendar_url: str
    events: tuple[PublishedCopy, ...]
