"""Coordinators save the team's eves.

The eves no group of the team meets on are one row of ``settings`` (key
``skipped_eves``, ``domain/usecases/eves.py``), which only admins wrote on a team
database; yet coordinators plan the closures of every group, and the eves with them.
A row-level policy lets a coordinator add or change that one row, and no other setting
(the retention period stays the admins'); ``ryhmat team init`` grants the coordinators
INSERT and UPDATE on the table, which the policies then narrow (``storage/team_access.py``).

SQLite stays a one-person database: nothing changes there.

Revision ID: 0026
Revises: 0025
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0026"
down_revision: str | Sequence[str] | None = "0025"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "settings"
# The key is written out: a migration stays as it was when the app's names change.
EVES = "(SELECT ryhmat_role()) = 'coordinator' AND key = 'skipped_eves'"
# (policy, command, USING, WITH CHECK): permissive, so beside the admins' own policies.
POLICIES = (
    ("coordinators_eves_insert", "INSERT", None, EVES),
    ("coordinators_eves_update", "UPDATE", EVES, EVES),
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, command, using, check in POLICIES:
        clauses = f" USING ({using})" if using else ""
        clauses += f" WITH CHECK ({check})" if check else ""
        op.execute(f"CREATE POLICY {name} ON {TABLE} FOR {command}{clauses}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for name, _command, _using, _check in POLICIES:
        op.execute(f"DROP POLICY {name} ON {TABLE}")
