"""When a family's follow-up falls due: after it left, or after it stopped coming."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.follow_ups import (
    LISTED_FOR,
    LONGEST_PERIOD_MONTHS,
    MISSED_SESSIONS,
    STOPPED_AFTER,
    EnrolmentCourse,
    FollowUpReason,
    follow_up_of,
    is_listed,
    months_after,
    reckoned_since,
    work_ended,
)
from ryhmat.domain.model import EnrolmentStatus

FAMILY, GROUP = uuid.uuid4(), uuid.uuid4()
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))
months = st.integers(min_value=1, max_value=LONGEST_PERIOD_MONTHS)


def course(
    status: EnrolmentStatus = EnrolmentStatus.ENROLLED,
    *,
    enrolled_on: date | None = date(2026, 1, 5),
    left_on: date | None = None,
    last_visit: date | None = None,
) -> EnrolmentCourse:
    return EnrolmentCourse(FAMILY, GROUP, status, enrolled_on, left_on, last_visit)


def weekly(first: date, count: int) -> list[date]:
    return [first + timedelta(weeks=week) for week in range(count)]


@given(day=days, months=months)
def test_the_due_day_is_the_same_day_months_later(day: date, months: int) -> None:
    due = months_after(day, months)
    assert (due.year * 12 + due.month) - (day.year * 12 + day.month) == months
    # The same day, or the month's last when it has no such day.
    assert due.day == day.day or ((due + timedelta(days=1)).day == 1 and due.day < day.day)


def test_the_31st_falls_due_on_the_months_last_day() -> None:
    assert months_after(date(2026, 11, 30), 3) == date(2027, 2, 28)
    assert months_after(date(2027, 11, 30), 3) == date(2028, 2, 29)
    assert months_after(date(2026, 1, 31), 3) == date(2026, 4, 30)


@given(left_on=days, months=months, later=st.integers(min_value=0, max_value=800))
def test_a_family_that_left_is_due_the_period_after_it_left(
    left_on: date, months: int, later: int
) -> None:
    today = left_on + timedelta(days=later)
    left = course(EnrolmentStatus.LEFT, enrolled_on=None, left_on=left_on)
    found = follow_up_of(left, [], today, months)
    due_on = months_after(left_on, months)
    if today < due_on:
        assert found is None
    else:
        assert found is not None
        assert (found.reason, found.ended_on, found.due_on) == (
            FollowUpReason.LEFT,
            left_on,
            due_on,
        )


def test_a_family_on_the_waiting_list_is_never_due() -> None:
    waiting = course(EnrolmentStatus.WAITING, last_visit=date(2026, 1, 12))
    assert follow_up_of(waiting, weekly(date(2026, 1, 5), 40), date(2026, 12, 1), 3) is None


@given(
    last_visit=days,
    gap=st.integers(min_value=1, max_value=400),
    held=st.lists(st.integers(min_value=-60, max_value=400), max_size=30),
)
def test_stopping_is_six_weeks_away_and_two_held_sessions_missed(
    last_visit: date, gap: int, held: list[int]
) -> None:
    today = last_visit + timedelta(days=gap)
    held_days = sorted({last_visit + timedelta(days=offset) for offset in held})
    missed = [day for day in held_days if last_visit < day <= today]
    ended = work_ended(course(enrolled_on=None, last_visit=last_visit), held_days, today)
    if today - last_visit >= STOPPED_AFTER and len(missed) >= MISSED_SESSIONS:
        assert ended == (FollowUpReason.STOPPED_COMING, last_visit)
    else:
        assert ended is None


@given(
    last_visit=days,
    gap=st.integers(min_value=0, max_value=400),
    more=st.integers(min_value=1, max_value=400),
    months=months,
)
def test_once_due_a_follow_up_stays_due_until_the_family_comes_again(
    last_visit: date, gap: int, more: int, months: int
) -> None:
    held_days = weekly(last_visit, 120)
    today = last_visit + timedelta(days=gap)
    stopped = course(enrolled_on=None, last_visit=last_visit)
    first = follow_up_of(stopped, held_days, today, months)
    later = follow_up_of(stopped, held_days, today + timedelta(days=more), months)
    if first is not None:
        assert later == first


def test_a_family_that_never_came_stopped_on_the_day_it_joined() -> None:
    joined = date(2026, 1, 5)
    found = follow_up_of(
        course(enrolled_on=joined), weekly(date(2026, 1, 6), 10), date(2026, 6, 1), 3
    )
    assert found is not None
    assert (found.reason, found.ended_on, found.due_on) == (
        FollowUpReason.STOPPED_COMING,
        joined,
        date(2026, 4, 5),
    )


def test_a_summer_break_without_sessions_is_not_stopping() -> None:
    spring = weekly(date(2026, 1, 6), 20)  # up to 19 May
    last_visit = spring[-1]
    assert work_ended(course(last_visit=last_visit), spring, date(2026, 8, 10)) is None
    autumn = [*spring, date(2026, 8, 18), date(2026, 8, 25)]
    assert work_ended(course(last_visit=last_visit), autumn, date(2026, 8, 25)) == (
        FollowUpReason.STOPPED_COMING,
        last_visit,
    )


@given(left_on=days, late=st.integers(min_value=0, max_value=1000))
def test_a_follow_up_is_listed_for_a_year_after_it_fell_due(left_on: date, late: int) -> None:
    today = months_after(left_on, 1) + timedelta(days=late)
    found = follow_up_of(
        course(EnrolmentStatus.LEFT, enrolled_on=None, left_on=left_on), [], today, 1
    )
    assert found is not None
    assert is_listed(found, today) == (late <= LISTED_FOR.days)


def test_a_visit_before_joining_is_not_when_the_work_ended() -> None:
    joined = date(2026, 1, 5)
    guest_visit = date(2025, 12, 1)
    stopped = course(enrolled_on=joined, last_visit=guest_visit)
    assert work_ended(stopped, weekly(date(2026, 1, 6), 10), date(2026, 6, 1)) == (
        FollowUpReason.STOPPED_COMING,
        joined,
    )


@given(today=days, months=months, before=st.integers(min_value=1, max_value=5000))
def test_what_ended_before_the_reckoning_day_is_never_listed(
    today: date, months: int, before: int
) -> None:
    """Storage reads nothing before ``reckoned_since``: nothing listed is lost by it."""
    ended_on = reckoned_since(today, months) - timedelta(days=before)
    left = course(EnrolmentStatus.LEFT, enrolled_on=None, left_on=ended_on)
    found = follow_up_of(left, [], today, months)
    assert found is not None
    assert not is_listed(found, today)


def test_a_family_marked_left_after_it_stopped_coming_is_due_once_from_when_it_stopped() -> None:
    held = weekly(date(2026, 1, 6), 30)
    last_visit, left_on = held[3], held[20]
    enrolled = course(last_visit=last_visit)
    left = course(EnrolmentStatus.LEFT, last_visit=last_visit, left_on=left_on)
    today = date(2026, 12, 1)
    assert follow_up_of(left, held, today, 3) == follow_up_of(enrolled, held, today, 3)
    # Marked left while it still came: due from the day it left.
    came = course(EnrolmentStatus.LEFT, last_visit=held[19], left_on=left_on)
    assert work_ended(came, held, today) == (FollowUpReason.LEFT, left_on)
