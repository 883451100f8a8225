"""What the attendance workbook shows: the rosters and headcounts of a period.

The figures of the workbook come from ``Statistics``; this read model adds the
detail behind them: for each group kept by a named roster, who was marked at
which held session, and for each group kept by headcounts, the counts of each
held session.

Pseudonymised, no name leaves the database: a member is shown by the stable
code of ``PseudonymRepository`` ("P-0042") and a family by "F-" and the
smallest number among its members' codes ("F-0042"). That number belongs to the
family's first-coded member, so the family code stays the same from one export
to the next, whichever of its members happen to appear, for as long as that
member is not erased; it needs no codes of its own and no second table.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from ryhmat.domain.audience import is_listed_on_any
from ryhmat.domain.calendar import CalendarFilter
from ryhmat.domain.model import (
    AdultRole,
    AttendanceMark,
    Enrolment,
    EnrolmentStatus,
    Family,
    Group,
    GroupType,
    Headcount,
    HeldSession,
    MemberKind,
    UsageAction,
)
from ryhmat.domain.ports import (
    Progress,
    PseudonymRepository,
    UnitOfWork,
    UnitOfWorkFactory,
    WorkbookWriter,
)
from ryhmat.domain.statistics import GroupFigures, Statistics, StatisticsFilter
from ryhmat.domain.usecases.attendance import RosterLine, family_lines
from ryhmat.domain.usecases.evaluations import EvaluationReport, evaluations_for
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.domain.usecases.usage_log import record_usage

MEMBER_CODE_PREFIX = "P-"
FAMILY_CODE_PREFIX = "F-"

# A mark as the workbook counts it: present 1, absent or excused 0, unmarked None.
PRESENT = 1
NOT_PRESENT = 0
COUNTED = {
    mark: PRESENT if mark is AttendanceMark.PRESENT else NOT_PRESENT for mark in AttendanceMark
}


@dataclass(frozen=True, slots=True)
class RosterPerson:
    """One row of a roster sheet: a person and their marks, one per session."""

    member_id: uuid.UUID
    family: str  # the family's name, or its code when pseudonymised
    name: str  # the member's name, or their code
    kind: MemberKind
    role: AdultRole | None
    age: int | None  # on the last day of the period
    is_guest: bool  # not enrolled in the group during the period
    marks: tuple[int | None, ...]
    is_erased: bool = False  # an erased family's person: no name, only the marks


@dataclass(frozen=True, slots=True)
class RosterSheet:
    group_id: uuid.UUID
    group_name: str
    group_type: GroupType
    session_days: tuple[date, ...]  # the held sessions, in date order
    people: tuple[RosterPerson, ...]

    @property
    def present_total(self) -> int:
        return sum(mark or 0 for person in self.people for mark in person.marks)


@dataclass(frozen=True, slots=True)
class HeadcountLine:
    """One held session of a group kept by headcounts; no headcount taken is None."""

    group_id: uuid.UUID
    group_name: str
    day: date
    headcount: Headcount | None


@dataclass(frozen=True, slots=True)
class WorkbookData:
    first_day: date
    last_day: date
    pseudonymised: bool
    rosters: list[RosterSheet]
    headcounts: list[HeadcountLine]
    # The families whose people the rosters name (none when pseudonymised): the
    # export's reading is logged.
    named_families: tuple[uuid.UUID, ...] = ()
    # The evaluations of the period's seasons (``evaluations_for``).
    evaluations: tuple[EvaluationReport, ...] = ()


def workbook_data(
    uow: UnitOfWork,
    first_day: date,
    last_day: date,
    wanted: StatisticsFilter,
    pseudonymise: bool,
    statistics: Statistics,
    pseudonyms: PseudonymRepository | None = None,
) -> WorkbookData:
    """The rosters and headcounts behind ``statistics``, the groups in its order.

    Pseudonymising makes codes for people seen for the first time and commits
    them, so that the next export shows the same codes.
    """
    if (statistics.first_day, statistics.last_day) != (first_day, last_day):
        raise ValueError("the statistics are of another period")
    groups = _ordered(
        [g for g in uow.groups.list() if group_passes(g, wanted)], statistics.by_group
    )
    held = _held_sessions(uow, first_day, last_day, groups, wanted)
    roster_groups = [g for g in groups if g.attendance_mode.keeps_roster and held[g.id]]
    rosters, families = _rosters(uow, roster_groups, held, first_day, last_day)
    named: tuple[uuid.UUID, ...] = ()
    if pseudonymise:
        rosters = _pseudonymised(rosters, families, pseudonyms or uow.pseudonyms)
        uow.commit()
    else:
        named = _named_families(rosters, families)
    counted = [g for g in groups if g.attendance_mode.keeps_headcount]
    stored = uow.headcounts.for_sessions(s.session_id for g in counted for s in held[g.id])
    headcounts = [
        HeadcountLine(group.id, group.name, session.day, stored.get(session.session_id))
        for group in counted
        for session in held[group.id]
    ]
    evaluations = tuple(evaluations_for(uow, first_day, last_day, wanted))
    return WorkbookData(first_day, last_day, pseudonymise, rosters, headcounts, named, evaluations)


def _named_families(
    rosters: Iterable[RosterSheet], families: Iterable[Family]
) -> tuple[uuid.UUID, ...]:
    shown = {person.member_id for sheet in rosters for person in sheet.people}
    return tuple(
        family.id
        for family in families
        if not family.is_erased and any(member.id in shown for member in family.members)
    )


def group_passes(group: Group, wanted: StatisticsFilter) -> bool:
    """Does the filter keep the group's sessions (as far as the group decides)?"""
    if wanted.group_ids and group.id not in wanted.group_ids:
        return False
    if wanted.group_type is not None and group.type is not wanted.group_type:
        return False
    return wanted.organisation_id is None or wanted.organisation_id in group.organiser_ids


def _ordered(groups: list[Group], order: Sequence[GroupFigures]) -> list[Group]:
    """The groups as the statistics list them, then the rest by name."""
    position = {item.group_id: i for i, item in enumerate(order)}
    return sorted(groups, key=lambda g: (position.get(g.id, len(position)), g.name.casefold()))


def _held_sessions(
    uow: UnitOfWork,
    first_day: date,
    last_day: date,
    groups: Sequence[Group],
    wanted: StatisticsFilter,
) -> dict[uuid.UUID, list[HeldSession]]:
    """Each group's held sessions of the period, in date order; the filter's
    conditions on sessions are the calendar's, checked by the database."""
    held: dict[uuid.UUID, list[HeldSession]] = {g.id: [] for g in groups}
    conditions = CalendarFilter(
        worker_id=wanted.worker_id,
        organisation_id=wanted.organisation_id,
        place_id=wanted.place_id,
    )
    for session in uow.sessions.held(first_day, last_day, conditions):
        if session.group_id in held:
            held[session.group_id].append(session)
    return held


def enrolled_during(enrolment: Enrolment, first_day: date, last_day: date) -> bool:
    """Was the family in the group on some day of the period? (A leaver's last day
    in the group is the day before ``left_on``, as for a session's roster.)"""
    if enrolment.status is EnrolmentStatus.WAITING:
        return False
    if enrolment.status is EnrolmentStatus.LEFT and enrolment.left_on is None:
        return False
    started = enrolment.enrolled_on is None or enrolment.enrolled_on <= last_day
    still_in = enrolment.left_on is None or first_day < enrolment.left_on
    return started and still_in


def _rosters(
    uow: UnitOfWork,
    groups: Sequence[Group],
    held: Mapping[uuid.UUID, list[HeldSession]],
    first_day: date,
    last_day: date,
) -> tuple[list[RosterSheet], list[Family]]:
    """The groups' sheets, and the families they show people of."""
    marks, marked_families = _marks_by_member(uow, groups, held)
    enrolled: dict[uuid.UUID, set[uuid.UUID]] = {group.id: set() for group in groups}
    for enrolment in uow.enrolments.for_groups(enrolled):
        if enrolled_during(enrolment, first_day, last_day):
            enrolled[enrolment.group_id].add(enrolment.family_id)
    # The families of all the sheets at once: a few queries, not a few per group.
    wanted = set().union(*enrolled.values(), *marked_families.values())
    families = {f.id: f for f in uow.families.get_many(wanted)}
    sheets = [
        _roster(
            group,
            held[group.id],
            marks[group.id],
            [families[i] for i in enrolled[group.id] | marked_families[group.id] if i in families],
            enrolled[group.id],
            last_day,
        )
        for group in groups
    ]
    return sheets, list(families.values())


def _marks_by_member(
    uow: UnitOfWork, groups: Sequence[Group], held: Mapping[uuid.UUID, list[HeldSession]]
) -> tuple[dict[uuid.UUID, dict[uuid.UUID, list[int | None]]], dict[uuid.UUID, set[uuid.UUID]]]:
    """For each group, each marked member's row of counted marks (one place per held
    session) and the families of the marked; one pass over the marks there are."""
    place = {s.session_id: (g.id, i) for g in groups for i, s in enumerate(held[g.id])}
    rows: dict[uuid.UUID, dict[uuid.UUID, list[int | None]]] = {g.id: {} for g in groups}
    families: dict[uuid.UUID, set[uuid.UUID]] = {g.id: set() for g in groups}
    for session_id, member_id, family_id, mark in uow.attendance.family_marks(place):
        group_id, column = place[session_id]
        row = rows[group_id].get(member_id)
        if row is None:
            row = rows[group_id][member_id] = [None] * len(held[group_id])
            families[group_id].add(family_id)
        row[column] = COUNTED[mark]
    return rows, families


def _roster(
    group: Group,
    sessions: Sequence[HeldSession],
    marks: Mapping[uuid.UUID, list[int | None]],
    families: Iterable[Family],
    enrolled: set[uuid.UUID],
    last_day: date,
) -> RosterSheet:
    shown = list(families)
    # Whom the group is for on one of its days (a child's age changes over a period).
    days = [s.day for s in sessions] or [last_day]
    listed = {m.id for f in shown for m in f.members if is_listed_on_any(group, m, days)}
    people = [
        _person(line, marks.get(line.member_id), len(sessions))
        for line in _lines(shown, enrolled, last_day)
        # A guest family's members who were never marked did not come; a marked
        # person is shown whomever the group is for.
        if line.member_id in marks or (not line.is_guest and line.member_id in listed)
    ]
    return RosterSheet(
        group_id=group.id,
        group_name=group.name,
        group_type=group.type,
        session_days=tuple(s.day for s in sessions),
        people=tuple(people),
    )


def _lines(families: Iterable[Family], enrolled: set[uuid.UUID], day: date) -> list[RosterLine]:
    """Enrolled families first, then guests, each by name; in a family, as on a roster."""
    ordered = sorted(families, key=lambda f: (f.id not in enrolled, f.name.casefold(), f.id))
    return [
        line
        for family in ordered
        for line in family_lines(family, day, is_guest=family.id not in enrolled)
    ]


def _person(line: RosterLine, marks: list[int | None] | None, sessions: int) -> RosterPerson:
    return RosterPerson(
        member_id=line.member_id,
        family=line.family_name,
        name=line.name,
        kind=line.kind,
        role=line.role,
        age=line.age,
        is_guest=line.is_guest,
        marks=tuple(marks) if marks is not None else (None,) * sessions,
        is_erased=line.is_erased,
    )


def _pseudonymised(
    rosters: list[RosterSheet], loaded: Iterable[Family], pseudonyms: PseudonymRepository
) -> list[RosterSheet]:
    """Names replaced by codes, and rows ordered by code so that not even the order
    of the rows gives the names away."""
    member_ids = {p.member_id for sheet in rosters for p in sheet.people}
    families = [f for f in loaded if any(m.id in member_ids for m in f.members)]
    # Codes for every member of these families, so a family's code does not depend
    # on which of its members this export happens to show.
    codes = pseudonyms.codes_for(m.id for f in families for m in f.members)
    family_codes: dict[uuid.UUID, str] = {}
    for family in families:
        code = family_code(codes[m.id] for m in family.members)
        family_codes.update(dict.fromkeys((m.id for m in family.members), code))
    return [
        replace(
            sheet,
            people=tuple(
                sorted(
                    (
                        replace(p, family=family_codes[p.member_id], name=codes[p.member_id])
                        for p in sheet.people
                    ),
                    # Stable: a family's members keep their roster order.
                    key=lambda p: (p.is_guest, _number(p.family)),
                )
            ),
        )
        for sheet in rosters
    ]


def _number(code: str) -> int:
    return int(code.rsplit("-", 1)[-1])


def family_code(member_codes: Iterable[str]) -> str:
    """A family's code: "F-" and the smallest number of its members' codes."""
    lowest = min(_number(code) for code in member_codes)
    return f"{FAMILY_CODE_PREFIX}{lowest:04d}"


def export_workbook(
    unit_of_work: UnitOfWorkFactory,
    write: WorkbookWriter,
    path: Path,
    first_day: date,
    last_day: date,
    wanted: StatisticsFilter,
    *,
    pseudonymise: bool,
    now: datetime,
    progress: Progress | None = None,
) -> None:
    """The statistics workbook of a period and a filter, assembled once for the
    statistics page and for `ryhmat export excel`: read the figures and rosters in one
    unit of work (which keeps any new pseudonym codes), then write the workbook to
    ``path`` outside it.

    ``now`` decides which sessions have ended without being recorded. A workbook
    with names logs the families it names once it is written.
    """
    with unit_of_work() as uow:
        statistics = compute_statistics(uow, first_day, last_day, wanted, now=now)
        data = workbook_data(uow, first_day, last_day, wanted, pseudonymise, statistics)
    write(path, statistics, data, progress)
    # Once the file is written: a workbook that could not be written read nothing out.
    if data.named_families:
        with unit_of_work() as uow:
            record_usage(uow, UsageAction.WORKBOOK_EXPORTED, data.named_families)
