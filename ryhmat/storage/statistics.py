"""The statistics of ``ryhmat.domain.statistics`` as aggregate SQL.

Every figure is computed by the database: a call of ``figures`` runs two
statements (one over the sessions, one over the "present" marks) and
``leader_minutes`` one and ``family_visits`` two, whatever the number of sessions, so ten years of a
municipality's groups cost a few aggregate scans, never a query per session.

The SQL is portable between SQLite and PostgreSQL: months come from
``extract`` and the dates are built in Python; session lengths are summed in
Python from one row per (worker, start, end), because the two databases
subtract times differently.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from operator import add
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Integer,
    String,
    and_,
    case,
    cast,
    distinct,
    extract,
    func,
    literal,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session as DbSession

from ryhmat.domain.model import (
    AdultRole,
    AttendanceMark,
    EnrolmentStatus,
    GroupType,
    MemberKind,
    SessionStatus,
)
from ryhmat.domain.statistics import (
    FamilyVisits,
    Figures,
    FiguresKey,
    Grouping,
    StatisticsFilter,
)
from ryhmat.storage.orm import (
    ADULT_COLUMNS,
    CHILD_COLUMNS,
    AttendanceRow,
    EnrolmentRow,
    FamilyMemberRow,
    GroupOrganiserRow,
    GroupRow,
    HeadcountRow,
    PlaceRow,
    SessionLeaderRow,
    SessionRow,
)
from ryhmat.storage.repositories import table_of, uuid_reader

SESSIONS = table_of(SessionRow)
GROUPS = table_of(GroupRow)
PLACES = table_of(PlaceRow)
ORGANISERS = table_of(GroupOrganiserRow)
LEADERS = table_of(SessionLeaderRow)
MARKS = table_of(AttendanceRow)
MEMBERS = table_of(FamilyMemberRow)
HEADCOUNTS = table_of(HeadcountRow)
ENROLMENTS = table_of(EnrolmentRow)

HELD = SessionStatus.HELD
CANCELLED = SessionStatus.CANCELLED
PRESENT = AttendanceMark.PRESENT


class SqlStatisticsQueries:
    """``StatisticsQueries`` over one database session."""

    def __init__(self, db: DbSession) -> None:
        self._db = db

    def figures(
        self, first_day: date, last_day: date, wanted: StatisticsFilter, grouping: Grouping
    ) -> Mapping[FiguresKey, Figures]:
        return self.figures_by_grouping(first_day, last_day, wanted)[grouping]

    def figures_by_grouping(
        self, first_day: date, last_day: date, wanted: StatisticsFilter
    ) -> Mapping[Grouping, Mapping[FiguresKey, Figures]]:
        """Every grouping from two statements: the sums per group and month, and the
        people seen per group and month with the groups their families visited before."""
        self._db.flush()
        chosen = _chosen_sessions(first_day, last_day, wanted)
        sums = [
            (_cell(*row[:4]), [int(value or 0) for value in row[4:]])
            for row in self._db.execute(_session_figures(chosen))
        ]
        people = _People.read(self._db.execute(_people_rows(first_day, last_day, wanted)))
        return {grouping: _grouped(grouping, sums, people) for grouping in Grouping}

    def leader_minutes(
        self, first_day: date, last_day: date, wanted: StatisticsFilter
    ) -> Mapping[uuid.UUID, int]:
        self._db.flush()
        chosen = _chosen_sessions(first_day, last_day, wanted)
        # Sessions of a season share their times, so grouping by them keeps the
        # rows few; the minutes are counted here, the same way on every database.
        query = (
            select(
                LEADERS.c.worker_id,
                chosen.c.start,
                chosen.c.end,
                func.count(distinct(chosen.c.session_id)),
            )
            .select_from(LEADERS.join(chosen, chosen.c.session_id == LEADERS.c.session_id))
            .where(chosen.c.status == HELD)
            .group_by(LEADERS.c.worker_id, chosen.c.start, chosen.c.end)
        )
        minutes: dict[uuid.UUID, int] = {}
        for worker_id, start, end, sessions in self._db.execute(query):
            minutes[worker_id] = minutes.get(worker_id, 0) + int(sessions) * _length(start, end)
        return minutes

    def family_visits(
        self, first_day: date, last_day: date, wanted: StatisticsFilter
    ) -> list[FamilyVisits]:
        self._db.flush()
        enrolled = _enrolled(first_day, last_day, wanted)
        groups: dict[uuid.UUID, list[uuid.UUID]] = {}
        for family_id, group_id in self._db.execute(
            select(enrolled.c.family_id, enrolled.c.group_id)
            .distinct()
            .order_by(enrolled.c.family_id, enrolled.c.group_id)
        ):
            groups.setdefault(family_id, []).append(group_id)
        chosen = _chosen_sessions(first_day, last_day, wanted)
        visits = {
            family_id: (int(offered or 0), int(attended or 0), last_seen)
            for family_id, offered, attended, last_seen in self._db.execute(
                _family_visits(chosen, enrolled, wanted)
            )
        }
        return [
            FamilyVisits(family_id, *visits.get(family_id, (0, 0, None)), tuple(group_ids))
            for family_id, group_ids in groups.items()
        ]


# -- which sessions count -----------------------------------------------------------


def _chosen_sessions(first_day: date, last_day: date, wanted: StatisticsFilter) -> CTE:
    """Held and cancelled sessions of the period that pass the filter.

    Planned sessions have no figures, so they are left out and a group with
    only planned sessions gets no row of its own.
    """
    query = (
        select(
            SESSIONS.c.id.label("session_id"),
            SESSIONS.c.group_id,
            GROUPS.c.type.label("group_type"),
            SESSIONS.c.day,
            SESSIONS.c.start,
            SESSIONS.c.end,
            SESSIONS.c.status,
            func.coalesce(GROUPS.c.capacity, PLACES.c.capacity).label("capacity"),
        )
        .select_from(
            SESSIONS.join(GROUPS, GROUPS.c.id == SESSIONS.c.group_id).outerjoin(
                PLACES, PLACES.c.id == SESSIONS.c.place_id
            )
        )
        .where(
            SESSIONS.c.day.between(first_day, last_day),
            SESSIONS.c.status.in_([HELD, CANCELLED]),
            *_group_criteria(wanted),
            *_session_criteria(wanted),
        )
    )
    return query.cte("chosen")


def _group_criteria(wanted: StatisticsFilter, groups: Any = GROUPS) -> list[ColumnElement[bool]]:
    """The filter's conditions on the group (rows of ``groups``, GROUPS or an alias)."""
    criteria: list[ColumnElement[bool]] = []
    if wanted.group_ids:
        criteria.append(groups.c.id.in_(wanted.group_ids))
    if wanted.group_type is not None:
        criteria.append(groups.c.type == wanted.group_type)
    if wanted.organisation_id is not None:
        # IN over an uncorrelated list: read once, where a correlated EXISTS would
        # walk all of a big organisation's groups again for every mark.
        organised = select(ORGANISERS.c.group_id).where(
            ORGANISERS.c.organisation_id == wanted.organisation_id
        )
        criteria.append(groups.c.id.in_(organised))
    return criteria


def _session_criteria(wanted: StatisticsFilter) -> list[ColumnElement[bool]]:
    """The filter's conditions on the session itself (rows of ``SESSIONS``)."""
    criteria: list[ColumnElement[bool]] = []
    if wanted.place_id is not None:
        criteria.append(SESSIONS.c.place_id == wanted.place_id)
    if wanted.worker_id is not None:
        led = select(LEADERS.c.session_id).where(LEADERS.c.worker_id == wanted.worker_id)
        criteria.append(SESSIONS.c.id.in_(led))
    return criteria


def _year_month(day: ColumnElement[date]) -> list[ColumnElement[Any]]:
    return [extract("year", day), extract("month", day)]


@dataclass(frozen=True, slots=True)
class _Cell:
    """The finest split the groupings are made of: a group in a month."""

    group_id: uuid.UUID
    group_type: GroupType
    month: date  # its first day


def _cell(group_id: uuid.UUID, group_type: Any, year: Any, month: Any) -> _Cell:
    return _Cell(group_id, GroupType(group_type), date(int(year), int(month), 1))


_KEYS: dict[Grouping, Callable[[_Cell], FiguresKey]] = {
    Grouping.TOTAL: lambda cell: None,
    Grouping.GROUP: lambda cell: cell.group_id,
    Grouping.GROUP_TYPE: lambda cell: cell.group_type,
    Grouping.MONTH_AND_TYPE: lambda cell: (cell.month, cell.group_type),
    Grouping.MONTH: lambda cell: cell.month,
}

# What "new" is relative to: the group, the group type, or (None) the filter.
_SCOPES: dict[Grouping, Callable[[_Cell], uuid.UUID | GroupType | None]] = {
    Grouping.TOTAL: lambda cell: None,
    Grouping.GROUP: lambda cell: cell.group_id,
    Grouping.GROUP_TYPE: lambda cell: cell.group_type,
    Grouping.MONTH_AND_TYPE: lambda cell: cell.group_type,
    Grouping.MONTH: lambda cell: None,
}

# New in the month of its first visit, so the months of a type add up.
_BY_MONTH = (Grouping.MONTH_AND_TYPE, Grouping.MONTH)


# -- sessions, visits and capacity ------------------------------------------------


def _session_figures(chosen: CTE) -> Any:
    """The additive figures per group and month; any grouping is a sum of them.

    A session's visits are its headcount's, else its roster's. A headcount counts
    everyone who came, so it wins over the roster. One that counts nobody is a
    form left empty (the attendance view saves one for every session of a group
    kept both ways): the roster counts then.
    """
    keys = [chosen.c.group_id, chosen.c.group_type, *_year_month(chosen.c.day)]
    head_adults = _summed(HEADCOUNTS.c[name] for name in ADULT_COLUMNS.values())
    head_children = _summed(HEADCOUNTS.c[name] for name in CHILD_COLUMNS.values())
    by_headcount = func.coalesce(head_adults + head_children, 0) > 0
    roster = _roster(chosen)
    adults = case((by_headcount, head_adults), else_=func.coalesce(roster.c.adults, 0))
    children = case((by_headcount, head_children), else_=func.coalesce(roster.c.children, 0))
    held = chosen.c.status == HELD
    with_capacity = and_(held, chosen.c.capacity.is_not(None))
    return (
        select(
            *keys,
            _count_if(held),
            _count_if(chosen.c.status == CANCELLED),
            _sum_if(held, adults),
            _sum_if(held, children),
            _sum_if(held, func.coalesce(HEADCOUNTS.c.first_time_visitors, 0)),
            _sum_if(with_capacity, chosen.c.capacity),
            _sum_if(with_capacity, adults + children),
        )
        .select_from(
            chosen.outerjoin(HEADCOUNTS, HEADCOUNTS.c.session_id == chosen.c.session_id).outerjoin(
                roster, roster.c.session_id == chosen.c.session_id
            )
        )
        .group_by(*keys)
    )


def _roster(chosen: CTE) -> Any:
    """The "present" marks of the held chosen sessions that no headcount counts,
    adults and children apart.

    Starting from the chosen sessions, only their marks are read, not every mark
    ever recorded; and those of sessions with a headcount (two thirds of them, in
    the groups kept both ways) not at all.
    """
    head_total = _summed(
        HEADCOUNTS.c[name] for name in (*ADULT_COLUMNS.values(), *CHILD_COLUMNS.values())
    )
    counted = select(HEADCOUNTS.c.session_id).where(
        HEADCOUNTS.c.session_id == chosen.c.session_id, head_total > 0
    )
    return (
        select(
            chosen.c.session_id,
            _count_if(MEMBERS.c.kind == MemberKind.ADULT).label("adults"),
            _count_if(MEMBERS.c.kind == MemberKind.CHILD).label("children"),
        )
        .select_from(
            chosen.join(MARKS, MARKS.c.session_id == chosen.c.session_id).join(
                MEMBERS, MEMBERS.c.id == MARKS.c.member_id
            )
        )
        .where(chosen.c.status == HELD, MARKS.c.mark == PRESENT, ~counted.exists())
        # By the chosen session, so SQLite starts from those (by the mark's, it
        # would walk every mark in the order of their index).
        .group_by(chosen.c.session_id)
        .subquery("roster")
    )


def _summed(columns: Any) -> ColumnElement[int]:
    total: ColumnElement[int] | None = None
    for column in columns:
        total = column if total is None else total + column
    assert total is not None
    return total


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.sum(case((condition, 1), else_=0))


def _sum_if(condition: ColumnElement[bool], value: ColumnElement[Any]) -> ColumnElement[int]:
    return func.sum(case((condition, value), else_=0))


# -- families and fathers reached -------------------------------------------------


def _people_rows(first_day: date, last_day: date, wanted: StatisticsFilter) -> Any:
    """Who came, per group and month, and where their families came before.

    The first rows (earlier = 0) are one per group and month with "present" marks
    in held sessions of the period in the filtered groups: the families that
    came, those reached (whose session passes the filter's place and worker too:
    "new" is relative to the filtered groups whatever the place or leader) and
    the fathers reached, each listed in a text (``_listed``). The other rows
    (earlier = 1) are one per filtered group that those families visited before
    the period, with those families: one pass over their own marks, not over
    every mark of the years before.

    The ids come as stored (see ``uuid_reader``): families and fathers are only
    counted, and making ten thousand UUIDs of them took longer than the SQL.
    """
    by_session = _session_criteria(wanted)
    counts = case((and_(*by_session), 1), else_=0) if by_session else literal(1)
    # The month once per session, not once per mark (SQLite's strftime is slow).
    held = (
        select(
            SESSIONS.c.id.label("session_id"),
            type_coerce(GROUPS.c.id, String).label("group_id"),
            type_coerce(GROUPS.c.type, String).label("group_type"),
            cast(extract("year", SESSIONS.c.day), Integer).label("y"),
            cast(extract("month", SESSIONS.c.day), Integer).label("m"),
            counts.label("counts"),
        )
        .select_from(SESSIONS.join(GROUPS, GROUPS.c.id == SESSIONS.c.group_id))
        .where(
            SESSIONS.c.status == HELD,
            SESSIONS.c.day.between(first_day, last_day),
            *_group_criteria(wanted),
        )
        .cte("held")
        .prefix_with("MATERIALIZED")
    )
    present = (
        select(
            # Families first: DISTINCT compares rows a column at a time, and the
            # family tells two rows apart soonest (an eighth of this statement).
            type_coerce(MEMBERS.c.family_id, String).label("family_id"),
            held.c.group_id,
            held.c.y,
            held.c.m,
            type_coerce(case((MEMBERS.c.role == AdultRole.FATHER, MEMBERS.c.id)), String).label(
                "father_id"
            ),
            held.c.group_type,
            held.c.counts,
        )
        .distinct()
        .select_from(
            held.join(MARKS, MARKS.c.session_id == held.c.session_id).join(
                MEMBERS, MEMBERS.c.id == MARKS.c.member_id
            )
        )
        .where(MARKS.c.mark == PRESENT)
        # Read twice (its rows and its families), computed once.
        .cte("present")
        .prefix_with("MATERIALIZED")
    )
    # Every group those families came to before, filtered afterwards: the groups
    # (their types and the filter) looked up once per (group, family), not per
    # mark; and the walk starts from the families, which a condition on the
    # sessions' groups here would let SQLite start from every earlier session of
    # the filtered groups instead.
    looked_back = (
        select(SESSIONS.c.group_id, MEMBERS.c.family_id)
        .distinct()
        .select_from(
            MEMBERS.join(MARKS, MARKS.c.member_id == MEMBERS.c.id).join(
                SESSIONS, SESSIONS.c.id == MARKS.c.session_id
            )
        )
        .where(
            MEMBERS.c.family_id.in_(select(present.c.family_id)),
            MARKS.c.mark == PRESENT,
            SESSIONS.c.status == HELD,
            SESSIONS.c.day < first_day,
        )
        .subquery("looked_back")
    )
    # One row per cell with its families listed in a text: ten thousand rows of
    # (family, cell) cost more to hand to Python one by one than to join here.
    cell = (present.c.group_id, present.c.group_type, present.c.y, present.c.m)
    counted = present.c.counts == 1
    now = select(
        literal(0),
        *cell,
        _listed(present.c.family_id),
        _listed(case((counted, present.c.family_id))),
        _listed(case((counted, present.c.father_id))),
    ).group_by(*cell)
    earlier = (
        select(
            literal(1),
            GROUPS.c.id,
            GROUPS.c.type,
            # Typed, or PostgreSQL cannot tell the union's column types.
            cast(null(), Integer),
            cast(null(), Integer),
            _listed(looked_back.c.family_id),
            cast(null(), String),
            cast(null(), String),
        )
        .select_from(looked_back.join(GROUPS, GROUPS.c.id == looked_back.c.group_id))
        .where(*_group_criteria(wanted))
        .group_by(GROUPS.c.id, GROUPS.c.type)
    )
    return union_all(now, earlier)


def _listed(ids: ColumnElement[Any]) -> ColumnElement[str]:
    """The ids of an aggregate's rows (as stored) in one text, separated by
    commas (no id has one); ``_ids`` reads it. NULLs are left out."""
    return func.aggregate_strings(cast(ids, String), ",")


def _ids(listed: str | None) -> set[str]:
    return set(listed.split(",")) if listed else set()


Scope = uuid.UUID | GroupType | None  # what a family is new to: a group, a type, or the filter


@dataclass
class _People:
    """The rows of ``_people_rows`` as sets per cell, read once for every grouping.
    Families and fathers are ids as stored, only ever counted."""

    reached: dict[_Cell, set[str]] = field(default_factory=dict)
    fathers: dict[_Cell, set[str]] = field(default_factory=dict)
    # Every family that came, whether or not the session passes the place and
    # worker: being new is relative to the filtered groups alone.
    came: dict[_Cell, set[str]] = field(default_factory=dict)
    # Those that came before the period, per group, per group type and (None) at all.
    before: dict[Scope, set[str]] = field(default_factory=dict)

    @classmethod
    def read(cls, rows: Iterable[Sequence[Any]]) -> _People:
        people = cls()
        read_id = uuid_reader()
        for earlier, group_id, group_type, year, month, came, reached, fathers in rows:
            if earlier:
                families = _ids(came)
                for scope in (None, read_id(group_id), GroupType(group_type)):
                    people.before.setdefault(scope, set()).update(families)
                continue
            cell = _cell(read_id(group_id), group_type, year, month)
            people.came[cell] = _ids(came)
            if reached:
                # The same text when the filter has no place or worker: one set.
                people.reached[cell] = people.came[cell] if reached == came else _ids(reached)
            if fathers:
                people.fathers[cell] = _ids(fathers)
        return people

    def came_earlier(
        self, scope_of: Callable[[_Cell], Scope]
    ) -> dict[tuple[Scope, date], set[Any]]:
        """Per scope and month, the families that came to the scope in an earlier
        month of the period."""
        by_month: defaultdict[Scope, defaultdict[date, set[Any]]] = defaultdict(
            lambda: defaultdict(set)
        )
        for cell, came in self.came.items():
            by_month[scope_of(cell)][cell.month].update(came)
        found: dict[tuple[Scope, date], set[Any]] = {}
        for scope, months in by_month.items():
            so_far: set[Any] = set()
            for month in sorted(months):
                found[scope, month] = so_far
                so_far = so_far | months[month]
        return found


_NOBODY: frozenset[Any] = frozenset()


def _grouped(
    grouping: Grouping, sums: list[tuple[_Cell, list[int]]], people: _People
) -> dict[FiguresKey, Figures]:
    key_of, scope_of = _KEYS[grouping], _SCOPES[grouping]
    counted: dict[FiguresKey, list[int]] = {}
    for cell, values in sums:
        key = key_of(cell)
        total = counted.get(key)
        counted[key] = values if total is None else list(map(add, total, values))
    families: defaultdict[FiguresKey, set[Any]] = defaultdict(set)
    fathers: defaultdict[FiguresKey, set[Any]] = defaultdict(set)
    # What a key's families are new to (and by month, in which month): the same
    # for all the key's cells.
    scopes: dict[FiguresKey, tuple[Scope, date]] = {}
    for cell, reached in people.reached.items():
        key = key_of(cell)
        families[key].update(reached)
        fathers[key].update(people.fathers.get(cell, _NOBODY))
        scopes[key] = (scope_of(cell), cell.month)
    # A family is new to a scope if it never came before the period and (by month)
    # came in no earlier month of it, so the months of a type add up to the type.
    earlier = people.came_earlier(scope_of) if grouping in _BY_MONTH else {}
    newcomers = {
        key: families[key]
        - people.before.get(scope, _NOBODY)
        - earlier.get((scope, month), _NOBODY)
        for key, (scope, month) in scopes.items()
    }
    figures = {
        key: _figures(
            values,
            [len(found.get(key, ())) for found in (families, fathers, newcomers)],
        )
        for key, values in counted.items()
    }
    if grouping is Grouping.TOTAL and None not in figures:
        figures[None] = Figures()
    return figures


# -- rows to figures ----------------------------------------------------------------


def _figures(sums: Sequence[int], people: Sequence[int]) -> Figures:
    return Figures(
        sessions_held=sums[0],
        sessions_cancelled=sums[1],
        adult_visits=sums[2],
        child_visits=sums[3],
        first_time_visitors=sums[4],
        capacity=sums[5],
        visits_with_capacity=sums[6],
        distinct_families=people[0],
        fathers_reached=people[1],
        new_families=people[2],
    )


def _length(start: time, end: time) -> int:
    """Minutes from start to end on the same day."""
    day = date(2000, 1, 1)
    seconds = (datetime.combine(day, end) - datetime.combine(day, start)).total_seconds()
    return max(int(seconds // 60), 0)


# -- how often enrolled families came ------------------------------------------------


def _enrolled(first_day: date, last_day: date, wanted: StatisticsFilter) -> CTE:
    """The enrolments (not the waiting list) in the filtered groups that overlap the
    period: enrolled on or before its last day (unknown: from the beginning) and
    not left before its first day (``left_on`` is the first day away)."""
    query = select(
        ENROLMENTS.c.family_id,
        ENROLMENTS.c.group_id,
        ENROLMENTS.c.enrolled_on,
        ENROLMENTS.c.left_on,
    ).where(
        ENROLMENTS.c.status.in_([EnrolmentStatus.ENROLLED, EnrolmentStatus.LEFT]),
        ENROLMENTS.c.group_id.in_(_filtered_groups(first_day, last_day, wanted)),
        or_(ENROLMENTS.c.enrolled_on.is_(None), ENROLMENTS.c.enrolled_on <= last_day),
        or_(ENROLMENTS.c.left_on.is_(None), ENROLMENTS.c.left_on > first_day),
    )
    return query.cte("enrolled")


def _filtered_groups(first_day: date, last_day: date, wanted: StatisticsFilter) -> Any:
    """The ids of the groups the filter lets through. A place or a worker filters
    sessions, so a group passes it when it has a session of the period there or
    led by them; otherwise a worker's report would list families of groups the
    worker never led."""
    query = select(GROUPS.c.id).where(*_group_criteria(wanted))
    by_session = _session_criteria(wanted)
    if by_session:
        query = query.where(
            GROUPS.c.id.in_(
                select(SESSIONS.c.group_id).where(
                    SESSIONS.c.day.between(first_day, last_day), *by_session
                )
            )
        )
    return query


def _family_visits(chosen: CTE, enrolled: CTE, wanted: StatisticsFilter) -> Any:
    """Per enrolled family: sessions offered, sessions attended and the last visit."""
    families = select(enrolled.c.family_id).distinct().subquery("families")
    held = chosen.c.status == HELD
    offered = (
        select(enrolled.c.family_id, func.count(distinct(chosen.c.session_id)).label("count"))
        .select_from(enrolled.join(chosen, chosen.c.group_id == enrolled.c.group_id))
        .where(
            held,
            or_(enrolled.c.enrolled_on.is_(None), enrolled.c.enrolled_on <= chosen.c.day),
            or_(enrolled.c.left_on.is_(None), chosen.c.day < enrolled.c.left_on),
        )
        .group_by(enrolled.c.family_id)
        .subquery("offered")
    )
    # Any held session of the filtered groups counts, enrolled or not (a guest visit).
    # Counted for everyone who came and kept for the enrolled by the outer join:
    # asking for the enrolled families here let SQLite walk from each of their
    # members through every session of the period (19 s for a year of the
    # municipality), where the period's marks take milliseconds.
    attended = (
        select(MEMBERS.c.family_id, func.count(distinct(chosen.c.session_id)).label("count"))
        .select_from(
            MARKS.join(MEMBERS, MEMBERS.c.id == MARKS.c.member_id).join(
                chosen, chosen.c.session_id == MARKS.c.session_id
            )
        )
        .where(held, MARKS.c.mark == PRESENT)
        .group_by(MEMBERS.c.family_id)
        .subquery("attended")
    )
    # Ever, not only in the period: who has not come for long may have stopped before it.
    seen = (
        select(MEMBERS.c.family_id, func.max(SESSIONS.c.day).label("day"))
        .select_from(
            MARKS.join(MEMBERS, MEMBERS.c.id == MARKS.c.member_id)
            .join(SESSIONS, SESSIONS.c.id == MARKS.c.session_id)
            .join(GROUPS, GROUPS.c.id == SESSIONS.c.group_id)
        )
        .where(
            MARKS.c.mark == PRESENT,
            SESSIONS.c.status == HELD,
            MEMBERS.c.family_id.in_(select(families)),
            *_group_criteria(wanted),
        )
        .group_by(MEMBERS.c.family_id)
        .subquery("seen")
    )
    return select(families.c.family_id, offered.c.count, attended.c.count, seen.c.day).select_from(
        families.outerjoin(offered, offered.c.family_id == families.c.family_id)
        .outerjoin(attended, attended.c.family_id == families.c.family_id)
        .outerjoin(seen, seen.c.family_id == families.c.family_id)
    )
