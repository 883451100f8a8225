"""Tilastot → Evaluations: the seasons of the period and filter with what was evaluated."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from ryhmat.domain.evaluation import (
    Answers,
    FeedbackQuestion,
    Goal,
    GoalOutcome,
    SeasonEvaluation,
    Tally,
)
from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.usecases.evaluations import evaluations_for, save_evaluation
from ryhmat.domain.usecases.groups import find_group, list_series
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.statistics import StatisticsPage
from tests.gui.person import click_tab, show_window

AUTUMN = (date(2026, 8, 1), date(2026, 11, 23))
BABIES = "Vauvaryhmä Pikkuiset"


def test_the_tab_shows_each_season_with_its_evaluation_and_feedback(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    group = demo_context.read(lambda uow: find_group(uow, BABIES))
    autumn = demo_context.read(lambda uow: list_series(uow, group.id))[0]
    evaluation = SeasonEvaluation(
        series_id=autumn.id,
        goals=[Goal("Vauvaperheet saavat vertaistukea", GoalOutcome.PARTLY, "Puolet jatkaa")],
        answers=Answers("Lämmin tunnelma", "<b>Tila</b>", "Perheet tapaavat\nkeväällä"),
        tallies=[Tally(FeedbackQuestion.ENJOYED, 5, 3), Tally(FeedbackQuestion.ENJOYED, 4, 1)],
    )
    demo_context.write(
        lambda uow: save_evaluation(uow, evaluation, date(2026, 11, 20)), Changes.EVALUATIONS
    )
    page = StatisticsPage(demo_context)
    qtbot.addWidget(page)
    show_window(qtbot, page)
    with qtbot.waitSignal(page.computed):
        page.first_day.set_day(AUTUMN[0])
        page.last_day.set_day(AUTUMN[1])
    click_tab(qtbot, page.tabs, "Evaluations")

    expected = demo_context.read(lambda uow: evaluations_for(uow, *AUTUMN, page.current_filter()))
    assert page.evaluations.reports == expected
    assert page.current_filter() == StatisticsFilter()
    shown = page.evaluations.text.toPlainText()
    assert f"{BABIES}: {autumn.name}" in shown
    assert "Vauvaperheet saavat vertaistukea — partly achieved: Puolet jatkaa" in shown
    # A person's text is shown as typed, never as markup.
    assert "<b>Tila</b>" in shown
    assert "Perheet tapaavat\nkeväällä" in shown
    # Four forms answered, on average 4.8; by answer.
    assert "I enjoyed the group\n4\n4.8\n4: 1, 5: 3" in shown
    assert shown.count("not evaluated") == len(expected) - 1

    with qtbot.waitSignal(page.computed):
        page.filters.group.setCurrentIndex(page.filters.group.findText(BABIES))
    assert [r.group_name for r in page.evaluations.reports] == [BABIES]
