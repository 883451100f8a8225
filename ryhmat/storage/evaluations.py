"""Seasons' goals, evaluations and feedback tallies (see ``EvaluationRepository``)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session as DbSession

from ryhmat.domain.evaluation import (
    Answers,
    FeedbackQuestion,
    Goal,
    GoalOutcome,
    SeasonEvaluation,
    SeasonFacts,
    Tally,
)
from ryhmat.storage.orm import FeedbackTallyRow, SeasonEvaluationRow, SeasonGoalRow, SeriesRow
from ryhmat.storage.repositories.base import table_of

GOALS = table_of(SeasonGoalRow)
EVALUATIONS = table_of(SeasonEvaluationRow)
TALLIES = table_of(FeedbackTallyRow)
SERIES = table_of(SeriesRow)


class SqlEvaluationRepository:
    def __init__(self, db: DbSession) -> None:
        self._db = db

    def get(self, series_id: uuid.UUID) -> SeasonEvaluation:
        return self.for_series([series_id])[series_id]

    def for_series(self, series_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, SeasonEvaluation]:
        self._db.flush()
        wanted = list(dict.fromkeys(series_ids))
        found = {series_id: SeasonEvaluation(series_id=series_id) for series_id in wanted}
        if not wanted:
            return found
        goals = select(GOALS).where(GOALS.c.series_id.in_(wanted)).order_by(GOALS.c.position)
        for row in self._db.execute(goals):
            outcome = GoalOutcome(row.outcome) if row.outcome else None
            found[row.series_id].goals.append(Goal(row.text, outcome, row.note))
        for row in self._db.execute(select(EVALUATIONS).where(EVALUATIONS.c.series_id.in_(wanted))):
            evaluation = found[row.series_id]
            evaluation.answers = Answers(row.works_well, row.to_improve, row.carries_on)
            evaluation.evaluated_on = row.evaluated_on
        tallies = (
            # "count" would name the row's own method.
            select(
                TALLIES.c.series_id,
                TALLIES.c.question,
                TALLIES.c.value,
                TALLIES.c["count"].label("forms"),
            ).where(TALLIES.c.series_id.in_(wanted))
        )
        for row in self._db.execute(tallies):
            found[row.series_id].tallies.append(
                Tally(FeedbackQuestion(row.question), row.value, row.forms)
            )
        order = list(FeedbackQuestion)
        for evaluation in found.values():
            evaluation.tallies.sort(key=lambda t: (order.index(t.question), t.value))
        return found

    def save(self, evaluation: SeasonEvaluation) -> None:
        self._db.flush()
        series_id = evaluation.series_id
        for table in (GOALS, EVALUATIONS, TALLIES):
            self._db.execute(delete(table).where(table.c.series_id == series_id))
        goals = [
            {
                "series_id": series_id,
                "position": position,
                "text": goal.text,
                "outcome": goal.outcome,
                "note": goal.note,
            }
            for position, goal in enumerate(evaluation.goals)
        ]
        if goals:
            self._db.execute(insert(GOALS), goals)
        if evaluation.evaluated_on is not None:
            answers = evaluation.answers
            self._db.execute(
                insert(EVALUATIONS).values(
                    series_id=series_id,
                    works_well=answers.works_well,
                    to_improve=answers.to_improve,
                    carries_on=answers.carries_on,
                    evaluated_on=evaluation.evaluated_on,
                )
            )
        tallies = [
            {"series_id": series_id, "question": t.question, "value": t.value, "count": t.count}
            for t in evaluation.tallies
            if t.count
        ]
        if tallies:
            self._db.execute(insert(TALLIES), tallies)

    def seasons(self) -> list[SeasonFacts]:
        self._db.flush()
        evaluated = select(EVALUATIONS.c.series_id).where(EVALUATIONS.c.series_id == SERIES.c.id)
        query = select(
            SERIES.c.id,
            SERIES.c.group_id,
            SERIES.c.name,
            SERIES.c.first_day,
            SERIES.c.last_day,
            evaluated.exists().label("evaluated"),
        ).order_by(SERIES.c.group_id, SERIES.c.first_day, SERIES.c.name)
        return [
            SeasonFacts(
                row.id, row.group_id, row.name, row.first_day, row.last_day, bool(row.evaluated)
            )
            for row in self._db.execute(query)
        ]
