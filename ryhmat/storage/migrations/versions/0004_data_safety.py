"""Optimistic locking, the audit trail, erasure and shared settings.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("groups", "sessions", "families")


def upgrade() -> None:
    for table in VERSIONED:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    op.add_column(
        "sessions",
        sa.Column("attendance_version", sa.Integer(), server_default="0", nullable=False),
    )
    op.add_column("families", sa.Column("erased_on", sa.Date(), nullable=True))
    # Families that exist now count as added today, so retention never erases
    # them sooner than that. Nullable: making it NOT NULL afterwards would make
    # SQLite rebuild the table, and dropping the old one would cascade.
    op.add_column("families", sa.Column("created_on", sa.Date(), nullable=True))
    families = sa.table("families", sa.column("created_on", sa.Date()))
    # The day of the upgrade on this computer's calendar: a migration stays as it was
    # written, importing none of the app's code, the clock included.
    op.execute(families.update().values(created_on=date.today()))  # noqa: DTZ011

    op.create_table(
        "audit_entries",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=True),
        sa.Column("group_id", sa.Uuid(), nullable=True),
        sa.Column("session_id", sa.Uuid(), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["families.id"],
            name=op.f("fk_audit_entries_family_id_families"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entries")),
    )
    op.create_index("ix_audit_entries_family_id_at", "audit_entries", ["family_id", "at"])
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch rebuild would drop the families
    # table and cascade into members and marks.
    op.drop_table("settings")
    op.drop_index("ix_audit_entries_family_id_at", table_name="audit_entries")
    op.drop_table("audit_entries")
    op.drop_column("families", "created_on")
    op.drop_column("families", "erased_on")
    op.drop_column("sessions", "attendance_version")
    for table in VERSIONED:
        op.drop_column(table, "version")
