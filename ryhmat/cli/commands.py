"""The sub-commands. Each opens the database, calls one use case and prints the result."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from ryhmat.cli.output import print_listing, write_json, write_table
from ryhmat.domain.model import CancelReason
from ryhmat.domain.written import written_date, written_time
from ryhmat.entry import end_of_loading
from ryhmat.i18n import current_language, translate
from ryhmat.labels import label, target_ages_text

# Each command imports its own use case: a listing need not load the scheduling and
# conflict rules of the others.
if TYPE_CHECKING:
    from ryhmat.domain.usecases.sessions import SessionView
    from ryhmat.storage.database import Database


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Database]:
    from ryhmat.storage.credentials import with_stored_password
    from ryhmat.storage.database import open_database, resolve_database_url
    from ryhmat.storage.erasure_register import reconcile_erasures

    # A team database's password: the one the app keeps, else PGPASSWORD or ~/.pgpass.
    database = open_database(with_stored_password(resolve_database_url(args.database)))

    def worker_chosen_in_the_app() -> str:
        # Asked only when a command writes to the audit trail: reading the app's
        # settings loads Qt, which a listing does without.
        from ryhmat.preferences import ACTOR, Preferences
        from ryhmat.storage.uow import operating_system_user

        return Preferences.of_user()[ACTOR] or operating_system_user()

    # The audit trail names the worker chosen in the app on this computer, if any.
    database.actor = worker_chosen_in_the_app
    try:
        erased_again = reconcile_erasures(database)
        end_of_loading()
        if erased_again:
            print(
                translate(
                    "Cli",
                    "Families erased after this copy of the database was made, "
                    "erased again now: {count}",
                ).format(count=erased_again),
                file=sys.stderr,
            )
        yield database
    finally:
        database.dispose()


def demo(args: argparse.Namespace) -> int:
    from ryhmat.demo import generate, load_into_empty

    data = generate(args.scale, seed=args.seed, today=args.today)
    with opened(args) as database, database.unit_of_work() as uow:
        load_into_empty(uow, data)
        counts = data.summary()
    print(
        translate(
            "Cli",
            "Demo data created: {groups} groups, {sessions} sessions, {families} families, "
            "{attendance} attendance marks.",
        ).format(**counts)
    )
    return 0


def _name(name: str, archived: bool) -> str:
    return translate("Cli", "{name} (archived)").format(name=name) if archived else name


def groups(args: argparse.Namespace) -> int:
    from ryhmat.domain.usecases.groups import list_groups

    with opened(args) as database, database.unit_of_work() as uow:
        summaries = list_groups(uow, include_archived=args.archived)
    return print_listing(
        args.json,
        summaries,
        [
            translate("Cli", "Name"),
            translate("Cli", "Type"),
            translate("Cli", "Children's ages"),
            translate("Cli", "Organisers"),
        ],
        lambda g: [
            _name(g.name, g.archived),
            label(g.type),
            target_ages_text(g.target_age_min_months, g.target_age_max_months),
            ", ".join(g.organisers),
        ],
    )


def workers(args: argparse.Namespace) -> int:
    from ryhmat.domain.usecases.workers import list_workers

    with opened(args) as database, database.unit_of_work() as uow:
        views = list_workers(uow, include_archived=args.archived)
    return print_listing(
        args.json,
        views,
        [
            translate("Cli", "Name"),
            translate("Cli", "Title"),
            translate("Cli", "Kind"),
            translate("Cli", "Organisation"),
        ],
        lambda w: [_name(w.name, w.archived), w.title, label(w.kind), w.organisation],
    )


def places(args: argparse.Namespace) -> int:
    from ryhmat.domain.usecases.places import list_places

    with opened(args) as database, database.unit_of_work() as uow:
        found = list_places(uow, include_archived=args.archived)
    return print_listing(
        args.json,
        found,
        [translate("Cli", "Name"), translate("Cli", "Address"), translate("Cli", "Capacity")],
        lambda p: [
            _name(p.name, p.archived),
            p.address,
            "" if p.capacity is None else str(p.capacity),
        ],
    )


def _session_row(view: SessionView) -> list[str]:
    status = label(view.status)
    if view.cancel_category is not CancelReason.NOT_GIVEN:
        status = f"{status} ({label(view.cancel_category)})"
    if view.cancel_reason:
        status = f"{status}: {view.cancel_reason}"
    return [
        written_date(view.start.date()),
        f"{written_time(view.start)}–{written_time(view.end)}",
        status,
        view.place or "",
        ", ".join(view.leaders),
    ]


def sessions(args: argparse.Namespace) -> int:
    from ryhmat.domain.finnish_holidays import FinnishHolidays
    from ryhmat.domain.usecases.sessions import list_group_sessions

    with opened(args) as database, database.unit_of_work() as uow:
        listing = list_group_sessions(
            uow, args.group, FinnishHolidays(current_language), args.first_day, args.last_day
        )
    if args.json:
        write_json(
            sys.stdout,
            {
                "group": listing.group,
                "sessions": listing.sessions,
                "skipped": [
                    {"date": s.day, "reason": s.reason, "kind": s.kind} for s in listing.skipped
                ],
            },
        )
        return 0
    write_table(
        sys.stdout,
        [
            translate("Cli", "Date"),
            translate("Cli", "Time"),
            translate("Cli", "Status"),
            translate("Cli", "Place"),
            translate("Cli", "Leaders"),
        ],
        [_session_row(v) for v in listing.sessions],
    )
    if listing.skipped:
        print()
        print(translate("Cli", "Skipped days:"))
        for skipped in listing.skipped:
            print(f"  {written_date(skipped.day)}  {skipped.reason}")
    return 0


def conflicts(args: argparse.Namespace) -> int:
    from ryhmat.domain.usecases.conflicts import list_conflicts

    with opened(args) as database, database.unit_of_work() as uow:
        found = list_conflicts(uow, args.first_day, args.last_day)
    return print_listing(
        args.json,
        found,
        [
            translate("Cli", "Date"),
            translate("Cli", "Booked twice"),
            translate("Cli", "First session"),
            translate("Cli", "Second session"),
        ],
        lambda c: [
            written_date(c.first.start.date()),
            c.resource,
            f"{c.first.group} {written_time(c.first.start)}–{written_time(c.first.end)}",
            f"{c.second.group} {written_time(c.second.start)}–{written_time(c.second.end)}",
        ],
        empty=translate("Cli", "No conflicts."),
    )
