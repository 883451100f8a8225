"""Publishes a feed's events to a calendar on a CalDAV server (Nextcloud, Radicale).

One feed is one calendar on the server, found by its display name under the
user's calendar home, or made there with a stable id (``calendar_slug``). A run
makes the calendar hold exactly the events it is given, keyed by UID:

- an event the server lacks is created (``If-None-Match: *``);
- an event that differs is written over at the URL where the server keeps it
  (never deleted and made again: Nextcloud's trash bin refuses a new object
  with the UID of a deleted one);
- an event the server already holds, as the same data, is left alone: no
  request writes it, so republishing unchanged data changes nothing;
- an object whose UID is no longer given is deleted.

An event is stored without the VCALENDAR's METHOD property, which a calendar
object resource must not have (RFC 4791, 4.1): Nextcloud refuses it with 415.

A whole run (``publish_events``, ``synchronise_events``) reads the calendar's
whole content first, so a run that stopped half way is repaired by the next one.
When the result of the last run is known (see ``export.republishing``),
``send_changes`` sends only the changed events and the deletions, reading nothing.
What a person can get wrong (the address, the password, the rights) or a server
that fails ends in one ``PublishError``.

The password comes from ``RYHMAT_CALDAV_PASSWORD`` or the operating system's
password store (``keyring``); it is never written to a file or a log. Either is
bound to one server (scheme, host and port, see ``domain.server_address``) and one
user: the keyring keeps it under both, and the environment names them in
``RYHMAT_CALDAV_SERVER`` and ``RYHMAT_CALDAV_USER`` (a password set without them is
sent nowhere). A feed that names another server or user never receives it; plain
``http://`` is refused but to this computer itself, which is reached directly, never
through a proxy the environment names; and a redirect to another origin
is never followed: niquests drops a Basic Authorization header when the host or port
changes, but its digest authentication answers the new server's challenge with the
password's digest (measured with niquests 3.21: another port, another host name
and 127.0.0.2 all received one).
"""

from __future__ import annotations

import hashlib
import os
import re
import socket
import ssl
import unicodedata
from collections.abc import Callable, Coroutine, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Final, NoReturn, TypeVar
from urllib.parse import urljoin

import icalendar
import keyring
import keyring.errors
from caldav.collection import Calendar, Principal
from caldav.davclient import DAVClient
from caldav.lib import error as dav_error
from caldav.response import DAVResponse

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, Term
from ryhmat.domain.server_address import Origin, address_problem, is_loopback, origin_of
from ryhmat.export.errors import PublishError

PASSWORD_ENVIRONMENT_VARIABLE: Final = "RYHMAT_CALDAV_PASSWORD"
SERVER_ENVIRONMENT_VARIABLE: Final = "RYHMAT_CALDAV_SERVER"
USER_ENVIRONMENT_VARIABLE: Final = "RYHMAT_CALDAV_USER"
KEYRING_SERVICE: Final = "ryhmat-caldav"
DEFAULT_TIMEOUT_SECONDS: Final = 30

__all__ = [
    "CalDavTarget",
    "PublishError",
    "PublishReport",
    "ServerCopy",
    "caldav_password",
    "calendar_slug",
    "check_address",
    "publish_events",
    "send_changes",
    "store_caldav_password",
    "synchronise_events",
]

_T = TypeVar("_T")

_DAV = "{DAV:}"
_CALDAV = "{urn:ietf:params:xml:ns:caldav}"
_LIST_QUERY: Final = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">'
    "<D:prop><D:getetag/><C:calendar-data/></D:prop>"
    '<C:filter><C:comp-filter name="VCALENDAR"/></C:filter>'
    "</C:calendar-query>"
)
_ICALENDAR_CONTENT_TYPE: Final = "text/calendar; charset=utf-8"
# Properties a server may set by itself, or that change with no change to the event.
_IGNORED_PROPERTIES: Final = frozenset({"DTSTAMP"})
_SAFE_NAME = re.compile(r"[A-Za-z0-9_.-]{1,100}")
_UID_LINE = re.compile(r"^UID(?:;[^:\r\n]*)?:([^\r\n]+)", re.MULTILINE | re.IGNORECASE)


NO_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors",
    "No password for {user} at {url}: store it in the app, or set RYHMAT_CALDAV_PASSWORD "
    "with RYHMAT_CALDAV_SERVER and RYHMAT_CALDAV_USER.",
)
UNBOUND_ENVIRONMENT_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors",
    "No password for {user} at {url}: RYHMAT_CALDAV_PASSWORD is sent nowhere unless "
    "RYHMAT_CALDAV_SERVER and RYHMAT_CALDAV_USER name the server and user it is for.",
)
ENVIRONMENT_PASSWORD_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors",
    "No password for {user} at {url}: RYHMAT_CALDAV_PASSWORD is for {bound_user} at "
    "{bound_server}, so it is not sent to this server or user.",
)
REDIRECTED_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar server {url} sent the request on to another server ({other}); the "
    "password is not sent there. Enter the calendar server's own address.",
)
PASSWORD_NOT_STORED = QT_TRANSLATE_NOOP(
    "Errors",
    "The password for {user} at {url} cannot be saved: this computer has no usable "
    "password store. Set RYHMAT_CALDAV_PASSWORD instead.",
)
UNREACHABLE = QT_TRANSLATE_NOOP("Errors", "The calendar server {url} cannot be reached: {reason}")
BAD_LOGIN = QT_TRANSLATE_NOOP(
    "Errors", "The calendar server {url} refused the user name or password."
)
FORBIDDEN = QT_TRANSLATE_NOOP(
    "Errors", "The calendar server {url} does not allow this user to publish there."
)
NOT_FOUND = QT_TRANSLATE_NOOP(
    "Errors", "The calendar server {url} has no calendars at this address; check the address."
)
SERVER_ERROR = QT_TRANSLATE_NOOP(
    "Errors", "The calendar server {url} had an error ({status}); try again later."
)
UNEXPECTED_ANSWER = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar server {url} gave an unexpected answer ({status}); check that the "
    "address is a CalDAV server.",
)
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Errors", "The calendar {calendar} on {url} changed while publishing; publish again."
)

REASON_REFUSED = Term(QT_TRANSLATE_NOOP("Errors", "the connection was refused"))
REASON_NAME = Term(QT_TRANSLATE_NOOP("Errors", "the server name was not found"))
REASON_TIMEOUT = Term(QT_TRANSLATE_NOOP("Errors", "it did not answer in time"))
REASON_TLS = Term(QT_TRANSLATE_NOOP("Errors", "a secure connection could not be made"))
REASON_OTHER = Term(QT_TRANSLATE_NOOP("Errors", "the connection failed"))


@dataclass(frozen=True, slots=True)
class CalDavTarget:
    """Where a feed is published: a server, a user on it and a calendar's display name."""

    url: str
    username: str
    calendar: str

    @property
    def calendar_id(self) -> str:
        """The id (last path segment) of the calendar when this app makes it."""
        return calendar_slug(self.calendar)

    @property
    def keyring_user(self) -> str:
        """The password's key in the keyring: the user and the server (origin) it is for."""
        return f"{self.username}@{origin_of(self.url)}"

    @property
    def former_keyring_user(self) -> str:
        """The key of a password stored before keys named the origin: the whole address."""
        return f"{self.username}@{self.url}"


@dataclass(frozen=True, slots=True)
class PublishReport:
    """How many events one run created, updated, deleted and left as they were."""

    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted)


def calendar_slug(name: str) -> str:
    """A stable, URL-safe id for a calendar's display name: "Perhekahvila (MLL)" ->
    "perhekahvila-mll-" and 8 hex digits of the name's hash, so that names that
    read alike ("Äiti", "aiti") still get calendars of their own."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:48].strip("-")
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    return f"{words or 'ryhmat'}-{digest}"


# --- the password -----------------------------------------------------------------


def caldav_password(target: CalDavTarget) -> str:
    """The password for ``target``'s server and user: ``RYHMAT_CALDAV_PASSWORD`` if
    ``RYHMAT_CALDAV_SERVER`` and ``RYHMAT_CALDAV_USER`` name them, else the keyring's.
    An address that may not receive a password is refused before either is read."""
    check_address(target)
    from_environment = os.environ.get(PASSWORD_ENVIRONMENT_VARIABLE)
    bound_to = _environment_binding()
    if from_environment and bound_to == (origin_of(target.url), target.username):
        return from_environment
    stored = _stored_password(target)
    if stored:
        return stored
    if from_environment and bound_to is None:
        raise PublishError(UNBOUND_ENVIRONMENT_PASSWORD, user=target.username, url=target.url)
    if from_environment and bound_to is not None:
        bound_server, bound_user = bound_to
        raise PublishError(
            ENVIRONMENT_PASSWORD_ELSEWHERE,
            user=target.username,
            url=target.url,
            bound_user=bound_user,
            bound_server=str(bound_server),
        )
    raise PublishError(NO_PASSWORD, user=target.username, url=target.url)


def check_address(target: CalDavTarget) -> None:
    """Refuses an address that may not receive a password (see ``domain.server_address``)."""
    problem = address_problem(target.url)
    if problem is not None:
        raise PublishError(problem, url=target.url)


def _environment_binding() -> tuple[Origin, str] | None:
    """The server and user the environment's password is for; None unless both are named."""
    server = origin_of(os.environ.get(SERVER_ENVIRONMENT_VARIABLE, ""))
    user = os.environ.get(USER_ENVIRONMENT_VARIABLE, "")
    return (server, user) if server is not None and user else None


def _stored_password(target: CalDavTarget) -> str | None:
    try:
        return keyring.get_password(KEYRING_SERVICE, target.keyring_user) or keyring.get_password(
            KEYRING_SERVICE, target.former_keyring_user
        )
    except (keyring.errors.KeyringError, RuntimeError):
        # No backend (keyring.errors.NoKeyringError), a locked or broken one: the
        # person's remedy is the same, so is the message.
        return None


def store_caldav_password(target: CalDavTarget, password: str) -> None:
    """Keeps ``password`` for ``target``'s server and user in the operating system's
    password store; an address that may not receive a password stores nothing."""
    check_address(target)
    try:
        keyring.set_password(KEYRING_SERVICE, target.keyring_user, password)
    except (keyring.errors.KeyringError, RuntimeError):
        raise PublishError(PASSWORD_NOT_STORED, user=target.username, url=target.url) from None


# --- publishing -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _ServerObject:
    url: str  # absolute, the path exactly as the server spelled it
    etag: str | None
    uid: str | None
    signature: frozenset[Any] | None  # None when the data cannot be read


@dataclass(frozen=True, slots=True)
class ServerCopy:
    """Where a calendar server keeps one event: its URL, and its ETag ("" if unknown)."""

    url: str
    etag: str = ""


@dataclass(frozen=True, slots=True)
class Synchronised:
    """What a run did, the calendar it wrote to and where each event now is, by UID."""

    report: PublishReport
    calendar_url: str
    copies: dict[str, ServerCopy]


def publish_events(
    target: CalDavTarget,
    password: str,
    events: Mapping[str, bytes],
    *,
    timeout: int = DEFAULT_TIMEOUT_SECONDS,
) -> PublishReport:
    """Makes ``target``'s calendar hold exactly ``events`` (UID -> a VCALENDAR with that
    one VEVENT) and tells what it changed. Raises ``PublishError`` for what a person
    can act on; a ``ValueError`` if an event is not a VCALENDAR with its UID in it."""
    return synchronise_events(target, password, events, timeout=timeout).report


def synchronise_events(
    target: CalDavTarget,
    password: str,
    events: Mapping[str, bytes],
    *,
    timeout: int = DEFAULT_TIMEOUT_SECONDS,
) -> Synchronised:
    """``publish_events``, telling also where the server keeps each event, so that a
    later run can send just what changed (``send_changes``)."""
    storable = {uid: without_method(data) for uid, data in events.items()}
    ours = {uid: _signature_of_ours(uid, data) for uid, data in storable.items()}
    with _client(target, password, timeout) as client, _translated_errors(target):
        calendar_url = _find_or_make_calendar(client, target)
        on_server = _load_missing_data(client, _list_objects(client, calendar_url))
        report, copies = _synchronise(client, target, calendar_url, on_server, storable, ours)
        return Synchronised(report, calendar_url, copies)


def send_changes(
    target: CalDavTarget,
    password: str,
    calendar_url: str,
    changed: Mapping[str, tuple[bytes, ServerCopy | None]],
    removed: Sequence[ServerCopy],
    *,
    timeout: int = DEFAULT_TIMEOUT_SECONDS,
) -> dict[str, ServerCopy]:
    """Sends only what changed since a run whose result is known: each changed event
    (UID -> its VCALENDAR and where the server keeps it, None for a new one) is
    written, each removed one deleted; nothing is read. Where each changed event now
    is, by UID. A server whose copy changed meanwhile fails with ``PublishError``
    (If-Match), and the next whole run repairs it."""
    with _client(target, password, timeout) as client, _translated_errors(target):
        for server_copy in removed:
            _delete(client, target, server_copy.url, server_copy.etag)
        copies: dict[str, ServerCopy] = {}
        for uid in sorted(changed):
            data, known = changed[uid]
            if known is None:
                url, conditions = _object_url(calendar_url, uid), {"If-None-Match": "*"}
            else:
                url, conditions = known.url, {"If-Match": known.etag} if known.etag else {}
            etag = _put(client, target, url, without_method(data), conditions)
            copies[uid] = ServerCopy(url, etag)
        return copies


@contextmanager
def _client(target: CalDavTarget, password: str, timeout: int) -> Iterator[DAVClient]:
    check_address(target)
    client = DAVClient(
        url=target.url,
        username=target.username,
        password=password,
        timeout=timeout,
        enable_rfc6764=False,
    )
    client.session.hooks["response"].append(_RedirectGuard(target))
    if _on_this_computer(target):
        # A proxy from the environment is another computer: this computer's server is
        # reached directly, never with the password in plain http on the network.
        client.session.trust_env = False
    try:
        yield client
    finally:
        client.close()


def _synchronise(
    client: DAVClient,
    target: CalDavTarget,
    calendar_url: str,
    on_server: list[_ServerObject],
    events: Mapping[str, bytes],
    ours: Mapping[str, frozenset[Any]],
) -> tuple[PublishReport, dict[str, ServerCopy]]:
    kept: dict[str, _ServerObject] = {}
    doomed: list[_ServerObject] = []
    # Where a server holds one UID twice, keep the copy at the URL this app would use.
    preferred = sorted(
        on_server,
        key=lambda o: not (o.uid and o.url == _object_url(calendar_url, o.uid)),
    )
    for server_object in preferred:
        uid = server_object.uid
        if uid is None or uid not in events or uid in kept:
            doomed.append(server_object)
        else:
            kept[uid] = server_object

    for server_object in doomed:
        _delete(client, target, server_object.url, server_object.etag or "")

    created = updated = unchanged = 0
    copies: dict[str, ServerCopy] = {}
    for uid in sorted(events):
        existing = kept.get(uid)
        if existing is None:
            url = _object_url(calendar_url, uid)
            etag = _put(client, target, url, events[uid], {"If-None-Match": "*"})
            created += 1
        elif existing.signature == ours[uid]:
            url, etag = existing.url, existing.etag or ""
            unchanged += 1
        else:
            url = existing.url
            conditions = {"If-Match": existing.etag} if existing.etag else {}
            etag = _put(client, target, url, events[uid], conditions)
            updated += 1
        copies[uid] = ServerCopy(url, etag)
    report = PublishReport(
        created=created, updated=updated, deleted=len(doomed), unchanged=unchanged
    )
    return report, copies


def _on_this_computer(target: CalDavTarget) -> bool:
    origin = origin_of(target.url)
    return origin is not None and is_loopback(origin.host)


class _RedirectElsewhere(Exception):
    def __init__(self, other: Origin | None) -> None:
        super().__init__(str(other))
        self.other = other


@dataclass(frozen=True, slots=True)
class _RedirectGuard:
    """A response hook that stops a redirect to another origin before it is followed,
    so that nothing, a digest answer to the new server's challenge included, carries
    the password off the origin it is bound to."""

    target: CalDavTarget

    def __call__(self, response: Any, *args: Any, **kwargs: Any) -> Any:
        if response.is_redirect:
            location = urljoin(str(response.url), response.headers.get("Location", ""))
            other = origin_of(location)
            if other != origin_of(self.target.url):
                response.close()  # the connection goes back, unread
                raise _RedirectElsewhere(other)
        return response


def _find_or_make_calendar(client: DAVClient, target: CalDavTarget) -> str:
    """The URL of the calendar named ``target.calendar``, made if the server lacks it."""
    principal: Principal = client.get_principal()
    calendars: list[Calendar] = _sync(principal.get_calendars())
    by_id: str | None = None
    for calendar in calendars:
        url = str(calendar.url)
        if _sync(calendar.get_display_name()) == target.calendar:
            return _as_collection(url)
        if url.rstrip("/").rsplit("/", 1)[-1] == target.calendar_id:
            by_id = url  # ours, renamed on the server: still ours
    if by_id is not None:
        return _as_collection(by_id)
    made: Calendar = _sync(principal.make_calendar(name=target.calendar, cal_id=target.calendar_id))
    return _as_collection(str(made.url))


def _list_objects(client: DAVClient, calendar_url: str) -> list[_ServerObject]:
    """Every object in the calendar, with its ETag, UID and what it says."""
    response = client.report(calendar_url, _LIST_QUERY, depth=1)
    _check(response, calendar_url, ok=(207,))
    tree = response.tree
    if tree is None or tree.tag != f"{_DAV}multistatus":
        raise dav_error.ReportError(url=calendar_url, reason="not a multistatus", status=207)
    found: list[_ServerObject] = []
    for answer in tree.iterfind(f"{_DAV}response"):
        href = answer.findtext(f"{_DAV}href")
        if not href:
            continue
        url = urljoin(calendar_url, href.strip())
        if url.rstrip("/") == calendar_url.rstrip("/"):
            continue
        etag: str | None = None
        data: str | None = None
        for propstat in answer.iterfind(f"{_DAV}propstat"):
            if " 200 " not in f"{propstat.findtext(f'{_DAV}status') or ''} ":
                continue
            etag = propstat.findtext(f"{_DAV}prop/{_DAV}getetag") or etag
            data = propstat.findtext(f"{_DAV}prop/{_CALDAV}calendar-data") or data
        found.append(_read_server_object(url, etag, data))
    return found


def _read_server_object(url: str, etag: str | None, data: str | None) -> _ServerObject:
    """What one object on the server is. Its data unread (the server did not send it,
    or icalendar cannot read it), its UID is still looked for in the text: an event of
    ours is then written over in place, never deleted and made again."""
    if data is None:
        return _ServerObject(url=url, etag=etag, uid=None, signature=None)
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception:  # whatever icalendar makes of data it cannot read
        found = _UID_LINE.search(re.sub(r"\r?\n[ \t]", "", data))
        uid = found.group(1).strip() if found else None
        return _ServerObject(url=url, etag=etag, uid=uid, signature=None)
    uids = {str(component["UID"]) for component in _components(calendar) if "UID" in component}
    uid = uids.pop() if len(uids) == 1 else None
    return _ServerObject(url=url, etag=etag, uid=uid, signature=_signature(calendar))


def _load_missing_data(client: DAVClient, objects: list[_ServerObject]) -> list[_ServerObject]:
    """The objects whose data the listing left out, fetched one by one."""
    loaded: list[_ServerObject] = []
    for server_object in objects:
        if server_object.signature is not None or server_object.uid is not None:
            loaded.append(server_object)
            continue
        response = client.request(server_object.url, "GET")
        if response.status == 404:
            continue  # gone meanwhile
        _check(response, server_object.url, ok=(200,))
        etag = response.headers.get("ETag") or server_object.etag
        loaded.append(_read_server_object(server_object.url, etag, response.raw))
    return loaded


def _put(
    client: DAVClient,
    target: CalDavTarget,
    url: str,
    data: bytes,
    conditions: Mapping[str, str],
) -> str:
    """Writes the event; its new ETag, "" when the server gives none."""
    headers = {"Content-Type": _ICALENDAR_CONTENT_TYPE, **conditions}
    response = client.put(url, data.decode("utf-8"), headers)
    if response.status == 412:
        raise PublishError(CHANGED_MEANWHILE, calendar=target.calendar, url=target.url)
    _check(response, url, ok=(200, 201, 204))
    return str(response.headers.get("ETag") or "")


def _delete(client: DAVClient, target: CalDavTarget, url: str, etag: str) -> None:
    response = client.delete(url, {"If-Match": etag} if etag else None)
    if response.status == 412:
        raise PublishError(CHANGED_MEANWHILE, calendar=target.calendar, url=target.url)
    # 404: gone already, which is what was wanted.
    _check(response, url, ok=(200, 202, 204, 404))


def _check(response: DAVResponse, url: str, ok: tuple[int, ...]) -> None:
    if response.status not in ok:
        raise dav_error.DAVError(url=url, reason=str(response.reason), status=response.status)


# --- errors -----------------------------------------------------------------------


@contextmanager
def _translated_errors(target: CalDavTarget) -> Iterator[None]:
    """Turns what the HTTP and CalDAV libraries raise into one ``PublishError``."""
    try:
        yield
    except PublishError:
        raise
    except _RedirectElsewhere as exc:
        raise PublishError(
            REDIRECTED_ELSEWHERE, url=target.url, other=str(exc.other or "?")
        ) from None
    except dav_error.DAVError as exc:
        # caldav raises AuthorizationError (401, 403) from any request, the others
        # (PropfindError, NotFoundError, RateLimitError for 429 and 503...) from its
        # own calls; ``_check`` raises DAVError for this module's requests.
        _raise_for_status(target, exc.status, exc)
    except OSError as exc:
        # niquests' (and requests') exceptions are OSErrors, and so are the socket's.
        raise PublishError(UNREACHABLE, url=target.url, reason=unreachable_reason(exc)) from exc
    except SyntaxError as exc:  # lxml's: an answer that says it is XML but is not
        _raise_for_status(target, None, exc)


def _raise_for_status(target: CalDavTarget, status: int | None, cause: BaseException) -> NoReturn:
    url = target.url
    if status == 401:
        raise PublishError(BAD_LOGIN, url=url) from cause
    if status == 403:
        raise PublishError(FORBIDDEN, url=url) from cause
    if status == 404:
        raise PublishError(NOT_FOUND, url=url) from cause
    if status is not None and (status >= 500 or status == 429):
        raise PublishError(SERVER_ERROR, url=url, status=status) from cause
    raise PublishError(UNEXPECTED_ANSWER, url=url, status=status or "?") from cause


def unreachable_reason(exc: BaseException) -> Term:
    """Why a connection failed, in words a person can read (translated with the message)."""
    for cause in _causes(exc):
        if isinstance(cause, ConnectionRefusedError):
            return REASON_REFUSED
        if isinstance(cause, socket.gaierror):
            return REASON_NAME
        if isinstance(cause, TimeoutError | socket.timeout):
            return REASON_TIMEOUT
        if isinstance(cause, ssl.SSLError):
            return REASON_TLS
    names = " ".join(type(cause).__name__ for cause in _causes(exc))
    if "NameResolution" in names:
        return REASON_NAME
    if "Timeout" in names:
        return REASON_TIMEOUT
    if "SSL" in names or "TLS" in names:
        return REASON_TLS
    return REASON_OTHER


def _causes(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending.extend(arg for arg in current.args if isinstance(arg, BaseException))
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                pending.append(linked)
        reason = getattr(current, "reason", None)
        if isinstance(reason, BaseException):
            pending.append(reason)


# --- comparing events -------------------------------------------------------------


def _signature_of_ours(uid: str, data: bytes) -> frozenset[Any]:
    calendar = icalendar.Calendar.from_ical(data)
    uids = {str(component.get("UID")) for component in _components(calendar)}
    if uids != {uid}:
        raise ValueError(f"the event given for UID {uid!r} holds the UIDs {sorted(uids)!r}")
    return _signature(calendar)


def _components(calendar: icalendar.Calendar) -> list[icalendar.Component]:
    """The VCALENDAR's events (and any other components but time zones)."""
    return [c for c in calendar.subcomponents if c.name not in ("VTIMEZONE", None)]


def _signature(calendar: icalendar.Calendar) -> frozenset[Any]:
    """What the calendar's events say, whatever the order and folding of their lines:
    servers store an event in their own spelling (Radicale sorts the properties and
    ends lines with LF), so bytes cannot be compared."""
    return frozenset(_component_signature(c) for c in _components(calendar))


def _component_signature(component: icalendar.Component) -> tuple[Any, ...]:
    properties: list[tuple[str, bytes, tuple[tuple[str, str], ...]]] = []
    for name, values in component.items():
        if name.upper() in _IGNORED_PROPERTIES:
            continue
        for value in values if isinstance(values, list) else [values]:
            params = getattr(value, "params", {})
            properties.append(
                (
                    name.upper(),
                    _value_bytes(value),
                    tuple(
                        sorted(
                            (key.upper(), str(param))
                            for key, param in params.items()
                            if key.upper() != "VALUE"
                        )
                    ),
                )
            )
    children = frozenset(_component_signature(child) for child in component.subcomponents)
    return (component.name, tuple(sorted(properties)), children)


def _value_bytes(value: Any) -> bytes:
    to_ical: Callable[[], object] | None = getattr(value, "to_ical", None)
    encoded = to_ical() if to_ical is not None else str(value)
    return encoded if isinstance(encoded, bytes) else str(encoded).encode("utf-8")


# --- small helpers ----------------------------------------------------------------


def _object_url(calendar_url: str, uid: str) -> str:
    """Where this app puts a new event: its UID if that is a safe file name, else a
    name made of the UID's safe characters and its hash."""
    if _SAFE_NAME.fullmatch(uid) and not uid.startswith("."):
        name = uid
    else:
        readable = re.sub(r"[^A-Za-z0-9_-]+", "-", uid).strip("-")[:40]
        digest = hashlib.sha256(uid.encode("utf-8")).hexdigest()[:16]
        name = f"{readable}-{digest}" if readable else digest
    return urljoin(calendar_url, f"{name}.ics")


def without_method(data: bytes) -> bytes:
    """``data`` less the VCALENDAR's METHOD line (and its folded continuations); the
    other lines stay byte for byte."""
    lines = data.splitlines(keepends=True)
    kept: list[bytes] = []
    depth = 0
    dropping = False
    for line in lines:
        if dropping and line[:1] in (b" ", b"\t"):
            continue
        dropping = False
        upper = line.upper()
        if upper.startswith(b"BEGIN:"):
            depth += 1
        elif upper.startswith(b"END:"):
            depth -= 1
        elif depth == 1 and (upper.startswith(b"METHOD:") or upper.startswith(b"METHOD;")):
            dropping = True
            continue
        kept.append(line)
    return b"".join(kept)


def _as_collection(url: str) -> str:
    return url if url.endswith("/") else f"{url}/"


def _sync(value: _T | Coroutine[Any, Any, _T]) -> _T:
    """caldav's methods are typed as "a value or, for an async client, a coroutine"."""
    if isinstance(value, Coroutine):
        value.close()
        raise TypeError("an async caldav client was used where a sync one was expected")
    return value
