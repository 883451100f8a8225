"""Leaders' time and why sessions were cancelled: a worker's kind (staff, volunteer or
student) for leader hours by kind, a group's planning and debrief minutes per
session, and a cancelled session's reason category.

Every existing worker is staff, every existing group keeps no planning time, and
every session cancelled so far has its category not given. Adding columns with
defaults needs no table rebuild on SQLite; the columns are readable by every team
role as their tables are, so no grant or policy changes.

Revision ID: 0020
Revises: 0019
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020"
down_revision: str | Sequence[str] | None = "0019"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

WORKER_KINDS = ("staff", "volunteer", "student")
CANCEL_REASONS = (
    "not_given",
    "leader_ill",
    "closure",
    "too_few",
    "place_unavailable",
    "force_majeure",
    "other",
)


def _enum(values: tuple[str, ...], name: str) -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=False, length=40)


def upgrade() -> None:
    op.add_column(
        "workers",
        sa.Column(
            "kind", _enum(WORKER_KINDS, "workerkind"), server_default="staff", nullable=False
        ),
    )
    op.add_column("groups", sa.Column("planning_minutes", sa.Integer(), nullable=True))
    op.add_column(
        "sessions",
        sa.Column(
            "cancel_category",
            _enum(CANCEL_REASONS, "cancelreason"),
            server_default="not_given",
            nullable=False,
        ),
    )


def downgrade() -> None:
    # SQLite (3.35+) drops a column in place when nothing indexes or constrains it.
    op.drop_column("sessions", "cancel_category")
    op.drop_column("groups", "planning_minutes")
    op.drop_column("workers", "kind")
