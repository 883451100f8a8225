"""The eves groups usually do not meet on, and seasons that skip them by name."""

from __future__ import annotations

from datetime import date, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.finnish_holidays import (
    Eve,
    FinnishHolidays,
    easter_sunday,
    eve_name,
    eve_of,
    eves_of,
    holidays_of,
)
from ryhmat.domain.model import Group, GroupType, Series, WeeklySlot
from ryhmat.domain.scheduling import SkipKind, plan_series
from ryhmat.domain.usecases.eves import eves_skipped_by

years = st.integers(1991, 2200)
HOLIDAYS = FinnishHolidays()


@given(years)
def test_each_year_has_its_five_eves_none_of_them_a_public_holiday(year: int) -> None:
    eves = eves_of(year)
    assert sorted(eves.values()) == sorted(Eve)
    assert all(day.year == year for day in eves)
    assert set(eves).isdisjoint(holidays_of(year))
    by_eve = {eve: day for day, eve in eves.items()}
    easter = easter_sunday(year)
    assert by_eve[Eve.MAUNDY_THURSDAY] == easter - timedelta(days=3)
    assert by_eve[Eve.MAUNDY_THURSDAY].weekday() == 3
    assert by_eve[Eve.HOLY_SATURDAY].weekday() == 5
    assert (by_eve[Eve.NEW_YEARS_EVE], by_eve[Eve.EPIPHANY_EVE], by_eve[Eve.MAY_DAY_EVE]) == (
        date(year, 12, 31),
        date(year, 1, 5),
        date(year, 4, 30),
    )
    assert all(eve_of(day) is eve for day, eve in eves.items())


@given(years, st.sets(st.sampled_from(Eve)))
def test_a_season_skips_exactly_the_chosen_eves_and_names_them(year: int, chosen: set[Eve]) -> None:
    every_day = [WeeklySlot(day, time(9, 30), time(11)) for day in range(7)]
    series = Series(
        group_id=Group(name="Perhekahvila", type=GroupType.FAMILY_CAFE).id,
        name="Vuosi",
        first_day=date(year, 1, 1),
        last_day=date(year, 12, 31),
        slots=every_day,
    )
    plan = plan_series(series, HOLIDAYS, [], chosen)
    skipped = {s.day: s for s in plan.skipped if s.kind is SkipKind.EVE}
    assert {eve_of(day) for day in skipped} == chosen
    for day, found in skipped.items():
        eve = eve_of(day)
        assert eve is not None
        assert found.reason == eve_name(eve, "fi")
    met = {o.day for o in plan.occurrences}
    assert all(day in met for day, eve in eves_of(year).items() if eve not in chosen)


def test_a_group_skips_its_own_choice_else_the_teams() -> None:
    team = {Eve.MAUNDY_THURSDAY, Eve.MAY_DAY_EVE}
    group = Group(name="Isä-lapsi", type=GroupType.FATHER_CHILD)
    assert eves_skipped_by(group, team) == team
    group.skipped_eves = []
    assert eves_skipped_by(group, team) == frozenset()
    group.skipped_eves = [Eve.NEW_YEARS_EVE]
    assert eves_skipped_by(group, team) == {Eve.NEW_YEARS_EVE}


def test_the_eves_are_named_in_finnish_and_swedish() -> None:
    assert eve_name(Eve.MAUNDY_THURSDAY, "fi") == "Kiirastorstai"
    assert eve_name(Eve.MAY_DAY_EVE, "sv") == "Valborgsmässoafton"
    assert FinnishHolidays(lambda: "sv").eve_name(Eve.NEW_YEARS_EVE) == "Nyårsafton"
