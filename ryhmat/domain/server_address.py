"""Which calendar server addresses may receive a password, and what one password is for.

A password is bound to one origin: scheme, host and port (RFC 6454). HTTP
authentication is scoped to the origin, and every path on it is the same server,
which holds the password already; so the path is not part of the binding, and a
feed may name any calendar on the server its password is for.

An address may not carry a user name or password itself (``https://u:p@host/``):
it would be written to the database, shown in the list and echoed in messages.
Plain ``http://`` would send the password readable by anyone on the way, so it is
allowed only to this computer itself (a test server, a tunnel's local end).
"""

from __future__ import annotations

import ipaddress
from typing import NamedTuple
from urllib.parse import urlsplit, urlunsplit

from ryhmat.domain.errors import QT_TRANSLATE_NOOP

__all__ = [
    "NOT_A_SERVER_ADDRESS",
    "PASSWORD_IN_ADDRESS",
    "PLAIN_HTTP",
    "Origin",
    "address_problem",
    "is_loopback",
    "origin_of",
    "shown_address",
]

NOT_A_SERVER_ADDRESS = QT_TRANSLATE_NOOP(
    "Errors", "The calendar server address {url} must start with https:// and name a server."
)
PASSWORD_IN_ADDRESS = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar server address must not contain a user name or password: enter them "
    "in their own fields.",
)
PLAIN_HTTP = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar server address {url} starts with http://, which would send the password "
    "unencrypted: use https:// (http:// is allowed only to this computer itself).",
)

_DEFAULT_PORTS = {"https": 443, "http": 80}


class Origin(NamedTuple):
    """Scheme, host and port of an address, as compared: lower case, port always given."""

    scheme: str
    host: str
    port: int

    def __str__(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"


def origin_of(url: str) -> Origin | None:
    """The origin of an http(s) address, or None if it is not one (or its port is bad)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower().rstrip(".")
    return Origin(scheme, host, port if port is not None else _DEFAULT_PORTS[scheme])


def is_loopback(host: str) -> bool:
    """Is ``host`` this computer: ``localhost``, 127.0.0.0/8 or ::1."""
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def shown_address(url: str) -> str:
    """``url`` without a user name or password in it, for lists and messages: an
    address saved before such addresses were refused still shows no password."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def address_problem(url: str) -> str | None:
    """Why ``url`` may not receive a password (a message template with ``{url}``), or None."""
    try:
        has_credentials = "@" in urlsplit(url.strip()).netloc
    except ValueError:
        has_credentials = False
    if has_credentials:
        return PASSWORD_IN_ADDRESS
    origin = origin_of(url)
    if origin is None:
        return NOT_A_SERVER_ADDRESS
    if origin.scheme == "http" and not is_loopback(origin.host):
        return PLAIN_HTTP
    return None
