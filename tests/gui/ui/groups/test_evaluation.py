"""A season's goals and evaluation, typed as a person types them, and the groups page's
stage column and list of evaluations due."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from ryhmat.domain.evaluation import (
    Answers,
    FeedbackQuestion,
    Goal,
    GoalOutcome,
    Tally,
)
from ryhmat.domain.model import Series, WeeklySlot
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.evaluations import (
    add_feedback,
    get_evaluation,
    group_life_cycles,
    save_goals,
)
from ryhmat.domain.usecases.groups import find_group
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups import GroupEditor, GroupsPage
from ryhmat.ui.groups.evaluation import EvaluationDialog, GoalsDialog, SessionFormsDialog
from tests.gui.person import (
    activate,
    answer,
    choose,
    click,
    click_into,
    click_row,
    enter,
    escape,
    listed,
    question,
    show_window,
    tab_to,
    type_over,
    type_text,
    wait_closed,
    wait_for_focus,
)

KARHUNPOJAT = "Isä–lapsi-ryhmä Karhunpojat"
SPRING = "Kevätkausi 2026"


def ended_spring(context: AppContext) -> Series:
    """A season of Karhunpojat that ended in May (the demo's today is 23.11.2026)."""
    group = context.read(lambda uow: find_group(uow, KARHUNPOJAT))
    series = Series(
        group_id=group.id,
        name=SPRING,
        first_day=date(2026, 1, 10),
        last_day=date(2026, 5, 16),
        slots=[WeeklySlot(weekday=5, start=time(9, 30), end=time(11, 0))],
    )

    def save(uow: UnitOfWork) -> None:
        uow.series.save(series)
        uow.commit()

    context.write(save, Changes.SESSIONS)
    return series


def open_page(qtbot: QtBot, context: AppContext) -> GroupsPage:
    page = GroupsPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    show_window(qtbot, page)
    return page


def open_editor_on_season(qtbot: QtBot, page: GroupsPage, season: str) -> GroupEditor:
    click_row(qtbot, page.groups.list.table, KARHUNPOJAT)
    enter(qtbot)
    editor = page.groups.editor
    assert editor is not None
    activate(qtbot, editor)
    click_row(qtbot, editor.seasons.table, season)
    return editor


def test_goals_typed_at_the_season_start_are_saved_by_enter(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    series = ended_spring(demo_context)
    page = open_page(qtbot, demo_context)
    editor = open_editor_on_season(qtbot, page, SPRING)
    click(qtbot, editor.goals_button)
    dialog = editor.season_dialog
    assert isinstance(dialog, GoalsDialog)
    activate(qtbot, dialog)
    wait_for_focus(qtbot, dialog.lines[0])
    type_text(qtbot, "Isät tutustuvat toisiinsa")
    # A line for the next goal appears under the one written.
    qtbot.waitUntil(lambda: len(dialog.lines) == 2)
    tab_to(qtbot, dialog.lines[1])
    type_text(qtbot, "Leikki-ideoita kotiin")
    enter(qtbot)
    wait_closed(qtbot, dialog)

    stored = demo_context.read(lambda uow: get_evaluation(uow, series.id))
    assert stored.goals == [Goal("Isät tutustuvat toisiinsa"), Goal("Leikki-ideoita kotiin")]


def test_an_evaluation_typed_in_the_due_list_leaves_it(
    qtbot: QtBot, demo_context: AppContext, model_tester: ModelTester
) -> None:
    series = ended_spring(demo_context)
    demo_context.write(
        lambda uow: save_goals(uow, series.id, ["Isät tutustuvat toisiinsa"]), Changes.EVALUATIONS
    )
    page = open_page(qtbot, demo_context)
    due = page.groups.due
    assert listed(due.list.table) == [KARHUNPOJAT]
    assert due.heading.text() == "Evaluation due (1)"
    model_tester.check(due.list.model, force_py=True)

    click_row(qtbot, due.list.table, KARHUNPOJAT)
    enter(qtbot)
    dialog = due.dialog
    assert isinstance(dialog, EvaluationDialog)
    activate(qtbot, dialog)
    wait_for_focus(qtbot, dialog.answers[0])
    type_text(qtbot, "Yhteiset aamupalat")
    tab_to(qtbot, dialog.answers[1])
    type_text(qtbot, "Aloitus myöhemmin")
    tab_to(qtbot, dialog.answers[2])
    type_text(qtbot, "Isät tapaavat keväällä")
    choose(qtbot, dialog.goals[0].outcome, "partly achieved")
    type_over(qtbot, dialog.goals[0].note, "Puhelinpiiri syntyi")
    type_over(qtbot, dialog.counts[FeedbackQuestion.ENJOYED, 5], "6")
    type_over(qtbot, dialog.counts[FeedbackQuestion.CHILD_HAD_FUN, 3], "9")
    enter(qtbot)
    wait_closed(qtbot, dialog)

    stored = demo_context.read(lambda uow: get_evaluation(uow, series.id))
    assert stored.answers == Answers(
        "Yhteiset aamupalat", "Aloitus myöhemmin", "Isät tapaavat keväällä"
    )
    assert stored.goals == [
        Goal("Isät tutustuvat toisiinsa", GoalOutcome.PARTLY, "Puhelinpiiri syntyi")
    ]
    assert stored.tallies == [
        Tally(FeedbackQuestion.ENJOYED, 5, 6),
        Tally(FeedbackQuestion.CHILD_HAD_FUN, 3, 9),
    ]
    assert stored.evaluated_on == demo_context.today()
    qtbot.waitUntil(lambda: listed(due.list.table) == [])
    assert due.heading.text() == "Evaluations due (0)"


def test_escape_asks_before_typed_answers_are_lost(qtbot: QtBot, demo_context: AppContext) -> None:
    series = ended_spring(demo_context)
    page = open_page(qtbot, demo_context)
    editor = open_editor_on_season(qtbot, page, SPRING)
    click(qtbot, editor.evaluation_button)
    dialog = editor.season_dialog
    assert isinstance(dialog, EvaluationDialog)
    activate(qtbot, dialog)
    click_into(qtbot, dialog.answers[0])
    type_text(qtbot, "Hyvä ryhmähenki")
    escape(qtbot)
    answer(qtbot, question(qtbot), "Discard changes")
    wait_closed(qtbot, dialog)

    stored = demo_context.read(lambda uow: get_evaluation(uow, series.id))
    assert not stored.evaluated
    assert stored.answers == Answers()


def test_the_stage_column_follows_the_seasons_and_their_evaluation(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    page = open_page(qtbot, demo_context)
    proxy = page.groups.list.proxy
    stages = {proxy.index(r, 0).data(): proxy.index(r, 1).data() for r in range(proxy.rowCount())}
    cycles = demo_context.read(lambda uow: group_life_cycles(uow, demo_context.today()))
    # The demo's autumn is on for every group.
    assert set(stages.values()) == {"running"}
    assert len(cycles) == len(stages)
    assert page.groups.list.model.headerData(1, Qt.Orientation.Horizontal) == "Stage"


def test_a_sessions_forms_are_added_to_the_seasons(qtbot: QtBot, demo_context: AppContext) -> None:
    series = ended_spring(demo_context)
    # The forms of an earlier session.
    earlier = [Tally(FeedbackQuestion.ENJOYED, 5, 4)]
    demo_context.write(lambda uow: add_feedback(uow, series.id, earlier), Changes.EVALUATIONS)
    page = open_page(qtbot, demo_context)
    editor = open_editor_on_season(qtbot, page, SPRING)
    click(qtbot, editor.forms_button)
    dialog = editor.season_dialog
    assert isinstance(dialog, SessionFormsDialog)
    activate(qtbot, dialog)
    # The session's own forms start from nothing.
    wait_for_focus(qtbot, dialog.feedback.counts[FeedbackQuestion.ENJOYED, 1])
    assert {spin.value() for spin in dialog.feedback.counts.values()} == {0}
    type_over(qtbot, dialog.feedback.counts[FeedbackQuestion.ENJOYED, 5], "2")
    type_over(qtbot, dialog.feedback.counts[FeedbackQuestion.CHILD_HAD_FUN, 2], "1")
    enter(qtbot)
    wait_closed(qtbot, dialog)

    after = demo_context.read(lambda uow: get_evaluation(uow, series.id))
    assert after.tallies == [
        Tally(FeedbackQuestion.ENJOYED, 5, 6),
        Tally(FeedbackQuestion.CHILD_HAD_FUN, 2, 1),
    ]
    assert not after.evaluated


def test_the_season_waiting_longest_is_listed_first(qtbot: QtBot, demo_context: AppContext) -> None:
    spring = ended_spring(demo_context)
    summer = Series(
        group_id=spring.group_id,
        name="Kesä 2026",
        first_day=date(2026, 6, 1),
        last_day=date(2026, 6, 30),
    )

    def save(uow: UnitOfWork) -> None:
        uow.series.save(summer)
        uow.commit()

    demo_context.write(save, Changes.SESSIONS)
    page = open_page(qtbot, demo_context)
    assert listed(page.groups.due.list.table, column=1) == [SPRING, "Kesä 2026"]
