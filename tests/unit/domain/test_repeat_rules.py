"""More ways for a season to repeat: monthly rules, dates left out with a reason, a
season copied to another period."""

from __future__ import annotations

import calendar
import uuid
from datetime import date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.errors import InvalidInput
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import (
    LAST_IN_MONTH,
    MONTHLY_ORDINALS,
    CancelReason,
    ClosurePeriod,
    MonthlyRule,
    Series,
    SessionStatus,
    SkippedDate,
    WeeklySlot,
)
from ryhmat.domain.scheduling import (
    SeriesPlan,
    SkipKind,
    SkippedDay,
    apply_series,
    nth_weekday,
    plan_series,
)
from ryhmat.domain.timezone import ClockChange, clock_change_at
from ryhmat.domain.usecases.series import season_moved_to

HOLIDAYS = FinnishHolidays()
GROUP = uuid.UUID("00000000-0000-0000-0000-00000000000a")
PLACE = uuid.UUID("00000000-0000-0000-0000-0000000000b1")
LEADER = uuid.UUID("00000000-0000-0000-0000-0000000000c1")
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)
MORNING = (time(10, 0), time(12, 0))


def monthly(
    first: date, last: date, ordinal: int, weekday: int, start: time = MORNING[0], **more: object
) -> Series:
    result = Series(
        group_id=GROUP,
        name="Vauvaperhekahvila",
        first_day=first,
        last_day=last,
        monthly=MonthlyRule(ordinal, weekday, start, time(start.hour + 1, start.minute)),
    )
    for name, value in more.items():
        setattr(result, name, value)
    return result


def weekly(first: date, last: date, weekday: int, **more: object) -> Series:
    result = Series(
        group_id=GROUP,
        name="Isä-lapsi -ryhmä",
        first_day=first,
        last_day=last,
        slots=[WeeklySlot(weekday, *MORNING)],
    )
    for name, value in more.items():
        setattr(result, name, value)
    return result


def plan(s: Series, *closures: ClosurePeriod) -> SeriesPlan:
    return plan_series(s, HOLIDAYS, list(closures))


def days(p: SeriesPlan) -> list[date]:
    return [o.day for o in p.occurrences]


# --- the Nth or last weekday of a month ------------------------------------------------

months = st.tuples(st.integers(2000, 2100), st.integers(1, 12))
weekdays = st.integers(0, 6)


@given(months, st.integers(1, 4), weekdays)
def test_the_nth_weekday_is_that_weekday_in_the_nth_seven_days(
    month: tuple[int, int], ordinal: int, weekday: int
) -> None:
    day = nth_weekday(*month, ordinal, weekday)
    assert (day.year, day.month) == month
    assert day.weekday() == weekday
    assert 7 * (ordinal - 1) < day.day <= 7 * ordinal


@given(months, weekdays)
def test_the_last_weekday_is_that_weekday_in_the_last_seven_days(
    month: tuple[int, int], weekday: int
) -> None:
    day = nth_weekday(*month, LAST_IN_MONTH, weekday)
    length = calendar.monthrange(*month)[1]
    assert (day.year, day.month) == month
    assert day.weekday() == weekday
    assert length - 7 < day.day <= length


def test_the_first_saturday_and_the_last_wednesday_of_autumn_2026() -> None:
    autumn = (date(2026, 8, 1), date(2026, 12, 31))
    assert days(plan(monthly(*autumn, 1, SAT))) == [
        date(2026, 8, 1),
        date(2026, 9, 5),
        date(2026, 10, 3),
        date(2026, 11, 7),
        date(2026, 12, 5),
    ]
    assert days(plan(monthly(*autumn, LAST_IN_MONTH, WED))) == [
        date(2026, 8, 26),
        date(2026, 9, 30),
        date(2026, 10, 28),
        date(2026, 11, 25),
        date(2026, 12, 30),
    ]


@st.composite
def monthly_seasons(draw: st.DrawFn) -> Series:
    first = draw(st.dates(date(2024, 1, 1), date(2030, 12, 31)))
    last = first + timedelta(days=draw(st.integers(0, 800)))
    ordinal = draw(st.sampled_from(MONTHLY_ORDINALS))
    # 3.00 meets the clocks' change on a last Sunday of March or October.
    start = draw(st.sampled_from([time(3, 0), time(9, 30), time(17, 0)]))
    return monthly(first, last, ordinal, draw(weekdays), start)


@given(monthly_seasons())
def test_a_monthly_season_meets_once_a_month_on_its_day_unless_that_day_is_skipped(
    season: Series,
) -> None:
    rule = season.monthly
    assert rule is not None
    p = plan(season)
    skipped = {s.day: s for s in p.skipped}
    met = days(p)
    assert met == sorted(met)
    assert len({(d.year, d.month) for d in met}) == len(met)
    for day in [*met, *skipped]:
        assert season.first_day <= day <= season.last_day
        assert day == nth_weekday(day.year, day.month, rule.ordinal, rule.weekday)
    for skip in skipped.values():
        holiday = HOLIDAYS.holiday_name(skip.day)
        if holiday:
            assert skip == SkippedDay(skip.day, holiday, SkipKind.HOLIDAY)
        else:
            assert skip.kind is SkipKind.CLOCK_CHANGE
            assert clock_change_at(skip.day, rule.start) in (
                ClockChange.SKIPPED,
                ClockChange.REPEATED,
            )
    for day in met:
        assert HOLIDAYS.holiday_name(day) is None
        assert clock_change_at(day, rule.start) is None
    # Every month of the season whose day falls in the season is either met or skipped.
    month = date(season.first_day.year, season.first_day.month, 1)
    while month <= season.last_day:
        day = nth_weekday(month.year, month.month, rule.ordinal, rule.weekday)
        if season.first_day <= day <= season.last_day:
            assert day in met or day in skipped
        month = (month + timedelta(days=32)).replace(day=1)


def test_a_monthly_season_skips_holidays_closures_and_the_clock_change() -> None:
    # The first Saturday of November 2025 is Pyhäinpäivä.
    assert plan(monthly(date(2025, 11, 1), date(2025, 11, 30), 1, SAT)).skipped == (
        SkippedDay(date(2025, 11, 1), "Pyhäinpäivä", SkipKind.HOLIDAY),
    )
    # The clocks go back at 4.00 on the last Sunday of October 2026 (25.10.), so 3.00 comes
    # twice that night.
    night = plan(monthly(date(2026, 9, 1), date(2026, 11, 30), LAST_IN_MONTH, SUN, time(3, 0)))
    assert night.skipped == (SkippedDay(date(2026, 10, 25), "", SkipKind.CLOCK_CHANGE),)
    assert days(night) == [date(2026, 9, 27), date(2026, 11, 29)]
    autumn_break = ClosurePeriod(
        name="Syysloma", first_day=date(2026, 10, 12), last_day=date(2026, 10, 18)
    )
    p = plan(monthly(date(2026, 9, 1), date(2026, 11, 30), 2, WED), autumn_break)
    assert p.skipped == (SkippedDay(date(2026, 10, 14), "Syysloma", SkipKind.CLOSURE),)


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        (MonthlyRule(5, SAT, *MORNING), "first to fourth or the last"),
        (MonthlyRule(0, SAT, *MORNING), "first to fourth or the last"),
        (MonthlyRule(1, 7, *MORNING), "between Monday and Sunday"),
        (MonthlyRule(1, SAT, time(12, 0), time(10, 0)), "is not after the start time"),
    ],
)
def test_a_wrong_monthly_rule_is_refused_with_its_reason(rule: MonthlyRule, message: str) -> None:
    season = monthly(date(2026, 9, 1), date(2026, 12, 31), 1, SAT, monthly=rule)
    with pytest.raises(InvalidInput) as raised:
        plan(season)
    assert message in str(raised.value)


def test_chosen_dates_come_before_a_monthly_rule() -> None:
    season = monthly(
        date(2026, 9, 1),
        date(2026, 12, 31),
        1,
        SAT,
        chosen_dates=[date(2026, 9, 9)],
        chosen_start=time(9, 0),
        chosen_end=time(10, 0),
    )
    assert days(plan(season)) == [date(2026, 9, 9)]
    assert not season.uses_monthly_rule


# --- a date left out with a reason -----------------------------------------------------

AUTUMN = (date(2026, 9, 2), date(2026, 11, 25))  # Wednesdays
TRAINING = SkippedDate(date(2026, 10, 14), "työpari koulutuksessa")


def test_a_skipped_date_is_left_out_with_its_reason_and_stays_left_out() -> None:
    season = weekly(*AUTUMN, WED, skipped_dates=[TRAINING])
    p = plan(season)
    assert TRAINING.day not in days(p)
    assert SkippedDay(TRAINING.day, "työpari koulutuksessa", SkipKind.CHOSEN) in p.skipped
    assert plan(season) == p


@given(monthly_seasons(), st.data())
def test_any_date_a_season_meets_on_can_be_skipped_and_only_that_one(
    season: Series, data: st.DataObject
) -> None:
    before = plan(season)
    if not before.occurrences:
        return
    chosen = data.draw(st.sampled_from(before.occurrences)).day
    season.skipped_dates = [SkippedDate(chosen, "Koulutus")]
    after = plan(season)
    assert days(after) == [d for d in days(before) if d != chosen]
    assert SkippedDay(chosen, "Koulutus", SkipKind.CHOSEN) in after.skipped


def test_the_leaders_reason_comes_before_a_holiday_on_the_same_day() -> None:
    season = monthly(
        date(2025, 11, 1),
        date(2025, 11, 30),
        1,
        SAT,
        skipped_dates=[SkippedDate(date(2025, 11, 1), "Ei kokoonnuta pyhänä")],
    )
    assert plan(season).skipped == (
        SkippedDay(date(2025, 11, 1), "Ei kokoonnuta pyhänä", SkipKind.CHOSEN),
    )


@pytest.mark.parametrize(
    ("skipped", "message"),
    [
        ([SkippedDate(date(2026, 10, 15), "x")], "does not meet on"),
        ([SkippedDate(date(2026, 12, 2), "x")], "does not meet on"),
        ([TRAINING, SkippedDate(TRAINING.day, "toinen")], "skipped twice"),
    ],
)
def test_a_date_the_season_does_not_meet_on_cannot_be_skipped(
    skipped: list[SkippedDate], message: str
) -> None:
    with pytest.raises(InvalidInput) as raised:
        plan(weekly(*AUTUMN, WED, skipped_dates=skipped))
    assert message in str(raised.value)


def test_a_planned_session_on_a_skipped_date_is_cancelled_with_the_reason() -> None:
    season = weekly(*AUTUMN, WED)
    sessions = apply_series(season, plan(season), [], set(), PLACE, [LEADER]).created
    on_the_day = next(s for s in sessions if s.day == TRAINING.day)
    season.skipped_dates = [TRAINING]
    changes = apply_series(season, plan(season), sessions, set(), PLACE, [LEADER])
    assert changes.cancelled == [on_the_day]
    assert changes.removed == []
    assert changes.created == []
    assert on_the_day.status is SessionStatus.CANCELLED
    assert on_the_day.cancel_reason == "työpari koulutuksessa"
    assert on_the_day.cancel_category is CancelReason.OTHER
    assert on_the_day.sequence == 1
    # Planned again, the season leaves the cancelled session as it is.
    again = apply_series(season, plan(season), sessions, set(), PLACE, [LEADER])
    assert again.cancelled == []
    assert again.removed == []
    assert again.created == []
    assert on_the_day.cancel_reason == "työpari koulutuksessa"


def test_a_date_skipped_no_more_plans_its_cancelled_session_again() -> None:
    season = weekly(*AUTUMN, WED, skipped_dates=[TRAINING])
    sessions = apply_series(weekly(*AUTUMN, WED), plan(weekly(*AUTUMN, WED)), [], set()).created
    apply_series(season, plan(season), sessions, set())
    on_the_day = next(s for s in sessions if s.day == TRAINING.day)
    assert on_the_day.status is SessionStatus.CANCELLED
    season.skipped_dates = []
    skipped_before = {TRAINING.day: TRAINING.reason}
    changes = apply_series(season, plan(season), sessions, set(), skipped_before=skipped_before)
    assert changes.restored == [on_the_day]
    assert (on_the_day.status, on_the_day.cancel_reason) == (SessionStatus.PLANNED, "")
    assert on_the_day.cancel_category is CancelReason.NOT_GIVEN
    assert on_the_day.sequence == 2
    assert changes.created == []


def test_a_session_cancelled_for_another_reason_stays_cancelled_when_a_skip_goes() -> None:
    season = weekly(*AUTUMN, WED)
    sessions = apply_series(season, plan(season), [], set()).created
    on_the_day = next(s for s in sessions if s.day == TRAINING.day)
    on_the_day.status, on_the_day.cancel_reason = SessionStatus.CANCELLED, "ohjaaja sairas"
    skipped_before = {TRAINING.day: TRAINING.reason}
    changes = apply_series(season, plan(season), sessions, set(), skipped_before=skipped_before)
    assert changes.restored == []
    assert changes.kept == [on_the_day]
    assert on_the_day.status is SessionStatus.CANCELLED


def test_held_or_edited_sessions_on_a_skipped_date_are_left_as_they_are() -> None:
    season = weekly(*AUTUMN, WED)
    sessions = apply_series(season, plan(season), [], set(), PLACE, [LEADER]).created
    held = next(s for s in sessions if s.day == TRAINING.day)
    edited = next(s for s in sessions if s.day == date(2026, 10, 21))
    edited.edited_individually = True
    edited.theme = "Retki"
    season.skipped_dates = [TRAINING, SkippedDate(edited.day, "Retki peruttu")]
    changes = apply_series(season, plan(season), sessions, {held.id}, PLACE, [LEADER])
    assert changes.cancelled == []
    assert {s.id for s in changes.kept} == {held.id, edited.id}
    assert held.status is SessionStatus.PLANNED
    assert edited.status is SessionStatus.PLANNED


@given(monthly_seasons(), st.data())
def test_skipping_dates_cancels_their_unprotected_sessions_and_touches_no_other(
    season: Series, data: st.DataObject
) -> None:
    sessions = apply_series(season, plan(season), [], set()).created
    if not sessions:
        return
    skipped = data.draw(st.lists(st.sampled_from(sessions), unique_by=lambda s: s.id))
    held = data.draw(st.sets(st.sampled_from([s.id for s in sessions])))
    season.skipped_dates = [SkippedDate(s.day, f"syy {s.day}") for s in skipped]
    changes = apply_series(season, plan(season), sessions, held)
    assert changes.removed == []
    assert changes.created == []
    left_out = {s.id for s in skipped}
    assert {s.id for s in changes.cancelled} == left_out - held
    for session in sessions:
        if session.id in left_out - held:
            assert session.status is SessionStatus.CANCELLED
            assert session.cancel_reason == f"syy {session.day}"
        else:
            assert session.status is SessionStatus.PLANNED


# --- a season copied to another period -------------------------------------------------


def test_a_copied_season_keeps_its_rule_place_and_leaders_in_the_new_period() -> None:
    autumn = weekly(
        date(2026, 8, 12),
        date(2026, 12, 9),
        WED,
        interval_weeks=2,
        place_id=PLACE,
        leader_ids=[LEADER],
        skipped_dates=[SkippedDate(date(2026, 10, 21), "Koulutus")],
    )
    spring = season_moved_to(autumn, "Kevät 2027", date(2027, 1, 13), date(2027, 5, 26))
    assert spring.id != autumn.id
    assert (spring.name, spring.first_day, spring.last_day) == (
        "Kevät 2027",
        date(2027, 1, 13),
        date(2027, 5, 26),
    )
    assert spring.slots == autumn.slots
    assert spring.slots is not autumn.slots
    assert spring.interval_weeks == 2
    assert (spring.place_id, spring.leader_ids) == (PLACE, [LEADER])
    assert spring.skipped_dates == []
    assert all(d.weekday() == WED for d in days(plan(spring)))
    # The original is untouched.
    assert autumn.name == "Isä-lapsi -ryhmä"
    assert autumn.skipped_dates


def test_a_copied_monthly_season_keeps_its_rule() -> None:
    autumn = monthly(date(2026, 8, 1), date(2026, 12, 31), 1, SAT)
    spring = season_moved_to(autumn, "Kevät", date(2027, 1, 1), date(2027, 5, 31))
    assert spring.monthly == autumn.monthly
    assert days(plan(spring))[0] == date(2027, 1, 2)


@given(
    st.lists(st.dates(date(2026, 8, 1), date(2026, 12, 31)), min_size=1, max_size=10),
    st.integers(1, 60),
)
def test_copied_chosen_dates_keep_their_weekdays_and_fall_in_the_new_period(
    chosen: list[date], weeks_later: int
) -> None:
    autumn = Series(
        group_id=GROUP,
        name="Perhekahvila",
        first_day=date(2026, 8, 1),
        last_day=date(2026, 12, 31),
        chosen_dates=chosen,
        chosen_start=MORNING[0],
        chosen_end=MORNING[1],
    )
    first = autumn.first_day + timedelta(weeks=weeks_later)
    last = first + timedelta(days=120)
    copy = season_moved_to(autumn, "Kopio", first, last)
    assert {d.weekday() for d in copy.chosen_dates} <= {d.weekday() for d in chosen}
    assert all(first <= d <= last for d in copy.chosen_dates)
    assert copy.chosen_dates == sorted(copy.chosen_dates)
    moved = {d + timedelta(weeks=weeks_later) for d in chosen}
    assert copy.chosen_dates == sorted(d for d in moved if d <= last)
