"""A family's names kept ready for searching: its name and its people's names.

Adding a guest at a session looks families up by any name as the leader types it.
Comparing names as ``comparable_name`` does (composition, case, invisible characters,
spaces) cannot be done the same way in SQLite's and PostgreSQL's SQL, so each family
row keeps its names already compared that way, one per line (``family_search_key``),
and a search is a LIKE over that one column: one pass over the families, never
their members, however many there are.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from ryhmat.storage.repositories.people import family_search_key

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

FAMILIES = sa.table(
    "families",
    sa.column("id", sa.Uuid()),
    sa.column("name", sa.String()),
    sa.column("search_key", sa.Text()),
)
MEMBERS = sa.table(
    "family_members",
    sa.column("family_id", sa.Uuid()),
    sa.column("position", sa.Integer()),
    sa.column("first_name", sa.String()),
    sa.column("last_name", sa.String()),
)


def upgrade() -> None:
    op.add_column("families", sa.Column("search_key", sa.Text(), nullable=False, server_default=""))
    bind = op.get_bind()
    names: dict[uuid.UUID, tuple[str, list[str]]] = {
        family_id: (name, [])
        for family_id, name in bind.execute(sa.select(FAMILIES.c.id, FAMILIES.c.name))
    }
    people = sa.select(MEMBERS.c.family_id, MEMBERS.c.first_name, MEMBERS.c.last_name).order_by(
        MEMBERS.c.family_id, MEMBERS.c.position
    )
    for family_id, first_name, last_name in bind.execute(people):
        if family_id in names:
            names[family_id][1].append(f"{first_name} {last_name}")
    keys = [
        {"family": family_id, "key": family_search_key(name, members)}
        for family_id, (name, members) in names.items()
    ]
    if keys:
        bind.execute(
            sa.update(FAMILIES)
            .where(FAMILIES.c.id == sa.bindparam("family"))
            .values(search_key=sa.bindparam("key")),
            keys,
        )


def downgrade() -> None:
    # Plain DROP COLUMN (SQLite 3.35+): a batch rebuild would drop the families
    # table and cascade into members and marks.
    op.drop_column("families", "search_key")
