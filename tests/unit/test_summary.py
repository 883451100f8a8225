"""The one-page summary's content, counted by hand: the figures with their definitions,
the small tables, and the seasons' evaluations."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from ryhmat.domain.evaluation import Answers, FeedbackQuestion, Goal, GoalOutcome
from ryhmat.domain.model import CancelReason, GroupType, WorkerKind
from ryhmat.domain.statistics import (
    FIGURES,
    Figures,
    KindHours,
    LeaderHours,
    Statistics,
    StatisticsFilter,
)
from ryhmat.domain.usecases.evaluations import EvaluationReport, QuestionTally
from ryhmat.i18n import use_language
from ryhmat.summary import QUOTE_LENGTH, QUOTED_SEASONS, summary

AUTUMN = (date(2026, 8, 17), date(2026, 12, 20))
SPRING = (date(2027, 1, 11), date(2027, 5, 30))


def statistics() -> Statistics:
    babies = Figures(
        sessions_held=10,
        adult_visits=40,
        child_visits=44,
        distinct_families=9,
        adult_visits_by_role=(30, 8, 0, 1, 1),
        child_visits_by_band=(10, 20, 14, 0, 0),
    )
    return Statistics(
        first_day=date(2026, 8, 1),
        last_day=date(2027, 6, 15),
        wanted=StatisticsFilter(),
        described=[],
        total=babies,
        by_type={GroupType.BABY_GROUP: babies},
        leader_hours=[
            LeaderHours(uuid.uuid4(), "Anna", 15.0, WorkerKind.STAFF, 5.0),
            LeaderHours(uuid.uuid4(), "Ville", 2.25, WorkerKind.VOLUNTEER, 0.5),
        ],
        hours_by_kind=[
            KindHours(WorkerKind.STAFF, 1, 15.0, 5.0),
            KindHours(WorkerKind.VOLUNTEER, 1, 2.25, 0.5),
            KindHours(WorkerKind.STUDENT),
        ],
        cancelled_by_reason={CancelReason.LEADER_ILL: 2, CancelReason.OTHER: 0},
    )


def season(
    name: str,
    days: tuple[date, date],
    goals: tuple[Goal, ...] = (),
    evaluated_on: date | None = None,
    answers: Answers | None = None,
    tallies: tuple[QuestionTally, ...] = (),
) -> EvaluationReport:
    said = answers or Answers()
    group = "Vauvaryhmä Pikkuiset"
    return EvaluationReport(group, name, *days, goals, said, evaluated_on, tallies)


@pytest.fixture(autouse=True)
def finnish() -> None:
    use_language("fi")


def rows(table_title: str, page: object) -> dict[str, list[str]]:
    table = next(t for t in page.tables if t.title == table_title)  # type: ignore[attr-defined]
    return {row.name: [value.text for value in row.values] for row in table.rows}


def test_every_figure_with_its_definition_and_the_leaders_hours() -> None:
    page = summary(statistics())
    names = [figure.name for figure in page.figures]
    assert names[: len(FIGURES)][:3] == [
        "Pidetyt kerrat",
        "Perutut kerrat",
        "Kirjaamattomat kerrat",
    ]
    assert names[len(FIGURES) :] == [
        "Käyntikerrat rooleittain ja ikäryhmittäin",
        "Ohjaustunnit",
        "Suunnittelu- ja purkutunnit",
    ]
    by_name = {figure.name: figure for figure in page.figures}
    assert by_name["Käyntikerrat yhteensä"].value.number == 84
    assert by_name["Ohjaustunnit"].value.text == "17,25"
    assert by_name["Suunnittelu- ja purkutunnit"].value.text == "5,5"
    assert all(figure.definition for figure in page.figures)
    assert page.filters == ["Kaikki ryhmät"]
    assert page.notes == []


def test_the_small_tables_leave_out_what_nobody_did() -> None:
    page = summary(statistics())
    kinds = rows("Ohjaustunnit ohjaajatyypeittäin", page)
    assert kinds == {"Työntekijät": ["1", "15,0", "5,0"], "Vapaaehtoiset": ["1", "2,25", "0,5"]}
    assert rows("Perutut kerrat syyn mukaan", page) == {"ohjaaja sairaana": ["2"]}
    assert rows("Ryhmätyypeittäin", page)["vauvaryhmä"][:3] == ["10", "84", "9"]


def test_the_visits_by_role_and_age_band_of_the_total_with_where_they_come_from() -> None:
    page = summary(statistics())
    by_name = {figure.name: figure for figure in page.figures}
    line = by_name["Käyntikerrat rooleittain ja ikäryhmittäin"]
    assert line.value.text == ""
    # The buckets nobody is in are left out, to keep the line short.
    assert line.definition == (
        "Isät 30; Äidit 8; Isovanhemmat 1; Ei tiedossa 1. "
        "Alle 1-vuotiaat 10; 1–2-vuotiaat 20; 3–6-vuotiaat 14. "
        "Roolit ja iät ovat läsnäololistan ryhmissä perheiden tiedoista, "
        "kävijämäärissä ohjaajien laskemia."
    )
    # Nobody came: a zero, not an empty line.
    empty = summary(Statistics(AUTUMN[0], AUTUMN[1], StatisticsFilter(), [], Figures()))
    nothing = next(f for f in empty.figures if f.name == line.name)
    assert nothing.definition.startswith("0. 0. Roolit ja iät")


def test_a_groups_seasons_are_one_row_with_goals_and_feedback_counted_by_hand() -> None:
    autumn = season(
        "Syyskausi 2026",
        AUTUMN,
        goals=(
            Goal("Vanhemmat tutustuvat", GoalOutcome.ACHIEVED),
            Goal("Lapset leikkivät", GoalOutcome.PARTLY),
        ),
        evaluated_on=date(2026, 12, 21),
        answers=Answers(works_well="Lämmin vastaanotto."),
        tallies=(
            QuestionTally(FeedbackQuestion.ENJOYED, ((1, 0), (2, 0), (3, 1), (4, 2), (5, 3))),
            QuestionTally(
                FeedbackQuestion.WILL_COME_AGAIN, ((1, 0), (2, 0), (3, 0), (4, 0), (5, 2))
            ),
            QuestionTally(FeedbackQuestion.CHILD_HAD_FUN, ((1, 1), (2, 0), (3, 3))),
        ),
    )
    spring = season("Kevätkausi 2027", SPRING, goals=(Goal("Isät mukaan"),))
    page = summary(statistics(), [autumn, spring])
    evaluations = rows("Arvioinnit", page)
    # Adults: (3 + 2·4 + 3·5 + 2·5) / 8 = 36 / 8 = 4.5; children (1 + 3·3) / 4 = 2.5.
    assert evaluations == {
        "Vauvaryhmä Pikkuiset": [
            "1/2",
            "1/3 saavutettu, 1 osittain",
            "4,5 (n = 8)",
            "2,5 (n = 4)",
        ]
    }
    assert [quote.season for quote in page.quotes] == [
        "Vauvaryhmä Pikkuiset, Syyskausi 2026 17.8.2026–20.12.2026"
    ]
    assert page.quotes[0].answers == (("Mikä toimii hyvin?", "Lämmin vastaanotto."),)


def test_goals_before_the_evaluation_are_counted_as_set() -> None:
    page = summary(statistics(), [season("Kevätkausi 2027", SPRING, goals=(Goal("A"), Goal("B")))])
    assert rows("Arvioinnit", page)["Vauvaryhmä Pikkuiset"][:2] == ["0/1", "2 asetettu"]
    assert rows("Arvioinnit", page)["Vauvaryhmä Pikkuiset"][2:] == ["–", "–"]


def test_the_pairs_words_are_quoted_for_a_few_seasons_only_and_cut_at_a_word() -> None:
    long = "sana " * 200
    many = [
        season(f"Kausi {n}", AUTUMN, evaluated_on=AUTUMN[1], answers=Answers(to_improve=long))
        for n in range(QUOTED_SEASONS)
    ]
    quoted = summary(statistics(), many).quotes
    assert len(quoted) == QUOTED_SEASONS
    answer = quoted[0].answers[0][1]
    assert answer.endswith(" …")
    assert len(answer) <= QUOTE_LENGTH + 2
    assert "  " not in answer
    too_many = [*many, season("Kausi X", AUTUMN, evaluated_on=AUTUMN[1], answers=many[0].answers)]
    assert summary(statistics(), too_many).quotes == []
