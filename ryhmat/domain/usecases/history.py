"""A family's audit trail as a person reads it: who changed what, and when."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from ryhmat.domain.model import (
    AUDIT_FIELD_SEPARATOR,
    AUDIT_MARK_SEPARATOR,
    AuditAction,
    AuditEntry,
)
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.families import get_family


@dataclass(frozen=True, slots=True)
class HistoryLine:
    at: datetime
    actor: str
    action: AuditAction
    person: str  # the member concerned, by today's name or the name when removed
    group: str  # the group of an enrolment or a mark
    session_day: date | None  # the day of a marked session
    fields: tuple[str, ...]  # which details changed (storage's field names)
    before: str  # a mark before the change ("" for none)
    after: str  # a mark after it, a new enrolment's status, or how many people a merge moved


def family_history(uow: UnitOfWork, family_id: uuid.UUID) -> list[HistoryLine]:
    """Newest first."""
    family = get_family(uow, family_id)
    entries = uow.audit.for_family(family_id)
    names = {member.id: member.full_name for member in family.members}
    groups = uow.groups.names()
    days = {
        session.id: session.day
        for session in uow.sessions.get_many(e.session_id for e in entries if e.session_id)
    }
    return [_line(entry, names, groups, days) for entry in entries]


def _line(
    entry: AuditEntry,
    names: dict[uuid.UUID, str],
    groups: dict[uuid.UUID, str],
    days: dict[uuid.UUID, date],
) -> HistoryLine:
    before = after = ""
    fields: tuple[str, ...] = ()
    person = names.get(entry.member_id, "") if entry.member_id else ""
    if entry.action in (AuditAction.MEMBER_ADDED, AuditAction.MEMBER_REMOVED):
        person = person or entry.detail
    elif entry.action is AuditAction.MARK_CHANGED:
        before, _, after = entry.detail.partition(AUDIT_MARK_SEPARATOR)
    elif entry.action in (AuditAction.ENROLMENT_ADDED, AuditAction.FAMILIES_MERGED):
        after = entry.detail  # the new enrolment's status; how many people moved
    elif entry.detail:
        fields = tuple(entry.detail.split(AUDIT_FIELD_SEPARATOR))
    return HistoryLine(
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        person=person,
        group=groups.get(entry.group_id, "") if entry.group_id else "",
        session_day=days.get(entry.session_id) if entry.session_id else None,
        fields=fields,
        before=before,
        after=after,
    )
