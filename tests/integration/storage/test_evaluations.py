"""Seasons' goals, evaluations and feedback tallies on both databases, through the use
cases: saved, read back, due, in the reports of a period and filter."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

import pytest

from ryhmat.domain.errors import InvalidInput, NotFound
from ryhmat.domain.evaluation import (
    Answers,
    FeedbackQuestion,
    Goal,
    GoalOutcome,
    LifeCycle,
    SeasonEvaluation,
    Tally,
)
from ryhmat.domain.model import Group, GroupType, Series
from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.usecases.evaluations import (
    add_feedback,
    due_evaluations,
    evaluations_for,
    get_evaluation,
    group_life_cycles,
    save_evaluation,
    save_goals,
)
from ryhmat.domain.usecases.removal import Kind, delete
from ryhmat.storage.database import Database
from tests.integration.statements import counting
from tests.integration.world import World

AFTER_AUTUMN = date(2026, 1, 10)  # the world's season is Syksy 2025, 11.8.–12.12.2025


def evaluation_of(world: World) -> SeasonEvaluation:
    return SeasonEvaluation(
        series_id=world.series.id,
        goals=[
            Goal("Isät tutustuvat toisiinsa", GoalOutcome.ACHIEVED, "Puhelinpiiri syntyi"),
            Goal("Leikki-ideoita kotiin", GoalOutcome.PARTLY),
        ],
        answers=Answers("Yhteiset aamupalat", "Aloitus myöhemmin", "Isät tapaavat keväällä"),
        tallies=[
            Tally(FeedbackQuestion.ENJOYED, 5, 6),
            Tally(FeedbackQuestion.ENJOYED, 4, 2),
            Tally(FeedbackQuestion.CHILD_HAD_FUN, 3, 9),
            Tally(FeedbackQuestion.CHILD_HAD_FUN, 1, 0),
        ],
    )


def test_goals_and_an_evaluation_round_trip(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        save_goals(
            uow, world.series.id, ["  Isät tutustuvat toisiinsa ", "", "Leikki-ideoita kotiin"]
        )
    with database.unit_of_work() as uow:
        goals = get_evaluation(uow, world.series.id).goals
    assert goals == [Goal("Isät tutustuvat toisiinsa"), Goal("Leikki-ideoita kotiin")]

    with database.unit_of_work() as uow:
        save_evaluation(uow, evaluation_of(world), AFTER_AUTUMN)
    with database.unit_of_work() as uow:
        stored = get_evaluation(uow, world.series.id)
    assert stored.goals == evaluation_of(world).goals
    assert stored.answers == evaluation_of(world).answers
    assert stored.evaluated_on == AFTER_AUTUMN
    # A count of 0 is not stored; what is, comes back in the forms' order.
    assert stored.tallies == [
        Tally(FeedbackQuestion.ENJOYED, 4, 2),
        Tally(FeedbackQuestion.ENJOYED, 5, 6),
        Tally(FeedbackQuestion.CHILD_HAD_FUN, 3, 9),
    ]


def test_goals_set_again_keep_the_outcomes_of_those_kept(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        save_evaluation(uow, evaluation_of(world), AFTER_AUTUMN)
        save_goals(uow, world.series.id, ["Isät tutustuvat toisiinsa", "Uusi tavoite"])
    with database.unit_of_work() as uow:
        stored = get_evaluation(uow, world.series.id)
    assert stored.goals == [
        Goal("Isät tutustuvat toisiinsa", GoalOutcome.ACHIEVED, "Puhelinpiiri syntyi"),
        Goal("Uusi tavoite"),
    ]
    assert stored.evaluated_on == AFTER_AUTUMN


def test_tallies_alone_do_not_evaluate_a_season(database: Database, world: World) -> None:
    only_tallies = SeasonEvaluation(
        series_id=world.series.id, tallies=[Tally(FeedbackQuestion.WILL_COME_AGAIN, 5, 4)]
    )
    with database.unit_of_work() as uow:
        save_evaluation(uow, only_tallies, AFTER_AUTUMN)
    with database.unit_of_work() as uow:
        stored = get_evaluation(uow, world.series.id)
        due = due_evaluations(uow, AFTER_AUTUMN)
        cycles = group_life_cycles(uow, AFTER_AUTUMN)
    assert stored.tallies == only_tallies.tallies
    assert not stored.evaluated
    assert [(d.group_name, d.season_name) for d in due] == [("Isä-lapsi-ryhmä", "Syksy 2025")]
    assert cycles[world.group.id] is LifeCycle.TO_EVALUATE


def test_an_evaluated_season_is_no_longer_due_and_its_group_has_ended(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        save_evaluation(uow, evaluation_of(world), AFTER_AUTUMN)
    with database.unit_of_work() as uow:
        assert due_evaluations(uow, AFTER_AUTUMN) == []
        assert group_life_cycles(uow, AFTER_AUTUMN)[world.group.id] is LifeCycle.ENDED
        assert group_life_cycles(uow, date(2025, 9, 1))[world.group.id] is LifeCycle.RUNNING


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"tallies": [Tally(FeedbackQuestion.CHILD_HAD_FUN, 4, 1)]}, "not on its scale"),
        ({"tallies": [Tally(FeedbackQuestion.ENJOYED, 4, -1)]}, "between 0 and"),
        ({"goals": [Goal(f"Tavoite {n}") for n in range(11)]}, "at most 10 goals"),
        ({"answers": Answers(works_well="x" * 4001)}, "longer than 4000"),
    ],
)
def test_a_mistake_is_told_and_changes_nothing(
    database: Database, world: World, change: dict[str, object], message: str
) -> None:
    wrong = evaluation_of(world)
    for name, value in change.items():
        setattr(wrong, name, value)
    with database.unit_of_work() as uow, pytest.raises(InvalidInput, match=message):
        save_evaluation(uow, wrong, AFTER_AUTUMN)
    with database.unit_of_work() as uow:
        assert get_evaluation(uow, world.series.id) == SeasonEvaluation(series_id=world.series.id)


def test_a_season_deleted_meanwhile_is_told(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        save_evaluation(uow, evaluation_of(world), AFTER_AUTUMN)
        delete(uow, Kind.SEASON, world.series.id)
    with database.unit_of_work() as uow, pytest.raises(NotFound):
        save_goals(uow, world.series.id, ["Tavoite"])


def test_the_reports_list_the_seasons_of_the_period_and_filter(
    database: Database, world: World
) -> None:
    other = Group(name="Vauvaryhmä", type=GroupType.BABY_GROUP)
    spring = Series(
        group_id=other.id, name="Kevät 2026", first_day=date(2026, 1, 12), last_day=date(2026, 5, 4)
    )
    with database.unit_of_work() as uow:
        uow.groups.save(other)
        uow.series.save(spring)
        uow.commit()
        save_evaluation(uow, evaluation_of(world), AFTER_AUTUMN)
    with database.unit_of_work() as uow:
        year = evaluations_for(uow, date(2025, 1, 1), date(2026, 12, 31), StatisticsFilter())
        autumn = evaluations_for(uow, date(2025, 12, 1), date(2025, 12, 31), StatisticsFilter())
        fathers = evaluations_for(
            uow,
            date(2025, 1, 1),
            date(2026, 12, 31),
            StatisticsFilter(group_type=GroupType.FATHER_CHILD),
        )
        by_leader = evaluations_for(
            uow, date(2025, 1, 1), date(2026, 12, 31), StatisticsFilter(worker_id=world.anna.id)
        )
        elsewhere = evaluations_for(
            uow, date(2025, 1, 1), date(2026, 12, 31), StatisticsFilter(place_id=uuid.uuid4())
        )
    assert [(r.group_name, r.season_name) for r in year] == [
        ("Isä-lapsi-ryhmä", "Syksy 2025"),
        ("Vauvaryhmä", "Kevät 2026"),
    ]
    report = year[0]
    assert report.goals == tuple(evaluation_of(world).goals)
    assert report.answers.works_well == "Yhteiset aamupalat"
    assert report.evaluated_on == AFTER_AUTUMN
    assert [(t.question, t.counts, t.answered) for t in report.tallies] == [
        (FeedbackQuestion.ENJOYED, ((1, 0), (2, 0), (3, 0), (4, 2), (5, 6)), 8),
        (FeedbackQuestion.CHILD_HAD_FUN, ((1, 0), (2, 0), (3, 9)), 9),
    ]
    assert year[1].evaluated_on is None
    assert year[1].tallies == ()
    assert [r.season_name for r in autumn] == ["Syksy 2025"]
    assert [r.season_name for r in fathers] == ["Syksy 2025"]
    assert [r.season_name for r in by_leader] == ["Syksy 2025"]
    assert elsewhere == []


def test_the_reports_send_as_many_statements_for_many_seasons_as_for_one(
    database: Database, world: World
) -> None:
    period = (date(2020, 1, 1), date(2030, 12, 31), StatisticsFilter())

    def statements() -> int:
        with database.unit_of_work() as uow, counting(database.engine) as sent:
            evaluations_for(uow, *period)
            due_evaluations(uow, AFTER_AUTUMN)
            group_life_cycles(uow, AFTER_AUTUMN)
        return len(sent)

    with database.unit_of_work() as uow:
        save_evaluation(uow, evaluation_of(world), AFTER_AUTUMN)
    one = statements()
    with database.unit_of_work() as uow:
        for year in range(2020, 2030):
            series = Series(
                group_id=world.group.id,
                name=f"Kevät {year}",
                first_day=date(year, 1, 10),
                last_day=date(year, 5, 20),
            )
            uow.series.save(series)
            uow.commit()
            save_evaluation(uow, replace(evaluation_of(world), series_id=series.id), AFTER_AUTUMN)
    assert statements() == one


def test_a_sessions_feedback_forms_add_to_the_seasons(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        add_feedback(uow, world.series.id, [Tally(FeedbackQuestion.ENJOYED, 5, 3)])
        add_feedback(
            uow,
            world.series.id,
            [Tally(FeedbackQuestion.ENJOYED, 5, 2), Tally(FeedbackQuestion.ENJOYED, 3, 1)],
        )
    with database.unit_of_work() as uow:
        stored = get_evaluation(uow, world.series.id)
    assert stored.tallies == [
        Tally(FeedbackQuestion.ENJOYED, 3, 1),
        Tally(FeedbackQuestion.ENJOYED, 5, 5),
    ]
    assert not stored.evaluated
    with database.unit_of_work() as uow, pytest.raises(InvalidInput, match="between 0 and"):
        add_feedback(uow, world.series.id, [Tally(FeedbackQuestion.ENJOYED, 5, 9999)])
