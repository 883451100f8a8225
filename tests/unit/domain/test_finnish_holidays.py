"""Finnish public holidays worked out by the rules since 1991, against the holidays
library's Finland (which the app no longer imports on every start)."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.finnish_holidays import (
    RULES_SINCE,
    FinnishHolidays,
    easter_sunday,
    holidays_of,
    library_holidays_of,
)


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_year_from_1991_to_2100_has_the_librarys_days_and_names(language: str) -> None:
    for year in range(RULES_SINCE, 2101):
        assert holidays_of(year, language) == library_holidays_of(year, language), year


def test_the_names_follow_the_language_asked_for_each_time() -> None:
    language = "sv"
    holidays = FinnishHolidays(lambda: language)
    assert holidays.holiday_name(date(2026, 12, 6)) == "Självständighetsdagen"
    assert holidays.holiday_name(date(2008, 5, 1)) == "Första maj; Kristi himmelsfärdsdag"
    assert holidays.holiday_name(date(1985, 1, 12)) == "Trettondag"  # the library's year
    language = "en"
    assert holidays.holiday_name(date(2026, 12, 6)) == "Independence Day"
    language = "fi"
    assert holidays.holiday_name(date(2026, 12, 6)) == "Itsenäisyyspäivä"
    language = "de"  # a language the app has not: Finnish
    assert holidays.holiday_name(date(2026, 12, 6)) == "Itsenäisyyspäivä"
    assert FinnishHolidays().holiday_name(date(2026, 6, 19)) == "Juhannusaatto"


def test_easter_sundays_known_from_the_almanac() -> None:
    assert easter_sunday(2024) == date(2024, 3, 31)
    assert easter_sunday(2025) == date(2025, 4, 20)
    assert easter_sunday(2026) == date(2026, 4, 5)
    assert easter_sunday(2038) == date(2038, 4, 25)  # as late as it gets
    assert easter_sunday(2285) == date(2285, 3, 22)  # as early as it gets


@given(st.integers(min_value=1583, max_value=2999))
def test_easter_is_a_sunday_between_22_march_and_25_april(year: int) -> None:
    easter = easter_sunday(year)
    assert easter.weekday() == 6
    assert date(year, 3, 22) <= easter <= date(year, 4, 25)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 12, 31)))
def test_a_day_is_named_as_its_years_holidays_name_it(day: date) -> None:
    rules = holidays_of if day.year >= RULES_SINCE else library_holidays_of
    assert FinnishHolidays().holiday_name(day) == rules(day.year).get(day)


def test_before_1991_the_library_answers_epiphany_moved_to_saturday() -> None:
    # 1973-1990 Epiphany was kept on the Saturday between 6 and 12 January.
    assert FinnishHolidays().holiday_name(date(1985, 1, 6)) is None
    assert FinnishHolidays().holiday_name(date(1985, 1, 12)) == "Loppiainen"
