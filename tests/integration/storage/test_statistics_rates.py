"""The fill rate compared like with like, over capacity, and the attendance rate, against
the hand-counted world of ``statistics_world`` on SQLite and PostgreSQL.

The world's sessions, marks and headcounts are listed in its docstring; each test
changes a capacity or an enrolment and counts the result here by hand.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date

import pytest
import sqlalchemy as sa

from ryhmat.domain.model import (
    FATHER_ROLES,
    AdultRole,
    CapacityUnit,
    Enrolment,
    EnrolmentStatus,
)
from ryhmat.domain.statistics import Figures, FiguresKey, Grouping, StatisticsFilter
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.storage.database import Database, create_database_engine, open_database, upgrade_to
from ryhmat.storage.statistics import SqlStatisticsQueries
from tests.integration.statistics_world import (
    FIRST_DAY,
    LAST_DAY,
    NOW,
    TOTAL,
    A,
    B,
    C,
    StatisticsWorld,
    save_statistics_world,
)

SEPTEMBER = date(2025, 9, 1)
OCTOBER = date(2025, 10, 1)


def figures(
    database: Database, grouping: Grouping = Grouping.TOTAL
) -> Mapping[FiguresKey, Figures]:
    with database.unit_of_work() as uow:
        queries = SqlStatisticsQueries(uow.session)
        return queries.figures(FIRST_DAY, LAST_DAY, StatisticsFilter(), grouping, NOW)


def saved(database: Database, change: Callable[[StatisticsWorld], None]) -> StatisticsWorld:
    world = StatisticsWorld()
    change(world)
    save_statistics_world(database, world)
    return world


def in_families(world: StatisticsWorld) -> None:
    """A has room for 2 families; B (headcount only) for 4 families of its own."""
    world.a.capacity, world.a.capacity_unit = 2, CapacityUnit.FAMILIES
    world.b.capacity, world.b.capacity_unit = 4, CapacityUnit.FAMILIES


def test_a_capacity_in_families_is_filled_by_the_families_present(database: Database) -> None:
    world = saved(database, in_families)
    # A1: F1 and F2 present (4 visits); A3: F1 and the guest F3 (4 visits): 2 of 2 each.
    a = replace(A, capacity=2 + 2, capacity_filled=2 + 2)
    # B1 and B2 are kept by headcount alone: no family is named, so they cannot be
    # compared with a capacity in families and leave the fill rate unknown.
    b = replace(B, capacity=0, capacity_filled=0, sessions_not_comparable=2)
    # C keeps Seurakuntatalo's 10 for C2, a room's, in persons: 4 visits.
    assert figures(database, Grouping.GROUP) == {world.a.id: a, world.b.id: b, world.c.id: C}
    assert a.fill_rate == 1.0
    assert not a.over_capacity
    assert b.fill_rate is None
    total = replace(TOTAL, capacity=4 + 10, capacity_filled=4 + 4, sessions_not_comparable=2)
    assert figures(database) == {None: total}
    # By month: A1 and B1 in September, A3, B2 and C2 in October.
    months = figures(database, Grouping.MONTH)
    assert (months[SEPTEMBER].capacity, months[SEPTEMBER].capacity_filled) == (2, 2)
    assert (months[OCTOBER].capacity, months[OCTOBER].capacity_filled) == (2 + 10, 2 + 4)
    assert [m.sessions_not_comparable for m in months.values()] == [1, 1]


def test_the_use_case_says_what_the_fill_rate_leaves_out(database: Database) -> None:
    saved(database, in_families)
    with database.unit_of_work() as uow:
        statistics = compute_statistics(uow, FIRST_DAY, LAST_DAY, StatisticsFilter(), now=NOW)
    assert statistics.left_out.headcount_sessions_from_fill_rate
    assert statistics.total.fill_rate == pytest.approx(8 / 14)


def test_nothing_is_left_out_of_a_fill_rate_in_persons(database: Database) -> None:
    saved(database, lambda world: None)
    with database.unit_of_work() as uow:
        statistics = compute_statistics(uow, FIRST_DAY, LAST_DAY, StatisticsFilter(), now=NOW)
    assert not statistics.left_out.headcount_sessions_from_fill_rate


def test_over_capacity_in_persons_is_shown_as_it_is(database: Database) -> None:
    def three_persons(world: StatisticsWorld) -> None:
        world.c.capacity, world.c.capacity_unit = 3, CapacityUnit.PERSONS

    world = saved(database, three_persons)
    # C's own 3 persons, wherever it met: C1 7 visits and C2 4 are over it, C3 2 is not.
    c = replace(C, capacity=3 * 3, capacity_filled=7 + 4 + 2, sessions_over_capacity=2)
    assert figures(database, Grouping.GROUP)[world.c.id] == c
    assert c.fill_rate == pytest.approx(13 / 9)  # 144 %, never capped
    assert c.over_capacity


def test_a_session_kept_both_ways_is_compared_by_its_marked_families(database: Database) -> None:
    def one_family(world: StatisticsWorld) -> None:
        world.c.capacity, world.c.capacity_unit = 1, CapacityUnit.FAMILIES

    world = saved(database, one_family)
    # C1's and C2's visits come from their headcounts, but their marks name the families:
    # C1 F1, C2 F1 and F4 (over the one family), C3 F1.
    c = replace(C, capacity=3, capacity_filled=1 + 2 + 1, sessions_over_capacity=1)
    assert figures(database, Grouping.GROUP)[world.c.id] == c


def test_the_attendance_rate_offers_each_session_to_the_families_enrolled_that_day(
    database: Database,
) -> None:
    def enrolments(world: StatisticsWorld) -> None:
        original = world.enrolments

        def changed() -> list[Enrolment]:
            made = []
            for enrolment in original():
                if enrolment.group_id == world.a.id and enrolment.family_id == world.f1.id:
                    enrolment.enrolled_on = None  # since an unknown day: from the beginning
                elif enrolment.group_id == world.a.id:
                    # F2 left A on 7.10., its first day away: not offered A3.
                    enrolment.status, enrolment.left_on = EnrolmentStatus.LEFT, date(2025, 10, 7)
                made.append(enrolment)
            return [
                *made,
                # F3 enrolled in C from 1.10. and never came to it.
                Enrolment(family_id=world.f3.id, group_id=world.c.id, enrolled_on=OCTOBER),
                # On A's waiting list: not offered, though F3 came to A3 as a guest.
                Enrolment(
                    family_id=world.f3.id,
                    group_id=world.a.id,
                    status=EnrolmentStatus.WAITING,
                    enrolled_on=SEPTEMBER,
                ),
                # B keeps a headcount alone: nobody is marked, so nobody is offered a place.
                Enrolment(family_id=world.f3.id, group_id=world.b.id, enrolled_on=SEPTEMBER),
            ]

        world.enrolments = changed  # type: ignore[method-assign]  # the saved world's own

    world = saved(database, enrolments)
    by_group = figures(database, Grouping.GROUP)
    # A1: F1 and F2 offered, both came; A3: F1 alone offered, came.
    assert (by_group[world.a.id].places_offered, by_group[world.a.id].places_attended) == (3, 3)
    assert by_group[world.b.id].places_offered == 0
    assert by_group[world.b.id].attendance_rate is None
    # C1: F1 (came); C2: F1, F4, F3 (F1 and F4 came); C3: F1, F4, F3 (F1 came).
    assert (by_group[world.c.id].places_offered, by_group[world.c.id].places_attended) == (7, 4)
    total = figures(database)[None]
    assert (total.places_offered, total.places_attended) == (10, 7)
    assert total.attendance_rate == pytest.approx(0.7)


def test_stepfathers_and_foster_fathers_are_fathers_reached(database: Database) -> None:
    def step_and_foster(world: StatisticsWorld) -> None:
        # Sari (F2, at A1) a foster father and Tiina (F3, a guest at A3) a stepfather,
        # as the roles go: only the role is read.
        world.f2.members[0].role = AdultRole.FOSTER_FATHER
        world.f3.members[0].role = AdultRole.STEPFATHER

    world = saved(database, step_and_foster)
    # A: Jussi, Sari and Tiina; all: those three and Mikko.
    assert figures(database, Grouping.GROUP)[world.a.id].fathers_reached == 3
    assert figures(database)[None].fathers_reached == 4
    assert {AdultRole.FATHER, AdultRole.STEPFATHER, AdultRole.FOSTER_FATHER} == FATHER_ROLES


def test_the_upgrade_keeps_the_old_meaning_and_lists_the_new_fathers(
    empty_database_url: str,
) -> None:
    """Groups of revision 0018 said nothing of their capacity's unit (it was compared with
    persons) and listed fathers without step- or foster fathers, who were not roles yet."""
    groups = sa.table(
        "groups",
        *(
            sa.column(c)
            for c in ("name", "type", "attendance_mode", "capacity", "is_public", "description")
        ),
        *(sa.column(c) for c in ("listed_roles", "version")),
        sa.column("id", sa.Uuid()),
    )
    fathers, mothers = uuid.uuid4(), uuid.uuid4()
    engine = create_database_engine(empty_database_url)
    try:
        upgrade_to(engine, "0018")
        with engine.begin() as connection:
            for group_id, name, roles in (
                (fathers, "Isät", "father,grandparent"),
                (mothers, "Äidit", "mother"),
            ):
                connection.execute(
                    sa.insert(groups).values(
                        id=group_id,
                        name=name,
                        type="other",
                        attendance_mode="roster",
                        capacity=10,
                        is_public=True,
                        description="",
                        listed_roles=roles,
                        version=1,
                    )
                )
    finally:
        engine.dispose()
    database = open_database(empty_database_url)
    try:
        with database.unit_of_work() as uow:
            by_father, by_mother = uow.groups.get_many([fathers, mothers])
    finally:
        database.dispose()
    if by_father.id != fathers:
        by_father, by_mother = by_mother, by_father
    assert (by_father.capacity, by_father.capacity_unit) == (10, CapacityUnit.PERSONS)
    assert by_father.listed_roles == [
        AdultRole.FATHER,
        AdultRole.GRANDPARENT,
        AdultRole.STEPFATHER,
        AdultRole.FOSTER_FATHER,
    ]
    assert by_mother.listed_roles == [AdultRole.MOTHER]


def test_by_organiser_a_shared_group_counts_under_each_organiser(database: Database) -> None:
    world = saved(database, lambda world: None)
    by_organiser = figures(database, Grouping.ORGANISATION)
    # Neuvola organises A and C, MLL B, the parish C (with Neuvola): C is in two rows.
    assert set(by_organiser) == {world.neuvola.id, world.mll.id, world.parish.id}
    assert by_organiser[world.mll.id] == B
    assert by_organiser[world.parish.id] == C
    # A and C: as the filter by Neuvola counts them (new to these groups: F1, F3, F4).
    assert by_organiser[world.neuvola.id] == replace(
        TOTAL,
        sessions_held=5,
        adult_visits=10,
        child_visits=11,
        first_time_visitors=2,
        capacity=26,
        capacity_filled=12,
        adult_visits_by_role=(8, 1, 0, 0, 1),
        child_visits_by_band=(1, 6, 3, 0, 1),
    )
    for organisation in (world.neuvola, world.mll, world.parish):
        with database.unit_of_work() as uow:
            queries = SqlStatisticsQueries(uow.session)
            wanted = StatisticsFilter(organisation_id=organisation.id)
            filtered = queries.figures(FIRST_DAY, LAST_DAY, wanted, Grouping.TOTAL, NOW)
        assert by_organiser[organisation.id] == filtered[None], organisation.name
    # The rows do not add up to the total: C's sessions are in two of them.
    held = sum(f.sessions_held for f in by_organiser.values())
    assert held == TOTAL.sessions_held + C.sessions_held
