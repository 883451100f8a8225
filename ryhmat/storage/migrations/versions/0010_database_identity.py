"""Each database knows itself, and remembers whom it erased.

A random database id in the shared settings tells the app's backups of one
database from another's (two databases in one folder, a file renamed to look
like another's backup). A copy of the file keeps the id: it is a copy of the
same data, and what was erased in one must be erased in the other.

The erasure log keeps the id and day of every erased family, so that a family
erased on request after a backup was taken is erased again when that backup is
restored. Families erased before this revision are logged from their rows.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | Sequence[str] | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DATABASE_ID_SETTING = "database_id"
SETTINGS = sa.table("settings", sa.column("key", sa.String()), sa.column("value", sa.Text()))
FAMILIES = sa.table("families", sa.column("id", sa.Uuid()), sa.column("erased_on", sa.Date()))


def upgrade() -> None:
    erasures = op.create_table(
        "erasures",
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("erased_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("family_id", name=op.f("pk_erasures")),
    )
    op.execute(
        sa.insert(erasures).from_select(
            ["family_id", "erased_on"],
            sa.select(FAMILIES.c.id, FAMILIES.c.erased_on).where(FAMILIES.c.erased_on.is_not(None)),
        )
    )
    op.execute(sa.delete(SETTINGS).where(SETTINGS.c.key == DATABASE_ID_SETTING))
    op.execute(sa.insert(SETTINGS).values(key=DATABASE_ID_SETTING, value=uuid.uuid4().hex))


def downgrade() -> None:
    op.execute(sa.delete(SETTINGS).where(SETTINGS.c.key == DATABASE_ID_SETTING))
    op.drop_table("erasures")
