"""Managing the people of a team database (PostgreSQL only): who signs in, and as what.

Only an admin (or the database's owner) can do this: the database refuses anyone else.
"""

from __future__ import annotations

from datetime import datetime

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.team import (
    TeamMember,
    TeamRole,
    checked_login,
    checked_password,
    new_password,
)


def initialise_team(uow: UnitOfWork) -> None:
    """Create the team's group roles and grant them what the access matrix says."""
    uow.team.initialise()
    uow.commit()


def manages_team(uow: UnitOfWork) -> bool:
    """Whether the person connected is an admin of a team database."""
    return uow.team.connected_role() is TeamRole.ADMIN


def may_erase_families(uow: UnitOfWork) -> bool:
    """Whether the person may erase families: on a team database only an admin (or the
    database's owner), so the others' apps do not try at start-up."""
    return uow.team.connected_role() in (None, TeamRole.ADMIN)


def reads_rosters_only(uow: UnitOfWork) -> bool:
    """Whether the person reads of families only what an attendance list names (a
    team's volunteer): not their phone, notes, consents or history, and adds none. The
    database refuses them more; the app offers them no view that needs it."""
    return uow.team.connected_role() is TeamRole.VOLUNTEER


def team_members(uow: UnitOfWork) -> list[TeamMember]:
    """Everyone who is or was in the team, by login; removed people stay for history."""
    return sorted(uow.team.members(), key=lambda member: member.login)


def add_team_member(
    uow: UnitOfWork,
    login: str,
    full_name: str,
    organisation: str,
    role: TeamRole,
    now: datetime,
    *,
    worker: str | None = None,
    password: str | None = None,
) -> str:
    """Add a person with a login of their own; returns the password they sign in with
    (``password`` if given, else a new random one). A person removed earlier comes back
    under the same login, with what is given now; their history stays theirs."""
    login = checked_login(login)
    full_name = full_name.strip()
    if not full_name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The person's full name is missing."))
    password = new_password() if password is None else checked_password(password)
    existing = uow.team.member(login)
    if existing is not None and existing.active:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The login “{login}” is already in the team."), login=login
        )
    found = uow.organisations.by_name(organisation)
    if found is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "No organisation is named “{name}”."), name=organisation
        )
    worker_id = None
    if worker is not None:
        leader = uow.workers.by_name(worker)
        if leader is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No worker is named “{name}”."), name=worker)
        worker_id = leader.id
    uow.team.add(login, full_name, found.id, role, worker_id, password, now)
    uow.commit()
    return password


def reset_team_password(uow: UnitOfWork, login: str, password: str | None = None) -> str:
    """Give a person a new password (``password`` if given, else a new random one), for
    one who has forgotten theirs; returns it, to be handed to them."""
    _active_member(uow, login)
    password = new_password() if password is None else checked_password(password)
    uow.team.set_password(login, password)
    uow.commit()
    return password


def change_own_password(uow: UnitOfWork, password: str, repeated: str) -> None:
    """The connected person's new password; this computer signs in with it from now on."""
    if password != repeated:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "The two passwords are not the same."))
    uow.team.change_own_password(checked_password(password))
    uow.commit()


def set_team_role(uow: UnitOfWork, login: str, role: TeamRole) -> None:
    _active_member(uow, login)
    uow.team.set_role(login, role)
    uow.commit()


def remove_team_member(uow: UnitOfWork, login: str, now: datetime) -> None:
    """The person can no longer sign in; their name stays in the team list and in the
    change history."""
    _active_member(uow, login)
    uow.team.remove(login, now)
    uow.commit()


def _active_member(uow: UnitOfWork, login: str) -> TeamMember:
    member = uow.team.member(login)
    if member is None or not member.active:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "No one in the team signs in as “{login}”."), login=login
        )
    return member
