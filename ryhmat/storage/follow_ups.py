"""Follow-ups (see ``FollowUpRepository``): the facts they are reckoned from, and the
done ones."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date

from sqlalchemy import ColumnElement, and_, delete, func, insert, or_, select, tuple_, update
from sqlalchemy.orm import Session as DbSession

from ryhmat.domain.follow_ups import EnrolmentCourse, FollowUpKey
from ryhmat.domain.model import AttendanceMark, EnrolmentStatus, SessionStatus
from ryhmat.storage.orm import (
    AttendanceRow,
    EnrolmentRow,
    FamilyMemberRow,
    FamilyRow,
    FollowUpRow,
    SessionRow,
)
from ryhmat.storage.repositories.base import table_of

DONE = table_of(FollowUpRow)


class SqlFollowUpRepository:
    """Records done follow-ups in the name ``actor`` gives (on PostgreSQL a policy
    refuses any name but the connected role's, as for the audit trail)."""

    def __init__(self, db: DbSession, actor: Callable[[], str]) -> None:
        self._db = db
        self._actor = actor

    def courses(self, since: date) -> list[EnrolmentCourse]:
        self._db.flush()
        enrolments, families = table_of(EnrolmentRow), table_of(FamilyRow)
        marks, members, sessions = (
            table_of(AttendanceRow),
            table_of(FamilyMemberRow),
            table_of(SessionRow),
        )
        last_visits = (
            select(
                members.c.family_id,
                sessions.c.group_id,
                func.max(sessions.c.day).label("last_visit"),
            )
            .select_from(sessions)
            .join(marks, marks.c.session_id == sessions.c.id)
            .join(members, members.c.id == marks.c.member_id)
            # The mark's own copy of its session's day (kept by the triggers of migration
            # 0007) is in the index SQLite reads the marks by: older marks are passed
            # over there, without looking up their sessions and members.
            .where(
                marks.c.mark == AttendanceMark.PRESENT,
                marks.c.day >= since,
                sessions.c.day >= since,
            )
            .group_by(members.c.family_id, sessions.c.group_id)
            .subquery()
        )
        query = (
            select(
                enrolments.c.family_id,
                enrolments.c.group_id,
                enrolments.c.status,
                enrolments.c.enrolled_on,
                enrolments.c.left_on,
                last_visits.c.last_visit,
            )
            .join(families, families.c.id == enrolments.c.family_id)
            .outerjoin(
                last_visits,
                and_(
                    last_visits.c.family_id == enrolments.c.family_id,
                    last_visits.c.group_id == enrolments.c.group_id,
                ),
            )
            .where(
                families.c.erased_on.is_(None),
                or_(
                    enrolments.c.status == EnrolmentStatus.ENROLLED,
                    and_(
                        enrolments.c.status == EnrolmentStatus.LEFT,
                        or_(enrolments.c.left_on.is_(None), enrolments.c.left_on >= since),
                    ),
                ),
            )
        )
        return [
            EnrolmentCourse(
                row.family_id,
                row.group_id,
                EnrolmentStatus(row.status),
                row.enrolled_on,
                row.left_on,
                row.last_visit,
            )
            for row in self._db.execute(query)
        ]

    def held_days(self, group_ids: Iterable[uuid.UUID], since: date) -> dict[uuid.UUID, list[date]]:
        wanted = list(group_ids)
        if not wanted:
            return {}
        sessions = table_of(SessionRow)
        query = (
            select(sessions.c.group_id, sessions.c.day)
            .where(
                sessions.c.status == SessionStatus.HELD,
                sessions.c.day >= since,
                sessions.c.group_id.in_(wanted),
            )
            .order_by(sessions.c.day)
        )
        days: dict[uuid.UUID, list[date]] = defaultdict(list)
        for row in self._db.execute(query):
            days[row.group_id].append(row.day)
        return dict(days)

    def done(self) -> set[FollowUpKey]:
        self._db.flush()
        rows = self._db.execute(select(DONE.c.family_id, DONE.c.group_id, DONE.c.ended_on))
        return {FollowUpKey(row.family_id, row.group_id, row.ended_on) for row in rows}

    def mark_done(self, key: FollowUpKey, done_on: date) -> None:
        self._db.flush()
        if self._db.scalar(select(func.count()).select_from(DONE).where(_is(key))):
            return
        self._db.execute(
            insert(DONE).values(
                family_id=key.family_id,
                group_id=key.group_id,
                ended_on=key.ended_on,
                done_on=done_on,
                done_by=self._actor(),
            )
        )

    def unmark(self, key: FollowUpKey) -> None:
        self._db.flush()
        self._db.execute(delete(DONE).where(_is(key)))

    def forget_family(self, family_id: uuid.UUID) -> None:
        self._db.flush()
        self._db.execute(delete(DONE).where(DONE.c.family_id == family_id))

    def move_family(self, from_family_id: uuid.UUID, to_family_id: uuid.UUID) -> None:
        self._db.flush()
        kept = select(DONE.c.group_id, DONE.c.ended_on).where(DONE.c.family_id == to_family_id)
        both = tuple_(DONE.c.group_id, DONE.c.ended_on).in_(kept)
        self._db.execute(delete(DONE).where(DONE.c.family_id == from_family_id, both))
        self._db.execute(
            update(DONE).where(DONE.c.family_id == from_family_id).values(family_id=to_family_id)
        )


def _is(key: FollowUpKey) -> ColumnElement[bool]:
    return and_(
        DONE.c.family_id == key.family_id,
        DONE.c.group_id == key.group_id,
        DONE.c.ended_on == key.ended_on,
    )
