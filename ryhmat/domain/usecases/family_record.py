"""Everything held about one family, for its access request (tiedonsaantipyyntö):
its details and consents, members, enrolments, attendance marks and change history."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from ryhmat.domain.model import AttendanceMark, Family
from ryhmat.domain.names import comparable_name
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.families import EnrolmentView, family_enrolments, get_family
from ryhmat.domain.usecases.history import HistoryLine, family_history

# Families a name search reads to find the one of exactly that name.
NAMESAKES_LOOKED_AT = 1000


@dataclass(frozen=True, slots=True)
class RecordedMark:
    """One person's mark at one session, as the family's record lists it."""

    day: date
    group: str
    person: str
    mark: AttendanceMark
    is_guest: bool


@dataclass(frozen=True, slots=True)
class FamilyRecord:
    family: Family
    enrolments: list[EnrolmentView]
    marks: list[RecordedMark]  # oldest first
    history: list[HistoryLine]  # newest first
    made_on: date


def family_record(uow: UnitOfWork, family_id: uuid.UUID, today: date) -> FamilyRecord:
    family = get_family(uow, family_id)
    people = {member.id: member.full_name for member in family.members}
    marks = uow.attendance.for_members(people)
    sessions = {s.id: s for s in uow.sessions.get_many({m.session_id for m in marks})}
    groups = uow.groups.names()
    recorded = [
        RecordedMark(
            day=sessions[m.session_id].day,
            group=groups.get(sessions[m.session_id].group_id, ""),
            person=people[m.member_id],
            mark=m.mark,
            is_guest=m.is_guest,
        )
        for m in marks
        if m.session_id in sessions
    ]
    recorded.sort(key=lambda r: (r.day, r.group.casefold(), r.person.casefold()))
    return FamilyRecord(
        family=family,
        enrolments=family_enrolments(uow, family_id),
        marks=recorded,
        history=family_history(uow, family_id),
        made_on=today,
    )


def find_family(uow: UnitOfWork, name: str) -> uuid.UUID:
    """The one family (not erased) of this name, compared as names are everywhere."""
    wanted = comparable_name(name)
    # The search finds every family whose names hold the words; the name itself decides.
    candidates = uow.families.search(name, NAMESAKES_LOOKED_AT)
    found = [f.id for f in candidates if comparable_name(f.name) == wanted]
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No family is named “{name}”."), name=name)
    if len(found) > 1:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{count} families are named “{name}”: save the one you mean from its window "
                "in the app.",
            ),
            count=len(found),
            name=name,
        )
    return found[0]
