"""Repositories of families (with their members) and their enrolments in groups."""

from __future__ import annotations

import builtins  # the repositories' own `list` method hides the builtin in class bodies
import uuid
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import (
    ColumnElement,
    Row,
    case,
    delete,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session as DbSession

from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.domain.model import (
    AUDIT_FIELD_SEPARATOR,
    AuditAction,
    Enrolment,
    EnrolmentStatus,
    Family,
    Member,
    RosterFamily,
)
from ryhmat.domain.names import comparable_name
from ryhmat.storage.orm import (
    AttendanceRow,
    AuditEntryRow,
    EnrolmentRow,
    FamilyMemberRow,
    FamilyRow,
    SessionRow,
)
from ryhmat.storage.repositories.base import (
    IN_CHUNK,
    Child,
    ChildValues,
    LoadedChildren,
    SqlRepository,
    Values,
    chunks,
    insert_rows,
    table_of,
)

if TYPE_CHECKING:
    from ryhmat.storage.audit import SqlAuditRepository

_MEMBERS = Child(table_of(FamilyMemberRow), "family_id")


class SqlFamilyRepository(SqlRepository[Family, FamilyRow]):
    row_type = FamilyRow
    children = (_MEMBERS,)
    versioned = True
    changed_elsewhere = QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed this family's details while you were editing them. The saved "
        "details are shown now; make your change again if it is still needed.",
    )
    removed_elsewhere = QT_TRANSLATE_NOOP(
        "Errors", "Someone else removed this family while you were editing it."
    )

    def __init__(self, db: DbSession, audit: SqlAuditRepository) -> None:
        super().__init__(db)
        self._audit = audit

    def _order(self) -> Sequence[Any]:
        return (FamilyRow.name, FamilyRow.id)

    def _values(self, entity: Family) -> Values:
        return {
            "id": entity.id,
            "name": entity.name,
            "phone": entity.phone,
            "notes": entity.notes,
            "privacy_notice_on": entity.privacy_notice_on,
            "photo_permission": entity.photo_permission,
            "contact_permission": entity.contact_permission,
            "erased_on": entity.erased_on,
            "version": entity.version,
            "search_key": family_search_key(entity.name, (m.full_name for m in entity.members)),
        }

    def _child_values(self, entity: Family) -> ChildValues:
        return {_MEMBERS.name: [_member_values(m, i) for i, m in enumerate(entity.members)]}

    def _to_domain(self, row: FamilyRow, children: LoadedChildren) -> Family:
        return Family(
            id=row.id,
            name=row.name,
            members=[_member(m) for m in children.of(_MEMBERS.name, row.id)],
            phone=row.phone,
            notes=row.notes,
            privacy_notice_on=row.privacy_notice_on,
            photo_permission=row.photo_permission,
            contact_permission=row.contact_permission,
            erased_on=row.erased_on,
            version=row.version,
        )

    def save(self, entity: Family) -> None:
        before = self.get(entity.id)
        super().save(entity)
        self._audit.write(_family_changes(self._audit, before, entity))

    def add_many(self, entities: Sequence[Family]) -> None:
        super().add_many(entities)
        self._audit.write(
            [self._audit.entry(family.id, AuditAction.FAMILY_ADDED) for family in entities]
        )

    def _replace_children(
        self, child: Child, parent_id: uuid.UUID, rows: builtins.list[Values]
    ) -> bool:
        """Members are matched by id: attendance refers to them and must survive an edit."""
        table = child.table
        current_query = (
            select(*child.own_columns())
            .where(table.c.family_id == parent_id)
            .order_by(table.c.position)
        )
        if [dict(row._mapping) for row in self._db.execute(current_query)] == rows:
            return False
        wanted = [row["id"] for row in rows]
        existing = set(self._db.scalars(select(table.c.id).where(table.c.id.in_(wanted))))
        self._db.execute(
            delete(table).where(table.c.family_id == parent_id, table.c.id.not_in(wanted))
        )
        updates = [row for row in rows if row["id"] in existing]
        for row in updates:
            changes = {**row, "family_id": parent_id}
            self._db.execute(update(table).where(table.c.id == row["id"]).values(changes))
        inserts = [{**row, "family_id": parent_id} for row in rows if row["id"] not in existing]
        insert_rows(self._db, table, inserts)
        return True

    def rosters(self, family_ids: Iterable[uuid.UUID]) -> builtins.list[RosterFamily]:
        return [
            family
            for chunk in chunks(builtins.list(set(family_ids)), IN_CHUNK)
            for family in self._rosters(FamilyRow.id.in_(chunk))
        ]

    def rosters_having_members(
        self, member_ids: Iterable[uuid.UUID]
    ) -> builtins.list[RosterFamily]:
        members = table_of(FamilyMemberRow)
        family_ids: set[uuid.UUID] = set()
        for chunk in chunks(builtins.list(set(member_ids)), IN_CHUNK):
            query = select(members.c.family_id).where(members.c.id.in_(chunk))
            family_ids.update(self._db.scalars(query))
        return self.rosters(family_ids)

    def _rosters(self, *criteria: ColumnElement[bool]) -> builtins.list[RosterFamily]:
        """The families matching ``criteria``, reading only the columns a roster names:
        a team's volunteer may select these and no others (storage/team_access.py)."""
        self._db.flush()
        families = table_of(FamilyRow)
        query = select(*(families.c[name] for name in ROSTER_COLUMNS)).where(*criteria)
        rows = self._db.execute(query).all()
        if not rows:
            return []
        people = self._load_children(_MEMBERS, criteria)
        return [
            RosterFamily(
                id=row.id,
                name=row.name,
                members=[_member(m) for m in people.get(row.id, [])],
                photo_permission=row.photo_permission,
                erased_on=row.erased_on,
            )
            for row in rows
        ]

    def remove(self, family: Family) -> None:
        self._db.flush()
        row = cast(FamilyRow | None, self._db.get(FamilyRow, family.id))
        self._check_version(row, family.version)
        if row is None:
            return
        # Claimed like a save: a colleague's save of it meanwhile wins, this waits.
        self._claim_version(row, family.version)
        self.delete(family.id)

    def search(self, text: str, limit: int) -> builtins.list[RosterFamily]:
        words = comparable_name(text).split()
        if not words or limit < 1:
            return []
        self._db.flush()
        families = table_of(FamilyRow)
        key = families.c.search_key
        # The key begins with the family's own name: a family called what was typed first.
        named_so = case((key.startswith(" ".join(words), autoescape=True), 0), else_=1)
        query = (
            select(families.c.id)
            .where(
                families.c.erased_on.is_(None),
                *(key.contains(word, autoescape=True) for word in words),
            )
            .order_by(named_so, families.c.name, families.c.id)
            .limit(limit)
        )
        order = {family_id: i for i, family_id in enumerate(self._db.scalars(query))}
        return sorted(self.rosters(order), key=lambda family: order[family.id])

    def inactive_since(self, cutoff: date) -> builtins.list[uuid.UUID]:
        self._db.flush()
        families, members = table_of(FamilyRow), table_of(FamilyMemberRow)
        enrolments, marks = table_of(EnrolmentRow), table_of(AttendanceRow)
        sessions, entries = table_of(SessionRow), table_of(AuditEntryRow)
        in_a_group = select(enrolments.c.id).where(
            enrolments.c.family_id == families.c.id,
            or_(
                enrolments.c.status != EnrolmentStatus.LEFT,
                enrolments.c.enrolled_on >= cutoff,
                enrolments.c.left_on >= cutoff,
            ),
        )
        came = (
            select(marks.c.id)
            .join(members, members.c.id == marks.c.member_id)
            .join(sessions, sessions.c.id == marks.c.session_id)
            .where(members.c.family_id == families.c.id, sessions.c.day >= cutoff)
        )
        changed = select(entries.c.id).where(
            entries.c.family_id == families.c.id,
            entries.c.at >= datetime.combine(cutoff, datetime.min.time(), UTC),
        )
        query = (
            select(families.c.id)
            .where(
                families.c.erased_on.is_(None),
                families.c.created_on < cutoff,
                ~in_a_group.exists(),
                ~came.exists(),
                ~changed.exists(),
            )
            .order_by(families.c.id)
        )
        return builtins.list(self._db.scalars(query))


# What a roster or a search reads of a family (RosterFamily): no more than a team's
# volunteer is granted (team_access.COLUMNS; a test holds the two together).
ROSTER_COLUMNS = ("id", "name", "photo_permission", "erased_on")


def family_search_key(name: str, people: Iterable[str]) -> str:
    """A family's name and its people's names, each as ``comparable_name`` makes it,
    one per line: a word typed in a search is found inside one name, never across two."""
    return "\n".join(comparable_name(n) for n in (name, *people))


_FAMILY_FIELDS = (
    "name",
    "phone",
    "notes",
    "privacy_notice_on",
    "photo_permission",
    "contact_permission",
)
_MEMBER_FIELDS = ("first_name", "last_name", "kind", "role", "birth_year", "birth_month")


def _changed_fields(before: object, after: object, names: Sequence[str]) -> str:
    changed = (name for name in names if getattr(before, name) != getattr(after, name))
    return AUDIT_FIELD_SEPARATOR.join(changed)


def _family_changes(
    audit: SqlAuditRepository, before: Family | None, after: Family
) -> builtins.list[Values]:
    """Audit entries for what a save changed in a family and its members."""
    if before is None:
        return [audit.entry(after.id, AuditAction.FAMILY_ADDED)]
    entries = []
    if changed := _changed_fields(before, after, _FAMILY_FIELDS):
        entries.append(audit.entry(after.id, AuditAction.FAMILY_CHANGED, detail=changed))
    old = {member.id: member for member in before.members}
    new = {member.id: member for member in after.members}
    for member_id, member in new.items():
        if member_id not in old:
            action, detail = AuditAction.MEMBER_ADDED, member.full_name
        elif changed := _changed_fields(old[member_id], member, _MEMBER_FIELDS):
            action, detail = AuditAction.MEMBER_CHANGED, changed
        else:
            continue
        entries.append(audit.entry(after.id, action, member_id=member_id, detail=detail))
    entries.extend(
        audit.entry(
            after.id, AuditAction.MEMBER_REMOVED, member_id=member_id, detail=member.full_name
        )
        for member_id, member in old.items()
        if member_id not in new
    )
    return entries


def _member_values(member: Member, position: int) -> Values:
    return {
        "id": member.id,
        "position": position,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "kind": member.kind,
        "role": member.role,
        "birth_year": member.birth_year,
        "birth_month": member.birth_month,
    }


def _member(row: Row[Any]) -> Member:
    return Member(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        kind=row.kind,
        role=row.role,
        birth_year=row.birth_year,
        birth_month=row.birth_month,
    )


class SqlEnrolmentRepository(SqlRepository[Enrolment, EnrolmentRow]):
    domain_type = Enrolment
    row_type = EnrolmentRow

    def __init__(self, db: DbSession, audit: SqlAuditRepository) -> None:
        super().__init__(db)
        self._audit = audit

    def for_group(self, group_id: uuid.UUID) -> builtins.list[Enrolment]:
        return self._find(EnrolmentRow.group_id == group_id)

    def for_groups(self, group_ids: Iterable[uuid.UUID]) -> builtins.list[Enrolment]:
        wanted = builtins.list(set(group_ids))
        return [
            enrolment
            for chunk in chunks(wanted, IN_CHUNK)
            for enrolment in self._find(EnrolmentRow.group_id.in_(chunk))
        ]

    def for_family(self, family_id: uuid.UUID) -> builtins.list[Enrolment]:
        return self._find(EnrolmentRow.family_id == family_id)

    def for_families(self, family_ids: Iterable[uuid.UUID]) -> builtins.list[Enrolment]:
        wanted = builtins.list(set(family_ids))
        return [
            enrolment
            for chunk in chunks(wanted, IN_CHUNK)
            for enrolment in self._find(EnrolmentRow.family_id.in_(chunk))
        ]

    def save(self, entity: Enrolment) -> None:
        before = self.get(entity.id)
        super().save(entity)
        if before is None:
            action, detail = AuditAction.ENROLMENT_ADDED, str(entity.status)
        elif changed := _changed_fields(before, entity, _ENROLMENT_FIELDS):
            action, detail = AuditAction.ENROLMENT_CHANGED, changed
        else:
            return
        self._audit.write([self._enrolment_entry(entity, action, detail)])

    def add_many(self, entities: Sequence[Enrolment]) -> None:
        super().add_many(entities)
        self._audit.write(
            [self._enrolment_entry(e, AuditAction.ENROLMENT_ADDED, str(e.status)) for e in entities]
        )

    def delete(self, entity_id: uuid.UUID) -> None:
        before = self.get(entity_id)
        super().delete(entity_id)
        if before is not None:
            self._audit.write([self._enrolment_entry(before, AuditAction.ENROLMENT_REMOVED)])

    def _enrolment_entry(
        self, enrolment: Enrolment, action: AuditAction, detail: str = ""
    ) -> Values:
        return self._audit.entry(
            enrolment.family_id, action, group_id=enrolment.group_id, detail=detail
        )


_ENROLMENT_FIELDS = ("status", "enrolled_on", "left_on")
