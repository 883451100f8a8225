"""The one-page summary of a period for a board or a funder: the period and the filter,
every figure with its short definition, the figures by group type, and what the
figures leave out. It is the same content as a PDF page (ryhmat/ui/summary_report.py)
and as the workbook's first sheet, in the language the app speaks when it is made.

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
    decimal,
    figure_definition,
    figure_name,
    figure_text,
    filter_lines,
    label,
    leader_hours_definition,
    leader_hours_name,
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
class SummaryFigure:
    name: str
    value: int | float | None  # None: unknown, nothing counted it
    text: str  # the value as the language writes it ("–" when unknown)
    definition: str
    shown: Shown


@dataclass(frozen=True, slots=True)
class TypeRow:
    name: str
    texts: tuple[str, ...]  # BY_TYPE_FIGURES' values, written
    values: tuple[int | float | None, ...]


@dataclass(frozen=True, slots=True)
class Summary:
    title: str
    period: str
    filters: list[str]
    notes: list[str]  # sessions not recorded, groups left out of some figures
    figures: list[SummaryFigure]
    type_headers: list[str]  # the group type column, then BY_TYPE_FIGURES' names
    by_type: list[TypeRow]


def summary(statistics: Statistics) -> Summary:
    notes = left_out_notes(statistics.left_out)
    if unrecorded := statistics.total.sessions_unrecorded:
        notes.insert(0, unrecorded_sentence(unrecorded))
    total_hours = sum(leader.hours for leader in statistics.leader_hours)
    hours = SummaryFigure(
        leader_hours_name(),
        round(total_hours, 1),
        decimal(total_hours),
        leader_hours_definition(),
        Shown.AVERAGE,
    )
    return Summary(
        title=translate("Summary", "Group work at a glance"),
        period=f"{written_date(statistics.first_day)}–{written_date(statistics.last_day)}",
        filters=filter_lines(statistics.described),
        notes=notes,
        figures=[*(_figure(figure, statistics.total) for figure in FIGURES), hours],
        type_headers=[
            translate("Summary", "Group type"),
            *(figure_name(figure) for figure in BY_TYPE_FIGURES),
        ],
        by_type=[
            _type_row(label(group_type), figures)
            for group_type in GroupType
            if (figures := statistics.by_type.get(group_type))
        ],
    )


def _figure(figure: Figure, figures: Figures) -> SummaryFigure:
    return SummaryFigure(
        figure_name(figure),
        figure.value(figures),
        figure_text(figure, figures),
        figure_definition(figure),
        figure.shown,
    )


def _type_row(name: str, figures: Figures) -> TypeRow:
    return TypeRow(
        name,
        tuple(figure_text(figure, figures) for figure in BY_TYPE_FIGURES),
        tuple(figure.value(figures) for figure in BY_TYPE_FIGURES),
    )
