"""`ryhmat export excel`: the attendance and statistics workbook of a period."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ryhmat.cli.commands import opened
from ryhmat.cli.output import check_output_file
from ryhmat.domain.usecases.statistics import compute_statistics, statistics_filter
from ryhmat.domain.usecases.workbook import workbook_data
from ryhmat.export.excel import write_workbook


def today() -> date:
    return date.today()


def export_excel(args: argparse.Namespace) -> int:
    out = Path(args.out)
    check_output_file(out)
    last_day: date = args.last_day or today()
    # The calendar year so far, as for `ryhmat stats`.
    first_day: date = args.first_day or date(last_day.year, 1, 1)
    with opened(args) as database, database.unit_of_work() as uow:
        wanted = statistics_filter(uow, groups=args.group or (), organisation=args.organisation)
        statistics = compute_statistics(uow, first_day, last_day, wanted)
        data = workbook_data(uow, first_day, last_day, wanted, args.pseudonymise, statistics)
    write_workbook(out, statistics, data)
    print(out)
    return 0
