"""Every role records what it may on a team database, and no more.

A volunteer saving attendance changes no more of a session than that: a planned
session becomes held, and nothing else of its status moves. The volunteer's grant on
``sessions`` (storage/team_access.py) covers the columns an attendance save writes,
the status among them, for the sessions they lead (the ``volunteers_record`` policy
of 0012). A restrictive policy keeps the status to what recording needs: a volunteer
neither cancels a session nor brings a cancelled one back, whatever they send the
database. Other roles are not touched by it.

A pseudonymised workbook numbers the people it codes for the first time after the
largest number given, which the row-level policies hide from a coordinator or leader
when another organisation's people have the larger ones: ``ryhmat_largest_pseudonym()``
tells it them, a number and nothing else.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | Sequence[str] | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

NOT_A_VOLUNTEER = "ryhmat_role() IS DISTINCT FROM 'volunteer'"
LARGEST_PSEUDONYM = "ryhmat_largest_pseudonym()"
GROUP_ROLES = ("ryhmat_admin", "ryhmat_coordinator", "ryhmat_leader", "ryhmat_volunteer")


def hold_clauses() -> tuple[str, str]:
    """The USING and WITH CHECK of the volunteers' restrictive policy on sessions."""
    return (
        f"{NOT_A_VOLUNTEER} OR status <> 'cancelled'",
        f"{NOT_A_VOLUNTEER} OR status IN ('planned', 'held')",
    )


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
    op.execute(
        f"CREATE FUNCTION {LARGEST_PSEUDONYM} RETURNS integer "
        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp "
        f"AS $$ SELECT COALESCE(max(number), 0) FROM {schema}.pseudonyms $$"
    )
    op.execute(f"REVOKE ALL ON FUNCTION {LARGEST_PSEUDONYM} FROM PUBLIC")
    # A team's people use it at once, not only after ``team init`` is run again.
    op.execute(
        "DO $$ DECLARE r text; BEGIN "
        f"FOREACH r IN ARRAY ARRAY{list(GROUP_ROLES)!r} LOOP "
        "IF EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN "
        f"EXECUTE format('GRANT EXECUTE ON FUNCTION {LARGEST_PSEUDONYM} TO %I', r); "
        "END IF; END LOOP; END $$"
    )
    using, check = hold_clauses()
    op.execute(
        "CREATE POLICY volunteers_hold_update ON sessions AS RESTRICTIVE FOR UPDATE "
        f"USING ({using}) WITH CHECK ({check})"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP POLICY volunteers_hold_update ON sessions")
    op.execute(f"DROP FUNCTION {LARGEST_PSEUDONYM}")
