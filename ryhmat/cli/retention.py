"""`ryhmat retention`: the team's retention period, and erasing who is past it."""

from __future__ import annotations

import argparse
from datetime import date

from ryhmat.cli.commands import opened
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.erasure import (
    erase_inactive_families,
    families_due_for_erasure,
    retention_years,
    set_retention_years,
)
from ryhmat.i18n import translate


def retention(args: argparse.Namespace) -> int:
    today: date = args.today or helsinki_now().date()
    with opened(args) as database:
        if args.years is not None or args.off:
            with database.unit_of_work() as uow:
                set_retention_years(uow, None if args.off else args.years)
        with database.unit_of_work() as uow:
            years = retention_years(uow)
            due = len(families_due_for_erasure(uow, today))
        print(_setting(years))
        if years is None:
            return 0
        if args.erase:
            with database.unit_of_work() as uow:
                erased = erase_inactive_families(uow, today)
            print(
                translate("Cli", "Families whose personal data was erased: {count}").format(
                    count=erased
                )
            )
        else:
            print(
                translate(
                    "Cli", "Families due for erasure: {count} (erase their data with --erase)"
                ).format(count=due)
            )
    return 0


def _setting(years: int | None) -> str:
    if years is None:
        return translate("Cli", "No retention period is set: nothing is erased automatically.")
    return translate(
        "Cli", "Retention period (years after a family's last activity): {years}"
    ).format(years=years)
