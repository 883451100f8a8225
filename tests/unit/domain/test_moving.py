"""A moved session lands on a quarter hour, keeps its length and never crosses midnight."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.errors import InvalidInput
from ryhmat.domain.model import Session
from ryhmat.domain.usecases.moving import length_of, minutes_of, moved, stepped_start

starts = st.times().map(lambda t: t.replace(second=0, microsecond=0))
steps = st.integers(min_value=-200, max_value=200)


@given(starts, steps)
def test_a_step_lands_on_a_quarter_hour_of_the_same_day_in_the_direction_asked(
    start: time, quarters: int
) -> None:
    landed = stepped_start(start, quarters)
    if quarters == 0:
        assert landed == start
        return
    assert landed.minute % 15 == 0
    moved_by = minutes_of(landed) - minutes_of(start)
    if quarters > 0:
        assert moved_by > 0 or landed == time(23, 45)
        assert moved_by <= 15 * quarters
    else:
        assert moved_by < 0 or landed == time(0, 0)
        assert moved_by >= 15 * quarters


def test_a_start_off_the_quarters_goes_to_the_next_quarter_either_way() -> None:
    assert stepped_start(time(9, 5), 1) == time(9, 15)
    assert stepped_start(time(9, 5), -1) == time(9, 0)
    assert stepped_start(time(9, 30), 2) == time(10, 0)
    assert stepped_start(time(9, 30), -2) == time(9, 0)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31)),
    starts,
    st.integers(min_value=1, max_value=12 * 60),
    starts,
)
def test_a_moved_session_keeps_its_length_or_is_refused_past_midnight(
    day: date, start: time, minutes: int, new_start: time
) -> None:
    end = datetime.combine(day, start) + timedelta(minutes=minutes)
    if end.date() != day:
        return
    session = Session(group_id=uuid.uuid4(), day=day, start=start, end=end.time())
    new_day = day + timedelta(days=1)
    if minutes_of(new_start) + minutes >= 24 * 60:
        with pytest.raises(InvalidInput, match="after midnight"):
            moved(session, new_day, new_start)
        return
    result = moved(session, new_day, new_start)
    assert (result.day, result.start) == (new_day, new_start)
    assert length_of(result) == length_of(session)
    assert (session.day, session.start) == (day, start)  # the original is left as it was
