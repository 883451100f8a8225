"""A group's programme for families: a season's or a period's sessions in order, the
dates skipped with their reasons, and nothing of any family."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest

from ryhmat.domain.errors import NotFound
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import Series, SkippedDate, WeeklySlot
from ryhmat.domain.usecases.programme import (
    ProgrammePlace,
    current_season,
    find_season,
    group_seasons,
    period_programme,
    season_programme,
)
from ryhmat.domain.usecases.series import save_series
from ryhmat.domain.usecases.sessions import cancel_session, update_session
from ryhmat.storage.database import Database
from tests.integration.world import World

HOLIDAYS = FinnishHolidays()
SWEDISH_HOLIDAYS = FinnishHolidays(lambda: "sv")


@pytest.fixture
def planned(database: Database, world: World) -> World:
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    return world


def test_a_season_programme_has_its_sessions_in_order_and_the_skipped_dates(
    database: Database, planned: World
) -> None:
    with database.unit_of_work() as uow:
        sessions = uow.sessions.for_series(planned.series.id)
        themed = replace(sessions[2], theme="Metsäretki")
        update_session(uow, themed)
        cancel_session(uow, sessions[5].id, "Ohjaaja sairastunut")
        programme = season_programme(uow, planned.group.id, planned.series.id, HOLIDAYS)
    assert programme.group == "Isä-lapsi-ryhmä"
    assert programme.description == "Lauantaiaamut isille ja lapsille"
    assert programme.season == "Syksy 2025"
    assert (programme.first_day, programme.last_day) == (date(2025, 8, 11), date(2025, 12, 12))
    days = [session.day for session in programme.sessions]
    assert days == sorted(days)
    assert len(days) == 14
    assert all(day.weekday() == 5 for day in days)
    first = programme.sessions[0]
    assert (first.start, first.end) == (time(9, 30), time(11, 0))
    assert first.leaders == ("Pekka Korhonen", "Anna Virtanen")
    assert first.place == ProgrammePlace("Perhetalo Lumo", "Kauppakatu 1")
    assert programme.shared_place == first.place
    assert programme.shared_leaders == first.leaders
    assert programme.sessions[2].theme == "Metsäretki"
    cancelled = [s for s in programme.sessions if s.cancelled]
    assert [(s.day, s.cancel_reason) for s in cancelled] == [
        (sessions[5].day, "Ohjaaja sairastunut")
    ]
    assert [(s.day, s.reason) for s in programme.skipped] == [
        (date(2025, 10, 18), "Syysloma"),
        (date(2025, 11, 1), "Pyhäinpäivä"),
        (date(2025, 12, 6), "Itsenäisyyspäivä"),
    ]


def test_a_date_left_out_after_planning_is_written_once(database: Database, planned: World) -> None:
    """Leaving out a planned date cancels its session with the reason: the programme
    writes that date once, as the cancelled session, not also as a date with no meeting."""
    training = SkippedDate(date(2025, 10, 11), "Työpari koulutuksessa")
    with database.unit_of_work() as uow:
        save_series(uow, replace(planned.series, skipped_dates=[training]), HOLIDAYS)
        programme = season_programme(uow, planned.group.id, planned.series.id, HOLIDAYS)
    on_the_day = [s for s in programme.sessions if s.day == training.day]
    assert [(s.cancelled, s.cancel_reason) for s in on_the_day] == [(True, training.reason)]
    assert training.day not in [s.day for s in programme.skipped]


def test_the_holidays_are_named_in_the_language_asked_for(
    database: Database, planned: World
) -> None:
    with database.unit_of_work() as uow:
        programme = season_programme(uow, planned.group.id, planned.series.id, SWEDISH_HOLIDAYS)
    assert [s.reason for s in programme.skipped] == [
        "Syysloma",
        "Alla helgons dag",
        "Självständighetsdagen",
    ]


def test_a_period_programme_takes_every_season_of_the_group_within_it(
    database: Database, planned: World
) -> None:
    spring = Series(
        group_id=planned.group.id,
        name="Kevät 2026",
        first_day=date(2026, 1, 5),
        last_day=date(2026, 5, 29),
        slots=[WeeklySlot(weekday=5, start=time(10, 0), end=time(12, 0))],
    )
    with database.unit_of_work() as uow:
        save_series(uow, spring, HOLIDAYS)
        programme = period_programme(
            uow, planned.group.id, date(2025, 12, 1), date(2026, 1, 31), HOLIDAYS
        )
    assert programme.season == ""
    assert [s.day for s in programme.sessions] == [
        date(2026, 1, 10),
        date(2026, 1, 17),
        date(2026, 1, 24),
        date(2026, 1, 31),
    ]
    assert programme.sessions[0].start == time(10, 0)
    # The autumn's last Saturday is a holiday; the spring's own dates follow.
    assert [(s.day, s.reason) for s in programme.skipped] == [
        (date(2025, 12, 6), "Itsenäisyyspäivä")
    ]


def test_seasons_are_found_by_name_and_the_current_one_chosen(
    database: Database, planned: World
) -> None:
    with database.unit_of_work() as uow:
        seasons = group_seasons(uow, planned.group.id)
        assert find_season(uow, planned.group.id, "  syksy 2025 ").id == planned.series.id
        with pytest.raises(NotFound):
            find_season(uow, planned.group.id, "Kevät 2030")
    assert [s.name for s in seasons] == ["Syksy 2025"]
    # Going on, else the next to begin, else the last one ended.
    assert current_season(seasons, date(2025, 10, 1)) == seasons[0]
    assert current_season(seasons, date(2025, 1, 1)) == seasons[0]
    assert current_season(seasons, date(2027, 1, 1)) == seasons[0]
    assert current_season([], date(2027, 1, 1)) is None


def test_a_season_of_another_group_is_not_found(database: Database, planned: World) -> None:
    with database.unit_of_work() as uow, pytest.raises(NotFound):
        season_programme(uow, planned.family.id, planned.series.id, HOLIDAYS)


def test_the_programme_names_no_family(database: Database, planned: World) -> None:
    with database.unit_of_work() as uow:
        programme = season_programme(uow, planned.group.id, planned.series.id, HOLIDAYS)
    written = repr(programme)
    for member in planned.family.members:
        assert member.first_name not in written
    assert planned.family.name not in written
    assert planned.family.phone not in written
