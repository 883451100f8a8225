"""Repositories of calendar feeds and what each last published."""

from __future__ import annotations

import hashlib
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    cast,
    delete,
    select,
)
from sqlalchemy.orm import Session as DbSession

from ryhmat.domain.feeds import (
    Feed,
    FeedGroup,
    FeedPublication,
    FeedSources,
    PublishedCopy,
    PublishedState,
)
from ryhmat.storage.orm import (
    FeedPublicationRow,
    FeedRow,
    GroupOrganiserRow,
    GroupRow,
    OrganisationRow,
    PlaceRow,
    PublishedEventRow,
    SessionLeaderRow,
    SessionRow,
    WorkerRow,
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


class SqlFeedPublicationRepository:
    def __init__(self, db: DbSession) -> None:
        self._db = db

    def get(self, feed_id: uuid.UUID) -> FeedPublication | None:
        content = self._db.scalar(
            select(FeedPublicationRow.content).where(FeedPublicationRow.feed_id == feed_id)
        )
        return None if content is None else _publication_from_json(feed_id, content)

    def save(self, publication: FeedPublication) -> None:
        self.forget(publication.feed_id)
        self._db.execute(
            table_of(FeedPublicationRow).insert(),
            [{"feed_id": publication.feed_id, "content": _publication_json(publication)}],
        )

    def forget(self, feed_id: uuid.UUID) -> None:
        self._db.flush()
        table = table_of(FeedPublicationRow)
        self._db.execute(delete(table).where(table.c.feed_id == feed_id))

    def forget_all(self) -> None:
        self._db.flush()
        self._db.execute(delete(table_of(FeedPublicationRow)))

    def sources(
        self, first_day: date, last_day: date, shows: Callable[[FeedGroup], bool] | None
    ) -> FeedSources:
        """Plain columns as text, no entities and no value conversions: a feed of a
        year's sessions is read in a fraction of the time it takes to build. The groups
        are read first, as the rows digested, and ``shows`` tells from them whose
        sessions are read."""
        self._db.flush()
        groups = self._db.execute(_groups_statement()).all()
        organisers = self._db.execute(_organisers_statement()).all()
        in_window: list[ColumnElement[bool]] = [
            SessionRow.day >= first_day,
            SessionRow.day <= last_day,
        ]
        if shows is not None:
            wanted = _shown(groups, organisers, shows)
            if len(wanted) < len(groups):
                in_window.append(SessionRow.group_id.in_(wanted))
        sessions = self._db.execute(_sessions_statement(in_window)).all()
        leaders = self._db.execute(_leaders_statement(in_window)).all()
        digest = hashlib.sha256()
        # repr quotes and escapes each text: no two lists of rows read alike.
        digest.update(repr([tuple(row[:-1]) for row in sessions]).encode())
        for rows in (leaders, groups, organisers):
            digest.update(repr([tuple(row) for row in rows]).encode())
        for statement in _names_statements():
            digest.update(repr([tuple(row) for row in self._db.execute(statement)]).encode())
        sequences = {row[0]: -1 if row[-1] is None else row[-1] for row in sessions}
        return FeedSources(digest.hexdigest(), sequences)


def _shown(
    groups: Sequence[Sequence[Any]],
    organisers: Sequence[Sequence[Any]],
    shows: Callable[[FeedGroup], bool],
) -> list[uuid.UUID]:
    """The ids of the groups (rows of ``_groups_statement``) that ``shows`` keeps."""
    organised: dict[str, list[uuid.UUID]] = defaultdict(list)
    for group_id, _position, organisation_id in organisers:
        organised[group_id].append(uuid.UUID(organisation_id))
    facts = (FeedGroup(uuid.UUID(row[0]), bool(row[2]), tuple(organised[row[0]])) for row in groups)
    return [group.id for group in facts if shows(group)]


def _text(column: Any) -> Any:
    """The column as the database spells it, read without conversion."""
    return cast(column, String)


def _sessions_statement(in_window: list[ColumnElement[bool]]) -> Select[Any]:
    """What a feed shows of each session, and its published SEQUENCE, last."""
    sessions, states = SessionRow, PublishedEventRow
    return (
        select(
            _text(sessions.id),
            _text(sessions.group_id),
            _text(sessions.day),
            _text(sessions.start),
            _text(sessions.end),
            _text(sessions.place_id),
            sessions.theme,
            _text(sessions.status),
            sessions.cancel_reason,
            states.sequence,
        )
        .outerjoin(states, states.session_id == sessions.id)
        .where(*in_window)
        .order_by(sessions.id)
    )


def _leaders_statement(in_window: list[ColumnElement[bool]]) -> Select[Any]:
    leaders = SessionLeaderRow
    return (
        select(_text(leaders.session_id), leaders.position, _text(leaders.worker_id))
        .join(SessionRow, SessionRow.id == leaders.session_id)
        .where(*in_window)
        .order_by(leaders.session_id, leaders.position)
    )


def _groups_statement() -> Select[Any]:
    """Each group's name, with what the public programme pages show of a group beside
    it, and whether it is public; its id first."""
    return select(
        _text(GroupRow.id),
        GroupRow.name,
        GroupRow.is_public,
        GroupRow.description,
        GroupRow.target_age_min_months,
        GroupRow.target_age_max_months,
        GroupRow.archived,
    ).order_by(GroupRow.id)


def _organisers_statement() -> Select[Any]:
    return select(
        _text(GroupOrganiserRow.group_id),
        GroupOrganiserRow.position,
        _text(GroupOrganiserRow.organisation_id),
    ).order_by(GroupOrganiserRow.group_id, GroupOrganiserRow.position)


def _names_statements() -> list[Select[Any]]:
    """The other names a feed may show."""
    return [
        select(_text(OrganisationRow.id), OrganisationRow.name).order_by(OrganisationRow.id),
        select(_text(PlaceRow.id), PlaceRow.name, PlaceRow.address).order_by(PlaceRow.id),
        select(_text(WorkerRow.id), WorkerRow.name, WorkerRow.title).order_by(WorkerRow.id),
    ]


def _publication_json(publication: FeedPublication) -> str:
    return json.dumps(
        {
            "format": publication.format,
            "settings": publication.settings,
            "sources": publication.sources,
            "file": publication.file,
            "calendar_url": publication.calendar_url,
            "events": [[e.uid, e.digest, e.url, e.etag] for e in publication.events],
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _publication_from_json(feed_id: uuid.UUID, content: str) -> FeedPublication | None:
    """None for content this version cannot read: the next publish is then whole."""
    try:
        stored = json.loads(content)
        return FeedPublication(
            feed_id=feed_id,
            format=int(stored["format"]),
            settings=str(stored["settings"]),
            sources=str(stored["sources"]),
            file=str(stored["file"]),
            calendar_url=str(stored["calendar_url"]),
            events=tuple(
                PublishedCopy(str(uid), str(digest), str(url), str(etag))
                for uid, digest, url, etag in stored["events"]
            ),
        )
    except (ValueError, KeyError, TypeError):
        return None
