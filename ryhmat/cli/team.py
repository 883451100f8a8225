"""`ryhmat team …`: the people of a team database (PostgreSQL) and their roles."""

from __future__ import annotations

import argparse
import getpass
import sys

from ryhmat.cli.commands import opened
from ryhmat.cli.output import print_listing
from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, UserError
from ryhmat.domain.team import TeamMember, TeamRole
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.team import (
    add_team_member,
    change_own_password,
    initialise_team,
    remove_team_member,
    reset_team_password,
    set_team_role,
    team_members,
)
from ryhmat.domain.written import written_date
from ryhmat.i18n import translate
from ryhmat.storage.team import NEEDS_POSTGRESQL


def init(args: argparse.Namespace) -> int:
    with opened(args) as database, database.unit_of_work() as uow:
        initialise_team(uow)
    print(translate("Cli", "The team's roles and their rights are ready."))
    return 0


def add_user(args: argparse.Namespace) -> int:
    password = _password_from_stdin() if args.password_stdin else None
    with opened(args) as database, database.unit_of_work() as uow:
        given = add_team_member(
            uow,
            args.login,
            args.name,
            args.organisation,
            TeamRole(args.role),
            helsinki_now(),
            worker=args.worker,
            password=password,
        )
    if password is None:
        print(
            translate(
                "Cli", "{login} was added. Their password, shown only now: {password}"
            ).format(login=args.login, password=given)
        )
    else:
        print(translate("Cli", "{login} was added.").format(login=args.login))
    return 0


def list_members(args: argparse.Namespace) -> int:
    with opened(args) as database, database.unit_of_work() as uow:
        members = team_members(uow)
    headers = [
        translate("Cli", "Login"),
        translate("Cli", "Name"),
        translate("Cli", "Organisation"),
        translate("Cli", "Role"),
        translate("Cli", "Worker"),
        translate("Cli", "Removed"),
    ]
    return print_listing(args.json, members, headers, _row)


def set_role(args: argparse.Namespace) -> int:
    with opened(args) as database, database.unit_of_work() as uow:
        set_team_role(uow, args.login, TeamRole(args.role))
    return 0


def set_password(args: argparse.Namespace) -> int:
    password = _password_from_stdin() if args.password_stdin else None
    with opened(args) as database, database.unit_of_work() as uow:
        given = reset_team_password(uow, args.login, password)
    if password is None:
        print(
            translate("Cli", "The new password of {login}, shown only now: {password}").format(
                login=args.login, password=given
            )
        )
    return 0


def change_password(args: argparse.Namespace) -> int:
    with opened(args) as database:
        # Asked once the database is known to have a team: not typed twice for nothing.
        if database.engine.dialect.name != "postgresql":
            raise UserError(NEEDS_POSTGRESQL)
        if args.password_stdin:
            password = repeated = _password_from_stdin()
        else:
            password = getpass.getpass(translate("Cli", "New password: "))
            repeated = getpass.getpass(translate("Cli", "The same again: "))
        with database.unit_of_work() as uow:
            change_own_password(uow, password, repeated)
    print(translate("Cli", "Your password was changed."))
    return 0


def remove_user(args: argparse.Namespace) -> int:
    with opened(args) as database, database.unit_of_work() as uow:
        remove_team_member(uow, args.login, helsinki_now())
    return 0


def _row(member: TeamMember) -> list[str]:
    removed = "" if member.removed_at is None else written_date(member.removed_at.date())
    return [
        member.login,
        member.full_name,
        member.organisation,
        member.role.value,
        member.worker or "",
        removed,
    ]


def _password_from_stdin() -> str:
    line = sys.stdin.readline().rstrip("\r\n")
    if not line:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "No password was given on standard input."))
    return line
