"""The day a new enrolment starts by default: the start of the group's current season."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.model import Series
from ryhmat.domain.usecases.families import season_start

GROUP = uuid.uuid4()
DAYS = st.dates(date(2020, 1, 1), date(2030, 12, 31))


@st.composite
def seasons(draw: st.DrawFn) -> Series:
    first = draw(DAYS)
    length = draw(st.integers(0, 200))
    return Series(
        group_id=GROUP, name="kausi", first_day=first, last_day=first + timedelta(days=length)
    )


def autumn(year: int) -> Series:
    return Series(
        group_id=GROUP,
        name=f"Syksy {year}",
        first_day=date(year, 8, 10),
        last_day=date(year, 12, 12),
    )


def spring(year: int) -> Series:
    return Series(
        group_id=GROUP,
        name=f"Kevät {year}",
        first_day=date(year, 1, 11),
        last_day=date(year, 5, 20),
    )


def test_in_a_season_it_is_the_seasons_first_day() -> None:
    assert season_start([spring(2026), autumn(2026)], date(2026, 11, 23)) == date(2026, 8, 10)
    assert season_start([spring(2026), autumn(2026)], date(2026, 8, 10)) == date(2026, 8, 10)
    assert season_start([spring(2026), autumn(2026)], date(2026, 12, 12)) == date(2026, 8, 10)


def test_between_seasons_it_is_the_next_seasons_first_day() -> None:
    assert season_start([spring(2026), autumn(2026)], date(2026, 6, 15)) == date(2026, 8, 10)
    assert season_start([autumn(2026), spring(2027)], date(2026, 12, 20)) == date(2027, 1, 11)


def test_without_a_season_now_or_to_come_it_is_today() -> None:
    assert season_start([], date(2026, 11, 23)) == date(2026, 11, 23)
    assert season_start([spring(2026)], date(2026, 11, 23)) == date(2026, 11, 23)


@given(st.lists(seasons(), max_size=6), DAYS)
def test_the_day_is_a_covering_seasons_start_else_the_next_one_else_today(
    series: list[Series], today: date
) -> None:
    day = season_start(series, today)
    covering = [s for s in series if s.first_day <= today <= s.last_day]
    coming = [s for s in series if s.first_day > today]
    if covering:
        assert day == min(s.first_day for s in covering)
        assert day <= today
    elif coming:
        assert day == min(s.first_day for s in coming)
        assert day > today
    else:
        assert day == today


@given(st.lists(seasons(), max_size=6), DAYS)
def test_the_order_of_the_seasons_does_not_matter(series: list[Series], today: date) -> None:
    assert season_start(series, today) == season_start(list(reversed(series)), today)
