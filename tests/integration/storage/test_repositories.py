"""Every entity survives save and get, and updates rewrite its child rows."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, date, datetime, time

import pytest
from sqlalchemy import select

from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    Attendance,
    AttendanceMark,
    ClosurePeriod,
    Enrolment,
    EnrolmentStatus,
    Family,
    FamilyMark,
    Group,
    GroupType,
    Headcount,
    Member,
    MemberKind,
    Organisation,
    Place,
    SessionStatus,
    WeeklySlot,
    Worker,
)
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.sessions import in_time_order
from ryhmat.storage.database import Database, open_database
from ryhmat.storage.orm import SessionRow
from tests.integration.world import World, build_world, make_session, save_world


def test_every_entity_of_the_world_round_trips(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        assert uow.organisations.get(world.clinic.id) == world.clinic
        assert uow.workers.get(world.anna.id) == world.anna
        assert uow.pairs.get(world.pair.id) == world.pair
        assert uow.places.get(world.place.id) == world.place
        assert uow.groups.get(world.group.id) == world.group
        assert uow.series.get(world.series.id) == world.series
        assert uow.families.get(world.family.id) == world.family
        assert uow.closures.get(world.closure.id) == world.closure


def test_get_of_an_unknown_id_is_none(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        assert uow.groups.get(world.clinic.id) is None
        assert uow.headcounts.get(world.clinic.id) is None


def test_group_update_reorders_and_drops_organisers(database: Database, world: World) -> None:
    changed = replace(
        world.group,
        name="Isät ja lapset",
        organiser_ids=[world.clinic.id],
        default_pair_id=None,
        is_public=False,
    )
    with database.unit_of_work() as uow:
        uow.groups.save(changed)
        uow.commit()
    reordered = replace(changed, organiser_ids=[world.parish.id, world.clinic.id])
    with database.unit_of_work() as uow:
        uow.groups.save(reordered)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.groups.get(world.group.id) == reordered


def test_series_update_rewrites_slots_dates_and_leaders(database: Database, world: World) -> None:
    changed = replace(
        world.series,
        slots=[
            WeeklySlot(weekday=1, start=time(13, 0), end=time(14, 30)),
            WeeklySlot(weekday=3, start=time(9, 0), end=time(10, 0)),
        ],
        chosen_dates=[date(2025, 9, 20), date(2025, 9, 6), date(2025, 9, 6)],
        chosen_start=time(10, 0),
        chosen_end=time(12, 0),
        interval_weeks=2,
        leader_ids=[world.anna.id],
    )
    with database.unit_of_work() as uow:
        uow.series.save(changed)
        uow.commit()
    with database.unit_of_work() as uow:
        loaded = uow.series.get(world.series.id)
        assert loaded == replace(changed, chosen_dates=[date(2025, 9, 6), date(2025, 9, 20)])
        assert uow.series.for_group(world.group.id) == [loaded]


def test_family_members_are_synced_by_id(database: Database, world: World) -> None:
    session = make_session(world, date(2025, 9, 6))
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.attendance.add_many(
            [
                Attendance(
                    session_id=session.id, member_id=world.father.id, mark=AttendanceMark.PRESENT
                ),
                Attendance(
                    session_id=session.id, member_id=world.child.id, mark=AttendanceMark.PRESENT
                ),
            ]
        )
        uow.commit()
    renamed = replace(world.child, first_name="Aino-Maria")
    newborn = Member(first_name="Eeli", kind=MemberKind.CHILD, birth_year=2025)
    changed = replace(world.family, members=[newborn, renamed], notes="muutti")
    with database.unit_of_work() as uow:
        uow.families.save(changed)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.families.get(world.family.id) == changed
        # The dropped father's marks go with him; the renamed child's stay.
        marks = uow.attendance.for_session(session.id)
        assert [m.member_id for m in marks] == [world.child.id]


def test_session_round_trip_and_update(database: Database, world: World) -> None:
    session = make_session(world, date(2025, 9, 6), theme="Metsäretki", notes="eväät")
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.commit()
    changed = replace(
        session,
        day=date(2025, 9, 7),
        leader_ids=[world.anna.id],
        status=SessionStatus.CANCELLED,
        cancel_reason="sairastuminen",
        edited_individually=True,
        sequence=3,
        place_id=None,
    )
    with database.unit_of_work() as uow:
        assert uow.sessions.get(session.id) == session
        uow.sessions.save(changed)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.sessions.get(session.id) == changed
        assert uow.sessions.for_series(world.series.id) == [changed]


def test_enrolments_by_group_and_family(database: Database, world: World) -> None:
    enrolment = Enrolment(
        family_id=world.family.id, group_id=world.group.id, enrolled_on=date(2025, 8, 1)
    )
    with database.unit_of_work() as uow:
        uow.enrolments.save(enrolment)
        uow.commit()
    left = replace(enrolment, status=EnrolmentStatus.LEFT, left_on=date(2025, 12, 1))
    with database.unit_of_work() as uow:
        uow.enrolments.save(left)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.enrolments.get(enrolment.id) == left
        assert uow.enrolments.for_group(world.group.id) == [left]
        assert uow.enrolments.for_family(world.family.id) == [left]
        assert uow.enrolments.list() == [left]


def test_enrolments_of_many_groups(database: Database, world: World) -> None:
    babies, music = (Group(name=name, type=GroupType.PEER_GROUP) for name in ("Vauvat", "Muskari"))
    enrolments = [
        Enrolment(family_id=world.family.id, group_id=group.id)
        for group in (world.group, babies, music)
    ]
    with database.unit_of_work() as uow:
        uow.groups.save(babies)
        uow.groups.save(music)
        uow.enrolments.add_many(enrolments)
        uow.commit()
    with database.unit_of_work() as uow:
        found = uow.enrolments.for_groups([world.group.id, babies.id, babies.id])
        assert uow.enrolments.for_groups([]) == []
    assert sorted(found, key=lambda e: e.id) == sorted(enrolments[:2], key=lambda e: e.id)


def test_attendance_replace_for_session(database: Database, world: World) -> None:
    session = make_session(world, date(2025, 9, 6))
    first = [
        Attendance(session_id=session.id, member_id=world.father.id, mark=AttendanceMark.PRESENT)
    ]
    second = [
        Attendance(
            session_id=session.id,
            member_id=world.child.id,
            mark=AttendanceMark.EXCUSED,
            is_guest=True,
        )
    ]
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.attendance.replace_for_session(session.id, first)
        uow.attendance.replace_for_session(session.id, second)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.attendance.for_session(session.id) == second


def test_family_marks_of_many_sessions(database: Database, world: World) -> None:
    guest = Family(name="Vieras", members=[Member(first_name="Ville", kind=MemberKind.ADULT)])
    visitor = guest.members[0]
    first, second, other = (make_session(world, date(2025, 9, day)) for day in (6, 13, 20))
    present, excused = AttendanceMark.PRESENT, AttendanceMark.EXCUSED
    with database.unit_of_work() as uow:
        uow.families.save(guest)
        uow.sessions.add_many([first, second, other])
        uow.attendance.add_many(
            [
                Attendance(session_id=first.id, member_id=world.father.id, mark=present),
                Attendance(session_id=first.id, member_id=world.child.id, mark=excused),
                Attendance(session_id=second.id, member_id=visitor.id, mark=present, is_guest=True),
                Attendance(session_id=other.id, member_id=world.father.id, mark=present),
            ]
        )
        uow.commit()
    with database.unit_of_work() as uow:
        marks = list(uow.attendance.family_marks([first.id, second.id, first.id]))
        assert list(uow.attendance.family_marks([])) == []
    assert sorted(marks) == sorted(
        [
            FamilyMark(first.id, world.father.id, world.family.id, present),
            FamilyMark(first.id, world.child.id, world.family.id, excused),
            FamilyMark(second.id, visitor.id, guest.id, present),
        ]
    )
    assert all(type(value) is uuid.UUID for mark in marks for value in mark[:3])


def test_attendance_of_another_session_is_refused(database: Database, world: World) -> None:
    session = make_session(world, date(2025, 9, 6))
    stray = Attendance(
        session_id=world.group.id, member_id=world.father.id, mark=AttendanceMark.PRESENT
    )
    with database.unit_of_work() as uow, pytest.raises(ValueError, match="session"):
        uow.attendance.replace_for_session(session.id, [stray])


def test_headcount_insert_and_update(database: Database, world: World) -> None:
    session = make_session(world, date(2025, 9, 6))
    headcount = Headcount(
        session_id=session.id,
        adults={AdultRole.FATHER: 4, AdultRole.GRANDPARENT: 1},
        children={AgeBand.UNDER_1: 2, AgeBand.AGE_3_6: 5},
        first_time_visitors=2,
    )
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.headcounts.save(headcount)
        uow.commit()
    updated = replace(headcount, adults={AdultRole.MOTHER: 3}, first_time_visitors=0)
    with database.unit_of_work() as uow:
        assert uow.headcounts.get(session.id) == headcount
        uow.headcounts.save(updated)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.headcounts.get(session.id) == updated


def test_by_name_ignores_case_including_finnish_letters(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        assert uow.groups.by_name("ISÄ-LAPSI-RYHMÄ") == world.group
        assert uow.organisations.by_name("neuvola") == world.clinic
        assert uow.places.by_name("PERHETALO LUMO") == world.place
        assert uow.workers.by_name("anna virtanen") == world.anna
        assert uow.groups.by_name("Isä-lapsi") is None


def test_lists_are_sorted(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        uow.organisations.save(Organisation(name="Kirjasto"))
        uow.workers.save(Worker(name="Aada Aalto", title="ohjaaja"))
        uow.places.save(Place(name="Asukastupa"))
        uow.closures.save(
            ClosurePeriod(name="Joululoma", first_day=date(2025, 12, 22), last_day=date(2026, 1, 6))
        )
        uow.commit()
    with database.unit_of_work() as uow:
        assert [o.name for o in uow.organisations.list()] == ["Kirjasto", "Neuvola", "Seurakunta"]
        assert [w.name for w in uow.workers.list()] == [
            "Aada Aalto",
            "Anna Virtanen",
            "Pekka Korhonen",
        ]
        assert [p.name for p in uow.places.list()] == ["Asukastupa", "Perhetalo Lumo"]
        assert [c.name for c in uow.closures.list()] == ["Syysloma", "Joululoma"]
        assert uow.pairs.list() == [world.pair]
        assert uow.families.list() == [world.family]


def test_names_are_those_of_the_list_in_its_order(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        uow.workers.save(Worker(name="Aada Aalto", title="ohjaaja"))
        uow.groups.save(Group(name="Vauvaryhmä", type=GroupType.PEER_GROUP))
        uow.groups.save(Group(name="Perhekahvila", type=GroupType.FAMILY_CAFE))
        uow.commit()
    with database.unit_of_work() as uow:
        for repository in (uow.organisations, uow.workers, uow.places, uow.groups, uow.feeds):
            named = repository.list()
            assert list(repository.names().items()) == [(e.id, e.name) for e in named]
        assert list(uow.groups.names().values()) == [
            "Isä-lapsi-ryhmä",
            "Perhekahvila",
            "Vauvaryhmä",
        ]


def test_unrecorded_are_the_sessions_ended_without_marks_or_headcount(
    database: Database, world: World
) -> None:
    saturday, sunday = date(2025, 9, 6), date(2025, 9, 7)
    later = make_session(world, sunday, start=time(12, 0), end=time(13, 0))
    earlier = make_session(world, sunday, leader_ids=[world.anna.id])
    first = make_session(world, saturday)
    marked = make_session(world, saturday, start=time(12, 0), end=time(13, 0))
    counted = make_session(world, saturday, start=time(14, 0), end=time(15, 0))
    cancelled = make_session(world, sunday, status=SessionStatus.CANCELLED)
    before = make_session(world, date(2025, 9, 5))
    tomorrow = make_session(world, date(2025, 9, 8))
    with database.unit_of_work() as uow:
        for session in (later, earlier, first, marked, counted, cancelled, before, tomorrow):
            uow.sessions.save(session)
        absent = Attendance(
            session_id=marked.id, member_id=world.father.id, mark=AttendanceMark.ABSENT
        )
        uow.attendance.replace_for_session(marked.id, [absent])
        uow.headcounts.save(Headcount(session_id=counted.id, first_time_visitors=0))
        uow.commit()
    with database.unit_of_work() as uow:
        # On Sunday at 13.00 the session of 12–13 has just ended; at 12.59 it has not.
        ended = datetime(2025, 9, 7, 13, 0, tzinfo=HELSINKI)
        assert in_time_order(uow.sessions.unrecorded(saturday, ended)) == [first, earlier, later]
        running = datetime(2025, 9, 7, 12, 59, tzinfo=HELSINKI)
        assert in_time_order(uow.sessions.unrecorded(saturday, running)) == [first, earlier]
        # The same moment in UTC is the same moment.
        assert in_time_order(uow.sessions.unrecorded(saturday, ended.astimezone(UTC))) == [
            first,
            earlier,
            later,
        ]


def test_closures_overlapping(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        assert uow.closures.overlapping(date(2025, 10, 19), date(2025, 10, 30)) == [world.closure]
        assert uow.closures.overlapping(date(2025, 10, 20), date(2025, 10, 30)) == []


def test_deleting_a_session_deletes_its_records(database: Database, world: World) -> None:
    session = make_session(world, date(2025, 9, 6))
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.attendance.add_many(
            [
                Attendance(
                    session_id=session.id, member_id=world.father.id, mark=AttendanceMark.PRESENT
                )
            ]
        )
        uow.headcounts.save(Headcount(session_id=session.id, first_time_visitors=1))
        uow.commit()
    with database.unit_of_work() as uow:
        uow.sessions.delete(session.id)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.sessions.get(session.id) is None
        assert uow.attendance.for_session(session.id) == []
        assert uow.headcounts.get(session.id) is None


def test_deleting_a_place_clears_it_from_loaded_sessions(database: Database, world: World) -> None:
    session = make_session(world, date(2025, 9, 6))
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        assert uow.sessions.get(session.id) == session
        uow.places.delete(world.place.id)
        assert uow.sessions.get(session.id) == replace(session, place_id=None)
        assert uow.groups.get(world.group.id) == replace(world.group, default_place_id=None)


def test_deleting_a_family_deletes_its_members_and_enrolments(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        uow.enrolments.save(Enrolment(family_id=world.family.id, group_id=world.group.id))
        uow.families.delete(world.family.id)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.families.list() == []
        assert uow.enrolments.list() == []


def _stamps(database: Database, session_id: uuid.UUID) -> tuple[datetime, datetime]:
    with database.unit_of_work() as uow:
        row = uow.session.execute(
            select(SessionRow.created_at, SessionRow.updated_at).where(SessionRow.id == session_id)
        ).one()
        return row.created_at, row.updated_at


def test_storage_stamps_session_creation_and_changes(database: Database, world: World) -> None:
    session = make_session(world, date(2025, 9, 6))
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.commit()
    created, updated = _stamps(database, session.id)
    assert updated >= created
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.commit()
    assert _stamps(database, session.id) == (created, updated)
    led = replace(session, leader_ids=[world.anna.id])
    with database.unit_of_work() as uow:
        uow.sessions.save(led)
        uow.commit()
    created_again, leaders_changed = _stamps(database, session.id)
    assert created_again == created
    assert leaders_changed > updated
    with database.unit_of_work() as uow:
        uow.sessions.save(replace(led, theme="Uinti"))
        uow.commit()
    assert _stamps(database, session.id)[1] > leaders_changed


def test_is_empty_until_there_is_one(empty_database_url: str, database: Database) -> None:
    with open_database(empty_database_url) as empty, empty.unit_of_work() as uow:
        assert uow.groups.is_empty()
        assert uow.families.is_empty()
    save_world(database, build_world())
    with database.unit_of_work() as uow:
        assert not uow.groups.is_empty()
        assert not uow.families.is_empty()
