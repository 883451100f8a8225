"""The school-year calendar of the fictional municipality: seasons and closure periods."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ryhmat.demo.ids import IdSource
from ryhmat.domain.model import ClosurePeriod
from ryhmat.domain.school_holidays import (
    SchoolBreak,
    autumn_term_end,
    autumn_term_start,
    school_breaks,
    spring_term_end,
    spring_term_start,
)

# Southern Finland has its winter holiday in week 8, the middle in 9, the north in 10.
WINTER_BREAK_WEEK = 8
_NAMES = {
    SchoolBreak.AUTUMN: "Syysloma",
    SchoolBreak.CHRISTMAS: "Joululoma",
    SchoolBreak.WINTER: "Talviloma",
    SchoolBreak.SUMMER: "Kesätauko",
}


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
    return autumn_term_start(year)


def school_year(start_year: int) -> SchoolYear:
    spring_year = start_year + 1
    autumn = Season(
        f"Syyskausi {start_year}", autumn_term_start(start_year), autumn_term_end(start_year)
    )
    spring = Season(
        f"Kevätkausi {spring_year}", spring_term_start(spring_year), spring_term_end(spring_year)
    )
    return SchoolYear(start_year, autumn, spring)


def closures(year: SchoolYear, ids: IdSource) -> list[ClosurePeriod]:
    """Syysloma, joululoma, talviloma and the kesätauko that follows the school year."""
    return [
        ClosurePeriod(
            name=f"{_NAMES[found.kind]} {found.years}",
            first_day=found.first_day,
            last_day=found.last_day,
            id=ids.new(),
        )
        for found in school_breaks(year.start_year, WINTER_BREAK_WEEK)
    ]
