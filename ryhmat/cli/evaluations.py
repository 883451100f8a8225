"""`ryhmat evaluations`: the seasons' evaluations of a period (goals, the worker pair's
answers, the feedback forms counted), or with --due the seasons still to evaluate."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TextIO

from ryhmat.cli.commands import opened
from ryhmat.cli.output import print_listing, write_json
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.evaluations import (
    DueEvaluation,
    EvaluationReport,
    due_evaluations,
    evaluations_for,
)
from ryhmat.domain.usecases.statistics import statistics_filter
from ryhmat.domain.written import written_date
from ryhmat.i18n import translate
from ryhmat.labels import (
    EVALUATED_ON,
    FEEDBACK,
    GOALS,
    NOT_EVALUATED,
    decimal,
    evaluation_questions,
    evaluation_text,
    feedback_line,
    goal_line,
    label,
)


def evaluations(args: argparse.Namespace) -> int:
    today: date = args.today or helsinki_now().date()
    if args.due:
        return _due(args, today)
    last_day: date = args.last_day or today
    # The calendar year so far, as `ryhmat stats`.
    first_day: date = args.first_day or date(last_day.year, 1, 1)
    with opened(args) as database, database.unit_of_work() as uow:
        wanted = statistics_filter(uow, groups=args.group or (), group_type=args.group_type)
        reports = evaluations_for(uow, first_day, last_day, wanted)
    if args.json:
        write_json(sys.stdout, reports)
    elif not reports:
        print(translate("Cli", "No season of the period and filter."))
    else:
        for report in reports:
            _write_report(sys.stdout, report)
    return 0


def _due(args: argparse.Namespace, today: date) -> int:
    with opened(args) as database, database.unit_of_work() as uow:
        due = due_evaluations(uow, today)
    return print_listing(
        args.json,
        due,
        [translate("Cli", "Group"), translate("Cli", "Season"), translate("Cli", "Ended")],
        _due_row,
        empty=translate("Cli", "No evaluations are due."),
    )


def _due_row(due: DueEvaluation) -> list[str]:
    return [due.group_name, due.season_name, written_date(due.last_day)]


def _write_report(out: TextIO, report: EvaluationReport) -> None:
    days = f"{written_date(report.first_day)}–{written_date(report.last_day)}"
    evaluated = (
        evaluation_text(NOT_EVALUATED)
        if report.evaluated_on is None
        else f"{evaluation_text(EVALUATED_ON)} {written_date(report.evaluated_on)}"
    )
    out.write(f"{report.group_name}: {report.season_name} ({days}), {evaluated}\n")
    if report.goals:
        out.write(f"  {evaluation_text(GOALS)}:\n")
        for goal in report.goals:
            out.write(f"    - {goal_line(goal)}\n")
    answers = (report.answers.works_well, report.answers.to_improve, report.answers.carries_on)
    for question, text in zip(evaluation_questions(), answers, strict=True):
        if text:
            out.write(f"  {question} {' '.join(text.split())}\n")
    if report.tallies:
        out.write(f"  {evaluation_text(FEEDBACK)}:\n")
        for tally in report.tallies:
            average = decimal(tally.average)
            spread = feedback_line(tally.question.scale, tally.counts)
            out.write(f"    {label(tally.question)}: {tally.answered}, {average} ({spread})\n")
    out.write("\n")
