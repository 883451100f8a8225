"""Follow-ups done (kuulumisten kysyminen): which family's follow-up in which group, for
the day its work there ended, was done on which day and by whom — nothing of what
was said.

On a team database the rows are family data: a person reaches those of the families
``ryhmat_visible_families()`` reaches, a volunteer none; a row names the person who is
connected, never a name of their choosing (as the audit trail does); moving rows to
another family (a merge) is an admin's, as moving the audit trail's entries is.

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0018"
down_revision: str | Sequence[str] | None = "0017"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "follow_ups"
ROLE = "(SELECT ryhmat_role())"
ADMIN = f"{ROLE} = 'admin'"
EDITORS = f"{ROLE} IN ('admin', 'coordinator', 'leader')"
VISIBLE_FAMILY = f"({ADMIN} OR family_id IN (SELECT ryhmat_visible_families()))"

# (policy, command, USING, WITH CHECK)
POLICIES = (
    ("family_reads_select", "SELECT", f"{EDITORS} AND {VISIBLE_FAMILY}", None),
    (
        "editors_add_insert",
        "INSERT",
        None,
        f"{EDITORS} AND done_by = session_user AND {VISIBLE_FAMILY}",
    ),
    ("admins_change_update", "UPDATE", ADMIN, ADMIN),
    ("editors_remove_delete", "DELETE", f"{EDITORS} AND {VISIBLE_FAMILY}", None),
)


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=False),
        sa.Column("done_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["families.id"],
            name=op.f("fk_follow_ups_family_id_families"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_follow_ups_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("family_id", "group_id", "ended_on", name=op.f("pk_follow_ups")),
    )
    op.create_index(op.f("ix_follow_ups_group_id"), TABLE, ["group_id"])
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY")
    for name, command, using, check in POLICIES:
        clauses = f" USING ({using})" if using else ""
        clauses += f" WITH CHECK ({check})" if check else ""
        op.execute(f"CREATE POLICY {name} ON {TABLE} FOR {command}{clauses}")


def downgrade() -> None:
    op.drop_index(op.f("ix_follow_ups_group_id"), table_name=TABLE)
    op.drop_table(TABLE)
