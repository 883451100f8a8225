"""Finnish public holidays (arkipyhät) and their Finnish names.

Worked out here by the rules in force since 1991, when Epiphany and Ascension Day
returned to their own days: the holidays library imports every country's module to
reach Finland's, a good part of a second on each start. For earlier years the
library answers (tests hold the two to the same days and names).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

RULES_SINCE: Final = 1991
FRIDAY, SATURDAY = 4, 5


def easter_sunday(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    golden = year % 19
    century, of_century = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    moon_correction = (century + 8) // 25
    moon_lag = (century - moon_correction + 1) // 3
    epact = (19 * golden + century - leap_centuries - moon_lag + 15) % 30
    week_rest = (32 + 2 * century_rest + 2 * (of_century // 4) - epact - of_century % 4) % 7
    late = (golden + 11 * epact + 22 * week_rest) // 451
    month, day = divmod(epact + week_rest - 7 * late + 114, 31)
    return date(year, month, day + 1)


def _weekday_from(first: date, weekday: int) -> date:
    """The first ``weekday`` (Monday 0) on or after ``first``."""
    return first + timedelta(days=(weekday - first.weekday()) % 7)


def holidays_of(year: int) -> dict[date, str]:
    """The year's public holidays by the rules in force since 1991; two on one day
    (Ascension Day on May Day, as in 2008) share it, named as the library names them."""
    easter = easter_sunday(year)
    midsummer_eve = _weekday_from(date(year, 6, 19), FRIDAY)
    days = [
        (date(year, 1, 1), "Uudenvuodenpäivä"),
        (date(year, 1, 6), "Loppiainen"),
        (easter - timedelta(days=2), "Pitkäperjantai"),
        (easter, "Pääsiäispäivä"),
        (easter + timedelta(days=1), "Toinen pääsiäispäivä"),
        (date(year, 5, 1), "Vappu"),
        (easter + timedelta(days=39), "Helatorstai"),
        (easter + timedelta(days=49), "Helluntaipäivä"),
        (midsummer_eve, "Juhannusaatto"),
        (midsummer_eve + timedelta(days=1), "Juhannuspäivä"),
        (_weekday_from(date(year, 10, 31), SATURDAY), "Pyhäinpäivä"),
        (date(year, 12, 6), "Itsenäisyyspäivä"),
        (date(year, 12, 24), "Jouluaatto"),
        (date(year, 12, 25), "Joulupäivä"),
        (date(year, 12, 26), "Tapaninpäivä"),
    ]
    names: dict[date, list[str]] = {}
    for day, name in days:
        names.setdefault(day, []).append(name)
    return {day: "; ".join(sorted(shared)) for day, shared in names.items()}


def library_holidays_of(year: int) -> dict[date, str]:
    """The year's public holidays as the holidays library knows them (any year)."""
    from holidays.countries.finland import Finland

    calendar = Finland(years=year, language="fi")  # type: ignore[no-untyped-call]  # holidays has no types
    return {day: str(name) for day, name in calendar.items()}


class FinnishHolidays:
    """Finnish public holidays with their Finnish names, each year worked out once."""

    def __init__(self) -> None:
        self._years: dict[int, dict[date, str]] = {}

    def holiday_name(self, day: date) -> str | None:
        """The name of the public holiday on ``day``, or None on an ordinary day."""
        year = self._years.get(day.year)
        if year is None:
            rules = holidays_of if day.year >= RULES_SINCE else library_holidays_of
            year = self._years[day.year] = rules(day.year)
        return year.get(day)
