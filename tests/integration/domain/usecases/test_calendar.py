"""The calendar's sessions of a range, with names joined in and the filters applied by SQL."""

from __future__ import annotations

import uuid
from datetime import date, time

from ryhmat.domain.model import (
    Group,
    GroupType,
    Organisation,
    OrganisationKind,
    Place,
    SessionStatus,
    Worker,
)
from ryhmat.domain.usecases.calendar import (
    CalendarEntry,
    CalendarFilter,
    calendar_entries,
    calendar_leaders,
)
from ryhmat.storage.database import Database
from tests.integration.world import World, make_session

MONDAY = date(2025, 9, 1)
SUNDAY = date(2025, 9, 7)


def entries(database: Database, wanted: CalendarFilter | None = None) -> list[CalendarEntry]:
    with database.unit_of_work() as uow:
        return calendar_entries(uow, MONDAY, SUNDAY, wanted)


def leaders(database: Database, *sessions: uuid.UUID) -> dict[uuid.UUID, list[str]]:
    with database.unit_of_work() as uow:
        return calendar_leaders(uow, sessions)


def test_an_entry_carries_the_names_of_its_group_and_place_and_its_leaders_come_in_order(
    database: Database, world: World
) -> None:
    session = make_session(
        world,
        date(2025, 9, 6),
        theme="Retki",
        status=SessionStatus.CANCELLED,
        cancel_reason="Sairastuminen",
    )
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.sessions.save(make_session(world, date(2025, 9, 8)))  # the next week
        uow.commit()
    assert entries(database) == [
        CalendarEntry(
            session_id=session.id,
            group_id=world.group.id,
            group_name="Isä-lapsi-ryhmä",
            group_type=GroupType.FATHER_CHILD,
            day=date(2025, 9, 6),
            start=time(9, 30),
            end=time(11, 0),
            status=SessionStatus.CANCELLED,
            cancel_reason="Sairastuminen",
            theme="Retki",
            place="Perhetalo Lumo",
            in_conflict=False,
            version=1,
        )
    ]
    assert leaders(database, session.id) == {session.id: ["Pekka Korhonen", "Anna Virtanen"]}


def test_entries_come_by_day_and_start_and_a_session_may_have_no_place_or_leaders(
    database: Database, world: World
) -> None:
    late = make_session(world, MONDAY, start=time(17), end=time(18))
    early = make_session(world, MONDAY, start=time(8), end=time(9), place_id=None, leader_ids=[])
    tuesday = make_session(world, date(2025, 9, 2))
    with database.unit_of_work() as uow:
        uow.sessions.add_many([tuesday, late, early])
        uow.commit()
    found = entries(database)
    assert [e.session_id for e in found] == [early.id, late.id, tuesday.id]
    assert found[0].place is None
    assert leaders(database, early.id, late.id) == {late.id: ["Pekka Korhonen", "Anna Virtanen"]}


def test_each_filter_keeps_only_the_matching_sessions(database: Database, world: World) -> None:
    library = Organisation(name="Kirjasto", kind=OrganisationKind.LIBRARY)
    hall = Place(name="Seurakuntatalo", address="Kirkkokatu 2")
    maija = Worker(name="Maija Nieminen", title="vapaaehtoinen")
    other = Group(name="Vauvaryhmä", type=GroupType.BABY_GROUP, organiser_ids=[library.id])
    ours = make_session(world, MONDAY)
    theirs = make_session(
        world,
        date(2025, 9, 3),
        group_id=other.id,
        series_id=None,
        place_id=hall.id,
        leader_ids=[maija.id, world.anna.id],
    )
    with database.unit_of_work() as uow:
        uow.organisations.save(library)
        uow.places.save(hall)
        uow.workers.save(maija)
        uow.groups.save(other)
        uow.sessions.add_many([ours, theirs])
        uow.commit()

    def shown(wanted: CalendarFilter) -> list[uuid.UUID]:
        return [e.session_id for e in entries(database, wanted)]

    assert shown(CalendarFilter()) == [ours.id, theirs.id]
    assert shown(CalendarFilter(group_id=other.id)) == [theirs.id]
    assert shown(CalendarFilter(organisation_id=world.clinic.id)) == [ours.id]
    assert shown(CalendarFilter(organisation_id=library.id)) == [theirs.id]
    assert shown(CalendarFilter(place_id=hall.id)) == [theirs.id]
    assert shown(CalendarFilter(worker_id=world.pekka.id)) == [ours.id]
    assert shown(CalendarFilter(worker_id=world.anna.id)) == [ours.id, theirs.id]
    assert shown(CalendarFilter(worker_id=maija.id, place_id=world.place.id)) == []
    # A session filtered by one leader still names all its leaders.
    (filtered,) = entries(database, CalendarFilter(worker_id=maija.id))
    assert leaders(database, filtered.session_id) == {
        filtered.session_id: ["Maija Nieminen", "Anna Virtanen"]
    }
