"""Archiving: groups, places, workers and organisations that have history can be
hidden from choices and lists, and brought back, without losing what refers to them.

Every existing row starts as not archived. Adding a column with a default needs no
table rebuild on SQLite (a rebuild would drop the old table, and its cascades).

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | Sequence[str] | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ARCHIVABLE = ("groups", "places", "workers", "organisations")


def upgrade() -> None:
    for table in ARCHIVABLE:
        op.add_column(
            table, sa.Column("archived", sa.Boolean(), server_default=sa.false(), nullable=False)
        )


def downgrade() -> None:
    for table in ARCHIVABLE:
        # SQLite (3.35+) drops a column in place when nothing indexes or constrains it.
        op.drop_column(table, "archived")
