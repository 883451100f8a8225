"""Leader hours by kind and cancellations by reason: sums of the rows they are made of."""

from __future__ import annotations

import uuid

from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.model import CancelReason, WorkerKind
from ryhmat.domain.statistics import (
    KindHours,
    LeaderHours,
    LeaderMinutes,
    every_reason,
    hours_by_kind,
)

quarters = st.integers(0, 4 * 400).map(lambda n: n / 4)  # hours in quarter hours
leaders = st.lists(
    st.builds(
        LeaderHours,
        worker_id=st.uuids(),
        name=st.just("Leader"),
        hours=quarters,
        kind=st.sampled_from(WorkerKind),
        planning_hours=quarters,
    ),
    max_size=20,
)


@given(leaders)
def test_the_kinds_add_up_to_the_leaders(rows: list[LeaderHours]) -> None:
    kinds = hours_by_kind(rows)
    assert [k.kind for k in kinds] == list(WorkerKind)
    assert sum(k.leaders for k in kinds) == len(rows)
    assert sum(k.hours for k in kinds) == sum(r.hours for r in rows)
    assert sum(k.planning_hours for k in kinds) == sum(r.planning_hours for r in rows)
    assert sum(k.total_hours for k in kinds) == sum(r.total_hours for r in rows)


def test_a_kind_nobody_is_of_is_zero() -> None:
    volunteer = LeaderHours(uuid.uuid4(), "Ville", 1.5, WorkerKind.VOLUNTEER, 0.5)
    assert hours_by_kind([volunteer]) == [
        KindHours(WorkerKind.STAFF),
        KindHours(WorkerKind.VOLUNTEER, leaders=1, hours=1.5, planning_hours=0.5),
        KindHours(WorkerKind.STUDENT),
    ]


@given(st.dictionaries(st.sampled_from(CancelReason), st.integers(1, 1000)))
def test_every_reason_is_listed_in_order_and_nothing_is_lost(
    found: dict[CancelReason, int],
) -> None:
    listed = every_reason(found)
    assert list(listed) == list(CancelReason)
    assert {reason: n for reason, n in listed.items() if n} == found


def test_leader_minutes_add_up_each_part() -> None:
    assert LeaderMinutes(90, 30) + LeaderMinutes(180, 0) == LeaderMinutes(270, 30)
