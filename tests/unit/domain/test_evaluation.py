"""A group's life cycle and the seasons due an evaluation: rules over dates."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.evaluation import (
    DUE_FOR,
    FeedbackQuestion,
    FeedbackScale,
    LifeCycle,
    SeasonEvaluation,
    SeasonSpan,
    Tally,
    is_due,
    life_cycle,
    mean,
)

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 12, 31))
lengths = st.integers(min_value=0, max_value=400)


@st.composite
def spans(draw: st.DrawFn) -> SeasonSpan:
    first = draw(days)
    return SeasonSpan(first, first + timedelta(days=draw(lengths)), draw(st.booleans()))


def span(first: date, last: date, evaluated: bool = False) -> SeasonSpan:
    return SeasonSpan(first, last, evaluated)


AUTUMN = span(date(2026, 9, 1), date(2026, 12, 15))
SPRING = span(date(2027, 1, 12), date(2027, 5, 25))


@given(seasons=st.lists(spans(), max_size=6), today=days)
def test_a_season_running_today_makes_the_group_running(
    seasons: list[SeasonSpan], today: date
) -> None:
    running = any(s.first_day <= today <= s.last_day for s in seasons)
    assert (life_cycle(seasons, today) is LifeCycle.RUNNING) == running


@given(seasons=st.lists(spans(), max_size=6), today=days)
def test_a_group_is_to_be_evaluated_when_its_last_ended_season_is_due(
    seasons: list[SeasonSpan], today: date
) -> None:
    state = life_cycle(seasons, today)
    ended = [s for s in seasons if s.last_day < today]
    if state is LifeCycle.TO_EVALUATE:
        assert ended
        assert is_due(max(ended, key=lambda s: s.last_day), today)
    if state is LifeCycle.PLANNED:
        # Nothing started, or something still to come with nothing to evaluate.
        assert not ended or any(s.first_day > today for s in seasons)
    if state is LifeCycle.ENDED:
        assert ended
        assert len(ended) == len(seasons)


@given(seasons=st.lists(spans(), max_size=6), today=days)
def test_an_archived_group_has_ended_whatever_its_seasons(
    seasons: list[SeasonSpan], today: date
) -> None:
    assert life_cycle(seasons, today, archived=True) is LifeCycle.ENDED


@given(season=spans(), today=days)
def test_a_season_is_due_from_the_day_after_it_ends_for_a_year_unless_evaluated(
    season: SeasonSpan, today: date
) -> None:
    expected = not season.evaluated and season.last_day < today <= season.last_day + DUE_FOR
    assert is_due(season, today) == expected


def test_the_life_of_a_group_through_a_year() -> None:
    assert life_cycle([], date(2026, 8, 1)) is LifeCycle.PLANNED
    assert life_cycle([AUTUMN], date(2026, 8, 31)) is LifeCycle.PLANNED
    assert life_cycle([AUTUMN], date(2026, 9, 1)) is LifeCycle.RUNNING
    assert life_cycle([AUTUMN], date(2026, 12, 15)) is LifeCycle.RUNNING
    assert life_cycle([AUTUMN], date(2026, 12, 16)) is LifeCycle.TO_EVALUATE
    # The spring is planned, but the autumn is still to be evaluated.
    assert life_cycle([AUTUMN, SPRING], date(2027, 1, 5)) is LifeCycle.TO_EVALUATE
    evaluated = span(AUTUMN.first_day, AUTUMN.last_day, evaluated=True)
    assert life_cycle([evaluated, SPRING], date(2027, 1, 5)) is LifeCycle.PLANNED
    assert life_cycle([evaluated], date(2027, 1, 5)) is LifeCycle.ENDED
    # A season a year and more ago is history, evaluated or not.
    assert life_cycle([AUTUMN], date(2027, 12, 16)) is LifeCycle.ENDED


def test_children_answer_with_three_faces_and_adults_from_one_to_five() -> None:
    assert FeedbackQuestion.CHILD_HAD_FUN.scale is FeedbackScale.SMILEYS
    assert list(FeedbackScale.SMILEYS.values) == [1, 2, 3]
    assert list(FeedbackQuestion.ENJOYED.scale.values) == [1, 2, 3, 4, 5]


def test_counts_have_every_value_of_the_scale_and_a_mean() -> None:
    evaluation = SeasonEvaluation(
        series_id=uuid.uuid4(),
        tallies=[Tally(FeedbackQuestion.ENJOYED, 5, 3), Tally(FeedbackQuestion.ENJOYED, 3, 1)],
    )
    counts = evaluation.counts(FeedbackQuestion.ENJOYED)
    assert counts == {1: 0, 2: 0, 3: 1, 4: 0, 5: 3}
    assert mean(counts) == 4.5
    assert mean(evaluation.counts(FeedbackQuestion.CHILD_HAD_FUN)) is None
