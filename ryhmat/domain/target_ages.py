"""A group's target ages: which children it is for, in whole months of age.

Both ends are whole months and inclusive: a group of 0–6 months is for a child from its
birth month until the month it turns seven months, a group of 1–3 years for a child from
the month it turns one until the month it turns four (whole years, as ``Member.age_on``
counts them). Under two years an age is given in months ("0–6 kk", "6–12 kk"); from two
years on in whole years ("1–3 v", "6 kk – 2 v"). ``written_bounds`` is the one rule for
how a range of months is given back in months or years: the editor offers it and
``labels.target_ages_text`` writes it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

MONTHS_PER_YEAR = 12
# Ages under two years may be given in months; from two years on, in whole years.
MONTHS_UNTIL = 2 * MONTHS_PER_YEAR
MAX_TARGET_AGE_YEARS = 18
MAX_TARGET_AGE_MONTHS = MAX_TARGET_AGE_YEARS * MONTHS_PER_YEAR + MONTHS_PER_YEAR - 1


class AgeUnit(enum.StrEnum):
    MONTHS = "months"
    YEARS = "years"


@dataclass(frozen=True, slots=True)
class AgeBound:
    """One end of a target age range as a person gives it: 6 months, 3 years."""

    amount: int
    unit: AgeUnit


def lower_months(bound: AgeBound) -> int:
    """The first month of age a lower bound takes in: 1 year is the 12th month."""
    if bound.unit is AgeUnit.YEARS:
        return bound.amount * MONTHS_PER_YEAR
    return bound.amount


def upper_months(bound: AgeBound) -> int:
    """The last month of age an upper bound takes in: 3 years is up to 47 months, the
    month before a child turns four."""
    if bound.unit is AgeUnit.YEARS:
        return bound.amount * MONTHS_PER_YEAR + MONTHS_PER_YEAR - 1
    return bound.amount


def is_whole_lower_years(months: int) -> bool:
    return months % MONTHS_PER_YEAR == 0


def is_whole_upper_years(months: int) -> bool:
    return months % MONTHS_PER_YEAR == MONTHS_PER_YEAR - 1


def written_bounds(low: int | None, high: int | None) -> tuple[AgeBound | None, AgeBound | None]:
    """How a range of months is given: an end under two years in months, from two years
    on in years; a lower end of whole years in years too when the upper end is in years
    (1–3 v, 0–6 v, but 6 kk – 2 v and 12–18 kk)."""
    upper = None
    if high is not None:
        if high >= MONTHS_UNTIL and is_whole_upper_years(high):
            upper = AgeBound(high // MONTHS_PER_YEAR, AgeUnit.YEARS)
        else:
            upper = AgeBound(high, AgeUnit.MONTHS)
    lower = None
    if low is not None:
        in_years = low >= MONTHS_UNTIL or (
            upper.unit is AgeUnit.YEARS if upper is not None else low >= MONTHS_PER_YEAR
        )
        if in_years and is_whole_lower_years(low):
            lower = AgeBound(low // MONTHS_PER_YEAR, AgeUnit.YEARS)
        else:
            lower = AgeBound(low, AgeUnit.MONTHS)
    return lower, upper


def is_of_target_ages(months_old: int, low: int | None, high: int | None) -> bool:
    """Is a child this many whole months old within the range (either end may be open)?"""
    return (low is None or low <= months_old) and (high is None or months_old <= high)
