"""A team database decides in PostgreSQL itself who sees and changes what.

The team's people are login roles listed in ``team_members`` with their organisation,
their role in the team and the worker they are in the plan. Row-level security on
every table lets a person reach only what ``storage/team_access.py`` describes; the
functions the policies call are SECURITY DEFINER so that one policy may look at
tables another policy guards without recursing, and name the person by
``session_user``: inside such a function ``current_user`` is the function's owner.

The policies apply to PUBLIC and decide by the person's row in ``team_members``, so
this revision creates no role: roles are the cluster's, not the database's, and the
owner that migrates need not be allowed to create them (``ryhmat team init`` creates
the group roles and grants them their tables). Row-level security is enabled, not
forced: the owner is the database's administrative account, which could turn it off
anyway, and forcing it would subject the helper functions (owned by it) to the very
policies that call them.

SQLite stays a one-person database: nothing changes there.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Everyone in the team reads these; admins and coordinators change them.
PLANNING = (
    "organisations",
    "places",
    "workers",
    "worker_pairs",
    "groups",
    "group_organisers",
    "closure_periods",
    "feeds",
    "feed_publications",
    "published_events",
)
# Everyone reads these; admins, coordinators and the leaders of the group change them.
SERIES_PARTS = ("series_slots", "series_dates", "series_leaders")
ADMIN_WRITES = ("settings", "erasures", "team_members")
ALL_TABLES = (
    *PLANNING,
    "series",
    *SERIES_PARTS,
    "sessions",
    "session_leaders",
    "headcounts",
    *ADMIN_WRITES,
    "families",
    "family_members",
    "enrolments",
    "attendance",
    "audit_entries",
    "pseudonyms",
)

FUNCTIONS = {
    # The person's role in the team; NULL for anyone not (or no longer) in it.
    "ryhmat_role()": "text",
    "ryhmat_organisation()": "uuid",
    "ryhmat_worker()": "uuid",
    "ryhmat_led_groups()": "SETOF uuid",
    "ryhmat_led_sessions()": "SETOF uuid",
    "ryhmat_family_groups()": "SETOF uuid",
    "ryhmat_family_sessions()": "SETOF uuid",
    "ryhmat_visible_families()": "SETOF uuid",
    "ryhmat_unplaced_family(family uuid)": "boolean",
}


def _bodies(s: str) -> dict[str, str]:
    me = (
        f"SELECT m.{{column}} FROM {s}.team_members m "
        "WHERE m.login = session_user::text AND m.removed_at IS NULL"
    )
    return {
        "ryhmat_role()": me.format(column="role"),
        "ryhmat_organisation()": me.format(column="organisation_id"),
        "ryhmat_worker()": me.format(column="worker_id"),
        # Groups whose default pair, series or sessions the person's worker leads.
        "ryhmat_led_groups()": f"""
            SELECT g.id FROM {s}.groups g
            JOIN {s}.worker_pairs p ON p.id = g.default_pair_id
            WHERE {s}.ryhmat_worker() IN (p.first_worker_id, p.second_worker_id)
            UNION
            SELECT r.group_id FROM {s}.series r
            JOIN {s}.series_leaders l ON l.series_id = r.id
            WHERE l.worker_id = {s}.ryhmat_worker()
            UNION
            SELECT e.group_id FROM {s}.sessions e
            JOIN {s}.session_leaders l ON l.session_id = e.id
            WHERE l.worker_id = {s}.ryhmat_worker()""",
        "ryhmat_led_sessions()": f"""
            SELECT l.session_id FROM {s}.session_leaders l
            WHERE l.worker_id = {s}.ryhmat_worker()""",
        # Groups whose families the person sees: all for an admin, the organisation's for
        # a coordinator, and for a leader or volunteer also the groups they lead.
        "ryhmat_family_groups()": f"""
            SELECT g.id FROM {s}.groups g WHERE {s}.ryhmat_role() = 'admin'
            UNION
            SELECT o.group_id FROM {s}.group_organisers o
            WHERE o.organisation_id = {s}.ryhmat_organisation()
            UNION
            SELECT l.id FROM {s}.ryhmat_led_groups() l(id)
            WHERE {s}.ryhmat_role() IN ('leader', 'volunteer')""",
        "ryhmat_family_sessions()": f"""
            SELECT e.id FROM {s}.sessions e
            WHERE e.group_id IN (SELECT {s}.ryhmat_family_groups())""",
        "ryhmat_visible_families()": f"""
            SELECT n.family_id FROM {s}.enrolments n
            WHERE n.group_id IN (SELECT {s}.ryhmat_family_groups())
            UNION
            SELECT m.family_id FROM {s}.attendance a
            JOIN {s}.family_members m ON m.id = a.member_id
            WHERE a.session_id IN (SELECT {s}.ryhmat_family_sessions())""",
        # A family no group holds yet: one being added, before its enrolment or first visit.
        "ryhmat_unplaced_family(family uuid)": f"""
            SELECT NOT EXISTS (SELECT FROM {s}.enrolments n WHERE n.family_id = family)
               AND NOT EXISTS (SELECT FROM {s}.attendance a
                               JOIN {s}.family_members m ON m.id = a.member_id
                               WHERE m.family_id = family)""",
    }


IN_TEAM = "ryhmat_role() IS NOT NULL"
ADMIN = "ryhmat_role() = 'admin'"
PLANNERS = "ryhmat_role() IN ('admin', 'coordinator')"
EDITORS = "ryhmat_role() IN ('admin', 'coordinator', 'leader')"
LEADS_GROUP = f"({PLANNERS} OR group_id IN (SELECT ryhmat_led_groups()))"
LEADS_SERIES = (
    f"({PLANNERS} OR series_id IN (SELECT r.id FROM series r "
    "WHERE r.group_id IN (SELECT ryhmat_led_groups())))"
)
LEADS_SESSION = (
    f"({PLANNERS} OR session_id IN (SELECT e.id FROM sessions e "
    "WHERE e.group_id IN (SELECT ryhmat_led_groups())))"
)
VISIBLE_FAMILY = f"({ADMIN} OR family_id IN (SELECT ryhmat_visible_families()))"
PLACEABLE_FAMILY = f"({VISIBLE_FAMILY} OR ryhmat_unplaced_family(family_id))"
MEMBER_FAMILY = "(SELECT m.family_id FROM family_members m WHERE m.id = member_id)"
MARKED_SESSION = (
    "(session_id IN (SELECT ryhmat_family_sessions()) AND ryhmat_role() <> 'volunteer' "
    "OR session_id IN (SELECT ryhmat_led_sessions()))"
)

# table -> [(policy, command, USING, WITH CHECK)]
Policy = tuple[str, str, str | None, str | None]


def _policies() -> dict[str, list[Policy]]:
    policies: dict[str, list[Policy]] = {}
    for table in PLANNING:
        policies[table] = [("team_reads", "SELECT", IN_TEAM, None), *_writes(PLANNERS)]
    policies["series"] = [("team_reads", "SELECT", IN_TEAM, None), *_writes(LEADS_GROUP)]
    for table in SERIES_PARTS:
        policies[table] = [("team_reads", "SELECT", IN_TEAM, None), *_writes(LEADS_SERIES)]
    policies["sessions"] = [
        ("team_reads", "SELECT", IN_TEAM, None),
        *_writes(f"({EDITORS} AND {LEADS_GROUP})"),
        # A volunteer's attendance save bumps the session's attendance version.
        ("volunteers_record", "UPDATE", "id IN (SELECT ryhmat_led_sessions())", None),
    ]
    policies["session_leaders"] = [
        ("team_reads", "SELECT", IN_TEAM, None),
        *_writes(f"({EDITORS} AND {LEADS_SESSION})"),
    ]
    policies["headcounts"] = [
        ("team_reads", "SELECT", IN_TEAM, None),
        *_writes(f"({LEADS_SESSION} OR session_id IN (SELECT ryhmat_led_sessions()))"),
    ]
    for table in ADMIN_WRITES:
        policies[table] = [("team_reads", "SELECT", IN_TEAM, None), *_writes(ADMIN)]
    family = VISIBLE_FAMILY.replace("family_id", "id")
    policies["families"] = [
        ("family_reads", "SELECT", family, None),
        ("editors_add", "INSERT", None, EDITORS),
        (
            "editors_change",
            "UPDATE",
            f"{EDITORS} AND {family}",
            f"{EDITORS} AND (erased_on IS NULL OR {ADMIN})",
        ),
        ("admins_erase", "DELETE", ADMIN, None),
    ]
    policies["family_members"] = [
        ("family_reads", "SELECT", VISIBLE_FAMILY, None),
        *_writes(f"{EDITORS} AND {PLACEABLE_FAMILY}"),
    ]
    enrolment_group = f"({ADMIN} OR group_id IN (SELECT ryhmat_family_groups()))"
    policies["enrolments"] = [
        ("family_reads", "SELECT", enrolment_group, None),
        *_writes(
            f"{EDITORS} AND {enrolment_group}",
            check=f"{EDITORS} AND {enrolment_group} AND {PLACEABLE_FAMILY}",
        ),
    ]
    marked_family = PLACEABLE_FAMILY.replace("family_id", MEMBER_FAMILY)
    policies["attendance"] = [
        (
            "family_reads",
            "SELECT",
            f"({ADMIN} OR session_id IN (SELECT ryhmat_family_sessions()))",
            None,
        ),
        *_writes(
            f"({ADMIN} OR {MARKED_SESSION})",
            check=f"({ADMIN} OR {MARKED_SESSION}) AND {marked_family}",
        ),
    ]
    policies["audit_entries"] = [
        ("family_reads", "SELECT", f"ryhmat_role() <> 'volunteer' AND {VISIBLE_FAMILY}", None),
        # The entry names the person who is connected, never a name of their choosing.
        (
            "team_writes",
            "INSERT",
            None,
            f"{IN_TEAM} AND actor = session_user AND {PLACEABLE_FAMILY}",
        ),
        ("admins_change", "UPDATE", ADMIN, ADMIN),
        ("admins_erase", "DELETE", ADMIN, None),
    ]
    member_visible = VISIBLE_FAMILY.replace("family_id", MEMBER_FAMILY)
    policies["pseudonyms"] = [
        ("family_reads", "SELECT", f"ryhmat_role() <> 'volunteer' AND {member_visible}", None),
        ("editors_add", "INSERT", None, f"{EDITORS} AND {member_visible}"),
        ("admins_erase", "DELETE", ADMIN, None),
    ]
    return policies


def _writes(using: str, check: str | None = None) -> list[Policy]:
    return [
        ("writes_add", "INSERT", None, check or using),
        ("writes_change", "UPDATE", using, check or using),
        ("writes_remove", "DELETE", using, None),
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.create_table(
        "team_members",
        sa.Column("login", sa.String(63), nullable=False),
        sa.Column("full_name", sa.String(200), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("worker_id", sa.Uuid(), nullable=True),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "role IN ('admin', 'coordinator', 'leader', 'volunteer')",
            name=op.f("ck_team_members_role"),
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_team_members_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["workers.id"],
            name=op.f("fk_team_members_worker_id_workers"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("login", name=op.f("pk_team_members")),
    )
    schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
    for signature, body in _bodies(schema).items():
        op.execute(
            f"CREATE FUNCTION {signature} RETURNS {FUNCTIONS[signature]} "
            "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp "
            f"AS $$ {body} $$"
        )
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
    for table, policies in _policies().items():
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for name, command, using, check in policies:
            clauses = f" USING ({using})" if using else ""
            clauses += f" WITH CHECK ({check})" if check else ""
            op.execute(f"CREATE POLICY {name}_{command.lower()} ON {table} FOR {command}{clauses}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table, policies in _policies().items():
        for name, command, _using, _check in policies:
            op.execute(f"DROP POLICY {name}_{command.lower()} ON {table}")
        op.execute(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
    for signature in reversed(list(FUNCTIONS)):
        op.execute(f"DROP FUNCTION {signature}")
    op.drop_table("team_members")
