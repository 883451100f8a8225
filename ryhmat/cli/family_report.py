"""`ryhmat export family`: everything held about one family as a PDF, for its access
request, laid out as the app's own "All data as PDF" lays it out."""

from __future__ import annotations

import argparse
from pathlib import Path

from ryhmat.cli.commands import opened
from ryhmat.cli.output import check_output_file
from ryhmat.cli.qt import start_qt
from ryhmat.domain.model import UsageAction
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.family_record import family_record, find_family
from ryhmat.domain.usecases.usage_log import record_usage
from ryhmat.i18n import current_language


def export_family(args: argparse.Namespace) -> int:
    out = Path(args.out)
    check_output_file(out)
    today = helsinki_now().date()
    with opened(args) as database:
        with database.unit_of_work() as uow:
            record = family_record(uow, find_family(uow, args.family), today)
        start_qt(args.language or current_language())
        from ryhmat.ui.family_report import save_family_report

        save_family_report(record, out)
        # Logged once the file is there, as the app logs it.
        with database.unit_of_work() as uow:
            record_usage(uow, UsageAction.FAMILY_REPORT_SAVED, [record.family.id])
    print(out)
    return 0
