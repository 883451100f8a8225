"""Scheduling rules: a series becomes dated sessions; holidays and closures are skipped."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from ryhmat.domain.errors import InvalidInput
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import ClosurePeriod, Series, Session, SessionStatus, WeeklySlot
from ryhmat.domain.scheduling import (
    Occurrence,
    SeriesPlan,
    SkipKind,
    SkippedDay,
    apply_series,
    plan_series,
)
from ryhmat.domain.timezone import HELSINKI, wall_clock

HOLIDAYS = FinnishHolidays()
GROUP = uuid.UUID("00000000-0000-0000-0000-00000000000a")
PLACE = uuid.UUID("00000000-0000-0000-0000-0000000000b1")
OTHER_PLACE = uuid.UUID("00000000-0000-0000-0000-0000000000b2")
LEADER = uuid.UUID("00000000-0000-0000-0000-0000000000c1")
OTHER_LEADER = uuid.UUID("00000000-0000-0000-0000-0000000000c2")

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def slot(weekday: int, start: str = "9:30", end: str = "11:00") -> WeeklySlot:
    return WeeklySlot(weekday, t(start), t(end))


def t(text: str) -> time:
    hours, minutes = text.split(":")
    return time(int(hours), int(minutes))


def series(
    first: date,
    last: date,
    *slots: WeeklySlot,
    interval: int = 1,
    **overrides: object,
) -> Series:
    result = Series(
        group_id=GROUP,
        name="Isä-lapsi -ryhmä syksy",
        first_day=first,
        last_day=last,
        slots=list(slots),
        interval_weeks=interval,
    )
    for name, value in overrides.items():
        setattr(result, name, value)
    return result


def plan(s: Series, *closures: ClosurePeriod) -> SeriesPlan:
    return plan_series(s, HOLIDAYS, list(closures))


def days(p: SeriesPlan) -> list[date]:
    return [o.day for o in p.occurrences]


def dates(first: date, *offsets_in_days: int) -> list[date]:
    return [first + timedelta(days=n) for n in offsets_in_days]


# --- weekly series, intervals, chosen dates --------------------------------------------


def test_weekly_series_meets_every_week_on_its_weekday() -> None:
    # Tuesdays of September 2026: 1, 8, 15, 22, 29.
    p = plan(series(date(2026, 9, 1), date(2026, 9, 30), slot(TUE, "9:30", "11:00")))
    assert days(p) == dates(date(2026, 9, 1), 0, 7, 14, 21, 28)
    assert all(o.start == time(9, 30) and o.end == time(11, 0) for o in p.occurrences)
    assert p.skipped == ()


def test_series_on_several_weekdays_is_in_date_order_with_each_slot_time() -> None:
    p = plan(
        series(
            date(2026, 9, 1),
            date(2026, 9, 13),
            slot(THU, "13:00", "15:00"),
            slot(TUE, "9:30", "11:00"),
        )
    )
    assert p.occurrences == (
        Occurrence(date(2026, 9, 1), time(9, 30), time(11, 0)),
        Occurrence(date(2026, 9, 3), time(13, 0), time(15, 0)),
        Occurrence(date(2026, 9, 8), time(9, 30), time(11, 0)),
        Occurrence(date(2026, 9, 10), time(13, 0), time(15, 0)),
    )


def test_two_slots_on_one_weekday_give_two_occurrences_that_day() -> None:
    p = plan(
        series(
            date(2026, 9, 7),
            date(2026, 9, 13),
            slot(WED, "13:00", "14:00"),
            slot(WED, "9:00", "10:00"),
        )
    )
    assert p.occurrences == (
        Occurrence(date(2026, 9, 9), time(9, 0), time(10, 0)),
        Occurrence(date(2026, 9, 9), time(13, 0), time(14, 0)),
    )


def test_season_bounds_are_inclusive() -> None:
    # Both the first and the last day are Tuesdays and both meet.
    p = plan(series(date(2026, 9, 1), date(2026, 9, 15), slot(TUE)))
    assert days(p) == [date(2026, 9, 1), date(2026, 9, 8), date(2026, 9, 15)]


def test_one_day_season() -> None:
    assert days(plan(series(date(2026, 9, 1), date(2026, 9, 1), slot(TUE)))) == [date(2026, 9, 1)]
    assert days(plan(series(date(2026, 9, 1), date(2026, 9, 1), slot(WED)))) == []


def test_every_other_week_includes_the_first_week_of_the_season() -> None:
    # The season starts on Thursday 3 September 2026: its week is week 0.
    p = plan(series(date(2026, 9, 3), date(2026, 10, 31), slot(THU), interval=2))
    assert days(p) == dates(date(2026, 9, 3), 0, 14, 28, 42, 56)


def test_interval_phase_is_anchored_on_the_week_not_on_the_first_meeting() -> None:
    # The season starts on Thursday 3 September 2026. Monday 31 August is in week 0
    # but before the season, so the first Monday is in week 2 (14 September),
    # not Monday 7 September of week 1.
    p = plan(series(date(2026, 9, 3), date(2026, 10, 31), slot(MON), interval=2))
    assert days(p) == [date(2026, 9, 14), date(2026, 9, 28), date(2026, 10, 12), date(2026, 10, 26)]


def test_every_third_week_on_two_weekdays() -> None:
    p = plan(series(date(2026, 9, 1), date(2026, 10, 31), slot(TUE), slot(FRI), interval=3))
    assert days(p) == [
        date(2026, 9, 1),
        date(2026, 9, 4),
        date(2026, 9, 22),
        date(2026, 9, 25),
        date(2026, 10, 13),
        date(2026, 10, 16),
    ]


def test_chosen_dates_are_deduplicated_sorted_and_get_the_chosen_times() -> None:
    s = series(
        date(2026, 9, 1),
        date(2026, 12, 31),
        slot(MON),  # ignored with chosen dates
        interval=53,  # ignored too
        chosen_dates=[date(2026, 11, 20), date(2026, 9, 5), date(2026, 11, 20), date(2026, 10, 2)],
        chosen_start=time(17, 0),
        chosen_end=time(18, 30),
    )
    p = plan(s)
    assert p.occurrences == (
        Occurrence(date(2026, 9, 5), time(17, 0), time(18, 30)),
        Occurrence(date(2026, 10, 2), time(17, 0), time(18, 30)),
        Occurrence(date(2026, 11, 20), time(17, 0), time(18, 30)),
    )


def test_chosen_dates_on_the_season_bounds_are_allowed() -> None:
    s = series(
        date(2026, 9, 1),
        date(2026, 9, 30),
        chosen_dates=[date(2026, 9, 30), date(2026, 9, 1)],
        chosen_start=time(17, 0),
        chosen_end=time(18, 0),
    )
    assert days(plan(s)) == [date(2026, 9, 1), date(2026, 9, 30)]


def test_chosen_dates_skip_holidays_and_closures_too() -> None:
    s = series(
        date(2026, 9, 1),
        date(2026, 12, 31),
        chosen_dates=[date(2026, 10, 31), date(2026, 10, 14), date(2026, 11, 7)],
        chosen_start=time(10, 0),
        chosen_end=time(12, 0),
    )
    syysloma = ClosurePeriod(
        name="syysloma", first_day=date(2026, 10, 12), last_day=date(2026, 10, 18)
    )
    p = plan(s, syysloma)
    assert days(p) == [date(2026, 11, 7)]
    assert p.skipped == (
        SkippedDay(date(2026, 10, 14), "syysloma", SkipKind.CLOSURE),
        SkippedDay(date(2026, 10, 31), "Pyhäinpäivä", SkipKind.HOLIDAY),
    )


# --- holidays and closures ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("holiday", "name", "weekday"),
    [
        (date(2027, 12, 6), "Itsenäisyyspäivä", MON),
        (date(2026, 10, 31), "Pyhäinpäivä", SAT),
        (date(2026, 5, 14), "Helatorstai", THU),
        (date(2027, 5, 6), "Helatorstai", THU),
        (date(2026, 1, 6), "Loppiainen", TUE),
        (date(2027, 1, 6), "Loppiainen", WED),
        (date(2026, 4, 6), "Toinen pääsiäispäivä", MON),
        (date(2026, 5, 1), "Vappu", FRI),
    ],
)
def test_finnish_public_holidays_are_skipped_with_their_finnish_name(
    holiday: date, name: str, weekday: int
) -> None:
    assert holiday.weekday() == weekday
    p = plan(series(holiday - timedelta(days=7), holiday + timedelta(days=7), slot(weekday)))
    assert days(p) == [holiday - timedelta(days=7), holiday + timedelta(days=7)]
    assert p.skipped == (SkippedDay(holiday, name, SkipKind.HOLIDAY),)


def test_finnish_holidays_calendar_names() -> None:
    assert HOLIDAYS.holiday_name(date(2027, 12, 6)) == "Itsenäisyyspäivä"
    assert HOLIDAYS.holiday_name(date(2026, 10, 31)) == "Pyhäinpäivä"
    assert HOLIDAYS.holiday_name(date(2026, 5, 14)) == "Helatorstai"
    assert HOLIDAYS.holiday_name(date(2026, 1, 6)) == "Loppiainen"
    assert HOLIDAYS.holiday_name(date(2026, 10, 30)) is None
    assert HOLIDAYS.holiday_name(date(2027, 12, 7)) is None


def test_closure_period_is_skipped_with_its_name_on_both_bounds() -> None:
    # Syysloma Monday 12 – Sunday 18 October 2026; the series meets Mon and Sun.
    syysloma = ClosurePeriod(
        name="Syysloma", first_day=date(2026, 10, 12), last_day=date(2026, 10, 18)
    )
    p = plan(series(date(2026, 10, 5), date(2026, 10, 25), slot(MON), slot(SUN)), syysloma)
    assert days(p) == [
        date(2026, 10, 5),
        date(2026, 10, 11),
        date(2026, 10, 19),
        date(2026, 10, 25),
    ]
    assert p.skipped == (
        SkippedDay(date(2026, 10, 12), "Syysloma", SkipKind.CLOSURE),
        SkippedDay(date(2026, 10, 18), "Syysloma", SkipKind.CLOSURE),
    )


def test_day_in_a_closure_that_is_also_a_holiday_is_reported_once_as_the_holiday() -> None:
    joululoma = ClosurePeriod(
        name="Joululoma", first_day=date(2026, 12, 21), last_day=date(2027, 1, 6)
    )
    # Wednesdays: 23.12. and 30.12. are closure days, 6.1.2027 is loppiainen.
    p = plan(series(date(2026, 12, 16), date(2027, 1, 13), slot(WED)), joululoma)
    assert days(p) == [date(2026, 12, 16), date(2027, 1, 13)]
    assert p.skipped == (
        SkippedDay(date(2026, 12, 23), "Joululoma", SkipKind.CLOSURE),
        SkippedDay(date(2026, 12, 30), "Joululoma", SkipKind.CLOSURE),
        SkippedDay(date(2027, 1, 6), "Loppiainen", SkipKind.HOLIDAY),
    )


def test_holiday_with_two_slots_that_day_is_reported_once() -> None:
    p = plan(
        series(
            date(2027, 12, 6),
            date(2027, 12, 6),
            slot(MON, "9:00", "10:00"),
            slot(MON, "13:00", "14:00"),
        )
    )
    assert p.occurrences == ()
    assert p.skipped == (SkippedDay(date(2027, 12, 6), "Itsenäisyyspäivä", SkipKind.HOLIDAY),)


def test_overlapping_closures_report_the_day_once() -> None:
    first = ClosurePeriod(
        name="Hiihtoloma", first_day=date(2027, 2, 22), last_day=date(2027, 2, 28)
    )
    second = ClosurePeriod(name="Remontti", first_day=date(2027, 2, 15), last_day=date(2027, 3, 7))
    p = plan(series(date(2027, 2, 22), date(2027, 2, 28), slot(TUE)), first, second)
    assert p.occurrences == ()
    assert [(s.day, s.kind) for s in p.skipped] == [(date(2027, 2, 23), SkipKind.CLOSURE)]
    assert p.skipped[0].reason in {"Hiihtoloma", "Remontti"}


# --- validation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("make", "message"),
    [
        pytest.param(
            lambda: series(date(2026, 9, 30), date(2026, 9, 1), slot(TUE)),
            "The end date 1.9.2026 is before the start date 30.9.2026.",
            id="season-ends-before-it-starts",
        ),
        pytest.param(
            lambda: series(date(2026, 9, 1), date(2026, 9, 30), slot(TUE, "10:00", "10:00")),
            "The end time 10.00 is not after the start time 10.00.",
            id="slot-ends-when-it-starts",
        ),
        pytest.param(
            lambda: series(date(2026, 9, 1), date(2026, 9, 30), slot(TUE, "11:00", "9:30")),
            "The end time 9.30 is not after the start time 11.00.",
            id="slot-ends-before-it-starts",
        ),
        pytest.param(
            lambda: series(date(2026, 9, 1), date(2026, 9, 30)),
            "Choose at least one weekday, or chosen dates.",
            id="no-weekday-no-dates",
        ),
        pytest.param(
            lambda: series(date(2026, 9, 1), date(2026, 9, 30), slot(TUE), interval=0),
            "The interval must be between 1 and 52 weeks.",
            id="interval-0",
        ),
        pytest.param(
            lambda: series(date(2026, 9, 1), date(2026, 9, 30), slot(TUE), interval=53),
            "The interval must be between 1 and 52 weeks.",
            id="interval-53",
        ),
        pytest.param(
            lambda: series(date(2026, 9, 1), date(2026, 9, 30), slot(7)),
            "A weekday must be between Monday and Sunday.",
            id="weekday-7",
        ),
        pytest.param(
            lambda: series(date(2026, 9, 1), date(2026, 9, 30), slot(-1)),
            "A weekday must be between Monday and Sunday.",
            id="weekday-minus-1",
        ),
        pytest.param(
            lambda: series(date(2026, 9, 1), date(2026, 9, 30), chosen_dates=[date(2026, 9, 5)]),
            "Chosen dates need a start and an end time.",
            id="chosen-dates-without-times",
        ),
        pytest.param(
            lambda: series(
                date(2026, 9, 1),
                date(2026, 9, 30),
                chosen_dates=[date(2026, 9, 5)],
                chosen_start=time(10, 0),
            ),
            "Chosen dates need a start and an end time.",
            id="chosen-dates-without-end-time",
        ),
        pytest.param(
            lambda: series(
                date(2026, 9, 1),
                date(2026, 9, 30),
                chosen_dates=[date(2026, 9, 5)],
                chosen_start=time(10, 0),
                chosen_end=time(9, 0),
            ),
            "The end time 9.00 is not after the start time 10.00.",
            id="chosen-end-before-start",
        ),
        pytest.param(
            lambda: series(
                date(2026, 9, 1),
                date(2026, 9, 30),
                chosen_dates=[date(2026, 10, 1), date(2026, 9, 5), date(2026, 8, 31)],
                chosen_start=time(10, 0),
                chosen_end=time(11, 0),
            ),
            "The chosen date 31.8.2026 is outside the season.",
            id="chosen-date-outside-season",
        ),
        pytest.param(
            lambda: series(date(2026, 1, 1), date(2029, 12, 31), slot(TUE)),
            "A season can last at most three years.",
            id="season-too-long",
        ),
    ],
)
def test_invalid_series_raise_invalid_input_with_a_useful_message(
    make: Callable[[], Series], message: str
) -> None:
    with pytest.raises(InvalidInput) as raised:
        plan(make())
    assert str(raised.value) == message
    assert raised.value.message() == message


def test_invalid_input_keeps_template_and_params_for_translation() -> None:
    with pytest.raises(InvalidInput) as raised:
        plan(series(date(2026, 9, 30), date(2026, 9, 1), slot(TUE)))
    assert raised.value.template == "The end date {last} is before the start date {first}."
    assert raised.value.params == {"first": date(2026, 9, 30), "last": date(2026, 9, 1)}
    translated: list[tuple[str, str]] = []

    def translate(context: str, text: str) -> str:
        translated.append((context, text))
        return text

    assert raised.value.message(translate) == (
        "The end date 1.9.2026 is before the start date 30.9.2026."
    )
    assert translated == [("Errors", raised.value.template)]


@pytest.mark.parametrize("interval", [1, 52])
def test_interval_bounds_are_allowed(interval: int) -> None:
    p = plan(series(date(2026, 9, 1), date(2026, 9, 1), slot(TUE), interval=interval))
    assert days(p) == [date(2026, 9, 1)]


# --- Helsinki wall-clock time across the clock changes -----------------------------------


def test_tuesday_series_stays_at_930_local_across_both_clock_changes() -> None:
    # Clocks go forward on Sunday 29 March 2026 and back on Sunday 25 October 2026.
    s = series(date(2026, 3, 17), date(2026, 11, 3), slot(TUE, "9:30", "11:00"))
    sessions = apply_series(s, plan(s), [], set()).created
    by_day = {session.day: session for session in sessions}
    assert len(sessions) == 34

    for session in sessions:
        local = session.starts_at
        assert (local.hour, local.minute) == (9, 30)
        assert local.tzinfo is HELSINKI
        assert (session.ends_at.hour, session.ends_at.minute) == (11, 0)

    winter_before = by_day[date(2026, 3, 24)].starts_at
    summer_first = by_day[date(2026, 3, 31)].starts_at
    summer_last = by_day[date(2026, 10, 20)].starts_at
    winter_after = by_day[date(2026, 10, 27)].starts_at
    assert winter_before.utcoffset() == timedelta(hours=2)
    assert summer_first.utcoffset() == timedelta(hours=3)
    assert summer_last.utcoffset() == timedelta(hours=3)
    assert winter_after.utcoffset() == timedelta(hours=2)
    assert winter_before.astimezone(UTC).hour == 7
    assert summer_first.astimezone(UTC).hour == 6
    assert summer_last.astimezone(UTC).hour == 6
    assert winter_after.astimezone(UTC).hour == 7
    assert winter_after.astimezone(UTC).minute == 30
    # A week of wall-clock time is not a week of elapsed time across the change.
    assert summer_first.astimezone(UTC) - winter_before.astimezone(UTC) == timedelta(
        days=7, hours=-1
    )
    assert winter_after.astimezone(UTC) - summer_last.astimezone(UTC) == timedelta(days=7, hours=1)


# --- apply_series ----------------------------------------------------------------------------

SEPTEMBER = (date(2026, 9, 1), date(2026, 9, 29))  # five Tuesdays: 1, 8, 15, 22, 29


def september(**overrides: Any) -> Series:
    return series(*SEPTEMBER, slot(TUE, "9:30", "11:00"), **overrides)


def fresh_sessions(s: Series) -> list[Session]:
    return apply_series(
        s, plan(s), [], set(), default_place_id=PLACE, default_leader_ids=[LEADER]
    ).created


def test_apply_creates_sessions_for_a_fresh_series_with_the_defaults() -> None:
    s = september()
    changes = apply_series(
        s, plan(s), [], set(), default_place_id=PLACE, default_leader_ids=[LEADER]
    )
    assert [x.day for x in changes.created] == dates(date(2026, 9, 1), 0, 7, 14, 21, 28)
    assert changes.updated == changes.removed == changes.kept == changes.unchanged == []
    for session in changes.created:
        assert session.group_id == GROUP
        assert session.series_id == s.id
        assert session.occurrence_day == session.day
        assert (session.start, session.end) == (time(9, 30), time(11, 0))
        assert session.place_id == PLACE
        assert session.leader_ids == [LEADER]
        assert session.status is SessionStatus.PLANNED
        assert session.sequence == 0
        assert not session.edited_individually
    assert len({x.id for x in changes.created}) == 5
    assert changes.sessions_after == changes.created


def test_apply_prefers_the_series_place_and_leaders_over_the_defaults() -> None:
    s = september(place_id=OTHER_PLACE, leader_ids=[OTHER_LEADER, LEADER])
    created = fresh_sessions(s)
    assert {x.place_id for x in created} == {OTHER_PLACE}
    assert all(x.leader_ids == [OTHER_LEADER, LEADER] for x in created)
    # Each session gets its own list: editing one does not edit the others or the series.
    created[0].leader_ids.append(PLACE)
    assert created[1].leader_ids == [OTHER_LEADER, LEADER]
    assert s.leader_ids == [OTHER_LEADER, LEADER]


def test_apply_without_place_or_leaders_leaves_them_empty() -> None:
    s = september()
    created = apply_series(s, plan(s), [], set()).created
    assert all(x.place_id is None and x.leader_ids == [] for x in created)


def test_reapplying_the_same_plan_changes_nothing() -> None:
    s = september()
    existing = fresh_sessions(s)
    changes = apply_series(
        s, plan(s), existing, set(), default_place_id=PLACE, default_leader_ids=[LEADER]
    )
    assert changes.created == changes.updated == changes.removed == changes.kept == []
    assert [x.id for x in changes.unchanged] == [x.id for x in existing]
    assert all(x.sequence == 0 for x in existing)


def test_changing_the_slot_time_updates_the_sessions_and_their_sequence() -> None:
    s = september()
    existing = fresh_sessions(s)
    ids = [x.id for x in existing]
    s.slots = [slot(TUE, "10:00", "12:15")]
    changes = apply_series(
        s, plan(s), existing, set(), default_place_id=PLACE, default_leader_ids=[LEADER]
    )
    assert changes.created == changes.removed == changes.kept == changes.unchanged == []
    assert [x.id for x in changes.updated] == ids
    for session in changes.updated:
        assert (session.start, session.end) == (time(10, 0), time(12, 15))
        assert session.sequence == 1
    # Applying the changed series again is quiet and does not bump the sequence.
    again = apply_series(
        s, plan(s), existing, set(), default_place_id=PLACE, default_leader_ids=[LEADER]
    )
    assert [x.id for x in again.unchanged] == ids
    assert all(x.sequence == 1 for x in existing)


def test_changing_the_default_place_updates_the_sessions() -> None:
    s = september()
    existing = fresh_sessions(s)
    changes = apply_series(
        s, plan(s), existing, set(), default_place_id=OTHER_PLACE, default_leader_ids=[LEADER]
    )
    assert len(changes.updated) == 5
    assert {x.place_id for x in existing} == {OTHER_PLACE}
    assert {x.sequence for x in existing} == {1}


def test_shortening_the_season_removes_the_sessions_beyond_the_new_end() -> None:
    s = september()
    existing = fresh_sessions(s)
    s.last_day = date(2026, 9, 16)
    changes = apply_series(
        s, plan(s), existing, set(), default_place_id=PLACE, default_leader_ids=[LEADER]
    )
    assert [x.day for x in changes.removed] == [date(2026, 9, 22), date(2026, 9, 29)]
    assert [x.day for x in changes.unchanged] == [
        date(2026, 9, 1),
        date(2026, 9, 8),
        date(2026, 9, 15),
    ]
    assert changes.created == changes.updated == changes.kept == []


def test_a_new_closure_removes_planned_sessions_in_it() -> None:
    s = september()
    existing = fresh_sessions(s)
    closure = ClosurePeriod(
        name="Koulutuspäivä", first_day=date(2026, 9, 15), last_day=date(2026, 9, 15)
    )
    changes = apply_series(
        s, plan(s, closure), existing, set(), default_place_id=PLACE, default_leader_ids=[LEADER]
    )
    assert [x.day for x in changes.removed] == [date(2026, 9, 15)]
    assert len(changes.unchanged) == 4


def test_moving_the_weekday_replaces_planned_sessions() -> None:
    s = september()
    existing = fresh_sessions(s)
    s.slots = [slot(WED, "9:30", "11:00")]
    changes = apply_series(
        s, plan(s), existing, set(), default_place_id=PLACE, default_leader_ids=[LEADER]
    )
    assert [x.day for x in changes.created] == dates(date(2026, 9, 2), 0, 7, 14, 21)
    assert [x.id for x in changes.removed] == [x.id for x in existing]


@dataclass
class Snapshot:
    day: date
    start: time
    end: time
    status: SessionStatus
    sequence: int

    @staticmethod
    def of(session: Session) -> Snapshot:
        return Snapshot(session.day, session.start, session.end, session.status, session.sequence)


def test_protected_sessions_are_never_moved_or_removed_nor_duplicated() -> None:
    s = september()
    existing = fresh_sessions(s)
    with_attendance, moved, cancelled, held, plain = (
        existing[0],
        existing[1],
        existing[2],
        existing[3],
        existing[4],
    )
    moved.day = date(2026, 9, 10)  # to Thursday, at another time
    moved.start, moved.end = time(12, 0), time(13, 0)
    moved.edited_individually = True
    cancelled.status = SessionStatus.CANCELLED
    cancelled.cancel_reason = "Ohjaaja sairaana"
    held.status = SessionStatus.HELD
    protected = [with_attendance, moved, cancelled, held]
    before = {x.id: Snapshot.of(x) for x in protected}

    # A new time and a season that ends before the last two meetings.
    s.slots = [slot(TUE, "10:00", "11:30")]
    s.last_day = date(2026, 9, 14)
    changes = apply_series(
        s,
        plan(s),
        existing,
        {with_attendance.id},
        default_place_id=PLACE,
        default_leader_ids=[LEADER],
    )

    assert {x.id for x in changes.kept} == {x.id for x in protected}
    for session in changes.kept:
        assert Snapshot.of(session) == before[session.id]
    assert moved.occurrence_day == date(2026, 9, 8)
    assert changes.created == changes.updated == changes.unchanged == []
    assert changes.removed == [plain]
    # One session per occurrence after the change, none of them a new one.
    assert sorted(x.occurrence_day for x in changes.sessions_after if x.occurrence_day) == [
        date(2026, 9, 1),
        date(2026, 9, 8),
        date(2026, 9, 15),
        date(2026, 9, 22),
    ]


def test_a_moved_session_keeps_its_identity_and_is_matched_by_occurrence_day() -> None:
    s = september()
    existing = fresh_sessions(s)
    moved = existing[2]
    identity = (moved.id, moved.uid)
    moved.day = date(2026, 9, 17)
    moved.edited_individually = True
    changes = apply_series(
        s, plan(s), existing, set(), default_place_id=PLACE, default_leader_ids=[LEADER]
    )
    assert changes.kept == [moved]
    assert (changes.kept[0].id, changes.kept[0].uid) == identity
    assert changes.kept[0].day == date(2026, 9, 17)
    assert changes.kept[0].occurrence_day == date(2026, 9, 15)
    assert changes.created == []
    assert len(changes.unchanged) == 4
    assert date(2026, 9, 15) not in [x.day for x in changes.sessions_after]


def test_an_unprotected_session_is_moved_back_to_its_occurrence() -> None:
    s = september()
    existing = fresh_sessions(s)
    stray = existing[2]
    stray.day = date(2026, 9, 16)
    changes = apply_series(
        s, plan(s), existing, set(), default_place_id=PLACE, default_leader_ids=[LEADER]
    )
    assert changes.updated == [stray]
    assert (stray.day, stray.sequence) == (date(2026, 9, 15), 1)


def test_protected_session_on_a_newly_skipped_day_is_kept() -> None:
    s = september()
    existing = fresh_sessions(s)
    held = existing[1]
    held.status = SessionStatus.HELD
    closure = ClosurePeriod(name="Syysloma", first_day=date(2026, 9, 7), last_day=date(2026, 9, 9))
    changes = apply_series(
        s, plan(s, closure), existing, set(), default_place_id=PLACE, default_leader_ids=[LEADER]
    )
    assert changes.kept == [held]
    assert changes.removed == []
    assert held.day == date(2026, 9, 8)


def two_slot_tuesday() -> tuple[Series, Session, Session]:
    s = series(
        date(2026, 9, 1), date(2026, 9, 1), slot(TUE, "9:00", "11:00"), slot(TUE, "13:00", "15:00")
    )
    morning, afternoon = apply_series(s, plan(s), [], set()).created
    assert (morning.start, afternoon.start) == (time(9, 0), time(13, 0))
    return s, morning, afternoon


@pytest.mark.parametrize("new_start", ["15:30", "13:00", "12:00"])
def test_editing_one_of_two_sessions_of_a_day_to_another_time_leaves_the_other_alone(
    new_start: str,
) -> None:
    # Regression: matching by order within the day alone used to move the
    # untouched 13.00 session to 9.00 when the 9.00 one was edited to 15.30.
    s, morning, afternoon = two_slot_tuesday()
    morning.start, morning.end = t(new_start), time(17, 0)
    morning.edited_individually = True
    changes = apply_series(s, plan(s), [afternoon, morning], set())
    assert changes.unchanged == [afternoon]
    assert changes.kept == [morning]
    assert changes.created == changes.updated == changes.removed == []
    assert (afternoon.start, afternoon.sequence) == (time(13, 0), 0)
    assert morning.start == t(new_start)


def test_a_held_session_keeps_its_occurrence_when_the_other_slot_moves() -> None:
    s, morning, afternoon = two_slot_tuesday()
    morning.status = SessionStatus.HELD
    s.slots = [slot(TUE, "9:00", "11:00"), slot(TUE, "14:00", "16:00")]
    changes = apply_series(s, plan(s), [morning, afternoon], set())
    assert changes.kept == [morning]
    assert changes.updated == [afternoon]
    assert (afternoon.start, afternoon.end, afternoon.sequence) == (time(14, 0), time(16, 0), 1)


# --- properties -------------------------------------------------------------------------------

CLOSURE_NAMES = ["Syysloma", "Joululoma", "Hiihtoloma", "Kesätauko", "Remontti"]


@st.composite
def slots_strategy(
    draw: st.DrawFn, max_size: int = 4, unique_weekdays: bool = False
) -> list[WeeklySlot]:
    specs = draw(
        st.lists(
            st.tuples(
                st.integers(0, 6),
                st.integers(7 * 12, 20 * 12),  # start in 5-minute steps, 7.00–20.00
                st.integers(3, 48),  # duration in 5-minute steps, 15–240 min
            ),
            min_size=1,
            max_size=max_size,
            unique_by=(lambda spec: spec[0]) if unique_weekdays else None,
        )
    )
    result = []
    for weekday, start_steps, duration_steps in specs:
        start_min, end_min = start_steps * 5, (start_steps + duration_steps) * 5
        assume(end_min < 24 * 60)
        result.append(WeeklySlot(weekday, time(*divmod(start_min, 60)), time(*divmod(end_min, 60))))
    return result


@st.composite
def closures_strategy(draw: st.DrawFn, first_day: date, season_days: int) -> list[ClosurePeriod]:
    specs = draw(
        st.lists(
            st.tuples(
                st.integers(-30, season_days + 30),
                st.integers(0, 30),
                st.sampled_from(CLOSURE_NAMES),
            ),
            max_size=4,
        )
    )
    return [
        ClosurePeriod(
            name=name,
            first_day=first_day + timedelta(days=offset),
            last_day=first_day + timedelta(days=offset + length),
        )
        for offset, length, name in specs
    ]


def expected_candidate_days(s: Series) -> set[date]:
    """The season's days on a slot weekday in a meeting week, counted the slow way."""
    monday = s.first_day - timedelta(days=s.first_day.weekday())
    weekdays = {x.weekday for x in s.slots}
    result = set()
    day = s.first_day
    while day <= s.last_day:
        week = (day - monday).days // 7
        if day.weekday() in weekdays and week % s.interval_weeks == 0:
            result.add(day)
        day += timedelta(days=1)
    return result


@st.composite
def series_and_closures(draw: st.DrawFn) -> tuple[Series, list[ClosurePeriod]]:
    first = draw(st.dates(date(2020, 1, 1), date(2035, 12, 31)))
    length = draw(st.integers(0, 400))
    s = series(
        first,
        first + timedelta(days=length),
        *draw(slots_strategy()),
        interval=draw(st.integers(1, 4)),
    )
    return s, draw(closures_strategy(first, length))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(series_and_closures())
def test_plan_properties(case: tuple[Series, list[ClosurePeriod]]) -> None:
    s, closures = case
    p = plan_series(s, HOLIDAYS, closures)
    slot_times: dict[int, Counter[tuple[time, time]]] = {}
    for x in s.slots:
        slot_times.setdefault(x.weekday, Counter())[(x.start, x.end)] += 1

    for o in p.occurrences:
        assert s.first_day <= o.day <= s.last_day
        assert o.day.weekday() in slot_times
        assert (o.start, o.end) in slot_times[o.day.weekday()]
        assert HOLIDAYS.holiday_name(o.day) is None
        assert not any(c.covers(o.day) for c in closures)
        # The wall-clock time survives a round trip through UTC on any date.
        there_and_back = wall_clock(o.day, o.start).astimezone(UTC).astimezone(HELSINKI)
        assert (there_and_back.date(), there_and_back.hour, there_and_back.minute) == (
            o.day,
            o.start.hour,
            o.start.minute,
        )
    assert list(p.occurrences) == sorted(p.occurrences, key=lambda o: (o.day, o.start))

    # Every slot of a meeting day meets, once.
    per_day = Counter(o.day for o in p.occurrences)
    for day, count in per_day.items():
        assert count == sum(slot_times[day.weekday()].values())

    skipped_days = [x.day for x in p.skipped]
    assert len(skipped_days) == len(set(skipped_days))
    assert skipped_days == sorted(skipped_days)
    for skip in p.skipped:
        assert skip.reason
        holiday = HOLIDAYS.holiday_name(skip.day)
        if holiday is not None:
            assert (skip.kind, skip.reason) == (SkipKind.HOLIDAY, holiday)
        else:
            assert skip.kind is SkipKind.CLOSURE
            assert skip.reason in {c.name for c in closures if c.covers(skip.day)}

    # Completeness: every candidate day either meets or is skipped, never both.
    assert set(per_day).isdisjoint(skipped_days)
    assert set(per_day) | set(skipped_days) == expected_candidate_days(s)


PROTECTIONS = ["none", "attendance", "edited", "moved", "cancelled", "held"]


@st.composite
def existing_sessions(draw: st.DrawFn, s: Series) -> tuple[list[Session], set[uuid.UUID]]:
    """Sessions of the series from an earlier plan: one per occurrence day, some protected."""
    span = (s.last_day - s.first_day).days
    offsets = draw(st.sets(st.integers(-21, span + 21), max_size=12))
    sessions: list[Session] = []
    with_attendance: set[uuid.UUID] = set()
    for offset in sorted(offsets):
        occurrence = s.first_day + timedelta(days=offset)
        start_steps = draw(st.integers(7 * 12, 20 * 12))
        duration_steps = draw(st.integers(3, 36))
        session = Session(
            group_id=GROUP,
            series_id=s.id,
            day=occurrence,
            occurrence_day=draw(st.sampled_from([occurrence, None])),
            start=time(*divmod(start_steps * 5, 60)),
            end=time(*divmod((start_steps + duration_steps) * 5, 60)),
            place_id=draw(st.sampled_from([None, PLACE])),
            leader_ids=draw(st.sampled_from([[], [LEADER]])),
        )
        protection = draw(st.sampled_from(PROTECTIONS))
        if protection == "attendance":
            with_attendance.add(session.id)
        elif protection == "edited":
            session.edited_individually = True
        elif protection == "moved":
            session.occurrence_day = occurrence
            session.day = occurrence + timedelta(days=draw(st.integers(-6, 6)))
            session.edited_individually = True
        elif protection == "cancelled":
            session.status = SessionStatus.CANCELLED
        elif protection == "held":
            session.status = SessionStatus.HELD
        sessions.append(session)
    # Attendance ids of sessions not in this series do no harm.
    with_attendance.add(uuid.uuid4())
    return sessions, with_attendance


@st.composite
def apply_case(
    draw: st.DrawFn,
) -> tuple[Series, list[ClosurePeriod], list[Session], set[uuid.UUID]]:
    first = draw(st.dates(date(2020, 1, 1), date(2035, 12, 31)))
    length = draw(st.integers(0, 120))
    s = series(
        first,
        first + timedelta(days=length),
        *draw(slots_strategy(unique_weekdays=True)),
        interval=draw(st.integers(1, 4)),
        place_id=draw(st.sampled_from([None, PLACE, OTHER_PLACE])),
    )
    closures = draw(closures_strategy(first, length))
    old_season = series(
        first + timedelta(days=draw(st.integers(-30, 30))),
        first + timedelta(days=length + draw(st.integers(-30, 30))),
        slot(MON),
    )
    old_season.id = s.id
    assume(old_season.first_day <= old_season.last_day)
    existing, with_attendance = draw(existing_sessions(old_season))
    return s, closures, existing, with_attendance


def occurrence_key(session: Session) -> date:
    return session.occurrence_day or session.day


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(apply_case())
def test_apply_series_properties(
    case: tuple[Series, list[ClosurePeriod], list[Session], set[uuid.UUID]],
) -> None:
    s, closures, existing, with_attendance = case
    protected_ids = {
        x.id
        for x in existing
        if x.edited_individually or x.status is not SessionStatus.PLANNED or x.id in with_attendance
    }
    before = {x.id: Snapshot.of(x) for x in existing}
    p = plan_series(s, HOLIDAYS, closures)

    changes = apply_series(s, p, existing, with_attendance, default_leader_ids=[OTHER_LEADER])

    # Every protected session is kept exactly as it was.
    kept = {x.id: x for x in changes.kept}
    assert set(kept) == protected_ids
    for session_id in protected_ids:
        assert Snapshot.of(kept[session_id]) == before[session_id]

    # Every earlier session is accounted for exactly once; created ones are new.
    old_ids = [
        x.id for x in [*changes.updated, *changes.unchanged, *changes.kept, *changes.removed]
    ]
    assert sorted(old_ids) == sorted(before)
    assert not {x.id for x in changes.created} & set(before)
    assert not {x.id for x in changes.removed} & protected_ids

    # No two sessions share an occurrence; every planned occurrence has its session.
    after = changes.sessions_after
    keys = [occurrence_key(x) for x in after]
    assert len(keys) == len(set(keys))
    assert {o.day for o in p.occurrences} <= set(keys)

    # Unprotected sessions that remain follow the plan exactly.
    planned = {o.day: o for o in p.occurrences}
    for session in after:
        if session.id in protected_ids:
            continue
        occurrence = planned[occurrence_key(session)]
        assert (session.day, session.start, session.end) == (
            occurrence.day,
            occurrence.start,
            occurrence.end,
        )
        assert session.place_id == (s.place_id or None)
        assert session.leader_ids == [OTHER_LEADER]
    for session in changes.updated:
        assert session.sequence == before[session.id].sequence + 1


@st.composite
def multi_slot_case(draw: st.DrawFn) -> tuple[Series, list[Session], set[uuid.UUID]]:
    """A fresh series with up to three slots a weekday, some sessions edited or recorded."""
    first = draw(st.dates(date(2024, 1, 1), date(2030, 12, 31)))
    s = series(first, first + timedelta(days=draw(st.integers(0, 60))), *draw(slots_strategy(6)))
    assume(len({(x.weekday, x.start) for x in s.slots}) == len(s.slots))
    sessions = apply_series(s, plan(s), [], set()).created
    with_attendance: set[uuid.UUID] = set()
    for session in sessions:
        protection = draw(st.sampled_from(PROTECTIONS))
        if protection == "attendance":
            with_attendance.add(session.id)
        elif protection == "cancelled":
            session.status = SessionStatus.CANCELLED
        elif protection in ("edited", "moved"):
            session.edited_individually = True
            session.start = time(*divmod(draw(st.integers(7 * 12, 20 * 12)) * 5, 60))
            session.end = time(23, 0)
            if protection == "moved":
                session.day += timedelta(days=draw(st.integers(-6, 6)))
    return s, draw(st.permutations(sessions)), with_attendance


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(multi_slot_case())
def test_reapplying_a_plan_after_individual_edits_changes_no_other_session(
    case: tuple[Series, list[Session], set[uuid.UUID]],
) -> None:
    s, sessions, with_attendance = case
    before = {x.id: Snapshot.of(x) for x in sessions}
    changes = apply_series(s, plan(s), sessions, with_attendance)
    assert changes.created == changes.updated == changes.removed == []
    assert len(changes.kept) + len(changes.unchanged) == len(sessions)
    assert all(Snapshot.of(x) == before[x.id] for x in sessions)
