"""Closures with a scope: all groups, the groups one organisation organises alone, or
chosen groups (a clinic's baby group runs through the municipality's syysloma); and the
eves a group does not meet on (kiirastorstai, vapunaatto...), NULL for every existing
group: it skips what the team skips (a setting, none until chosen).

Every existing closure keeps pausing every group (scope ``all``). The chosen groups
are plans, not family data: on a team database everyone reads them and admins and
coordinators write them, as the closures themselves (migration 0012's ``PLANNING``).

Revision ID: 0023
Revises: 0022
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023"
down_revision: str | Sequence[str] | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "closure_groups"
ROLE = "(SELECT ryhmat_role())"
IN_TEAM = f"{ROLE} IS NOT NULL"
PLANNERS = f"{ROLE} IN ('admin', 'coordinator')"
# (policy, command, USING, WITH CHECK), named as migration 0012 names the closures' own.
POLICIES = (
    ("team_reads_select", "SELECT", IN_TEAM, None),
    ("writes_add_insert", "INSERT", None, PLANNERS),
    ("writes_change_update", "UPDATE", PLANNERS, PLANNERS),
    ("writes_remove_delete", "DELETE", PLANNERS, None),
)
SCOPES = ("all", "organisation", "groups")


def upgrade() -> None:
    with op.batch_alter_table("closure_periods") as closures:
        closures.add_column(
            sa.Column(
                "scope",
                sa.Enum(
                    *SCOPES,
                    name="closurescope",
                    native_enum=False,
                    create_constraint=False,
                    length=40,
                ),
                server_default="all",
                nullable=False,
            )
        )
        closures.add_column(sa.Column("organisation_id", sa.Uuid(), nullable=True))
        closures.create_foreign_key(
            op.f("fk_closure_periods_organisation_id_organisations"),
            "organisations",
            ["organisation_id"],
            ["id"],
            ondelete="CASCADE",
        )
        closures.create_index(
            op.f("ix_closure_periods_organisation_id"), ["organisation_id"], unique=False
        )
    op.create_table(
        TABLE,
        sa.Column("closure_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["closure_id"],
            ["closure_periods.id"],
            name=op.f("fk_closure_groups_closure_id_closure_periods"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_closure_groups_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("closure_id", "position", name=op.f("pk_closure_groups")),
    )
    op.create_index(op.f("ix_closure_groups_group_id"), TABLE, ["group_id"], unique=False)
    op.add_column("groups", sa.Column("skipped_eves", sa.String(length=200), nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY")
    for name, command, using, check in POLICIES:
        clauses = f" USING ({using})" if using else ""
        clauses += f" WITH CHECK ({check})" if check else ""
        op.execute(f"CREATE POLICY {name} ON {TABLE} FOR {command}{clauses}")


def downgrade() -> None:
    # SQLite (3.35+) drops a column in place when nothing indexes or constrains it.
    op.drop_column("groups", "skipped_eves")
    op.drop_table(TABLE)
    with op.batch_alter_table("closure_periods") as closures:
        closures.drop_index(op.f("ix_closure_periods_organisation_id"))
        closures.drop_constraint(
            op.f("fk_closure_periods_organisation_id_organisations"), type_="foreignkey"
        )
        closures.drop_column("organisation_id")
        closures.drop_column("scope")
