"""Reading what a CalDAV server holds, as a partner's calendar client would."""

from __future__ import annotations

from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any, TypeVar

import icalendar
from caldav.collection import Calendar
from caldav.davclient import DAVClient

from tests.integration.export.conftest import Server

T = TypeVar("T")


def done(value: T | Coroutine[Any, Any, T]) -> T:
    """caldav types its calls as "a value, or a coroutine for an async client"."""
    assert not isinstance(value, Coroutine)
    return value


@dataclass(frozen=True)
class Stored:
    url: str
    etag: str
    vevent: icalendar.Component
    data: str


class ServerView:
    """What the server holds, read with the caldav library as a partner's client would."""

    def __init__(self, server: Server) -> None:
        self.server = server

    def _client(self) -> DAVClient:
        return DAVClient(
            url=self.server.url,
            username=self.server.user,
            password=self.server.password,
            timeout=10,
            enable_rfc6764=False,
        )

    def _calendar(self, client: DAVClient, name: str) -> Calendar | None:
        for calendar in done(client.get_principal().get_calendars()):
            if calendar.get_display_name() == name:
                return calendar
        return None

    def calendar_urls(self) -> list[str]:
        with self._client() as client:
            return [str(c.url) for c in done(client.get_principal().get_calendars())]

    def events(self, name: str) -> dict[str, Stored]:
        with self._client() as client:
            calendar = self._calendar(client, name)
            assert calendar is not None, f"no calendar {name!r} on the server"
            found: dict[str, Stored] = {}
            for item in done(calendar.get_events()):
                vevent = item.get_icalendar_component()
                etag = item.props.get("{DAV:}getetag") or item.etag
                found[str(vevent["UID"])] = Stored(str(item.url), str(etag), vevent, item.data)
            return found

    def put_directly(self, name: str, data: bytes) -> None:
        with self._client() as client:
            calendar = self._calendar(client, name)
            assert calendar is not None
            calendar.add_event(data.decode("utf-8"))

    def delete_directly(self, url: str) -> None:
        with self._client() as client:
            response = client.delete(url)
            assert response.status in (200, 204)
