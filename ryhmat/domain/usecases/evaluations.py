"""Evaluating seasons (``ryhmat.domain.evaluation``): goals, the worker pair's evaluation
and the feedback tallies; the groups' life cycles, the evaluations due, and the
evaluations of a period for the reports."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Term
from ryhmat.domain.evaluation import (
    ANSWER_LENGTH,
    GOAL_LENGTH,
    MOST_ANSWERS,
    MOST_GOALS,
    Answers,
    FeedbackQuestion,
    Goal,
    LifeCycle,
    SeasonEvaluation,
    SeasonFacts,
    Tally,
    is_due,
    life_cycle,
    mean,
)
from ryhmat.domain.model import Group, Series, WorkerPair
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.validation import clean_line, clean_text


@dataclass(frozen=True, slots=True)
class DueEvaluation:
    """A season that has ended without an evaluation, for the list of those due."""

    series_id: uuid.UUID
    group_id: uuid.UUID
    group_name: str
    season_name: str
    first_day: date
    last_day: date


@dataclass(frozen=True, slots=True)
class QuestionTally:
    """The feedback forms' answers to one question: forms per scale value, lowest first."""

    question: FeedbackQuestion
    counts: tuple[tuple[int, int], ...]

    @property
    def answered(self) -> int:
        return sum(n for _value, n in self.counts)

    @property
    def average(self) -> float | None:
        """The average answer (None if nobody answered)."""
        return mean(dict(self.counts))


@dataclass(frozen=True, slots=True)
class EvaluationReport:
    """A season's evaluation as the reports show it."""

    group_name: str
    season_name: str
    first_day: date
    last_day: date
    goals: tuple[Goal, ...]
    answers: Answers
    evaluated_on: date | None
    tallies: tuple[QuestionTally, ...]  # the questions somebody answered, in form order


def get_evaluation(uow: UnitOfWork, series_id: uuid.UUID) -> SeasonEvaluation:
    get_season(uow, series_id)
    return uow.evaluations.get(series_id)


def save_goals(uow: UnitOfWork, series_id: uuid.UUID, texts: Sequence[str]) -> None:
    """Set the season's goals (aloitus): the outcomes of goals kept are kept."""
    get_season(uow, series_id)
    evaluation = uow.evaluations.get(series_id)
    before = {goal.text: goal for goal in evaluation.goals}
    goals = [Goal(text) for text in _clean_goal_texts(texts)]
    evaluation.goals = [before.get(goal.text, goal) for goal in goals]
    uow.evaluations.save(evaluation)
    uow.commit()


def save_evaluation(uow: UnitOfWork, evaluation: SeasonEvaluation, today: date) -> None:
    """Save the season's evaluation: the answers, the goals' outcomes and the tallies.
    It counts as evaluated (from ``today``, or the day it first was) once an answer is
    written; tallies alone, entered after a session, do not evaluate it."""
    get_season(uow, evaluation.series_id)
    stored = uow.evaluations.get(evaluation.series_id)
    answers = Answers(*(_clean_answer(text) for text in _texts(evaluation.answers)))
    goals = [
        Goal(text, goal.outcome, clean_line(goal.note, _GOAL_NOTE, GOAL_LENGTH))
        for goal in evaluation.goals
        if (text := clean_line(goal.text, _GOAL, GOAL_LENGTH))
    ]
    _refuse_too_many(goals)
    written = answers.written
    uow.evaluations.save(
        SeasonEvaluation(
            series_id=evaluation.series_id,
            goals=goals,
            answers=answers if written else Answers(),
            evaluated_on=(stored.evaluated_on or today) if written else None,
            tallies=merged_tallies(evaluation.tallies),
        )
    )
    uow.commit()


def add_feedback(uow: UnitOfWork, series_id: uuid.UUID, tallies: Sequence[Tally]) -> None:
    """Add the feedback forms of one session, counted from paper, to the season's."""
    get_season(uow, series_id)
    evaluation = uow.evaluations.get(series_id)
    evaluation.tallies = merged_tallies([*evaluation.tallies, *merged_tallies(tallies)])
    uow.evaluations.save(evaluation)
    uow.commit()


def merged_tallies(tallies: Iterable[Tally]) -> list[Tally]:
    """One tally per question and value, of a value on the question's scale; none of 0."""
    counts: dict[tuple[FeedbackQuestion, int], int] = defaultdict(int)
    for tally in tallies:
        if tally.value not in tally.question.scale.values:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A feedback answer {value} is not on its scale."),
                value=tally.value,
            )
        if tally.count < 0:
            raise _count_out_of_range()
        counts[tally.question, tally.value] += tally.count
    if any(n > MOST_ANSWERS for n in counts.values()):
        raise _count_out_of_range()
    order = list(FeedbackQuestion)
    return [
        Tally(question, value, n)
        for (question, value), n in sorted(
            counts.items(), key=lambda i: (order.index(i[0][0]), i[0][1])
        )
        if n
    ]


def _count_out_of_range() -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "A feedback count must be between 0 and {most}."),
        most=MOST_ANSWERS,
    )


def group_life_cycles(uow: UnitOfWork, today: date) -> dict[uuid.UUID, LifeCycle]:
    """Every group's life cycle today, archived ones too."""
    spans = defaultdict(list)
    for season in uow.evaluations.seasons():
        spans[season.group_id].append(season.span)
    return {
        group.id: life_cycle(spans[group.id], today, group.archived) for group in uow.groups.list()
    }


def due_evaluations(uow: UnitOfWork, today: date) -> list[DueEvaluation]:
    """The seasons due an evaluation, of groups not archived: the longest ended first."""
    groups = {group.id: group for group in uow.groups.list() if not group.archived}
    due = [
        DueEvaluation(
            s.series_id, s.group_id, groups[s.group_id].name, s.name, s.first_day, s.last_day
        )
        for s in uow.evaluations.seasons()
        if s.group_id in groups and is_due(s.span, today)
    ]
    due.sort(key=lambda d: (d.last_day, d.group_name, d.season_name))
    return due


def evaluations_for(
    uow: UnitOfWork, first_day: date, last_day: date, wanted: StatisticsFilter
) -> list[EvaluationReport]:
    """The evaluations, goals and feedback of the seasons overlapping the period whose
    group, place and leaders match the statistics filter, by group and first day. A
    season with nothing recorded is listed too: that it was not evaluated is news."""
    groups = {group.id: group for group in uow.groups.list()}
    pairs = {pair.id: pair for pair in uow.pairs.list()}
    overlapping = [
        s
        for s in uow.evaluations.seasons()
        if s.first_day <= last_day and s.last_day >= first_day and s.group_id in groups
    ]
    series = {s.id: s for s in uow.series.get_many(s.series_id for s in overlapping)}
    pair_workers = _pair_workers(groups, pairs)
    matching = [
        s
        for s in overlapping
        if s.series_id in series
        and _matches(groups[s.group_id], series[s.series_id], wanted, pair_workers)
    ]
    evaluations = uow.evaluations.for_series(s.series_id for s in matching)
    reports = [_report(s, groups[s.group_id].name, evaluations[s.series_id]) for s in matching]
    reports.sort(key=lambda r: (r.group_name, r.first_day, r.season_name))
    return reports


def _pair_workers(
    groups: dict[uuid.UUID, Group], pairs: dict[uuid.UUID, WorkerPair]
) -> dict[uuid.UUID, set[uuid.UUID]]:
    return {
        g.id: set(pairs[g.default_pair_id].worker_ids)
        for g in groups.values()
        if g.default_pair_id is not None and g.default_pair_id in pairs
    }


def _matches(
    group: Group,
    series: Series,
    wanted: StatisticsFilter,
    pair_workers: dict[uuid.UUID, set[uuid.UUID]],
) -> bool:
    """As the statistics filter sessions: the season's own place and leaders, or the
    group's default ones where the season names none."""
    if wanted.group_ids and group.id not in wanted.group_ids:
        return False
    if wanted.group_type is not None and group.type is not wanted.group_type:
        return False
    if wanted.organisation_id is not None and wanted.organisation_id not in group.organiser_ids:
        return False
    place = series.place_id or group.default_place_id
    if wanted.place_id is not None and place != wanted.place_id:
        return False
    leaders = set(series.leader_ids) or pair_workers.get(group.id, set())
    return wanted.worker_id is None or wanted.worker_id in leaders


def _report(season: SeasonFacts, group_name: str, evaluation: SeasonEvaluation) -> EvaluationReport:
    tallies = []
    for question in FeedbackQuestion:
        counts = evaluation.counts(question)
        if any(counts.values()):
            tallies.append(QuestionTally(question, tuple(counts.items())))
    return EvaluationReport(
        group_name=group_name,
        season_name=season.name,
        first_day=season.first_day,
        last_day=season.last_day,
        goals=tuple(evaluation.goals),
        answers=evaluation.answers,
        evaluated_on=evaluation.evaluated_on,
        tallies=tuple(tallies),
    )


_GOAL = Term(QT_TRANSLATE_NOOP("Errors", "goal"))
_GOAL_NOTE = Term(QT_TRANSLATE_NOOP("Errors", "goal's outcome"))
_ANSWER = Term(QT_TRANSLATE_NOOP("Errors", "evaluation answer"))


def get_season(uow: UnitOfWork, series_id: uuid.UUID) -> Series:
    series = uow.series.get(series_id)
    if series is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The season no longer exists."))
    return series


def _clean_goal_texts(texts: Iterable[str]) -> list[str]:
    cleaned = [clean_line(text, _GOAL, GOAL_LENGTH) for text in texts]
    kept = [text for text in cleaned if text]
    _refuse_too_many(kept)
    return kept


def _refuse_too_many(goals: Sequence[object]) -> None:
    if len(goals) > MOST_GOALS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A season can have at most {most} goals."), most=MOST_GOALS
        )


def _clean_answer(text: str) -> str:
    return clean_text(text, _ANSWER, ANSWER_LENGTH)


def _texts(answers: Answers) -> tuple[str, str, str]:
    return answers.works_well, answers.to_improve, answers.carries_on
