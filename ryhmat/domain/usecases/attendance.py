"""Recording who came: the roster of a session, its marks, guests and headcount."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from ryhmat.domain.audience import is_listed
from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from ryhmat.domain.model import (
    AdultRole,
    Attendance,
    AttendanceMark,
    Enrolment,
    EnrolmentStatus,
    Family,
    Group,
    Headcount,
    MemberKind,
    Permission,
    RosterFamily,
    Session,
    SessionStatus,
)
from ryhmat.domain.names import comparable_name
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.families import enrol_from, member_key, validate_family
from ryhmat.domain.usecases.sessions import SessionView, get_session, in_time_order, session_views

UNRECORDED_LOOKBACK = timedelta(days=365)
MAX_HEADCOUNT = 10_000
# Namesakes looked at for a guest family saved meanwhile; a name rarely has more.
TWIN_CANDIDATES = 50


@dataclass(frozen=True, slots=True)
class RosterLine:
    """One person on a session's attendance list."""

    member_id: uuid.UUID
    family_id: uuid.UUID
    family_name: str
    name: str
    kind: MemberKind
    role: AdultRole | None
    age: int | None
    is_guest: bool
    mark: AttendanceMark | None
    # An erased family's person: no name any more, the mark kept as an anonymous count.
    is_erased: bool = False
    # The family's answer to photos being taken (a new guest family: not asked yet).
    photo_permission: Permission = Permission.NOT_ASKED
    # A child's age in months (written as months under two years); None for an adult.
    months: int | None = None


@dataclass(frozen=True, slots=True)
class AttendanceSheet:
    session: Session
    group: Group
    lines: list[RosterLine]
    headcount: Headcount | None = None
    recorded: bool = False
    # The version of the marks and headcount shown; saving checks it is still current.
    version: int = 0
    # The people of the same families whom the group is not for (domain/audience.py)
    # and who have no mark here: not listed, but they can be shown and marked.
    unlisted: list[RosterLine] = field(default_factory=list)
    # Whether the person may record this session: on a team database a volunteer
    # records only the sessions they lead, and sees the others' as they are.
    may_record: bool = True

    @property
    def keeps_roster(self) -> bool:
        return self.group.attendance_mode.keeps_roster

    @property
    def keeps_headcount(self) -> bool:
        return self.group.attendance_mode.keeps_headcount


def enrolled_on(enrolment: Enrolment, day: date) -> bool:
    """Was the family in the group that day? Leavers count until the day they left."""
    if enrolment.status is EnrolmentStatus.WAITING:
        return False
    started = enrolment.enrolled_on is None or enrolment.enrolled_on <= day
    still_in = enrolment.left_on is None or day < enrolment.left_on
    if enrolment.status is EnrolmentStatus.LEFT and enrolment.left_on is None:
        return False
    return started and still_in


def family_lines(
    family: Family | RosterFamily,
    day: date,
    *,
    is_guest: bool,
    marks: Mapping[uuid.UUID, AttendanceMark] | None = None,
) -> list[RosterLine]:
    """A family's people as a roster lists them: adults, then children from the eldest."""
    children = sorted(family.children, key=lambda m: m.age_on(day) or 0, reverse=True)
    return [
        RosterLine(
            member_id=member.id,
            family_id=family.id,
            family_name=family.name,
            name=member.full_name,
            kind=member.kind,
            role=member.role,
            age=member.age_on(day),
            is_guest=is_guest,
            mark=(marks or {}).get(member.id),
            is_erased=family.is_erased,
            photo_permission=family.photo_permission,
            months=member.months_old_on(day),
        )
        for member in [*family.adults, *children]
    ]


def _lines(
    families: Sequence[RosterFamily],
    guests: set[uuid.UUID],
    marks: Mapping[uuid.UUID, AttendanceMark],
    day: date,
) -> list[RosterLine]:
    """Enrolled families first, then guests, each in alphabetical order."""
    ordered = sorted(families, key=lambda f: (f.id in guests, f.name.casefold()))
    return [
        line
        for family in ordered
        for line in family_lines(family, day, is_guest=family.id in guests, marks=marks)
    ]


def attendance_sheet(uow: UnitOfWork, session_id: uuid.UUID) -> AttendanceSheet:
    """The enrolled families' members (and any guests) with their marks, and the headcount."""
    session = get_session(uow, session_id)
    group = uow.groups.get(session.group_id)
    assert group is not None  # a session's group is deleted with it
    enrolled_ids = {
        e.family_id for e in uow.enrolments.for_group(group.id) if enrolled_on(e, session.day)
    }
    marks = {m.member_id: m.mark for m in uow.attendance.for_session(session_id)}
    # Only what the sheet names is read: a team's volunteer may read no more.
    families = {f.id: f for f in uow.families.rosters(enrolled_ids)}
    for family in uow.families.rosters_having_members(marks):
        families.setdefault(family.id, family)
    guests = set(families) - enrolled_ids
    headcount = uow.headcounts.get(session_id)
    # Whom the group is for, and anyone already marked, whomever it is for.
    listed = {
        m.id for f in families.values() for m in f.members if is_listed(group, m, session.day)
    }
    every = _lines(list(families.values()), guests, marks, session.day)
    return AttendanceSheet(
        session=session,
        group=group,
        lines=[line for line in every if line.member_id in listed or line.member_id in marks],
        unlisted=[
            line for line in every if line.member_id not in listed and line.member_id not in marks
        ],
        headcount=headcount,
        recorded=bool(marks) or headcount is not None,
        version=uow.attendance.recorded_version(session_id),
        may_record=uow.team.may_record(session_id),
    )


def _validate_headcount(headcount: Headcount) -> None:
    counts = [*headcount.adults.values(), *headcount.children.values()]
    if any(c < 0 for c in [*counts, headcount.first_time_visitors]):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A count cannot be negative."))
    if sum(counts) > MAX_HEADCOUNT:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The headcount is implausibly large."))
    if headcount.first_time_visitors > sum(counts):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "There are more first-time visitors than visitors.")
        )


@dataclass(slots=True)
class AttendanceRecord:
    """What a leader enters after a session; unmarked people are simply left out.

    ``guest_families`` are new families made on the spot; ``known_guests`` families
    already in the database that came as guests, by id. The families in ``enrol``
    (of either kind) are enrolled in the session's group from the session's day.
    ``version`` is the sheet's version the entries were made on: if someone else
    recorded the session since, nothing is saved (``ChangedElsewhere``).
    """

    marks: dict[uuid.UUID, AttendanceMark] = field(default_factory=dict)
    guest_families: list[Family] = field(default_factory=list)
    headcount: Headcount | None = None
    version: int = 0
    known_guests: list[uuid.UUID] = field(default_factory=list)
    enrol: list[uuid.UUID] = field(default_factory=list)


def record_attendance(
    uow: UnitOfWork, session_id: uuid.UUID, record: AttendanceRecord, today: date
) -> None:
    """Save a session's marks, its new guest families and its headcount as one change."""
    # As the only writer, so that a guest family entered in two windows at once is saved once.
    uow.serialise_writers()
    sheet = attendance_sheet(uow, session_id)
    session = sheet.session
    if session.status is SessionStatus.CANCELLED:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The session is cancelled; restore it before recording.")
        )
    if session.day > today:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The session on {day} has not been held yet."),
            day=session.day,
        )
    for family in record.guest_families:
        validate_family(family, today)
    record = _with_stored_guests(uow, record)
    guests: list[Family | RosterFamily] = [
        *record.guest_families,
        *_known_guests(uow, record.known_guests),
    ]
    if set(record.enrol) - {f.id for f in guests}:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Only a family added here can be enrolled here.")
        )
    enrolling = {m.id for f in guests if f.id in record.enrol for m in f.members}
    guest_members = {m.id for f in guests for m in f.members} - enrolling
    shown = [*sheet.lines, *sheet.unlisted]
    guest_members |= {line.member_id for line in shown if line.is_guest}
    known = {line.member_id for line in shown} | guest_members | enrolling
    if set(record.marks) - known:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Someone marked is not on the session's list.")
        )
    if record.headcount is not None:
        if record.headcount.session_id != session_id:
            raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The headcount is for another session."))
        _validate_headcount(record.headcount)

    uow.attendance.advance_version(session_id, record.version)
    for family in record.guest_families:
        uow.families.save(family)
    for family_id in dict.fromkeys(record.enrol):
        enrol_from(uow, family_id, session.group_id, session.day)
    uow.attendance.replace_for_session(
        session_id,
        [
            Attendance(
                session_id=session_id,
                member_id=member_id,
                mark=mark,
                is_guest=member_id in guest_members,
            )
            for member_id, mark in record.marks.items()
        ],
    )
    if record.headcount is not None:
        uow.headcounts.save(record.headcount)
    if session.status is SessionStatus.PLANNED:
        # Not the whole session saved: a team's volunteer may change its status only.
        uow.sessions.mark_held(session_id)
    uow.commit()


def _with_stored_guests(uow: UnitOfWork, record: AttendanceRecord) -> AttendanceRecord:
    """The record with each new guest family that the database holds already as that
    family: entered at the same time in another window, it was saved there first."""
    same: dict[uuid.UUID, uuid.UUID] = {}
    new: list[Family] = []
    for family in record.guest_families:
        stored = _stored_twin(uow, family)
        if stored is None:
            new.append(family)
            continue
        same[family.id] = stored.id
        stored_members = {member_key(m): m.id for m in stored.members}
        same.update({m.id: stored_members[member_key(m)] for m in family.members})
    if not same:
        return record
    twins = [same[f.id] for f in record.guest_families if f.id in same]
    return replace(
        record,
        guest_families=new,
        known_guests=list(dict.fromkeys([*record.known_guests, *twins])),
        marks={same.get(member, member): mark for member, mark in record.marks.items()},
        enrol=[same.get(family_id, family_id) for family_id in record.enrol],
    )


def _stored_twin(uow: UnitOfWork, family: Family) -> RosterFamily | None:
    """A stored family with the same name and exactly the same people, if any. Namesakes
    that share only some people stay apart: only a twin is surely the same family."""
    people = {member_key(m) for m in family.members}
    for stored in uow.families.search(family.name, TWIN_CANDIDATES):
        same_name = comparable_name(stored.name) == comparable_name(family.name)
        if same_name and {member_key(m) for m in stored.members} == people:
            return stored
    return None


def _known_guests(uow: UnitOfWork, family_ids: Sequence[uuid.UUID]) -> list[RosterFamily]:
    """The stored families chosen as guests; one removed or erased meanwhile stops the save."""
    wanted = set(family_ids)
    found = [f for f in uow.families.rosters(wanted) if not f.is_erased]
    if len(found) < len(wanted):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The family no longer exists."))
    return found


def guest_family(uow: UnitOfWork, family_id: uuid.UUID) -> RosterFamily:
    """A family of the register chosen as a session's guest, as the roster names it."""
    found = [f for f in uow.families.rosters([family_id]) if not f.is_erased]
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The family no longer exists."))
    return found[0]


def unrecorded_sessions(uow: UnitOfWork, now: datetime) -> list[SessionView]:
    """Sessions of the past year not recorded at ``now`` ("kirjaamatta", as
    ``ryhmat.domain.statistics`` defines it), oldest first."""
    first = now.date() - UNRECORDED_LOOKBACK
    return session_views(uow, in_time_order(uow.sessions.unrecorded(first, now)))
