"""Repositories of attendance marks and headcounts."""

from __future__ import annotations

import builtins  # the repositories' own `list` method hides the builtin in class bodies
import uuid
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    CursorResult,
    Row,
    String,
    delete,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session as DbSession

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, ChangedElsewhere, NotFound
from ryhmat.domain.model import (
    AUDIT_MARK_SEPARATOR,
    Attendance,
    AttendanceMark,
    AuditAction,
    FamilyMark,
    Headcount,
)
from ryhmat.storage.failures import StorageFailure
from ryhmat.storage.orm import (
    ADULT_COLUMNS,
    CHILD_COLUMNS,
    AttendanceRow,
    FamilyMemberRow,
    HeadcountRow,
    SessionRow,
)
from ryhmat.storage.repositories.base import (
    IN_CHUNK,
    Values,
    chunks,
    insert_rows,
    table_of,
    uuid_reader,
)

if TYPE_CHECKING:
    from ryhmat.storage.audit import SqlAuditRepository


def _attendance_values(mark: Attendance) -> Values:
    return {
        "id": mark.id,
        "session_id": mark.session_id,
        "member_id": mark.member_id,
        "mark": mark.mark,
        "is_guest": mark.is_guest,
    }


def _attendance(row: Row[Any]) -> Attendance:
    return Attendance(
        id=row.id,
        session_id=row.session_id,
        member_id=row.member_id,
        mark=row.mark,
        is_guest=row.is_guest,
    )


NOT_LEADING = QT_TRANSLATE_NOOP(
    "Errors",
    "Your role in the team lets you record the attendance of the sessions you lead only, "
    "and you do not lead this one. Nothing was saved.",
)

# A mark as stored (its value) and as the domain knows it.
_MARKS = {str(mark.value): mark for mark in AttendanceMark}


class SqlAttendanceRepository:
    def __init__(self, db: DbSession, audit: SqlAuditRepository) -> None:
        self._db = db
        self._audit = audit

    def for_session(self, session_id: uuid.UUID) -> builtins.list[Attendance]:
        self._db.flush()
        table = table_of(AttendanceRow)
        query = select(table).where(table.c.session_id == session_id).order_by(table.c.id)
        return [_attendance(row) for row in self._db.execute(query)]

    def for_sessions(self, session_ids: Iterable[uuid.UUID]) -> builtins.list[Attendance]:
        self._db.flush()
        table = table_of(AttendanceRow)
        marks: builtins.list[Attendance] = []
        for chunk in chunks(list(set(session_ids)), IN_CHUNK):
            query = select(table).where(table.c.session_id.in_(chunk))
            marks.extend(_attendance(row) for row in self._db.execute(query))
        return marks

    def for_members(self, member_ids: Iterable[uuid.UUID]) -> builtins.list[Attendance]:
        self._db.flush()
        table = table_of(AttendanceRow)
        marks: builtins.list[Attendance] = []
        for chunk in chunks(list(set(member_ids)), IN_CHUNK):
            query = select(table).where(table.c.member_id.in_(chunk))
            marks.extend(_attendance(row) for row in self._db.execute(query))
        return marks

    def family_marks(self, session_ids: Iterable[uuid.UUID]) -> Iterator[FamilyMark]:
        self._db.flush()
        marks, members = table_of(AttendanceRow), table_of(FamilyMemberRow)
        # Every column as stored, made into domain values here: SQLAlchemy's own
        # conversions cost more than the query for a year of marks.
        query = select(
            type_coerce(marks.c.session_id, String),
            type_coerce(marks.c.member_id, String),
            type_coerce(members.c.family_id, String),
            type_coerce(marks.c.mark, String),
        ).join(members, members.c.id == marks.c.member_id)
        read = uuid_reader()
        for chunk in chunks(builtins.list(set(session_ids)), IN_CHUNK):
            for session, member, family, mark in self._db.execute(
                query.where(marks.c.session_id.in_(chunk))
            ):
                yield FamilyMark(read(session), read(member), read(family), _MARKS[mark])

    def replace_for_session(self, session_id: uuid.UUID, marks: Sequence[Attendance]) -> None:
        if any(mark.session_id != session_id for mark in marks):
            raise ValueError("every mark must belong to the session being replaced")
        before = {mark.member_id: mark.mark for mark in self.for_session(session_id)}
        table = table_of(AttendanceRow)
        self._db.execute(delete(table).where(table.c.session_id == session_id))
        insert_rows(self._db, table, [_attendance_values(mark) for mark in marks])
        self._audit_changes(session_id, before, {mark.member_id: mark.mark for mark in marks})

    def _audit_changes(
        self,
        session_id: uuid.UUID,
        before: Mapping[uuid.UUID, AttendanceMark],
        after: Mapping[uuid.UUID, AttendanceMark],
    ) -> None:
        changed = [m for m in before.keys() | after.keys() if before.get(m) != after.get(m)]
        if not changed:
            return
        members = table_of(FamilyMemberRow)
        family_of: dict[uuid.UUID, uuid.UUID] = {}
        for chunk in chunks(changed, IN_CHUNK):
            query = select(members.c.id, members.c.family_id).where(members.c.id.in_(chunk))
            family_of.update((row.id, row.family_id) for row in self._db.execute(query))
        group_id = self._db.scalar(select(SessionRow.group_id).where(SessionRow.id == session_id))
        self._audit.write(
            [
                self._audit.entry(
                    family_of[member_id],
                    AuditAction.MARK_CHANGED,
                    member_id=member_id,
                    group_id=group_id,
                    session_id=session_id,
                    detail=AUDIT_MARK_SEPARATOR.join(
                        (before.get(member_id) or "", after.get(member_id) or "")
                    ),
                )
                for member_id in sorted(changed)
                if member_id in family_of
            ]
        )

    def add_many(self, marks: Sequence[Attendance]) -> None:
        self._db.flush()
        insert_rows(self._db, table_of(AttendanceRow), [_attendance_values(m) for m in marks])

    def recorded_version(self, session_id: uuid.UUID) -> int:
        self._db.flush()
        table = table_of(SessionRow)
        version = self._db.scalar(
            select(table.c.attendance_version).where(table.c.id == session_id)
        )
        return version or 0

    def advance_version(self, session_id: uuid.UUID, seen: int) -> int:
        self._db.flush()
        table = table_of(SessionRow)
        claimed = cast(
            CursorResult[Any],
            self._db.execute(
                update(table)
                .where(table.c.id == session_id, table.c.attendance_version == seen)
                .values(attendance_version=seen + 1)
            ),
        )
        if claimed.rowcount == 1:
            return seen + 1
        stored = self._db.scalar(select(table.c.attendance_version).where(table.c.id == session_id))
        if stored is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The session no longer exists."))
        if stored == seen:
            # Unchanged, yet not claimed: a team database's row-level policy kept the
            # row from this person (a volunteer records only the sessions they lead).
            raise StorageFailure(NOT_LEADING)
        raise ChangedElsewhere(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else recorded this session's attendance while you were entering it. "
                "The saved marks are shown now; enter your changes again if they are still "
                "needed.",
            )
        )


def _headcount_values(headcount: Headcount) -> Values:
    values: Values = {"session_id": headcount.session_id}
    for role, column in ADULT_COLUMNS.items():
        values[column] = headcount.adults.get(role, 0)
    for band, column in CHILD_COLUMNS.items():
        values[column] = headcount.children.get(band, 0)
    values["first_time_visitors"] = headcount.first_time_visitors
    return values


def _headcount(row: Row[Any]) -> Headcount:
    """Only categories with someone in them: a zero and a missing count are the same."""
    adults = {role: row._mapping[column] for role, column in ADULT_COLUMNS.items()}
    children = {band: row._mapping[column] for band, column in CHILD_COLUMNS.items()}
    return Headcount(
        session_id=row.session_id,
        adults={role: count for role, count in adults.items() if count},
        children={band: count for band, count in children.items() if count},
        first_time_visitors=row.first_time_visitors,
    )


class SqlHeadcountRepository:
    def __init__(self, db: DbSession) -> None:
        self._db = db

    def get(self, session_id: uuid.UUID) -> Headcount | None:
        self._db.flush()
        table = table_of(HeadcountRow)
        row = self._db.execute(select(table).where(table.c.session_id == session_id)).first()
        return None if row is None else _headcount(row)

    def for_sessions(self, session_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Headcount]:
        self._db.flush()
        table = table_of(HeadcountRow)
        found: dict[uuid.UUID, Headcount] = {}
        for chunk in chunks(list(set(session_ids)), IN_CHUNK):
            for row in self._db.execute(select(table).where(table.c.session_id.in_(chunk))):
                found[row.session_id] = _headcount(row)
        return found

    def save(self, headcount: Headcount) -> None:
        self._db.flush()
        table = table_of(HeadcountRow)
        values = _headcount_values(headcount)
        where = table.c.session_id == headcount.session_id
        result = cast(
            CursorResult[Any], self._db.execute(update(table).where(where).values(values))
        )
        if result.rowcount == 0:
            self._db.execute(insert(table).values(values))

    def add_many(self, headcounts: Sequence[Headcount]) -> None:
        self._db.flush()
        insert_rows(self._db, table_of(HeadcountRow), [_headcount_values(h) for h in headcounts])
