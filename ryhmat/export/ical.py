"""Writes a feed as an iCalendar file (RFC 5545, RFC 7986) for partners' calendars.

Partners subscribe to the file in Outlook, Google Calendar, Apple Calendar and
Thunderbird, so the output keeps to the plainest form that all of them read:

- one ``VEVENT`` per session, never a recurrence rule: a moved or cancelled
  session is simply a different event;
- start and end in UTC (``...Z``), so no ``VTIMEZONE`` is needed; the clients
  show them in the reader's own zone, and ``X-WR-TIMEZONE`` hints at Helsinki;
- the same document always gives the same bytes (no current time, no random
  ids), so a publisher can compare bytes to see whether anything changed.

The content lines are written here rather than built as ``icalendar``
components: a feed of a few thousand sessions took twice as long through
``icalendar``'s objects as ``icalendar`` alone needs for plain events, because
two things have to be done here anyway, ``icalendar`` (7.3) getting them wrong
for us:

- TEXT escaping: ``vText`` turns a literal backslash-N (``C:\\Nimet``) into a
  line break, passes control characters through unescaped, and ``NAME`` and
  ``X-WR-CALNAME`` are not escaped at all (they are "unknown" values to it);
- folding: icalendar 7 counts octets and keeps characters whole, but older
  versions (which ``icalendar>=6`` allows) differ, so the folding is ours and
  does not depend on the installed version.

The calendar's name is written ``NAME;VALUE=TEXT`` and ``X-WR-CALNAME;VALUE=TEXT``.
TEXT is NAME's type anyway (RFC 7986), but ical.js (Thunderbird's reader) and
``icalendar`` unescape these two only when the line says so: without it they show
"MLL\\, Kallio" for "MLL, Kallio".

The tests read every feed back with ``icalendar``, ``vobject`` and ical.js.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta

from ryhmat.domain.feeds import FeedDocument, FeedEvent

__all__ = [
    "LINE_LIMIT",
    "PRODID",
    "RENDERING",
    "assemble_feed",
    "clean_text",
    "escape_text",
    "event_block",
    "event_blocks",
    "event_object",
    "feed_head",
    "fold_line",
    "in_order",
    "render_event",
    "render_feed",
]

PRODID = "-//Ryhmät//Ryhmät//FI"
# Raise it whenever the bytes written for the same document change: a feed's record of
# what it published (its blocks kept for the next publish) is then not trusted.
RENDERING = 1
DISPLAY_TIMEZONE = "Europe/Helsinki"
LINE_LIMIT = 75  # octets per physical line, not counting the CRLF (RFC 5545 3.1)
CRLF = b"\r\n"
FOLD = CRLF + b" "

# Every way of breaking a line that some reader honours; each becomes one "\n".
_LINE_BREAKS = re.compile("\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")
# The control characters (Unicode category Cc) but tab and line feed, and lone
# surrogates (Cs): one pattern, so that clean text costs one scan in C.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
_BACKSLASH = ord("\\")


def clean_text(value: str) -> str:
    """The text as a calendar can carry it, and as every reader gives it back.

    RFC 5545 TEXT has one kind of line break and no control characters: each
    line break (CRLF, CR, LF, VT, FF, NEL, U+2028, U+2029, ...) becomes ``"\\n"``;
    other control characters and lone surrogates are dropped. Tabs stay. Text
    without such characters is returned unchanged.
    """
    return _UNWANTED.sub("", _LINE_BREAKS.sub("\n", value))


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
    encoded = line.encode("utf-8")
    if len(encoded) <= limit:
        return encoded
    return FOLD.join(_physical_lines(encoded, limit))


def _physical_lines(encoded: bytes, limit: int) -> list[bytes]:
    """Cut at the last place within each line's budget that splits neither a
    character nor an escape pair: whole lines at a time, not character by character."""
    physical: list[bytes] = []
    start, budget = 0, limit
    while len(encoded) - start > budget:
        cut = start + budget
        while encoded[cut] & 0xC0 == 0x80:  # a continuation octet: inside a character
            cut -= 1
        if _escapes_next(encoded, cut - 1):
            cut -= 1
        if cut <= start:  # one pair longer than the whole budget: it goes on one line
            cut = _after_unit(encoded, start)
        physical.append(encoded[start:cut])
        start, budget = cut, limit - 1  # the leading space of the continuation line
    if start < len(encoded):
        physical.append(encoded[start:])
    return physical


def _escapes_next(encoded: bytes, index: int) -> bool:
    """Is the octet at ``index`` a backslash that escapes the character after it?
    Read from the start of its run of backslashes, they pair up two by two."""
    run = 0
    while index >= 0 and encoded[index] == _BACKSLASH:
        run += 1
        index -= 1
    return run % 2 == 1


def _after_unit(encoded: bytes, start: int) -> int:
    """Where the unit (a character, or a backslash and the character it escapes)
    that begins at ``start`` ends."""
    end = start + 1
    if encoded[start] == _BACKSLASH and end < len(encoded):
        end += 1
    while end < len(encoded) and encoded[end] & 0xC0 == 0x80:
        end += 1
    return end


def render_feed(document: FeedDocument) -> bytes:
    """The feed as an iCalendar file: UTF-8, CRLF line ends, folded at 75 octets.

    Events are ordered by start and then UID, and nothing in the output depends on
    the clock, so the same document always gives the same bytes.

    Raises ``ValueError`` when the document cannot make a valid calendar: a
    refresh interval that is not positive, a naive datetime, an event that ends
    before it starts, a negative sequence, an empty UID or two events with the same UID. An
    event that ends when it starts is written without ``DTEND``.
    """
    head = feed_head(document)
    texts = _TextCache()
    blocks = [_content(_event_lines(event, texts)) for event in in_order(document.events)]
    return assemble_feed(head, blocks)


def feed_head(document: FeedDocument) -> bytes:
    """The feed's lines before its first event: the calendar and its own properties."""
    if document.refresh <= timedelta(0):
        raise ValueError(f"the refresh interval must be positive, not {document.refresh}")
    refresh = _duration_text(document.refresh)
    name = escape_text(document.name)
    feed_lines = [
        "METHOD:PUBLISH",
        f"NAME;VALUE=TEXT:{name}",
        f"X-WR-CALNAME;VALUE=TEXT:{name}",
        f"REFRESH-INTERVAL;VALUE=DURATION:{refresh}",
        f"X-PUBLISHED-TTL:{refresh}",
        f"X-WR-TIMEZONE:{DISPLAY_TIMEZONE}",
    ]
    return _content(_CALENDAR_START) + _content(feed_lines)


def event_block(event: FeedEvent) -> bytes:
    """One event's lines, ``BEGIN:VEVENT`` to ``END:VEVENT``, as ``render_feed`` writes
    them; check the event first with ``in_order``."""
    return _content(_event_lines(event, _TextCache()))


def assemble_feed(head: bytes, blocks: Iterable[bytes]) -> bytes:
    """The file of ``feed_head`` and event blocks in ``in_order``'s order."""
    return b"".join([head, *blocks, _CALENDAR_END])


def event_blocks(content: bytes) -> list[bytes] | None:
    """The event blocks of a feed file this module wrote, in the file's order; None
    when the content is not laid out so. A text value never starts a line (a line
    break in a text is escaped, a folded line starts with a space), so every line
    ``BEGIN:VEVENT`` begins an event."""
    first = content.find(_EVENT_START)
    if first < 0:
        return [] if content.endswith(b"\r\n" + _CALENDAR_END) else None
    if not content.endswith(_EVENT_END + _CALENDAR_END) or content[first - 2 : first] != CRLF:
        return None
    pieces = content[first + len(_EVENT_START) : -len(_CALENDAR_END)].split(CRLF + _EVENT_START)
    # Each piece but the last lost to the split the CRLF that ended it.
    blocks = [_EVENT_START + piece + CRLF for piece in pieces[:-1]]
    blocks.append(_EVENT_START + pieces[-1])
    return blocks if all(block.endswith(_EVENT_END) for block in blocks) else None


def render_event(event: FeedEvent) -> bytes:
    """One event as a CalDAV calendar object: a VCALENDAR without METHOD (RFC 4791
    forbids it there) or the feed's own properties, holding just this VEVENT."""
    return _calendar([], in_order([event]))


def event_object(block: bytes) -> bytes:
    """``render_event`` of the event whose ``event_block`` this is."""
    return b"".join([_content(_CALENDAR_START), block, _CALENDAR_END])


_CALENDAR_START = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    f"PRODID:{escape_text(PRODID)}",
    "CALSCALE:GREGORIAN",
]
_CALENDAR_END = b"END:VCALENDAR" + CRLF
_EVENT_START = b"BEGIN:VEVENT" + CRLF
_EVENT_END = b"END:VEVENT" + CRLF


def _calendar(own_lines: list[str], events: Sequence[FeedEvent]) -> bytes:
    texts = _TextCache()
    return b"".join(
        [
            _content(_CALENDAR_START),
            _content(own_lines),
            *(_content(_event_lines(event, texts)) for event in events),
            _CALENDAR_END,
        ]
    )


def _content(lines: Iterable[str]) -> bytes:
    return b"".join(fold_line(line) + CRLF for line in lines)


def in_order(events: Sequence[FeedEvent]) -> list[FeedEvent]:
    """The events checked (``render_feed`` says what it refuses) and in the order a
    feed file holds them: by start, then UID."""
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


class _TextCache(dict[str, str]):
    """Escaped texts of one feed: its sessions share a few group names, places and
    leaders, so most texts are escaped once, not once per session."""

    def __missing__(self, text: str) -> str:
        escaped = self[text] = escape_text(text)
        return escaped


def _event_lines(event: FeedEvent, texts: _TextCache) -> list[str]:
    stamp = _utc_text(_utc(event.stamp, event, "stamp"))
    start = _utc(event.start, event, "start")
    end = _utc(event.end, event, "end")
    lines = [
        "BEGIN:VEVENT",
        f"UID:{texts[event.uid]}",
        f"SEQUENCE:{event.sequence}",
        f"DTSTAMP:{stamp}",
        f"LAST-MODIFIED:{stamp}",
        f"DTSTART:{_utc_text(start)}",
    ]
    if end > start:  # RFC 5545 wants DTEND later than DTSTART; without it, no duration
        lines.append(f"DTEND:{_utc_text(end)}")
    lines.append(f"SUMMARY:{texts[event.summary]}")
    # Text that cleaning leaves blank would be an empty property: left out.
    if clean_text(event.location).strip():
        lines.append(f"LOCATION:{texts[event.location]}")
    if clean_text(event.description).strip():
        lines.append(f"DESCRIPTION:{texts[event.description]}")
    lines.append("STATUS:CANCELLED" if event.cancelled else "STATUS:CONFIRMED")
    lines.append("TRANSP:OPAQUE")
    lines.append("END:VEVENT")
    return lines


def _utc(moment: datetime, event: FeedEvent, what: str) -> datetime:
    """The moment in UTC, whole seconds (iCalendar has no fractions)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"event {event.uid!r} has a naive {what} time {moment.isoformat()}")
    return moment.astimezone(UTC).replace(microsecond=0)


def _duration_text(length: timedelta) -> str:
    """A positive DURATION (RFC 5545 3.3.6) as ``icalendar.vDuration`` writes it:
    ``PT1H``, ``PT1H30M``, ``P7D``, ``P1DT1M``."""
    hours, rest = divmod(length.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    clock = ""
    if length.seconds:
        clock = "T" + (f"{hours}H" if hours else "")
        clock += f"{minutes}M" if minutes or (hours and seconds) else ""
        clock += f"{seconds}S" if seconds else ""
    days = f"{length.days}D" if length.days or not clock else ""
    return f"P{days}{clock}"


def _utc_text(moment: datetime) -> str:
    """A UTC DATE-TIME (RFC 5545 3.3.5, form 2), as ``icalendar.vDatetime`` writes it."""
    return (
        f"{moment.year:04}{moment.month:02}{moment.day:02}"
        f"T{moment.hour:02}{moment.minute:02}{moment.second:02}Z"
    )
