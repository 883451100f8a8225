"""The people of a team database: each a login role with a role in the team.

On PostgreSQL each person connects as their own login role; what the role may see
and change is decided by the database (``storage/team_access.py``). SQLite is a
one-person database and has no team.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput


class TeamRole(StrEnum):
    ADMIN = "admin"
    COORDINATOR = "coordinator"
    LEADER = "leader"
    VOLUNTEER = "volunteer"


@dataclass(frozen=True)
class TeamMember:
    login: str
    full_name: str
    organisation: str
    role: TeamRole
    worker: str | None
    added_at: datetime
    removed_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.removed_at is None


# A login is written into SQL as an identifier and shown in the change history: plain
# lower-case letters, digits, '_', '.' and '-', as PostgreSQL keeps it unquoted or not.
_LOGIN = re.compile(r"[a-z_][a-z0-9_.\-]{0,62}")
# PostgreSQL's own roles and the team's group roles.
_RESERVED_PREFIXES = ("pg_", "ryhmat_")
PASSWORD_BYTES = 18


def checked_login(login: str) -> str:
    if not _LOGIN.fullmatch(login) or login.startswith(_RESERVED_PREFIXES):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{login}” cannot be a login name: use 1–63 lower-case letters a–z, digits, "
                "'_', '.' or '-', starting with a letter, and not starting with pg_ or ryhmat_.",
            ),
            login=login,
        )
    return login


def checked_password(password: str) -> str:
    if len(password) < 12 or "\n" in password or "\x00" in password:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A password must be at least 12 characters long, on one line."
            )
        )
    return password


def new_password() -> str:
    """A password for a new person, shown once to whoever adds them."""
    return secrets.token_urlsafe(PASSWORD_BYTES)
