"""`ryhmat stats`: the statistics of a period, as tables for people or JSON for scripts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from functools import partial
from typing import Any, TextIO

from ryhmat.cli.commands import opened
from ryhmat.cli.output import write_json, write_table
from ryhmat.domain.statistics import (
    ATTENDANCE_RATE,
    AVERAGE_ATTENDANCE,
    BREAKDOWNS,
    FAMILIES,
    FATHERS_REACHED,
    FIGURES,
    FILL_RATE,
    NEW_FAMILIES,
    SESSIONS_CANCELLED,
    SESSIONS_HELD,
    SESSIONS_OVER_CAPACITY,
    SESSIONS_UNRECORDED,
    VISITS,
    VISITS_BY_AGE,
    VISITS_BY_ROLE,
    Figure,
    Figures,
    Statistics,
)
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.statistics import compute_statistics, statistics_filter
from ryhmat.domain.written import written_date
from ryhmat.i18n import translate
from ryhmat.labels import (
    CANCEL_CATEGORY,
    CANCELLED_BY_REASON,
    HOURS_IN_ALL,
    LEADER,
    LEADER_HOURS,
    LEADER_HOURS_BY_KIND,
    LEADERS,
    PLANNING_HOURS,
    WORKER_KIND,
    breakdown_columns,
    breakdown_definitions,
    breakdown_name,
    figure_definitions,
    figure_name,
    figure_text,
    filter_lines,
    hours,
    kind_total_name,
    label,
    leader_time_definitions,
    leader_time_name,
    left_out_note,
    organiser_name,
    over_capacity_note,
    shared_groups_note,
    unrecorded_note,
)


def stats(args: argparse.Namespace) -> int:
    # The moment that decides which sessions have ended without being recorded.
    moment = helsinki_now()
    last_day: date = args.last_day or moment.date()
    # The calendar year so far: what a coordinator reports most often.
    first_day: date = args.first_day or date(last_day.year, 1, 1)
    with opened(args) as database, database.unit_of_work() as uow:
        wanted = statistics_filter(
            uow,
            groups=args.group or (),
            group_type=args.group_type,
            organisation=args.organisation,
            place=args.place,
            worker=args.worker,
        )
        statistics = compute_statistics(uow, first_day, last_day, wanted, now=moment)
    if args.json:
        write_json(sys.stdout, statistics_json(statistics))
    else:
        write_statistics(sys.stdout, statistics)
    return 0


# -- JSON -------------------------------------------------------------------------


def figures_json(figures: Figures) -> dict[str, Any]:
    """The stored figures and the derived ones, which a dataclass dump would miss."""
    return {
        "sessions_held": figures.sessions_held,
        "sessions_cancelled": figures.sessions_cancelled,
        "sessions_unrecorded": figures.sessions_unrecorded,
        "adult_visits": figures.adult_visits,
        "child_visits": figures.child_visits,
        "visits": figures.visits,
        "distinct_families": figures.distinct_families,
        "fathers_reached": figures.fathers_reached,
        "new_families": figures.new_families,
        "adults_reached": figures.adults_reached,
        "children_reached": figures.children_reached,
        "first_time_visitors": figures.first_time_visitors,
        "capacity": figures.capacity,
        "capacity_filled": figures.capacity_filled,
        "sessions_over_capacity": figures.sessions_over_capacity,
        "sessions_not_comparable": figures.sessions_not_comparable,
        "places_offered": figures.places_offered,
        "places_attended": figures.places_attended,
        "average_attendance": figures.average_attendance,
        # Never capped: over 1 is over capacity.
        "fill_rate": figures.fill_rate,
        "over_capacity": figures.over_capacity,
        "attendance_rate": figures.attendance_rate,
        # Adding up to the adults' and the children's visits.
        "adult_visits_by_role": VISITS_BY_ROLE.by_key(figures),
        "child_visits_by_band": VISITS_BY_AGE.by_key(figures),
    }


def statistics_json(statistics: Statistics) -> dict[str, Any]:
    wanted = statistics.wanted
    return {
        "first_day": statistics.first_day,
        "last_day": statistics.last_day,
        "filter": {
            "group_ids": list(wanted.group_ids),
            "group_type": wanted.group_type,
            "organisation_id": wanted.organisation_id,
            "place_id": wanted.place_id,
            "worker_id": wanted.worker_id,
        },
        "filter_text": filter_lines(statistics.described),
        "total": figures_json(statistics.total),
        "by_group": [
            {"group_id": g.group_id, "name": g.name, "type": g.type, **figures_json(g.figures)}
            for g in statistics.by_group
        ],
        "by_organisation": [
            {"organisation_id": o.organisation_id, "name": o.name, **figures_json(o.figures)}
            for o in statistics.by_organisation
        ],
        "by_type": [
            {"type": group_type, **figures_json(figures)}
            for group_type, figures in statistics.by_type.items()
        ],
        "by_month": [
            {"month": m.month, "type": m.type, **figures_json(m.figures)}
            for m in statistics.by_month
        ],
        "left_out": {
            "headcount_groups_from_families": statistics.left_out.headcount_groups_from_families,
            "list_groups_from_first_timers": statistics.left_out.list_groups_from_first_timers,
            "headcount_sessions_from_fill_rate": (
                statistics.left_out.headcount_sessions_from_fill_rate
            ),
        },
        "leader_hours": [
            {
                "worker_id": h.worker_id,
                "name": h.name,
                "kind": h.kind,
                "hours": h.hours,
                "planning_hours": h.planning_hours,
                "total_hours": h.total_hours,
            }
            for h in statistics.leader_hours
        ],
        "hours_by_kind": [
            {
                "kind": k.kind,
                "leaders": k.leaders,
                "hours": k.hours,
                "planning_hours": k.planning_hours,
                "total_hours": k.total_hours,
            }
            for k in statistics.hours_by_kind
        ],
        "cancelled_by_reason": [
            {"reason": reason, "sessions": sessions}
            for reason, sessions in statistics.cancelled_by_reason.items()
        ],
    }


# -- text -------------------------------------------------------------------------


# The main figures, for a row per group or type that still fits a terminal.
ROW_FIGURES = (
    SESSIONS_HELD,
    SESSIONS_CANCELLED,
    SESSIONS_UNRECORDED,
    VISITS,
    FAMILIES,
    FATHERS_REACHED,
    NEW_FAMILIES,
    AVERAGE_ATTENDANCE,
    FILL_RATE,
    SESSIONS_OVER_CAPACITY,
    ATTENDANCE_RATE,
)


def _columns(figures: Sequence[Figure]) -> list[tuple[str, Callable[[Figures], str]]]:
    return [(figure_name(shown), partial(figure_text, shown)) for shown in figures]


def _figure_table(stream: TextIO, first: str, rows: Sequence[tuple[str, Figures]]) -> None:
    columns = _columns(ROW_FIGURES)
    write_table(
        stream,
        [first, *(name for name, _ in columns)],
        [[name, *(show(figures) for _, show in columns)] for name, figures in rows],
    )


def write_statistics(stream: TextIO, statistics: Statistics) -> None:
    period = f"{written_date(statistics.first_day)}–{written_date(statistics.last_day)}"
    stream.write(translate("Cli", "Statistics {period}").format(period=period) + "\n")
    for line in filter_lines(statistics.described):
        stream.write(f"{line}\n")
    if unrecorded := statistics.total.sessions_unrecorded:
        count = translate("Cli", "Sessions not recorded: {count}.").format(count=unrecorded)
        stream.write(f"\n{count} {unrecorded_note()}\n")
    stream.write("\n")
    write_table(
        stream,
        [translate("Cli", "Figure"), translate("Cli", "Total")],
        [[name, show(statistics.total)] for name, show in _columns(FIGURES)],
    )
    for note in (left_out_note(statistics.left_out), over_capacity_note(statistics.total)):
        if note:
            stream.write(f"{note}\n")
    for name, definition in figure_definitions():
        stream.write(f"{name}: {definition}.\n")
    stream.write("\n" + translate("Cli", "By group") + "\n")
    _figure_table(
        stream, translate("Cli", "Group"), [(g.name, g.figures) for g in statistics.by_group]
    )
    stream.write("\n" + translate("Cli", "By group type") + "\n")
    _figure_table(
        stream,
        translate("Cli", "Type"),
        [(label(group_type), figures) for group_type, figures in statistics.by_type.items()],
    )
    stream.write("\n" + translate("Cli", "By organiser") + "\n")
    _figure_table(
        stream,
        organiser_name(),
        [(o.name, o.figures) for o in statistics.by_organisation],
    )
    if note := shared_groups_note(statistics):
        stream.write(f"{note}\n")
    _write_breakdowns(stream, statistics)
    _write_leader_time(stream, statistics)


def _write_breakdowns(stream: TextIO, statistics: Statistics) -> None:
    """The visits by role and by age band: a row per group type and the total."""
    rows = [
        *((label(group_type), figures) for group_type, figures in statistics.by_type.items()),
        (translate("Cli", "Total"), statistics.total),
    ]
    for breakdown in BREAKDOWNS:
        stream.write("\n" + breakdown_name(breakdown) + "\n")
        write_table(
            stream,
            [translate("Cli", "Type"), *breakdown_columns(breakdown)],
            [[name, *map(str, breakdown.values(figures))] for name, figures in rows],
        )
    for name, definition in breakdown_definitions():
        stream.write(f"{name}: {definition}.\n")


def _write_leader_time(stream: TextIO, statistics: Statistics) -> None:
    """Each leader's hours, the hours by kind, and the cancelled sessions by reason."""
    titles = [
        leader_time_name(LEADER_HOURS),
        leader_time_name(PLANNING_HOURS),
        leader_time_name(HOURS_IN_ALL),
    ]
    stream.write("\n" + leader_time_name(LEADER_HOURS) + "\n")
    write_table(
        stream,
        [leader_time_name(LEADER), leader_time_name(WORKER_KIND), *titles],
        [
            [h.name, label(h.kind), *_hours(h.hours, h.planning_hours, h.total_hours)]
            for h in statistics.leader_hours
        ],
    )
    stream.write("\n" + leader_time_name(LEADER_HOURS_BY_KIND) + "\n")
    write_table(
        stream,
        [leader_time_name(WORKER_KIND), leader_time_name(LEADERS), *titles],
        [
            [
                kind_total_name(k.kind),
                str(k.leaders),
                *_hours(k.hours, k.planning_hours, k.total_hours),
            ]
            for k in statistics.hours_by_kind
        ],
    )
    stream.write("\n" + leader_time_name(CANCELLED_BY_REASON) + "\n")
    write_table(
        stream,
        [leader_time_name(CANCEL_CATEGORY), figure_name(SESSIONS_CANCELLED)],
        [[label(reason), str(n)] for reason, n in statistics.cancelled_by_reason.items()],
    )
    for name, definition in leader_time_definitions():
        stream.write(f"{name}: {definition}.\n")


def _hours(*values: float) -> list[str]:
    return [hours(value) for value in values]
