"""What the law asks a family's form to hold: the day the family was given the
privacy notice, and its photo and contact permissions.

Every existing family starts with no notice recorded and both permissions not
asked. Adding columns with defaults needs no table rebuild on SQLite.

Revision ID: 0014
Revises: 0011
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PERMISSIONS = ("photo_permission", "contact_permission")


def upgrade() -> None:
    op.add_column("families", sa.Column("privacy_notice_on", sa.Date(), nullable=True))
    for column in PERMISSIONS:
        op.add_column(
            "families",
            sa.Column(
                column,
                sa.Enum(
                    "not_asked",
                    "yes",
                    "no",
                    name="permission",
                    native_enum=False,
                    create_constraint=False,
                    length=40,
                ),
                server_default="not_asked",
                nullable=False,
            ),
        )


def downgrade() -> None:
    # SQLite (3.35+) drops a column in place when nothing indexes or constrains it.
    for column in (*PERMISSIONS, "privacy_notice_on"):
        op.drop_column("families", column)
