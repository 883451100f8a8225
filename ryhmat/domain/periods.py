"""The periods a report is usually asked for, reckoned from today: Tilastot's presets.

A season is half a school year as the groups run them: the autumn season (syyskausi)
from 1 August to 31 December, the spring season (kevätkausi) from 1 January to 31 July
— the summer's few sessions count in the spring that precedes them, so every day is in
exactly one season. Years and months are whole, the days after today included: a
report names "2026", not "1.1.–23.11.2026".
"""

from __future__ import annotations

import calendar
import enum
from datetime import date

AUTUMN_FIRST_MONTH = 8


class PeriodPreset(enum.Enum):
    THIS_YEAR = "this_year"
    LAST_YEAR = "last_year"
    THIS_SEASON = "this_season"
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"


def month_period(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def season_period(today: date) -> tuple[date, date]:
    """The autumn or spring season that ``today`` is in."""
    if today.month >= AUTUMN_FIRST_MONTH:
        return date(today.year, AUTUMN_FIRST_MONTH, 1), date(today.year, 12, 31)
    return date(today.year, 1, 1), date(today.year, AUTUMN_FIRST_MONTH - 1, 31)


def preset_period(preset: PeriodPreset, today: date) -> tuple[date, date]:
    """The first and last day of ``preset`` as seen on ``today``."""
    if preset is PeriodPreset.THIS_YEAR:
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if preset is PeriodPreset.LAST_YEAR:
        return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    if preset is PeriodPreset.THIS_SEASON:
        return season_period(today)
    if preset is PeriodPreset.THIS_MONTH:
        return month_period(today.year, today.month)
    previous = date(today.year, today.month, 1).toordinal() - 1
    last_month = date.fromordinal(previous)
    return month_period(last_month.year, last_month.month)


def preset_of(first: date, last: date, today: date) -> PeriodPreset | None:
    """The preset whose period is exactly ``first``–``last`` today, if one is."""
    return next((p for p in PeriodPreset if preset_period(p, today) == (first, last)), None)
