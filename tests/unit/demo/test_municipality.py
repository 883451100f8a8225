from __future__ import annotations

from collections import Counter

import pytest

from ryhmat.demo import DemoData, generate
from ryhmat.domain.conflicts import find_conflicts
from ryhmat.domain.model import AttendanceMode, CancelReason, SessionStatus
from tests.unit.demo.conftest import TODAY

pytestmark = pytest.mark.slow

TARGETS = {
    "groups": 300,
    "sessions": 30_000,
    "families": 8_000,
    "attendance": 400_000,
}


@pytest.fixture(scope="module")
def town() -> DemoData:
    return generate("municipality", seed=1, today=TODAY)


@pytest.mark.parametrize(("kind", "target"), TARGETS.items())
def test_counts_are_near_the_targets(town: DemoData, kind: str, target: int) -> None:
    count = town.summary()[kind]

    assert 0.85 * target <= count <= 1.15 * target


def test_ten_school_years_of_thirty_groups_with_two_seasons(town: DemoData) -> None:
    data = town
    per_year = Counter(s.first_day.year for s in data.series if s.first_day.month == 8)

    assert list(per_year) == list(range(2017, 2027))
    assert set(per_year.values()) == {30}
    assert len(data.series) == 2 * len(data.groups)
    assert len({g.name for g in data.groups}) == len(data.groups)


def test_headcount_groups_have_headcounts(town: DemoData) -> None:
    data = town
    counted = {h.session_id for h in data.headcounts}
    modes = {g.id: g.attendance_mode for g in data.groups}
    held = [s for s in data.sessions if s.status is SessionStatus.HELD]

    assert all(s.id in counted for s in held if modes[s.group_id].keeps_headcount)
    assert any(m is AttendanceMode.HEADCOUNT for m in modes.values())


def test_the_past_is_recorded_and_the_future_planned(town: DemoData) -> None:
    data = town
    statuses = Counter(
        (s.day < TODAY, s.status) for s in data.sessions if s.status is not SessionStatus.CANCELLED
    )

    assert statuses[(False, SessionStatus.HELD)] == 0
    assert 0 < statuses[(True, SessionStatus.PLANNED)] < 0.02 * statuses[(True, SessionStatus.HELD)]


def test_nobody_and_nothing_is_booked_twice(town: DemoData) -> None:
    assert find_conflicts(town.sessions) == []


def test_a_share_keeps_that_part_of_the_groups_over_the_same_years(
    town: DemoData,
) -> None:
    tenth = generate("municipality", seed=1, today=TODAY, share=0.1)

    assert len(tenth.groups) == len(town.groups) // 10
    years = {s.day.year for s in tenth.sessions}
    assert years == {s.day.year for s in town.sessions}


@pytest.mark.parametrize("share", [0, -0.5, 1.5])
def test_a_share_outside_zero_to_one_is_refused(share: float) -> None:
    with pytest.raises(ValueError, match="share"):
        generate("municipality", seed=1, today=TODAY, share=share)


def test_every_cancellation_has_a_reason_category(town: DemoData) -> None:
    cancelled = [s for s in town.sessions if s.status is SessionStatus.CANCELLED]
    categories = {s.cancel_category for s in cancelled}
    assert CancelReason.NOT_GIVEN not in categories
    assert {CancelReason.LEADER_ILL, CancelReason.FORCE_MAJEURE} <= categories
