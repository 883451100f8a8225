"""`ryhmat export programme`: a group's season programme for families, as a PDF."""

from __future__ import annotations

import argparse
from pathlib import Path

from ryhmat.cli.commands import opened
from ryhmat.cli.output import check_output_file
from ryhmat.cli.qt import save_pdf, start_qt
from ryhmat.domain.errors import QT_TRANSLATE_NOOP, NotFound
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.groups import find_group
from ryhmat.domain.usecases.programme import (
    current_season,
    find_season,
    group_seasons,
    season_programme,
)
from ryhmat.i18n import current_language


def export_programme(args: argparse.Namespace) -> int:
    out = Path(args.out)
    check_output_file(out)
    language: str = args.language or current_language()
    today = helsinki_now().date()
    # Holidays are named in the programme's language, not the command's.
    holidays = FinnishHolidays(lambda: language)
    with opened(args) as database, database.unit_of_work() as uow:
        group = find_group(uow, args.group)
        season = (
            find_season(uow, group.id, args.season)
            if args.season
            else current_season(group_seasons(uow, group.id), today)
        )
        if season is None:
            raise NotFound(
                QT_TRANSLATE_NOOP("Errors", "The group “{name}” has no seasons yet."),
                name=group.name,
            )
        programme = season_programme(uow, group.id, season.id, holidays)
    # Qt in the person's language, so that a failure below speaks it; the programme
    # takes its own words from ``language``.
    persons_language = current_language()
    start_qt(persons_language)
    from ryhmat.ui.programme_report import save_programme_pdf

    save_pdf(lambda path: save_programme_pdf(programme, language, path), out, persons_language)
    print(out)
    return 0
