"""The demo's evaluations: goals for every season, and every season that has ended
evaluated by its worker pair with the feedback forms counted, but one, which is due.

Drawn from a random stream of their own, so the rest of the demo stays as it was."""

from __future__ import annotations

import random
import uuid

from ryhmat.demo.data import DemoData
from ryhmat.domain.evaluation import (
    Answers,
    FeedbackQuestion,
    Goal,
    GoalOutcome,
    SeasonEvaluation,
    Tally,
)
from ryhmat.domain.model import GroupType, Series

GOALS = {
    GroupType.FATHER_CHILD: (
        "Isät saavat vertaistukea toisiltaan",
        "Isä ja lapsi löytävät uusia yhteisiä leikkejä",
    ),
    GroupType.OPEN_DAYCARE: (
        "Perheet tutustuvat toisiinsa ja alueen palveluihin",
        "Lapset saavat leikkiseuraa",
    ),
    GroupType.FAMILY_CAFE: (
        "Kynnys tulla mukaan pysyy matalana",
        "Vanhemmat jakavat arjen kokemuksia",
    ),
    GroupType.BABY_GROUP: (
        "Vauvaperheet saavat vertaistukea",
        "Vanhemmat saavat tietoa vauvan kehityksestä ja hoidosta",
    ),
    GroupType.PEER_GROUP: (
        "Perheet jakavat kokemuksia samassa tilanteessa olevien kanssa",
        "Vanhemmat jaksavat arjessa paremmin",
    ),
    GroupType.PARENT_GROUP: (
        "Vanhemmat tunnistavat vahvuuksiaan",
        "Vanhemmat saavat keinoja arjen haasteisiin",
    ),
    GroupType.OTHER: (
        "Perheet liikkuvat ja leikkivät yhdessä",
        "Uudet perheet löytävät ryhmän",
    ),
}
ANSWERS = (
    Answers(
        "Tuttu rakenne ja yhteinen välipala: perheet tulivat ajoissa ja jäivät juttelemaan.",
        "Syksyn alussa tieto ryhmästä kulki hitaasti; neuvolan kautta tavoitettiin parhaiten.",
        "Osa perheistä sopi tapaamisia keskenään myös ryhmän ulkopuolella.",
    ),
    Answers(
        "Työparin tuttuus ja lämmin vastaanotto; lapsille oma leikkinurkka.",
        "Pienten lasten päiväunet osuivat osalle perheistä ryhmän aikaan.",
        "Vanhemmat kertoivat kokeilleensa kotona ryhmässä opittuja leikkejä.",
    ),
    Answers(
        "Teemat, jotka perheet itse toivoivat, kokosivat eniten väkeä.",
        "Tila kävi ahtaaksi vilkkaimpina kertoina.",
        "Ryhmästä siirryttiin luontevasti perhekahvilaan ja MLL:n toimintaan.",
    ),
)
OUTCOMES = (GoalOutcome.ACHIEVED, GoalOutcome.ACHIEVED, GoalOutcome.PARTLY)


def add_evaluations(data: DemoData) -> None:
    rng = random.Random(data.seed * 19)
    types = {group.id: group.type for group in data.groups}
    ended = sorted(
        (s for s in data.series if s.last_day < data.today), key=lambda s: (s.last_day, s.name)
    )
    # The last season to end is left for its pair to evaluate: one is due.
    due = ended[-1].id if ended else None
    ended_ids = {s.id for s in ended}
    for series in data.series:
        goals = [Goal(text) for text in GOALS[types[series.group_id]]]
        if series.id not in ended_ids or series.id == due:
            data.evaluations.append(SeasonEvaluation(series_id=series.id, goals=goals))
        else:
            data.evaluations.append(_evaluated(series, goals, rng))


def _evaluated(series: Series, goals: list[Goal], rng: random.Random) -> SeasonEvaluation:
    return SeasonEvaluation(
        series_id=series.id,
        goals=[Goal(goal.text, rng.choice(OUTCOMES)) for goal in goals],
        answers=rng.choice(ANSWERS),
        evaluated_on=series.last_day,
        tallies=_tallies(series.id, rng),
    )


def _tallies(series_id: uuid.UUID, rng: random.Random) -> list[Tally]:
    """Most answer well: forms rarely come back from those who did not enjoy it."""
    forms = rng.randint(5, 14)
    tallies = []
    for question in FeedbackQuestion:
        values = list(question.scale.values)
        weights = [1, 2, 6] if len(values) == 3 else [0.2, 0.5, 2, 4, 6]
        counts = dict.fromkeys(values, 0)
        for value in rng.choices(values, weights, k=forms):
            counts[value] += 1
        tallies += [Tally(question, value, n) for value, n in counts.items() if n]
    return tallies
