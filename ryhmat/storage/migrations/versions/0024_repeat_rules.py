"""More ways for a season to repeat, and dates a season leaves out with a reason.

A season may meet on the first to fourth or the last weekday of every month at given
times (``series.monthly_*``, all null for a weekly season or one on chosen dates), and
keeps the dates its leaders left out with the reason they gave
(``series_skipped_dates``), so that planning it again leaves them out again. On a team
database the skipped dates are plans, as the season's other parts are: everyone in the
team reads them; admins and coordinators write all of them, a leader those of the
groups they lead (migration 0012's ``series_dates``).

Revision ID: 0024
Revises: 0023
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0024"
down_revision: str | Sequence[str] | None = "0023"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "series_skipped_dates"
MONTHLY = (
    ("monthly_ordinal", sa.Integer),
    ("monthly_weekday", sa.Integer),
    ("monthly_start", sa.Time),
    ("monthly_end", sa.Time),
)
ROLE = "(SELECT ryhmat_role())"
IN_TEAM = f"{ROLE} IS NOT NULL"
LEADS_SERIES = (
    f"({ROLE} IN ('admin', 'coordinator') OR series_id IN (SELECT r.id FROM series r "
    "WHERE r.group_id IN (SELECT ryhmat_led_groups())))"
)
# (policy, command, USING, WITH CHECK), named as migration 0012 names them.
POLICIES = (
    ("team_reads_select", "SELECT", IN_TEAM, None),
    ("writes_add_insert", "INSERT", None, LEADS_SERIES),
    ("writes_change_update", "UPDATE", LEADS_SERIES, LEADS_SERIES),
    ("writes_remove_delete", "DELETE", LEADS_SERIES, None),
)


def upgrade() -> None:
    for name, kind in MONTHLY:
        op.add_column("series", sa.Column(name, kind(), nullable=True))
    op.create_table(
        TABLE,
        sa.Column("series_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["series.id"],
            name=op.f(f"fk_{TABLE}_series_id_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("series_id", "day", name=op.f(f"pk_{TABLE}")),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE {TABLE} ENABLE ROW LEVEL SECURITY")
    for name, command, using, check in POLICIES:
        clauses = f" USING ({using})" if using else ""
        clauses += f" WITH CHECK ({check})" if check else ""
        op.execute(f"CREATE POLICY {name} ON {TABLE} FOR {command}{clauses}")


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch rebuild would drop the series table and
    # cascade into its sessions' links, slots and goals.
    op.drop_table(TABLE)
    for name, _ in reversed(MONTHLY):
        op.drop_column("series", name)
