"""The rules of deleting and archiving, on an in-memory unit of work: which sessions are
still to come, which reason a refusal gives first, and what archiving touches."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.model import (
    Attendance,
    AttendanceMark,
    CancelReason,
    Group,
    GroupType,
    Headcount,
    Organisation,
    Place,
    Session,
    SessionStatus,
    Worker,
    WorkerPair,
)
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.removal import (
    FutureSessions,
    Kind,
    archive,
    delete,
    deletion_refusal,
    future_sessions,
    restore,
)
from tests.unit.demo.fake_uow import FakeUnitOfWork

GROUP = Group(name="Karhunpojat", type=GroupType.FATHER_CHILD)
DAY = date(2026, 3, 28)  # the Saturday before the clocks go forward


def world() -> FakeUnitOfWork:
    uow = FakeUnitOfWork()
    uow.groups.save(Group(name=GROUP.name, type=GROUP.type, id=GROUP.id))
    return uow


def session(day: date, start: time, **changes: object) -> Session:
    made = Session(group_id=GROUP.id, day=day, start=start, end=time(23, 59))
    for name, value in changes.items():
        setattr(made, name, value)
    return made


@given(
    # Hypothesis takes naive bounds and gives the times their zone from ``timezones``.
    now=st.datetimes(
        min_value=datetime(2026, 3, 26),  # noqa: DTZ001
        max_value=datetime(2026, 4, 1),  # noqa: DTZ001
        timezones=st.just(UTC),
    ),
    starts=st.lists(
        st.tuples(st.integers(min_value=-3, max_value=3), st.times(max_value=time(23, 0))),
        max_size=8,
    ),
    statuses=st.lists(st.sampled_from(SessionStatus), min_size=8, max_size=8),
    recorded=st.lists(st.booleans(), min_size=8, max_size=8),
)
def test_sessions_to_come_start_after_the_moment_whatever_the_zone_or_clock_change(
    now: datetime,
    starts: list[tuple[int, time]],
    statuses: list[SessionStatus],
    recorded: list[bool],
) -> None:
    uow = world()
    made = [
        session(DAY + timedelta(days=offset), start.replace(microsecond=0), status=status)
        for (offset, start), status in zip(starts, statuses, strict=False)
    ]
    for one, marked in zip(made, recorded, strict=False):
        uow.sessions.save(one)
        if marked:
            uow.headcounts.save(Headcount(session_id=one.id, first_time_visitors=1))
    expected = [
        one.id
        for one, marked in zip(made, recorded, strict=False)
        if one.status is SessionStatus.PLANNED and one.starts_at > now and not marked
    ]
    found = future_sessions(uow, GROUP.id, now)
    assert sorted(s.id for s in found) == sorted(expected)


def test_a_session_later_today_is_to_come_and_one_this_morning_is_not() -> None:
    uow = world()
    now = datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)
    morning = session(now.date(), time(9, 30))
    evening = session(now.date(), time(17, 30))
    for one in (morning, evening):
        uow.sessions.save(one)
    assert [s.id for s in future_sessions(uow, GROUP.id, now)] == [evening.id]


def test_history_is_named_before_a_feed_that_publishes_the_group() -> None:
    uow = world()
    held = session(DAY, time(9), status=SessionStatus.HELD)
    uow.sessions.save(held)
    uow.feeds.save(Feed(name="Julkaisu", kind=FeedKind.GROUP, target_id=GROUP.id))
    refusal = deletion_refusal(uow, Kind.GROUP, GROUP.id)
    assert refusal is not None
    assert "held sessions" in refusal.message()
    uow.sessions.save(session(DAY, time(9), id=held.id, status=SessionStatus.CANCELLED))
    refusal = deletion_refusal(uow, Kind.GROUP, GROUP.id)
    assert refusal is not None
    assert refusal.message().startswith("The calendar feed “Julkaisu” publishes")


def test_a_mark_on_a_cancelled_session_is_history_too() -> None:
    uow = world()
    cancelled = session(DAY, time(9), status=SessionStatus.CANCELLED)
    uow.sessions.save(cancelled)
    assert deletion_refusal(uow, Kind.GROUP, GROUP.id) is None
    uow.attendance.replace_for_session(
        cancelled.id,
        [Attendance(session_id=cancelled.id, member_id=uuid.uuid4(), mark=AttendanceMark.ABSENT)],
    )
    assert deletion_refusal(uow, Kind.GROUP, GROUP.id) is not None


def test_a_worker_is_named_in_what_keeps_them() -> None:
    uow = world()
    anna = Worker(name="Anna", title="perhetyöntekijä")
    pekka = Worker(name="Pekka", title="diakoni")
    for worker in (anna, pekka):
        uow.workers.save(worker)
    pair = WorkerPair(first_worker_id=anna.id, second_worker_id=pekka.id)
    uow.pairs.save(pair)
    refusal = deletion_refusal(uow, Kind.WORKER, pekka.id)
    assert refusal is not None
    assert refusal.params == {"name": "Pekka", "other": "Anna"}
    uow.sessions.save(session(DAY, time(9), leader_ids=[pekka.id]))
    refusal = deletion_refusal(uow, Kind.WORKER, pekka.id)
    assert refusal is not None
    assert refusal.params == {"name": "Pekka", "group": "Karhunpojat"}
    uow.groups.save(Group(name="Aamu", type=GroupType.OTHER, default_pair_id=pair.id))
    refusal = deletion_refusal(uow, Kind.PAIR, pair.id)
    assert refusal is not None
    assert refusal.params == {"name": "Anna + Pekka", "group": "Aamu"}


def test_an_organisation_or_place_nothing_refers_to_is_deleted() -> None:
    uow = world()
    library = Organisation(name="Kirjasto")
    hall = Place(name="Sali")
    uow.organisations.save(library)
    uow.places.save(hall)
    delete(uow, Kind.ORGANISATION, library.id)
    delete(uow, Kind.PLACE, hall.id)
    assert uow.organisations.list() == []
    assert uow.places.list() == []
    assert uow.commits == 2


def test_archiving_twice_or_restoring_what_is_not_archived_changes_nothing() -> None:
    uow = world()
    now = datetime(2026, 3, 1, 12, 0, tzinfo=HELSINKI)
    coming = session(DAY, time(9))
    uow.sessions.save(coming)
    restore(uow, Kind.GROUP, GROUP.id)
    assert uow.commits == 0
    archive(uow, Kind.GROUP, GROUP.id, now, FutureSessions.CANCEL, "Loppui")
    assert uow.groups.archived_ids() == {GROUP.id}
    assert uow.sessions.get(coming.id) == session(
        DAY,
        time(9),
        id=coming.id,
        status=SessionStatus.CANCELLED,
        cancel_reason="Loppui",
        cancel_category=CancelReason.OTHER,
        edited_individually=True,
        sequence=1,
    )
    archive(uow, Kind.GROUP, GROUP.id, now, FutureSessions.REMOVE)
    assert uow.sessions.get(coming.id) is not None  # the second archive did nothing
    assert uow.commits == 1
