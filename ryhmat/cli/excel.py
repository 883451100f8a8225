"""`ryhmat export excel`: the attendance and statistics workbook of a period."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ryhmat.cli.commands import opened
from ryhmat.cli.output import check_output_file
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.statistics import statistics_filter
from ryhmat.domain.usecases.workbook import export_workbook
from ryhmat.export.excel import write_workbook
from ryhmat.i18n import use_language


def export_excel(args: argparse.Namespace) -> int:
    out = Path(args.out)
    check_output_file(out)
    if args.language:
        use_language(args.language)
    # The moment that decides which sessions have ended without being recorded.
    moment = helsinki_now()
    last_day: date = args.last_day or moment.date()
    # The calendar year so far, as for `ryhmat stats`.
    first_day: date = args.first_day or date(last_day.year, 1, 1)
    with opened(args) as database:
        with database.unit_of_work() as uow:
            wanted = statistics_filter(uow, groups=args.group or (), organisation=args.organisation)
        export_workbook(
            database.unit_of_work,
            write_workbook,
            out,
            first_day,
            last_day,
            wanted,
            pseudonymise=args.pseudonymise,
            now=moment,
        )
    print(out)
    return 0
