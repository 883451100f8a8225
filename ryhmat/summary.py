"""The one-page summary of a period for a board or a funder: the period and the filter,
what the figures leave out, every figure with its short definition, then small tables —
the figures by group type, the leaders' hours by kind of worker, the cancelled sessions
by reason, the seasons' evaluations (goals reached, the participants' feedback, and for a
few seasons the worker pair's own words). It is the same content as a PDF page
(ryhmat/ui/summary_report.py) and as the workbook's first sheet, in the language the app
speaks when it is made.

A summary leaves the team: its figures are counts, and the only texts a person wrote are
the seasons' goals and the worker pair's answers, which the evaluation dialog asks to keep
free of families' names.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ryhmat.domain.evaluation import FeedbackScale, Goal, GoalOutcome
from ryhmat.domain.model import GroupType
from ryhmat.domain.statistics import (
    AVERAGE_ATTENDANCE,
    BREAKDOWNS,
    FAMILIES,
    FIGURES,
    FILL_RATE,
    SESSIONS_CANCELLED,
    SESSIONS_HELD,
    VISITS,
    Figure,
    Figures,
    Shown,
    Statistics,
)
from ryhmat.domain.usecases.evaluations import EvaluationReport
from ryhmat.domain.written import written_date
from ryhmat.i18n import translate
from ryhmat.labels import (
    CANCEL_CATEGORY,
    CANCELLED_BY_REASON,
    CARRIES_ON,
    EVALUATIONS,
    GOALS,
    GROUP,
    LEADER_HOURS,
    LEADER_HOURS_BY_KIND,
    LEADERS,
    PLANNING_HOURS,
    TO_IMPROVE,
    WORKER_KIND,
    WORKS_WELL,
    breakdown_columns,
    count,
    decimal,
    evaluation_text,
    figure_definition,
    figure_name,
    figure_text,
    filter_lines,
    hours,
    kind_total_name,
    label,
    leader_time_definition,
    leader_time_name,
    left_out_notes,
    unrecorded_sentence,
)

# The figures of the table by group type: what a board compares between kinds of group.
BY_TYPE_FIGURES: tuple[Figure, ...] = (
    SESSIONS_HELD,
    VISITS,
    FAMILIES,
    AVERAGE_ATTENDANCE,
    FILL_RATE,
)


# The worker pair's own words are quoted for this many seasons at most, and cut at this
# length: more would not fit one page.
QUOTED_SEASONS = 3
QUOTE_LENGTH = 300


@dataclass(frozen=True, slots=True)
class Value:
    """A number as the summary writes it, and as a cell keeps it; a text alone when
    ``number`` is None ("–" when nothing counted it)."""

    number: int | float | None
    text: str  # in the language
    shown: Shown  # how a cell formats it


@dataclass(frozen=True, slots=True)
class SummaryFigure:
    name: str
    value: Value
    definition: str


@dataclass(frozen=True, slots=True)
class SummaryRow:
    name: str
    values: tuple[Value, ...]


@dataclass(frozen=True, slots=True)
class SummaryTable:
    title: str
    headers: tuple[str, ...]  # the rows' names first
    rows: tuple[SummaryRow, ...]


@dataclass(frozen=True, slots=True)
class Summary:
    title: str
    period: str
    filters: list[str]
    notes: list[str]  # sessions not recorded, groups left out of some figures
    figures: list[SummaryFigure]
    tables: list[SummaryTable]  # only those with rows
    quotes: list[Quote] = field(default_factory=list)  # the pair's words, a few seasons'


@dataclass(frozen=True, slots=True)
class Quote:
    """A season's evaluation in the worker pair's own words."""

    season: str  # "Vauvaryhmä Pikkuiset, Syyskausi 2026"
    answers: tuple[tuple[str, str], ...]  # (question, answer) of those answered


def summary(statistics: Statistics, evaluations: Sequence[EvaluationReport] = ()) -> Summary:
    notes = left_out_notes(statistics.left_out)
    if unrecorded := statistics.total.sessions_unrecorded:
        notes.insert(0, unrecorded_sentence(unrecorded))
    tables = [
        _by_type(statistics),
        _by_kind(statistics),
        _by_reason(statistics),
        _evaluations(evaluations),
    ]
    return Summary(
        title=translate("Summary", "Group work at a glance"),
        period=f"{written_date(statistics.first_day)}–{written_date(statistics.last_day)}",
        filters=filter_lines(statistics.described),
        notes=notes,
        figures=[
            *(_figure(figure, statistics.total) for figure in FIGURES),
            _visits_by_role_and_age(statistics),
            *_leader_time(statistics),
        ],
        tables=[table for table in tables if table.rows],
        quotes=_quotes(evaluations) if len(evaluations) <= QUOTED_SEASONS else [],
    )


def _figure(figure: Figure, figures: Figures) -> SummaryFigure:
    return SummaryFigure(
        figure_name(figure),
        _value(figure, figures),
        figure_definition(figure),
    )


def _value(figure: Figure, figures: Figures) -> Value:
    return Value(figure.value(figures), figure_text(figure, figures), figure.shown)


def _hours(value: float) -> Value:
    return Value(round(value, 2), hours(value), Shown.HOURS)


def _count(value: int) -> Value:
    return Value(value, count(value), Shown.COUNT)


def _leader_time(statistics: Statistics) -> list[SummaryFigure]:
    led = sum(leader.hours for leader in statistics.leader_hours)
    planned = sum(leader.planning_hours for leader in statistics.leader_hours)
    return [
        SummaryFigure(leader_time_name(name), _hours(value), leader_time_definition(name))
        for name, value in ((LEADER_HOURS, led), (PLANNING_HOURS, planned))
    ]


def _by_type(statistics: Statistics) -> SummaryTable:
    return SummaryTable(
        translate("Summary", "By group type"),
        (
            translate("Summary", "Group type"),
            *(figure_name(figure) for figure in BY_TYPE_FIGURES),
        ),
        tuple(
            SummaryRow(label(group_type), tuple(_value(f, figures) for f in BY_TYPE_FIGURES))
            for group_type in GroupType
            if (figures := statistics.by_type.get(group_type))
        ),
    )


def _visits_by_role_and_age(statistics: Statistics) -> SummaryFigure:
    """The total's visits by role and by age band in one line among the figures (the page
    has no room for two more tables), with where the roles and ages come from."""
    total = statistics.total
    # A bucket nobody is in is left out: the line must stay short.
    counted = (
        "; ".join(
            f"{column} {count(value)}"
            for column, value in zip(
                breakdown_columns(breakdown), breakdown.values(total), strict=True
            )
            if value
        )
        or count(0)
        for breakdown in BREAKDOWNS
    )
    source = translate(
        "Summary",
        "Roles and ages come from the families' records in groups with an attendance list, "
        "from the leaders' count in headcounts.",
    )
    return SummaryFigure(
        translate("Summary", "Visits by role and age band"),
        Value(None, "", Shown.COUNT),
        ". ".join([*counted, source]),
    )


def _by_kind(statistics: Statistics) -> SummaryTable:
    """Who led: staff, volunteers and students, with their hours."""
    return SummaryTable(
        leader_time_name(LEADER_HOURS_BY_KIND),
        (
            leader_time_name(WORKER_KIND),
            leader_time_name(LEADERS),
            leader_time_name(LEADER_HOURS),
            leader_time_name(PLANNING_HOURS),
        ),
        tuple(
            SummaryRow(
                kind_total_name(kind.kind),
                (_count(kind.leaders), _hours(kind.hours), _hours(kind.planning_hours)),
            )
            for kind in statistics.hours_by_kind
            if kind.leaders
        ),
    )


def _by_reason(statistics: Statistics) -> SummaryTable:
    return SummaryTable(
        leader_time_name(CANCELLED_BY_REASON),
        (leader_time_name(CANCEL_CATEGORY), figure_name(SESSIONS_CANCELLED)),
        tuple(
            SummaryRow(label(reason), (_count(sessions),))
            for reason, sessions in statistics.cancelled_by_reason.items()
            if sessions
        ),
    )


def _evaluations(reports: Sequence[EvaluationReport]) -> SummaryTable:
    """Each group's seasons of the period together, a row a group (a board reads a
    year of one group at a time): seasons evaluated, goals reached, the feedback."""
    by_group: dict[str, list[EvaluationReport]] = {}
    for report in reports:
        by_group.setdefault(report.group_name, []).append(report)
    return SummaryTable(
        evaluation_text(EVALUATIONS),
        (
            evaluation_text(GROUP),
            translate("Summary", "Seasons evaluated"),
            evaluation_text(GOALS),
            translate("Summary", "Adults' feedback (1–5)"),
            translate("Summary", "Children's feedback (faces 1–3)"),
        ),
        tuple(
            SummaryRow(
                group,
                (
                    _text(
                        translate("Summary", "{evaluated} of {seasons}").format(
                            evaluated=sum(r.evaluated_on is not None for r in seasons),
                            seasons=len(seasons),
                        )
                    ),
                    _text(_goals([goal for r in seasons for goal in r.goals])),
                    _text(_feedback(seasons, FeedbackScale.ONE_TO_FIVE)),
                    _text(_feedback(seasons, FeedbackScale.SMILEYS)),
                ),
            )
            for group, seasons in by_group.items()
        ),
    )


def _text(text: str) -> Value:
    return Value(None, text, Shown.COUNT)


def _season(report: EvaluationReport) -> str:
    days = f"{written_date(report.first_day)}–{written_date(report.last_day)}"
    return f"{report.season_name} {days}"


def _goals(goals: Sequence[Goal]) -> str:
    """How many goals were reached: "2 of 3 achieved, 1 partly"; before the evaluation how
    many were set; "–" with none set."""
    if not goals:
        return "–"
    outcomes = [goal.outcome for goal in goals]
    if not any(outcomes):
        return translate("Summary", "{goals} set").format(goals=len(outcomes))
    text = translate("Summary", "{achieved} of {goals} achieved").format(
        achieved=outcomes.count(GoalOutcome.ACHIEVED), goals=len(outcomes)
    )
    if partly := outcomes.count(GoalOutcome.PARTLY):
        text += translate("Summary", ", {partly} partly").format(partly=partly)
    return text


def _feedback(reports: Sequence[EvaluationReport], scale: FeedbackScale) -> str:
    """The average answer of a scale's questions together, and how many answers it is of."""
    tallies = [t for r in reports for t in r.tallies if t.question.scale is scale]
    answers = sum(t.answered for t in tallies)
    if not answers:
        return "–"
    total = sum(value * n for t in tallies for value, n in t.counts)
    return translate("Summary", "{average} (n = {answers})").format(
        average=decimal(total / answers), answers=answers
    )


def _quotes(reports: Sequence[EvaluationReport]) -> list[Quote]:
    questions = (WORKS_WELL, TO_IMPROVE, CARRIES_ON)
    quotes = []
    for report in reports:
        answers = (report.answers.works_well, report.answers.to_improve, report.answers.carries_on)
        said = tuple(
            (evaluation_text(question), _cut(answer))
            for question, answer in zip(questions, answers, strict=True)
            if answer.strip()
        )
        if said:
            quotes.append(Quote(f"{report.group_name}, {_season(report)}", said))
    return quotes


def _cut(text: str) -> str:
    """A person's answer on one line, cut at a word before ``QUOTE_LENGTH`` with "…"."""
    line = " ".join(text.split())
    if len(line) <= QUOTE_LENGTH:
        return line
    return line[:QUOTE_LENGTH].rsplit(" ", 1)[0] + " …"
