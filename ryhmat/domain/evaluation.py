"""Evaluation (arviointi) of a group's season, and the group's life cycle.

A season (``Series``) has goals set at its start (aloitus). At its end the worker pair
evaluates it: the three questions of perhetyö's evaluation ("Mikä toimii hyvin? Mitä
parannettavaa? Miten hyvät muutokset kantavat?") and each goal's outcome. The
participants' own feedback is anonymous: paper forms counted into tallies (how many
answered each scale value of each question), never linked to a person, never a text
of theirs. The questions are the fixed few below, so that seasons and groups compare.

A group's life cycle follows from its seasons (``life_cycle``); a season that has ended
without an evaluation is due (``is_due``) for ``DUE_FOR`` (a year) after its end: an
older one is history, and an old database's seasons do not flood the list.

Pure rules over dates: the facts come from storage (``EvaluationRepository``).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

DUE_FOR = timedelta(days=365)
MOST_GOALS = 10
GOAL_LENGTH = 500
ANSWER_LENGTH = 4000
MOST_ANSWERS = 9999  # feedback forms of one value of one question in a season


class GoalOutcome(enum.StrEnum):
    ACHIEVED = "achieved"  # saavutettiin
    PARTLY = "partly"  # osittain
    NOT_ACHIEVED = "not_achieved"  # ei saavutettu


class FeedbackScale(enum.StrEnum):
    """Adults answer on a scale of 1 (not at all) to 5 (fully); children point at one
    of three faces (1 sad, 2 neutral, 3 happy)."""

    ONE_TO_FIVE = "1-5"
    SMILEYS = "smileys"

    @property
    def values(self) -> range:
        return range(1, 6) if self is FeedbackScale.ONE_TO_FIVE else range(1, 4)


class FeedbackQuestion(enum.StrEnum):
    """The questions of the participants' feedback forms, in the order they are asked."""

    ENJOYED = "enjoyed"  # Viihdyin ryhmässä
    PARENTING_SUPPORT = "parenting_support"  # Sain tukea vanhemmuuteen
    PEER_SUPPORT = "peer_support"  # Sain vertaistukea muilta vanhemmilta
    WILL_COME_AGAIN = "will_come_again"  # Tulen uudelleen / suosittelen ryhmää
    CHILD_HAD_FUN = "child_had_fun"  # Lapselta: Oliko kivaa?

    @property
    def scale(self) -> FeedbackScale:
        if self is FeedbackQuestion.CHILD_HAD_FUN:
            return FeedbackScale.SMILEYS
        return FeedbackScale.ONE_TO_FIVE


@dataclass(frozen=True, slots=True)
class Goal:
    """A goal set at the season's start, and at its end how it went."""

    text: str
    outcome: GoalOutcome | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Tally:
    """How many feedback forms answered ``value`` to ``question``."""

    question: FeedbackQuestion
    value: int
    count: int


@dataclass(frozen=True, slots=True)
class Answers:
    """The worker pair's answers to the three questions of the evaluation."""

    works_well: str = ""  # Mikä toimii hyvin?
    to_improve: str = ""  # Mitä parannettavaa?
    carries_on: str = ""  # Miten hyvät muutokset kantavat?

    @property
    def written(self) -> bool:
        return any(text.strip() for text in (self.works_well, self.to_improve, self.carries_on))


@dataclass(slots=True, kw_only=True)
class SeasonEvaluation:
    """Everything evaluated of one season: its goals, the pair's answers (with the day
    they were written) and the participants' feedback tallies."""

    series_id: uuid.UUID
    goals: list[Goal] = field(default_factory=list)
    answers: Answers = field(default_factory=Answers)
    evaluated_on: date | None = None
    tallies: list[Tally] = field(default_factory=list)

    @property
    def evaluated(self) -> bool:
        return self.evaluated_on is not None

    def counts(self, question: FeedbackQuestion) -> dict[int, int]:
        """Forms per scale value of one question, every value of its scale present."""
        counts = dict.fromkeys(question.scale.values, 0)
        for tally in self.tallies:
            if tally.question is question and tally.value in counts:
                counts[tally.value] += tally.count
        return counts


def answered(counts: Mapping[int, int]) -> int:
    return sum(counts.values())


def mean(counts: Mapping[int, int]) -> float | None:
    """The average answer, None when nobody answered."""
    total = answered(counts)
    if not total:
        return None
    return sum(value * n for value, n in counts.items()) / total


class LifeCycle(enum.StrEnum):
    PLANNED = "planned"  # suunnitteilla
    RUNNING = "running"  # käynnissä
    TO_EVALUATE = "to_evaluate"  # arvioitavana
    ENDED = "ended"  # päättynyt


@dataclass(frozen=True, slots=True)
class SeasonSpan:
    """What the life cycle needs of a season: its days and whether it is evaluated."""

    first_day: date
    last_day: date
    evaluated: bool


@dataclass(frozen=True, slots=True)
class SeasonFacts:
    """A season as the life cycle, the due list and the reports see it."""

    series_id: uuid.UUID
    group_id: uuid.UUID
    name: str
    first_day: date
    last_day: date
    evaluated: bool

    @property
    def span(self) -> SeasonSpan:
        return SeasonSpan(self.first_day, self.last_day, self.evaluated)


def is_due(season: SeasonSpan, today: date) -> bool:
    """Ended, not evaluated, and ended no longer than ``DUE_FOR`` ago."""
    return not season.evaluated and season.last_day < today <= season.last_day + DUE_FOR


def life_cycle(seasons: Iterable[SeasonSpan], today: date, archived: bool = False) -> LifeCycle:
    """An archived group has ended. Otherwise: a season running today makes the group
    running; else its last ended season, if due, makes it to be evaluated; else a season
    still to come (or none at all) makes it planned; else it has ended."""
    if archived:
        return LifeCycle.ENDED
    spans = list(seasons)
    if any(s.first_day <= today <= s.last_day for s in spans):
        return LifeCycle.RUNNING
    ended = [s for s in spans if s.last_day < today]
    if ended and is_due(max(ended, key=lambda s: s.last_day), today):
        return LifeCycle.TO_EVALUATE
    if len(ended) == len(spans):
        return LifeCycle.ENDED if ended else LifeCycle.PLANNED
    return LifeCycle.PLANNED


def clean_goals(goals: Sequence[Goal]) -> list[Goal]:
    """The goals as stored: trimmed, empty ones left out."""
    return [
        Goal(goal.text.strip(), goal.outcome, goal.note.strip())
        for goal in goals
        if goal.text.strip()
    ]
