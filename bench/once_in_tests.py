"""Two figures the functional tests once held against a wall clock, measured here instead.

A limit in seconds inside a test judged the machine the suite ran on, and a parallel
run shares the machine with itself. The tests keep what they assert about the result
(the counts of the generated town, what a roster import made and refused); how long it
took is measured here, beside a floor of the same run:

- the municipality demo generated in memory (``ryhmat demo --scale municipality`` before
  it is saved): the budget the generator was written to, 30 s, scaled to this machine by
  the reference workload;
- a roster of 10,000 rows with one bad row, as the import test runs it: read and checked,
  refused whole, then imported without the bad family, into a copy of the small demo
  database; floor: openpyxl alone reading the same workbook's values.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from openpyxl import load_workbook

from bench.databases import SMALL, TODAY, cached
from bench.reference import Reference
from bench.report import Row, count, seconds
from bench.timing import median, run_times
from ryhmat.demo import generate
from ryhmat.domain.usecases.roster_import import (
    ImportRejected,
    ImportResult,
    apply_import,
    plan_import,
)
from ryhmat.export.roster_file import read_roster
from ryhmat.storage.database import open_database
from tests.roster_files import big_rows, write_xlsx

DEMO_BUDGET = 30.0  # seconds: "well under a minute", the generator's brief
# The import's own checks, plan and inserts; the test's limit gave it twelve times its time.
ROSTER_RATIO = 8
ROSTER_FAMILIES = 5_000  # a father and a child each: 10,000 rows
BAD_FAMILY = 1234
GROUP = "Isä–lapsi-ryhmä Karhunpojat"  # a roster group of the small demo


def demo_generation_times() -> list[float]:
    return run_times(lambda: generate("municipality", seed=1, today=TODAY), warmups=0)


@dataclass(slots=True)
class RosterResult:
    app: list[float]
    floor: list[float]
    rows: int
    imported: ImportResult


def roster_import_times(folder: Path) -> RosterResult:
    folder.mkdir(parents=True, exist_ok=True)
    workbook = write_xlsx(folder / "nimilista.xlsx", big_rows(ROSTER_FAMILIES, BAD_FAMILY))
    database_file = folder / "roster.sqlite3"
    results: list[ImportResult] = []

    def fresh_database() -> None:
        shutil.copyfile(cached(SMALL), database_file)

    def check_refuse_and_import() -> None:
        results.append(import_refused_then_valid_rows(database_file, workbook))

    app = run_times(check_refuse_and_import, prepare=fresh_database)
    floor = run_times(lambda: openpyxl_values(workbook))
    return RosterResult(app, floor, 2 * ROSTER_FAMILIES, results[-1])


def import_refused_then_valid_rows(database_file: Path, workbook: Path) -> ImportResult:
    """The import test's work: the whole file refused for its bad row, then the rest."""
    database = open_database(f"sqlite:///{database_file}")
    try:
        roster = read_roster(workbook)
        try:
            with database.unit_of_work() as uow:
                plan = plan_import(uow, GROUP, roster.rows, roster.problems, TODAY)
                apply_import(uow, plan, valid_only=False)
        except ImportRejected:
            pass
        else:
            raise AssertionError("the roster's bad row was not refused")
        with database.unit_of_work() as uow:
            plan = plan_import(uow, GROUP, roster.rows, roster.problems, TODAY)
            return apply_import(uow, plan, valid_only=True)
    finally:
        database.dispose()


def openpyxl_values(workbook: Path) -> int:
    book = load_workbook(workbook, read_only=True, data_only=True)
    try:
        return sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    finally:
        book.close()


def rows(demo: list[float], roster: RosterResult, reference: Reference) -> list[Row]:
    return [
        Row(
            "municipality demo generated (30 000 sessions, in memory)",
            demo,
            f"the generator's budget ({seconds(DEMO_BUDGET)}) × {reference.factor:.2f}",
            reference.scaled(DEMO_BUDGET),
            1,
            fixed_budget=DEMO_BUDGET,
        ),
        Row(
            f"roster of {count(roster.rows)} rows with one bad row: checked, refused whole, "
            f"then imported without it ({count(roster.imported.families_created)} families)",
            roster.app,
            "openpyxl alone reading the same workbook",
            median(roster.floor),
            ROSTER_RATIO,
            roster.floor,
        ),
    ]
