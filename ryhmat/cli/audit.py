"""`ryhmat audit`: the usage log of one family or one person, newest first."""

from __future__ import annotations

import argparse

from ryhmat.cli.commands import opened
from ryhmat.cli.output import print_listing
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.usage_log import UsageLine, usage_by, usage_of_families_named
from ryhmat.domain.written import written_date, written_time
from ryhmat.i18n import translate
from ryhmat.labels import label


def audit(args: argparse.Namespace) -> int:
    with opened(args) as database, database.unit_of_work() as uow:
        if args.family is not None:
            lines = usage_of_families_named(uow, args.family)
        else:
            lines = usage_by(uow, args.user)
    return print_listing(
        args.json,
        lines,
        [
            translate("Cli", "When"),
            translate("Cli", "Who"),
            translate("Cli", "Why"),
            translate("Cli", "Whose data"),
        ],
        _row,
        empty=translate("Cli", "Nothing in the usage log."),
    )


def _row(line: UsageLine) -> list[str]:
    local = line.at.astimezone(HELSINKI)
    return [
        f"{written_date(local.date())} {written_time(local.time())}",
        line.actor,
        label(line.action),
        ", ".join(line.families),
    ]
