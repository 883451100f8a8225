"""Writes a feed as an iCalendar file (RFC 5545, RFC 7986) for partners' calendars.

Partners subscribe to the file in Outlook, Google Calendar, Apple Calendar and
Thunderbird, so the output keeps to the plainest form that all of them read:

- one ``VEVENT`` per session, never a recurrence rule: a moved or cancelled
  session is simply a different event;
- start and end in UTC (``...Z``), so no ``VTIMEZONE`` is needed; the clients
  show them in the reader's own zone, and ``X-WR-TIMEZONE`` hints at Helsinki;
- the same document always gives the same bytes (no current time, no random
  ids), so a publisher can compare bytes to see whether anything changed.

``icalendar`` builds the components and formats dates and durations. Two things
are done here instead, because ``icalendar`` (7.3) gets them wrong for us:

- TEXT escaping: ``vText`` turns a literal backslash-N (``C:\\Nimet``) into a
  line break, passes control characters through unescaped, and ``NAME`` and
  ``X-WR-CALNAME`` are not escaped at all (they are "unknown" values to it);
- folding: icalendar 7 counts octets and keeps characters whole, but older
  versions (which ``icalendar>=6`` allows) differ, so the folding is ours and
  does not depend on the installed version.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from icalendar import Calendar, Event
from icalendar.prop import vDatetime, vDuration, vInt, vText

from ryhmat.domain.feeds import FeedDocument, FeedEvent

__all__ = [
    "LINE_LIMIT",
    "PRODID",
    "clean_text",
    "escape_text",
    "fold_line",
    "render_feed",
]

PRODID = "-//Ryhmät//Ryhmät//FI"
DISPLAY_TIMEZONE = "Europe/Helsinki"
LINE_LIMIT = 75  # octets per physical line, not counting the CRLF (RFC 5545 3.1)
CRLF = b"\r\n"

# Every way of breaking a line that some reader honours; each becomes one "\n".
_LINE_BREAKS = re.compile("\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# What the folding must keep on one physical line: an escape pair, or one character.
_FOLD_UNITS = re.compile(r"\\.|.", re.DOTALL)


def clean_text(value: str) -> str:
    """The text as a calendar can carry it, and as every reader gives it back.

    RFC 5545 TEXT has one kind of line break and no control characters: each
    line break (CRLF, CR, LF, VT, FF, NEL, U+2028, U+2029, ...) becomes ``"\\n"``;
    other control characters and lone surrogates are dropped. Tabs stay. Text
    without such characters is returned unchanged.
    """
    value = _LINE_BREAKS.sub("\n", value)
    return "".join(
        char for char in value if char in "\t\n" or unicodedata.category(char) not in ("Cc", "Cs")
    )


def escape_text(value: str) -> str:
    """A TEXT property value (RFC 5545 3.3.11): cleaned, then escaped.

    Backslash, semicolon and comma get a backslash, a line break becomes ``\\n``.
    Unlike ``icalendar.vText``, a literal backslash-N stays a backslash and an N.
    """
    return (
        clean_text(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\n", "\\n")
    )


def fold_line(line: str, limit: int = LINE_LIMIT) -> bytes:
    """One content line as UTF-8, folded so that no physical line exceeds ``limit`` octets.

    A fold is CRLF followed by one space, and the space counts towards the next
    line's octets. A line is never broken inside a character's UTF-8 sequence, nor
    between a backslash and the character it escapes (some readers trip on that).
    The result carries no final CRLF.
    """
    if limit < 5:  # room for the space and the longest unit (4 octets)
        raise ValueError(f"a folded line needs at least 5 octets, not {limit}")
    physical: list[bytes] = []
    current = bytearray()
    budget = limit
    for unit in _FOLD_UNITS.findall(line):
        encoded = unit.encode("utf-8")
        if current and len(current) + len(encoded) > budget:
            physical.append(bytes(current))
            current = bytearray()
            budget = limit - 1  # the leading space of the continuation line
        current += encoded
    physical.append(bytes(current))
    return (CRLF + b" ").join(physical)


def render_feed(document: FeedDocument) -> bytes:
    """The feed as an iCalendar file: UTF-8, CRLF line ends, folded at 75 octets.

    Events are ordered by start and then UID, and nothing in the output depends on
    the clock, so the same document always gives the same bytes.

    Raises ``ValueError`` when the document cannot make a valid calendar: a
    refresh interval that is not positive, a naive datetime, an event that ends
    before it starts, a negative sequence, an empty UID or two events with the same UID. An
    event that ends when it starts is written without ``DTEND``.
    """
    return _serialise(_build_calendar(document))


def render_event(event: FeedEvent) -> bytes:
    """One event as a CalDAV calendar object: a VCALENDAR without METHOD (RFC 4791
    forbids it there) or the feed's own properties, holding just this VEVENT."""
    calendar = Calendar()
    _add(calendar, "VERSION", _Text("2.0"))
    _add(calendar, "PRODID", _Text(PRODID))
    _add(calendar, "CALSCALE", _Text("GREGORIAN"))
    calendar.add_component(_build_event(_in_order([event])[0]))
    return _serialise(calendar)


def _serialise(calendar: Calendar) -> bytes:
    lines = calendar.content_lines(sorted=False)
    return b"".join(fold_line(str(line)) + CRLF for line in lines if line)


def _build_calendar(document: FeedDocument) -> Calendar:
    if document.refresh <= timedelta(0):
        raise ValueError(f"the refresh interval must be positive, not {document.refresh}")
    calendar = Calendar()
    _add(calendar, "VERSION", _Text("2.0"))
    _add(calendar, "PRODID", _Text(PRODID))
    _add(calendar, "CALSCALE", _Text("GREGORIAN"))
    _add(calendar, "METHOD", _Text("PUBLISH"))
    _add(calendar, "NAME", _Text(document.name))
    _add(calendar, "X-WR-CALNAME", _Text(document.name))
    _add(calendar, "REFRESH-INTERVAL", vDuration(document.refresh, params={"VALUE": "DURATION"}))
    _add(calendar, "X-PUBLISHED-TTL", vDuration(document.refresh))
    _add(calendar, "X-WR-TIMEZONE", _Text(DISPLAY_TIMEZONE))
    for event in _in_order(document.events):
        calendar.add_component(_build_event(event))
    return calendar


def _in_order(events: Sequence[FeedEvent]) -> list[FeedEvent]:
    seen: set[str] = set()
    for event in events:
        if not event.uid.strip():
            raise ValueError(f"an event that starts {event.start} has no UID")
        if event.uid in seen:
            raise ValueError(f"two events in the feed have the UID {event.uid!r}")
        seen.add(event.uid)
        _check(event)
    return sorted(events, key=lambda event: (event.start.astimezone(UTC), event.uid))


def _check(event: FeedEvent) -> None:
    start = _utc(event.start, event, "start")
    end = _utc(event.end, event, "end")
    _utc(event.stamp, event, "stamp")
    if end < start:
        raise ValueError(f"event {event.uid!r} ends ({end}) before it starts ({start})")
    if event.sequence < 0:
        raise ValueError(f"event {event.uid!r} has a negative sequence {event.sequence}")


def _build_event(event: FeedEvent) -> Event:
    stamp = _utc(event.stamp, event, "stamp")
    component = Event()
    _add(component, "UID", _Text(event.uid))
    _add(component, "SEQUENCE", vInt(event.sequence))
    _add(component, "DTSTAMP", vDatetime(stamp))
    _add(component, "LAST-MODIFIED", vDatetime(stamp))
    start = _utc(event.start, event, "start")
    end = _utc(event.end, event, "end")
    _add(component, "DTSTART", vDatetime(start))
    if end > start:  # RFC 5545 wants DTEND later than DTSTART; without it, no duration
        _add(component, "DTEND", vDatetime(end))
    _add(component, "SUMMARY", _Text(event.summary))
    if clean_text(event.location).strip():
        _add(component, "LOCATION", _Text(event.location))
    if clean_text(event.description).strip():
        _add(component, "DESCRIPTION", _Text(event.description))
    _add(component, "STATUS", _Text("CANCELLED" if event.cancelled else "CONFIRMED"))
    _add(component, "TRANSP", _Text("OPAQUE"))
    return component


def _utc(moment: datetime, event: FeedEvent, what: str) -> datetime:
    """The moment in UTC, whole seconds (iCalendar has no fractions)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"event {event.uid!r} has a naive {what} time {moment.isoformat()}")
    return moment.astimezone(UTC).replace(microsecond=0)


def _add(component: Calendar | Event, name: str, value: Any) -> None:
    component.add(name, value, encode=False)


class _Text(vText):
    """A TEXT value escaped by :func:`escape_text` rather than by ``vText``."""

    def to_ical(self) -> bytes:
        return escape_text(str(self)).encode("utf-8")
