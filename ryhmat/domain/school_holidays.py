"""The breaks of a Finnish school year, as the groups of a family-work team pause for them.

Syysloma is ISO week 42; hiihtoloma (talviloma) is week 8, 9 or 10 of the spring by
region (the south first, the north last), asked of the person; joululoma runs from
the end of the autumn term to the start of the spring term, kesätauko from the end of
the spring term to the start of the next autumn term. Easter needs no break of its own:
its days are public holidays, which every plan skips already.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta

MONDAY, SUNDAY = 0, 6
AUTUMN_BREAK_WEEK = 42
SKI_WEEKS = (8, 9, 10)
FIRST_SCHOOL_YEAR, LAST_SCHOOL_YEAR = 1950, 2200  # the years a person may choose


class SchoolBreak(enum.StrEnum):
    AUTUMN = "autumn"  # syysloma
    CHRISTMAS = "christmas"  # joululoma
    WINTER = "winter"  # hiihtoloma
    SUMMER = "summer"  # kesätauko


@dataclass(frozen=True, slots=True)
class BreakDates:
    """One break of one school year: its kind, days, and the years its name carries."""

    kind: SchoolBreak
    first_day: date
    last_day: date

    @property
    def years(self) -> str:
        """ "2026" or, for a break across the new year, "2026–2027"."""
        first, last = self.first_day.year, self.last_day.year
        return str(first) if first == last else f"{first}–{last}"


def on_or_after(day: date, weekday: int) -> date:
    return day + timedelta(days=(weekday - day.weekday()) % 7)


def iso_week(year: int, week: int) -> tuple[date, date]:
    """Monday and Sunday of the ISO week."""
    monday = date.fromisocalendar(year, week, 1)
    return monday, monday + timedelta(days=6)


def autumn_term_start(year: int) -> date:
    """The Monday on or after 11 August: the week Finnish schools start."""
    return on_or_after(date(year, 8, 11), MONDAY)


def autumn_term_end(year: int) -> date:
    return on_or_after(date(year, 12, 14), SUNDAY)


def spring_term_start(year: int) -> date:
    """The Monday on or after 7 January: after loppiainen."""
    return on_or_after(date(year, 1, 7), MONDAY)


def spring_term_end(year: int) -> date:
    return on_or_after(date(year, 5, 25), SUNDAY)


def school_breaks(start_year: int, ski_week: int) -> list[BreakDates]:
    """The breaks of the school year that starts in August of ``start_year``, in order,
    with hiihtoloma in ISO week ``ski_week`` (8, 9 or 10) of the spring."""
    if ski_week not in SKI_WEEKS:
        raise ValueError(f"hiihtoloma is in week 8, 9 or 10, not {ski_week}")
    spring_year = start_year + 1
    one_day = timedelta(days=1)
    return [
        BreakDates(SchoolBreak.AUTUMN, *iso_week(start_year, AUTUMN_BREAK_WEEK)),
        BreakDates(
            SchoolBreak.CHRISTMAS,
            autumn_term_end(start_year) + one_day,
            spring_term_start(spring_year) - one_day,
        ),
        BreakDates(SchoolBreak.WINTER, *iso_week(spring_year, ski_week)),
        BreakDates(
            SchoolBreak.SUMMER,
            spring_term_end(spring_year) + one_day,
            autumn_term_start(spring_year) - one_day,
        ),
    ]
