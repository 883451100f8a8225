"""The breaks of a school year, for any year and any region's hiihtoloma week."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.finnish_holidays import easter_sunday
from ryhmat.domain.school_holidays import (
    FIRST_SCHOOL_YEAR,
    LAST_SCHOOL_YEAR,
    SKI_WEEKS,
    SchoolBreak,
    school_breaks,
)

years = st.integers(FIRST_SCHOOL_YEAR, LAST_SCHOOL_YEAR)
ski_weeks = st.sampled_from(SKI_WEEKS)


@given(years, ski_weeks)
def test_the_breaks_follow_each_other_within_the_school_year(year: int, week: int) -> None:
    breaks = school_breaks(year, week)
    assert [b.kind for b in breaks] == list(SchoolBreak)
    for earlier, later in itertools.pairwise(breaks):
        assert earlier.last_day < later.first_day
    assert all(b.first_day <= b.last_day for b in breaks)
    assert all((b.last_day - b.first_day).days < 366 for b in breaks)  # a closure's limit
    assert date(year, 8, 1) < breaks[0].first_day
    assert breaks[-1].last_day < date(year + 1, 8, 20)


@given(years, ski_weeks)
def test_the_week_breaks_are_whole_iso_weeks_monday_to_sunday(year: int, week: int) -> None:
    autumn, _, winter, _ = school_breaks(year, week)
    assert autumn.first_day.isocalendar()[:3] == (year, 42, 1)
    assert winter.first_day.isocalendar()[:3] == (year + 1, week, 1)
    for found in (autumn, winter):
        assert found.last_day - found.first_day == timedelta(days=6)


@given(years, ski_weeks)
def test_christmas_and_summer_cover_the_holidays_and_easter_needs_no_break(
    year: int, week: int
) -> None:
    _, christmas, winter, summer = school_breaks(year, week)
    assert christmas.first_day <= date(year, 12, 24)
    assert christmas.last_day >= date(year + 1, 1, 6)  # loppiainen
    assert christmas.first_day.weekday() == 0  # the Monday after the term's last week
    assert christmas.years == f"{year}–{year + 1}"
    assert summer.first_day <= date(year + 1, 6, 1)
    assert summer.last_day >= date(year + 1, 8, 10)
    assert summer.years == str(year + 1)
    assert winter.last_day < easter_sunday(year + 1)  # Easter is never in hiihtoloma


def test_a_week_outside_the_regions_is_refused() -> None:
    with pytest.raises(ValueError, match="week 8, 9 or 10"):
        school_breaks(2026, 11)


def test_the_school_year_2026_2027() -> None:
    found = [(b.first_day, b.last_day) for b in school_breaks(2026, 9)]
    assert found == [
        (date(2026, 10, 12), date(2026, 10, 18)),
        (date(2026, 12, 21), date(2027, 1, 10)),
        (date(2027, 3, 1), date(2027, 3, 7)),
        (date(2027, 5, 31), date(2027, 8, 15)),
    ]
