"""The usage log (see ``UsageLog``): one row for each family an event read."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import ColumnElement, delete, select
from sqlalchemy.orm import Session as DbSession

from ryhmat.domain.model import UsageAction, UsageEvent, new_id
from ryhmat.storage.orm import UsageLogRow, utc_now
from ryhmat.storage.repositories.base import insert_rows, table_of

Clock = Callable[[], datetime]

LOG = table_of(UsageLogRow)


class SqlUsageLog:
    """Writes events in the name ``actor`` gives (on PostgreSQL a trigger puts the
    connected role in its place)."""

    def __init__(self, db: DbSession, actor: Callable[[], str], clock: Clock = utc_now) -> None:
        self._db = db
        self._actor = actor
        self._clock = clock

    def record(self, action: UsageAction, family_ids: Iterable[uuid.UUID]) -> None:
        event = {"event_id": new_id(), "at": self._clock(), "actor": self._actor()}
        rows = [{**event, "action": action, "family_id": f} for f in dict.fromkeys(family_ids)]
        if rows:
            insert_rows(self._db, LOG, rows)

    def for_family(self, family_id: uuid.UUID) -> list[UsageEvent]:
        return self._events(LOG.c.family_id == family_id)

    def for_actor(self, actor: str) -> list[UsageEvent]:
        return self._events(LOG.c.actor == actor)

    def actors(self) -> list[str]:
        self._db.flush()
        return list(self._db.scalars(select(LOG.c.actor).distinct().order_by(LOG.c.actor)))

    def delete_before(self, cutoff: datetime) -> int:
        self._db.flush()
        deleted = self._db.execute(delete(LOG).where(LOG.c.at < cutoff))
        count: int = deleted.rowcount  # type: ignore[attr-defined]  # a DELETE's CursorResult
        return count

    def _events(self, condition: ColumnElement[bool]) -> list[UsageEvent]:
        self._db.flush()
        query = (
            select(LOG.c.event_id, LOG.c.at, LOG.c.actor, LOG.c.action, LOG.c.family_id)
            .where(condition)
            .order_by(LOG.c.at.desc(), LOG.c.event_id, LOG.c.family_id)
        )
        return [_event(list(rows)) for _, rows in groupby(self._db.execute(query), _event_id)]


def _event_id(row: Any) -> uuid.UUID:
    event_id: uuid.UUID = row.event_id
    return event_id


def _event(rows: list[Any]) -> UsageEvent:
    first = rows[0]
    return UsageEvent(
        id=first.event_id,
        at=first.at,
        actor=first.actor,
        action=first.action,
        family_ids=tuple(row.family_id for row in rows),
    )
