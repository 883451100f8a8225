"""Families, their members and their enrolments in groups."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Term
from ryhmat.domain.model import (
    Enrolment,
    EnrolmentStatus,
    Family,
    Member,
    MemberKind,
    RosterFamily,
    Series,
)
from ryhmat.domain.names import comparable_name
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.validation import (
    MAX_NAME_LENGTH,
    MAX_PHONE_LENGTH,
    clean_line,
    clean_name,
    clean_text,
    strip_control_characters,
    validate_day,
)

EARLIEST_BIRTH_YEAR = 1900


@dataclass(frozen=True, slots=True)
class FamilySummary:
    id: uuid.UUID
    name: str
    adults: list[str]
    children: list[str]
    groups: list[str]  # groups the family is enrolled in now
    privacy_notice_on: date | None = None  # None: the notice has not been given


@dataclass(frozen=True, slots=True)
class EnrolmentView:
    id: uuid.UUID
    family_id: uuid.UUID
    group_id: uuid.UUID
    group: str
    status: EnrolmentStatus
    enrolled_on: date | None
    left_on: date | None


def member_key(member: Member) -> tuple[str, MemberKind]:
    """A person as matching sees them: the first name compared as names are, and the kind,
    so that an adult Miro is not a child Miro."""
    return comparable_name(member.first_name), member.kind


def recognise_family(candidates: Iterable[Family], people: Iterable[Member]) -> Family | None:
    """Among families of the same name, the one that shares the most people with
    ``people`` (by ``member_key``), if any shares one."""
    wanted = {member_key(m) for m in people}
    best, shared_most = None, 0
    for family in candidates:
        shared = len(wanted & {member_key(m) for m in family.members})
        if shared > shared_most:
            best, shared_most = family, shared
    return best


# How many families a search shows: enough to find one among namesakes, few enough to read.
FAMILY_MATCHES = 12


def list_families(uow: UnitOfWork) -> list[FamilySummary]:
    families = [f for f in uow.families.list() if not f.is_erased]
    return _summaries(uow, families, uow.enrolments.list())


def find_families(uow: UnitOfWork, text: str, limit: int = FAMILY_MATCHES) -> list[FamilySummary]:
    """The families (not erased) that the words of ``text`` name: each word is in the
    family's name or one of its people's names, compared as ``comparable_name`` does.
    The family whose own name begins with the text comes first."""
    # What is typed is searched, never refused: control characters (a NUL, which
    # PostgreSQL cannot take) go, and a long paste is cut to a name's length.
    typed = strip_control_characters(text)[:MAX_NAME_LENGTH]
    found = uow.families.search(typed, limit)
    return _summaries(uow, found, uow.enrolments.for_families(f.id for f in found))


def _summaries(
    uow: UnitOfWork, families: Sequence[Family | RosterFamily], enrolments: Iterable[Enrolment]
) -> list[FamilySummary]:
    if not families:
        return []
    groups = uow.groups.names()
    enrolled: dict[uuid.UUID, list[str]] = {}
    for enrolment in enrolments:
        if enrolment.status is EnrolmentStatus.ENROLLED:
            enrolled.setdefault(enrolment.family_id, []).append(groups[enrolment.group_id])
    return [
        FamilySummary(
            id=f.id,
            name=f.name,
            adults=[m.full_name for m in f.adults],
            children=[m.full_name for m in f.children],
            groups=sorted(enrolled.get(f.id, []), key=str.casefold),
            # A search reads no more than a roster names (RosterFamily): no notice day.
            privacy_notice_on=f.privacy_notice_on if isinstance(f, Family) else None,
        )
        for f in families
    ]


def get_family(uow: UnitOfWork, family_id: uuid.UUID) -> Family:
    family = uow.families.get(family_id)
    if family is None or family.is_erased:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The family no longer exists."))
    return family


def _validate_member(member: Member, today: date) -> None:
    member.first_name = clean_name(
        member.first_name, Term(QT_TRANSLATE_NOOP("Errors", "first name"))
    )
    member.last_name = clean_line(member.last_name, Term(QT_TRANSLATE_NOOP("Errors", "last name")))
    if member.kind is MemberKind.ADULT:
        if member.role is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Choose the role of {name}."), name=member.first_name
            )
        member.birth_year = member.birth_month = None
        return
    member.role = None
    year, month = member.birth_year, member.birth_month
    if year is None or month is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Give the birth year and month of {name}."),
            name=member.first_name,
        )
    if (
        not 1 <= month <= 12
        or year < EARLIEST_BIRTH_YEAR
        or (year, month) > (today.year, today.month)
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The birth month {month}/{year} of {name} is not possible."
            ),
            month=month,
            year=year,
            name=member.first_name,
        )


def validate_family(family: Family, today: date) -> None:
    family.name = clean_name(family.name, Term(QT_TRANSLATE_NOOP("Errors", "family name")))
    phone = Term(QT_TRANSLATE_NOOP("Errors", "phone"))
    family.phone = clean_line(family.phone, phone, MAX_PHONE_LENGTH)
    family.notes = clean_text(family.notes, Term(QT_TRANSLATE_NOOP("Errors", "notes")))
    validate_privacy_notice_day(family.privacy_notice_on, today)
    if not family.members:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A family needs at least one member."))
    for member in family.members:
        _validate_member(member, today)


def validate_privacy_notice_day(day: date | None, today: date) -> None:
    """The privacy notice was given on a day that has been: never in the future."""
    if day is None:
        return
    validate_day(day)
    if day > today:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The privacy notice cannot have been given on {day}, a day still to come.",
            ),
            day=day,
        )


def save_family(
    uow: UnitOfWork, family: Family, today: date, enrolments: Sequence[Enrolment] = ()
) -> None:
    """Save the family and its members; a new family's ``enrolments`` (made in the
    form before its first save) are saved with it, in the same commit, or nothing is."""
    validate_family(family, today)
    if enrolments:
        # As the only writer, as an import or a recording enrols: the family is never
        # enrolled in one group twice by two of them at once.
        uow.serialise_writers()
    stored = uow.enrolments.for_family(family.id) if enrolments else []
    for enrolment in enrolments:
        if enrolment.family_id != family.id:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The enrolment is of another family."))
        _require_group(uow, enrolment.group_id)
        check_enrolment(enrolment, [*stored, *enrolments])
    uow.families.save(family)
    for enrolment in enrolments:
        uow.enrolments.save(enrolment)
    uow.commit()


def family_enrolments(uow: UnitOfWork, family_id: uuid.UUID) -> list[EnrolmentView]:
    groups = uow.groups.names()
    return sorted(
        (
            EnrolmentView(
                id=e.id,
                family_id=e.family_id,
                group_id=e.group_id,
                group=groups[e.group_id],
                status=e.status,
                enrolled_on=e.enrolled_on,
                left_on=e.left_on,
            )
            for e in uow.enrolments.for_family(family_id)
        ),
        key=lambda v: (v.status is EnrolmentStatus.LEFT, v.group.casefold()),
    )


def check_enrolment(enrolment: Enrolment, others: Iterable[Enrolment]) -> None:
    """The rules of one enrolment among the family's others: a leaving day for one
    that left (and none for one that did not), not before the enrolment, and only one
    enrolment in a group that is not over. Tidies ``enrolment``; raises InvalidInput."""
    if enrolment.status is EnrolmentStatus.LEFT and enrolment.left_on is None:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Give the day the family left."))
    if enrolment.status is not EnrolmentStatus.LEFT:
        enrolment.left_on = None
    if enrolment.enrolled_on and enrolment.left_on and enrolment.left_on < enrolment.enrolled_on:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The family left before it was enrolled."))
    active = [
        e
        for e in others
        if e.group_id == enrolment.group_id
        and e.id != enrolment.id
        and e.status is not EnrolmentStatus.LEFT
    ]
    if active and enrolment.status is not EnrolmentStatus.LEFT:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The family is already enrolled or waiting in this group.")
        )


def _require_group(uow: UnitOfWork, group_id: uuid.UUID) -> None:
    if uow.groups.get(group_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The group no longer exists."))


def save_enrolment(uow: UnitOfWork, enrolment: Enrolment) -> None:
    """Enrol a family, put it on the waiting list, or record that it left."""
    # The check against the family's other enrolments holds only if no import or
    # recording enrols it between the check and the commit.
    uow.serialise_writers()
    get_family(uow, enrolment.family_id)
    _require_group(uow, enrolment.group_id)
    check_enrolment(enrolment, uow.enrolments.for_family(enrolment.family_id))
    uow.enrolments.save(enrolment)
    uow.commit()


def enrol_from(uow: UnitOfWork, family_id: uuid.UUID, group_id: uuid.UUID, day: date) -> None:
    """Enrol the family in the group from ``day``, within the caller's transaction: a
    family on the waiting list is enrolled from then; one enrolled already stays as it is."""
    current = [
        e
        for e in uow.enrolments.for_family(family_id)
        if e.group_id == group_id and e.status is not EnrolmentStatus.LEFT
    ]
    if any(e.status is EnrolmentStatus.ENROLLED for e in current):
        return
    enrolment = current[0] if current else Enrolment(family_id=family_id, group_id=group_id)
    enrolment.status = EnrolmentStatus.ENROLLED
    enrolment.enrolled_on = day
    uow.enrolments.save(enrolment)


def season_start(seasons: Iterable[Series], today: date) -> date:
    """The day a new enrolment in a group starts by default: the first day of the
    group's season that covers today (the earliest, if several do), else of the next
    season to begin, else today."""
    ordered = sorted(seasons, key=lambda s: (s.first_day, s.last_day))
    current = [s for s in ordered if s.first_day <= today <= s.last_day]
    if current:
        return current[0].first_day
    coming = [s for s in ordered if s.first_day > today]
    return coming[0].first_day if coming else today


def default_enrolment_day(uow: UnitOfWork, group_id: uuid.UUID, today: date) -> date:
    return season_start(uow.series.for_group(group_id), today)


def delete_enrolment(uow: UnitOfWork, enrolment_id: uuid.UUID) -> None:
    uow.enrolments.delete(enrolment_id)
    uow.commit()
