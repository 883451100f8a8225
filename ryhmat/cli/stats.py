"""`ryhmat stats`: the statistics of a period, as tables for people or JSON for scripts."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TextIO

from ryhmat.cli.commands import opened
from ryhmat.cli.output import write_json, write_table
from ryhmat.domain.statistics import Figures, Statistics
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.statistics import compute_statistics, statistics_filter
from ryhmat.domain.written import written_date
from ryhmat.i18n import translate
from ryhmat.labels import (
    ADULTS_REACHED,
    ATTENDANCE_RATE,
    CHILDREN_REACHED,
    FAMILIES,
    FATHERS_REACHED,
    FILL_RATE,
    FIRST_TIME_VISITORS,
    NEW_FAMILIES,
    ORGANISER,
    SESSIONS_OVER_CAPACITY,
    count,
    decimal,
    figure_definitions,
    figure_name,
    fill_rate,
    filter_lines,
    label,
    left_out_note,
    over_capacity_note,
    percent,
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
            {"worker_id": h.worker_id, "name": h.name, "hours": h.hours}
            for h in statistics.leader_hours
        ],
    }


# -- text -------------------------------------------------------------------------


def _figure_columns() -> list[tuple[str, Callable[[Figures], str]]]:
    """Every figure, for the totals (one per line)."""
    return [
        (translate("Cli", "Held"), lambda f: str(f.sessions_held)),
        (translate("Cli", "Cancelled"), lambda f: str(f.sessions_cancelled)),
        (translate("Cli", "Not recorded"), lambda f: str(f.sessions_unrecorded)),
        (translate("Cli", "Visits, adults"), lambda f: str(f.adult_visits)),
        (translate("Cli", "Visits, children"), lambda f: str(f.child_visits)),
        (translate("Cli", "Visits"), lambda f: str(f.visits)),
        (figure_name(FAMILIES), lambda f: count(f.distinct_families)),
        (figure_name(FATHERS_REACHED), lambda f: count(f.fathers_reached)),
        (figure_name(NEW_FAMILIES), lambda f: count(f.new_families)),
        (figure_name(ADULTS_REACHED), lambda f: count(f.adults_reached)),
        (figure_name(CHILDREN_REACHED), lambda f: count(f.children_reached)),
        (figure_name(FIRST_TIME_VISITORS), lambda f: count(f.first_time_visitors)),
        (translate("Cli", "Average"), lambda f: decimal(f.average_attendance)),
        *_rate_columns(),
    ]


def _row_columns() -> list[tuple[str, Callable[[Figures], str]]]:
    """The main figures, for a row per group or type that still fits a terminal."""
    return [
        (translate("Cli", "Held"), lambda f: str(f.sessions_held)),
        (translate("Cli", "Cancelled"), lambda f: str(f.sessions_cancelled)),
        (translate("Cli", "Not recorded"), lambda f: str(f.sessions_unrecorded)),
        (translate("Cli", "Visits"), lambda f: str(f.visits)),
        (figure_name(FAMILIES), lambda f: count(f.distinct_families)),
        (figure_name(FATHERS_REACHED), lambda f: count(f.fathers_reached)),
        (figure_name(NEW_FAMILIES), lambda f: count(f.new_families)),
        (translate("Cli", "Average"), lambda f: decimal(f.average_attendance)),
        *_rate_columns(),
    ]


def _rate_columns() -> list[tuple[str, Callable[[Figures], str]]]:
    return [
        (figure_name(FILL_RATE), fill_rate),
        (figure_name(SESSIONS_OVER_CAPACITY), lambda f: str(f.sessions_over_capacity)),
        (figure_name(ATTENDANCE_RATE), lambda f: percent(f.attendance_rate)),
    ]


def _figure_table(stream: TextIO, first: str, rows: Sequence[tuple[str, Figures]]) -> None:
    columns = _row_columns()
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
        [[name, show(statistics.total)] for name, show in _figure_columns()],
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
        figure_name(ORGANISER),
        [(o.name, o.figures) for o in statistics.by_organisation],
    )
    if note := shared_groups_note(statistics):
        stream.write(f"{note}\n")
    stream.write("\n" + translate("Cli", "Leader hours") + "\n")
    write_table(
        stream,
        [translate("Cli", "Worker"), translate("Cli", "Hours")],
        [[h.name, decimal(h.hours)] for h in statistics.leader_hours],
    )
