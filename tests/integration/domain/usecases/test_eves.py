"""The eves the team's groups, or one group, do not meet on, on a real database."""

from __future__ import annotations

import dataclasses
from datetime import date, time

from ryhmat.domain.finnish_holidays import Eve, FinnishHolidays
from ryhmat.domain.model import Series, WeeklySlot
from ryhmat.domain.scheduling import SkipKind
from ryhmat.domain.usecases.eves import set_team_skipped_eves, team_skipped_eves
from ryhmat.domain.usecases.groups import save_group
from ryhmat.domain.usecases.series import preview_series
from ryhmat.domain.usecases.sessions import list_group_sessions
from ryhmat.storage.database import Database
from tests.integration.world import World

HOLIDAYS = FinnishHolidays()
KIIRASTORSTAI, VAPUNAATTO = date(2026, 4, 2), date(2026, 4, 30)


def _spring(world: World) -> Series:
    """Thursdays of spring 2026: kiirastorstai and vapunaatto are both Thursdays."""
    return Series(
        group_id=world.group.id,
        name="Kevät 2026",
        first_day=date(2026, 1, 8),
        last_day=date(2026, 5, 28),
        slots=[WeeklySlot(weekday=3, start=time(9, 30), end=time(11, 0))],
    )


def _eves_skipped(database: Database, series: Series) -> dict[date, str]:
    with database.unit_of_work() as uow:
        plan = preview_series(uow, series, HOLIDAYS).plan
    return {s.day: s.reason for s in plan.skipped if s.kind is SkipKind.EVE}


def test_the_team_chooses_the_eves_and_a_season_names_them(
    database: Database, world: World
) -> None:
    series = _spring(world)
    with database.unit_of_work() as uow:
        assert team_skipped_eves(uow) == []  # none until the team chooses
    assert _eves_skipped(database, series) == {}

    with database.unit_of_work() as uow:
        set_team_skipped_eves(uow, {Eve.MAY_DAY_EVE, Eve.MAUNDY_THURSDAY})
    with database.unit_of_work() as uow:
        assert team_skipped_eves(uow) == [Eve.MAUNDY_THURSDAY, Eve.MAY_DAY_EVE]
    assert _eves_skipped(database, series) == {
        KIIRASTORSTAI: "Kiirastorstai",
        VAPUNAATTO: "Vapunaatto",
    }


def test_a_group_may_choose_otherwise_than_the_team(database: Database, world: World) -> None:
    series = _spring(world)
    with database.unit_of_work() as uow:
        set_team_skipped_eves(uow, {Eve.MAY_DAY_EVE, Eve.MAUNDY_THURSDAY})
        save_group(uow, dataclasses.replace(world.group, skipped_eves=[Eve.MAY_DAY_EVE]))
    with database.unit_of_work() as uow:
        stored = uow.groups.get(world.group.id)
        assert stored is not None
        assert stored.skipped_eves == [Eve.MAY_DAY_EVE]
    assert _eves_skipped(database, series) == {VAPUNAATTO: "Vapunaatto"}

    with database.unit_of_work() as uow:
        save_group(uow, dataclasses.replace(stored, skipped_eves=[]))  # meets on every eve
    assert _eves_skipped(database, series) == {}

    with database.unit_of_work() as uow:
        stored = uow.groups.get(world.group.id)
        assert stored is not None
        save_group(uow, dataclasses.replace(stored, skipped_eves=None))  # the team's again
        uow.series.save(series)
        uow.commit()
        listing = list_group_sessions(uow, world.group.name, HOLIDAYS)
    skipped = {s.day: s.kind for s in listing.skipped}
    assert skipped[KIIRASTORSTAI] is SkipKind.EVE
    assert skipped[VAPUNAATTO] is SkipKind.EVE
