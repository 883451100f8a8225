"""Finnish public holidays (juhlapyhät) and their names in Finnish, Swedish and English.

Worked out here by the rules in force since 1991, when Epiphany and Ascension Day
returned to their own days: the holidays library imports every country's module to
reach Finland's, a good part of a second on each start. For earlier years the
library answers (tests hold the two to the same days and names).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import date, timedelta
from typing import Final

RULES_SINCE: Final = 1991
FRIDAY, SATURDAY = 4, 5
DEFAULT_LANGUAGE: Final = "fi"
# The holidays library's name of each of the app's languages.
LIBRARY_LANGUAGES: Final = {"fi": "fi", "sv": "sv_FI", "en": "en_US"}

# Each holiday's names, in the order of the languages as the library writes them.
_NAMES: Final = {
    "new_year": ("Uudenvuodenpäivä", "Nyårsdagen", "New Year's Day"),
    "epiphany": ("Loppiainen", "Trettondag", "Epiphany"),
    "good_friday": ("Pitkäperjantai", "Långfredagen", "Good Friday"),
    "easter": ("Pääsiäispäivä", "Påskdagen", "Easter Sunday"),
    "easter_monday": ("Toinen pääsiäispäivä", "Annandag påsk", "Easter Monday"),
    "may_day": ("Vappu", "Första maj", "May Day"),
    "ascension": ("Helatorstai", "Kristi himmelsfärdsdag", "Ascension Day"),
    "pentecost": ("Helluntaipäivä", "Pingst", "Pentecost"),
    "midsummer_eve": ("Juhannusaatto", "Midsommarafton", "Midsummer Eve"),
    "midsummer": ("Juhannuspäivä", "Midsommardagen", "Midsummer Day"),
    "all_saints": ("Pyhäinpäivä", "Alla helgons dag", "All Saints' Day"),
    "independence": ("Itsenäisyyspäivä", "Självständighetsdagen", "Independence Day"),
    "christmas_eve": ("Jouluaatto", "Julafton", "Christmas Eve"),
    "christmas": ("Joulupäivä", "Juldagen", "Christmas Day"),
    "boxing_day": ("Tapaninpäivä", "Annandag jul", "Second Day of Christmas"),
}


class Eve(enum.StrEnum):
    """An eve on which groups usually do not meet, though it is no public holiday
    (juhannusaatto and jouluaatto are)."""

    NEW_YEARS_EVE = "new_years_eve"  # uudenvuodenaatto, 31.12.
    EPIPHANY_EVE = "epiphany_eve"  # loppiaisaatto, 5.1.
    MAUNDY_THURSDAY = "maundy_thursday"  # kiirastorstai
    HOLY_SATURDAY = "holy_saturday"  # pääsiäislauantai
    MAY_DAY_EVE = "may_day_eve"  # vapunaatto, 30.4.


_EVE_NAMES: Final = {
    Eve.NEW_YEARS_EVE: ("Uudenvuodenaatto", "Nyårsafton", "New Year's Eve"),
    Eve.EPIPHANY_EVE: ("Loppiaisaatto", "Trettondagsafton", "Epiphany Eve"),
    Eve.MAUNDY_THURSDAY: ("Kiirastorstai", "Skärtorsdagen", "Maundy Thursday"),
    Eve.HOLY_SATURDAY: ("Pääsiäislauantai", "Påskafton", "Holy Saturday"),
    Eve.MAY_DAY_EVE: ("Vapunaatto", "Valborgsmässoafton", "May Day Eve"),
}
_LANGUAGE_INDEX: Final = {language: index for index, language in enumerate(LIBRARY_LANGUAGES)}


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


def holidays_of(year: int, language: str = DEFAULT_LANGUAGE) -> dict[date, str]:
    """The year's public holidays by the rules in force since 1991, named in the language
    (fi, sv or en); two on one day (Ascension Day on May Day, as in 2008) share it, named
    as the library names them."""
    easter = easter_sunday(year)
    midsummer_eve = _weekday_from(date(year, 6, 19), FRIDAY)
    days = [
        (date(year, 1, 1), "new_year"),
        (date(year, 1, 6), "epiphany"),
        (easter - timedelta(days=2), "good_friday"),
        (easter, "easter"),
        (easter + timedelta(days=1), "easter_monday"),
        (date(year, 5, 1), "may_day"),
        (easter + timedelta(days=39), "ascension"),
        (easter + timedelta(days=49), "pentecost"),
        (midsummer_eve, "midsummer_eve"),
        (midsummer_eve + timedelta(days=1), "midsummer"),
        (_weekday_from(date(year, 10, 31), SATURDAY), "all_saints"),
        (date(year, 12, 6), "independence"),
        (date(year, 12, 24), "christmas_eve"),
        (date(year, 12, 25), "christmas"),
        (date(year, 12, 26), "boxing_day"),
    ]
    index = _LANGUAGE_INDEX[_known(language)]
    names: dict[date, list[str]] = {}
    for day, holiday in days:
        names.setdefault(day, []).append(_NAMES[holiday][index])
    return {day: "; ".join(sorted(shared)) for day, shared in names.items()}


def eves_of(year: int) -> dict[date, Eve]:
    """The year's eves on which groups usually do not meet."""
    easter = easter_sunday(year)
    return {
        date(year, 1, 5): Eve.EPIPHANY_EVE,
        easter - timedelta(days=3): Eve.MAUNDY_THURSDAY,
        easter - timedelta(days=1): Eve.HOLY_SATURDAY,
        date(year, 4, 30): Eve.MAY_DAY_EVE,
        date(year, 12, 31): Eve.NEW_YEARS_EVE,
    }


def eve_of(day: date) -> Eve | None:
    """The eve ``day`` is, or None."""
    return eves_of(day.year).get(day)


def eve_name(eve: Eve, language: str = DEFAULT_LANGUAGE) -> str:
    return _EVE_NAMES[eve][_LANGUAGE_INDEX[_known(language)]]


def library_holidays_of(year: int, language: str = DEFAULT_LANGUAGE) -> dict[date, str]:
    """The year's public holidays as the holidays library knows them (any year)."""
    from holidays.countries.finland import Finland

    calendar = Finland(years=year, language=LIBRARY_LANGUAGES[_known(language)])  # type: ignore[no-untyped-call]  # holidays has no types
    return {day: str(name) for day, name in calendar.items()}


def _known(language: str) -> str:
    return language if language in LIBRARY_LANGUAGES else DEFAULT_LANGUAGE


class FinnishHolidays:
    """Finnish public holidays, named in the language ``language()`` answers when asked
    (the UI's, which a person can change while the app runs); each year worked out once
    a language."""

    def __init__(self, language: Callable[[], str] = lambda: DEFAULT_LANGUAGE) -> None:
        self._language = language
        self._years: dict[tuple[int, str], dict[date, str]] = {}

    def holiday_name(self, day: date) -> str | None:
        """The name of the public holiday on ``day``, or None on an ordinary day."""
        key = (day.year, _known(self._language()))
        year = self._years.get(key)
        if year is None:
            rules = holidays_of if day.year >= RULES_SINCE else library_holidays_of
            year = self._years[key] = rules(*key)
        return year.get(day)

    def eve_name(self, eve: Eve) -> str:
        """The eve's name in the language of the moment."""
        return eve_name(eve, self._language())
