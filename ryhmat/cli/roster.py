"""`ryhmat import roster FILE --group NAME [--valid-only]`: families from a spreadsheet."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from ryhmat.cli.commands import opened
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.roster_import import (
    BadRow,
    ImportResult,
    apply_import,
    plan_import,
)
from ryhmat.export.roster_file import read_roster
from ryhmat.i18n import translate


def import_roster(args: argparse.Namespace) -> int:
    """Every bad row goes to stderr; with any and no --valid-only, nothing is imported."""
    # The file is read before the database is opened: a broken file touches nothing.
    roster = read_roster(Path(args.file))
    today = helsinki_now().date()
    with opened(args) as database, database.unit_of_work() as uow:
        plan = plan_import(uow, args.group, roster.rows, roster.problems, today, roster.headers)
        write_problems(sys.stderr, plan.rows_with_problems)
        result = apply_import(uow, plan, valid_only=args.valid_only)
    write_result(sys.stdout, result)
    return 0


def problem_line(bad: BadRow) -> str:
    """One line per bad row, however many problems it has: the lines are the rows counted."""
    if bad.columns:
        return translate("Cli", "Row {row}, {column}: {problem}").format(
            row=bad.row, column=bad.columns, problem=bad.message(translate)
        )
    return translate("Cli", "Row {row}: {problem}").format(
        row=bad.row, problem=bad.message(translate)
    )


def write_problems(stream: TextIO, rows: Iterable[BadRow]) -> None:
    for bad in rows:
        stream.write(problem_line(bad) + "\n")


def write_result(stream: TextIO, result: ImportResult) -> None:
    stream.write(
        translate(
            "Cli",
            "Families created: {created}; recognised: {recognised}; members added: {members}; "
            "enrolments created: {enrolments}.",
        ).format(
            created=result.families_created,
            recognised=result.families_recognised,
            members=result.members_added,
            enrolments=result.enrolments_created,
        )
        + "\n"
    )
    if result.added_meanwhile:
        stream.write(
            translate(
                "Cli",
                "{count} families were added by someone else while this import waited its "
                "turn; they were recognised and nothing was added twice.",
            ).format(count=result.added_meanwhile)
            + "\n"
        )
    if result.families_skipped:
        stream.write(
            translate(
                "Cli", "Families left out for their problems: {families}; rows: {rows}."
            ).format(families=result.families_skipped, rows=result.rows_skipped)
            + "\n"
        )
