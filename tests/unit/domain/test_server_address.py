"""Which calendar server addresses may receive a password, and what one password is for."""

from __future__ import annotations

import pytest

from ryhmat.domain.server_address import (
    NOT_A_SERVER_ADDRESS,
    PASSWORD_IN_ADDRESS,
    PLAIN_HTTP,
    Origin,
    address_problem,
    is_loopback,
    origin_of,
    shown_address,
)


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://pilvi.example.fi/remote.php/dav", Origin("https", "pilvi.example.fi", 443)),
        ("HTTPS://Pilvi.Example.FI.:443/", Origin("https", "pilvi.example.fi", 443)),
        ("http://127.0.0.1:5232/", Origin("http", "127.0.0.1", 5232)),
        ("http://[::1]:8080/dav", Origin("http", "::1", 8080)),
        ("https://aino:salasana@pilvi.example.fi/", Origin("https", "pilvi.example.fi", 443)),
    ],
)
def test_the_origin_is_scheme_host_and_port_as_compared(url: str, origin: Origin) -> None:
    assert origin_of(url) == origin


def test_the_origin_is_written_with_its_port() -> None:
    assert str(Origin("https", "pilvi.example.fi", 443)) == "https://pilvi.example.fi:443"
    assert str(Origin("http", "::1", 80)) == "http://[::1]:80"


@pytest.mark.parametrize(
    "url", ["pilvi.example.fi", "ftp://pilvi.example.fi/", "https://", "https://h:99999/", ""]
)
def test_what_is_not_an_http_server_address_has_no_origin(url: str) -> None:
    assert origin_of(url) is None
    assert address_problem(url) == NOT_A_SERVER_ADDRESS


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://pilvi.example.fi/remote.php/dav", None),
        ("http://localhost:5232/", None),
        ("http://127.0.0.2/", None),
        ("http://[::1]/", None),
        ("http://pilvi.example.fi/", PLAIN_HTTP),
        ("http://192.168.1.10/", PLAIN_HTTP),
        ("http://localhost.example.fi/", PLAIN_HTTP),
        ("https://aino:salasana@pilvi.example.fi/", PASSWORD_IN_ADDRESS),
        ("https://aino@pilvi.example.fi/", PASSWORD_IN_ADDRESS),
        ("http://aino:salasana@127.0.0.1/", PASSWORD_IN_ADDRESS),
    ],
)
def test_which_addresses_may_receive_a_password(url: str, problem: str | None) -> None:
    assert address_problem(url) == problem


def test_loopback_is_this_computer_only() -> None:
    assert all(is_loopback(h) for h in ("localhost", "LOCALHOST.", "127.0.0.1", "127.9.0.1", "::1"))
    assert not any(
        is_loopback(h) for h in ("localhost.example.fi", "128.0.0.1", "10.0.0.1", "::2", "")
    )


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://aino:salasana@pilvi.example.fi/dav", "https://pilvi.example.fi/dav"),
        ("https://a@b:c@pilvi.example.fi:8443/", "https://pilvi.example.fi:8443/"),
        ("https://pilvi.example.fi/dav?x=1", "https://pilvi.example.fi/dav?x=1"),
        ("", ""),
    ],
)
def test_an_address_is_shown_without_credentials(url: str, shown: str) -> None:
    assert shown_address(url) == shown
