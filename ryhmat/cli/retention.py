"""`ryhmat retention`: the team's retention periods (the families' personal data and
the usage log), and erasing or deleting what is past them."""

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
from ryhmat.domain.usecases.usage_log import (
    delete_expired_usage,
    set_usage_log_retention_years,
    usage_log_retention_years,
)
from ryhmat.i18n import translate


def retention(args: argparse.Namespace) -> int:
    today: date = args.today or helsinki_now().date()
    with opened(args) as database:
        if args.years is not None or args.off:
            with database.unit_of_work() as uow:
                set_retention_years(uow, None if args.off else args.years)
        if args.log_years is not None or args.log_off:
            with database.unit_of_work() as uow:
                set_usage_log_retention_years(uow, None if args.log_off else args.log_years)
        with database.unit_of_work() as uow:
            years = retention_years(uow)
            log_years = usage_log_retention_years(uow)
            due = len(families_due_for_erasure(uow, today))
        print(_setting(years))
        print(_log_setting(log_years))
        if args.erase:
            with database.unit_of_work() as uow:
                erased = erase_inactive_families(uow, today)
                deleted = delete_expired_usage(uow, today)
            if years is not None:
                print(
                    translate("Cli", "Families whose personal data was erased: {count}").format(
                        count=erased
                    )
                )
            if log_years is not None:
                print(translate("Cli", "Usage log entries deleted: {count}").format(count=deleted))
        elif years is not None:
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


def _log_setting(years: int | None) -> str:
    if years is None:
        return translate("Cli", "The usage log is kept without a time limit.")
    return translate("Cli", "The usage log's entries are kept for {years} years.").format(
        years=years
    )
