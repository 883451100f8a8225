"""`ryhmat export family`: everything held about one family as a PDF, for its access
request, laid out as the app's own "All data as PDF" lays it out."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ryhmat.cli.commands import opened
from ryhmat.cli.output import check_output_file
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
        _start_qt(args.language or current_language())
        from ryhmat.ui.family_report import save_family_report

        save_family_report(record, out)
        # Logged once the file is there, as the app logs it.
        with database.unit_of_work() as uow:
            record_usage(uow, UsageAction.FAMILY_REPORT_SAVED, [record.family.id])
    print(out)
    return 0


def _start_qt(language: str) -> None:
    """Qt lays out and writes the PDF: an application without a window (no display
    needed), in the language asked for."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ryhmat.i18n import install_into, load_language

    app = QApplication.instance() or QApplication(["ryhmat"])
    load_language(language)
    install_into(app)
