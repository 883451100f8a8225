"""Listing a group's sessions and the days it skips."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from ryhmat.domain.errors import InvalidInput, NotFound
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.usecases.series import save_series
from ryhmat.domain.usecases.sessions import get_session, list_group_sessions, update_session
from ryhmat.storage.database import Database
from tests.integration.world import World, make_session

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


def test_a_session_stored_at_a_time_the_clocks_skip_can_still_be_cancelled_but_not_moved_there(
    database: Database, world: World
) -> None:
    # As an older backup restored may hold it: saved before the clock-change rule.
    night = date(2027, 3, 28)
    session = make_session(world, night, start=time(3, 30), end=time(5, 0))
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.commit()
    with database.unit_of_work() as uow:
        stored = get_session(uow, session.id)
        update_session(uow, replace(stored, theme="Yöretki"))
    with database.unit_of_work() as uow:
        assert get_session(uow, session.id).theme == "Yöretki"

    with database.unit_of_work() as uow:
        stored = get_session(uow, session.id)
        with pytest.raises(InvalidInput):
            update_session(uow, replace(stored, start=time(3, 15)))
    with database.unit_of_work() as uow:
        assert get_session(uow, session.id).start == time(3, 30)
