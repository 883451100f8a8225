"""The audit trail, the erasure log and the database's shared settings."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session as DbSession

from ryhmat.domain.model import AuditAction, AuditEntry, new_id
from ryhmat.storage.orm import NAME_LENGTH, AuditEntryRow, ErasureRow, SettingRow, utc_now
from ryhmat.storage.repositories.base import insert_rows, table_of

Clock = Callable[[], datetime]

ENTRIES = table_of(AuditEntryRow)

# Who the audit trail names: a name, or how to find it when the first entry is written
# (the CLI then reads the worker chosen in the app's settings only if a command writes).
Actor = str | Callable[[], str]


class SqlAuditRepository:
    """Writes entries in the name of ``actor``, the person using this unit of work."""

    def __init__(self, db: DbSession, actor: Actor, clock: Clock = utc_now) -> None:
        self._db = db
        self._actor_given = actor
        self._actor: str | None = None
        self._clock = clock

    def actor_name(self) -> str:
        if self._actor is None:
            given = self._actor_given
            self._actor = (given if isinstance(given, str) else given())[:NAME_LENGTH]
        return self._actor

    def entry(
        self,
        family_id: uuid.UUID,
        action: AuditAction,
        *,
        member_id: uuid.UUID | None = None,
        group_id: uuid.UUID | None = None,
        session_id: uuid.UUID | None = None,
        detail: str = "",
    ) -> dict[str, Any]:
        """An entry's row, stamped with the actor and the time, for ``write``."""
        return {
            "id": new_id(),
            "family_id": family_id,
            "action": action,
            "at": self._clock(),
            "actor": self.actor_name(),
            "member_id": member_id,
            "group_id": group_id,
            "session_id": session_id,
            "detail": detail,
        }

    def write(self, entries: Sequence[dict[str, Any]]) -> None:
        insert_rows(self._db, ENTRIES, entries)

    def record(self, family_id: uuid.UUID, action: AuditAction, detail: str = "") -> None:
        self._db.flush()
        self.write([self.entry(family_id, action, detail=detail)])

    def for_family(self, family_id: uuid.UUID) -> list[AuditEntry]:
        self._db.flush()
        query = (
            select(ENTRIES)
            .where(ENTRIES.c.family_id == family_id)
            .order_by(ENTRIES.c.at.desc(), ENTRIES.c.id)
        )
        return [
            AuditEntry(
                id=row.id,
                family_id=row.family_id,
                action=row.action,
                at=row.at,
                actor=row.actor,
                member_id=row.member_id,
                group_id=row.group_id,
                session_id=row.session_id,
                detail=row.detail,
            )
            for row in self._db.execute(query)
        ]

    def forget_family(self, family_id: uuid.UUID) -> None:
        self._db.flush()
        self._db.execute(delete(ENTRIES).where(ENTRIES.c.family_id == family_id))

    def move_family(self, from_family_id: uuid.UUID, to_family_id: uuid.UUID) -> None:
        self._db.flush()
        self._db.execute(
            update(ENTRIES)
            .where(ENTRIES.c.family_id == from_family_id)
            .values(family_id=to_family_id)
        )


class SqlSettingsRepository:
    def __init__(self, db: DbSession) -> None:
        self._db = db

    def get(self, key: str) -> str | None:
        table = table_of(SettingRow)
        value: str | None = self._db.scalar(select(table.c.value).where(table.c.key == key))
        return value

    def put(self, key: str, value: str) -> None:
        table = table_of(SettingRow)
        self._db.flush()
        changed = self._db.execute(update(table).where(table.c.key == key).values(value=value))
        if changed.rowcount == 0:  # type: ignore[attr-defined]  # an UPDATE gives a CursorResult
            self._db.execute(insert(table).values(key=key, value=value))


class SqlErasureLog:
    """``recorded`` holds this transaction's new entries, for the register outside the
    database once they have committed (``erasure_register``)."""

    def __init__(self, db: DbSession) -> None:
        self._db = db
        self.recorded: dict[uuid.UUID, date] = {}

    def record(self, family_id: uuid.UUID, erased_on: date) -> None:
        """The first erasure counts: erasing again an erased family changes nothing."""
        table = table_of(ErasureRow)
        self._db.flush()
        if self._db.scalar(select(table.c.family_id).where(table.c.family_id == family_id)):
            return
        self._db.execute(insert(table).values(family_id=family_id, erased_on=erased_on))
        self.recorded[family_id] = erased_on

    def entries(self) -> dict[uuid.UUID, date]:
        table = table_of(ErasureRow)
        self._db.flush()
        rows = self._db.execute(select(table.c.family_id, table.c.erased_on))
        return {row.family_id: row.erased_on for row in rows}
