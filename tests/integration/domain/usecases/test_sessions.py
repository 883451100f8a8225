"""Listing a group's sessions and the days it skips."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from ryhmat.domain.errors import InvalidInput, NotFound
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.usecases.series import save_series
from ryhmat.domain.usecases.sessions import list_group_sessions
from ryhmat.storage.database import Database
from tests.integration.world import World

HOLIDAYS = FinnishHolidays()


@pytest.fixture
def planned(database: Database, world: World) -> World:
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    return world


def test_a_listing_has_sessions_in_helsinki_time_and_the_named_skipped_days(
    database: Database, planned: World
) -> None:
    with database.unit_of_work() as uow:
        listing = list_group_sessions(uow, "ISÄ-LAPSI-RYHMÄ", HOLIDAYS)
    assert listing.group == "Isä-lapsi-ryhmä"
    assert len(listing.sessions) == 14
    summer = listing.sessions[0]
    winter = listing.sessions[-1]
    assert summer.start.time() == winter.start.time() == time(9, 30)
    assert summer.start.utcoffset() == timedelta(hours=3)
    assert winter.start.utcoffset() == timedelta(hours=2)
    assert summer.leaders == ["Pekka Korhonen", "Anna Virtanen"]
    assert summer.place == "Perhetalo Lumo"
    assert [(s.day, s.reason) for s in listing.skipped] == [
        (date(2025, 10, 18), "Syysloma"),
        (date(2025, 11, 1), "Pyhäinpäivä"),
        (date(2025, 12, 6), "Itsenäisyyspäivä"),
    ]


def test_a_period_limits_sessions_and_skipped_days(database: Database, planned: World) -> None:
    with database.unit_of_work() as uow:
        listing = list_group_sessions(
            uow, planned.group.name, HOLIDAYS, date(2025, 10, 1), date(2025, 10, 31)
        )
    assert [v.start.date() for v in listing.sessions] == [
        date(2025, 10, 4),
        date(2025, 10, 11),
        date(2025, 10, 25),
    ]
    assert [s.day for s in listing.skipped] == [date(2025, 10, 18)]


def test_an_unknown_group_and_a_reversed_period_are_clear_errors(
    database: Database, planned: World
) -> None:
    with database.unit_of_work() as uow:
        with pytest.raises(NotFound, match="Ei ole"):
            list_group_sessions(uow, "Ei ole", HOLIDAYS)
        with pytest.raises(InvalidInput, match="before"):
            list_group_sessions(
                uow, planned.group.name, HOLIDAYS, date(2025, 12, 1), date(2025, 11, 1)
            )
