"""The statistics in SQL, against the hand-counted world of ``statistics_world``.

Every expected number is counted by hand from the session list in that
module's docstring; the comments say which sessions and marks make it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping
from contextlib import ExitStack
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import event, make_url, text

from ryhmat.demo import generate, load
from ryhmat.domain.model import (
    Attendance,
    AttendanceMark,
    AttendanceMode,
    Enrolment,
    EnrolmentStatus,
    Group,
    GroupType,
    Headcount,
    Session,
    SessionStatus,
)
from ryhmat.domain.statistics import (
    FamilyVisits,
    Figures,
    FiguresKey,
    Grouping,
    StatisticsFilter,
)
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.family_visits import family_visit_report
from ryhmat.domain.usecases.sessions import get_session, update_session
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.storage.database import Database, open_database
from ryhmat.storage.statistics import SqlStatisticsQueries
from tests.integration.backends import PostgresqlDatabases
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


@pytest.fixture
def world(database: Database) -> StatisticsWorld:
    built = StatisticsWorld()
    save_statistics_world(database, built)
    return built


def known(count: int | None) -> int:
    """A count the storage always knows (only the use case makes some unknown)."""
    assert count is not None
    return count


def figures(
    database: Database,
    grouping: Grouping = Grouping.TOTAL,
    wanted: StatisticsFilter | None = None,
    first_day: date = FIRST_DAY,
    last_day: date = LAST_DAY,
    now: datetime = NOW,
) -> Mapping[FiguresKey, Figures]:
    with database.unit_of_work() as uow:
        queries = SqlStatisticsQueries(uow.session)
        return queries.figures(first_day, last_day, wanted or StatisticsFilter(), grouping, now)


def leader_minutes(
    database: Database,
    wanted: StatisticsFilter | None = None,
    first_day: date = FIRST_DAY,
    last_day: date = LAST_DAY,
) -> Mapping[uuid.UUID, int]:
    with database.unit_of_work() as uow:
        queries = SqlStatisticsQueries(uow.session)
        found = queries.leader_minutes(first_day, last_day, wanted or StatisticsFilter())
        # The world's groups keep no planning time (tests/integration/leader_time_world.py does).
        assert all(minutes.planning == 0 for minutes in found.values())
        return {worker_id: minutes.session for worker_id, minutes in found.items()}


# -- the whole and its parts ---------------------------------------------------------


def test_the_total(database: Database, world: StatisticsWorld) -> None:
    assert figures(database) == {None: TOTAL}
    assert TOTAL.visits == 41
    assert TOTAL.average_attendance == pytest.approx(41 / 7)
    assert TOTAL.fill_rate == pytest.approx(32 / 66)


def test_an_empty_period_has_a_total_of_zeros(database: Database, world: StatisticsWorld) -> None:
    assert figures(database, first_day=date(2024, 1, 1), last_day=date(2024, 12, 31)) == {
        None: Figures()
    }
    assert Figures().average_attendance is None
    assert Figures().fill_rate is None


def test_by_group(database: Database, world: StatisticsWorld) -> None:
    assert figures(database, Grouping.GROUP) == {world.a.id: A, world.b.id: B, world.c.id: C}


def test_by_group_type(database: Database, world: StatisticsWorld) -> None:
    assert figures(database, Grouping.GROUP_TYPE) == {
        GroupType.BABY_GROUP: A,
        GroupType.OPEN_DAYCARE: B,
        GroupType.FATHER_CHILD: C,
    }


def test_by_month_and_type(database: Database, world: StatisticsWorld) -> None:
    assert figures(database, Grouping.MONTH_AND_TYPE) == {
        # A1 held, A2 cancelled; F1 and F2 came, F1 for the first time.
        (SEPTEMBER, GroupType.BABY_GROUP): Figures(
            sessions_held=1,
            sessions_cancelled=1,
            adult_visits=2,
            child_visits=2,
            distinct_families=2,
            fathers_reached=1,
            new_families=1,
            capacity=8,
            capacity_filled=4,
            places_offered=2,  # F1 and F2 enrolled, both came
            places_attended=2,
            adults_reached=2,  # Jussi, Sari
            children_reached=2,  # Aino, Eero
            adult_visits_by_role=(1, 1, 0, 0, 0),
            child_visits_by_band=(1, 1, 0, 0, 0),
        ),
        # A3: F1 again (new in September, so not in October) and the guest F3, new.
        # A4 not recorded.
        (OCTOBER, GroupType.BABY_GROUP): Figures(
            sessions_held=1,
            sessions_unrecorded=1,
            adult_visits=2,
            child_visits=2,
            distinct_families=2,
            fathers_reached=1,
            new_families=1,
            capacity=8,
            capacity_filled=4,
            places_offered=2,  # F1 came, F2 excused
            places_attended=1,
            adults_reached=2,  # Jussi, Tiina
            children_reached=2,  # Aino, Leo
            adult_visits_by_role=(1, 0, 0, 0, 1),
            child_visits_by_band=(0, 1, 0, 0, 1),
        ),
        (SEPTEMBER, GroupType.OPEN_DAYCARE): Figures(
            sessions_held=1,
            adult_visits=5,
            child_visits=6,
            first_time_visitors=2,
            capacity=20,
            capacity_filled=11,
            adult_visits_by_role=(1, 3, 0, 1, 0),
            child_visits_by_band=(2, 3, 1, 0, 0),
        ),
        (OCTOBER, GroupType.OPEN_DAYCARE): Figures(
            sessions_held=1,
            adult_visits=4,
            child_visits=5,
            first_time_visitors=1,
            capacity=20,
            capacity_filled=9,
            adult_visits_by_role=(0, 4, 0, 0, 0),
            child_visits_by_band=(0, 4, 1, 0, 0),
        ),
        # C1 at Kirjasto: no capacity.
        (SEPTEMBER, GroupType.FATHER_CHILD): Figures(
            sessions_held=1,
            adult_visits=3,
            child_visits=4,
            distinct_families=1,
            fathers_reached=1,
            new_families=1,
            first_time_visitors=1,
            places_offered=1,  # F1, who came
            places_attended=1,
            adults_reached=1,  # Jussi
            children_reached=1,  # Aino
            adult_visits_by_role=(3, 0, 0, 0, 0),
            child_visits_by_band=(0, 2, 2, 0, 0),
        ),
        # C2 (headcount 2 + 2) and C3 (roster 1 + 1); F4 new, F1 came first in September.
        (OCTOBER, GroupType.FATHER_CHILD): Figures(
            sessions_held=2,
            adult_visits=3,
            child_visits=3,
            distinct_families=2,
            fathers_reached=2,
            new_families=1,
            first_time_visitors=1,
            capacity=10,
            capacity_filled=4,
            places_offered=2 + 2,  # F1 and F4 (enrolled 1.10.); F4 not at C3
            places_attended=2 + 1,
            adults_reached=2,  # Mikko, Jussi
            children_reached=2,  # Onni, Aino
            adult_visits_by_role=(3, 0, 0, 0, 0),
            child_visits_by_band=(0, 2, 1, 0, 0),
        ),
    }


# Grouping.MONTH: all groups of a month together. September: A1 held, A2
# cancelled, B1, C1; October: A3, B2, C2, C3 held, A4 not recorded.
SEPTEMBER_TOTAL = Figures(
    sessions_held=3,
    sessions_cancelled=1,
    adult_visits=2 + 5 + 3,  # A1 roster, B1 headcount, C1 headcount
    child_visits=2 + 6 + 4,
    distinct_families=2,  # F1 (A1, C1) and F2 (A1)
    fathers_reached=1,  # Jussi
    new_families=1,  # F1 (first 2.9.); F2 came first in August
    first_time_visitors=2 + 1,  # B1, C1
    capacity=8 + 20,  # A1 (the group's), B1 (Perhetalo's); C1 at Kirjasto has none
    capacity_filled=4 + 11,
    places_offered=2 + 1,  # A1: F1, F2; C1: F1
    places_attended=2 + 1,
    adults_reached=2,  # Jussi, Sari
    children_reached=2,  # Aino, Eero
    adult_visits_by_role=(5, 4, 0, 1, 0),
    child_visits_by_band=(3, 6, 3, 0, 0),
)
OCTOBER_TOTAL = Figures(
    sessions_held=4,
    sessions_unrecorded=1,
    adult_visits=2 + 4 + 2 + 1,  # A3 roster, B2 headcount, C2 headcount, C3 roster
    child_visits=2 + 5 + 2 + 1,
    distinct_families=3,  # F1, the guest F3, F4
    fathers_reached=2,  # Jussi and Mikko
    new_families=2,  # F3 (7.10.) and F4 (11.10.)
    first_time_visitors=1 + 1,  # B2, C2
    capacity=8 + 20 + 10,  # A3, B2, C2 at Seurakuntatalo
    capacity_filled=4 + 9 + 4,
    places_offered=2 + 2 + 2,  # A3: F1, F2; C2, C3: F1, F4
    places_attended=1 + 2 + 1,
    adults_reached=3,  # Jussi, Tiina, Mikko
    children_reached=3,  # Aino, Leo, Onni
    adult_visits_by_role=(4, 4, 0, 0, 1),
    child_visits_by_band=(0, 7, 2, 0, 1),
)


def test_by_month(database: Database, world: StatisticsWorld) -> None:
    assert figures(database, Grouping.MONTH) == {
        SEPTEMBER: SEPTEMBER_TOTAL,
        OCTOBER: OCTOBER_TOTAL,
    }


def test_distinct_counts_are_per_month_not_summed(
    database: Database, world: StatisticsWorld
) -> None:
    months = figures(database, Grouping.MONTH).values()
    # Jussi came in both months: one father in September, two in October, two in all.
    assert [f.fathers_reached for f in months] == [1, 2]
    assert TOTAL.fathers_reached == 2
    # F1 came in both months too; the new families and the sums do add up.
    assert sum(known(f.distinct_families) for f in months) == 5 != TOTAL.distinct_families
    for name in (
        "sessions_held",
        "sessions_unrecorded",
        "visits",
        "new_families",
        "capacity",
        "capacity_filled",
        "places_offered",
        "places_attended",
    ):
        assert sum(getattr(f, name) for f in months) == getattr(TOTAL, name)


def test_by_month_follows_the_filter(database: Database, world: StatisticsWorld) -> None:
    # Group C: C1 in September, C2 and C3 in October (as in MONTH_AND_TYPE).
    wanted = StatisticsFilter(group_ids=(world.c.id,))
    months = figures(database, Grouping.MONTH, wanted)
    assert months[SEPTEMBER].visits == 7
    assert months[OCTOBER].visits == 6
    assert months[OCTOBER].fathers_reached == 2
    new_families = known(months[SEPTEMBER].new_families) + known(months[OCTOBER].new_families)
    assert new_families == C.new_families


def test_the_months_of_a_type_add_up_to_the_type(
    database: Database, world: StatisticsWorld
) -> None:
    # New families too: a family is new in the month of its first visit to the type.
    months = figures(database, Grouping.MONTH_AND_TYPE)
    for group_type, whole in figures(database, Grouping.GROUP_TYPE).items():
        parts = [f for key, f in months.items() if isinstance(key, tuple) and key[1] == group_type]
        for name in (
            "sessions_held",
            "sessions_unrecorded",
            "visits",
            "new_families",
            "first_time_visitors",
        ):
            assert sum(getattr(f, name) for f in parts) == getattr(whole, name)


def test_a_family_is_new_only_if_its_first_visit_falls_in_the_period(
    database: Database, world: StatisticsWorld
) -> None:
    # From 10.9.: F1 came first on 2.9. and F2 in August; F3 (7.10.) and F4 (11.10.) are new.
    later = date(2025, 9, 10)
    assert figures(database, first_day=later)[None].new_families == 2
    # Split by type, F1 is new to the father–child groups: its first visit to
    # one was C1 on 13.9., inside the period.
    by_type = figures(database, Grouping.GROUP_TYPE, first_day=later)
    assert by_type[GroupType.FATHER_CHILD].new_families == 2
    assert by_type[GroupType.BABY_GROUP].new_families == 1  # F3 only


def test_a_session_moved_into_the_period_takes_its_marks_along(
    database: Database, world: StatisticsWorld
) -> None:
    # A0 (26.8.) was F2's first visit; moved into the period, F2 is new too.
    move(database, world.a0.id, date(2025, 9, 16))
    assert figures(database)[None].new_families == known(TOTAL.new_families) + 1
    # And back: F2 came before the period again.
    move(database, world.a0.id, date(2025, 8, 26))
    assert figures(database)[None].new_families == TOTAL.new_families


def test_every_mark_carries_its_sessions_day(database: Database, world: StatisticsWorld) -> None:
    """The database keeps it (migration 0007's triggers), whichever code writes:
    with the marks saved, and when their session moves."""
    move(database, world.a1.id, date(2025, 9, 4))
    sari = world.f2.members[0]
    with database.unit_of_work() as uow:
        uow.attendance.replace_for_session(
            world.b1.id,
            [Attendance(session_id=world.b1.id, member_id=sari.id, mark=AttendanceMark.PRESENT)],
        )
        uow.commit()
    with database.engine.connect() as connection:
        marks = connection.scalar(text("SELECT count(*) FROM attendance"))
        astray = connection.scalar(
            text(
                "SELECT count(*) FROM attendance"
                " JOIN sessions ON sessions.id = attendance.session_id"
                " WHERE attendance.day IS NULL OR attendance.day <> sessions.day"
            )
        )
    assert marks
    assert astray == 0


def move(database: Database, session_id: uuid.UUID, day: date) -> None:
    with database.unit_of_work() as uow:
        session = get_session(uow, session_id)
        session.day = day
        update_session(uow, session)


def test_a_one_day_period(database: Database, world: StatisticsWorld) -> None:
    # C2 alone: its headcount, its families F4 and F1; F1 came before, F4 did not.
    day = date(2025, 10, 11)
    assert figures(database, first_day=day, last_day=day) == {
        None: Figures(
            sessions_held=1,
            adult_visits=2,
            child_visits=2,
            distinct_families=2,
            fathers_reached=2,
            new_families=1,
            first_time_visitors=1,
            capacity=10,
            capacity_filled=4,
            places_offered=2,  # F1 and F4, both there
            places_attended=2,
            adults_reached=2,  # Mikko, Jussi
            children_reached=1,  # Onni (Aino absent)
            adult_visits_by_role=(2, 0, 0, 0, 0),
            child_visits_by_band=(0, 1, 1, 0, 0),
        )
    }


# -- the filters -------------------------------------------------------------------


def test_filter_by_group(database: Database, world: StatisticsWorld) -> None:
    assert figures(database, wanted=StatisticsFilter(group_ids=(world.a.id,))) == {None: A}
    both = StatisticsFilter(group_ids=(world.b.id, world.c.id))
    assert set(figures(database, Grouping.GROUP, both)) == {world.b.id, world.c.id}


def test_filter_by_group_type(database: Database, world: StatisticsWorld) -> None:
    wanted = StatisticsFilter(group_type=GroupType.OPEN_DAYCARE)
    assert figures(database, wanted=wanted) == {None: B}


def test_filter_by_organisation(database: Database, world: StatisticsWorld) -> None:
    # Neuvola co-organises A and C. New: F1, F3 and F4 (F2 came in August).
    neuvola = StatisticsFilter(organisation_id=world.neuvola.id)
    assert figures(database, wanted=neuvola) == {
        None: Figures(
            sessions_held=5,
            sessions_cancelled=1,
            sessions_unrecorded=1,
            adult_visits=10,
            child_visits=11,
            distinct_families=4,
            fathers_reached=2,
            new_families=3,
            first_time_visitors=2,
            capacity=26,
            capacity_filled=12,
            places_offered=4 + 5,  # A and C
            places_attended=3 + 4,
            adults_reached=4,
            children_reached=4,
            adult_visits_by_role=(8, 1, 0, 0, 1),
            child_visits_by_band=(1, 6, 3, 0, 1),
        )
    }
    # The parish co-organises only C.
    assert figures(database, wanted=StatisticsFilter(organisation_id=world.parish.id)) == {None: C}


def test_filter_by_place(database: Database, world: StatisticsWorld) -> None:
    # Only C2 was at Seurakuntatalo. F1's first visit anywhere (2.9.) is in the
    # period, so at the place both of its families count as new.
    place = StatisticsFilter(place_id=world.seurakuntatalo.id)
    assert figures(database, wanted=place) == {
        None: Figures(
            sessions_held=1,
            adult_visits=2,
            child_visits=2,
            distinct_families=2,
            fathers_reached=2,
            new_families=2,
            first_time_visitors=1,
            capacity=10,
            capacity_filled=4,
            places_offered=2,  # C2: F1 and F4
            places_attended=2,
            adults_reached=2,
            children_reached=1,
            adult_visits_by_role=(2, 0, 0, 0, 0),
            child_visits_by_band=(0, 1, 1, 0, 0),
        )
    }
    # Perhetalo: all of A and B.
    perhetalo = StatisticsFilter(place_id=world.perhetalo.id)
    assert figures(database, Grouping.GROUP, perhetalo) == {world.a.id: A, world.b.id: B}


def test_filter_by_worker(database: Database, world: StatisticsWorld) -> None:
    # Anna leads A only.
    assert figures(database, wanted=StatisticsFilter(worker_id=world.anna.id)) == {None: A}
    # Liisa leads B and C: families F1 and F4, both new.
    liisa = StatisticsFilter(worker_id=world.liisa.id)
    assert figures(database, wanted=liisa) == {
        None: Figures(
            sessions_held=5,
            adult_visits=15,
            child_visits=18,
            distinct_families=2,
            fathers_reached=2,
            new_families=2,
            first_time_visitors=5,
            capacity=50,
            capacity_filled=24,
            places_offered=5,  # C's
            places_attended=4,
            adults_reached=2,  # Jussi, Mikko
            children_reached=2,  # Aino, Onni
            adult_visits_by_role=(7, 7, 0, 1, 0),
            child_visits_by_band=(2, 11, 5, 0, 0),
        )
    }


def test_filters_combine(database: Database, world: StatisticsWorld) -> None:
    # Neuvola's groups led by Liisa: C only.
    wanted = StatisticsFilter(organisation_id=world.neuvola.id, worker_id=world.liisa.id)
    assert figures(database, wanted=wanted) == {None: C}
    # A baby group at Seurakuntatalo: nothing, but still a total.
    nothing = StatisticsFilter(group_type=GroupType.BABY_GROUP, place_id=world.seurakuntatalo.id)
    assert figures(database, wanted=nothing) == {None: Figures()}
    assert figures(database, Grouping.GROUP, nothing) == {}


# -- sessions not recorded -----------------------------------------------------------

# Karhunpojat, a father–child group of the parish at Kirjasto led by Pekka, met on
# the 13 Saturdays 10.1.–4.4.2026, 10.00–11.30. Only the first two were recorded:
# 10.1. by its roster (everyone marked absent still records it), 17.1. by a
# headcount. 7.2. was at Perhetalo and Liisa stood in on 14.3. 11.4. was
# cancelled; 18.4. is under way at NOW_KARHU and 25.4. is to come.
SPRING = (date(2026, 1, 1), date(2026, 4, 30))
NOW_KARHU = datetime(2026, 4, 18, 11, 0, tzinfo=HELSINKI)
SATURDAYS = [date(2026, 1, 10) + timedelta(weeks=week) for week in range(13)]
JANUARY, FEBRUARY, MARCH, APRIL = (date(2026, month, 1) for month in (1, 2, 3, 4))


@pytest.fixture
def karhunpojat(database: Database, world: StatisticsWorld) -> tuple[Group, list[Session]]:
    group = Group(
        name="Karhunpojat",
        type=GroupType.FATHER_CHILD,
        attendance_mode=AttendanceMode.BOTH,
        organiser_ids=[world.parish.id],
        default_place_id=world.kirjasto.id,
    )

    def saturday(day: date, status: SessionStatus = SessionStatus.PLANNED) -> Session:
        return Session(
            group_id=group.id,
            day=day,
            start=time(10, 0),
            end=time(11, 30),
            place_id=world.kirjasto.id,
            leader_ids=[world.pekka.id],
            status=status,
        )

    met = [saturday(day) for day in SATURDAYS]
    for recorded in met[:2]:
        recorded.status = SessionStatus.HELD
    met[4].place_id = world.perhetalo.id  # 7.2.
    met[9].leader_ids = [world.liisa.id]  # 14.3.
    cancelled = saturday(date(2026, 4, 11), SessionStatus.CANCELLED)
    later = [saturday(date(2026, 4, 18)), saturday(date(2026, 4, 25))]
    jussi = world.f1.members[0]
    with database.unit_of_work() as uow:
        uow.groups.save(group)
        uow.sessions.add_many([*met, cancelled, *later])
        absent = Attendance(session_id=met[0].id, member_id=jussi.id, mark=AttendanceMark.ABSENT)
        uow.attendance.add_many([absent])
        uow.headcounts.add_many([Headcount(session_id=met[1].id, first_time_visitors=0)])
        uow.commit()
    return group, met[2:]


def spring(
    database: Database,
    grouping: Grouping = Grouping.TOTAL,
    wanted: StatisticsFilter | None = None,
    now: datetime = NOW_KARHU,
) -> Mapping[FiguresKey, Figures]:
    return figures(database, grouping, wanted, *SPRING, now=now)


def unrecorded(
    database: Database, wanted: StatisticsFilter | None = None, now: datetime = NOW_KARHU
) -> list[uuid.UUID]:
    with database.unit_of_work() as uow:
        queries = SqlStatisticsQueries(uow.session)
        return queries.unrecorded(*SPRING, wanted or StatisticsFilter(), now)


def test_a_group_that_met_13_times_with_2_recorded(
    database: Database, karhunpojat: tuple[Group, list[Session]]
) -> None:
    group, not_recorded = karhunpojat
    held_2 = Figures(sessions_held=2, sessions_cancelled=1, sessions_unrecorded=11)
    assert spring(database) == {None: held_2}
    assert spring(database, Grouping.GROUP) == {group.id: held_2}
    assert unrecorded(database) == [session.id for session in not_recorded]


def test_the_months_count_their_own_sessions_not_recorded(
    database: Database, karhunpojat: tuple[Group, list[Session]]
) -> None:
    assert spring(database, Grouping.MONTH) == {
        JANUARY: Figures(sessions_held=2, sessions_unrecorded=2),  # 24.1., 31.1.
        FEBRUARY: Figures(sessions_unrecorded=4),
        MARCH: Figures(sessions_unrecorded=4),
        APRIL: Figures(sessions_cancelled=1, sessions_unrecorded=1),  # 4.4.
    }


def test_a_session_counts_once_it_has_ended(
    database: Database, karhunpojat: tuple[Group, list[Session]]
) -> None:
    # 18.4. ends at 11.30 Helsinki time (summer time: 8.30 UTC).
    ended = datetime(2026, 4, 18, 11, 30, tzinfo=HELSINKI)
    assert spring(database, now=ended)[None].sessions_unrecorded == 12
    assert spring(database, now=ended.astimezone(UTC))[None].sessions_unrecorded == 12
    assert len(unrecorded(database, now=ended)) == 12
    # Before the first of them ended, none.
    early = datetime(2026, 1, 24, 11, 29, tzinfo=HELSINKI)
    assert spring(database, now=early)[None].sessions_unrecorded == 0
    assert unrecorded(database, now=early) == []


def test_sessions_not_recorded_follow_the_filter(
    database: Database, world: StatisticsWorld, karhunpojat: tuple[Group, list[Session]]
) -> None:
    group, not_recorded = karhunpojat
    counts = {
        StatisticsFilter(group_ids=(group.id,)): 11,
        StatisticsFilter(group_ids=(world.a.id,)): 0,
        StatisticsFilter(group_type=GroupType.FATHER_CHILD): 11,
        StatisticsFilter(group_type=GroupType.BABY_GROUP): 0,
        StatisticsFilter(organisation_id=world.parish.id): 11,
        StatisticsFilter(organisation_id=world.mll.id): 0,
        StatisticsFilter(place_id=world.kirjasto.id): 10,
        StatisticsFilter(place_id=world.perhetalo.id): 1,
        StatisticsFilter(worker_id=world.pekka.id): 10,
        StatisticsFilter(worker_id=world.liisa.id): 1,
        StatisticsFilter(place_id=world.perhetalo.id, worker_id=world.liisa.id): 0,
    }
    for wanted, count in counts.items():
        total = spring(database, wanted=wanted)[None]
        assert total.sessions_unrecorded == count, wanted
        assert len(unrecorded(database, wanted)) == count, wanted
    assert unrecorded(database, StatisticsFilter(worker_id=world.liisa.id)) == [
        not_recorded[7].id  # 14.3.
    ]


def test_a_group_with_nothing_recorded_has_a_row(
    database: Database, karhunpojat: tuple[Group, list[Session]]
) -> None:
    group, _ = karhunpojat
    february = (date(2026, 2, 1), date(2026, 2, 28))
    assert figures(database, Grouping.GROUP, None, *february, now=NOW_KARHU) == {
        group.id: Figures(sessions_unrecorded=4)
    }
    assert figures(database, Grouping.GROUP_TYPE, None, *february, now=NOW_KARHU) == {
        GroupType.FATHER_CHILD: Figures(sessions_unrecorded=4)
    }


def test_the_statistics_and_the_kirjaamatta_panel_agree(
    database: Database, karhunpojat: tuple[Group, list[Session]]
) -> None:
    with database.unit_of_work() as uow:
        panel = {session.id for session in uow.sessions.unrecorded(SPRING[0], NOW_KARHU)}
    assert panel == set(unrecorded(database))


# -- how often enrolled families came -----------------------------------------------


@pytest.fixture
def enrolled_world(database: Database, world: StatisticsWorld) -> StatisticsWorld:
    """The world's enrolments changed: F1 in A since an unknown day, F2 left A on
    7.10. (its first day away), F3 enrolled in C on 1.10. and waiting for A."""
    with database.unit_of_work() as uow:
        for enrolment in uow.enrolments.for_group(world.a.id):
            if enrolment.family_id == world.f1.id:
                enrolment.enrolled_on = None
            else:
                enrolment.status = EnrolmentStatus.LEFT
                enrolment.left_on = date(2025, 10, 7)
            uow.enrolments.save(enrolment)
        uow.enrolments.add_many(
            [
                Enrolment(family_id=world.f3.id, group_id=world.c.id, enrolled_on=OCTOBER),
                Enrolment(
                    family_id=world.f3.id,
                    group_id=world.a.id,
                    status=EnrolmentStatus.WAITING,
                    enrolled_on=SEPTEMBER,
                ),
            ]
        )
        uow.commit()
    return world


def family_visits(
    database: Database,
    wanted: StatisticsFilter | None = None,
    first_day: date = FIRST_DAY,
    last_day: date = LAST_DAY,
) -> dict[uuid.UUID, FamilyVisits]:
    with database.unit_of_work() as uow:
        queries = SqlStatisticsQueries(uow.session)
        found = queries.family_visits(first_day, last_day, wanted or StatisticsFilter())
    by_family = {visits.family_id: visits for visits in found}
    assert len(by_family) == len(found)
    return by_family


def test_family_visits(database: Database, enrolled_world: StatisticsWorld) -> None:
    w = enrolled_world
    assert family_visits(database) == {
        # A from the beginning and C: offered A1, A3, C1, C2, C3; came to all five.
        w.f1.id: FamilyVisits(w.f1.id, 5, 5, date(2025, 10, 18), tuple(sorted((w.a.id, w.c.id)))),
        # A until 7.10.: offered A1 only (A2 cancelled), came to it.
        w.f2.id: FamilyVisits(w.f2.id, 1, 1, date(2025, 9, 2), (w.a.id,)),
        # C from 1.10.: offered C2 and C3; a guest in A3, which counts as a visit.
        # Waiting for A: not A's.
        w.f3.id: FamilyVisits(w.f3.id, 2, 1, date(2025, 10, 7), (w.c.id,)),
        # C from 1.10.: offered C2 and C3, came to C2 only.
        w.f4.id: FamilyVisits(w.f4.id, 2, 1, date(2025, 10, 11), (w.c.id,)),
    }
    assert family_visits(database)[w.f4.id].rate == 0.5


def test_family_visits_follow_the_filter(
    database: Database, enrolled_world: StatisticsWorld
) -> None:
    w = enrolled_world
    # A only: F1 came to A1 and A3, last seen in A on 7.10. (not C3's 18.10.).
    assert family_visits(database, StatisticsFilter(group_ids=(w.a.id,))) == {
        w.f1.id: FamilyVisits(w.f1.id, 2, 2, date(2025, 10, 7), (w.a.id,)),
        w.f2.id: FamilyVisits(w.f2.id, 1, 1, date(2025, 9, 2), (w.a.id,)),
    }
    # C only: F3's guest visit was to A, so in C it never came.
    assert family_visits(database, StatisticsFilter(group_type=GroupType.FATHER_CHILD)) == {
        w.f1.id: FamilyVisits(w.f1.id, 3, 3, date(2025, 10, 18), (w.c.id,)),
        w.f3.id: FamilyVisits(w.f3.id, 2, 0, None, (w.c.id,)),
        w.f4.id: FamilyVisits(w.f4.id, 2, 1, date(2025, 10, 11), (w.c.id,)),
    }
    # Liisa leads B and C, so the families of C; Anna leads A only.
    liisa = family_visits(database, StatisticsFilter(worker_id=w.liisa.id))
    assert set(liisa) == {w.f1.id, w.f3.id, w.f4.id}
    anna = family_visits(database, StatisticsFilter(worker_id=w.anna.id))
    assert set(anna) == {w.f1.id, w.f2.id}


def test_a_family_last_seen_before_the_period(
    database: Database, enrolled_world: StatisticsWorld
) -> None:
    w = enrolled_world
    october = family_visits(database, first_day=OCTOBER)
    # F2 left on 7.10., the day of A3, so A3 was not offered: nothing offered, no
    # rate, and its last visit (A1 on 2.9.) lies before the period.
    assert october[w.f2.id] == FamilyVisits(w.f2.id, 0, 0, date(2025, 9, 2), (w.a.id,))
    assert october[w.f2.id].rate is None
    # F1: A3, C2, C3.
    assert october[w.f1.id].sessions_offered == 3
    # From 7.10. F2 had left: not listed at all.
    assert w.f2.id not in family_visits(database, first_day=date(2025, 10, 7))


def test_an_enrolment_starting_mid_period(
    database: Database, enrolled_world: StatisticsWorld
) -> None:
    w = enrolled_world
    # F4 enrolled in C on 1.10.: nothing before it is offered; in September it is
    # not enrolled at all.
    september = family_visits(database, last_day=date(2025, 9, 30))
    assert set(september) == {w.f1.id, w.f2.id}
    # F2's A1 and F1's A1 and C1.
    assert september[w.f1.id].sessions_offered == 2
    assert family_visits(database, first_day=OCTOBER)[w.f4.id].sessions_offered == 2


def test_no_enrolments_no_family_visits(database: Database, world: StatisticsWorld) -> None:
    # Everyone enrolled from August 2025 on; B keeps no roster at all.
    assert family_visits(database, first_day=date(2024, 1, 1), last_day=date(2024, 12, 31)) == {}
    assert family_visits(database, StatisticsFilter(group_ids=(world.b.id,))) == {}


# -- leader hours ------------------------------------------------------------------


def test_leader_minutes(database: Database, world: StatisticsWorld) -> None:
    # Anna: A1 and A3, 90 min each (A2 cancelled, A4 planned, A0 before the period).
    # Pekka: the same 180 min and C1–C3, 3 x 90. Liisa: B1 and B2, 2 x 180, and C1–C3.
    assert leader_minutes(database) == {
        world.anna.id: 180,
        world.pekka.id: 180 + 270,
        world.liisa.id: 360 + 270,
    }


def test_a_session_of_an_hour_and_a_half_led_by_two(
    database: Database, world: StatisticsWorld
) -> None:
    day = date(2025, 9, 2)
    assert leader_minutes(database, first_day=day, last_day=day) == {
        world.anna.id: 90,
        world.pekka.id: 90,
    }


def test_a_cancelled_session_has_no_leader_hours(
    database: Database, world: StatisticsWorld
) -> None:
    day = date(2025, 9, 9)
    assert leader_minutes(database, first_day=day, last_day=day) == {}
    assert figures(database, first_day=day, last_day=day) == {None: Figures(sessions_cancelled=1)}


def test_leader_minutes_follow_the_filter(database: Database, world: StatisticsWorld) -> None:
    # The sessions Anna leads, with every leader of them.
    anna = StatisticsFilter(worker_id=world.anna.id)
    assert leader_minutes(database, anna) == {world.anna.id: 180, world.pekka.id: 180}
    place = StatisticsFilter(place_id=world.seurakuntatalo.id)
    assert leader_minutes(database, place) == {world.pekka.id: 90, world.liisa.id: 90}


# -- a constant number of statements -------------------------------------------------


class StatementCounter:
    def __init__(self) -> None:
        self.count = 0

    def __call__(self, *args: Any) -> None:
        self.count += 1


def count_statements(database: Database, first_day: date, last_day: date) -> int:
    counter = StatementCounter()
    event.listen(database.engine, "before_cursor_execute", counter)
    try:
        with database.unit_of_work() as uow:
            queries = SqlStatisticsQueries(uow.session)
            statistics = compute_statistics(
                uow, first_day, last_day, StatisticsFilter(), now=NOW, statistics=queries
            )
    finally:
        event.remove(database.engine, "before_cursor_execute", counter)
    assert statistics.total.sessions_held > 0
    return counter.count


@pytest.fixture(scope="module")
def demo_databases(request: pytest.FixtureRequest) -> Iterator[dict[str, Database]]:
    """A small demo per backend, made when a test first asks for it."""
    with ExitStack() as stack:
        yield _LazyDemos(request, stack)


class _LazyDemos(dict[str, Database]):
    def __init__(self, request: pytest.FixtureRequest, stack: ExitStack) -> None:
        super().__init__()
        self._request = request
        self._stack = stack

    def __missing__(self, backend: str) -> Database:
        if backend == "postgresql":
            databases: PostgresqlDatabases = self._request.getfixturevalue("postgresql_databases")
            url = self._stack.enter_context(databases.empty())
        else:
            folder = self._request.getfixturevalue("tmp_path_factory").mktemp("statistics")
            url = f"sqlite:///{folder / 'demo.sqlite3'}"
        opened = open_database(url)
        self._stack.callback(opened.dispose)
        with opened.unit_of_work() as uow:
            load(uow, generate("small", seed=1, today=date(2026, 11, 23)))
        self[backend] = opened
        return opened


@pytest.fixture
def demo_database(database_url: str, demo_databases: dict[str, Database]) -> Database:
    """The small demo on the test's own backend: the statements it runs are that backend's."""
    return demo_databases[make_url(database_url).get_backend_name()]


def test_the_statements_do_not_grow_with_the_data(
    database: Database, world: StatisticsWorld, demo_database: Database
) -> None:
    small = count_statements(database, FIRST_DAY, LAST_DAY)
    larger = count_statements(demo_database, date(2025, 8, 1), date(2026, 11, 23))
    with demo_database.unit_of_work() as uow:
        assert len(uow.sessions.between(date(2025, 8, 1), date(2026, 11, 23))) > 100
    assert small == larger
    # The figures' three statements (two on PostgreSQL), leader minutes, cancellations by
    # reason, and the names.
    assert small <= 17


def count_report_statements(database: Database, first_day: date, last_day: date) -> int:
    counter = StatementCounter()
    event.listen(database.engine, "before_cursor_execute", counter)
    try:
        with database.unit_of_work() as uow:
            queries = SqlStatisticsQueries(uow.session)
            report = family_visit_report(
                uow, first_day, last_day, StatisticsFilter(), last_day, 4, queries
            )
    finally:
        event.remove(database.engine, "before_cursor_execute", counter)
    assert sum(row.sessions_offered for row in report.rows) > 0
    return counter.count


def test_the_family_visit_statements_do_not_grow_with_the_data(
    database: Database, world: StatisticsWorld, demo_database: Database
) -> None:
    small = count_report_statements(database, FIRST_DAY, LAST_DAY)
    larger = count_report_statements(demo_database, date(2025, 8, 1), date(2026, 11, 23))
    with demo_database.unit_of_work() as uow:
        queries = SqlStatisticsQueries(uow.session)
        assert (
            len(queries.family_visits(date(2025, 8, 1), date(2026, 11, 23), StatisticsFilter()))
            > 10
        )
    assert small == larger
    # Two for the visits, the families (with their members) and the groups.
    assert small <= 6
