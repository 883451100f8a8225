"""A group's target ages in whole months: given in months or years, converted exactly,
written back the one way (domain/target_ages.py, labels.target_ages_text)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.errors import InvalidInput
from ryhmat.domain.target_ages import (
    MAX_TARGET_AGE_MONTHS,
    MAX_TARGET_AGE_YEARS,
    MONTHS_UNTIL,
    AgeBound,
    AgeUnit,
    is_of_target_ages,
    lower_months,
    upper_months,
    written_bounds,
)
from ryhmat.domain.validation import validate_target_ages
from ryhmat.i18n import chosen_language, load_language
from ryhmat.labels import target_ages_text

years = st.integers(0, MAX_TARGET_AGE_YEARS)
months_under_two = st.integers(0, MONTHS_UNTIL - 1)
bounds = st.one_of(
    st.builds(AgeBound, months_under_two, st.just(AgeUnit.MONTHS)),
    st.builds(AgeBound, years, st.just(AgeUnit.YEARS)),
)
optional_bounds = st.one_of(st.none(), bounds)
months_old = st.integers(0, MAX_TARGET_AGE_MONTHS + 24)


def as_months(lower: AgeBound | None, upper: AgeBound | None) -> tuple[int | None, int | None]:
    return (
        None if lower is None else lower_months(lower),
        None if upper is None else upper_months(upper),
    )


@given(years, years, months_old)
def test_years_convert_to_months_that_take_in_exactly_the_same_children(
    low: int, high: int, months: int
) -> None:
    """The migration's conversion: a child of whole years low..high is listed before and
    after, and no other child."""
    lower, upper = AgeBound(low, AgeUnit.YEARS), AgeBound(high, AgeUnit.YEARS)
    by_years = low <= months // 12 <= high
    assert is_of_target_ages(months, lower_months(lower), upper_months(upper)) is by_years


@given(optional_bounds, optional_bounds)
def test_any_range_a_person_gives_is_valid_or_refused_only_for_its_order(
    lower: AgeBound | None, upper: AgeBound | None
) -> None:
    low, high = as_months(lower, upper)
    if low is not None and high is not None and high < low:
        with pytest.raises(InvalidInput, match="below the lower"):
            validate_target_ages(low, high)
    else:
        validate_target_ages(low, high)


@given(optional_bounds, optional_bounds)
def test_a_range_is_written_back_as_the_same_months(
    lower: AgeBound | None, upper: AgeBound | None
) -> None:
    low, high = as_months(lower, upper)
    if low is not None and high is not None and high < low:
        return
    written_lower, written_upper = written_bounds(low, high)
    assert as_months(written_lower, written_upper) == (low, high)
    # Under two years in months, from two years on in whole years.
    for end, months in ((written_lower, low), (written_upper, high)):
        if end is not None and months is not None and months >= MONTHS_UNTIL:
            assert end.unit is AgeUnit.YEARS
    if written_upper is not None and high is not None and high < MONTHS_UNTIL:
        assert written_upper.unit is AgeUnit.MONTHS


@given(st.integers(MONTHS_UNTIL, MAX_TARGET_AGE_MONTHS))
def test_from_two_years_on_an_age_is_whole_years(months: int) -> None:
    if months % 12 != 0 and months < MAX_TARGET_AGE_YEARS * 12:
        with pytest.raises(InvalidInput, match="whole years"):
            validate_target_ages(months, None)
    if months % 12 != 11:
        with pytest.raises(InvalidInput, match="whole years"):
            validate_target_ages(None, months)


@pytest.mark.parametrize(
    ("low", "high"),
    [(-1, None), (None, -1), (MAX_TARGET_AGE_MONTHS - 11 + 12, None), (None, 10**12)],
)
def test_an_age_out_of_range_is_refused(low: int | None, high: int | None) -> None:
    with pytest.raises(InvalidInput):
        validate_target_ages(low, high)


@pytest.fixture
def language() -> Iterator[Callable[[str], None]]:
    previous = chosen_language()
    yield load_language
    load_language(previous)


@pytest.mark.parametrize(
    ("low", "high", "fi", "sv", "en"),
    [
        (0, 6, "0–6 kk", "0–6 mån", "0–6 mo"),
        (6, 12, "6–12 kk", "6–12 mån", "6–12 mo"),
        (12, 47, "1–3 v", "1–3 år", "1–3 y"),
        (0, 83, "0–6 v", "0–6 år", "0–6 y"),
        (6, 35, "6 kk – 2 v", "6 mån – 2 år", "6 mo – 2 y"),
        (12, 18, "12–18 kk", "12–18 mån", "12–18 mo"),
        (0, 23, "0–23 kk", "0–23 mån", "0–23 mo"),
        (6, 6, "6 kk", "6 mån", "6 mo"),
        (36, None, "vähintään 3 v", "minst 3 år", "at least 3 y"),
        (None, 6, "enintään 6 kk", "högst 6 mån", "at most 6 mo"),
        (None, None, "", "", ""),
    ],
)
def test_a_range_is_written_as_a_person_writes_it(
    language: Callable[[str], None],
    low: int | None,
    high: int | None,
    fi: str,
    sv: str,
    en: str,
) -> None:
    for code, expected in (("fi", fi), ("sv", sv), ("en", en)):
        language(code)
        assert target_ages_text(low, high) == expected


@given(optional_bounds, optional_bounds)
def test_every_valid_range_is_written_and_only_an_empty_one_as_nothing(
    lower: AgeBound | None, upper: AgeBound | None
) -> None:
    low, high = as_months(lower, upper)
    if low is not None and high is not None and high < low:
        return
    text = target_ages_text(low, high)
    assert (text == "") is (low is None and high is None)
