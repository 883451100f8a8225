"""`ryhmat export excel`: the attendance and statistics workbook of a period."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from pathlib import Path

from ryhmat.cli.commands import opened
from ryhmat.cli.output import check_output_file
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.statistics import compute_statistics, statistics_filter
from ryhmat.domain.usecases.workbook import workbook_data
from ryhmat.export.excel import write_workbook


def now() -> datetime:
    """The moment that decides which sessions have ended without being recorded."""
    return datetime.now(HELSINKI)


def export_excel(args: argparse.Namespace) -> int:
    out = Path(args.out)
    check_output_file(out)
    moment = now()
    last_day: date = args.last_day or moment.date()
    # The calendar year so far, as for `ryhmat stats`.
    first_day: date = args.first_day or date(last_day.year, 1, 1)
    with opened(args) as database, database.unit_of_work() as uow:
        wanted = statistics_filter(uow, groups=args.group or (), organisation=args.organisation)
        statistics = compute_statistics(uow, first_day, last_day, wanted, now=moment)
        data = workbook_data(uow, first_day, last_day, wanted, args.pseudonymise, statistics)
    write_workbook(out, statistics, data)
    print(out)
    return 0
