"""Covering indexes for the statistics' look-back over a family's earlier marks.

"New families" asks, for every family seen in the period, which groups it
visited before: from its members to their marks to the marks' sessions. These
indexes answer each step without reading the wide table rows.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0005"
down_revision: str | Sequence[str] | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_attendance_member_id_mark_session_id", "attendance", ["member_id", "mark", "session_id"]
    )
    op.create_index(
        "ix_sessions_id_status_day_group_id", "sessions", ["id", "status", "day", "group_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_sessions_id_status_day_group_id", table_name="sessions")
    op.drop_index("ix_attendance_member_id_mark_session_id", table_name="attendance")
