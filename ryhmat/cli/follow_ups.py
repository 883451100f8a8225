"""`ryhmat followups`: the follow-ups due (kuulumiset kysymättä), as the families page
lists them, and the team's follow-up period. Listing them is a logged read."""

from __future__ import annotations

import argparse
from dataclasses import dataclass
from datetime import date

from ryhmat.cli.commands import opened
from ryhmat.cli.output import print_listing
from ryhmat.domain.follow_ups import FollowUpReason
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.follow_ups import (
    FollowUpLine,
    follow_up_months,
    open_follow_ups,
    set_follow_up_months,
)
from ryhmat.domain.written import written_date
from ryhmat.i18n import translate
from ryhmat.labels import label


@dataclass(frozen=True, slots=True)
class DueFollowUp:
    """One follow-up as --json writes it."""

    family: str
    group: str
    reason: FollowUpReason
    ended_on: date
    due_on: date


def follow_ups(args: argparse.Namespace) -> int:
    today: date = args.today or helsinki_now().date()
    with opened(args) as database:
        if args.months is not None:
            with database.unit_of_work() as uow:
                set_follow_up_months(uow, args.months)
        with database.unit_of_work() as uow:
            months = follow_up_months(uow)
            lines = open_follow_ups(uow, today)
    if not args.json:
        print(translate("Cli", "Follow-up period: {months} months").format(months=months))
    return print_listing(
        args.json,
        [_due(line) for line in lines],
        [
            translate("Cli", "Family"),
            translate("Cli", "Group"),
            translate("Cli", "Why"),
            translate("Cli", "Since"),
            translate("Cli", "Due"),
        ],
        _row,
        empty=translate("Cli", "No follow-ups are due."),
    )


def _due(line: FollowUpLine) -> DueFollowUp:
    follow_up = line.follow_up
    return DueFollowUp(
        line.family_name, line.group_name, follow_up.reason, follow_up.ended_on, follow_up.due_on
    )


def _row(due: DueFollowUp) -> list[str]:
    return [
        due.family,
        due.group,
        label(due.reason),
        written_date(due.ended_on),
        written_date(due.due_on),
    ]
