"""The statistics of ``ryhmat.domain.statistics`` as aggregate SQL.

Every figure is computed by the database: a call of ``figures`` runs three
statements on SQLite (one over the period's sessions and their "present" marks,
one over the earlier marks of the families seen, one counting the sessions not
recorded) and two on PostgreSQL (the function ``ryhmat_figures`` of migration
0015, which counts the families itself, and the sessions not recorded);
``leader_minutes`` and ``cancellations`` run one each (plain queries on both
databases: every role of a team reads sessions, leaders and groups) and
``family_visits`` two, whatever the number of sessions, so ten years of a
municipality's groups cost a few aggregate scans, never a query per session.

On PostgreSQL the families are counted by the server because row-level security
shows a person the marks of their own groups only: the function counts every
group with its owner's rights and returns counts, no ids of families or members.
It defines the figures as the SQLite statements below do; the tests hold both to
the same hand-counted figures and to each other on random worlds.

The rest of the SQL is portable between SQLite and PostgreSQL: months come from
``extract`` and the dates are built in Python; session lengths are summed in
Python from one row per (worker, start, end), because the two databases
subtract times differently.
"""

from __future__ import annotations

import itertools
import json
import uuid
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from operator import add
from typing import Any

from sqlalchemy import (
    CTE,
    ColumnElement,
    Integer,
    String,
    Table,
    TableClause,
    and_,
    case,
    cast,
    column,
    distinct,
    extract,
    func,
    literal,
    or_,
    select,
    text,
    type_coerce,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from ryhmat.domain.model import (
    AGE_BAND_FROM,
    FATHER_ROLES,
    AdultRole,
    AttendanceMark,
    AttendanceMode,
    CancelReason,
    CapacityUnit,
    EnrolmentStatus,
    GroupType,
    MemberKind,
    SessionStatus,
)
from ryhmat.domain.statistics import (
    VISIT_BANDS,
    VISIT_ROLES,
    FamilyVisits,
    Figures,
    FiguresKey,
    Grouping,
    LeaderMinutes,
    StatisticsFilter,
    visit_role,
)
from ryhmat.storage.orm import (
    ADULT_COLUMNS,
    CHILD_COLUMNS,
    MEMBERS_FOR_MARKS,
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
from ryhmat.storage.repositories.base import table_of, unrecorded_criteria, uuid_reader

SESSIONS = table_of(SessionRow)
GROUPS = table_of(GroupRow)
PLACES = table_of(PlaceRow)
ORGANISERS = table_of(GroupOrganiserRow)
LEADERS = table_of(SessionLeaderRow)
MARKS = table_of(AttendanceRow)
MEMBERS = table_of(FamilyMemberRow)
HEADCOUNTS = table_of(HeadcountRow)
ENROLMENTS = table_of(EnrolmentRow)


class _IndexedBy(TableClause):
    """A table that SQLite reads through the named index (``INDEXED BY``); other
    databases choose for themselves. SQLAlchemy renders no hints for SQLite."""

    inherit_cache = True

    def __init__(self, table: Table, index: str) -> None:
        super().__init__(table.name, *(column(c.name, c.type) for c in table.c))
        self.index = index


@compiles(_IndexedBy, "sqlite")
def _indexed_by(element: _IndexedBy, compiler: SQLCompiler, **kw: Any) -> str:
    rendered: str = compiler.visit_table(element, **kw)  # type: ignore[no-untyped-call]  # unannotated in SQLAlchemy
    return f"{rendered} INDEXED BY {element.index}" if kw.get("asfrom") else rendered


# Without ANALYZE, SQLite looks a member up by the primary key's index and then
# reads the member's row; the covering index answers both at once.
MEMBERS_INDEXED = _IndexedBy(MEMBERS, MEMBERS_FOR_MARKS)
# A session's few families present look their enrolments up by family, not the
# group's many by group.
ENROLMENTS_BY_FAMILY = _IndexedBy(ENROLMENTS, "ix_enrolments_family_id")

# What a person present counts as, leading their id in ``_marked``'s list of people.
_FATHER, _ADULT, _CHILD = "f", "a", "c"

HELD = SessionStatus.HELD
_LIST_MODES = [mode for mode in AttendanceMode if mode.keeps_roster]
CANCELLED = SessionStatus.CANCELLED
PRESENT = AttendanceMark.PRESENT


class SqlStatisticsQueries:
    """``StatisticsQueries`` over one database session."""

    def __init__(self, db: DbSession) -> None:
        self._db = db

    def figures(
        self,
        first_day: date,
        last_day: date,
        wanted: StatisticsFilter,
        grouping: Grouping,
        now: datetime,
    ) -> Mapping[FiguresKey, Figures]:
        return self.figures_by_grouping(first_day, last_day, wanted, now)[grouping]

    def figures_by_grouping(
        self, first_day: date, last_day: date, wanted: StatisticsFilter, now: datetime
    ) -> Mapping[Grouping, Mapping[FiguresKey, Figures]]:
        """Every grouping at once. On SQLite from three statements: the sums and the
        people per group and month, the groups those people's families came to
        before, and the sessions not recorded per group and month. On PostgreSQL the
        server counts all but the sessions not recorded (``ryhmat_figures``), the
        same for every person of a team, whatever rows they may read."""
        self._db.flush()
        read_id = uuid_reader()
        unrecorded = _count_unrecorded(
            self._db.execute(_unrecorded(first_day, last_day, wanted, now)), read_id
        )
        if self._db.get_bind().dialect.name == "postgresql":
            server = _counted_by_the_server(first_day, last_day, wanted)
            counted = _read_counts(self._db.execute(server))
            return {
                grouping: _assembled(grouping, counted.get(grouping, {}), unrecorded)
                for grouping in Grouping
            }
        seen = _read_period(self._db.execute(_period_rows(first_day, last_day, wanted)), read_id)
        came = set().union(*(cell.came for cell in seen))
        in_period = _among(MEMBERS.c.family_id, came)
        before = _came_before(self._db.execute(_looked_back(first_day, wanted, in_period)), read_id)
        return {grouping: _grouped(grouping, seen, before, unrecorded) for grouping in Grouping}

    def unrecorded(
        self, first_day: date, last_day: date, wanted: StatisticsFilter, now: datetime
    ) -> list[uuid.UUID]:
        self._db.flush()
        unrecorded = _unrecorded(first_day, last_day, wanted, now).subquery("unrecorded")
        query = select(unrecorded.c.session_id).order_by(
            unrecorded.c.day, unrecorded.c.start, unrecorded.c.session_id
        )
        return list(self._db.scalars(query))

    def leader_minutes(
        self, first_day: date, last_day: date, wanted: StatisticsFilter
    ) -> Mapping[uuid.UUID, LeaderMinutes]:
        """A plain query on every database: leaders, sessions and groups are readable by
        every role of a team, so each person counts every leader's hours."""
        self._db.flush()
        chosen = _chosen_sessions(first_day, last_day, wanted)
        # Sessions of a season share their times, so grouping by them keeps the
        # rows few; the minutes are counted here, the same way on every database.
        planning = GROUPS.c.planning_minutes
        query = (
            select(
                LEADERS.c.worker_id,
                chosen.c.start,
                chosen.c.end,
                planning,
                func.count(distinct(chosen.c.session_id)),
            )
            .select_from(
                LEADERS.join(chosen, chosen.c.session_id == LEADERS.c.session_id).join(
                    GROUPS, GROUPS.c.id == chosen.c.group_id
                )
            )
            .where(chosen.c.status == HELD)
            .group_by(LEADERS.c.worker_id, chosen.c.start, chosen.c.end, planning)
        )
        minutes: defaultdict[uuid.UUID, LeaderMinutes] = defaultdict(LeaderMinutes)
        for worker_id, start, end, planned, sessions in self._db.execute(query):
            count = int(sessions)
            minutes[worker_id] += LeaderMinutes(
                count * _length(start, end), count * int(planned or 0)
            )
        return dict(minutes)

    def cancellations(
        self, first_day: date, last_day: date, wanted: StatisticsFilter
    ) -> Mapping[CancelReason, int]:
        """A plain query on every database: sessions are readable by every role."""
        self._db.flush()
        chosen = _chosen_sessions(first_day, last_day, wanted)
        category = SESSIONS.c.cancel_category
        query = (
            select(category, func.count())
            .select_from(chosen.join(SESSIONS, SESSIONS.c.id == chosen.c.session_id))
            .where(chosen.c.status == CANCELLED)
            .group_by(category)
        )
        return {CancelReason(reason): int(count) for reason, count in self._db.execute(query)}

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


def _unrecorded(first_day: date, last_day: date, wanted: StatisticsFilter, now: datetime) -> Any:
    """The sessions of the period that pass the filter and are not recorded at ``now``
    (``unrecorded_criteria``: the Kirjaamatta panel's own definition), one row each
    with its group and day. They are few, so they are counted by month in Python:
    no date function runs over the period's sessions."""
    return (
        select(
            SESSIONS.c.id.label("session_id"),
            type_coerce(GROUPS.c.id, String).label("group_id"),
            type_coerce(GROUPS.c.type, String).label("group_type"),
            SESSIONS.c.day,
            SESSIONS.c.start,
            _organisers_of(GROUPS.c.id).label("organisers"),
        )
        .select_from(SESSIONS.join(GROUPS, GROUPS.c.id == SESSIONS.c.group_id))
        .where(
            SESSIONS.c.day.between(first_day, last_day),
            *unrecorded_criteria(now),
            *_group_criteria(wanted),
            *_session_criteria(wanted),
        )
    )


def _count_unrecorded(
    rows: Iterable[Sequence[Any]], read_id: Callable[[Any], uuid.UUID]
) -> dict[_Cell, int]:
    """Rows of ``_unrecorded`` counted per group and month."""
    counts: defaultdict[_Cell, int] = defaultdict(int)
    for _, group_id, group_type, day, _, organisers in rows:
        month = day.replace(day=1)
        counts[
            _Cell(read_id(group_id), GroupType(group_type), month, _read_ids(organisers, read_id))
        ] += 1
    return counts


def _organisers_of(group_id: Any) -> Any:
    """The ids of a group's organisers in one text (a scalar subquery for the group of
    a row): a shared group counts under each of them."""
    return (
        select(_listed(ORGANISERS.c.organisation_id))
        .where(ORGANISERS.c.group_id == group_id)
        .scalar_subquery()
    )


def _read_ids(listed: str | None, read_id: Callable[[Any], uuid.UUID]) -> tuple[uuid.UUID, ...]:
    return tuple(sorted(read_id(value) for value in _ids(listed)))


@dataclass(frozen=True, slots=True)
class _Cell:
    """The finest split the groupings are made of: a group in a month."""

    group_id: uuid.UUID
    group_type: GroupType
    month: date  # its first day
    organisers: tuple[uuid.UUID, ...] = ()  # the group's, each a key of its own


def _cell(
    group_id: uuid.UUID,
    group_type: Any,
    year: Any,
    month: Any,
    organisers: tuple[uuid.UUID, ...] = (),
) -> _Cell:
    return _Cell(group_id, GroupType(group_type), date(int(year), int(month), 1), organisers)


# The keys a cell counts under: one, but a shared group's under each of its organisers.
_KEYS: dict[Grouping, Callable[[_Cell], tuple[FiguresKey, ...]]] = {
    Grouping.TOTAL: lambda cell: (None,),
    Grouping.GROUP: lambda cell: (cell.group_id,),
    Grouping.GROUP_TYPE: lambda cell: (cell.group_type,),
    Grouping.MONTH_AND_TYPE: lambda cell: ((cell.month, cell.group_type),),
    Grouping.MONTH: lambda cell: (cell.month,),
    Grouping.ORGANISATION: lambda cell: cell.organisers,
}

# What "new" is relative to: the group, the group type, or (None) the filter.
_SCOPES: dict[Grouping, Callable[[_Cell], uuid.UUID | GroupType | None]] = {
    Grouping.TOTAL: lambda cell: None,
    Grouping.GROUP: lambda cell: cell.group_id,
    Grouping.GROUP_TYPE: lambda cell: cell.group_type,
    Grouping.MONTH_AND_TYPE: lambda cell: cell.group_type,
    Grouping.MONTH: lambda cell: None,
    Grouping.ORGANISATION: lambda cell: None,
}

# New in the month of its first visit, so the months of a type add up.
_BY_MONTH = (Grouping.MONTH_AND_TYPE, Grouping.MONTH)


# -- the period, session by session -------------------------------------------------


def _period_rows(first_day: date, last_day: date, wanted: StatisticsFilter) -> Any:
    """The figures and the people of the period, one row per group and month.

    The sums (sessions held and cancelled, visits, first-time visitors,
    capacity) count the sessions that pass the whole filter; the people are
    listed in texts (``_listed``): the families that came to held sessions of
    the filtered groups, whatever the place or leader ("new" is relative to the
    filtered groups), those reached in the sessions that pass the place and
    worker too, and the fathers reached.

    A session's visits are its headcount's, else its roster's. A headcount counts
    everyone who came, so it wins over the roster. One that counts nobody is a
    form left empty (the attendance view saves one for every session of a group
    kept both ways): the roster counts then.

    The period's "present" marks are read once, a session at a time in the
    order of their index, for the roster and the people alike: no sort of tens
    of thousands of marks (``_read_period`` makes the sets of the lists), and
    the ids come as stored (see ``uuid_reader``): they are only counted.
    """
    by_session = _session_criteria(wanted)
    head_adults = _summed(HEADCOUNTS.c[name] for name in ADULT_COLUMNS.values())
    head_children = _summed(HEADCOUNTS.c[name] for name in CHILD_COLUMNS.values())
    # What is known of a session alone, worked out once per session: its month
    # (SQLite's strftime is slow) and whether its headcount counts someone.
    period = (
        select(
            SESSIONS.c.id.label("session_id"),
            type_coerce(GROUPS.c.id, String).label("group_id"),
            type_coerce(GROUPS.c.type, String).label("group_type"),
            cast(extract("year", SESSIONS.c.day), Integer).label("y"),
            cast(extract("month", SESSIONS.c.day), Integer).label("m"),
            SESSIONS.c.day,
            SESSIONS.c.status,
            func.coalesce(GROUPS.c.capacity, PLACES.c.capacity).label("capacity"),
            # A place's capacity is the room's, in persons.
            case(
                (GROUPS.c.capacity.is_not(None), GROUPS.c.capacity_unit),
                else_=literal(CapacityUnit.PERSONS.value),
            ).label("capacity_unit"),
            case((GROUPS.c.attendance_mode.in_(_LIST_MODES), 1), else_=0).label("keeps_list"),
            (case((and_(*by_session), 1), else_=0) if by_session else literal(1)).label("counts"),
            case((func.coalesce(head_adults + head_children, 0) > 0, 1), else_=0).label(
                "by_headcount"
            ),
            head_adults.label("head_adults"),
            head_children.label("head_children"),
            *(HEADCOUNTS.c[column].label(f"head_{column}") for column in _HEAD_COLUMNS),
            func.coalesce(HEADCOUNTS.c.first_time_visitors, 0).label("first_time"),
        )
        .select_from(
            SESSIONS.join(GROUPS, GROUPS.c.id == SESSIONS.c.group_id)
            .outerjoin(PLACES, PLACES.c.id == SESSIONS.c.place_id)
            .outerjoin(HEADCOUNTS, HEADCOUNTS.c.session_id == SESSIONS.c.id)
        )
        .where(
            SESSIONS.c.day.between(first_day, last_day),
            SESSIONS.c.status.in_([HELD, CANCELLED]),
            *_group_criteria(wanted),
        )
        .cte("period")
    )
    marked = _marked(select(period.c.session_id).where(period.c.status == HELD))
    offered, attended = _places(period, marked)
    by_headcount = period.c.by_headcount == 1
    adults = case((by_headcount, period.c.head_adults), else_=func.coalesce(marked.c.adults, 0))
    children = case(
        (by_headcount, period.c.head_children), else_=func.coalesce(marked.c.children, 0)
    )
    marked_buckets = _from_at_least(marked)
    by_bucket = [
        case(
            (by_headcount, 0 if column is None else period.c[f"head_{column}"]),
            else_=marked_buckets[bucket],
        )
        for bucket, column in _BUCKETS.items()
    ]
    counted = period.c.counts == 1
    held = and_(counted, period.c.status == HELD)
    # Like with like: families present against a capacity in families, visits against
    # one in persons. A session kept by headcount alone names no family.
    families_present = _how_many(marked.c.families)
    in_families = period.c.capacity_unit == CapacityUnit.FAMILIES.value
    filled = case((in_families, families_present), else_=adults + children)
    comparable = or_(~in_families, ~by_headcount, families_present > 0)
    has_capacity = and_(held, period.c.capacity.is_not(None))
    offered_to = and_(held, period.c.keeps_list == 1)
    with_capacity = and_(has_capacity, comparable)
    cell = (period.c.group_id, period.c.group_type, period.c.y, period.c.m)
    return (
        select(
            *cell,
            _count_if(held),
            _count_if(and_(counted, period.c.status == CANCELLED)),
            _sum_if(held, adults),
            _sum_if(held, children),
            _sum_if(held, period.c.first_time),
            _sum_if(with_capacity, period.c.capacity),
            _sum_if(with_capacity, filled),
            _count_if(and_(with_capacity, filled > period.c.capacity)),
            _count_if(and_(has_capacity, ~comparable)),
            _sum_if(offered_to, offered),
            _sum_if(and_(offered_to, marked.c.families.is_not(None)), attended),
            *(_sum_if(held, visits) for visits in by_bucket),
            _listed(marked.c.families),
            _listed(case((counted, marked.c.families))),
            _listed(case((counted, marked.c.people))),
            _organisers_of(period.c.group_id),
        )
        .select_from(period.outerjoin(marked, marked.c.session_id == period.c.session_id))
        .group_by(*cell)
        # The figures come in the cells' order on both databases (SQLite groups by
        # sorting, so this costs it nothing; PostgreSQL may hash).
        .order_by(*cell)
    )


def _marked(sessions: Any) -> Any:
    """Per session of ``sessions`` (a select of ids), its "present" marks: adults
    and children counted, the families (each once) and the people listed (with repeats).

    Grouped by the marks' own session, which SQLite reads in the order of the
    covering index (session, mark, member): no sort. Each mark's member comes
    from a covering index too (``MEMBERS_INDEXED``).
    """
    return (
        select(
            MARKS.c.session_id,
            _count_if(MEMBERS_INDEXED.c.kind == MemberKind.ADULT).label("adults"),
            _count_if(MEMBERS_INDEXED.c.kind == MemberKind.CHILD).label("children"),
            *(
                _count_if(condition).label(bucket)
                for bucket, condition in _bucket_conditions(MARKS.c.day).items()
            ),
            # Once per family: a family came with two or three members.
            _listed_once(MEMBERS_INDEXED.c.family_id).label("families"),
            # Every person present, their id led by what they count as (``_PERSON``).
            _listed(
                case(
                    (MEMBERS_INDEXED.c.role.in_(sorted(FATHER_ROLES)), _FATHER),
                    (MEMBERS_INDEXED.c.kind == MemberKind.ADULT, _ADULT),
                    else_=_CHILD,
                )
                + cast(MEMBERS_INDEXED.c.id, String)
            ).label("people"),
        )
        .select_from(MARKS.join(MEMBERS_INDEXED, MEMBERS_INDEXED.c.id == MARKS.c.member_id))
        .where(MARKS.c.mark == PRESENT, MARKS.c.session_id.in_(sessions))
        .group_by(MARKS.c.session_id)
        # Computed once: PostgreSQL without statistics (a database just filled)
        # takes the period for a row or two and would redo it for every session.
        .cte("marked")
        .prefix_with("MATERIALIZED")
    )


# The visits' buckets in the order of ``VISIT_ROLES`` then ``VISIT_BANDS``, named for
# the headcount's column that counts them instead (None: a headcount gives none).
_ROLE_BUCKETS = {ADULT_COLUMNS[role] if role else "adults_not_given": role for role in VISIT_ROLES}
_BAND_BUCKETS = {
    CHILD_COLUMNS[band] if band else "children_not_given": band for band in VISIT_BANDS
}
_BUCKETS: dict[str, str | None] = {
    bucket: None if key is None else bucket
    for bucket, key in [*_ROLE_BUCKETS.items(), *_BAND_BUCKETS.items()]
}
_HEAD_COLUMNS = [column for column in _BUCKETS.values() if column is not None]


def _bucket_conditions(day: Any) -> dict[str, ColumnElement[bool]]:
    """Which member of a "present" mark on ``day`` counts in each bucket: an adult by
    their role (``visit_role``), a child by the band of their age on the day."""
    member = MEMBERS_INDEXED.c
    adult, child = member.kind == MemberKind.ADULT, member.kind == MemberKind.CHILD
    conditions: dict[str, ColumnElement[bool]] = {}
    for bucket, role in _ROLE_BUCKETS.items():
        roles = sorted(each for each in AdultRole if visit_role(each) is role)
        conditions[bucket] = and_(
            adult, member.role.is_(None) if role is None else member.role.in_(roles)
        )
    # ``Member.age_on``: whole years of the months from the birth month (January when
    # none is given) to the day's month.
    months_old = _month_number(day) - member.birth_year * 12 - func.coalesce(member.birth_month, 1)
    # Counted as "this old or older" (``_ATLEAST``), one comparison a band: the bands
    # are the differences (``_from_at_least``). Cheaper than both ends of each band.
    for bucket, band in _BAND_BUCKETS.items():
        if band is None:
            conditions[bucket] = and_(child, member.birth_year.is_(None))
        elif AGE_BAND_FROM[band] == 0:
            conditions[bucket] = and_(child, member.birth_year.is_not(None))
        else:
            conditions[bucket] = and_(child, months_old >= 12 * AGE_BAND_FROM[band])
    return conditions


def _from_at_least(counted: Any) -> dict[str, ColumnElement[int]]:
    """Each bucket's count from ``_bucket_conditions``' counts (columns of ``counted``):
    a band is those at least its age less those at least the next one's."""
    buckets: dict[str, ColumnElement[int]] = {
        bucket: func.coalesce(counted.c[bucket], 0) for bucket in _BUCKETS
    }
    bands = [bucket for bucket, band in _BAND_BUCKETS.items() if band is not None]
    for younger, older in itertools.pairwise(bands):
        buckets[younger] = buckets[younger] - func.coalesce(counted.c[older], 0)
    return buckets


class _MonthNumber(FunctionElement[int]):
    """A date's year times twelve plus its month."""

    type = Integer()
    inherit_cache = True


@compiles(_MonthNumber)
def _month_number_extracted(element: _MonthNumber, compiler: SQLCompiler, **kw: Any) -> str:
    (day,) = element.clauses
    number = cast(extract("year", day), Integer) * 12 + cast(extract("month", day), Integer)
    return compiler.process(number, **kw)


@compiles(_MonthNumber, "sqlite")
def _month_number_of_text(element: _MonthNumber, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite keeps a date as its ISO text; strftime, per mark, is slow.
    (day,) = element.clauses
    number = cast(func.substr(day, 1, 4), Integer) * 12 + cast(func.substr(day, 6, 2), Integer)
    return compiler.process(number, **kw)


def _month_number(day: Any) -> ColumnElement[int]:
    return _MonthNumber(day)


def _places(period: CTE, marked: Any) -> tuple[Any, Any]:
    """For a held session (a row of ``period`` beside its ``marked`` row): its group's
    enrolments on its day (not the waiting list; ``left_on`` is the first day away),
    and those of them whose family is among the session's families present.

    Each is asked once per session through an index of the enrolments: the offered
    by the group, the attended by the few families present (``marked``'s list read
    as a JSON array), never per mark or per enrolment of the group."""

    def on_the_day(enrolments: Any) -> tuple[ColumnElement[bool], ...]:
        return (
            enrolments.c.group_id == period.c.group_id,
            enrolments.c.status.in_([EnrolmentStatus.ENROLLED, EnrolmentStatus.LEFT]),
            or_(enrolments.c.enrolled_on.is_(None), enrolments.c.enrolled_on <= period.c.day),
            or_(enrolments.c.left_on.is_(None), period.c.day < enrolments.c.left_on),
        )

    offered = select(func.count()).where(*on_the_day(ENROLMENTS)).scalar_subquery()
    # The ids as ``_listed`` gives them, compared as ``_among`` compares them.
    present = func.json_each(
        literal('["') + func.replace(marked.c.families, ",", '","') + literal('"]')
    ).table_valued("value")
    attended = (
        select(func.count())
        .select_from(
            present.join(ENROLMENTS_BY_FAMILY, ENROLMENTS_BY_FAMILY.c.family_id == present.c.value)
        )
        .where(*on_the_day(ENROLMENTS_BY_FAMILY))
        .scalar_subquery()
    )
    return offered, attended


def _summed(columns: Any) -> ColumnElement[int]:
    total: ColumnElement[int] | None = None
    for term in columns:
        total = term if total is None else total + term
    assert total is not None
    return total


def _count_if(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return func.sum(case((condition, 1), else_=0))


def _sum_if(condition: ColumnElement[bool], value: ColumnElement[Any]) -> ColumnElement[int]:
    return func.sum(case((condition, value), else_=0))


# -- families seen before the period --------------------------------------------------


def _looked_back(first_day: date, wanted: StatisticsFilter, in_period: ColumnElement[bool]) -> Any:
    """The filtered groups that the families seen in the period (``in_period``:
    a condition on ``MEMBERS.c.family_id``) came to before it, one row per group
    with those families listed.

    One pass over the families' own marks, not over every mark of the years
    before; every group they came to is found first and filtered afterwards,
    so the groups (their types and the filter) are looked up once per (group,
    family), not per mark, and the walk starts from the families, where a
    condition on the sessions' groups would let SQLite start from every
    earlier session of the filtered groups instead.
    """
    looked_back = (
        # Families first: the walk finds them in order, so the DISTINCT's rows
        # mostly go to the end of its B-tree, which SQLite does without a search.
        select(MEMBERS.c.family_id, SESSIONS.c.group_id)
        .distinct()
        .select_from(
            MEMBERS.join(MARKS, MARKS.c.member_id == MEMBERS.c.id).join(
                SESSIONS, SESSIONS.c.id == MARKS.c.session_id
            )
        )
        .where(
            in_period,
            MARKS.c.mark == PRESENT,
            # The mark's own day: its index reads only the earlier marks.
            MARKS.c.day < first_day,
            SESSIONS.c.status == HELD,
        )
        .subquery("looked_back")
    )
    return (
        select(
            type_coerce(GROUPS.c.id, String),
            type_coerce(GROUPS.c.type, String),
            _listed(looked_back.c.family_id),
        )
        .select_from(looked_back.join(GROUPS, GROUPS.c.id == looked_back.c.group_id))
        .where(*_group_criteria(wanted))
        .group_by(GROUPS.c.id, GROUPS.c.type)
    )


def _among(ids: ColumnElement[Any], stored: Collection[str]) -> ColumnElement[bool]:
    """``ids`` is one of ``stored`` (ids as ``_listed`` gives them), all of them in
    one parameter, a JSON list: one parameter per id would make the statement grow
    with the data, and thousands of them cost more to bind than to search."""
    listed = json.dumps(sorted(stored))
    return ids.in_(select(func.json_each(listed).table_valued("value").c.value))


def _listed(ids: ColumnElement[Any]) -> ColumnElement[str]:
    """The ids of an aggregate's rows (as stored) in one text, separated by
    commas (no id has one); ``_ids`` reads it. NULLs are left out."""
    return func.aggregate_strings(cast(ids, String), ",")


class _ListedOnce(FunctionElement[str]):
    """``_listed`` with each id once (no NULLs either)."""

    type = String()
    inherit_cache = True


@compiles(_ListedOnce)
def _string_agg_distinct(element: _ListedOnce, compiler: SQLCompiler, **kw: Any) -> str:
    (ids,) = element.clauses
    return compiler.process(func.aggregate_strings(distinct(cast(ids, String)), ","), **kw)


@compiles(_ListedOnce, "sqlite")
def _group_concat_distinct(element: _ListedOnce, compiler: SQLCompiler, **kw: Any) -> str:
    # SQLite takes DISTINCT only with group_concat's own separator, the comma.
    (ids,) = element.clauses
    return compiler.process(func.group_concat(distinct(cast(ids, String))), **kw)


def _listed_once(ids: ColumnElement[Any]) -> ColumnElement[str]:
    return _ListedOnce(ids)


def _how_many(listed: ColumnElement[str]) -> ColumnElement[int]:
    """How many ids ``_listed`` put in a text (0 for none), counted in SQL: one more than
    its commas. Cheaper than counting the distinct ids again beside listing them."""
    commas = func.length(listed) - func.length(func.replace(listed, ",", ""))
    return case((listed.is_(None), 0), else_=commas + 1)


def _ids(listed: str | None) -> set[str]:
    return set(listed.split(",")) if listed else set()


Scope = uuid.UUID | GroupType | None  # what a family is new to: a group, a type, or the filter


@dataclass(slots=True)
class _Seen:
    """A row of ``_period_rows``: a group in a month. Families and fathers are
    ids as stored, only ever counted."""

    cell: _Cell
    sums: list[int] | None  # None: none of its sessions passes the whole filter
    # Every family that came, whether or not the session passes the place and
    # worker: being new is relative to the filtered groups alone.
    came: set[str]
    reached: set[str]
    fathers: set[str]
    adults: set[str]
    children: set[str]


def _read_period(rows: Iterable[Sequence[Any]], read_id: Callable[[Any], uuid.UUID]) -> list[_Seen]:
    seen: list[_Seen] = []
    for group_id, group_type, year, month, *values, came, reached, people, organisers in rows:
        sums = [int(value or 0) for value in values]
        fathers, adults, children = _people(people)
        came_ids = _ids(came)
        seen.append(
            _Seen(
                cell=_cell(
                    read_id(group_id), group_type, year, month, _read_ids(organisers, read_id)
                ),
                # Sessions held or cancelled that pass the whole filter: a cell with
                # none (its sessions elsewhere or led by others) has no figures.
                sums=sums if sums[0] + sums[1] else None,
                came=came_ids,
                # The same text when the filter has no place or worker: one set.
                reached=came_ids if reached == came else _ids(reached),
                fathers=fathers,
                adults=adults,
                children=children,
            )
        )
    return seen


def _people(listed: str | None) -> tuple[set[str], set[str], set[str]]:
    """The fathers, the adults (fathers too) and the children of a list of people
    (``_marked``'s), each id led by what the person counts as."""
    if not listed:
        return set(), set(), set()
    people = set(listed.split(","))
    return (
        {person[1:] for person in people if person[0] == _FATHER},
        {person[1:] for person in people if person[0] != _CHILD},
        {person[1:] for person in people if person[0] == _CHILD},
    )


def _came_before(
    rows: Iterable[Sequence[Any]], read_id: Callable[[Any], uuid.UUID]
) -> dict[Scope, set[str]]:
    """The rows of ``_looked_back``: the families that came before the period,
    per group, per group type and (None) at all."""
    before: defaultdict[Scope, set[str]] = defaultdict(set)
    for group_id, group_type, listed in rows:
        families = _ids(listed)
        for scope in (None, read_id(group_id), GroupType(group_type)):
            before[scope].update(families)
    return before


def _came_earlier(
    seen: list[_Seen], scope_of: Callable[[_Cell], Scope]
) -> dict[tuple[Scope, date | None], set[str]]:
    """Per scope and month, the families that came to the scope in an earlier
    month of the period."""
    by_month: defaultdict[Scope, defaultdict[date, set[str]]] = defaultdict(
        lambda: defaultdict(set)
    )
    for cell in seen:
        by_month[scope_of(cell.cell)][cell.cell.month].update(cell.came)
    found: dict[tuple[Scope, date | None], set[str]] = {}
    for scope, months in by_month.items():
        so_far: set[str] = set()
        for month in sorted(months):
            found[scope, month] = so_far
            so_far = so_far | months[month]
    return found


@dataclass(slots=True)
class _Total:
    """A key's cells added up."""

    sums: list[int] | None = None
    families: set[str] = field(default_factory=set)
    fathers: set[str] = field(default_factory=set)
    adults: set[str] = field(default_factory=set)
    children: set[str] = field(default_factory=set)
    # What the key's families are new to and (by month) in which month: the
    # same for all the key's cells.
    scope: Scope = None
    month: date | None = None


_NOBODY: frozenset[str] = frozenset()


def _grouped(
    grouping: Grouping,
    seen: list[_Seen],
    before: Mapping[Scope, set[str]],
    unrecorded: Mapping[_Cell, int],
) -> dict[FiguresKey, Figures]:
    key_of, scope_of = _KEYS[grouping], _SCOPES[grouping]
    totals: defaultdict[FiguresKey, _Total] = defaultdict(_Total)
    for cell in seen:
        for key in key_of(cell.cell):
            total = totals[key]
            if cell.sums is not None:
                total.sums = (
                    cell.sums if total.sums is None else list(map(add, total.sums, cell.sums))
                )
            if cell.reached:
                total.families |= cell.reached
                total.fathers |= cell.fathers
                total.adults |= cell.adults
                total.children |= cell.children
                total.scope, total.month = scope_of(cell.cell), cell.cell.month
    # A family is new to a scope if it never came before the period and (by month)
    # came in no earlier month of it, so the months of a type add up to the type.
    earlier = _came_earlier(seen, scope_of) if grouping in _BY_MONTH else {}
    counted = {
        key: _Counts(
            total.sums,
            [
                len(total.families),
                len(total.fathers),
                len(
                    total.families
                    - before.get(total.scope, _NOBODY)
                    - earlier.get((total.scope, total.month), _NOBODY)
                ),
                len(total.adults),
                len(total.children),
            ],
        )
        for key, total in totals.items()
        if total.sums is not None
    }
    return _assembled(grouping, counted, unrecorded)


@dataclass(frozen=True, slots=True)
class _Counts:
    """A key's figures as the database counted them: the sums of ``_period_rows``
    (sessions held and cancelled, visits of adults and children, first-time
    visitors, capacity, what filled it, sessions over capacity, sessions not
    comparable, places offered and attended) and the people (distinct families,
    fathers reached, new families, adults and children reached)."""

    sums: Sequence[int]
    people: Sequence[int]


# How many sums come before the people, from either database: 11 and the visits'
# buckets.
_SUMS = 11 + len(VISIT_ROLES) + len(VISIT_BANDS)
_NO_COUNTS = _Counts((0,) * _SUMS, (0,) * 5)


def _assembled(
    grouping: Grouping, counted: Mapping[FiguresKey, _Counts], unrecorded: Mapping[_Cell, int]
) -> dict[FiguresKey, Figures]:
    """The figures of the keys with sessions that count or sessions not recorded.

    A key whose sessions were all left unrecorded has figures too: its zeros
    stand beside the number of sessions that are not in them. The total is
    always there, zeros when nothing happened.
    """
    key_of = _KEYS[grouping]
    not_recorded: defaultdict[FiguresKey, int] = defaultdict(int)
    for cell, count in unrecorded.items():
        for key in key_of(cell):
            not_recorded[key] += count
    figures = {
        key: _figures(counts.sums, counts.people, not_recorded.get(key, 0))
        for key, counts in counted.items()
    }
    for key, count in not_recorded.items():
        if key not in figures:
            figures[key] = _figures(_NO_COUNTS.sums, _NO_COUNTS.people, count)
    if grouping is Grouping.TOTAL and None not in figures:
        figures[None] = Figures()
    return figures


# -- counted by PostgreSQL -------------------------------------------------------------

# Row-level security shows a person the marks and members of their own groups
# only; the function counts every group with its owner's rights and returns counts,
# never an id of a family or a member (migration 0015 defines it, the same way
# as the statements above).
_SERVER_FIGURES = text(
    "SELECT * FROM ryhmat_figures(CAST(:first_day AS date), CAST(:last_day AS date), "
    "CAST(:group_ids AS uuid[]), CAST(:group_type AS text), CAST(:organisation_id AS uuid), "
    "CAST(:place_id AS uuid), CAST(:worker_id AS uuid))"
)


def _counted_by_the_server(first_day: date, last_day: date, wanted: StatisticsFilter) -> Any:
    return _SERVER_FIGURES.bindparams(
        first_day=first_day,
        last_day=last_day,
        group_ids=list(wanted.group_ids),
        group_type=None if wanted.group_type is None else str(wanted.group_type),
        organisation_id=wanted.organisation_id,
        place_id=wanted.place_id,
        worker_id=wanted.worker_id,
    )


def _read_counts(rows: Iterable[Sequence[Any]]) -> dict[Grouping, dict[FiguresKey, _Counts]]:
    """The rows of ``ryhmat_figures``: per grouping, the key and its counts."""
    counted: defaultdict[Grouping, dict[FiguresKey, _Counts]] = defaultdict(dict)
    for name, group_id, group_type, month, organisation_id, *values in rows:
        grouping = Grouping(name)
        counts = [int(value) for value in values]
        key = _server_key(grouping, group_id, group_type, month, organisation_id)
        counted[grouping][key] = _Counts(counts[:_SUMS], counts[_SUMS:])
    return counted


def _server_key(
    grouping: Grouping,
    group_id: uuid.UUID | None,
    group_type: str | None,
    month: date | None,
    organisation_id: uuid.UUID | None,
) -> FiguresKey:
    """The key of a row of ``ryhmat_figures``; the columns its grouping leaves out are NULL."""
    type_ = None if group_type is None else GroupType(group_type)
    keys: dict[Grouping, FiguresKey] = {
        Grouping.TOTAL: None,
        Grouping.GROUP: group_id,
        Grouping.GROUP_TYPE: type_,
        Grouping.MONTH_AND_TYPE: None if month is None or type_ is None else (month, type_),
        Grouping.MONTH: month,
        Grouping.ORGANISATION: organisation_id,
    }
    key = keys[grouping]
    assert key is not None or grouping is Grouping.TOTAL, (grouping, key)
    return key


# -- rows to figures ----------------------------------------------------------------


def _figures(sums: Sequence[int], people: Sequence[int], unrecorded: int) -> Figures:
    return Figures(
        sessions_held=sums[0],
        sessions_cancelled=sums[1],
        sessions_unrecorded=unrecorded,
        adult_visits=sums[2],
        child_visits=sums[3],
        first_time_visitors=sums[4],
        capacity=sums[5],
        capacity_filled=sums[6],
        sessions_over_capacity=sums[7],
        sessions_not_comparable=sums[8],
        places_offered=sums[9],
        places_attended=sums[10],
        adult_visits_by_role=tuple(sums[11 : 11 + len(VISIT_ROLES)]),
        child_visits_by_band=tuple(sums[11 + len(VISIT_ROLES) : _SUMS]),
        distinct_families=people[0],
        fathers_reached=people[1],
        new_families=people[2],
        adults_reached=people[3],
        children_reached=people[4],
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
