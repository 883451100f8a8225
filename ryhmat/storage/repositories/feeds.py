"""Repositories of calendar feeds and what each last published."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    delete,
    select,
)
from sqlalchemy.orm import Session as DbSession

from ryhmat.domain.feeds import Feed, PublishedState
from ryhmat.storage.orm import (
    FeedRow,
    PublishedEventRow,
)
from ryhmat.storage.repositories.base import (
    IN_CHUNK,
    SqlRepository,
    chunks,
    insert_rows,
    table_of,
)


class SqlFeedRepository(SqlRepository[Feed, FeedRow]):
    domain_type = Feed
    row_type = FeedRow

    def _order(self) -> Sequence[Any]:
        return (FeedRow.name, FeedRow.id)

    def by_name(self, name: str) -> Feed | None:
        return self._by_name(FeedRow.name, name)

    def names(self) -> dict[uuid.UUID, str]:
        return self._names(FeedRow.name)


class SqlPublishedEventRepository:
    def __init__(self, db: DbSession) -> None:
        self._db = db

    def get_many(self, session_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, PublishedState]:
        found: dict[uuid.UUID, PublishedState] = {}
        for chunk in chunks(list(set(session_ids)), IN_CHUNK):
            query = select(PublishedEventRow).where(PublishedEventRow.session_id.in_(chunk))
            for row in self._db.scalars(query):
                found[row.session_id] = PublishedState(
                    session_id=row.session_id,
                    fingerprint=row.fingerprint,
                    sequence=row.sequence,
                    modified_at=row.modified_at,
                )
        return found

    def save_many(self, states: Sequence[PublishedState]) -> None:
        self._db.flush()
        table = table_of(PublishedEventRow)
        ids = [state.session_id for state in states]
        for chunk in chunks(ids, IN_CHUNK):
            self._db.execute(delete(table).where(table.c.session_id.in_(chunk)))
        insert_rows(
            self._db,
            table,
            [
                {
                    "session_id": state.session_id,
                    "fingerprint": state.fingerprint,
                    "sequence": state.sequence,
                    "modified_at": state.modified_at,
                }
                for state in states
            ],
        )
