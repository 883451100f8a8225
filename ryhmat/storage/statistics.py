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
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    and_,
    case,
    distinct,
    exists,
    extract,
    func,
    or_,
    select,
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
from ryhmat.storage.repositories import table_of

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
        self._db.flush()
        chosen = _chosen_sessions(first_day, last_day, wanted)
        counted = {
            _key(grouping, row): row for row in self._db.execute(_session_figures(chosen, grouping))
        }
        reached = {
            _key(grouping, row): row
            for row in self._db.execute(
                _people_figures(chosen, first_day, last_day, wanted, grouping)
            )
        }
        figures = {key: _figures(row, reached.get(key)) for key, row in counted.items()}
        if grouping is Grouping.TOTAL and None not in figures:
            figures[None] = Figures()
        return figures

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


def _key_columns(chosen: CTE, grouping: Grouping) -> list[ColumnElement[Any]]:
    if grouping is Grouping.GROUP:
        return [chosen.c.group_id]
    if grouping is Grouping.GROUP_TYPE:
        return [chosen.c.group_type]
    if grouping is Grouping.MONTH_AND_TYPE:
        return [*_year_month(chosen.c.day), chosen.c.group_type]
    if grouping is Grouping.MONTH:
        return _year_month(chosen.c.day)
    return []


def _year_month(day: ColumnElement[date]) -> list[ColumnElement[Any]]:
    return [extract("year", day), extract("month", day)]


def _key(grouping: Grouping, row: Sequence[Any]) -> FiguresKey:
    if grouping is Grouping.GROUP:
        key: uuid.UUID = row[0]
        return key
    if grouping is Grouping.GROUP_TYPE:
        return GroupType(row[0])
    if grouping is Grouping.MONTH_AND_TYPE:
        return (date(int(row[0]), int(row[1]), 1), GroupType(row[2]))
    if grouping is Grouping.MONTH:
        return date(int(row[0]), int(row[1]), 1)
    return None


# -- sessions, visits and capacity ------------------------------------------------


def _session_figures(chosen: CTE, grouping: Grouping) -> Any:
    keys = _key_columns(chosen, grouping)
    per_session = _per_session(chosen)
    adults, children = per_session.c.adults, per_session.c.children
    held = chosen.c.status == HELD
    with_capacity = and_(held, chosen.c.capacity.is_not(None))
    return (
        select(
            *keys,
            _count_if(held),
            _count_if(chosen.c.status == CANCELLED),
            _sum_if(held, adults),
            _sum_if(held, children),
            _sum_if(held, per_session.c.first_time),
            _sum_if(with_capacity, chosen.c.capacity),
            _sum_if(with_capacity, adults + children),
        )
        .select_from(chosen.join(per_session, per_session.c.session_id == chosen.c.session_id))
        .group_by(*keys)
    )


def _per_session(chosen: CTE) -> Any:
    """The visits of each chosen session: its headcount, else its roster.

    The left joins start from the chosen sessions, so only their marks are read
    (SQLite keeps the order of a left join), not every mark ever recorded.
    """
    head_adults = _summed(HEADCOUNTS.c[name] for name in ADULT_COLUMNS.values())
    head_children = _summed(HEADCOUNTS.c[name] for name in CHILD_COLUMNS.values())
    present = MARKS.c.mark == PRESENT
    roster_adults = _count_if(and_(present, MEMBERS.c.kind == MemberKind.ADULT))
    roster_children = _count_if(and_(present, MEMBERS.c.kind == MemberKind.CHILD))
    # A headcount counts everyone who came, so it wins over the roster. One
    # that counts nobody is a form left empty (the attendance view saves one
    # for every session of a group kept both ways): the roster counts then.
    by_headcount = func.coalesce(func.max(head_adults + head_children), 0) > 0
    return (
        select(
            chosen.c.session_id,
            case((by_headcount, func.max(head_adults)), else_=roster_adults).label("adults"),
            case((by_headcount, func.max(head_children)), else_=roster_children).label("children"),
            func.coalesce(func.max(HEADCOUNTS.c.first_time_visitors), 0).label("first_time"),
        )
        .select_from(
            chosen.outerjoin(HEADCOUNTS, HEADCOUNTS.c.session_id == chosen.c.session_id)
            .outerjoin(MARKS, MARKS.c.session_id == chosen.c.session_id)
            .outerjoin(MEMBERS, MEMBERS.c.id == MARKS.c.member_id)
        )
        .group_by(chosen.c.session_id)
        .subquery("per_session")
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


def _people_figures(
    chosen: CTE, first_day: date, last_day: date, wanted: StatisticsFilter, grouping: Grouping
) -> Any:
    """Distinct families, fathers and new families among the "present" marks.

    Only held sessions count, as for visits: marks kept on a session that was
    cancelled afterwards reached nobody.
    """
    keys = _key_columns(chosen, grouping)
    newcomers = _newcomers(first_day, last_day, wanted, grouping)
    joined = [newcomers.c.family_id == MEMBERS.c.family_id]
    if _scope(grouping, GROUPS) is not None:
        joined.append(newcomers.c.scope == _scope_of_chosen(chosen, grouping))
    is_new = [newcomers.c.family_id.is_not(None)]
    if grouping in (Grouping.MONTH_AND_TYPE, Grouping.MONTH):
        # New in the month of its first visit, so the months of a type add up.
        is_new += [
            mine == theirs
            for mine, theirs in zip(
                _year_month(newcomers.c.first_day), _year_month(chosen.c.day), strict=True
            )
        ]
    is_father = MEMBERS.c.role == AdultRole.FATHER
    return (
        select(
            *keys,
            func.count(distinct(MEMBERS.c.family_id)),
            func.count(distinct(case((is_father, MEMBERS.c.id)))),
            func.count(distinct(case((and_(*is_new), MEMBERS.c.family_id)))),
        )
        .select_from(
            MARKS.join(MEMBERS, MEMBERS.c.id == MARKS.c.member_id)
            .join(chosen, chosen.c.session_id == MARKS.c.session_id)
            .outerjoin(newcomers, and_(*joined))
        )
        .where(MARKS.c.mark == PRESENT, chosen.c.status == HELD)
        .group_by(*keys)
    )


def _newcomers(
    first_day: date, last_day: date, wanted: StatisticsFilter, grouping: Grouping
) -> Any:
    """The families whose first "present" mark in the filtered groups falls in the
    period, with the day of that mark.

    Per group or per group type when the figures are split by them, so that a
    group's row counts the families new to that group. Only the period is
    aggregated; the years before it are only asked whether they hold any mark
    of the family, which an index answers at the first one found.
    """
    scope = _scope(grouping, GROUPS)
    columns: list[ColumnElement[Any]] = [MEMBERS.c.family_id]
    if scope is not None:
        columns.append(scope.label("scope"))
    in_period = (
        select(*columns, func.min(SESSIONS.c.day).label("first_day"))
        .select_from(_marks_of_groups(MARKS, MEMBERS, SESSIONS, GROUPS))
        .where(
            MARKS.c.mark == PRESENT,
            SESSIONS.c.status == HELD,
            SESSIONS.c.day.between(first_day, last_day),
            *_group_criteria(wanted),
        )
        .group_by(*columns)
        .subquery("in_period")
    )
    marks, members, sessions, groups = (
        MARKS.alias("earlier_mark"),
        MEMBERS.alias("earlier_member"),
        SESSIONS.alias("earlier_session"),
        GROUPS.alias("earlier_group"),
    )
    same_scope = [] if scope is None else [_scope(grouping, groups) == in_period.c.scope]
    earlier = (
        exists()
        .select_from(_marks_of_groups(marks, members, sessions, groups))
        .where(
            members.c.family_id == in_period.c.family_id,
            marks.c.mark == PRESENT,
            sessions.c.status == HELD,
            sessions.c.day < first_day,
            *same_scope,
            *_group_criteria(wanted, groups),
        )
    )
    kept = [in_period.c.family_id] + ([] if scope is None else [in_period.c.scope])
    # Computed once, whatever the planner guesses: the outer GROUP BY changes
    # nothing (the rows are one per family and scope already) but keeps SQLite
    # from flattening this into the query that joins it, which would ask about
    # the earlier marks once per mark; on PostgreSQL, MATERIALIZED keeps it out
    # of a nested loop that would run it again for every group.
    return (
        select(*kept, func.min(in_period.c.first_day).label("first_day"))
        .where(~earlier)
        .group_by(*kept)
        .cte("newcomers")
        .prefix_with("MATERIALIZED", dialect="postgresql")
    )


def _marks_of_groups(marks: Any, members: Any, sessions: Any, groups: Any) -> Any:
    return (
        members.join(marks, marks.c.member_id == members.c.id)
        .join(sessions, sessions.c.id == marks.c.session_id)
        .join(groups, groups.c.id == sessions.c.group_id)
    )


def _scope(grouping: Grouping, groups: Any) -> Any:
    """What "new" is relative to: the group, the group type, or (None) the filter."""
    if grouping is Grouping.GROUP:
        return groups.c.id
    if grouping in (Grouping.GROUP_TYPE, Grouping.MONTH_AND_TYPE):
        return groups.c.type
    return None


def _scope_of_chosen(chosen: CTE, grouping: Grouping) -> ColumnElement[Any]:
    return chosen.c.group_id if grouping is Grouping.GROUP else chosen.c.group_type


# -- rows to figures ----------------------------------------------------------------


def _figures(counted: Sequence[Any], reached: Sequence[Any] | None) -> Figures:
    # The key columns come first; SUM over no rows is NULL, and PostgreSQL
    # sums integers as NUMERIC, so every number goes through int().
    sums = [int(value or 0) for value in counted[len(counted) - 7 :]]
    people = [0, 0, 0] if reached is None else [int(v or 0) for v in reached[len(reached) - 3 :]]
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
    attended = (
        select(MEMBERS.c.family_id, func.count(distinct(chosen.c.session_id)).label("count"))
        .select_from(
            MARKS.join(MEMBERS, MEMBERS.c.id == MARKS.c.member_id).join(
                chosen, chosen.c.session_id == MARKS.c.session_id
            )
        )
        .where(held, MARKS.c.mark == PRESENT, MEMBERS.c.family_id.in_(select(families)))
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
