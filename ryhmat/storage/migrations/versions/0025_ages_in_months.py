"""A group's target ages in whole months, so that a baby group can say "0–6 kk".

``groups.target_age_min`` and ``target_age_max`` held whole years, both ends inclusive:
a group of 1–3 years listed a child from the month it turned one until the month it
turned four. ``target_age_min_months`` and ``target_age_max_months`` hold whole months,
both ends inclusive (``domain/target_ages.py``), and the years convert exactly: the
lower end's first month (1 year: 12 months) and the upper end's last (3 years: 47
months), so every group lists the same children as before. Going back, months are
cut to whole years (0–6 months becomes 0–0 years, a year of months).

The columns are readable and writable by the team's roles as the table is, so no grant
or policy changes.

Revision ID: 0025
Revises: 0022
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0025"
down_revision: str | Sequence[str] | None = "0022"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("groups", sa.Column("target_age_min_months", sa.Integer(), nullable=True))
    op.add_column("groups", sa.Column("target_age_max_months", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE groups SET target_age_min_months = target_age_min * 12, "
        "target_age_max_months = target_age_max * 12 + 11"
    )
    # SQLite (3.35+) drops a column in place when nothing indexes or constrains it.
    op.drop_column("groups", "target_age_min")
    op.drop_column("groups", "target_age_max")


def downgrade() -> None:
    op.add_column("groups", sa.Column("target_age_min", sa.Integer(), nullable=True))
    op.add_column("groups", sa.Column("target_age_max", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE groups SET target_age_min = target_age_min_months / 12, "
        "target_age_max = target_age_max_months / 12"
    )
    op.drop_column("groups", "target_age_min_months")
    op.drop_column("groups", "target_age_max_months")
