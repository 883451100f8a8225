"""`ryhmat export summary`: the one-page summary of a period for a board or a funder."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from ryhmat.cli.commands import opened
from ryhmat.cli.output import check_output_file
from ryhmat.cli.qt import save_pdf, start_qt
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.evaluations import evaluations_for
from ryhmat.domain.usecases.statistics import compute_statistics, statistics_filter
from ryhmat.i18n import current_language


def export_summary(args: argparse.Namespace) -> int:
    out = Path(args.out)
    check_output_file(out)
    # The moment that decides which sessions have ended without being recorded.
    moment = helsinki_now()
    last_day: date = args.last_day or moment.date()
    # The calendar year so far, as for `ryhmat stats` and the workbook.
    first_day: date = args.first_day or date(last_day.year, 1, 1)
    # The language first: the summary's words are made in it.
    persons_language = current_language()
    start_qt(args.language or persons_language)
    with opened(args) as database, database.unit_of_work() as uow:
        wanted = statistics_filter(uow, groups=args.group or (), organisation=args.organisation)
        statistics = compute_statistics(uow, first_day, last_day, wanted, now=moment)
        evaluations = evaluations_for(uow, first_day, last_day, wanted)
    from ryhmat.summary import summary
    from ryhmat.ui.summary_report import save_summary_pdf

    page = summary(statistics, evaluations)
    save_pdf(lambda path: save_summary_pdf(page, path), out, persons_language)
    print(out)
    return 0
