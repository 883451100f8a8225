"""`ryhmat [--database URL] [COMMAND …]`: with no command the desktop app starts."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date
from typing import NoReturn

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, UserError
from ryhmat.domain.typed_values import read_date
from ryhmat.entry import EXIT_INTERRUPTED
from ryhmat.i18n import LANGUAGES, chosen_language, translate, use_language
from ryhmat.scratch import sweep

EXIT_USER_ERROR = 2
EXIT_BUG = 1  # as Python's own exit on an uncaught error
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for it


Handler = Callable[[argparse.Namespace], int]


def _lazy(module: str, function: str) -> Handler:
    """The handler, imported only when its command runs: `ryhmat --version` or a cron
    `ryhmat publish` need not load the workbook and CalDAV libraries of other commands."""

    def run(args: argparse.Namespace) -> int:
        handler: Handler = getattr(importlib.import_module(f"ryhmat.cli.{module}"), function)
        return handler(args)

    return run


class VersionAction(argparse.Action):
    """`--version`: printed before the commands' modules (or Qt, or SQLAlchemy) are loaded."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from ryhmat import __version__

        print(f"ryhmat {__version__}")
        parser.exit()


class CliError(UserError):
    """A command line a person got wrong."""


class Parser(argparse.ArgumentParser):
    """An argparse parser whose mistakes end in one clear line, not a usage dump."""

    def error(self, message: str) -> NoReturn:
        raise CliError(
            QT_TRANSLATE_NOOP("Errors", "{prog}: {message}"), prog=self.prog, message=message
        )


def parse_date(text: str) -> date:
    """A date as Finns write it (13.10.2026, 13.10.26) or in ISO (2026-10-13)."""
    try:
        return read_date(text)
    except InvalidInput as error:
        raise argparse.ArgumentTypeError(error.message(translate)) from None


def parse_seconds(text: str) -> float:
    """A number of seconds, a day at most (``--close-after``)."""
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 24 * 60 * 60:  # also refuses nan
        raise argparse.ArgumentTypeError(
            translate("Cli", "give the seconds as a number from 0 to 86400")
        )
    return seconds


def _add_period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="first_day",
        type=parse_date,
        metavar="DATE",
        help=translate("Cli", "first day of the period (13.10.2026 or 2026-10-13)"),
    )
    parser.add_argument(
        "--to",
        dest="last_day",
        type=parse_date,
        metavar="DATE",
        help=translate("Cli", "last day of the period"),
    )


def _add_json(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--json", action="store_true", help=translate("Cli", "write JSON for scripts")
    )


def _add_archived(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--archived",
        action="store_true",
        help=translate("Cli", "also list the archived ones, marked as archived"),
    )


def _add_import(sub: argparse._SubParsersAction[Parser]) -> None:
    """`ryhmat import roster …`: its own function, as its sub-commands nest a level deeper."""
    imports = sub.add_parser("import", help=translate("Cli", "import data from files"))
    kinds = imports.add_subparsers(dest="kind", metavar="KIND", parser_class=Parser)
    kinds.required = True
    roster_file = kinds.add_parser(
        "roster",
        help=translate(
            "Cli", "import families from a roster (.xlsx or .csv) and enrol them in a group"
        ),
    )
    roster_file.add_argument(
        "file", metavar="FILE", help=translate("Cli", "the roster: one row per person")
    )
    roster_file.add_argument(
        "--group", required=True, metavar="NAME", help=translate("Cli", "the group to enrol in")
    )
    roster_file.add_argument(
        "--valid-only",
        action="store_true",
        help=translate(
            "Cli",
            "import the families whose rows are all valid and leave out the rest "
            "(by default a file with any bad row imports nothing)",
        ),
    )
    roster_file.set_defaults(handler=_lazy("roster", "import_roster"))


def _add_excel(formats: argparse._SubParsersAction[Parser]) -> None:
    """`ryhmat export excel …`: the attendance and statistics workbook."""
    workbook = formats.add_parser(
        "excel",
        help=translate("Cli", "write the attendance and statistics workbook (.xlsx) of a period"),
    )
    workbook.add_argument(
        "--out", required=True, metavar="FILE", help=translate("Cli", "the .xlsx file to write")
    )
    _add_report_filter(workbook)
    workbook.add_argument(
        "--pseudonymise",
        action="store_true",
        help=translate(
            "Cli", "show people and families by stable codes (P-0042, F-0012), not by name"
        ),
    )
    workbook.add_argument(
        "--language",
        choices=LANGUAGES,
        help=translate("Cli", "the language of the workbook (by default the app's)"),
    )
    workbook.set_defaults(handler=_lazy("excel", "export_excel"))


def _add_summary(formats: argparse._SubParsersAction[Parser]) -> None:
    """`ryhmat export summary …`: the one-page summary for a board, as a PDF."""
    summary = formats.add_parser(
        "summary",
        help=translate(
            "Cli", "write the one-page summary of a period for a board or a funder (.pdf)"
        ),
    )
    summary.add_argument(
        "--out", required=True, metavar="FILE", help=translate("Cli", "the .pdf file to write")
    )
    _add_report_filter(summary)
    summary.add_argument(
        "--language",
        choices=LANGUAGES,
        help=translate("Cli", "the language of the PDF (by default the app's)"),
    )
    summary.set_defaults(handler=_lazy("summary", "export_summary"))


def _add_programme(formats: argparse._SubParsersAction[Parser]) -> None:
    """`ryhmat export programme --group NAME --out FILE.pdf [--season NAME] [--language]`."""
    programme = formats.add_parser(
        "programme",
        help=translate("Cli", "write a group's season programme for families (.pdf)"),
    )
    programme.add_argument(
        "--group", required=True, metavar="NAME", help=translate("Cli", "the group's name")
    )
    programme.add_argument(
        "--out", required=True, metavar="FILE", help=translate("Cli", "the .pdf file to write")
    )
    programme.add_argument(
        "--season",
        metavar="NAME",
        help=translate("Cli", "the season's name (by default the one going on, else the next one)"),
    )
    programme.add_argument(
        "--language",
        choices=LANGUAGES,
        help=translate("Cli", "the language of the PDF (by default the app's)"),
    )
    programme.set_defaults(handler=_lazy("programme", "export_programme"))


def _add_report_filter(parser: argparse.ArgumentParser) -> None:
    """The period and the groups of a report to send (the workbook, the summary)."""
    _add_period(parser)
    parser.add_argument(
        "--group",
        action="append",
        metavar="NAME",
        help=translate("Cli", "only this group (repeat for several)"),
    )
    parser.add_argument(
        "--organisation",
        metavar="NAME",
        help=translate("Cli", "only the groups an organisation co-organises"),
    )


def _add_family_report(formats: argparse._SubParsersAction[Parser]) -> None:
    """`ryhmat export family --family NAME --out FILE.pdf [--language fi|sv]`."""
    report = formats.add_parser(
        "family",
        help=translate(
            "Cli", "write everything held about one family as a PDF (for an access request)"
        ),
    )
    report.add_argument(
        "--family", required=True, metavar="NAME", help=translate("Cli", "the family's name")
    )
    report.add_argument(
        "--out", required=True, metavar="FILE", help=translate("Cli", "the .pdf file to write")
    )
    report.add_argument(
        "--language",
        choices=LANGUAGES,
        help=translate("Cli", "the language of the PDF (by default the app's)"),
    )
    report.set_defaults(handler=_lazy("family_report", "export_family"))


def _add_backup(sub: argparse._SubParsersAction[Parser]) -> None:
    """`ryhmat backup --out FILE [--force]`."""
    summary = translate(
        "Cli",
        "copy the SQLite database to a file, safely even while the app is open "
        "(for PostgreSQL use pg_dump)",
    )
    backup = sub.add_parser("backup", help=summary, description=summary)
    backup.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help=translate(
            "Cli",
            "the backup file to write (readable by you only); an existing file is kept "
            "unless --force is given",
        ),
    )
    backup.add_argument(
        "--force",
        action="store_true",
        help=translate(
            "Cli", "replace an existing FILE (the old one stays until the new copy is whole)"
        ),
    )
    backup.set_defaults(handler=_lazy("backup", "backup"))


def _add_retention(sub: argparse._SubParsersAction[Parser]) -> None:
    """`ryhmat retention [--years N | --off] [--log-years N | --log-off] [--erase]`."""
    summary = translate(
        "Cli",
        "show or set how many years the personal data of inactive families is kept, "
        "and erase the data of families inactive for longer",
    )
    retention = sub.add_parser("retention", help=summary, description=summary)
    period = retention.add_mutually_exclusive_group()
    period.add_argument(
        "--years",
        type=int,
        metavar="N",
        help=translate("Cli", "keep personal data for N years after a family's last activity"),
    )
    period.add_argument(
        "--off", action="store_true", help=translate("Cli", "erase nothing automatically")
    )
    retention.add_argument(
        "--erase",
        action="store_true",
        help=translate(
            "Cli",
            "erase now the personal data of families inactive for longer than the period "
            "(their visits stay in the statistics as anonymous counts)",
        ),
    )
    log_period = retention.add_mutually_exclusive_group()
    log_period.add_argument(
        "--log-years",
        type=int,
        metavar="N",
        help=translate("Cli", "keep the usage log's entries for N years"),
    )
    log_period.add_argument(
        "--log-off",
        action="store_true",
        help=translate("Cli", "keep the usage log's entries without a time limit"),
    )
    retention.add_argument(
        "--today", type=parse_date, help=translate("Cli", "count the period back from this day")
    )
    retention.set_defaults(handler=_lazy("retention", "retention"))


def _add_follow_ups(sub: argparse._SubParsersAction[Parser]) -> None:
    """`ryhmat followups [--months N] [--today DATE] [--json]`."""
    summary = translate(
        "Cli",
        "list the families to ask how they are doing (their work in a group ended the "
        "follow-up period ago), or set the period",
    )
    follow_ups = sub.add_parser("followups", help=summary, description=summary)
    follow_ups.add_argument(
        "--months",
        type=int,
        metavar="N",
        help=translate("Cli", "set the team's follow-up period to N months"),
    )
    follow_ups.add_argument(
        "--today", type=parse_date, help=translate("Cli", "list what is due on this day")
    )
    _add_json(follow_ups)
    follow_ups.set_defaults(handler=_lazy("follow_ups", "follow_ups"))


def _add_evaluations(sub: argparse._SubParsersAction[Parser]) -> None:
    """`ryhmat evaluations [--from DATE] [--to DATE] [--group NAME] [--due] [--json]`."""
    summary = translate(
        "Cli",
        "the evaluations of the seasons of a period (default: this year so far): goals, "
        "the worker pair's answers and the feedback forms counted; or the seasons due",
    )
    evaluations = sub.add_parser("evaluations", help=summary, description=summary)
    _add_period(evaluations)
    evaluations.add_argument(
        "--group",
        action="append",
        metavar="NAME",
        help=translate("Cli", "only this group (repeat for several)"),
    )
    evaluations.add_argument(
        "--group-type",
        metavar="TYPE",
        help=translate("Cli", "only groups of this type, e.g. baby_group or vauvaryhmä"),
    )
    evaluations.add_argument(
        "--due",
        action="store_true",
        help=translate("Cli", "list the seasons that have ended without an evaluation"),
    )
    evaluations.add_argument(
        "--today", type=parse_date, help=translate("Cli", "list what is due on this day")
    )
    _add_json(evaluations)
    evaluations.set_defaults(handler=_lazy("evaluations", "evaluations"))


def _add_audit(sub: argparse._SubParsersAction[Parser]) -> None:
    """`ryhmat audit --family NAME | --user LOGIN [--json]`."""
    summary = translate(
        "Cli",
        "show the usage log: who read a family's personal data, or whose data a person "
        "read, when and why",
    )
    audit = sub.add_parser("audit", help=summary, description=summary)
    whose = audit.add_mutually_exclusive_group(required=True)
    whose.add_argument(
        "--family", metavar="NAME", help=translate("Cli", "the reads of this family's data")
    )
    whose.add_argument(
        "--user",
        metavar="LOGIN",
        help=translate("Cli", "the reads by this person, as the log names them"),
    )
    _add_json(audit)
    audit.set_defaults(handler=_lazy("audit", "audit"))


def _add_team(sub: argparse._SubParsersAction[Parser]) -> None:
    """`ryhmat team init|add-user|list|set-role|set-password|password|remove-user`
    (PostgreSQL only)."""
    summary = translate(
        "Cli", "manage the people of a team database on PostgreSQL and what their roles allow"
    )
    team = sub.add_parser("team", help=summary, description=summary)
    actions = team.add_subparsers(dest="team_action", metavar="ACTION", required=True)
    roles = ["admin", "coordinator", "leader", "volunteer"]
    init = actions.add_parser(
        "init",
        help=translate(
            "Cli",
            "create the team's group roles and grant them their rights "
            "(the database's owner, allowed to create roles)",
        ),
    )
    init.set_defaults(handler=_lazy("team", "init"))

    add = actions.add_parser(
        "add-user", help=translate("Cli", "add a person who signs in as LOGIN")
    )
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--name", required=True, help=translate("Cli", "the person's full name"))
    add.add_argument(
        "--organisation",
        required=True,
        metavar="ORG",
        help=translate("Cli", "the organisation the person works for"),
    )
    add.add_argument("--role", required=True, choices=roles)
    add.add_argument(
        "--worker",
        metavar="NAME",
        help=translate("Cli", "the worker the person is in the plan: the groups they lead"),
    )
    _add_password_stdin(add)
    add.set_defaults(handler=_lazy("team", "add_user"))

    listing = actions.add_parser(
        "list", help=translate("Cli", "list the people of the team, removed ones too")
    )
    _add_json(listing)
    listing.set_defaults(handler=_lazy("team", "list_members"))

    set_role = actions.add_parser(
        "set-role", help=translate("Cli", "change the role of the person who signs in as LOGIN")
    )
    set_role.add_argument("login", metavar="LOGIN")
    set_role.add_argument("role", metavar="ROLE", choices=roles)
    set_role.set_defaults(handler=_lazy("team", "set_role"))

    reset = actions.add_parser(
        "set-password",
        help=translate(
            "Cli", "give LOGIN a new password (printed once) when they have forgotten theirs"
        ),
    )
    reset.add_argument("login", metavar="LOGIN")
    _add_password_stdin(reset)
    reset.set_defaults(handler=_lazy("team", "set_password"))

    own = actions.add_parser(
        "password",
        help=translate("Cli", "change your own password (asked twice, or from standard input)"),
    )
    own.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("Cli", "read the new password from standard input"),
    )
    own.set_defaults(handler=_lazy("team", "change_password"))

    remove = actions.add_parser(
        "remove-user",
        help=translate(
            "Cli", "stop LOGIN from signing in (the person stays in the change history)"
        ),
    )
    remove.add_argument("login", metavar="LOGIN")
    remove.set_defaults(handler=_lazy("team", "remove_user"))


def _add_password_stdin(parser: Parser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help=translate("Cli", "read the password from standard input instead of making one up"),
    )


def build_parser() -> Parser:
    parser = Parser(
        prog="ryhmat",
        description=translate(
            "Cli",
            "Ryhmät plans, records and publishes the groups of family work. "
            "With no command the desktop application starts.",
        ),
    )
    parser.add_argument(
        "--version",
        action=VersionAction,
        nargs=0,
        help=translate("Cli", "show the version number and exit"),
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help=translate(
            "Cli",
            "SQLAlchemy database URL (default: RYHMAT_DATABASE_URL, "
            "else SQLite in the user data folder)",
        ),
    )
    parser.add_argument(
        "--close-after",
        type=parse_seconds,
        metavar="SECONDS",
        help=translate(
            "Cli",
            "with no command: close the window after SECONDS and print its title and the "
            "view it shows (to check an installation)",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    demo = sub.add_parser("demo", help=translate("Cli", "fill an empty database with demo data"))
    demo.add_argument(
        "--scale",
        choices=("small", "municipality"),
        default="small",
        help=translate("Cli", "small: one school year; municipality: ten years (benchmarks)"),
    )
    demo.add_argument(
        "--seed", type=int, default=1, help=translate("Cli", "random seed (same seed, same data)")
    )
    demo.add_argument(
        "--today",
        type=parse_date,
        metavar="DATE",
        help=translate("Cli", "the day the demo treats as today (default: today)"),
    )
    demo.set_defaults(handler=_lazy("commands", "demo"))

    groups = sub.add_parser("groups", help=translate("Cli", "list the groups"))
    _add_archived(groups)
    _add_json(groups)
    groups.set_defaults(handler=_lazy("commands", "groups"))

    workers = sub.add_parser("workers", help=translate("Cli", "list the workers"))
    _add_archived(workers)
    _add_json(workers)
    workers.set_defaults(handler=_lazy("commands", "workers"))

    places = sub.add_parser("places", help=translate("Cli", "list the places"))
    _add_archived(places)
    _add_json(places)
    places.set_defaults(handler=_lazy("commands", "places"))

    sessions = sub.add_parser(
        "sessions", help=translate("Cli", "list a group's sessions and skipped days")
    )
    sessions.add_argument(
        "--group", required=True, metavar="NAME", help=translate("Cli", "the group's name")
    )
    _add_period(sessions)
    _add_json(sessions)
    sessions.set_defaults(handler=_lazy("commands", "sessions"))

    conflicts = sub.add_parser(
        "conflicts", help=translate("Cli", "list workers and places booked twice at the same time")
    )
    _add_period(conflicts)
    _add_json(conflicts)
    conflicts.set_defaults(handler=_lazy("commands", "conflicts"))

    statistics = sub.add_parser(
        "stats",
        help=translate("Cli", "statistics of a period (default: this year so far)"),
    )
    _add_period(statistics)
    statistics.add_argument(
        "--group",
        action="append",
        metavar="NAME",
        help=translate("Cli", "only this group (repeat for several)"),
    )
    statistics.add_argument(
        "--group-type",
        metavar="TYPE",
        help=translate("Cli", "only groups of this type, e.g. baby_group or vauvaryhmä"),
    )
    statistics.add_argument(
        "--organisation",
        metavar="NAME",
        help=translate("Cli", "only the groups an organisation co-organises"),
    )
    statistics.add_argument(
        "--place", metavar="NAME", help=translate("Cli", "only sessions at this place")
    )
    statistics.add_argument(
        "--worker", metavar="NAME", help=translate("Cli", "only sessions this worker leads")
    )
    _add_json(statistics)
    statistics.set_defaults(handler=_lazy("stats", "stats"))

    feed_list = sub.add_parser("feeds", help=translate("Cli", "list the calendar feeds"))
    _add_json(feed_list)
    feed_list.set_defaults(handler=_lazy("feeds", "feeds"))

    publish = sub.add_parser(
        "publish",
        help=translate("Cli", "publish calendar feeds to their folders and servers (for cron)"),
    )
    which = publish.add_mutually_exclusive_group(required=True)
    which.add_argument("--feed", metavar="NAME", help=translate("Cli", "the feed's name"))
    which.add_argument("--all", action="store_true", help=translate("Cli", "every feed"))
    publish.set_defaults(handler=_lazy("feeds", "publish"))

    export = sub.add_parser("export", help=translate("Cli", "export data to files"))
    formats = export.add_subparsers(dest="format", metavar="FORMAT", parser_class=Parser)
    formats.required = True
    ical = formats.add_parser(
        "ical",
        help=translate("Cli", "write iCalendar feeds: one file, or a folder of every feed"),
    )
    ical.add_argument(
        "--out",
        required=True,
        metavar="PATH",
        help=translate("Cli", "a file (with a selector) or a folder (without one)"),
    )
    selector = ical.add_mutually_exclusive_group()
    selector.add_argument(
        "--organisation",
        metavar="NAME",
        help=translate("Cli", "the groups an organisation co-organises"),
    )
    selector.add_argument("--group", metavar="NAME", help=translate("Cli", "one group"))
    selector.add_argument(
        "--worker", metavar="NAME", help=translate("Cli", "the sessions a worker leads")
    )
    _add_period(ical)
    ical.set_defaults(handler=_lazy("feeds", "export_ical"))
    _add_excel(formats)
    _add_summary(formats)
    _add_programme(formats)
    _add_family_report(formats)

    _add_import(sub)
    _add_backup(sub)
    _add_retention(sub)
    _add_audit(sub)
    _add_follow_ups(sub)
    _add_evaluations(sub)
    _add_team(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    use_language(chosen_language())
    # What a killed export, backup or restore left (personal data among it) goes first.
    sweep()
    try:
        args = build_parser().parse_args(argv)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:
            from ryhmat.app import run_gui

            return run_gui(args.database, args.close_after)
        code = handler(args)
        sys.stdout.flush()  # a reader gone away shows here, not at interpreter exit
        return code
    except UserError as error:
        print(error.message(translate), file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        # Ctrl-C: the unit of work under way was rolled back; say nothing more, as Unix
        # tools do (a traceback would also print any error it came in the middle of).
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader (`| head`) has gone; say nothing more, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_BROKEN_PIPE
    except Exception as error:
        # A database locked or a disk full outside a unit of work (a backup, say).
        from ryhmat.storage.failures import storage_failure

        failure = storage_failure(error)
        if failure is not None:
            print(failure.message(translate), file=sys.stderr)
            return EXIT_USER_ERROR
        # A bug: where it happened, for a bug report, but not what it said.
        from ryhmat.tracebacks import withheld_traceback

        sys.stderr.write(withheld_traceback(error, error.__traceback__))
        return EXIT_BUG


if __name__ == "__main__":
    sys.exit(main())
