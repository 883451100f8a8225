"""What each role of a team database may do to each table: the one statement of it.

``ryhmat team init`` grants the group roles exactly this; the row-level policies of
migration 0012 narrow the granted rows to the reaches below; the README's table
is this matrix (a test compares them) and the PostgreSQL tests try every cell
through each person's own connection.

Reaches:

- ``all``: every row of either organisation.
- ``own``: the rows of the person's own scope only — for family data the families
  enrolled in or attending the groups their organisation (co-)organises or, for a
  leader or volunteer, groups they lead; for a volunteer's attendance and headcounts
  and a leader's plans, the sessions and groups they lead; for a coordinator's
  settings, the team's eves alone (coordinators plan every group's closures and the
  eves with them; the other settings are the admins'). Another organisation's
  rows are not there: a SELECT does not return them, an UPDATE or DELETE changes
  zero rows, an INSERT is refused by the database.
- ``none``: no grant: the database refuses the statement (permission denied).
"""

from __future__ import annotations

from enum import StrEnum


class Reach(StrEnum):
    ALL = "all"
    OWN = "own"
    NONE = "none"


ROLES = ("admin", "coordinator", "leader", "volunteer")
OPERATIONS = ("SELECT", "INSERT", "UPDATE", "DELETE")

# The group role (NOLOGIN) each person's login role is a member of.
GROUP_ROLES = {role: f"ryhmat_{role}" for role in ROLES}

ALL, OWN, NONE = Reach.ALL, Reach.OWN, Reach.NONE

_EVERYONE_READS_PLANNERS_WRITE = {
    "admin": (ALL, ALL, ALL, ALL),
    "coordinator": (ALL, ALL, ALL, ALL),
    "leader": (ALL, NONE, NONE, NONE),
    "volunteer": (ALL, NONE, NONE, NONE),
}
_LEADERS_PLAN = {
    "admin": (ALL, ALL, ALL, ALL),
    "coordinator": (ALL, ALL, ALL, ALL),
    "leader": (ALL, OWN, OWN, OWN),
    "volunteer": (ALL, NONE, NONE, NONE),
}
_ADMINS_WRITE = {
    "admin": (ALL, ALL, ALL, ALL),
    "coordinator": (ALL, NONE, NONE, NONE),
    "leader": (ALL, NONE, NONE, NONE),
    "volunteer": (ALL, NONE, NONE, NONE),
}
_FAMILY_DATA = {
    "admin": (ALL, ALL, ALL, ALL),
    "coordinator": (OWN, OWN, OWN, OWN),
    "leader": (OWN, OWN, OWN, OWN),
    "volunteer": (OWN, NONE, NONE, NONE),
}

# table -> role -> reach of (SELECT, INSERT, UPDATE, DELETE)
ACCESS: dict[str, dict[str, tuple[Reach, Reach, Reach, Reach]]] = {
    "organisations": _EVERYONE_READS_PLANNERS_WRITE,
    "places": _EVERYONE_READS_PLANNERS_WRITE,
    "workers": _EVERYONE_READS_PLANNERS_WRITE,
    "worker_pairs": _EVERYONE_READS_PLANNERS_WRITE,
    "groups": _EVERYONE_READS_PLANNERS_WRITE,
    "group_organisers": _EVERYONE_READS_PLANNERS_WRITE,
    "closure_periods": _EVERYONE_READS_PLANNERS_WRITE,
    "closure_groups": _EVERYONE_READS_PLANNERS_WRITE,
    "feeds": _EVERYONE_READS_PLANNERS_WRITE,
    "feed_publications": _EVERYONE_READS_PLANNERS_WRITE,
    "published_events": _EVERYONE_READS_PLANNERS_WRITE,
    "series": _LEADERS_PLAN,
    "series_slots": _LEADERS_PLAN,
    "series_dates": _LEADERS_PLAN,
    "series_leaders": _LEADERS_PLAN,
    "series_skipped_dates": _LEADERS_PLAN,
    # A season's goals, evaluation and anonymous feedback tallies: plans, not family data.
    "season_goals": _LEADERS_PLAN,
    "season_evaluations": _LEADERS_PLAN,
    "feedback_tallies": _LEADERS_PLAN,
    "sessions": {**_LEADERS_PLAN, "volunteer": (ALL, NONE, OWN, NONE)},
    "session_leaders": _LEADERS_PLAN,
    "headcounts": {**_LEADERS_PLAN, "volunteer": (ALL, OWN, OWN, NONE)},
    "settings": {**_ADMINS_WRITE, "coordinator": (ALL, OWN, OWN, NONE)},
    "erasures": _ADMINS_WRITE,
    "team_members": _ADMINS_WRITE,
    "families": {
        "admin": (ALL, ALL, ALL, ALL),
        "coordinator": (OWN, ALL, OWN, NONE),
        "leader": (OWN, ALL, OWN, NONE),
        "volunteer": (OWN, NONE, NONE, NONE),
    },
    "family_members": _FAMILY_DATA,
    "enrolments": _FAMILY_DATA,
    "attendance": {**_FAMILY_DATA, "volunteer": (OWN, OWN, OWN, OWN)},
    "audit_entries": {
        "admin": (ALL, ALL, ALL, ALL),
        "coordinator": (OWN, OWN, NONE, NONE),
        "leader": (OWN, OWN, NONE, NONE),
        "volunteer": (NONE, OWN, NONE, NONE),
    },
    "pseudonyms": {
        "admin": (ALL, ALL, NONE, ALL),
        "coordinator": (OWN, OWN, NONE, NONE),
        "leader": (OWN, OWN, NONE, NONE),
        "volunteer": (NONE, NONE, NONE, NONE),
    },
    # That a family's follow-up was done, when and by whom: family data, moved to another
    # family by an admin alone (a merge), as the audit trail's entries are.
    "follow_ups": {
        "admin": (ALL, ALL, ALL, ALL),
        "coordinator": (OWN, OWN, NONE, OWN),
        "leader": (OWN, OWN, NONE, OWN),
        "volunteer": (NONE, NONE, NONE, NONE),
    },
    # Everyone's reads are logged; admins alone read the log and delete what is past its
    # retention period (the log's own triggers refuse every other change, anyone's).
    "usage_log": {
        "admin": (ALL, ALL, NONE, ALL),
        "coordinator": (NONE, ALL, NONE, NONE),
        "leader": (NONE, ALL, NONE, NONE),
        "volunteer": (NONE, ALL, NONE, NONE),
    },
    # The groups each family has come to, kept by triggers for the policies' own use.
    "family_groups_attended": dict.fromkeys(ROLES, (NONE, NONE, NONE, NONE)),
}

# Where a grant covers some columns only: (table, role, operation) -> the columns.
# A volunteer reads a family's name and its photo permission (the attendance sheet
# shows whom not to photograph) but not its phone number, notes or other consents, and
# saves attendance, which moves the session's attendance version on and makes a planned
# session held (its status, version and time of change).
COLUMNS = {
    ("families", "volunteer", "SELECT"): (
        "id",
        "name",
        "version",
        "erased_on",
        "created_on",
        "search_key",
        "photo_permission",
    ),
    ("sessions", "volunteer", "UPDATE"): ("attendance_version", "status", "version", "updated_at"),
}


def reach(table: str, role: str, operation: str) -> Reach:
    return ACCESS[table][role][OPERATIONS.index(operation)]


def grants(role: str) -> list[tuple[str, str, tuple[str, ...] | None]]:
    """(operation, table, columns or None for all) that the role's group role is granted."""
    return [
        (operation, table, COLUMNS.get((table, role, operation)))
        for table in ACCESS
        for operation in OPERATIONS
        if reach(table, role, operation) is not Reach.NONE
    ]


def markdown_table() -> str:
    """The matrix as the README shows it: a row per table, a column per role."""
    header = "| table | " + " | ".join(ROLES) + " |"
    lines = [header, "| --- |" + " --- |" * len(ROLES)]
    for table, roles in ACCESS.items():
        cells = [_cell(table, role, roles[role]) for role in ROLES]
        lines.append(f"| `{table}` | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _cell(table: str, role: str, reaches: tuple[Reach, ...]) -> str:
    parts = []
    for operation, each in zip(OPERATIONS, reaches, strict=True):
        if each is Reach.NONE:
            continue
        columns = COLUMNS.get((table, role, operation))
        limit = f" ({', '.join(columns)})" if columns else ""
        parts.append(f"{operation[0]}:{each}{limit}")
    return " ".join(parts) or "—"
