"""Evaluation of seasons: the goals set at a season's start with their outcomes, the
worker pair's evaluation at its end, and the participants' anonymous feedback as
tallies (how many forms gave each answer to each question; nobody named).

On a team database these are plans, not family data: everyone in the team reads them;
admins and coordinators write all of them, a leader those of the groups they lead,
as for the season's own parts (migration 0012's ``series_slots``).

Revision ID: 0021
Revises: 0020
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0021"
down_revision: str | Sequence[str] | None = "0020"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("season_goals", "season_evaluations", "feedback_tallies")
ROLE = "(SELECT ryhmat_role())"
IN_TEAM = f"{ROLE} IS NOT NULL"
LEADS_SERIES = (
    f"({ROLE} IN ('admin', 'coordinator') OR series_id IN (SELECT r.id FROM series r "
    "WHERE r.group_id IN (SELECT ryhmat_led_groups())))"
)
# (policy, command, USING, WITH CHECK)
POLICIES = (
    ("team_reads_select", "SELECT", IN_TEAM, None),
    ("writes_add_insert", "INSERT", None, LEADS_SERIES),
    ("writes_change_update", "UPDATE", LEADS_SERIES, LEADS_SERIES),
    ("writes_remove_delete", "DELETE", LEADS_SERIES, None),
)


def _series_key(table: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        ["series_id"], ["series.id"], name=op.f(f"fk_{table}_series_id_series"), ondelete="CASCADE"
    )


def upgrade() -> None:
    op.create_table(
        "season_goals",
        sa.Column("series_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("text", sa.String(length=500), nullable=False),
        sa.Column("outcome", sa.String(length=40), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=False),
        _series_key("season_goals"),
        sa.PrimaryKeyConstraint("series_id", "position", name=op.f("pk_season_goals")),
    )
    op.create_table(
        "season_evaluations",
        sa.Column("series_id", sa.Uuid(), nullable=False),
        sa.Column("works_well", sa.String(length=4000), nullable=False),
        sa.Column("to_improve", sa.String(length=4000), nullable=False),
        sa.Column("carries_on", sa.String(length=4000), nullable=False),
        sa.Column("evaluated_on", sa.Date(), nullable=False),
        _series_key("season_evaluations"),
        sa.PrimaryKeyConstraint("series_id", name=op.f("pk_season_evaluations")),
    )
    op.create_table(
        "feedback_tallies",
        sa.Column("series_id", sa.Uuid(), nullable=False),
        sa.Column("question", sa.String(length=40), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        _series_key("feedback_tallies"),
        sa.PrimaryKeyConstraint("series_id", "question", "value", name=op.f("pk_feedback_tallies")),
    )
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in TABLES:
        op.execute(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for name, command, using, check in POLICIES:
            clauses = f" USING ({using})" if using else ""
            clauses += f" WITH CHECK ({check})" if check else ""
            op.execute(f"CREATE POLICY {name} ON {table} FOR {command}{clauses}")


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
