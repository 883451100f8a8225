"""The iCalendar writer: what partners' calendar programs read from a feed."""

from __future__ import annotations

import itertools
import json
import random
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Any

import icalendar
import pytest
import recurring_ical_events  # type: ignore[import-untyped]
import vobject  # type: ignore[import-untyped]
from hypothesis import given
from hypothesis import strategies as st
from icalendar.parser import Contentline

from ryhmat.domain.feeds import FeedDocument, FeedEvent
from ryhmat.domain.timezone import HELSINKI, wall_clock
from ryhmat.export.ical import (
    LINE_LIMIT,
    assemble_feed,
    clean_text,
    escape_text,
    event_block,
    event_blocks,
    event_object,
    feed_head,
    fold_line,
    in_order,
    render_event,
    render_feed,
)

STAMP = datetime(2026, 2, 1, 8, 15, 42, tzinfo=UTC)
FEED_NAME = "MLL Äänekoski, perhekahvila; kevät–syksy 2026"

# Long enough to fold several times, with two- three- and four-octet characters
# (ä ö å – 😀) all along it; worded so that an "ä" and the "😀" would straddle
# the 75th octet of their lines (see the test on folding the long description).
LONG_DESCRIPTION = (
    "Isä–lapsi-kerhossa isät, papat ja muut läheiset leikkivät, "
    "liikkuvat ja askartelevat yhdessä lasten kanssa; välillä keitetään kahvit "
    "ja jutellaan arjesta. Mukaan pääsee ilman ilmoittautumista 😀. "
    "Ohjaajina perhetyöntekijä ja neuvolan terveydenhoitaja.\n"
    "Tervetuloa myös Åbolandista! Huom: sisäänkäynti pihan puolelta, C:\\Nimet ei ole polku."
)
assert len(LONG_DESCRIPTION) > 200


def session(
    day: date,
    uid: str,
    *,
    summary: str = "Isä–lapsi-kerho",
    location: str = "Perhekeskus Äijälä, Keskustie 3",
    description: str = "",
    cancelled: bool = False,
    sequence: int = 0,
    at: time = time(9, 30),
    until: time = time(11, 0),
    stamp: datetime = STAMP,
) -> FeedEvent:
    return FeedEvent(
        uid=uid,
        sequence=sequence,
        start=wall_clock(day, at),
        end=wall_clock(day, until),
        summary=summary,
        location=location,
        description=description,
        cancelled=cancelled,
        stamp=stamp,
    )


# Sessions at 9.30 Helsinki on both sides of both clock changes of 2026
# (summer time starts 29.3., ends 25.10.); given out of order on purpose.
EVENTS = [
    session(date(2026, 10, 26), "s-after-autumn@ryhmat.fi", summary="Vauvaryhmä 😀"),
    session(
        date(2026, 3, 27),
        "s-before-spring@ryhmat.fi",
        summary="Avoin päiväkoti, kevät; ulkoilu",
        description=LONG_DESCRIPTION,
        sequence=2,
    ),
    session(
        date(2026, 3, 30),
        "s-after-spring@ryhmat.fi",
        summary="PERUTTU: Isä–lapsi-kerho (ohjaaja sairastunut)",
        cancelled=True,
        sequence=3,
        stamp=datetime(2026, 3, 30, 9, 5, 7, 123456, tzinfo=HELSINKI),
    ),
    session(date(2026, 10, 23), "s-before-autumn@ryhmat.fi", location="", description="Åå öö"),
]
DOCUMENT = FeedDocument(name=FEED_NAME, refresh=timedelta(hours=1), events=EVENTS)
BY_UID = {event.uid: event for event in EVENTS}


@pytest.fixture(scope="module")
def data() -> bytes:
    return render_feed(DOCUMENT)


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n")
    return data[:-2].split(b"\r\n")


def unfold(data: bytes) -> list[str]:
    """The content lines, unfolded (RFC 5545 3.1), one string each."""
    return data.decode("utf-8")[:-2].replace("\r\n ", "").split("\r\n")


def unescape(value: str) -> str:
    return re.sub(r"\\(.)", lambda m: "\n" if m[1] in "nN" else m[1], value)


def values(data: bytes, name: str) -> list[str]:
    """The raw (still escaped) values of every property called ``name``, whatever its
    parameters (none contains a colon here)."""
    line_of_name = re.compile(rf"{re.escape(name)}(?:;[^:]*)?:(.*)")
    return [found[1] for line in unfold(data) if (found := line_of_name.fullmatch(line))]


def events_by_uid(data: bytes) -> dict[str, dict[str, str]]:
    """Per VEVENT, its properties (name with parameters -> raw value)."""
    found: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in unfold(data):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            assert current is not None
            found[current["UID"]] = current
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            assert name not in current
            current[name] = value
    return found


# -- the bytes ---------------------------------------------------------------


def test_every_line_ends_with_crlf_and_nothing_else_breaks_a_line(data: bytes) -> None:
    for line in physical_lines(data):
        assert b"\r" not in line
        assert b"\n" not in line


def test_no_physical_line_is_longer_than_75_octets(data: bytes) -> None:
    lines = physical_lines(data)
    assert max(len(line) for line in lines) <= LINE_LIMIT
    assert any(len(line) == LINE_LIMIT for line in lines)  # the limit is used, not avoided


def test_every_physical_line_is_utf8_on_its_own(data: bytes) -> None:
    for line in physical_lines(data):
        line.decode("utf-8")  # raises if a fold had split a character


def test_the_long_description_folds_before_characters_that_would_straddle_the_limit(
    data: bytes,
) -> None:
    lines = physical_lines(data)
    first = next(i for i, line in enumerate(lines) if line.startswith("DESCRIPTION:Isä".encode()))
    block = [lines[first]]
    block += itertools.takewhile(lambda line: line.startswith(b" "), lines[first + 1 :])
    assert len(block) >= 4
    straddling = set()
    for line, following in itertools.pairwise(block):
        char = following[1:].decode("utf-8")[0]
        if len(line) < LINE_LIMIT < len(line) + len(char.encode("utf-8")):
            straddling.add(char)
    # A cut at the 75th octet would have split these; the fold went before them.
    assert straddling >= {"ä", "😀"}


def test_unfolding_gives_back_the_exact_texts(data: bytes) -> None:
    events = events_by_uid(data)
    assert set(events) == set(BY_UID)
    for uid, properties in events.items():
        event = BY_UID[uid]
        assert unescape(properties["SUMMARY"]) == event.summary
        assert unescape(properties.get("LOCATION", "")) == event.location
        assert unescape(properties.get("DESCRIPTION", "")) == event.description
    assert values(data, "NAME") == [escape_text(FEED_NAME)]
    assert unescape(values(data, "X-WR-CALNAME")[0]) == FEED_NAME


def test_text_is_escaped_as_rfc_5545_says(data: bytes) -> None:
    assert values(data, "NAME") == [r"MLL Äänekoski\, perhekahvila\; kevät–syksy 2026"]
    description = events_by_uid(data)["s-before-spring@ryhmat.fi"]["DESCRIPTION"]
    assert r"kerhossa isät\, papat" in description
    assert r"lasten kanssa\; välillä" in description
    assert r"terveydenhoitaja.\nTervetuloa" in description
    assert r"C:\\Nimet" in description  # a backslash stays a backslash


def test_the_calendar_header(data: bytes) -> None:
    lines = unfold(data)
    assert lines[:10] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Ryhmät//Ryhmät//FI",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        r"NAME;VALUE=TEXT:MLL Äänekoski\, perhekahvila\; kevät–syksy 2026",
        r"X-WR-CALNAME;VALUE=TEXT:MLL Äänekoski\, perhekahvila\; kevät–syksy 2026",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H",
        "X-WR-TIMEZONE:Europe/Helsinki",
    ]
    assert lines[-1] == "END:VCALENDAR"
    assert "BEGIN:VTIMEZONE" not in lines
    assert not any(line.startswith(("RRULE", "RDATE", "EXDATE", "TZID")) for line in lines)
    assert ";TZID=" not in data.decode()


def test_the_refresh_interval_follows_the_document() -> None:
    document = replace(DOCUMENT, refresh=timedelta(days=1, minutes=30))
    lines = unfold(render_feed(document))
    assert "REFRESH-INTERVAL;VALUE=DURATION:P1DT30M" in lines
    assert "X-PUBLISHED-TTL:P1DT30M" in lines


def test_one_event_per_session_with_the_given_identity(data: bytes) -> None:
    events = events_by_uid(data)
    assert list(events) == [
        "s-before-spring@ryhmat.fi",
        "s-after-spring@ryhmat.fi",
        "s-before-autumn@ryhmat.fi",
        "s-after-autumn@ryhmat.fi",
    ]
    assert events["s-before-spring@ryhmat.fi"]["SEQUENCE"] == "2"
    assert events["s-after-autumn@ryhmat.fi"]["SEQUENCE"] == "0"
    assert events["s-after-spring@ryhmat.fi"]["SEQUENCE"] == "3"
    for properties in events.values():
        assert properties["TRANSP"] == "OPAQUE"


def test_times_are_utc_and_the_wall_clock_is_9_30_on_both_sides_of_dst(data: bytes) -> None:
    events = events_by_uid(data)
    assert events["s-before-spring@ryhmat.fi"]["DTSTART"] == "20260327T073000Z"
    assert events["s-before-spring@ryhmat.fi"]["DTEND"] == "20260327T090000Z"
    assert events["s-after-spring@ryhmat.fi"]["DTSTART"] == "20260330T063000Z"
    assert events["s-after-spring@ryhmat.fi"]["DTEND"] == "20260330T080000Z"
    assert events["s-before-autumn@ryhmat.fi"]["DTSTART"] == "20261023T063000Z"
    assert events["s-after-autumn@ryhmat.fi"]["DTSTART"] == "20261026T073000Z"


def test_stamps_are_utc_and_given_by_the_event_never_by_the_clock(data: bytes) -> None:
    events = events_by_uid(data)
    before = events["s-before-spring@ryhmat.fi"]
    assert before["DTSTAMP"] == before["LAST-MODIFIED"] == "20260201T081542Z"
    # 9.05.07,123456 Helsinki summer time: whole seconds, in UTC.
    after = events["s-after-spring@ryhmat.fi"]
    assert after["DTSTAMP"] == after["LAST-MODIFIED"] == "20260330T060507Z"


def test_a_cancelled_session_is_cancelled_and_keeps_its_summary(data: bytes) -> None:
    events = events_by_uid(data)
    cancelled = events["s-after-spring@ryhmat.fi"]
    assert cancelled["STATUS"] == "CANCELLED"
    assert cancelled["SUMMARY"] == "PERUTTU: Isä–lapsi-kerho (ohjaaja sairastunut)"
    others = [properties for uid, properties in events.items() if uid != cancelled["UID"]]
    assert {properties["STATUS"] for properties in others} == {"CONFIRMED"}


def test_empty_location_and_description_are_left_out(data: bytes) -> None:
    events = events_by_uid(data)
    assert "LOCATION" not in events["s-before-autumn@ryhmat.fi"]
    assert "DESCRIPTION" not in events["s-after-autumn@ryhmat.fi"]
    assert "LOCATION" in events["s-after-autumn@ryhmat.fi"]
    blank = replace(EVENTS[0], location="  ", description="\n")
    rendered = events_by_uid(render_feed(replace(DOCUMENT, events=[blank])))
    assert "LOCATION" not in rendered[blank.uid]
    assert "DESCRIPTION" not in rendered[blank.uid]


def test_the_same_document_gives_the_same_bytes(data: bytes) -> None:
    assert render_feed(DOCUMENT) == data
    shuffled = list(EVENTS)
    random.Random(7).shuffle(shuffled)
    assert render_feed(replace(DOCUMENT, events=shuffled)) == data
    assert render_feed(replace(DOCUMENT, events=list(reversed(EVENTS)))) == data


def test_sessions_at_the_same_time_are_ordered_by_uid() -> None:
    day = date(2026, 5, 5)
    events = [session(day, "b"), session(day, "a"), session(day, "c", at=time(9))]
    assert list(events_by_uid(render_feed(replace(DOCUMENT, events=events)))) == ["c", "a", "b"]


def test_an_empty_feed_is_a_valid_calendar() -> None:
    data = render_feed(FeedDocument(name="Tyhjä", refresh=timedelta(hours=1), events=[]))
    calendar = icalendar.Calendar.from_ical(data)
    assert calendar.walk("VEVENT") == []
    assert unfold(data)[-1] == "END:VCALENDAR"


# -- other programs read it --------------------------------------------------


def test_icalendar_reads_it_without_errors(data: bytes) -> None:
    for line in unfold(data):
        Contentline(line, strict=True).parts()  # raises on a malformed line
    calendar = icalendar.Calendar.from_ical(data)
    components = list(calendar.walk())
    assert [component.name for component in components] == ["VCALENDAR"] + ["VEVENT"] * 4
    for component in components:
        assert component.errors == []
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert calendar.decoded("REFRESH-INTERVAL") == timedelta(hours=1)
    uids = [str(event["UID"]) for event in calendar.walk("VEVENT")]
    assert len(set(uids)) == len(uids) == len(EVENTS)
    for event in calendar.walk("VEVENT"):
        expected = BY_UID[str(event["UID"])]
        start = event.decoded("DTSTART")
        assert start.tzinfo is not None
        assert start.utcoffset() == timedelta(0)
        assert "TZID" not in event["DTSTART"].params
        assert start == expected.start
        assert event.decoded("DTEND") == expected.end
        assert str(event["SUMMARY"]) == expected.summary
        assert str(event.get("DESCRIPTION", "")) == expected.description
        assert str(event.get("LOCATION", "")) == expected.location
        assert event.decoded("SEQUENCE") == expected.sequence
        assert event.decoded("DTSTAMP") == expected.stamp.replace(microsecond=0)
        assert event.decoded("LAST-MODIFIED") == expected.stamp.replace(microsecond=0)
        assert str(event["STATUS"]) == ("CANCELLED" if expected.cancelled else "CONFIRMED")


def test_vobject_reads_it(data: bytes) -> None:
    calendar = vobject.readOne(data.decode("utf-8"))
    assert calendar.contents["name"][0].value == FEED_NAME
    assert calendar.contents["x-wr-calname"][0].value == FEED_NAME
    assert len(calendar.vevent_list) == len(EVENTS)
    for event in calendar.vevent_list:
        expected = BY_UID[event.uid.value]
        assert event.summary.value == expected.summary
        assert event.dtstart.value == expected.start
        assert event.dtstart.value.utcoffset() == timedelta(0)
        assert event.dtend.value == expected.end
        assert event.status.value == ("CANCELLED" if expected.cancelled else "CONFIRMED")
        if expected.description:
            assert event.description.value == expected.description


def test_a_calendar_program_shows_each_session_at_9_30_helsinki_time(data: bytes) -> None:
    calendar = icalendar.Calendar.from_ical(data)
    occurrences = recurring_ical_events.of(calendar).between(
        datetime(2026, 1, 1, tzinfo=UTC), datetime(2027, 1, 1, tzinfo=UTC)
    )
    starts: dict[str, datetime] = {}
    for occurrence in occurrences:
        uid = str(occurrence["UID"])
        assert uid not in starts
        starts[uid] = occurrence.decoded("DTSTART").astimezone(HELSINKI)
    assert set(starts) == set(BY_UID)
    for uid, start in starts.items():
        assert start.date() == BY_UID[uid].start.date()
        assert start.time() == time(9, 30)
    # the two sides of each change really have different UTC offsets
    assert starts["s-before-spring@ryhmat.fi"].utcoffset() == timedelta(hours=2)
    assert starts["s-after-spring@ryhmat.fi"].utcoffset() == timedelta(hours=3)
    assert starts["s-before-autumn@ryhmat.fi"].utcoffset() == timedelta(hours=3)
    assert starts["s-after-autumn@ryhmat.fi"].utcoffset() == timedelta(hours=2)


# -- what the writer refuses -------------------------------------------------


@pytest.mark.parametrize(
    "change",
    [
        # Naive on purpose: the writer refuses a time without its zone.
        {"start": datetime(2026, 5, 5, 9, 30)},  # noqa: DTZ001
        {"end": datetime(2026, 5, 5, 11, 0)},  # noqa: DTZ001
        {"stamp": datetime(2026, 5, 5, 11, 0)},  # noqa: DTZ001
        {"end": wall_clock(date(2026, 3, 27), time(9))},
        {"sequence": -1},
    ],
    ids=["naive start", "naive end", "naive stamp", "ends before it starts", "negative"],
)
def test_an_impossible_event_is_refused(change: dict[str, Any]) -> None:
    event = replace(EVENTS[1], **change)
    with pytest.raises(ValueError, match="s-before-spring"):
        render_feed(replace(DOCUMENT, events=[event]))


def test_an_event_without_a_uid_is_refused() -> None:
    with pytest.raises(ValueError, match="no UID"):
        render_feed(replace(DOCUMENT, events=[replace(EVENTS[0], uid=" ")]))


def test_two_events_with_one_uid_are_refused() -> None:
    twin = replace(EVENTS[0], start=EVENTS[0].start + timedelta(days=7))
    with pytest.raises(ValueError, match="UID"):
        render_feed(replace(DOCUMENT, events=[EVENTS[0], twin]))


@pytest.mark.parametrize("refresh", [timedelta(0), timedelta(minutes=-5)])
def test_a_refresh_interval_that_is_not_positive_is_refused(refresh: timedelta) -> None:
    with pytest.raises(ValueError, match="refresh"):
        render_feed(replace(DOCUMENT, refresh=refresh))


def test_an_event_that_ends_when_it_starts_has_no_end() -> None:
    moment = EVENTS[1].start
    event = replace(EVENTS[1], end=moment + timedelta(microseconds=5))
    (rendered,) = events_by_uid(render_feed(replace(DOCUMENT, events=[event]))).values()
    assert rendered["DTSTART"] == "20260327T073000Z"
    assert "DTEND" not in rendered


def test_an_aware_start_in_any_zone_is_the_same_moment() -> None:
    event = EVENTS[1]
    elsewhere = replace(
        event,
        start=event.start.astimezone(timezone(timedelta(hours=-5))),
        end=event.end.astimezone(UTC),
    )
    assert render_feed(replace(DOCUMENT, events=[elsewhere])) == render_feed(
        replace(DOCUMENT, events=[event])
    )


# -- text and folding --------------------------------------------------------


def test_clean_text_keeps_ordinary_text_and_normalises_line_breaks() -> None:
    assert clean_text("Isä\tlapsi; 😀, C:\\Nimet") == "Isä\tlapsi; 😀, C:\\Nimet"
    assert clean_text("a\r\nb\rc\nd\u2028e\x85f") == "a\nb\nc\nd\ne\nf"
    assert clean_text("a\x00b\x07c\x7fd\x9be\ud800f") == "abcdef"


def test_escape_text() -> None:
    assert escape_text("a,b;c\\d\ne\\Nf") == r"a\,b\;c\\d\ne\\Nf"


@pytest.mark.parametrize("char", ["ä", "–", "😀"])
@pytest.mark.parametrize("padding", range(68, 80))
def test_folding_never_splits_a_character(char: str, padding: int) -> None:
    line = "X" * padding + char * 60
    folded = fold_line(line)
    physical = folded.split(b"\r\n")
    assert len(physical) > 1
    for index, part in enumerate(physical):
        assert len(part) <= LINE_LIMIT
        assert part.decode("utf-8")
        assert part.startswith(b" ") == (index > 0)
    assert folded.replace(b"\r\n ", b"").decode("utf-8") == line


def test_folding_keeps_an_escape_pair_together() -> None:
    line = "SUMMARY:" + "x" * 66 + r"\,yyy"
    assert fold_line(line) == ("SUMMARY:" + "x" * 66 + "\r\n " + r"\,yyy").encode()


def test_a_short_line_is_not_folded() -> None:
    assert fold_line("X" * 75) == b"X" * 75
    assert fold_line("X" * 76) == b"X" * 75 + b"\r\n X"
    assert fold_line("") == b""


# -- any text at all ---------------------------------------------------------

ANY_TEXT = st.text(st.characters(exclude_categories=["Cs"]), max_size=400)
# Text without control characters or line separators other than "\n" comes back as is.
PLAIN_TEXT = st.text(
    st.characters(exclude_categories=["Cs", "Cc", "Zl", "Zp"], include_characters="\n\t"),
    max_size=400,
)


def check_round_trip(summary: str, description: str, expected: tuple[str, str]) -> None:
    event = replace(EVENTS[0], summary=summary, description=description)
    data = render_feed(replace(DOCUMENT, name=summary, events=[event]))
    for line in physical_lines(data):
        assert len(line) <= LINE_LIMIT
        line.decode("utf-8")
    (rendered,) = events_by_uid(data).values()
    assert unescape(rendered["SUMMARY"]) == expected[0]
    assert unescape(rendered.get("DESCRIPTION", "")) == (expected[1] if expected[1].strip() else "")
    assert unescape(values(data, "NAME")[0]) == expected[0]
    (parsed,) = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert str(parsed["SUMMARY"]) == expected[0]
    assert vobject.readOne(data.decode("utf-8")).vevent.summary.value == expected[0]


@given(summary=PLAIN_TEXT, description=PLAIN_TEXT)
def test_any_plain_text_unfolds_to_itself(summary: str, description: str) -> None:
    check_round_trip(summary, description, (summary, description))


@given(summary=ANY_TEXT, description=ANY_TEXT)
def test_any_text_unfolds_to_its_cleaned_self(summary: str, description: str) -> None:
    check_round_trip(summary, description, (clean_text(summary), clean_text(description)))


def test_a_calendar_object_for_caldav_holds_one_event_and_no_method() -> None:
    event = BY_UID["s-after-spring@ryhmat.fi"]
    data = render_event(event)
    assert b"METHOD" not in data
    assert b"X-WR-CALNAME" not in data
    calendar = icalendar.Calendar.from_ical(data)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["UID"]) == event.uid
    assert str(vevent["STATUS"]) == "CANCELLED"
    assert all(len(line) <= LINE_LIMIT for line in data.split(b"\r\n"))


# --- what Thunderbird's reader (ical.js) shows ----------------------------------------

JS_READERS = Path(__file__).parents[2] / "js"
# Names that readers have shown with their escapes: "MLL\\, Kallio".
NAMES_AS_TYPED = [
    FEED_NAME,
    "Perhekahvila, MLL; Kallio",
    r"C:\Nimet\n ja \\palvelin\ , ; \, \;",
    "Vauvaryhmä \\",
    "a,b;c\\d\\nE",
]


def read_with_ical_js(data: bytes) -> dict[str, Any]:
    """What ical.js (run by node, installed by `make pytest` from tests/js) reads."""
    node = shutil.which("node")
    if node is None or not (JS_READERS / "node_modules" / "ical.js").is_dir():
        pytest.fail("node and ical.js are needed: run `make pytest` (npm ci in tests/js)")
    finished = subprocess.run(
        [node, str(JS_READERS / "read_calendar.mjs")],
        input=data,
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert finished.returncode == 0, finished.stderr.decode(errors="replace")
    read: dict[str, Any] = json.loads(finished.stdout)
    return read


@pytest.mark.parametrize("name", NAMES_AS_TYPED)
def test_ical_js_and_icalendar_show_the_calendar_name_as_typed(name: str) -> None:
    data = render_feed(replace(DOCUMENT, name=name))

    read = read_with_ical_js(data)
    assert read["name"] == [name]
    assert read["x-wr-calname"] == [name]
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["NAME"]) == name
    assert str(calendar["X-WR-CALNAME"]) == name
    assert calendar.calendar_name == name
    assert vobject.readOne(data.decode("utf-8")).contents["x-wr-calname"][0].value == name


@given(st.text(alphabet=st.sampled_from(",;\\nN :aä–😀"), min_size=1, max_size=30))
def test_icalendar_shows_any_calendar_name_as_typed(name: str) -> None:
    data = render_feed(replace(DOCUMENT, name=name, events=[]))
    calendar = icalendar.Calendar.from_ical(data)
    assert str(calendar["NAME"]) == clean_text(name)
    assert str(calendar["X-WR-CALNAME"]) == clean_text(name)


def test_ical_js_reads_every_event_as_written(data: bytes) -> None:
    read = read_with_ical_js(data)
    assert {e["uid"]: e["summary"] for e in read["events"]} == {
        uid: event.summary for uid, event in BY_UID.items()
    }
    for event in read["events"]:
        expected = BY_UID[event["uid"]]
        assert (event["location"] or "") == expected.location
        assert (event["description"] or "") == expected.description


def test_a_feed_is_its_head_and_its_event_blocks_in_order(data: bytes) -> None:
    blocks = [event_block(event) for event in in_order(DOCUMENT.events)]
    assert assemble_feed(feed_head(DOCUMENT), blocks) == data
    assert event_blocks(data) == blocks
    assert [event.uid for event in in_order(DOCUMENT.events)] == sorted(
        BY_UID, key=lambda uid: BY_UID[uid].start
    )


def test_an_event_object_is_the_block_in_a_calendar_of_its_own() -> None:
    for event in EVENTS:
        assert event_object(event_block(event)) == render_event(event)


def test_the_blocks_of_an_empty_feed_are_none_and_of_other_content_unknown() -> None:
    empty = render_feed(FeedDocument(name=FEED_NAME, refresh=timedelta(hours=1), events=[]))
    assert event_blocks(empty) == []
    assert event_blocks(b"") is None
    assert event_blocks(render_feed(DOCUMENT)[:-3]) is None
    assert event_blocks(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n") is None


@given(summary=st.text(max_size=300), description=st.text(max_size=300))
def test_any_text_keeps_each_event_one_block(summary: str, description: str) -> None:
    """No text, however it breaks lines, starts a line that looks like an event's start."""
    events = [
        session(date(2026, 5, 4), "a@ryhmat.fi", summary=summary, description=description),
        session(date(2026, 5, 5), "b@ryhmat.fi", summary=description, description=summary),
    ]
    document = FeedDocument(name=FEED_NAME, refresh=timedelta(hours=1), events=events)
    assert event_blocks(render_feed(document)) == [event_block(event) for event in events]
