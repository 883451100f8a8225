"""Times the clocks skip or show twice: refused for one session, left out of a season.

Europe/Helsinki follows the EU rule: at 01.00 UTC on the last Sunday of March the
clocks go from 3.00 to 4.00, on the last Sunday of October from 4.00 back to 3.00.
The rule is written out here on its own, as the oracle the app's answers are held to.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.errors import InvalidInput
from ryhmat.domain.finnish_holidays import Eve, FinnishHolidays
from ryhmat.domain.model import Series, WeeklySlot
from ryhmat.domain.scheduling import SkipKind, SkippedDay, plan_series, validate_wall_clock
from ryhmat.domain.timezone import ClockChange, clock_change_at, wall_clock

SUNDAY = 6
CHANGE_HOUR = time(3)
years = st.integers(min_value=2000, max_value=2099)
times = st.times().map(lambda t: t.replace(second=0, microsecond=0))


def last_sunday(year: int, month: int) -> date:
    last = date(year, month + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - SUNDAY) % 7)


def in_the_changing_hour(at: time) -> bool:
    return CHANGE_HOUR <= at < time(4)


@given(years, times)
def test_the_spring_forward_night_skips_the_hour_from_three_to_four(year: int, at: time) -> None:
    expected = ClockChange.SKIPPED if in_the_changing_hour(at) else None
    assert clock_change_at(last_sunday(year, 3), at) is expected


@given(years, times)
def test_the_fall_back_night_shows_the_hour_from_three_to_four_twice(year: int, at: time) -> None:
    expected = ClockChange.REPEATED if in_the_changing_hour(at) else None
    assert clock_change_at(last_sunday(year, 10), at) is expected


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), times)
def test_every_other_day_every_time_is_one_moment(day: date, at: time) -> None:
    if day in (last_sunday(day.year, 3), last_sunday(day.year, 10)):
        return
    assert clock_change_at(day, at) is None


@given(years, st.sampled_from([3, 10]), times, times)
def test_a_session_is_refused_exactly_when_its_start_or_end_is_not_one_moment(
    year: int, month: int, start: time, end: time
) -> None:
    day = last_sunday(year, month)
    unclear = in_the_changing_hour(start) or in_the_changing_hour(end)
    if unclear:
        with pytest.raises(InvalidInput):
            validate_wall_clock(day, start, end)
    else:
        validate_wall_clock(day, start, end)


def test_the_message_names_the_day_and_the_time() -> None:
    with pytest.raises(InvalidInput) as raised:
        validate_wall_clock(date(2027, 3, 28), time(3, 30), time(5))
    assert raised.value.message() == (
        "On 28.3.2027 the clocks go forward an hour, so 3.30 never comes that night. "
        "Choose another time."
    )


def sunday_season(year: int, month: int, start: time, end: time) -> Series:
    change = last_sunday(year, month)
    return Series(
        group_id=uuid.uuid4(),
        name="Sunnuntairyhmä",
        first_day=change - timedelta(weeks=2),
        last_day=change + timedelta(weeks=2),
        slots=[WeeklySlot(SUNDAY, start, end)],
        place_id=uuid.uuid4(),
        leader_ids=[uuid.uuid4()],
    )


def real_length(day: date, start: time, end: time) -> timedelta:
    """Aware datetimes of one zone subtract as wall clocks do; through UTC they do not."""
    return wall_clock(day, end).astimezone(UTC) - wall_clock(day, start).astimezone(UTC)


class NoHolidays:
    """Easter can fall on the spring-forward Sunday (28.3.2027); here it does not."""

    def holiday_name(self, day: date) -> str | None:
        return None

    def eve_name(self, eve: Eve) -> str:
        return eve.value


@given(years, st.sampled_from([3, 10]), times, times)
def test_a_weekly_time_the_clocks_skip_or_repeat_is_left_out_that_night_only(
    year: int, month: int, start: time, end: time
) -> None:
    if end <= start:
        return
    change = last_sunday(year, month)
    plan = plan_series(sunday_season(year, month, start, end), NoHolidays(), [])
    met = {o.day for o in plan.occurrences}
    unclear = in_the_changing_hour(start) or in_the_changing_hour(end)
    assert {change + timedelta(weeks=w) for w in (-2, -1, 1, 2)} <= met  # others keep it
    if unclear:
        assert change not in met
        assert plan.skipped == (SkippedDay(change, "", SkipKind.CLOCK_CHANGE),)
    else:
        assert change in met
        assert plan.skipped == ()
    for occurrence in plan.occurrences:
        # Every session kept is one moment to another, never of no length.
        assert clock_change_at(occurrence.day, occurrence.start) is None
        assert clock_change_at(occurrence.day, occurrence.end) is None
        assert real_length(occurrence.day, occurrence.start, occurrence.end) > timedelta(0)


def test_a_holiday_on_the_same_night_is_the_reason_given() -> None:
    """28.3.2027 is Easter Sunday: the day is skipped once, for the holiday."""
    plan = plan_series(sunday_season(2027, 3, time(3, 30), time(5)), FinnishHolidays(), [])
    assert [(s.day, s.kind) for s in plan.skipped] == [(date(2027, 3, 28), SkipKind.HOLIDAY)]


def test_a_sunday_group_at_half_past_three_skips_the_spring_forward_night() -> None:
    plan = plan_series(sunday_season(2027, 3, time(3, 30), time(5)), NoHolidays(), [])
    assert [o.day for o in plan.occurrences] == [
        date(2027, 3, 14),
        date(2027, 3, 21),
        date(2027, 4, 4),
        date(2027, 4, 11),
    ]
    assert plan.skipped == (SkippedDay(date(2027, 3, 28), "", SkipKind.CLOCK_CHANGE),)
