"""No double booking is saved unasked, and the calendar marks exactly the sessions that
`ryhmat conflicts` lists: one rule, on SQLite and PostgreSQL."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ryhmat.demo import generate, load
from ryhmat.domain.calendar import CalendarFilter
from ryhmat.domain.conflicts import ConflictKind
from ryhmat.domain.model import Group, GroupType, Place, Session, SessionStatus, Worker
from ryhmat.domain.usecases.bookings import Clash, DoubleBooking, clashes_of, stored_clashes
from ryhmat.domain.usecases.calendar import calendar_entries
from ryhmat.domain.usecases.conflicts import list_conflicts
from ryhmat.domain.usecases.sessions import (
    cancel_session,
    get_session,
    restore_session,
    update_session,
)
from ryhmat.storage.database import Database
from tests.integration.world import World, make_session

TUESDAY = date(2025, 9, 2)
SATURDAY = date(2025, 9, 6)
BABIES = "Vauvaryhmä Pikkuiset"


@pytest.fixture
def babies(database: Database, world: World) -> Session:
    """Another group's session on Tuesday 9.30–11.00 in the world's place, led by Anna."""
    group = Group(name=BABIES, type=GroupType.BABY_GROUP)
    session = make_session(
        world, TUESDAY, group_id=group.id, series_id=None, leader_ids=[world.anna.id]
    )
    with database.unit_of_work() as uow:
        uow.groups.save(group)
        uow.sessions.save(session)
        uow.commit()
    return session


@pytest.fixture
def fathers(database: Database, world: World, babies: Session) -> Session:
    """The world's group on Saturday, same times, place and leaders (Pekka and Anna)."""
    session = make_session(world, SATURDAY)
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.commit()
    return session


def stored(database: Database, session_id: uuid.UUID) -> Session:
    with database.unit_of_work() as uow:
        return get_session(uow, session_id)


def moved_onto_tuesday(database: Database, session_id: uuid.UUID) -> Session:
    return replace(stored(database, session_id), day=TUESDAY, start=time(10), end=time(12))


def calendar_marks(database: Database, first: date, last: date) -> set[uuid.UUID]:
    with database.unit_of_work() as uow:
        return {e.session_id for e in calendar_entries(uow, first, last) if e.in_conflict}


def listed_conflicts(database: Database, first: date, last: date) -> set[uuid.UUID]:
    with database.unit_of_work() as uow:
        return {s.id for c in list_conflicts(uow, first, last) for s in (c.first, c.second)}


def test_a_move_onto_a_booked_place_and_worker_is_refused_naming_both_and_saves_nothing(
    database: Database, world: World, babies: Session, fathers: Session
) -> None:
    moved = moved_onto_tuesday(database, fathers.id)
    with database.unit_of_work() as uow, pytest.raises(DoubleBooking) as refused:
        update_session(uow, moved)
    assert refused.value.clashes == [
        Clash(
            session_id=fathers.id,
            kind=kind,
            resource=name,
            other_id=babies.id,
            other_group=BABIES,
            other_day=TUESDAY,
            other_start=time(9, 30),
            other_end=time(11),
        )
        for kind, name in (
            (ConflictKind.PLACE, "Perhetalo Lumo"),
            (ConflictKind.WORKER, "Anna Virtanen"),
        )
    ]
    assert stored(database, fathers.id).day == SATURDAY
    assert calendar_marks(database, TUESDAY, SATURDAY) == set()


def test_a_group_with_two_sessions_at_once_is_marked_and_listed_with_the_groups_name(
    database: Database, world: World, fathers: Session
) -> None:
    """No shared leader or place: the group itself cannot meet twice at once."""
    own_other = make_session(
        world,
        SATURDAY,
        series_id=None,
        start=time(10, 30),
        end=time(12),
        leader_ids=[],
        place_id=None,
    )
    with database.unit_of_work() as uow:
        uow.sessions.save(own_other)
        uow.commit()
    assert calendar_marks(database, SATURDAY, SATURDAY) == {fathers.id, own_other.id}
    with database.unit_of_work() as uow:
        listed = list_conflicts(uow, SATURDAY, SATURDAY)
        seen_from_fathers = clashes_of(uow, stored(database, fathers.id))
    assert [(c.kind, c.resource) for c in listed] == [(ConflictKind.GROUP, world.group.name)]
    assert [(c.kind, c.other_id) for c in seen_from_fathers] == [(ConflictKind.GROUP, own_other.id)]


def test_accepted_conflicts_are_saved_and_marked_as_ryhmat_conflicts_lists_them(
    database: Database, world: World, babies: Session, fathers: Session
) -> None:
    with database.unit_of_work() as uow:
        update_session(uow, moved_onto_tuesday(database, fathers.id), accept_conflicts=True)
    assert stored(database, fathers.id).day == TUESDAY
    marked = calendar_marks(database, TUESDAY, SATURDAY)
    assert marked == {babies.id, fathers.id} == listed_conflicts(database, TUESDAY, SATURDAY)
    with database.unit_of_work() as uow:
        named = stored_clashes(uow, [babies.id, fathers.id])
    assert [(c.kind, c.resource, c.other_group) for c in named[babies.id]] == [
        (ConflictKind.PLACE, "Perhetalo Lumo", "Isä-lapsi-ryhmä"),
        (ConflictKind.WORKER, "Anna Virtanen", "Isä-lapsi-ryhmä"),
    ]
    assert {c.other_id for c in named[fathers.id]} == {babies.id}


def test_a_change_that_books_nothing_new_does_not_ask_again_but_one_that_keeps_a_clash_does(
    database: Database, world: World, babies: Session, fathers: Session
) -> None:
    with database.unit_of_work() as uow:
        update_session(uow, moved_onto_tuesday(database, fathers.id), accept_conflicts=True)
    with database.unit_of_work() as uow:
        update_session(uow, replace(stored(database, fathers.id), theme="Retki", notes="Eväät"))
        # The leaders in another order book the same people.
        reordered = [world.anna.id, world.pekka.id]
        update_session(uow, replace(stored(database, fathers.id), leader_ids=reordered))
    assert stored(database, fathers.id).theme == "Retki"
    # Anna stays double-booked: a later start keeps the clash, and it is asked about.
    later = replace(stored(database, fathers.id), start=time(10, 30))
    with database.unit_of_work() as uow, pytest.raises(DoubleBooking) as refused:
        update_session(uow, later)
    assert {c.kind for c in refused.value.clashes} == {ConflictKind.PLACE, ConflictKind.WORKER}
    assert stored(database, fathers.id).start == time(10)
    # A move to the afternoon, clear of it, is saved without asking.
    with database.unit_of_work() as uow:
        afternoon = replace(stored(database, fathers.id), start=time(11), end=time(13))
        update_session(uow, afternoon)
    assert calendar_marks(database, TUESDAY, TUESDAY) == set()


def test_a_substitute_who_is_busy_elsewhere_is_a_worker_clash(
    database: Database, world: World, babies: Session
) -> None:
    # The babies' group gets Pekka as a substitute in another place at the same time.
    other = make_session(world, TUESDAY, place_id=None, leader_ids=[world.pekka.id])
    with database.unit_of_work() as uow:
        uow.sessions.save(other)
        uow.commit()
    substitute = replace(stored(database, babies.id), leader_ids=[world.pekka.id], place_id=None)
    with database.unit_of_work() as uow:
        assert [(c.kind, c.resource) for c in clashes_of(uow, substitute)] == [
            (ConflictKind.WORKER, "Pekka Korhonen")
        ]
        with pytest.raises(DoubleBooking):
            update_session(uow, substitute)


def test_cancelling_never_asks_and_restoring_over_a_new_booking_does(
    database: Database, world: World, babies: Session
) -> None:
    with database.unit_of_work() as uow:
        cancel_session(uow, babies.id, "Ohjaaja sairastunut")
    replacement = make_session(world, TUESDAY)  # the room and Anna, now free
    with database.unit_of_work() as uow:
        uow.sessions.save(replacement)
        uow.commit()
    with database.unit_of_work() as uow, pytest.raises(DoubleBooking):
        restore_session(uow, babies.id)
    assert stored(database, babies.id).status is SessionStatus.CANCELLED
    with database.unit_of_work() as uow:
        restore_session(uow, babies.id, accept_conflicts=True)
    assert stored(database, babies.id).status is SessionStatus.PLANNED
    # Cancelling a session that is in conflict frees it, without a question.
    with database.unit_of_work() as uow:
        cancel_session(uow, babies.id, "Päällekkäin")
    assert calendar_marks(database, TUESDAY, TUESDAY) == set()


def test_a_filtered_calendar_marks_a_clash_with_a_session_it_does_not_show(
    database: Database, world: World, babies: Session
) -> None:
    clashing = make_session(world, TUESDAY, start=time(10), end=time(12), leader_ids=[])
    with database.unit_of_work() as uow:
        uow.sessions.save(clashing)
        uow.commit()
        shown = calendar_entries(uow, TUESDAY, TUESDAY, CalendarFilter(group_id=world.group.id))
    assert [(e.session_id, e.in_conflict) for e in shown] == [(clashing.id, True)]


def test_the_small_demo_with_two_moves_is_marked_as_ryhmat_conflicts_lists_it(
    database: Database,
) -> None:
    today = date(2026, 12, 7)
    with database.unit_of_work() as uow:
        load(uow, generate("small", seed=1, today=today))
    first, last = date(2026, 8, 1), date(2027, 6, 30)
    assert calendar_marks(database, first, last) == listed_conflicts(database, first, last)
    with database.unit_of_work() as uow:
        december = sorted(uow.sessions.between(date(2026, 12, 7), date(2026, 12, 13)), key=str)
        entries = calendar_entries(uow, date(2026, 12, 7), date(2026, 12, 13))
    by_id = {s.id: s for s in december}
    # Each week session moved onto the start of the one before it: many clashes.
    ordered = [by_id[e.session_id] for e in entries if not e.is_cancelled]
    for earlier, later in zip(ordered, ordered[2:], strict=False):
        with database.unit_of_work() as uow:
            moved = replace(
                get_session(uow, later.id), day=earlier.day, start=earlier.start, end=earlier.end
            )
            update_session(uow, moved, accept_conflicts=True)
    marked = calendar_marks(database, first, last)
    assert marked
    assert marked == listed_conflicts(database, first, last)


# -- the calendar's SQL against the domain's rule, on random sessions ----------------------

DAYS = (TUESDAY, date(2025, 9, 3))


@dataclass(frozen=True)
class Plan:
    """A session to store, by the numbers of the workers, place and group it uses."""

    day: date
    start: time
    end: time
    leaders: list[int]
    place: int | None
    status: SessionStatus
    group: int


@st.composite
def session_plans(draw: st.DrawFn) -> list[Plan]:
    plans = []
    for _ in range(draw(st.integers(0, 9))):
        start = draw(st.integers(8 * 4, 16 * 4))  # quarter hours
        length = draw(st.integers(1, 12))
        plans.append(
            Plan(
                day=draw(st.sampled_from(DAYS)),
                start=time(*divmod(start * 15, 60)),
                end=time(*divmod((start + length) * 15, 60)),
                leaders=draw(st.lists(st.integers(0, 2), max_size=3)),
                place=draw(st.sampled_from([None, 0, 1])),
                status=draw(st.sampled_from(list(SessionStatus))),
                group=draw(st.integers(0, 1)),
            )
        )
    return plans


@dataclass(frozen=True)
class Resources:
    workers: list[uuid.UUID]
    places: list[uuid.UUID]
    groups: list[uuid.UUID]


@pytest.fixture
def resources(database: Database, world: World, babies: Session) -> Resources:
    """Three workers, two places and two groups, and no sessions yet."""
    maija = Worker(name="Maija Nieminen", title="vapaaehtoinen")
    hall = Place(name="Seurakuntatalo", address="Kirkkokatu 2")
    with database.unit_of_work() as uow:
        uow.workers.save(maija)
        uow.places.save(hall)
        uow.sessions.delete(babies.id)
        uow.commit()
    return Resources(
        workers=[world.anna.id, world.pekka.id, maija.id],
        places=[world.place.id, hall.id],
        groups=[world.group.id, babies.group_id],
    )


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(plans=session_plans())
def test_the_calendar_marks_exactly_the_sessions_ryhmat_conflicts_lists(
    database: Database, world: World, resources: Resources, plans: list[Plan]
) -> None:
    sessions = [
        make_session(
            world,
            plan.day,
            group_id=resources.groups[plan.group],
            series_id=None,
            start=plan.start,
            end=plan.end,
            # A worker may even be listed twice: never in conflict with themself.
            leader_ids=[resources.workers[n] for n in plan.leaders],
            place_id=None if plan.place is None else resources.places[plan.place],
            status=plan.status,
            cancel_reason="Peruttu" if plan.status is SessionStatus.CANCELLED else "",
        )
        for plan in plans
    ]
    with database.unit_of_work() as uow:
        for old in uow.sessions.between(*DAYS):
            uow.sessions.delete(old.id)
        uow.sessions.add_many(sessions)
        uow.commit()
    assert calendar_marks(database, *DAYS) == listed_conflicts(database, *DAYS)
