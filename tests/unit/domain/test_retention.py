"""The retention period reaches back whole years, whatever the day."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.usecases.erasure import LONGEST_RETENTION_YEARS, retention_cutoff


@given(
    today=st.dates(min_value=date(2000, 1, 1), max_value=date(2999, 12, 31)),
    years=st.integers(min_value=1, max_value=LONGEST_RETENTION_YEARS),
)
def test_the_cutoff_is_the_same_day_years_earlier(today: date, years: int) -> None:
    cutoff = retention_cutoff(today, years)
    assert (cutoff.year, cutoff.month) == (today.year - years, today.month)
    assert cutoff.day == today.day or (today.month, today.day, cutoff.day) == (2, 29, 28)
    # At least the whole years (less the leap day of a 29 February): nobody goes early.
    assert today - cutoff >= timedelta(days=365 * years - 1)


def test_a_leap_day_reaches_back_to_the_28th() -> None:
    assert retention_cutoff(date(2028, 2, 29), 1) == date(2027, 2, 28)
