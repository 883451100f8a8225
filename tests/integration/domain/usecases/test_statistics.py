"""compute_statistics and statistics_filter over the hand-counted world."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest

from ryhmat.domain.errors import InvalidInput, NotFound
from ryhmat.domain.model import Enrolment, EnrolmentStatus, GroupType
from ryhmat.domain.statistics import (
    Figures,
    FilterKind,
    FilterTerm,
    LeftOut,
    Statistics,
    StatisticsFilter,
)
from ryhmat.domain.timezone import wall_clock
from ryhmat.domain.usecases.family_visits import FamilyVisitReport, family_visit_report
from ryhmat.domain.usecases.statistics import (
    compute_statistics,
    months,
    statistics_filter,
    unrecorded_in_period,
)
from ryhmat.storage.database import Database
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

# As a report shows them: group A keeps only a list, so nothing counts its first-time
# visitors; group B only a headcount, so its families are not known.
A_SHOWN = replace(A, first_time_visitors=None)
B_SHOWN = replace(
    B,
    distinct_families=None,
    fathers_reached=None,
    new_families=None,
    adults_reached=None,
    children_reached=None,
)


@pytest.fixture
def world(database: Database) -> StatisticsWorld:
    built = StatisticsWorld()
    save_statistics_world(database, built)
    return built


def compute(
    database: Database,
    wanted: StatisticsFilter | None = None,
    first_day: date = FIRST_DAY,
    last_day: date = LAST_DAY,
) -> Statistics:
    with database.unit_of_work() as uow:
        return compute_statistics(uow, first_day, last_day, wanted or StatisticsFilter(), now=NOW)


def test_every_part_named_and_in_order(database: Database, world: StatisticsWorld) -> None:
    statistics = compute(database)
    assert statistics.total == TOTAL
    assert statistics.described == []  # all groups
    # By name: Avoin…, Isä…, Vauva….
    assert [(g.name, g.type, g.figures) for g in statistics.by_group] == [
        ("Avoin päiväkoti Touhula", GroupType.OPEN_DAYCARE, B_SHOWN),
        ("Isä–lapsi Sählärit", GroupType.FATHER_CHILD, C),
        ("Vauvaryhmä Pikkuiset", GroupType.BABY_GROUP, A_SHOWN),
    ]
    # In the order of the types.
    assert list(statistics.by_type.items()) == [
        (GroupType.FATHER_CHILD, C),
        (GroupType.OPEN_DAYCARE, B_SHOWN),
        (GroupType.BABY_GROUP, A_SHOWN),
    ]
    # The totals count what is known and say what they leave out.
    assert statistics.left_out == LeftOut(
        headcount_groups_from_families=True, list_groups_from_first_timers=True
    )
    assert [(m.month, m.type) for m in statistics.by_month] == [
        (date(2025, 9, 1), GroupType.FATHER_CHILD),
        (date(2025, 9, 1), GroupType.OPEN_DAYCARE),
        (date(2025, 9, 1), GroupType.BABY_GROUP),
        (date(2025, 10, 1), GroupType.FATHER_CHILD),
        (date(2025, 10, 1), GroupType.OPEN_DAYCARE),
        (date(2025, 10, 1), GroupType.BABY_GROUP),
    ]


def test_leader_hours_by_name(database: Database, world: StatisticsWorld) -> None:
    # Anna 2 x 1.5 h; Liisa 2 x 3 h + 3 x 1.5 h; Pekka 2 x 1.5 h + 3 x 1.5 h.
    hours = [(h.name, h.hours) for h in compute(database).leader_hours]
    assert hours == [("Anna Aalto", 3.0), ("Liisa Mäki", 10.5), ("Pekka Korhonen", 7.5)]


def test_the_filter_by_name(database: Database, world: StatisticsWorld) -> None:
    wanted = StatisticsFilter(
        group_ids=(world.c.id,),
        group_type=GroupType.FATHER_CHILD,
        organisation_id=world.parish.id,
        place_id=world.seurakuntatalo.id,
        worker_id=world.liisa.id,
    )
    statistics = compute(database, wanted)
    assert statistics.described == [
        FilterTerm(FilterKind.GROUPS, ("Isä–lapsi Sählärit",)),
        FilterTerm(FilterKind.GROUP_TYPE, group_type=GroupType.FATHER_CHILD),
        FilterTerm(FilterKind.ORGANISER, ("Seurakunta",)),
        FilterTerm(FilterKind.PLACE, ("Seurakuntatalo",)),
        FilterTerm(FilterKind.LEADER, ("Liisa Mäki",)),
    ]
    # C2 alone.
    assert statistics.total.visits == 4
    two = StatisticsFilter(group_ids=(world.a.id, world.b.id))
    assert compute(database, two).described == [
        FilterTerm(FilterKind.GROUPS, ("Vauvaryhmä Pikkuiset", "Avoin päiväkoti Touhula"))
    ]


def test_the_sessions_not_recorded_are_listed_as_the_panel_lists_them(
    database: Database, world: StatisticsWorld
) -> None:
    with database.unit_of_work() as uow:
        listed = unrecorded_in_period(uow, FIRST_DAY, LAST_DAY, StatisticsFilter(), now=NOW)
        liisas = unrecorded_in_period(
            uow, FIRST_DAY, LAST_DAY, StatisticsFilter(worker_id=world.liisa.id), now=NOW
        )
    # A4, 14.10. 9.30–11.00, the one session the figures count as not recorded.
    assert [(s.id, s.group, s.start, s.end) for s in listed] == [
        (
            world.a4.id,
            "Vauvaryhmä Pikkuiset",
            wall_clock(world.a4.day, world.a4.start),
            wall_clock(world.a4.day, world.a4.end),
        )
    ]
    assert sorted(s.leaders for s in listed) == [["Anna Aalto", "Pekka Korhonen"]]
    assert liisas == []  # Liisa leads no session of A


def test_the_list_of_sessions_not_recorded_checks_its_period(
    database: Database, world: StatisticsWorld
) -> None:
    with database.unit_of_work() as uow, pytest.raises(InvalidInput):
        unrecorded_in_period(uow, LAST_DAY, FIRST_DAY, StatisticsFilter(), now=NOW)


def test_names_are_found_in_any_case(database: Database, world: StatisticsWorld) -> None:
    with database.unit_of_work() as uow:
        wanted = statistics_filter(
            uow,
            groups=["vauvaryhmä pikkuiset", " ISÄ–LAPSI SÄHLÄRIT "],
            group_type="Vauvaryhmä",
            organisation="neuvola",
            place="PERHETALO",
            worker="anna aalto",
        )
    assert wanted == StatisticsFilter(
        group_ids=(world.a.id, world.c.id),
        group_type=GroupType.BABY_GROUP,
        organisation_id=world.neuvola.id,
        place_id=world.perhetalo.id,
        worker_id=world.anna.id,
    )
    # A baby group led by Anna at Perhetalo: group A.
    assert compute(database, wanted).total == A_SHOWN


def test_a_group_type_by_its_value(database: Database, world: StatisticsWorld) -> None:
    with database.unit_of_work() as uow:
        wanted = statistics_filter(uow, group_type="open_daycare")
    assert wanted == StatisticsFilter(group_type=GroupType.OPEN_DAYCARE)


@pytest.mark.parametrize(
    ("names", "error", "message"),
    [
        ({"groups": ["Vauvaryhmä Pikkuiset", "Ei ole"]}, NotFound, "no group called “Ei ole”"),
        ({"group_type": "kerho"}, InvalidInput, "“kerho” is not a group type"),
        ({"organisation": "Kela"}, NotFound, "no organisation called “Kela”"),
        ({"place": "Kuu"}, NotFound, "no place called “Kuu”"),
        ({"worker": "Matti"}, NotFound, "no worker called “Matti”"),
    ],
)
def test_an_unknown_name_is_refused(
    database: Database,
    world: StatisticsWorld,
    names: dict[str, Any],
    error: type[Exception],
    message: str,
) -> None:
    with database.unit_of_work() as uow, pytest.raises(error, match=message):
        statistics_filter(uow, **names)


def test_the_end_before_the_start_is_refused(database: Database, world: StatisticsWorld) -> None:
    with pytest.raises(InvalidInput, match="before the start"):
        compute(database, first_day=LAST_DAY, last_day=FIRST_DAY)


def test_a_group_that_no_longer_exists_is_refused(
    database: Database, world: StatisticsWorld
) -> None:
    with database.unit_of_work() as uow:
        uow.groups.delete(world.b.id)
        uow.commit()
    with pytest.raises(NotFound, match="group no longer exists"):
        compute(database, StatisticsFilter(group_ids=(world.b.id,)))


# -- every month of the period ---------------------------------------------------------


def test_every_month_of_the_period_even_empty_ones(
    database: Database, world: StatisticsWorld
) -> None:
    statistics = compute(database, first_day=date(2025, 7, 15), last_day=date(2025, 12, 10))
    assert [m.month for m in statistics.by_month_total] == [
        date(2025, 7, 1),
        date(2025, 8, 1),
        date(2025, 9, 1),
        date(2025, 10, 1),
        date(2025, 11, 1),
        date(2025, 12, 1),
    ]
    july, august, september, october, november, december = (
        m.figures for m in statistics.by_month_total
    )
    assert july == november == december == Figures()
    # A0 on 26.8.: Sari and Eero, F2's first visit, A's capacity 8.
    assert august == Figures(
        sessions_held=1,
        adult_visits=1,
        child_visits=1,
        distinct_families=1,
        new_families=1,
        capacity=8,
        capacity_filled=2,
        places_offered=2,  # F1 and F2, enrolled since August; F2 came
        places_attended=1,
        adults_reached=1,  # Sari
        children_reached=1,  # Eero, 0 years old (born in March 2025)
        adult_visits_by_role=(0, 1, 0, 0, 0),
        child_visits_by_band=(1, 0, 0, 0, 0),
    )
    # September: A1 2 + 2, B1 5 + 6, C1 3 + 4; October: A3 2 + 2, B2 4 + 5, C2 2 + 2, C3 1 + 1.
    assert (september.visits, october.visits) == (22, 19)
    # Jussi in September; Jussi and Mikko in October.
    assert (september.fathers_reached, october.fathers_reached) == (1, 2)
    assert sum(m.figures.visits for m in statistics.by_month_total) == statistics.total.visits
    assert statistics.total.visits == 2 + 41


def test_the_months_of_the_hand_counted_period(database: Database, world: StatisticsWorld) -> None:
    statistics = compute(database)
    assert [(m.month, m.figures.sessions_held) for m in statistics.by_month_total] == [
        (date(2025, 9, 1), 3),
        (date(2025, 10, 1), 4),
    ]
    assert sum(m.figures.visits for m in statistics.by_month_total) == TOTAL.visits


def test_months_over_a_new_year() -> None:
    assert months(date(2025, 11, 30), date(2026, 2, 1)) == [
        date(2025, 11, 1),
        date(2025, 12, 1),
        date(2026, 1, 1),
        date(2026, 2, 1),
    ]
    assert months(date(2025, 3, 31), date(2025, 3, 31)) == [date(2025, 3, 1)]


# -- family visits ---------------------------------------------------------------------


@pytest.fixture
def left_world(database: Database, world: StatisticsWorld) -> StatisticsWorld:
    """F2 left A on 7.10. (its first day away)."""
    with database.unit_of_work() as uow:
        for enrolment in uow.enrolments.for_family(world.f2.id):
            enrolment.status = EnrolmentStatus.LEFT
            enrolment.left_on = date(2025, 10, 7)
            uow.enrolments.save(enrolment)
        uow.commit()
    return world


def report(
    database: Database,
    wanted: StatisticsFilter | None = None,
    today: date = date(2025, 11, 1),
    weeks: int = 3,
) -> FamilyVisitReport:
    with database.unit_of_work() as uow:
        return family_visit_report(
            uow, FIRST_DAY, LAST_DAY, wanted or StatisticsFilter(), today, weeks
        )


def test_the_family_visit_rows_by_name(database: Database, left_world: StatisticsWorld) -> None:
    rows = [
        (r.name, r.groups, r.sessions_offered, r.sessions_attended, r.rate, r.last_seen)
        for r in report(database).rows
    ]
    assert rows == [
        # A until 7.10.: A1 offered and attended.
        ("Korhonen", ["Vauvaryhmä Pikkuiset"], 1, 1, 1.0, date(2025, 9, 2)),
        # C from 1.10.: C2 and C3 offered, C2 attended.
        ("Laine", ["Isä–lapsi Sählärit"], 2, 1, 0.5, date(2025, 10, 11)),
        # A1, A3, C1, C2, C3.
        ("Virtanen", ["Isä–lapsi Sählärit", "Vauvaryhmä Pikkuiset"], 5, 5, 1.0, date(2025, 10, 18)),
    ]


def test_the_families_not_seen_for_weeks(database: Database, left_world: StatisticsWorld) -> None:
    # Three weeks before 1.11. is 11.10.: F2 (2.9.) is gone, F4 (11.10.) is not.
    assert [r.name for r in report(database).not_seen] == ["Korhonen"]
    # One week (since 25.10.): F2, then F4 (11.10.), then F1 (18.10.).
    assert [r.name for r in report(database, weeks=1).not_seen] == [
        "Korhonen",
        "Laine",
        "Virtanen",
    ]
    # Ten weeks (since 23.8.): everyone came since.
    assert report(database, weeks=10).not_seen == []


def test_a_family_never_seen_comes_first(database: Database, left_world: StatisticsWorld) -> None:
    w = left_world
    with database.unit_of_work() as uow:
        uow.enrolments.save(
            Enrolment(family_id=w.f3.id, group_id=w.c.id, enrolled_on=date(2025, 10, 1))
        )
        uow.commit()
    # In C, F3 (a guest in A only) was never present: first, before F4 (11.10.).
    c_only = report(database, StatisticsFilter(group_ids=(w.c.id,)), weeks=1)
    assert [(r.name, r.last_seen) for r in c_only.not_seen] == [
        ("Nieminen", None),
        ("Laine", date(2025, 10, 11)),
        ("Virtanen", date(2025, 10, 18)),
    ]
    assert c_only.described == [FilterTerm(FilterKind.GROUPS, ("Isä–lapsi Sählärit",))]


@pytest.mark.parametrize("weeks", [0, -1, 105])
def test_weeks_out_of_range_are_refused(
    database: Database, world: StatisticsWorld, weeks: int
) -> None:
    with pytest.raises(InvalidInput, match=f"between 1 and 104, not {weeks}"):
        report(database, weeks=weeks)


@pytest.mark.parametrize("weeks", [1, 104])
def test_the_limits_of_weeks_are_allowed(
    database: Database, world: StatisticsWorld, weeks: int
) -> None:
    assert len(report(database, weeks=weeks).rows) == 3
