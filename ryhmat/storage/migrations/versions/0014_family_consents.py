"""What the law asks the forms to hold: the day a family was given the privacy notice
and its photo and contact permissions; and whom a group is for (the adult roles and
the children its sign-in sheets and named workbooks list).

Every existing family starts with no notice recorded and both permissions not
asked; every existing group lists everyone, as before. Adding columns with defaults
needs no table rebuild on SQLite.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | Sequence[str] | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PERMISSIONS = ("photo_permission", "contact_permission")
ALL_ROLES = "father,mother,other_guardian,grandparent"


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

    op.add_column(
        "groups",
        sa.Column("listed_roles", sa.String(length=200), server_default=ALL_ROLES, nullable=False),
    )
    op.add_column(
        "groups",
        sa.Column(
            "listed_children",
            sa.Enum(
                "all",
                "target_ages",
                "none",
                name="childrenlisted",
                native_enum=False,
                create_constraint=False,
                length=40,
            ),
            server_default="all",
            nullable=False,
        ),
    )


def downgrade() -> None:
    for column in ("listed_roles", "listed_children"):
        op.drop_column("groups", column)
    # SQLite (3.35+) drops a column in place when nothing indexes or constrains it.
    for column in (*PERMISSIONS, "privacy_notice_on"):
        op.drop_column("families", column)
