"""A season's goals (set at its start) and its evaluation (at its end): the worker pair's
three answers, each goal's outcome and the participants' anonymous feedback tallies."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ryhmat.domain.evaluation import (
    GOAL_LENGTH,
    MOST_ANSWERS,
    MOST_GOALS,
    Answers,
    FeedbackQuestion,
    FeedbackScale,
    Goal,
    GoalOutcome,
    SeasonEvaluation,
    Tally,
)
from ryhmat.domain.model import Series
from ryhmat.domain.usecases.evaluations import (
    add_feedback,
    get_evaluation,
    save_evaluation,
    save_goals,
)
from ryhmat.labels import FEEDBACK, GOALS, evaluation_questions, evaluation_text, label, scale_value
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date
from ryhmat.ui.people.widgets import EditorDialog


def _season_words(series: Series) -> str:
    return f"{series.name} {format_date(series.first_day)}–{format_date(series.last_day)}"


class GoalsDialog(EditorDialog):
    """The season's goals, one a line; a new empty line appears under the last one
    written, up to the most a season may have. Enter saves."""

    def __init__(self, context: AppContext, series: Series, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._series = series
        self.setWindowTitle(self.tr("Goals: %1").replace("%1", series.name))
        hint = QLabel(
            self.tr(
                "Set at the season's start: what the group works towards with the families. "
                "At the season's end the evaluation says how each went."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.body.insertWidget(0, hint)
        self.lines: list[QLineEdit] = []
        stored = context.read(lambda uow: get_evaluation(uow, series.id)).goals
        for goal in stored:
            self._add_line(goal.text)
        self._add_line("")
        self.resize(560, self.sizeHint().height())

    def _add_line(self, text: str) -> None:
        line = QLineEdit(text, self)
        line.setMaxLength(GOAL_LENGTH)
        line.textChanged.connect(self._grow)
        if self.lines:  # Tab goes from a goal to the next, then to Save
            QWidget.setTabOrder(self.lines[-1], line)
        self.lines.append(line)
        self.form.addRow(self.tr("Goal %1").replace("%1", str(len(self.lines))), line)
        line.show()

    def _grow(self) -> None:
        if self.lines[-1].text().strip() and len(self.lines) < MOST_GOALS:
            self._add_line("")

    def texts(self) -> list[str]:
        return [line.text() for line in self.lines]

    def form_state(self) -> object:
        return tuple(text.strip() for text in self.texts() if text.strip())

    def write(self) -> uuid.UUID:
        series_id, texts = self._series.id, self.texts()
        self.context.write(lambda uow: save_goals(uow, series_id, texts), Changes.EVALUATIONS, self)
        return series_id


class FeedbackGrid(QGroupBox):
    """The feedback forms counted: a spin box per question and answer, the adults'
    questions under their 1–5 header, the children's under the faces."""

    def __init__(self, stored: SeasonEvaluation, parent: QWidget) -> None:
        super().__init__(evaluation_text(FEEDBACK), parent)
        self.counts: dict[tuple[FeedbackQuestion, int], QSpinBox] = {}
        grid = QGridLayout(self)
        hint = QLabel(
            self.tr("How many anonymous feedback forms gave each answer; nobody is named."), self
        )
        hint.setWordWrap(True)
        grid.addWidget(hint, 0, 0, 1, 6)
        row = 1
        scale: FeedbackScale | None = None
        for question in FeedbackQuestion:
            if question.scale is not scale:
                scale = question.scale
                grid.addWidget(QLabel(label(scale), self), row, 0)
                for column, value in enumerate(scale.values, start=1):
                    header = QLabel(scale_value(scale, value), self)
                    header.setAlignment(Qt.AlignmentFlag.AlignCenter)
                    grid.addWidget(header, row, column)
                row += 1
            name = QLabel(label(question), self)
            grid.addWidget(name, row, 0)
            counts = stored.counts(question)
            for column, value in enumerate(question.scale.values, start=1):
                spin = QSpinBox(self)
                spin.setRange(0, MOST_ANSWERS)
                spin.setValue(counts[value])
                spin.setAccessibleName(f"{label(question)} {scale_value(scale, value)}")
                self.counts[question, value] = spin
                grid.addWidget(spin, row, column)
            name.setBuddy(self.counts[question, question.scale.values[0]])
            row += 1
        grid.setColumnStretch(0, 1)

    def tallies(self) -> list[Tally]:
        return [Tally(q, value, spin.value()) for (q, value), spin in self.counts.items()]


class SessionFormsDialog(EditorDialog):
    """The feedback forms of one session, counted from paper right after it: the numbers
    are added to the season's. Enter saves."""

    def __init__(self, context: AppContext, series: Series, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._series = series
        self.setWindowTitle(self.tr("Feedback forms: %1").replace("%1", series.name))
        hint = QLabel(
            self.tr(
                "Count the forms of one session: the numbers are added to the season's "
                "(the evaluation shows the season's own)."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.body.insertWidget(0, hint)
        self.feedback = FeedbackGrid(SeasonEvaluation(series_id=series.id), self)
        self.body.insertWidget(1, self.feedback)

    def first_field(self) -> QWidget | None:
        return self.feedback.counts[FeedbackQuestion.ENJOYED, 1]

    def form_state(self) -> object:
        return self.feedback.tallies()

    def write(self) -> uuid.UUID:
        series_id, tallies = self._series.id, self.feedback.tallies()
        self.context.write(
            lambda uow: add_feedback(uow, series_id, tallies), Changes.EVALUATIONS, self
        )
        return series_id


class _GoalRow:
    def __init__(self, goal: Goal, parent: QWidget) -> None:
        self.goal = goal
        self.text = QLabel(goal.text, parent)
        self.text.setWordWrap(True)
        self.outcome = QComboBox(parent)
        self.outcome.addItem("–", None)
        for outcome in GoalOutcome:
            self.outcome.addItem(label(outcome), outcome.value)
        if goal.outcome is not None:
            self.outcome.setCurrentIndex(self.outcome.findData(goal.outcome.value))
        self.note = QLineEdit(goal.note, parent)
        self.note.setMaxLength(GOAL_LENGTH)
        self.text.setBuddy(self.outcome)

    def value(self) -> Goal:
        data = self.outcome.currentData()
        outcome = GoalOutcome(data) if data else None
        return Goal(self.goal.text, outcome, self.note.text())


class EvaluationDialog(EditorDialog):
    """The evaluation of a season. The three answers are texts (Enter starts a new line
    there; Ctrl+S saves); in the other fields Enter saves. The feedback forms are
    entered as numbers: how many forms gave each answer, added to after each session
    or once at the season's end."""

    def __init__(self, context: AppContext, series: Series, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._series = series
        self.setWindowTitle(self.tr("Evaluation: %1").replace("%1", series.name))
        stored = context.read(lambda uow: get_evaluation(uow, series.id))
        season = QLabel(_season_words(series), self)
        self.body.insertWidget(0, season)
        if series.last_day >= context.today():
            note = QLabel(
                self.tr(
                    "The season has not ended yet: the feedback forms can be counted in "
                    "after each session, the evaluation written when it has ended."
                ),
                self,
            )
            note.setWordWrap(True)
            self.body.insertWidget(1, note)

        reported = QLabel(
            self.tr(
                "The answers and goals go to the reports and the summary for the board: "
                "write about the group, never a family's name."
            ),
            self,
        )
        reported.setWordWrap(True)
        self.body.insertWidget(self.body.indexOf(season) + 1, reported)
        self.answers: list[QPlainTextEdit] = []
        texts = (stored.answers.works_well, stored.answers.to_improve, stored.answers.carries_on)
        for question, text in zip(evaluation_questions(), texts, strict=True):
            edit = QPlainTextEdit(text, self)
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(70)
            self.answers.append(edit)
            self.form.addRow(question, edit)

        self.goals = [_GoalRow(goal, self) for goal in stored.goals]
        self.body.insertWidget(self.body.indexOf(self.error), self._goals_box())
        self.feedback = FeedbackGrid(stored, self)
        self.counts = self.feedback.counts
        self.body.insertWidget(self.body.indexOf(self.error), self.feedback)
        self.resize(760, self.sizeHint().height())

    def _goals_box(self) -> QGroupBox:
        box = QGroupBox(evaluation_text(GOALS), self)
        grid = QGridLayout(box)
        if not self.goals:
            grid.addWidget(QLabel(self.tr("No goals were set for this season."), box), 0, 0)
        grid.addWidget(QLabel(self.tr("Outcome"), box), 0, 1)
        grid.addWidget(QLabel(self.tr("How it went"), box), 0, 2)
        for row, goal in enumerate(self.goals, start=1):
            for parent_change in (goal.text, goal.outcome, goal.note):
                parent_change.setParent(box)
            grid.addWidget(goal.text, row, 0)
            grid.addWidget(goal.outcome, row, 1)
            grid.addWidget(goal.note, row, 2)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(2, 2)
        return box

    def first_field(self) -> QWidget | None:
        return self.answers[0]

    def evaluation(self) -> SeasonEvaluation:
        works_well, to_improve, carries_on = (edit.toPlainText() for edit in self.answers)
        return SeasonEvaluation(
            series_id=self._series.id,
            goals=[goal.value() for goal in self.goals],
            answers=Answers(works_well, to_improve, carries_on),
            tallies=self.feedback.tallies(),
        )

    def form_state(self) -> object:
        evaluation = self.evaluation()
        return (evaluation.goals, evaluation.answers, evaluation.tallies)

    def write(self) -> uuid.UUID:
        evaluation, today = self.evaluation(), self.context.today()
        self.context.write(
            lambda uow: save_evaluation(uow, evaluation, today), Changes.EVALUATIONS, self
        )
        return evaluation.series_id
