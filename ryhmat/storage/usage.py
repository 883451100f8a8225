"""What refers to a group, season, place, worker, organisation or pair: the questions
deleting one asks first. Each is a single query that stops at the first match."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, or_, select, union_all
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import aliased

from ryhmat.domain.model import SessionStatus
from ryhmat.storage.orm import (
    AttendanceRow,
    GroupOrganiserRow,
    GroupRow,
    HeadcountRow,
    SeriesLeaderRow,
    SeriesRow,
    SessionLeaderRow,
    SessionRow,
    WorkerPairRow,
    WorkerRow,
)


def _has_history(*criteria: ColumnElement[bool]) -> Select[bool]:
    """Whether a session matching ``criteria`` is held or has attendance or a headcount."""
    marked = exists().where(AttendanceRow.session_id == SessionRow.id)
    counted = exists().where(HeadcountRow.session_id == SessionRow.id)
    recorded = select(SessionRow.id).where(
        *criteria, or_(SessionRow.status == SessionStatus.HELD, marked, counted)
    )
    return select(exists(recorded))


def _first_group(group_ids: Any) -> Select[str]:
    """The first name, alphabetically, of the groups with these ids (a subquery)."""
    return select(GroupRow.name).where(GroupRow.id.in_(group_ids)).order_by(GroupRow.name).limit(1)


class SqlUsageQueries:
    def __init__(self, db: DbSession) -> None:
        self._db = db

    def group_history(self, group_id: uuid.UUID) -> bool:
        return self._ask(_has_history(SessionRow.group_id == group_id))

    def series_history(self, series_id: uuid.UUID) -> bool:
        return self._ask(_has_history(SessionRow.series_id == series_id))

    def group_at_place(self, place_id: uuid.UUID) -> str | None:
        groups = union_all(
            select(SessionRow.group_id).where(SessionRow.place_id == place_id),
            select(SeriesRow.group_id).where(SeriesRow.place_id == place_id),
            select(GroupRow.id).where(GroupRow.default_place_id == place_id),
        )
        return self._name(_first_group(groups))

    def group_led_by(self, worker_id: uuid.UUID) -> str | None:
        groups = union_all(
            select(SessionRow.group_id)
            .join(SessionLeaderRow, SessionLeaderRow.session_id == SessionRow.id)
            .where(SessionLeaderRow.worker_id == worker_id),
            select(SeriesRow.group_id)
            .join(SeriesLeaderRow, SeriesLeaderRow.series_id == SeriesRow.id)
            .where(SeriesLeaderRow.worker_id == worker_id),
        )
        return self._name(_first_group(groups))

    def pair_partner(self, worker_id: uuid.UUID) -> str | None:
        partners = union_all(
            select(WorkerPairRow.second_worker_id).where(
                WorkerPairRow.first_worker_id == worker_id
            ),
            select(WorkerPairRow.first_worker_id).where(
                WorkerPairRow.second_worker_id == worker_id
            ),
        )
        other = aliased(WorkerRow)
        return self._name(
            select(other.name).where(other.id.in_(partners)).order_by(other.name).limit(1)
        )

    def group_organised_by(self, organisation_id: uuid.UUID) -> str | None:
        groups = select(GroupOrganiserRow.group_id).where(
            GroupOrganiserRow.organisation_id == organisation_id
        )
        return self._name(_first_group(groups))

    def worker_of(self, organisation_id: uuid.UUID) -> str | None:
        return self._name(
            select(WorkerRow.name)
            .where(WorkerRow.organisation_id == organisation_id)
            .order_by(WorkerRow.name)
            .limit(1)
        )

    def group_led_by_pair(self, pair_id: uuid.UUID) -> str | None:
        return self._name(
            _first_group(select(GroupRow.id).where(GroupRow.default_pair_id == pair_id))
        )

    def _ask(self, question: Select[bool]) -> bool:
        self._db.flush()
        return bool(self._db.scalar(question))

    def _name(self, query: Select[str]) -> str | None:
        self._db.flush()
        return self._db.scalar(query)
