"""The school-year calendar of the fictional municipality: seasons and closure periods."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from ryhmat.demo.ids import IdSource
from ryhmat.domain.model import ClosurePeriod

MONDAY, SUNDAY = 0, 6
AUTUMN_BREAK_WEEK = 42  # syysloma
# Southern Finland has its winter holiday in week 8, the middle in 9, the north in 10.
WINTER_BREAK_WEEK = 8


def on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def iso_week(year: int, week: int) -> tuple[date, date]:
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


@dataclass(frozen=True, slots=True)
class Season:
    name: str
    first_day: date
    last_day: date

    def contains(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


@dataclass(frozen=True, slots=True)
class SchoolYear:
    """August to May: a syyskausi and a kevätkausi with the Christmas break between."""

    start_year: int
    autumn: Season
    spring: Season

    @property
    def label(self) -> str:
        return f"{self.start_year}–{self.start_year + 1}"

    @property
    def seasons(self) -> tuple[Season, Season]:
        return (self.autumn, self.spring)


def school_year_start(today: date) -> int:
    """The year whose August began the school year of ``today``; June and July belong to it."""
    return today.year if today.month >= 8 else today.year - 1


def autumn_first_day(year: int) -> date:
    return on_or_after(date(year, 8, 11), MONDAY)


def school_year(start_year: int) -> SchoolYear:
    spring_year = start_year + 1
    autumn = Season(
        f"Syyskausi {start_year}",
        autumn_first_day(start_year),
        on_or_after(date(start_year, 12, 14), SUNDAY),
    )
    spring = Season(
        f"Kevätkausi {spring_year}",
        on_or_after(date(spring_year, 1, 7), MONDAY),
        on_or_after(date(spring_year, 5, 25), SUNDAY),
    )
    return SchoolYear(start_year, autumn, spring)


def closures(year: SchoolYear, ids: IdSource) -> list[ClosurePeriod]:
    """Syysloma, joululoma, talviloma and the kesätauko that follows the school year."""
    spring_year = year.start_year + 1
    autumn_break = iso_week(year.start_year, AUTUMN_BREAK_WEEK)
    winter_break = iso_week(spring_year, WINTER_BREAK_WEEK)
    one_day = timedelta(days=1)
    periods = [
        (f"Syysloma {year.start_year}", *autumn_break),
        (
            f"Joululoma {year.label}",
            year.autumn.last_day + one_day,
            year.spring.first_day - one_day,
        ),
        (f"Talviloma {spring_year}", *winter_break),
        (
            f"Kesätauko {spring_year}",
            year.spring.last_day + one_day,
            autumn_first_day(spring_year) - one_day,
        ),
    ]
    return [
        ClosurePeriod(name=name, first_day=first, last_day=last, id=ids.new())
        for name, first, last in periods
    ]
