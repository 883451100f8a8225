"""Tilastot's period presets: whole years, seasons and months around today."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.periods import PeriodPreset, preset_of, preset_period

DAYS = st.dates(date(1901, 1, 1), date(2099, 12, 31))


@given(DAYS, st.sampled_from(list(PeriodPreset)))
def test_a_preset_is_a_period_of_whole_days_and_its_own_preset(
    today: date, preset: PeriodPreset
) -> None:
    first, last = preset_period(preset, today)
    assert first <= last
    assert preset_of(first, last, today) is preset


@given(
    DAYS,
    st.sampled_from([PeriodPreset.THIS_YEAR, PeriodPreset.THIS_SEASON, PeriodPreset.THIS_MONTH]),
)
def test_the_current_periods_hold_today(today: date, preset: PeriodPreset) -> None:
    first, last = preset_period(preset, today)
    assert first <= today <= last


@given(DAYS)
def test_the_last_periods_end_the_day_before_the_current_ones_begin(today: date) -> None:
    for current, previous in (
        (PeriodPreset.THIS_YEAR, PeriodPreset.LAST_YEAR),
        (PeriodPreset.THIS_MONTH, PeriodPreset.LAST_MONTH),
    ):
        begins, _ = preset_period(current, today)
        first, last = preset_period(previous, today)
        assert last == begins - timedelta(days=1)
        assert first.day == 1


@given(DAYS)
def test_the_seasons_meet_without_a_gap_or_an_overlap(today: date) -> None:
    first, last = preset_period(PeriodPreset.THIS_SEASON, today)
    after = last + timedelta(days=1)
    assert preset_period(PeriodPreset.THIS_SEASON, after)[0] == after
    before = first - timedelta(days=1)
    assert preset_period(PeriodPreset.THIS_SEASON, before)[1] == before


@pytest.mark.parametrize(
    ("today", "season"),
    [
        (date(2026, 11, 23), (date(2026, 8, 1), date(2026, 12, 31))),
        (date(2027, 3, 1), (date(2027, 1, 1), date(2027, 7, 31))),
        (date(2027, 7, 31), (date(2027, 1, 1), date(2027, 7, 31))),
        (date(2027, 8, 1), (date(2027, 8, 1), date(2027, 12, 31))),
    ],
)
def test_this_season_is_the_autumn_or_the_spring_of_the_school_year(
    today: date, season: tuple[date, date]
) -> None:
    assert preset_period(PeriodPreset.THIS_SEASON, today) == season


def test_last_month_in_january_is_the_last_december() -> None:
    assert preset_period(PeriodPreset.LAST_MONTH, date(2027, 1, 15)) == (
        date(2026, 12, 1),
        date(2026, 12, 31),
    )


def test_a_typed_period_that_is_no_preset_has_none() -> None:
    assert preset_of(date(2026, 1, 1), date(2026, 11, 23), date(2026, 11, 23)) is None
