"""Monthly seasons, dates left out with a reason, copied seasons and groups, on a real
database (SQLite and PostgreSQL)."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, time

from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import (
    LAST_IN_MONTH,
    CancelReason,
    MonthlyRule,
    SessionStatus,
    SkippedDate,
)
from ryhmat.domain.scheduling import SkipKind, SkippedDay
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.groups import group_copy, list_series, save_group
from ryhmat.domain.usecases.programme import season_programme
from ryhmat.domain.usecases.removal import Kind, archive
from ryhmat.domain.usecases.series import (
    copy_season,
    get_series,
    preview_series,
    save_series,
    season_skipped_days,
)
from ryhmat.storage.database import Database
from tests.integration.world import World

HOLIDAYS = FinnishHolidays()
TRAINING = SkippedDate(date(2025, 10, 11), "Työpari koulutuksessa")


def test_a_monthly_rule_and_skipped_dates_are_stored_and_read_back(
    database: Database, world: World
) -> None:
    season = dataclasses.replace(
        world.series,
        slots=[],
        monthly=MonthlyRule(LAST_IN_MONTH, 2, time(17, 30), time(19, 0)),
        skipped_dates=[SkippedDate(date(2025, 10, 29), "  Syysloma kotona  ")],
    )
    with database.unit_of_work() as uow:
        save_series(uow, season, HOLIDAYS)
    with database.unit_of_work() as uow:
        stored = get_series(uow, season.id)
        sessions = uow.sessions.for_series(season.id)
    assert stored.monthly == MonthlyRule(LAST_IN_MONTH, 2, time(17, 30), time(19, 0))
    assert stored.skipped_dates == [SkippedDate(date(2025, 10, 29), "Syysloma kotona")]
    # The last Wednesday of each month of 11.8.–12.12.2025; 29.10. is left out.
    assert [s.day for s in sessions] == [date(2025, 8, 27), date(2025, 9, 24), date(2025, 11, 26)]
    assert all(s.day.weekday() == 2 and s.start == time(17, 30) for s in sessions)
    # Back to weekly: the monthly rule is gone from the database, not only ignored.
    weekly = dataclasses.replace(stored, monthly=None, slots=world.series.slots, skipped_dates=[])
    with database.unit_of_work() as uow:
        save_series(uow, weekly, HOLIDAYS)
    with database.unit_of_work() as uow:
        again = get_series(uow, season.id)
    assert (again.monthly, again.skipped_dates) == (None, [])


def test_skipping_a_planned_date_cancels_its_session_with_the_reason(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    world.series.skipped_dates = [TRAINING]
    with database.unit_of_work() as uow:
        proposal = preview_series(uow, world.series, HOLIDAYS)
        assert [s.day for s in proposal.changes.cancelled] == [TRAINING.day]
        save_series(uow, world.series, HOLIDAYS)
    with database.unit_of_work() as uow:
        on_the_day = [s for s in uow.sessions.for_series(world.series.id) if s.day == TRAINING.day]
        skipped = season_skipped_days(uow, world.series.id, HOLIDAYS)
    assert len(on_the_day) == 1
    cancelled = on_the_day[0]
    assert cancelled.status is SessionStatus.CANCELLED
    assert (cancelled.cancel_reason, cancelled.cancel_category) == (
        "Työpari koulutuksessa",
        CancelReason.OTHER,
    )
    assert SkippedDay(TRAINING.day, "Työpari koulutuksessa", SkipKind.CHOSEN) in skipped
    assert SkippedDay(date(2025, 11, 1), "Pyhäinpäivä", SkipKind.HOLIDAY) in skipped
    assert [s.day for s in skipped] == sorted(s.day for s in skipped)


def test_undoing_a_skip_plans_the_cancelled_session_again(database: Database, world: World) -> None:
    for skipped in ([], [TRAINING]):
        world.series.skipped_dates = skipped
        with database.unit_of_work() as uow:
            save_series(uow, world.series, HOLIDAYS)
    world.series.skipped_dates = []
    with database.unit_of_work() as uow:
        proposal = preview_series(uow, world.series, HOLIDAYS)
        assert [s.day for s in proposal.changes.restored] == [TRAINING.day]
        assert proposal.changes.created == []
        save_series(uow, world.series, HOLIDAYS)
    with database.unit_of_work() as uow:
        sessions = uow.sessions.for_series(world.series.id)
    on_the_day = [s for s in sessions if s.day == TRAINING.day]
    assert [(s.status, s.cancel_reason) for s in on_the_day] == [(SessionStatus.PLANNED, "")]


def test_correcting_a_skip_reason_corrects_the_cancelled_session(
    database: Database, world: World
) -> None:
    """A reason typed wrong and put right: the session says the new reason too, as the
    families' calendars and the programme show it, not the misspelt one beside it."""
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    world.series.skipped_dates = [SkippedDate(TRAINING.day, "Työpari koulutukssa")]
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    with database.unit_of_work() as uow:
        (before,) = [s for s in uow.sessions.for_series(world.series.id) if s.day == TRAINING.day]
    world.series.skipped_dates = [TRAINING]
    with database.unit_of_work() as uow:
        proposal = preview_series(uow, world.series, HOLIDAYS)
        assert [s.day for s in proposal.changes.cancelled] == [TRAINING.day]
        save_series(uow, world.series, HOLIDAYS)
    with database.unit_of_work() as uow:
        (after,) = [s for s in uow.sessions.for_series(world.series.id) if s.day == TRAINING.day]
        programme = season_programme(uow, world.group.id, world.series.id, HOLIDAYS)
    assert (after.status, after.cancel_reason) == (SessionStatus.CANCELLED, TRAINING.reason)
    assert after.sequence > before.sequence  # the feeds tell the calendars
    assert [s.cancel_reason for s in programme.sessions if s.day == TRAINING.day] == [
        TRAINING.reason
    ]


def test_a_session_cancelled_for_a_skip_follows_the_season_to_another_weekday(
    database: Database, world: World
) -> None:
    """A session cancelled only because its date was left out goes, as the season's
    other sessions on that weekday go, when the season moves to another weekday: it
    stayed behind, cancelled on a Saturday of a Sunday group in every calendar."""
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    world.series.skipped_dates = [TRAINING]
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    sundays = [dataclasses.replace(slot, weekday=6) for slot in world.series.slots]
    moved = dataclasses.replace(world.series, slots=sundays, skipped_dates=[])
    with database.unit_of_work() as uow:
        save_series(uow, moved, HOLIDAYS)
    with database.unit_of_work() as uow:
        sessions = uow.sessions.for_series(world.series.id)
    assert sessions
    assert {s.day.weekday() for s in sessions} == {6}


def test_a_copied_season_is_saved_only_when_asked_and_keeps_the_original(
    database: Database, world: World
) -> None:
    world.series.skipped_dates = [TRAINING]
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    with database.unit_of_work() as uow:
        original = get_series(uow, world.series.id)
    with database.unit_of_work() as uow:
        copied_season = copy_season(
            uow, original, "Kevät 2026", date(2026, 1, 10), date(2026, 5, 30)
        )
    assert copied_season.left_out == []
    spring = copied_season.series
    with database.unit_of_work() as uow:
        proposal = preview_series(uow, spring, HOLIDAYS)
        assert len(list_series(uow, world.group.id)) == 1
    assert {o.day.weekday() for o in proposal.plan.occurrences} == {5}
    with database.unit_of_work() as uow:
        save_series(uow, spring, HOLIDAYS)
    with database.unit_of_work() as uow:
        seasons = list_series(uow, world.group.id)
        copied = get_series(uow, spring.id)
        sessions = uow.sessions.for_series(spring.id)
    assert [s.name for s in seasons] == [world.series.name, "Kevät 2026"]
    assert (copied.slots, copied.place_id, copied.leader_ids) == (
        original.slots,
        original.place_id,
        original.leader_ids,
    )
    assert copied.skipped_dates == []
    assert sessions
    assert all(date(2026, 1, 10) <= s.day <= date(2026, 5, 30) for s in sessions)


def test_a_copied_season_leaves_out_archived_leaders_and_its_archived_place(
    database: Database, world: World
) -> None:
    """A new period is not planned with a worker who has left, nor in a place given up;
    the copy names them, so the person can choose others."""
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
    now = datetime(2025, 12, 20, 12, 0, tzinfo=HELSINKI)
    with database.unit_of_work() as uow:
        archive(uow, Kind.WORKER, world.pekka.id, now)
    with database.unit_of_work() as uow:
        archive(uow, Kind.PLACE, world.place.id, now)
    with database.unit_of_work() as uow:
        original = get_series(uow, world.series.id)
        copied = copy_season(uow, original, "Kevät 2026", date(2026, 1, 10), date(2026, 5, 30))
    assert copied.left_out == [world.pekka.name, world.place.name]
    assert (copied.series.leader_ids, copied.series.place_id) == ([world.anna.id], None)
    assert (original.leader_ids, original.place_id) == (
        [world.pekka.id, world.anna.id],
        world.place.id,
    )
    with database.unit_of_work() as uow:
        save_series(uow, copied.series, HOLIDAYS)
    with database.unit_of_work() as uow:
        sessions = uow.sessions.for_series(copied.series.id)
    assert sessions
    assert all(s.leader_ids == [world.anna.id] for s in sessions)


def test_a_duplicated_group_has_the_settings_and_nothing_else(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        save_series(uow, world.series, HOLIDAYS)
        copy = group_copy(uow, world.group.id, "Isä-lapsi -ryhmä (kopio)")
        save_group(uow, copy)
    with database.unit_of_work() as uow:
        original = uow.groups.get(world.group.id)
        stored = uow.groups.get(copy.id)
        seasons = list_series(uow, copy.id)
        enrolments = uow.enrolments.for_group(copy.id)
    assert original is not None
    assert stored is not None
    assert stored.name == "Isä-lapsi -ryhmä (kopio)"
    same = dataclasses.replace(stored, id=original.id, name=original.name, version=0)
    assert same == dataclasses.replace(original, version=0)
    assert seasons == []
    assert enrolments == []
