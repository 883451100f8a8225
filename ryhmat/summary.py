"""The one-page summary of a period for a board or a funder: the period and the filter,
what the figures leave out, every figure with its short definition, then small tables —
the figures by group type, the leaders' hours by kind of worker, the cancelled sessions
by reason. It is the same content as a PDF page (ryhmat/ui/summary_report.py) and as the
workbook's first sheet, in the language the app speaks when it is made.

Nothing here names a family or a person: a summary leaves the team.
"""

from __future__ import annotations

from dataclasses import dataclass

from ryhmat.domain.model import GroupType
from ryhmat.domain.statistics import (
    AVERAGE_ATTENDANCE,
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
from ryhmat.domain.written import written_date
from ryhmat.i18n import translate
from ryhmat.labels import (
    CANCEL_CATEGORY,
    CANCELLED_BY_REASON,
    LEADER_HOURS,
    LEADER_HOURS_BY_KIND,
    LEADERS,
    PLANNING_HOURS,
    WORKER_KIND,
    count,
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


@dataclass(frozen=True, slots=True)
class Value:
    """A number as the summary writes it, and as a cell keeps it."""

    number: int | float | None  # None: unknown, nothing counted it
    text: str  # in the language ("–" when unknown)
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


def summary(statistics: Statistics) -> Summary:
    notes = left_out_notes(statistics.left_out)
    if unrecorded := statistics.total.sessions_unrecorded:
        notes.insert(0, unrecorded_sentence(unrecorded))
    tables = [_by_type(statistics), _by_kind(statistics), _by_reason(statistics)]
    return Summary(
        title=translate("Summary", "Group work at a glance"),
        period=f"{written_date(statistics.first_day)}–{written_date(statistics.last_day)}",
        filters=filter_lines(statistics.described),
        notes=notes,
        figures=[
            *(_figure(figure, statistics.total) for figure in FIGURES),
            *_leader_time(statistics),
        ],
        tables=[table for table in tables if table.rows],
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
