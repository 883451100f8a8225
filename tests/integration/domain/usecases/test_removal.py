"""Deleting what nothing uses, archiving what has history, and restoring it (on both
databases): what each refuses, what goes with it, and what stays."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time

import pytest

from ryhmat.domain.calendar import CalendarFilter
from ryhmat.domain.errors import InvalidInput, NotFound
from ryhmat.domain.feeds import Feed, FeedKind, PublishedState
from ryhmat.domain.model import (
    Attendance,
    AttendanceMark,
    AuditAction,
    Enrolment,
    Headcount,
    Organisation,
    Place,
    Series,
    SessionStatus,
    Worker,
    WorkerPair,
)
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.calendar import calendar_entries
from ryhmat.domain.usecases.choices import load_choices
from ryhmat.domain.usecases.feeds import build_feed
from ryhmat.domain.usecases.groups import find_group, get_group, list_groups, save_group
from ryhmat.domain.usecases.places import list_organisations, list_places, save_place
from ryhmat.domain.usecases.removal import (
    FutureSessions,
    InUse,
    Kind,
    archive,
    delete,
    deletion_refusal,
    future_sessions,
    restore,
)
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.domain.usecases.workers import list_pairs, list_workers, save_worker
from ryhmat.storage.database import Database, open_database
from tests.integration.world import World, make_session

# Wednesday 1.10.2025 noon: the world's Saturday season runs 11.8.–12.12.2025.
NOW = datetime(2025, 10, 1, 12, 0, tzinfo=HELSINKI)
PAST = [date(2025, 9, 6), date(2025, 9, 13)]
FUTURE = [date(2025, 10, 4), date(2025, 10, 11)]
REASON = "Ryhmä on päättynyt"


def write(database: Database, action: Callable[[UnitOfWork], object]) -> None:
    with database.unit_of_work() as uow:
        action(uow)
        uow.commit()


def saved_sessions(database: Database, world: World, days: list[date]) -> list[uuid.UUID]:
    sessions = [make_session(world, day) for day in days]

    def save(uow: UnitOfWork) -> None:
        for session in sessions:
            uow.sessions.save(session)

    write(database, save)
    return [s.id for s in sessions]


def mark_present(database: Database, world: World, session_id: uuid.UUID) -> None:
    mark = Attendance(session_id=session_id, member_id=world.father.id, mark=AttendanceMark.PRESENT)

    def save(uow: UnitOfWork) -> None:
        uow.attendance.replace_for_session(session_id, [mark])
        session = uow.sessions.get(session_id)
        assert session is not None
        session.status = SessionStatus.HELD
        uow.sessions.save(session)

    write(database, save)


def refusal(database: Database, kind: Kind, entity_id: uuid.UUID) -> str:
    """Delete, which must be refused; the message, as the person reads it."""
    with database.unit_of_work() as uow, pytest.raises(InUse) as refused:
        delete(uow, kind, entity_id)
    with database.unit_of_work() as uow:
        assert deletion_refusal(uow, kind, entity_id) is not None
    return refused.value.message()


def deleted(database: Database, kind: Kind, entity_id: uuid.UUID) -> None:
    with database.unit_of_work() as uow:
        assert deletion_refusal(uow, kind, entity_id) is None
        delete(uow, kind, entity_id)


@pytest.fixture
def history(database: Database, world: World) -> list[uuid.UUID]:
    """Two held sessions with the father marked present, and two planned to come."""
    past = saved_sessions(database, world, PAST)
    for session_id in past:
        mark_present(database, world, session_id)
    return past + saved_sessions(database, world, FUTURE)


# -- groups ----------------------------------------------------------------------------


def test_a_group_never_held_goes_with_its_seasons_sessions_and_enrolments(
    database: Database, world: World
) -> None:
    session_ids = saved_sessions(database, world, PAST + FUTURE)
    moment = datetime(2025, 9, 1, tzinfo=UTC)
    enrolment = Enrolment(family_id=world.family.id, group_id=world.group.id)

    def prepare(uow: UnitOfWork) -> None:
        uow.published_events.save_many([PublishedState(session_ids[0], "f" * 64, 0, moment)])
        uow.enrolments.save(enrolment)

    write(database, prepare)

    deleted(database, Kind.GROUP, world.group.id)

    with database.unit_of_work() as uow:
        assert uow.groups.list() == []
        assert uow.series.for_group(world.group.id) == []
        assert uow.sessions.get_many(session_ids) == []
        assert uow.published_events.get_many(session_ids) == {}
        assert uow.enrolments.for_family(world.family.id) == []
        # The family's trail still says it was enrolled there, and that it ended.
        actions = [(e.action, e.group_id) for e in uow.audit.for_family(world.family.id)]
        assert (AuditAction.ENROLMENT_REMOVED, world.group.id) in actions
        assert (AuditAction.ENROLMENT_ADDED, world.group.id) in actions
        # Everything the group referred to stays.
        assert uow.places.get(world.place.id) is not None
        assert uow.pairs.get(world.pair.id) is not None
        assert len(uow.organisations.list()) == 2


@pytest.mark.parametrize("recorded", ["held", "attendance", "headcount"])
def test_a_group_with_history_is_refused_and_keeps_everything(
    database: Database, world: World, recorded: str
) -> None:
    [session_id] = saved_sessions(database, world, PAST[:1])

    def record(uow: UnitOfWork) -> None:
        if recorded == "held":
            session = uow.sessions.get(session_id)
            assert session is not None
            uow.sessions.save(replace(session, status=SessionStatus.HELD))
        elif recorded == "attendance":
            mark = Attendance(
                session_id=session_id, member_id=world.child.id, mark=AttendanceMark.ABSENT
            )
            uow.attendance.replace_for_session(session_id, [mark])
        else:
            uow.headcounts.save(Headcount(session_id=session_id, first_time_visitors=1))

    write(database, record)

    message = refusal(database, Kind.GROUP, world.group.id)
    assert message == (
        "“Isä-lapsi-ryhmä” has held sessions or recorded attendance, so it cannot be "
        "deleted. Archive it instead: it is hidden from lists and choices, and its "
        "history and statistics are kept."
    )
    with database.unit_of_work() as uow:
        assert uow.sessions.get(session_id) is not None
        assert len(uow.series.for_group(world.group.id)) == 1


@pytest.mark.parametrize(
    ("kind", "feed_kind", "target"),
    [
        (Kind.GROUP, FeedKind.GROUP, "group"),
        (Kind.WORKER, FeedKind.WORKER, "anna"),
        (Kind.ORGANISATION, FeedKind.ORGANISATION, "parish"),
    ],
)
def test_what_a_feed_publishes_is_deleted_only_after_the_feed(
    database: Database, world: World, kind: Kind, feed_kind: FeedKind, target: str
) -> None:
    entity = getattr(world, target)
    if kind is Kind.WORKER:  # a worker who leads nothing and is in no pair
        entity = Worker(name="Sari Sijainen", title="perhetyöntekijä")
        write(database, lambda uow: uow.workers.save(entity))
    if kind is Kind.ORGANISATION:
        entity = Organisation(name="Kirjasto")
        write(database, lambda uow: uow.organisations.save(entity))
    feed = Feed(name="Kumppanin kalenteri", kind=feed_kind, target_id=entity.id, token="t")
    write(database, lambda uow: uow.feeds.save(feed))

    assert refusal(database, kind, entity.id) == (
        f"The calendar feed “Kumppanin kalenteri” publishes “{entity.name}”, so it cannot "
        f"be deleted. Delete the feed first, or archive “{entity.name}” instead."
    )
    write(database, lambda uow: uow.feeds.delete(feed.id))
    deleted(database, kind, entity.id)


def test_a_colleague_saving_a_deleted_group_is_told_so(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        open_in_editor = get_group(uow, world.group.id)
    deleted(database, Kind.GROUP, world.group.id)
    with database.unit_of_work() as uow, pytest.raises(NotFound) as gone:
        save_group(uow, replace(open_in_editor, capacity=10))
    assert "removed this group" in gone.value.message()
    with database.unit_of_work() as uow:
        assert uow.groups.list() == []


@pytest.fixture
def other(database_url: str, database: Database) -> Iterator[Database]:
    """A colleague's app on the same database."""
    second = open_database(database_url)
    yield second
    second.dispose()


def test_a_group_being_recorded_meanwhile_is_refused_once_the_marks_are_saved(
    database: Database, other: Database, world: World
) -> None:
    """The colleague's attendance is written but not committed when the deletion starts:
    it waits, then finds the history."""
    [session_id] = saved_sessions(database, world, PAST[:1])
    outcome: list[BaseException | None] = []

    def delete_group() -> None:
        try:
            with database.unit_of_work() as uow:
                delete(uow, Kind.GROUP, world.group.id)
        except InUse as error:
            outcome.append(error)
        else:
            outcome.append(None)

    with other.unit_of_work() as colleague:
        version = colleague.attendance.recorded_version(session_id)
        colleague.attendance.advance_version(session_id, version)
        mark = Attendance(
            session_id=session_id, member_id=world.father.id, mark=AttendanceMark.PRESENT
        )
        colleague.attendance.replace_for_session(session_id, [mark])
        deleting = threading.Thread(target=delete_group)
        deleting.start()
        deleting.join(timeout=0.5)  # it waits for the colleague's save
        colleague.commit()
    deleting.join(timeout=60)
    assert not deleting.is_alive()
    assert len(outcome) == 1
    assert isinstance(outcome[0], InUse)
    with database.unit_of_work() as uow:
        assert [m.member_id for m in uow.attendance.for_session(session_id)] == [world.father.id]


def test_attendance_saved_after_the_group_is_deleted_finds_the_session_gone(
    database: Database, other: Database, world: World
) -> None:
    [session_id] = saved_sessions(database, world, PAST[:1])
    with other.unit_of_work() as colleague:
        version = colleague.attendance.recorded_version(session_id)
    deleted(database, Kind.GROUP, world.group.id)
    with other.unit_of_work() as colleague, pytest.raises(NotFound):
        colleague.attendance.advance_version(session_id, version)


# -- seasons ---------------------------------------------------------------------------


def test_a_season_never_held_goes_with_its_sessions_and_the_group_stays(
    database: Database, world: World
) -> None:
    session_ids = saved_sessions(database, world, FUTURE)
    deleted(database, Kind.SEASON, world.series.id)
    with database.unit_of_work() as uow:
        assert uow.series.get(world.series.id) is None
        assert uow.sessions.get_many(session_ids) == []
        assert uow.groups.get(world.group.id) is not None


def test_a_season_with_history_is_refused(
    database: Database, world: World, history: list[uuid.UUID]
) -> None:
    assert refusal(database, Kind.SEASON, world.series.id) == (
        "The season “Syksy 2025” has held sessions or recorded attendance, so it cannot be "
        "deleted. Change its last day instead: sessions with attendance are always kept."
    )
    with database.unit_of_work() as uow:
        assert len(uow.sessions.get_many(history)) == 4


def test_another_seasons_history_does_not_keep_a_season(
    database: Database, world: World, history: list[uuid.UUID]
) -> None:
    spring = Series(
        group_id=world.group.id,
        name="Kevät 2026",
        first_day=date(2026, 1, 10),
        last_day=date(2026, 5, 30),
    )
    write(database, lambda uow: uow.series.save(spring))
    deleted(database, Kind.SEASON, spring.id)


# -- places, workers, organisations, pairs, closures ------------------------------------


def set_group_and_season(database: Database, world: World, **changes: object) -> None:
    """The world's group and season with the place only where ``changes`` put it."""

    def save(uow: UnitOfWork) -> None:
        group = get_group(uow, world.group.id)
        group.default_place_id = changes.get("default_place_id")  # type: ignore[assignment]
        uow.groups.save(group)
        uow.series.save(replace(world.series, place_id=changes.get("place_id")))  # type: ignore[arg-type]

    write(database, save)


@pytest.mark.parametrize("use", ["default", "season", "session"])
def test_a_place_in_use_names_the_group(database: Database, world: World, use: str) -> None:
    if use == "default":
        set_group_and_season(database, world, default_place_id=world.place.id)
    elif use == "season":
        set_group_and_season(database, world, place_id=world.place.id)
    else:
        set_group_and_season(database, world)
        saved_sessions(database, world, PAST[:1])
    assert refusal(database, Kind.PLACE, world.place.id) == (
        "“Perhetalo Lumo” is used by the group “Isä-lapsi-ryhmä”, so it cannot be deleted. "
        "Archive it instead: it is no longer offered, and the sessions there keep it."
    )


def test_a_place_nothing_uses_goes(database: Database, world: World) -> None:
    hall = Place(name="Seurakuntatalo")
    write(database, lambda uow: uow.places.save(hall))
    deleted(database, Kind.PLACE, hall.id)
    with database.unit_of_work() as uow:
        assert [p.name for p in uow.places.list()] == ["Perhetalo Lumo"]


def test_a_worker_who_leads_or_is_in_a_pair_stays(database: Database, world: World) -> None:
    # Anna leads the season (and so its sessions) and is in the pair.
    assert refusal(database, Kind.WORKER, world.anna.id) == (
        "“Anna Virtanen” leads sessions of “Isä-lapsi-ryhmä”, so the worker cannot be "
        "deleted. Archive the worker instead: no longer offered as a leader, the name "
        "stays in the sessions."
    )
    write(database, lambda uow: uow.series.save(replace(world.series, leader_ids=[])))
    assert refusal(database, Kind.WORKER, world.anna.id) == (
        "“Anna Virtanen” is in a pair with “Pekka Korhonen”, so the worker cannot be "
        "deleted. Delete the pair first, or archive the worker instead."
    )
    saved_sessions(database, world, PAST[:1])  # led by Pekka and Anna
    assert "leads sessions of" in refusal(database, Kind.WORKER, world.pekka.id)

    newcomer = Worker(
        name="Sari Sijainen", title="perhetyöntekijä", organisation_id=world.clinic.id
    )
    write(database, lambda uow: uow.workers.save(newcomer))
    deleted(database, Kind.WORKER, newcomer.id)
    with database.unit_of_work() as uow:
        assert uow.workers.get(newcomer.id) is None


def test_an_organisation_that_organises_or_employs_stays(database: Database, world: World) -> None:
    assert refusal(database, Kind.ORGANISATION, world.clinic.id) == (
        "“Neuvola” organises “Isä-lapsi-ryhmä”, so it cannot be deleted. Archive it "
        "instead: it is no longer offered, and its groups keep it as their organiser."
    )
    group = replace(world.group, organiser_ids=[world.parish.id], version=1)
    write(database, lambda uow: uow.groups.save(group))
    assert refusal(database, Kind.ORGANISATION, world.clinic.id) == (
        "“Anna Virtanen” works for “Neuvola”, so it cannot be deleted. Archive it instead, "
        "or change the worker's organisation first."
    )
    write(database, lambda uow: uow.workers.save(replace(world.anna, organisation_id=None)))
    deleted(database, Kind.ORGANISATION, world.clinic.id)


def test_a_default_pair_stays_and_another_goes(database: Database, world: World) -> None:
    assert refusal(database, Kind.PAIR, world.pair.id) == (
        "The pair “Anna Virtanen + Pekka Korhonen” is the default leaders of "
        "“Isä-lapsi-ryhmä”, so it cannot be deleted. Choose other default leaders for "
        "the group first."
    )
    reversed_pair = WorkerPair(first_worker_id=world.pekka.id, second_worker_id=world.anna.id)
    write(database, lambda uow: uow.pairs.save(reversed_pair))
    deleted(database, Kind.PAIR, reversed_pair.id)
    with database.unit_of_work() as uow:
        assert [p.id for p in uow.pairs.list()] == [world.pair.id]


def test_a_closure_can_always_go(database: Database, world: World) -> None:
    saved_sessions(database, world, PAST)
    deleted(database, Kind.CLOSURE, world.closure.id)
    with database.unit_of_work() as uow:
        assert uow.closures.list() == []


@pytest.mark.parametrize("kind", list(Kind))
def test_something_already_gone_is_not_found(database: Database, kind: Kind) -> None:
    with database.unit_of_work() as uow, pytest.raises(NotFound):
        delete(uow, kind, uuid.uuid4())


# -- archiving -------------------------------------------------------------------------


def test_archived_things_leave_the_lists_and_choices_and_come_back(
    database: Database, world: World
) -> None:
    things = [
        (Kind.GROUP, world.group.id),
        (Kind.PLACE, world.place.id),
        (Kind.WORKER, world.anna.id),
        (Kind.ORGANISATION, world.clinic.id),
    ]
    for kind, entity_id in things:
        with database.unit_of_work() as uow:
            archive(uow, kind, entity_id, NOW)

    with database.unit_of_work() as uow:
        assert list_groups(uow) == []
        assert [g.archived for g in list_groups(uow, include_archived=True)] == [True]
        assert list_places(uow) == []
        assert [w.name for w in list_workers(uow)] == ["Pekka Korhonen"]
        assert [o.name for o in list_organisations(uow)] == ["Seurakunta"]
        # Anna's pair is no longer offered either; in the list on request, marked.
        assert list_pairs(uow) == []
        [pair] = list_pairs(uow, include_archived=True)
        assert (pair.first_archived, pair.second_archived) == (True, False)
        choices = load_choices(uow)
        assert (choices.groups, choices.places, choices.pairs) == ([], [], [])
        assert [c.name for c in choices.workers] == ["Pekka Korhonen"]
        # What an editor already has stays offered, marked archived.
        kept = load_choices(uow, [world.place.id, world.anna.id, world.pair.id, None])
        assert [(c.name, c.archived) for c in kept.places] == [("Perhetalo Lumo", True)]
        assert [c.archived for c in kept.workers] == [True, False]
        assert [c.id for c in kept.pairs] == [world.pair.id]
        # Its name still finds it for reports (the CLI's --group).
        assert find_group(uow, "isä-lapsi-ryhmä").id == world.group.id
        assert kept.names[world.group.id] == "Isä-lapsi-ryhmä"

    for kind, entity_id in things:
        with database.unit_of_work() as uow:
            restore(uow, kind, entity_id)
    with database.unit_of_work() as uow:
        assert [g.archived for g in list_groups(uow)] == [False]
        assert len(list_workers(uow)) == 2
        assert len(load_choices(uow).pairs) == 1


def test_editing_an_archived_thing_keeps_it_archived(database: Database, world: World) -> None:
    for kind, entity_id in [
        (Kind.GROUP, world.group.id),
        (Kind.PLACE, world.place.id),
        (Kind.WORKER, world.anna.id),
    ]:
        with database.unit_of_work() as uow:
            archive(uow, kind, entity_id, NOW)
    with database.unit_of_work() as uow:
        group = get_group(uow, world.group.id)
    # Editors build a fresh object from the form, which knows nothing of archiving.
    with database.unit_of_work() as uow:
        save_group(uow, replace(group, archived=False, capacity=9))
    with database.unit_of_work() as uow:
        save_place(uow, replace(world.place, archived=False, capacity=30))
    with database.unit_of_work() as uow:
        save_worker(uow, replace(world.anna, archived=False, email="anna@example.fi"))
    with database.unit_of_work() as uow:
        assert uow.groups.archived_ids() == {world.group.id}
        assert uow.places.archived_ids() == {world.place.id}
        assert uow.workers.archived_ids() == {world.anna.id}
        assert get_group(uow, world.group.id).capacity == 9


def test_a_new_name_of_an_archived_one_says_where_it_is(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        archive(uow, Kind.PLACE, world.place.id, NOW)
    with database.unit_of_work() as uow, pytest.raises(InvalidInput) as taken:
        save_place(uow, Place(name="PERHETALO LUMO"))
    assert taken.value.message() == (
        "The name “PERHETALO LUMO” is already in use by an archived one. Restore that one "
        "(show the archived ones in the list), or choose another name."
    )


def test_a_season_is_never_archived(database: Database, world: World) -> None:
    with database.unit_of_work() as uow, pytest.raises(ValueError, match="never archived"):
        archive(uow, Kind.SEASON, world.series.id, NOW)


def future_of(database: Database, world: World) -> list[tuple[date, SessionStatus, str]]:
    with database.unit_of_work() as uow:
        sessions = uow.sessions.between(date(2025, 1, 1), date(2025, 12, 31), [world.group.id])
    return [(s.day, s.status, s.cancel_reason) for s in sessions]


def test_archiving_a_group_cancels_its_sessions_to_come(
    database: Database, world: World, history: list[uuid.UUID]
) -> None:
    with database.unit_of_work() as uow:
        before = {s.id: s for s in uow.sessions.get_many(history)}
        assert [s.day for s in future_sessions(uow, world.group.id, NOW)] == FUTURE
        archive(uow, Kind.GROUP, world.group.id, NOW, FutureSessions.CANCEL, REASON)
    assert future_of(database, world) == [
        (PAST[0], SessionStatus.HELD, ""),
        (PAST[1], SessionStatus.HELD, ""),
        (FUTURE[0], SessionStatus.CANCELLED, REASON),
        (FUTURE[1], SessionStatus.CANCELLED, REASON),
    ]
    with database.unit_of_work() as uow:
        after = {s.id: s for s in uow.sessions.get_many(history)}
    for session_id in history[2:]:
        # Subscribers get a new version; the season leaves the cancellation alone.
        assert after[session_id].sequence == before[session_id].sequence + 1
        assert after[session_id].edited_individually
    for session_id in history[:2]:
        assert after[session_id] == replace(before[session_id], version=after[session_id].version)


def test_archiving_a_group_can_remove_its_sessions_to_come_instead(
    database: Database, world: World, history: list[uuid.UUID]
) -> None:
    with database.unit_of_work() as uow:
        archive(uow, Kind.GROUP, world.group.id, NOW, FutureSessions.REMOVE)
    assert future_of(database, world) == [
        (PAST[0], SessionStatus.HELD, ""),
        (PAST[1], SessionStatus.HELD, ""),
    ]


def test_sessions_to_come_are_those_planned_after_this_moment_with_nothing_recorded(
    database: Database, world: World
) -> None:
    today = NOW.date()
    earlier, later, cancelled, counted = (
        make_session(world, today, start=time(9), end=time(11)),
        make_session(world, today, start=time(13), end=time(15)),
        make_session(world, FUTURE[0], status=SessionStatus.CANCELLED, cancel_reason="Sairaus"),
        make_session(world, FUTURE[1]),
    )

    def save(uow: UnitOfWork) -> None:
        for session in (earlier, later, cancelled, counted):
            uow.sessions.save(session)
        uow.headcounts.save(Headcount(session_id=counted.id, first_time_visitors=2))

    write(database, save)
    with database.unit_of_work() as uow:
        assert [s.id for s in future_sessions(uow, world.group.id, NOW)] == [later.id]


@dataclass(frozen=True)
class Seen:
    """What a coordinator, the calendar and two partners' feeds show of the autumn."""

    held: int
    visits: int
    calendar: list[tuple[date, bool]]  # day, cancelled
    of_group: int
    feeds: list[list[tuple[str, date, bool]]]  # uid, day, cancelled


def seen(uow: UnitOfWork, world: World) -> Seen:
    autumn = (date(2025, 8, 1), date(2025, 12, 31))
    september = compute_statistics(
        uow, date(2025, 9, 1), date(2025, 9, 30), StatisticsFilter(), now=NOW
    ).total
    feeds = [
        Feed(name="Julkiset", kind=FeedKind.PUBLIC, token="t"),
        Feed(name="Neuvola", kind=FeedKind.ORGANISATION, target_id=world.clinic.id, token="u"),
    ]
    return Seen(
        held=september.sessions_held,
        visits=september.visits,
        calendar=[(e.day, e.is_cancelled) for e in calendar_entries(uow, *autumn)],
        of_group=len(calendar_entries(uow, *autumn, CalendarFilter(group_id=world.group.id))),
        feeds=[
            [(e.uid, e.start.date(), e.cancelled) for e in build_feed(uow, feed, NOW).events]
            for feed in feeds
        ],
    )


def test_the_calendar_the_feeds_and_the_statistics_agree_after_archiving(
    database: Database, world: World, history: list[uuid.UUID]
) -> None:
    with database.unit_of_work() as uow:
        before = seen(uow, world)
        archive(uow, Kind.GROUP, world.group.id, NOW, FutureSessions.CANCEL, REASON)
    with database.unit_of_work() as uow:
        after = seen(uow, world)

    # The period's figures stay; the calendar and every feed keep the same sessions,
    # with the ones to come cancelled in all of them alike.
    assert (after.held, after.visits) == (before.held, before.visits) == (2, 2)
    assert after.of_group == 4
    assert after.calendar == [(day, day in FUTURE) for day, _ in before.calendar]
    for feed_before, feed_after in zip(before.feeds, after.feeds, strict=True):
        assert [(uid, day) for uid, day, _ in feed_after] == [(u, d) for u, d, _ in feed_before]
        assert [(day, cancelled) for _, day, cancelled in feed_after] == after.calendar

    with database.unit_of_work() as uow:
        restore(uow, Kind.GROUP, world.group.id)
        archive(uow, Kind.GROUP, world.group.id, NOW, FutureSessions.REMOVE)
    with database.unit_of_work() as uow:
        removed = seen(uow, world)
    assert (removed.held, removed.visits) == (2, 2)
    assert removed.calendar == [(day, False) for day in PAST]
    assert [[(day, c) for _, day, c in feed] for feed in removed.feeds] == [removed.calendar] * 2
