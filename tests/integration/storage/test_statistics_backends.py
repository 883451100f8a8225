"""The statistics of SQLite (statements and Python) and of PostgreSQL (``ryhmat_figures``)
say the same: random small worlds loaded into both, every grouping compared under
several filters.

The hand-counted tests (``test_statistics``) fix what the figures are; this one
finds the corners they do not name: headcounts left at zero beside a roster, marks
on cancelled sessions, a family new to a type but not to a group, groups with
only cancelled sessions, filters that keep a group but not its sessions, capacities
in families beside sessions kept by headcount alone, enrolments that end, wait or
repeat.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    Attendance,
    AttendanceMark,
    AttendanceMode,
    CapacityUnit,
    Enrolment,
    EnrolmentStatus,
    Family,
    Group,
    GroupType,
    Headcount,
    Member,
    MemberKind,
    Organisation,
    OrganisationKind,
    Place,
    Session,
    SessionStatus,
    Worker,
)
from ryhmat.domain.statistics import (
    VISIT_BANDS,
    VISIT_ROLES,
    Figures,
    FiguresKey,
    Grouping,
    StatisticsFilter,
    visit_role,
)
from ryhmat.domain.timezone import HELSINKI
from ryhmat.storage.database import Database, open_database
from ryhmat.storage.statistics import SqlStatisticsQueries
from tests.integration.backends import PostgresqlDatabases, SqliteDatabases

pytestmark = pytest.mark.postgresql

FIRST_DAY = date(2025, 7, 1)  # the worlds' first possible session
DAYS = 150
NOW = datetime(2025, 11, 15, 12, tzinfo=HELSINKI)
PERIODS = [
    (date(2025, 9, 1), date(2025, 10, 31)),
    (date(2025, 8, 15), date(2025, 9, 14)),
    (date(2025, 7, 1), date(2025, 11, 28)),
]
GROUP_TYPES = [GroupType.BABY_GROUP, GroupType.FATHER_CHILD]


@dataclass(frozen=True)
class Adult:
    role: AdultRole | None  # None: not given


@dataclass(frozen=True)
class Child:
    birth_year: int | None  # None: not given
    birth_month: int | None = None


# Each family's members: adults of every role (step- and foster fathers counted as
# fathers, one without a role) beside children whose age bands change within the
# periods (1 in September, 3 in October, 7 in August; one not born until August),
# one born in a year without its month and one without a birth date.
FAMILIES: list[list[Adult | Child]] = [
    [Adult(AdultRole.FATHER), Child(2024, 9)],
    [Adult(AdultRole.MOTHER), Child(2025, 8), Child(None)],
    [Adult(AdultRole.STEPFATHER), Adult(AdultRole.MOTHER), Child(2022, 10)],
    [Adult(AdultRole.GRANDPARENT), Child(2018)],
    [
        Adult(AdultRole.FOSTER_FATHER),
        Adult(None),
        Adult(AdultRole.OTHER_GUARDIAN),
        Child(2018, 8),
    ],
]


@dataclass(frozen=True)
class SessionPlan:
    group: int
    day: int  # days after FIRST_DAY
    status: SessionStatus
    place: int | None
    leaders: frozenset[int]
    headcount: tuple[int, int, int, int] | None  # fathers, mothers, children, first-time
    marks: tuple[tuple[int, AttendanceMark], ...]  # (member, mark), members once each


@dataclass(frozen=True)
class EnrolmentPlan:
    family: int
    group: int
    status: EnrolmentStatus
    enrolled_on: int | None  # days after FIRST_DAY
    left_on: int | None


@dataclass(frozen=True)
class WorldPlan:
    group_types: tuple[GroupType, ...]
    group_capacities: tuple[int | None, ...]
    group_units: tuple[CapacityUnit, ...]
    group_modes: tuple[AttendanceMode, ...]
    enrolments: tuple[EnrolmentPlan, ...]
    organisers: tuple[frozenset[int], ...]
    place_capacities: tuple[int | None, ...]
    sessions: tuple[SessionPlan, ...]


MEMBERS = sum(len(roles) for roles in FAMILIES)
capacities = st.one_of(st.none(), st.integers(1, 6))
sessions = st.builds(
    SessionPlan,
    group=st.integers(0, 2),
    day=st.integers(0, DAYS),
    status=st.sampled_from([SessionStatus.HELD] * 3 + list(SessionStatus)),
    place=st.one_of(st.none(), st.integers(0, 1)),
    leaders=st.frozensets(st.integers(0, 1)),
    headcount=st.one_of(st.none(), st.tuples(*[st.integers(0, 2)] * 4)),
    marks=st.lists(
        st.tuples(st.integers(0, MEMBERS - 1), st.sampled_from(list(AttendanceMark))),
        max_size=MEMBERS,
        unique_by=lambda mark: mark[0],
    ).map(tuple),
)
days = st.one_of(st.none(), st.integers(0, DAYS))
enrolments = st.builds(
    EnrolmentPlan,
    family=st.integers(0, len(FAMILIES) - 1),
    group=st.integers(0, 2),
    status=st.sampled_from(list(EnrolmentStatus)),
    enrolled_on=days,
    left_on=days,
)
worlds = st.builds(
    WorldPlan,
    group_types=st.tuples(*[st.sampled_from(GROUP_TYPES)] * 3),
    group_capacities=st.tuples(*[capacities] * 3),
    group_units=st.tuples(*[st.sampled_from(list(CapacityUnit))] * 3),
    group_modes=st.tuples(*[st.sampled_from(list(AttendanceMode))] * 3),
    enrolments=st.lists(enrolments, max_size=8).map(tuple),
    organisers=st.tuples(*[st.frozensets(st.integers(0, 1), min_size=1)] * 3),
    place_capacities=st.tuples(*[capacities] * 2),
    sessions=st.lists(sessions, min_size=1, max_size=12).map(tuple),
)


@dataclass
class World:
    organisations: list[Organisation]
    places: list[Place]
    workers: list[Worker]
    groups: list[Group]
    families: list[Family]
    sessions: list[Session]
    marks: list[Attendance]
    headcounts: list[Headcount]
    enrolments: list[Enrolment]

    def filters(self) -> list[StatisticsFilter]:
        return [
            StatisticsFilter(),
            StatisticsFilter(group_type=GroupType.BABY_GROUP),
            StatisticsFilter(group_ids=(self.groups[0].id, self.groups[2].id)),
            StatisticsFilter(organisation_id=self.organisations[1].id),
            StatisticsFilter(place_id=self.places[0].id),
            StatisticsFilter(worker_id=self.workers[0].id),
            StatisticsFilter(group_type=GroupType.FATHER_CHILD, worker_id=self.workers[1].id),
        ]


def built(plan: WorldPlan) -> World:
    organisations = [Organisation(name=f"Org {n}", kind=OrganisationKind.NGO) for n in range(2)]
    places = [
        Place(name=f"Place {n}", capacity=capacity)
        for n, capacity in enumerate(plan.place_capacities)
    ]
    workers = [Worker(name=f"Worker {n}", title="ohjaaja") for n in range(2)]
    groups = [
        Group(
            name=f"Group {n}",
            type=plan.group_types[n],
            attendance_mode=plan.group_modes[n],
            organiser_ids=[organisations[o].id for o in sorted(plan.organisers[n])],
            capacity=plan.group_capacities[n],
            capacity_unit=plan.group_units[n],
        )
        for n in range(3)
    ]
    families = [
        Family(name=f"Family {n}", members=[_member(spec) for spec in specs])
        for n, specs in enumerate(FAMILIES)
    ]
    members = [member for family in families for member in family.members]
    enrolled = [
        Enrolment(
            family_id=families[e.family].id,
            group_id=groups[e.group].id,
            status=e.status,
            enrolled_on=None
            if e.enrolled_on is None
            else FIRST_DAY + timedelta(days=e.enrolled_on),
            left_on=None if e.left_on is None else FIRST_DAY + timedelta(days=e.left_on),
        )
        for e in plan.enrolments
    ]
    world = World(organisations, places, workers, groups, families, [], [], [], enrolled)
    for planned in plan.sessions:
        session = Session(
            group_id=groups[planned.group].id,
            day=FIRST_DAY + timedelta(days=planned.day),
            start=time(9, 30),
            end=time(11),
            place_id=None if planned.place is None else places[planned.place].id,
            leader_ids=[workers[w].id for w in sorted(planned.leaders)],
            status=planned.status,
        )
        world.sessions.append(session)
        world.marks += [
            Attendance(session_id=session.id, member_id=members[m].id, mark=mark)
            for m, mark in planned.marks
        ]
        if planned.headcount is not None:
            fathers, mothers, children, first_time = planned.headcount
            world.headcounts.append(
                Headcount(
                    session_id=session.id,
                    adults={
                        AdultRole.FATHER: fathers,
                        AdultRole.MOTHER: mothers,
                        AdultRole.GRANDPARENT: first_time,
                    },
                    children={AgeBand.AGE_1_2: children, AgeBand.AGE_7_PLUS: fathers},
                    first_time_visitors=first_time,
                )
            )
    return world


def _member(spec: Adult | Child) -> Member:
    if isinstance(spec, Child):
        return Member(
            first_name="Lapsi",
            kind=MemberKind.CHILD,
            birth_year=spec.birth_year,
            birth_month=spec.birth_month,
        )
    return Member(first_name="Aikuinen", kind=MemberKind.ADULT, role=spec.role)


def saved(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        for organisation in world.organisations:
            uow.organisations.save(organisation)
        for worker in world.workers:
            uow.workers.save(worker)
        for place in world.places:
            uow.places.save(place)
        for group in world.groups:
            uow.groups.save(group)
        for family in world.families:
            uow.families.save(family)
        uow.enrolments.add_many(world.enrolments)
        uow.sessions.add_many(world.sessions)
        uow.attendance.add_many(world.marks)
        uow.headcounts.add_many(world.headcounts)
        uow.commit()


@pytest.fixture(scope="module")
def backends(
    postgresql_databases: PostgresqlDatabases,
    sqlite_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[SqliteDatabases, PostgresqlDatabases]:
    return SqliteDatabases(tmp_path_factory.mktemp("worlds"), sqlite_template), postgresql_databases


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(plan=worlds)
def test_sqlite_and_postgresql_count_the_same(
    backends: tuple[SqliteDatabases, PostgresqlDatabases], plan: WorldPlan
) -> None:
    world = built(plan)
    with ExitStack() as stack:
        opened = []
        for databases in backends:
            database = open_database(stack.enter_context(databases.at_head()))
            stack.callback(database.dispose)
            # Saving sets the objects' versions: each database gets its own copy.
            saved(database, copy.deepcopy(world))
            opened.append(database)
        for first_day, last_day in PERIODS:
            for wanted in world.filters():
                sqlite, postgresql = (
                    _figures(database, first_day, last_day, wanted) for database in opened
                )
                assert postgresql == sqlite, (first_day, last_day, wanted)
                _assert_visits_add_up(sqlite)
            everything = _figures(opened[0], first_day, last_day, StatisticsFilter())
            assert _by_role_and_band(everything[Grouping.TOTAL][None]) == _counted_here(
                world, first_day, last_day
            ), (first_day, last_day)


def _assert_visits_add_up(found: Mapping[Grouping, Mapping[FiguresKey, Figures]]) -> None:
    """The visits by role add up to the adults' visits, those by band to the children's."""
    for grouping, by_key in found.items():
        for key, figures in by_key.items():
            assert sum(figures.adult_visits_by_role) == figures.adult_visits, (grouping, key)
            assert sum(figures.child_visits_by_band) == figures.child_visits, (grouping, key)


ByRoleAndBand = tuple[dict[AdultRole | None, int], dict[AgeBand | None, int]]


def _by_role_and_band(figures: Figures) -> ByRoleAndBand:
    return figures.visits_by_role(), figures.visits_by_band()


def _counted_here(world: World, first_day: date, last_day: date) -> ByRoleAndBand:
    """The visits by role and band of the whole period, counted in Python by the
    domain's own rules (``visit_role``, ``Member.age_on``, ``AgeBand.for_age``)."""
    roles = dict.fromkeys(VISIT_ROLES, 0)
    bands = dict.fromkeys(VISIT_BANDS, 0)
    members = {member.id: member for family in world.families for member in family.members}
    headcounts = {headcount.session_id: headcount for headcount in world.headcounts}
    for session in world.sessions:
        if session.status is not SessionStatus.HELD or not first_day <= session.day <= last_day:
            continue
        headcount = headcounts.get(session.id)
        if headcount is not None and headcount.adult_total + headcount.child_total > 0:
            for role, count in headcount.adults.items():
                roles[role] += count
            for band, count in headcount.children.items():
                bands[band] += count
            continue
        for mark in world.marks:
            if mark.session_id != session.id or mark.mark is not AttendanceMark.PRESENT:
                continue
            member = members[mark.member_id]
            if member.kind is MemberKind.ADULT:
                roles[visit_role(member.role)] += 1
            else:
                age = member.age_on(session.day)
                bands[None if age is None else AgeBand.for_age(age)] += 1
    return roles, bands


def _figures(
    database: Database, first_day: date, last_day: date, wanted: StatisticsFilter
) -> Mapping[Grouping, Mapping[FiguresKey, Figures]]:
    with database.unit_of_work() as uow:
        queries = SqlStatisticsQueries(uow.session)
        return queries.figures_by_grouping(first_day, last_day, wanted, NOW)
