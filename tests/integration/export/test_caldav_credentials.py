"""A CalDAV password goes only to the server and user it is for.

The attacks are real: a feed anyone on the team can define points at a server on
loopback that records every request's headers, or a server the password is for
redirects the authenticated request to another origin. Whatever reaches the
recording server is asserted on, never a stand-in for the HTTP library.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from ryhmat.domain.server_address import PASSWORD_IN_ADDRESS, PLAIN_HTTP, origin_of
from ryhmat.export.caldav_publish import (
    ENVIRONMENT_PASSWORD_ELSEWHERE,
    NO_PASSWORD,
    REDIRECTED_ELSEWHERE,
    UNBOUND_ENVIRONMENT_PASSWORD,
    CalDavTarget,
    PublishError,
    caldav_password,
    publish_events,
    store_caldav_password,
)
from tests.integration.export.conftest import Server
from tests.integration.export.test_caldav_publish import CALENDAR, event
from tests.keyrings import MemoryKeyring
from tests.recording_server import DIGEST_CHALLENGE, RecordingServer

Start = Callable[..., RecordingServer]
SECRET = "tiimin-salasana"


def one_event() -> dict[str, bytes]:
    start = datetime(2026, 9, 1, 6, 30, tzinfo=UTC) + timedelta(days=1)
    return {"kerta-1": event("kerta-1", "Perhekahvila", start)}


def publish_with_the_password_of(target: CalDavTarget) -> None:
    """What publishing does: find the password for the target, then send to it."""
    publish_events(target, caldav_password(target), one_event(), timeout=5)


def bind_environment(monkeypatch: pytest.MonkeyPatch, server: str, user: str) -> None:
    monkeypatch.setenv("RYHMAT_CALDAV_PASSWORD", SECRET)
    monkeypatch.setenv("RYHMAT_CALDAV_SERVER", server)
    monkeypatch.setenv("RYHMAT_CALDAV_USER", user)


# --- a feed that names another server or user -------------------------------------


@pytest.mark.parametrize(
    "elsewhere",
    [
        "another port",  # same host, another server
        "another host name",  # localhost is not 127.0.0.1
        "another user",
    ],
)
def test_the_environment_password_never_reaches_a_feed_of_another_server_or_user(
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    radicale_server: Server,
    recording_server: Start,
    elsewhere: str,
) -> None:
    harvester = recording_server()
    bind_environment(monkeypatch, radicale_server.url, radicale_server.user)
    target = {
        "another port": CalDavTarget(harvester.url(), radicale_server.user, CALENDAR),
        "another host name": CalDavTarget(
            radicale_server.url.replace("127.0.0.1", "localhost"), radicale_server.user, CALENDAR
        ),
        "another user": CalDavTarget(radicale_server.url, "bob", CALENDAR),
    }[elsewhere]

    with pytest.raises(PublishError) as raised:
        publish_with_the_password_of(target)

    assert raised.value.template == ENVIRONMENT_PASSWORD_ELSEWHERE
    assert harvester.requests == []
    message = raised.value.message()
    assert SECRET not in message
    assert f"is for aino at {origin_of(radicale_server.url)}" in message


def test_the_bound_environment_password_publishes_to_its_own_server_at_any_path(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, radicale_server: Server
) -> None:
    monkeypatch.setenv("RYHMAT_CALDAV_PASSWORD", radicale_server.password)
    monkeypatch.setenv("RYHMAT_CALDAV_SERVER", radicale_server.url.rstrip("/"))
    monkeypatch.setenv("RYHMAT_CALDAV_USER", radicale_server.user)
    target = CalDavTarget(f"{radicale_server.url}aino/", radicale_server.user, CALENDAR)

    assert publish_events(target, caldav_password(target), one_event()).created == 1


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("RYHMAT_CALDAV_SERVER", None),
        ("RYHMAT_CALDAV_USER", None),
        ("RYHMAT_CALDAV_USER", ""),
        ("RYHMAT_CALDAV_SERVER", "127.0.0.1"),  # not an address: binds to nothing
    ],
)
def test_an_environment_password_without_its_server_and_user_is_sent_nowhere(
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
    recording_server: Start,
    variable: str,
    value: str | None,
) -> None:
    server = recording_server()
    bind_environment(monkeypatch, server.url(), "aino")
    if value is None:
        monkeypatch.delenv(variable)
    else:
        monkeypatch.setenv(variable, value)
    target = CalDavTarget(server.url(), "aino", CALENDAR)

    with pytest.raises(PublishError) as raised:
        publish_with_the_password_of(target)

    assert raised.value.template == UNBOUND_ENVIRONMENT_PASSWORD
    assert server.requests == []
    assert "RYHMAT_CALDAV_SERVER and RYHMAT_CALDAV_USER name the server" in raised.value.message()


def test_a_stored_password_is_kept_by_server_and_user_not_by_feed(
    memory_keyring: MemoryKeyring, recording_server: Start
) -> None:
    server = recording_server()
    stored_for = CalDavTarget(f"{server.url()}remote.php/dav", "aino", "Perhekahvila")
    store_caldav_password(stored_for, SECRET)

    assert memory_keyring.passwords == {
        ("ryhmat-caldav", f"aino@http://127.0.0.1:{server.port}"): SECRET
    }
    # A renamed feed, another calendar or path on the same server: the same password.
    assert caldav_password(CalDavTarget(server.url(), "aino", "Vauvaryhmä")) == SECRET
    # Another user, port, host name or scheme: none.
    for other in (
        CalDavTarget(server.url(), "bob", "Perhekahvila"),
        CalDavTarget(server.url().replace(str(server.port), "1"), "aino", "P"),
        CalDavTarget(server.url("localhost"), "aino", "Perhekahvila"),
        CalDavTarget(server.url().replace("http:", "https:"), "aino", "Perhekahvila"),
    ):
        with pytest.raises(PublishError) as raised:
            caldav_password(other)
        assert raised.value.template == NO_PASSWORD
    assert server.requests == []


def test_a_password_stored_under_the_whole_address_still_serves_that_address(
    memory_keyring: MemoryKeyring,
) -> None:
    target = CalDavTarget("https://pilvi.example.fi/remote.php/dav", "aino", CALENDAR)
    memory_keyring.passwords[("ryhmat-caldav", target.former_keyring_user)] = SECRET

    assert caldav_password(target) == SECRET
    elsewhere = CalDavTarget("https://pilvi.example.fi/other/dav", "aino", CALENDAR)
    with pytest.raises(PublishError):
        caldav_password(elsewhere)


# --- redirects --------------------------------------------------------------------


@pytest.mark.parametrize("challenge", ["Basic", "Digest"])
@pytest.mark.parametrize(
    ("listen_on", "redirect_host"),
    [
        ("127.0.0.1", "127.0.0.1"),  # another port: niquests keeps the header for it
        ("127.0.0.1", "localhost"),
        ("127.0.0.2", "127.0.0.2"),
    ],
)
def test_credentials_never_follow_a_redirect_to_another_origin(
    recording_server: Start, listen_on: str, redirect_host: str, challenge: str
) -> None:
    elsewhere = recording_server(listen_on)
    elsewhere.challenges = (DIGEST_CHALLENGE, 'Basic realm="elsewhere"')
    bound = recording_server("127.0.0.1")
    bound.challenges = (DIGEST_CHALLENGE,) if challenge == "Digest" else ('Basic realm="r"',)
    bound.redirect_to = elsewhere.url(redirect_host)
    target = CalDavTarget(bound.url(), "aino", CALENDAR)

    with pytest.raises(PublishError) as raised:
        publish_events(target, SECRET, one_event(), timeout=5)

    assert bound.authorizations, "the bound server was asked with the password"
    assert elsewhere.authorizations == []
    assert elsewhere.requests == []
    assert raised.value.template == REDIRECTED_ELSEWHERE
    assert SECRET not in raised.value.message()
    assert str(origin_of(elsewhere.url(redirect_host))) in raised.value.message()


# --- addresses that may receive no password ---------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://kalenteri.example.fi/remote.php/dav",
        "http://10.0.0.5/dav",
        "http://[::ffff:127.0.0.1]/",  # not loopback to every library: refused
        "HTTP://Kalenteri.Example.FI/",
    ],
)
def test_plain_http_to_another_computer_is_refused_before_any_connection(
    monkeypatch: pytest.MonkeyPatch, recording_server: Start, url: str
) -> None:
    # Every plain-http request would go through this proxy, so it sees any attempt.
    proxy = recording_server()
    monkeypatch.setenv("HTTP_PROXY", proxy.url())
    monkeypatch.setenv("http_proxy", proxy.url())
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)

    with pytest.raises(PublishError) as raised:
        publish_events(CalDavTarget(url, "aino", CALENDAR), SECRET, one_event(), timeout=5)

    assert proxy.requests == []
    assert raised.value.template == PLAIN_HTTP
    assert "https://" in raised.value.message()


@pytest.mark.parametrize("proxy_variable", ["HTTP_PROXY", "http_proxy", "ALL_PROXY"])
def test_a_password_for_this_computer_never_goes_through_a_proxy(
    monkeypatch: pytest.MonkeyPatch, recording_server: Start, proxy_variable: str
) -> None:
    # A workplace proxy set for every program is another computer: plain http to it
    # would carry the password readable on the network, to a server that is not this one.
    proxy = recording_server("127.0.0.2")
    for variable in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv(proxy_variable, proxy.url())
    on_this_computer = recording_server("127.0.0.1")
    target = CalDavTarget(on_this_computer.url(), "aino", CALENDAR)

    with pytest.raises(PublishError):
        publish_events(target, SECRET, one_event(), timeout=5)

    assert proxy.requests == []
    assert on_this_computer.authorizations, "the server on this computer was asked directly"


@pytest.mark.parametrize(
    "url",
    [
        "https://aino:tiimin-salasana@pilvi.example.fi/dav",
        "http://aino:tiimin-salasana@127.0.0.1:1/",
        "https://tiimin-salasana@pilvi.example.fi/",
    ],
)
def test_an_address_carrying_a_password_is_refused_and_never_echoed(
    memory_keyring: MemoryKeyring, url: str
) -> None:
    target = CalDavTarget(url, "aino", CALENDAR)
    for attempt in (
        lambda: publish_events(target, "x", one_event(), timeout=5),
        lambda: caldav_password(target),
        lambda: store_caldav_password(target, "x"),
    ):
        with pytest.raises(PublishError) as raised:
            attempt()
        assert raised.value.template == PASSWORD_IN_ADDRESS
        assert SECRET not in str(raised.value)
    assert memory_keyring.passwords == {}
