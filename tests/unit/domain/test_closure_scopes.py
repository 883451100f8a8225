"""Whom a closure pauses: every group, one organisation's own groups, or chosen groups."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import ClosurePeriod, ClosureScope, Group, GroupType, Series, WeeklySlot
from ryhmat.domain.scheduling import SkipKind, closures_pausing, plan_series

HOLIDAYS = FinnishHolidays()
ORGANISATIONS = [uuid.UUID(int=n) for n in range(1, 5)]
GROUPS = [uuid.UUID(int=n) for n in range(10, 14)]

organisers = st.lists(st.sampled_from(ORGANISATIONS), unique=True, max_size=3)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))


@st.composite
def closures(draw: st.DrawFn) -> ClosurePeriod:
    first = draw(days)
    return ClosurePeriod(
        name=draw(st.sampled_from(["Syysloma", "Joululoma", "Hiihtoloma"])),
        first_day=first,
        last_day=first + timedelta(days=draw(st.integers(0, 30))),
        scope=draw(st.sampled_from(ClosureScope)),
        organisation_id=draw(st.sampled_from(ORGANISATIONS)),
        group_ids=draw(st.lists(st.sampled_from(GROUPS), unique=True)),
    )


@given(closures(), st.sampled_from(GROUPS), organisers)
def test_a_closure_pauses_a_group_exactly_as_its_scope_says(
    closure: ClosurePeriod, group_id: uuid.UUID, organiser_ids: list[uuid.UUID]
) -> None:
    pauses = closure.applies_to(group_id, organiser_ids)
    if closure.scope is ClosureScope.ALL:
        assert pauses
    elif closure.scope is ClosureScope.GROUPS:
        assert pauses == (group_id in closure.group_ids)
    else:
        # A shared group pauses only when the closure names every organiser.
        assert pauses == (organiser_ids == [closure.organisation_id])


@given(st.lists(closures(), max_size=4), st.sampled_from(GROUPS), organisers, days)
def test_a_season_skips_a_day_for_a_closure_only_when_the_closure_pauses_its_group(
    periods: list[ClosurePeriod], group_id: uuid.UUID, organiser_ids: list[uuid.UUID], first: date
) -> None:
    group = Group(id=group_id, name="Vauvaryhmä", type=GroupType.BABY_GROUP)
    group.organiser_ids = organiser_ids
    series = Series(
        group_id=group_id,
        name="Kevät",
        first_day=first,
        last_day=first + timedelta(days=60),
        slots=[WeeklySlot(day, time(9, 30), time(11)) for day in range(7)],
    )
    pausing = closures_pausing(group, periods)
    plan = plan_series(series, HOLIDAYS, pausing)
    closed = {s.day for s in plan.skipped if s.kind is SkipKind.CLOSURE}
    for day in (first + timedelta(days=n) for n in range(61)):
        by_pausing = any(c.covers(day) for c in pausing)
        if HOLIDAYS.holiday_name(day) is None:
            assert (day in closed) == by_pausing
        if any(c.covers(day) for c in periods if c not in pausing) and not by_pausing:
            assert day not in closed
    assert all(c.applies_to(group_id, organiser_ids) for c in pausing)
