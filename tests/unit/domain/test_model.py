"""The plain entities: ages, age bands, attendance modes, session identity."""

from __future__ import annotations

import uuid
from datetime import UTC, date, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    AttendanceMode,
    ClosurePeriod,
    Family,
    Headcount,
    Member,
    MemberKind,
    Session,
    SessionStatus,
    WorkerPair,
    session_uid,
)

GROUP = uuid.UUID("00000000-0000-0000-0000-0000000000aa")


def child(year: int | None, month: int | None = None) -> Member:
    return Member(first_name="Aino", kind=MemberKind.CHILD, birth_year=year, birth_month=month)


@pytest.mark.parametrize(
    ("year", "month", "on", "expected"),
    [
        # Born in May 2023: turns three on 1 May 2026, not before.
        (2023, 5, date(2026, 4, 30), 2),
        (2023, 5, date(2026, 5, 1), 3),
        (2023, 5, date(2026, 12, 31), 3),
        # Without a birth month the age counts from January.
        (2023, None, date(2026, 1, 1), 3),
        (2023, None, date(2025, 12, 31), 2),
        # A December child on the last day of November and on the first of December.
        (2020, 12, date(2025, 11, 30), 4),
        (2020, 12, date(2025, 12, 1), 5),
        # Born this month: zero, never negative before birth.
        (2026, 3, date(2026, 3, 15), 0),
        (2026, 6, date(2026, 3, 15), 0),
        (2027, 1, date(2026, 3, 15), 0),
    ],
)
def test_age_on_counts_from_the_first_of_the_birth_month(
    year: int, month: int | None, on: date, expected: int
) -> None:
    assert child(year, month).age_on(on) == expected


@given(
    birth=st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)),
    known_month=st.booleans(),
    on=st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)),
)
def test_an_age_in_months_is_the_age_in_years_counted_the_same_way(
    birth: date, known_month: bool, on: date
) -> None:
    member = child(birth.year, birth.month if known_month else None)
    months = member.months_old_on(on)
    years = member.age_on(on)
    assert months is not None
    assert years is not None
    assert months >= 0
    assert months // 12 == years
    # A month later, a month older (from the birth month on).
    later = date(on.year + on.month // 12, on.month % 12 + 1, 1)
    older = member.months_old_on(later)
    assert older == months + 1 or (months == 0 and older in (0, 1))


def test_age_on_without_birth_year_is_unknown() -> None:
    assert child(None, 5).age_on(date(2026, 1, 1)) is None
    assert child(None, 5).months_old_on(date(2026, 1, 1)) is None
    adult = Member(first_name="Mikko", kind=MemberKind.ADULT, role=AdultRole.FATHER)
    assert adult.age_on(date(2026, 1, 1)) is None


@pytest.mark.parametrize(
    ("years", "band"),
    [
        (-1, AgeBand.UNDER_1),
        (0, AgeBand.UNDER_1),
        (1, AgeBand.AGE_1_2),
        (2, AgeBand.AGE_1_2),
        (3, AgeBand.AGE_3_6),
        (6, AgeBand.AGE_3_6),
        (7, AgeBand.AGE_7_PLUS),
        (17, AgeBand.AGE_7_PLUS),
    ],
)
def test_age_band_for_age(years: int, band: AgeBand) -> None:
    assert AgeBand.for_age(years) is band


def test_age_band_values_are_the_headcount_labels() -> None:
    assert [b.value for b in AgeBand] == ["0", "1-2", "3-6", "7+"]


@pytest.mark.parametrize(
    ("mode", "roster", "headcount"),
    [
        (AttendanceMode.ROSTER, True, False),
        (AttendanceMode.HEADCOUNT, False, True),
        (AttendanceMode.BOTH, True, True),
    ],
)
def test_attendance_mode_keeps(mode: AttendanceMode, roster: bool, headcount: bool) -> None:
    assert mode.keeps_roster is roster
    assert mode.keeps_headcount is headcount


def make_session(**overrides: object) -> Session:
    values: dict[str, object] = {
        "group_id": GROUP,
        "day": date(2026, 9, 1),
        "start": time(9, 30),
        "end": time(11, 0),
    }
    values.update(overrides)
    return Session(**values)  # type: ignore[arg-type]


def test_session_uid_is_derived_from_the_id() -> None:
    session_id = uuid.UUID("12345678-1234-5678-1234-567812345678")
    session = make_session(id=session_id)
    assert session.uid == "12345678-1234-5678-1234-567812345678@ryhmat"
    assert session.uid == session_uid(session_id)


def test_session_uid_is_stable_across_edits_and_unique_per_session() -> None:
    session = make_session()
    before = session.uid
    session.day += timedelta(days=7)
    session.start = time(10, 0)
    session.status = SessionStatus.CANCELLED
    session.sequence += 3
    assert session.uid == before
    assert session.uid == f"{session.id}@ryhmat"
    assert make_session().uid != before


def test_session_moments_are_helsinki_wall_clock() -> None:
    session = make_session(day=date(2026, 1, 13), start=time(9, 30), end=time(11, 0))
    assert session.starts_at.astimezone(UTC).hour == 7
    assert session.starts_at.astimezone(UTC).minute == 30
    assert session.ends_at.astimezone(UTC).hour == 9
    assert session.ends_at - session.starts_at == timedelta(minutes=90)


def test_session_is_cancelled_only_when_cancelled() -> None:
    assert make_session(status=SessionStatus.CANCELLED).is_cancelled
    assert not make_session(status=SessionStatus.PLANNED).is_cancelled
    assert not make_session(status=SessionStatus.HELD).is_cancelled


def test_closure_covers_its_first_and_last_day() -> None:
    closure = ClosurePeriod(
        name="syysloma", first_day=date(2026, 10, 12), last_day=date(2026, 10, 18)
    )
    assert not closure.covers(date(2026, 10, 11))
    assert closure.covers(date(2026, 10, 12))
    assert closure.covers(date(2026, 10, 18))
    assert not closure.covers(date(2026, 10, 19))


def test_family_members_split_into_adults_and_children() -> None:
    father = Member(first_name="Mikko", last_name="Virtanen", kind=MemberKind.ADULT)
    kid = child(2023, 5)
    family = Family(name="Virtanen", members=[father, kid])
    assert family.adults == [father]
    assert family.children == [kid]
    assert father.full_name == "Mikko Virtanen"
    assert kid.full_name == "Aino"


def test_headcount_totals() -> None:
    headcount = Headcount(
        session_id=uuid.uuid4(),
        adults={AdultRole.FATHER: 3, AdultRole.GRANDPARENT: 1},
        children={AgeBand.UNDER_1: 2, AgeBand.AGE_3_6: 4},
    )
    assert headcount.adult_total == 4
    assert headcount.child_total == 6
    assert Headcount(session_id=uuid.uuid4()).adult_total == 0


def test_worker_pair_lists_both_workers_in_order() -> None:
    first, second = uuid.uuid4(), uuid.uuid4()
    assert WorkerPair(first_worker_id=first, second_worker_id=second).worker_ids == (first, second)
