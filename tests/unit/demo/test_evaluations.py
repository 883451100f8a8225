"""The demo's evaluations: goals for every season; every ended season evaluated with its
feedback counted, but the last to end, which is due."""

from __future__ import annotations

from datetime import date

from ryhmat.demo import DemoData, generate, load
from ryhmat.domain.evaluation import FeedbackQuestion, is_due
from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.usecases.evaluations import due_evaluations, evaluations_for
from tests.unit.demo.fake_uow import FakeUnitOfWork

# The spring after the small demo's autumn: the autumn has ended.
SPRING_DAY = date(2027, 2, 1)


def test_every_season_has_goals_and_nothing_is_evaluated_before_it_ends(
    small: DemoData,
) -> None:
    by_series = {e.series_id: e for e in small.evaluations}
    assert set(by_series) == {s.id for s in small.series}
    assert all(len(e.goals) == 2 for e in by_series.values())
    # The demo's today is in the autumn: no season has ended yet.
    assert not any(e.evaluated for e in by_series.values())


def test_the_ended_seasons_are_evaluated_but_one_which_is_due() -> None:
    data = generate("small", seed=1, today=SPRING_DAY)
    ended = [s for s in data.series if s.last_day < SPRING_DAY]
    evaluations = {e.series_id: e for e in data.evaluations}
    evaluated = [s for s in ended if evaluations[s.id].evaluated]
    assert len(evaluated) == len(ended) - 1
    for series in evaluated:
        evaluation = evaluations[series.id]
        assert evaluation.answers.written
        assert all(goal.outcome is not None for goal in evaluation.goals)
        answered = {q: sum(evaluation.counts(q).values()) for q in FeedbackQuestion}
        # Each form answers every question.
        assert len(set(answered.values())) == 1
        assert 5 <= answered[FeedbackQuestion.ENJOYED] <= 14

    uow = FakeUnitOfWork()
    load(uow, data)
    due = due_evaluations(uow, SPRING_DAY)
    assert len(due) == 1
    assert is_due(
        next(s for s in uow.stored_evaluations.seasons() if s.series_id == due[0].series_id).span,
        SPRING_DAY,
    )
    reports = evaluations_for(uow, date(2026, 8, 1), date(2026, 12, 31), StatisticsFilter())
    assert sum(r.evaluated_on is not None for r in reports) == len(evaluated)
