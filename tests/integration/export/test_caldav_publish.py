"""Publishing feeds to a real Radicale server: create, leave alone, update in place,
delete, repair, and one clear error for each thing that can go wrong."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import icalendar
import niquests
import pytest
from caldav.davclient import DAVClient

from ryhmat.export import caldav_publish
from ryhmat.export.caldav_publish import (
    BAD_LOGIN,
    FORBIDDEN,
    NO_PASSWORD,
    NOT_FOUND,
    PASSWORD_NOT_STORED,
    SERVER_ERROR,
    UNEXPECTED_ANSWER,
    UNREACHABLE,
    CalDavTarget,
    PublishError,
    PublishReport,
    caldav_password,
    calendar_slug,
    publish_events,
    store_caldav_password,
    without_method,
)
from tests.integration.export.caldav_view import ServerView, Stored, done
from tests.integration.export.conftest import Server
from tests.keyrings import MemoryKeyring
from tests.loopback import free_port

STAMP = datetime(2026, 8, 1, 6, 0, tzinfo=UTC)
CALENDAR = "MLL Kallio – perhekahvila"

T = TypeVar("T")


def event(
    uid: str,
    summary: str,
    start: datetime,
    *,
    sequence: int = 0,
    status: str = "CONFIRMED",
    modified: datetime = STAMP,
) -> bytes:
    """One session as the app's renderer writes it: a VCALENDAR with one VEVENT."""
    vevent = icalendar.Event()
    vevent.add("uid", uid)
    vevent.add("sequence", sequence)
    vevent.add("dtstamp", modified)
    vevent.add("last-modified", modified)
    vevent.add("dtstart", start)
    vevent.add("dtend", start + timedelta(minutes=90))
    vevent.add("summary", summary)
    vevent.add("status", status)
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Ryhmät//Ryhmät 0.1//FI")
    calendar.add("version", "2.0")
    calendar.add_component(vevent)
    data: bytes = calendar.to_ical()
    assert b"\r\n" in data
    return data


def tuesday(week: int) -> datetime:
    return datetime(2026, 9, 1, 6, 30, tzinfo=UTC) + timedelta(weeks=week)


def season() -> dict[str, bytes]:
    sessions = {
        "kerta-1@ryhmat.fi": ("Perhekahvila: syksyn aloitus", tuesday(0)),
        "kerta-2@ryhmat.fi": ("Perhekahvila: satutuokio, laulut; leikit", tuesday(1)),
        "kerta-3@ryhmat.fi": ("Perhekahvila: ulkoilu", tuesday(2)),
        "kerta-4": ("Isä–lapsi-ilta", tuesday(3)),
    }
    return {uid: event(uid, summary, start) for uid, (summary, start) in sessions.items()}


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(method, url) of every request any caldav client sends from here on."""
    requests: list[tuple[str, str]] = []
    send = DAVClient.request

    def spy(self: DAVClient, url: str, method: str = "GET", *args: Any, **kwargs: Any) -> Any:
        requests.append((method, str(url)))
        return send(self, url, method, *args, **kwargs)

    monkeypatch.setattr(DAVClient, "request", spy)
    return requests


def writes(sent: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [(method, url) for method, url in sent if method not in ("PROPFIND", "REPORT", "GET")]


@pytest.fixture
def target(radicale_server: Server) -> CalDavTarget:
    return CalDavTarget(radicale_server.url, radicale_server.user, CALENDAR)


@pytest.fixture
def view(radicale_server: Server) -> ServerView:
    return ServerView(radicale_server)


def publish(target: CalDavTarget, server: Server, events: Mapping[str, bytes]) -> PublishReport:
    return publish_events(target, server.password, events)


def assert_server_holds(view: ServerView, events: Mapping[str, bytes]) -> dict[str, Stored]:
    stored = view.events(CALENDAR)
    assert set(stored) == set(events)
    for uid, data in events.items():
        ours = icalendar.Calendar.from_ical(data).walk("VEVENT")[0]
        theirs = stored[uid].vevent
        for name in ("SUMMARY", "STATUS"):
            assert str(theirs[name]) == str(ours[name]), (uid, name)
        for name in ("DTSTART", "DTEND", "LAST-MODIFIED", "SEQUENCE"):
            assert theirs.decoded(name) == ours.decoded(name), (uid, name)
    return stored


# --- what a run does --------------------------------------------------------------


def test_first_publish_creates_the_calendar_and_every_event(
    radicale_server: Server, target: CalDavTarget, view: ServerView
) -> None:
    events = season()

    report = publish(target, radicale_server, events)

    assert report == PublishReport(created=4, updated=0, deleted=0, unchanged=0)
    (calendar_url,) = view.calendar_urls()
    assert calendar_url.rstrip("/").endswith("/" + calendar_slug(CALENDAR))
    stored = assert_server_holds(view, events)
    assert str(stored["kerta-2@ryhmat.fi"].vevent["SUMMARY"]) == (
        "Perhekahvila: satutuokio, laulut; leikit"
    )
    assert stored["kerta-4"].url == calendar_url + "kerta-4.ics"
    assert all(s.url.startswith(calendar_url) for s in stored.values())


def test_republishing_unchanged_events_changes_nothing_on_the_server(
    radicale_server: Server, target: CalDavTarget, view: ServerView, sent: list[tuple[str, str]]
) -> None:
    events = season()
    publish(target, radicale_server, events)
    before = view.events(CALENDAR)
    sent.clear()

    report = publish(target, radicale_server, season())

    assert report == PublishReport(created=0, updated=0, deleted=0, unchanged=4)
    assert sent, "the spy saw no request"
    assert writes(sent) == []
    after = view.events(CALENDAR)
    assert {uid: (s.url, s.etag) for uid, s in after.items()} == {
        uid: (s.url, s.etag) for uid, s in before.items()
    }
    assert len(view.calendar_urls()) == 1


def test_a_changed_event_is_updated_in_place(
    radicale_server: Server, target: CalDavTarget, view: ServerView, sent: list[tuple[str, str]]
) -> None:
    events = season()
    publish(target, radicale_server, events)
    before = view.events(CALENDAR)
    moved = tuesday(1) + timedelta(days=2, hours=3)
    events["kerta-2@ryhmat.fi"] = event(
        "kerta-2@ryhmat.fi",
        "Perhekahvila: vieraana neuvolan terveydenhoitaja",
        moved,
        sequence=1,
        modified=STAMP + timedelta(days=3),
    )
    sent.clear()

    report = publish(target, radicale_server, events)

    assert report == PublishReport(created=0, updated=1, deleted=0, unchanged=3)
    assert writes(sent) == [("PUT", before["kerta-2@ryhmat.fi"].url)]
    after = assert_server_holds(view, events)
    changed = after["kerta-2@ryhmat.fi"]
    assert changed.url == before["kerta-2@ryhmat.fi"].url
    assert changed.etag != before["kerta-2@ryhmat.fi"].etag
    assert changed.vevent.decoded("DTSTART") == moved
    for uid in ("kerta-1@ryhmat.fi", "kerta-3@ryhmat.fi", "kerta-4"):
        assert after[uid].etag == before[uid].etag


def test_a_cancelled_session_is_updated_not_removed(
    radicale_server: Server, target: CalDavTarget, view: ServerView
) -> None:
    events = season()
    publish(target, radicale_server, events)
    url = view.events(CALENDAR)["kerta-3@ryhmat.fi"].url
    events["kerta-3@ryhmat.fi"] = event(
        "kerta-3@ryhmat.fi",
        "PERUTTU: Perhekahvila: ulkoilu",
        tuesday(2),
        sequence=1,
        status="CANCELLED",
        modified=STAMP + timedelta(days=1),
    )

    report = publish(target, radicale_server, events)

    assert report == PublishReport(created=0, updated=1, deleted=0, unchanged=3)
    cancelled = assert_server_holds(view, events)["kerta-3@ryhmat.fi"]
    assert str(cancelled.vevent["STATUS"]) == "CANCELLED"
    assert cancelled.url == url


def test_a_session_removed_from_the_feed_is_deleted_on_the_server(
    radicale_server: Server, target: CalDavTarget, view: ServerView
) -> None:
    events = season()
    publish(target, radicale_server, events)
    del events["kerta-1@ryhmat.fi"]

    report = publish(target, radicale_server, events)

    assert report == PublishReport(created=0, updated=0, deleted=1, unchanged=3)
    assert_server_holds(view, events)
    assert publish(target, radicale_server, {}) == PublishReport(deleted=3)
    assert view.events(CALENDAR) == {}


def test_a_half_done_run_is_repaired_by_the_next_full_run(
    radicale_server: Server, target: CalDavTarget, view: ServerView
) -> None:
    events = season()
    # A run that stopped after two events...
    first_two = dict(sorted(events.items())[:2])
    assert publish(target, radicale_server, first_two).created == 2
    # ...one of them lost on the server, the other edited there by hand,
    stored = view.events(CALENDAR)
    lost, edited = sorted(stored)
    view.delete_directly(stored[lost].url)
    view.delete_directly(stored[edited].url)
    view.put_directly(CALENDAR, event(edited, "muokattu käsin", tuesday(9), sequence=5))
    # ...and a stray event nobody publishes.
    view.put_directly(CALENDAR, event("vieras@example.org", "ei meidän", tuesday(4)))

    report = publish(target, radicale_server, events)

    assert report == PublishReport(created=3, updated=1, deleted=1, unchanged=0)
    assert_server_holds(view, events)
    assert publish(target, radicale_server, events) == PublishReport(unchanged=4)


def test_events_are_stored_without_method_and_republish_unchanged(
    radicale_server: Server, target: CalDavTarget, view: ServerView, sent: list[tuple[str, str]]
) -> None:
    # A feed file says METHOD:PUBLISH; a calendar object must not (Nextcloud answers 415).
    events = {
        uid: data.replace(b"VERSION:2.0\r\n", b"VERSION:2.0\r\nMETHOD:PUBLISH\r\n")
        for uid, data in season().items()
    }
    assert all(b"METHOD:PUBLISH" in data for data in events.values())

    assert publish(target, radicale_server, events).created == 4
    assert [method for method, _ in writes(sent)].count("PUT") == 4
    sent.clear()

    assert publish(target, radicale_server, events) == PublishReport(unchanged=4)
    assert writes(sent) == []
    for stored in view.events(CALENDAR).values():
        assert "BEGIN:VEVENT" in stored.data
        assert "METHOD" not in stored.data


def test_a_run_that_fails_half_way_is_repaired_by_the_next(
    radicale_server: Server,
    target: CalDavTarget,
    view: ServerView,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    events = season()
    publish(target, radicale_server, events)
    for uid in sorted(events)[:3]:
        events[uid] = event(uid, f"muutettu {uid}", tuesday(6), sequence=2)
    put = DAVClient.put
    puts = 0

    def put_then_lose_the_network(self: DAVClient, *args: Any, **kwargs: Any) -> Any:
        nonlocal puts
        puts += 1
        if puts > 1:
            raise niquests.exceptions.ConnectionError("the network went away")
        return put(self, *args, **kwargs)

    monkeypatch.setattr(DAVClient, "put", put_then_lose_the_network)
    with pytest.raises(PublishError, match="cannot be reached: the connection failed"):
        publish(target, radicale_server, events)
    monkeypatch.undo()

    assert publish(target, radicale_server, events) == PublishReport(updated=2, unchanged=2)
    assert_server_holds(view, events)


def test_a_server_that_lists_no_data_gets_each_event_fetched(
    radicale_server: Server,
    target: CalDavTarget,
    view: ServerView,
    monkeypatch: pytest.MonkeyPatch,
    sent: list[tuple[str, str]],
) -> None:
    events = season()
    publish(target, radicale_server, events)
    listing = caldav_publish._LIST_QUERY
    monkeypatch.setattr(caldav_publish, "_LIST_QUERY", listing.replace("<C:calendar-data/>", ""))
    sent.clear()

    assert publish(target, radicale_server, events) == PublishReport(unchanged=4)
    assert [method for method, _ in sent].count("GET") == 4
    assert writes(sent) == []

    events["kerta-4"] = event("kerta-4", "siirretty", tuesday(8), sequence=1)
    assert publish(target, radicale_server, events) == PublishReport(updated=1, unchanged=3)
    assert_server_holds(view, events)


def test_a_calendar_of_that_name_is_used_whatever_its_id(
    radicale_server: Server, view: ServerView
) -> None:
    with DAVClient(
        url=radicale_server.url,
        username=radicale_server.user,
        password=radicale_server.password,
        timeout=10,
        enable_rfc6764=False,
    ) as client:
        made = done(client.get_principal().make_calendar(name="Vauvaryhmä", cal_id="vauvat"))
        made_url = str(made.url)
    target = CalDavTarget(radicale_server.url, radicale_server.user, "Vauvaryhmä")

    assert publish(target, radicale_server, season()).created == 4

    assert view.calendar_urls() == [made_url]
    assert set(view.events("Vauvaryhmä")) == set(season())


def test_two_feeds_are_two_calendars(
    radicale_server: Server, target: CalDavTarget, view: ServerView
) -> None:
    other = CalDavTarget(target.url, target.username, "Seurakunta: vauvaryhmä")
    publish(target, radicale_server, season())
    publish(other, radicale_server, {"vauva-1": event("vauva-1", "Vauvaryhmä", tuesday(0))})

    assert len(view.calendar_urls()) == 2
    assert set(view.events(CALENDAR)) == set(season())
    assert set(view.events("Seurakunta: vauvaryhmä")) == {"vauva-1"}


def test_an_event_without_its_uid_is_refused_before_anything_is_sent(
    target: CalDavTarget, radicale_server: Server, view: ServerView
) -> None:
    with pytest.raises(ValueError, match="kerta-9"):
        publish(target, radicale_server, {"kerta-9": event("kerta-1", "x", tuesday(0))})
    assert view.calendar_urls() == []


# --- what can go wrong ------------------------------------------------------------


def test_a_wrong_password_is_one_clear_error_and_changes_nothing(
    radicale_server: Server, target: CalDavTarget, view: ServerView
) -> None:
    events = season()
    publish(target, radicale_server, events)
    before = view.events(CALENDAR)
    del events["kerta-1@ryhmat.fi"]
    events["kerta-5"] = event("kerta-5", "uusi", tuesday(5))

    with pytest.raises(PublishError) as raised:
        publish_events(target, "väärä salasana", events)

    assert raised.value.template == BAD_LOGIN
    assert "password" in raised.value.message()
    assert radicale_server.url in raised.value.message()
    assert {u: s.etag for u, s in view.events(CALENDAR).items()} == {
        u: s.etag for u, s in before.items()
    }


def test_another_users_calendar_home_is_forbidden(radicale_server: Server) -> None:
    target = CalDavTarget(radicale_server.url + "bob/", radicale_server.user, CALENDAR)

    with pytest.raises(PublishError) as raised:
        publish(target, radicale_server, season())

    assert raised.value.template == FORBIDDEN
    assert raised.value.message() == (
        f"The calendar server {target.url} does not allow this user to publish there."
    )


def test_a_server_that_is_not_running_cannot_be_reached() -> None:
    url = f"http://127.0.0.1:{free_port()}/"

    with pytest.raises(PublishError) as raised:
        publish_events(CalDavTarget(url, "aino", CALENDAR), "salasana", season())

    assert raised.value.template == UNREACHABLE
    assert raised.value.message() == (
        f"The calendar server {url} cannot be reached: the connection was refused"
    )


def test_a_server_that_does_not_answer_times_out(silent_server: str) -> None:
    with pytest.raises(PublishError) as raised:
        publish_events(CalDavTarget(silent_server, "aino", CALENDAR), "pw", season(), timeout=1)

    assert raised.value.message() == (
        f"The calendar server {silent_server} cannot be reached: it did not answer in time"
    )


@pytest.mark.parametrize("status", [500, 502, 503])
def test_a_failing_server_is_one_clear_error(answering_server: Any, status: int) -> None:
    answering_server.status = status
    url = f"http://127.0.0.1:{answering_server.server_address[1]}/dav/"

    with pytest.raises(PublishError) as raised:
        publish_events(CalDavTarget(url, "aino", CALENDAR), "salasana", season())

    assert raised.value.template == SERVER_ERROR
    assert raised.value.message() == (
        f"The calendar server {url} had an error ({status}); try again later."
    )


def test_an_address_with_no_calendars_is_one_clear_error(answering_server: Any) -> None:
    answering_server.status = 404
    url = f"http://127.0.0.1:{answering_server.server_address[1]}/remote.php/dav/"

    with pytest.raises(PublishError) as raised:
        publish_events(CalDavTarget(url, "aino", CALENDAR), "salasana", season())

    assert raised.value.template == NOT_FOUND


def test_a_web_server_that_is_not_a_calendar_server_is_one_clear_error(
    answering_server: Any,
) -> None:
    answering_server.status = 200
    url = f"http://127.0.0.1:{answering_server.server_address[1]}/"

    with pytest.raises(PublishError) as raised:
        publish_events(CalDavTarget(url, "aino", CALENDAR), "salasana", season())

    assert raised.value.template == UNEXPECTED_ANSWER
    assert raised.value.params == {"url": url, "status": 200}


def test_an_address_that_is_not_a_web_address_is_refused() -> None:
    with pytest.raises(PublishError, match="must start with https://"):
        publish_events(CalDavTarget("cal.example.fi", "aino", CALENDAR), "pw", season())


# --- the password -----------------------------------------------------------------


def test_a_stored_password_publishes(
    memory_keyring: MemoryKeyring, radicale_server: Server, target: CalDavTarget, view: ServerView
) -> None:
    store_caldav_password(target, radicale_server.password)

    assert memory_keyring.passwords == {
        ("ryhmat-caldav", f"{radicale_server.user}@{radicale_server.url.rstrip('/')}"): "salasana-1"
    }
    assert publish_events(target, caldav_password(target), season()).created == 4
    assert set(view.events(CALENDAR)) == set(season())


def test_the_environment_variable_comes_before_the_keyring(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = CalDavTarget("https://pilvi.example.fi/remote.php/dav", "mll-kallio", CALENDAR)
    store_caldav_password(target, "from the keyring")
    assert caldav_password(target) == "from the keyring"

    monkeypatch.setenv("RYHMAT_CALDAV_PASSWORD", "from the environment")
    monkeypatch.setenv("RYHMAT_CALDAV_SERVER", "https://pilvi.example.fi")
    monkeypatch.setenv("RYHMAT_CALDAV_USER", "mll-kallio")

    assert caldav_password(target) == "from the environment"


def test_a_missing_password_is_one_clear_error(memory_keyring: MemoryKeyring) -> None:
    target = CalDavTarget("https://pilvi.example.fi/remote.php/dav", "mll-kallio", CALENDAR)

    with pytest.raises(PublishError) as raised:
        caldav_password(target)

    assert raised.value.template == NO_PASSWORD
    assert raised.value.message() == (
        "No password for mll-kallio at https://pilvi.example.fi/remote.php/dav: "
        "store it in the app, or set RYHMAT_CALDAV_PASSWORD with RYHMAT_CALDAV_SERVER "
        "and RYHMAT_CALDAV_USER."
    )


def test_without_a_usable_keyring_the_environment_still_works(
    no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = CalDavTarget("https://pilvi.example.fi/remote.php/dav", "mll-kallio", CALENDAR)

    with pytest.raises(PublishError) as raised:
        caldav_password(target)
    assert raised.value.template == NO_PASSWORD
    with pytest.raises(PublishError) as raised:
        store_caldav_password(target, "salasana")
    assert raised.value.template == PASSWORD_NOT_STORED

    monkeypatch.setenv("RYHMAT_CALDAV_PASSWORD", "salasana")
    monkeypatch.setenv("RYHMAT_CALDAV_SERVER", "https://pilvi.example.fi:443/")
    monkeypatch.setenv("RYHMAT_CALDAV_USER", "mll-kallio")
    assert caldav_password(target) == "salasana"


def test_calendar_ids_are_stable_and_url_safe() -> None:
    assert calendar_slug(CALENDAR) == calendar_slug(CALENDAR)
    assert calendar_slug(CALENDAR).startswith("mll-kallio-perhekahvila-")
    assert calendar_slug("Äiti") != calendar_slug("aiti")
    assert calendar_slug("????").startswith("ryhmat-")


def test_only_the_calendars_method_line_is_removed() -> None:
    data = (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:X-VERY-LONG-METHOD-NAME\r\n -FOLDED\r\n"
        b"BEGIN:VEVENT\r\nUID:a\r\nDESCRIPTION:method\r\n METHOD:stays\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )

    assert without_method(data) == (
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
        b"BEGIN:VEVENT\r\nUID:a\r\nDESCRIPTION:method\r\n METHOD:stays\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n"
    )
