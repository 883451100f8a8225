"""Dates and times as Finns type them: read exactly, or refused with a reason."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.errors import InvalidInput, UserError
from ryhmat.domain.typed_values import read_date, read_time, searched_day
from ryhmat.domain.validation import EARLIEST_DAY, LATEST_DAY
from ryhmat.domain.written import written_count, written_date, written_time

THIS_CENTURY = st.dates(date(2000, 1, 1), date(2099, 12, 31))
ANY_DAY = st.dates(EARLIEST_DAY, LATEST_DAY)
ANY_TIME = st.times().map(lambda t: time(t.hour, t.minute))


@given(ANY_DAY)
def test_a_date_written_with_or_without_leading_zeros_reads_back_exactly(day: date) -> None:
    assert read_date(f"{day.day}.{day.month}.{day.year}") == day
    assert read_date(f"{day.day:02d}.{day.month:02d}.{day.year}") == day
    assert read_date(f"{day.day:02d}{day.month:02d}{day.year}") == day
    assert read_date(day.isoformat()) == day
    assert read_date(written_date(day)) == day


@given(THIS_CENTURY)
def test_a_two_digit_year_is_this_century(day: date) -> None:
    short = day.year % 100
    assert read_date(f"{day.day}.{day.month}.{short:02d}") == day
    assert read_date(f"{day.day:02d}{day.month:02d}{short:02d}") == day


@given(ANY_DAY)
def test_the_number_pad_comma_and_spaces_change_nothing(day: date) -> None:
    assert read_date(f" {day.day}, {day.month},{day.year} ") == day
    assert read_date(f"{day.day}. {day.month}. {day.year}") == day


@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("6.1.2027", date(2027, 1, 6)),
        ("06.01.2027", date(2027, 1, 6)),
        ("6.1.27", date(2027, 1, 6)),
        ("060127", date(2027, 1, 6)),
        ("29.2.2028", date(2028, 2, 29)),
        ("06/01/2027", date(2027, 1, 6)),  # English in Finland writes the day first
    ],
)
def test_the_ways_finns_type_a_date(typed: str, day: date) -> None:
    assert read_date(typed) == day


@given(
    st.integers(2000, 2100),
    st.integers(1, 12),
    st.integers(29, 31),
)
def test_a_day_that_does_not_exist_is_refused_never_moved(year: int, month: int, day: int) -> None:
    typed = f"{day}.{month}.{year}"
    try:
        exists = date(year, month, day)
    except ValueError:
        with pytest.raises(InvalidInput) as refused:
            read_date(typed)
        assert "is not a date" in refused.value.message()
        assert typed in refused.value.message()
    else:
        assert read_date(typed) == exists


@pytest.mark.parametrize(
    "typed",
    [
        "",
        " ",
        "6.1.",
        "6.1",
        "6.13.2027",
        "0.1.2027",
        "6.1.202",
        "1.1.10000",
        "2027/01/06",
        "6-1-2027",
        "tomorrow",
        "6.1.2027.",
        "1.1.1899",
        "1 OR 1=1",
    ],
)
def test_what_is_no_date_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput):
        read_date(typed)


def test_the_message_of_a_missing_day_names_the_month_length() -> None:
    with pytest.raises(InvalidInput) as refused:
        read_date("31.2.2027")
    assert refused.value.message() == "“31.2.2027” is not a date: month 2/2027 has 28 days."


@given(ANY_TIME)
def test_a_time_typed_with_a_dot_a_colon_or_none_reads_back_exactly(moment: time) -> None:
    hour, minute = moment.hour, moment.minute
    assert read_time(f"{hour}.{minute:02d}") == moment
    assert read_time(f"{hour:02d}.{minute:02d}") == moment
    assert read_time(f"{hour}:{minute:02d}") == moment
    assert read_time(f"{hour}{minute:02d}") == moment
    assert read_time(f"{hour:02d}{minute:02d}") == moment
    assert read_time(written_time(moment)) == moment


@pytest.mark.parametrize(
    ("typed", "moment"),
    [
        ("9.30", time(9, 30)),
        ("09.30", time(9, 30)),
        ("930", time(9, 30)),
        ("9", time(9, 0)),
        ("17", time(17, 0)),
        ("0", time(0, 0)),
        ("17,30", time(17, 30)),
    ],
)
def test_the_ways_finns_type_a_time(typed: str, moment: time) -> None:
    assert read_time(typed) == moment


@pytest.mark.parametrize(
    "typed", ["", "24", "2400", "9.60", "9.5", "12345", "9.30.00", "-1", "klo 9", "1 OR 1=1"]
)
def test_what_is_no_time_is_refused(typed: str) -> None:
    with pytest.raises(InvalidInput) as refused:
        read_time(typed)
    assert "is not a time" in refused.value.message()


def test_dates_and_times_are_written_as_finland_writes_them() -> None:
    assert written_date(date(2026, 3, 5)) == "5.3.2026"
    assert written_time(time(9, 5)) == "9.05"
    assert written_time(time(17, 30)) == "17.30"


def test_counts_are_grouped_from_ten_thousand_with_a_space_that_never_breaks() -> None:
    assert [written_count(n) for n in (0, 5000, 9999)] == ["0", "5000", "9999"]
    assert written_count(10_000) == "10\u00a0000"
    assert written_count(1_048_576) == "1\u00a0048\u00a0576"


def test_a_limit_in_a_message_is_written_as_a_count_and_a_flag_is_not() -> None:
    error = UserError(
        "{file} has more than {limit} rows ({flag})", file="r.xlsx", limit=50_000, flag=True
    )
    assert error.message() == "r.xlsx has more than 50\u00a0000 rows (True)"


# -- a day in a search ---------------------------------------------------------------------

NEAR_TODAY = st.dates(date(2001, 1, 1), date(2098, 12, 31))


@given(NEAR_TODAY, NEAR_TODAY)
def test_a_searched_date_with_its_year_is_that_day(day: date, today: date) -> None:
    assert searched_day(f"{day.day}.{day.month}.{day.year}", today) == day


@given(NEAR_TODAY, st.integers(-182, 182))
def test_a_searched_day_and_month_is_the_nearest_such_day(today: date, offset: int) -> None:
    day = today + timedelta(days=offset)
    if (day.day, day.month) == (29, 2):
        return  # a leap day: the nearest one may be four years off, and is no day then
    for typed in (
        f"{day.day}.{day.month}.",
        f"{day.day}.{day.month}",
        f"{day.day:02d}.{day.month:02d}.",
    ):
        assert searched_day(typed, today) == day


def test_a_day_and_month_typed_in_december_is_the_coming_januarys() -> None:
    assert searched_day("6.1.", date(2026, 12, 7)) == date(2027, 1, 6)
    assert searched_day("6.12.", date(2027, 1, 5)) == date(2026, 12, 6)


@pytest.mark.parametrize("typed", ["31.2.", "0.1.", "6.13.", "6", "vauva", "6.1.x", "9.30.2027"])
def test_what_names_no_day_is_searched_as_words(typed: str) -> None:
    assert searched_day(typed, date(2026, 12, 7)) is None
