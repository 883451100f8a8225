"""The usage log: who read which families' personal data, when and why.

Append-only on both databases: triggers refuse to change an entry and to delete one
before the log's retention period (the setting ``usage_log_retention_years``, off
until someone sets it) has passed. On PostgreSQL no role but the owner holds a
privilege on the table until the team's grants give one, TRUNCATE is refused as well,
and the actor is the connected role, whatever the app wrote.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | Sequence[str] | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_TRIGGERS = (
    """CREATE TRIGGER usage_log_unchanged BEFORE UPDATE ON usage_log
    BEGIN
        SELECT RAISE(ABORT, 'the usage log cannot be changed');
    END""",
    """CREATE TRIGGER usage_log_kept BEFORE DELETE ON usage_log
    WHEN NOT EXISTS (
        SELECT 1 FROM settings
        WHERE key = 'usage_log_retention_years' AND value <> ''
        AND OLD.at < datetime('now', '-' || value || ' years')
    )
    BEGIN
        SELECT RAISE(ABORT, 'the usage log keeps its entries for its retention period');
    END""",
)

POSTGRESQL_FUNCTIONS = (
    # SECURITY INVOKER (the default): current_user is the role that inserts.
    """CREATE FUNCTION usage_log_stamp() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        NEW.actor := current_user;
        RETURN NEW;
    END
    $$""",
    """CREATE FUNCTION usage_log_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' AND EXISTS (
            SELECT 1 FROM settings
            WHERE key = 'usage_log_retention_years' AND value <> ''
            AND OLD.at < now() - make_interval(years => value::integer)
        ) THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'the usage log is append-only' USING ERRCODE = 'insufficient_privilege';
    END
    $$""",
)

POSTGRESQL_TRIGGERS = (
    """CREATE TRIGGER usage_log_stamp BEFORE INSERT ON usage_log
    FOR EACH ROW EXECUTE FUNCTION usage_log_stamp()""",
    """CREATE TRIGGER usage_log_unchanged BEFORE UPDATE OR DELETE ON usage_log
    FOR EACH ROW EXECUTE FUNCTION usage_log_refuse()""",
    """CREATE TRIGGER usage_log_not_truncated BEFORE TRUNCATE ON usage_log
    FOR EACH STATEMENT EXECUTE FUNCTION usage_log_refuse()""",
)

# On a team database (revision 0012) everyone's reads are written and an admin alone
# reads the log and deletes what is past its period (storage/team_access.py).
POSTGRESQL_POLICIES = (
    "ALTER TABLE usage_log ENABLE ROW LEVEL SECURITY",
    "CREATE POLICY usage_log_written ON usage_log FOR INSERT WITH CHECK (true)",
    "CREATE POLICY usage_log_read ON usage_log FOR SELECT USING (ryhmat_role() = 'admin')",
    "CREATE POLICY usage_log_deleted ON usage_log FOR DELETE USING (ryhmat_role() = 'admin')",
)


def upgrade() -> None:
    op.create_table(
        "usage_log",
        sa.Column("event_id", sa.Uuid(), nullable=False),
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.PrimaryKeyConstraint("event_id", "family_id", name=op.f("pk_usage_log")),
    )
    op.create_index("ix_usage_log_family_id_at", "usage_log", ["family_id", "at"])
    op.create_index("ix_usage_log_actor_at", "usage_log", ["actor", "at"])
    op.create_index("ix_usage_log_at", "usage_log", ["at"])
    if op.get_bind().dialect.name == "sqlite":
        for trigger in SQLITE_TRIGGERS:
            op.execute(trigger)
        return
    for statement in (*POSTGRESQL_FUNCTIONS, *POSTGRESQL_TRIGGERS, *POSTGRESQL_POLICIES):
        op.execute(statement)
    op.execute("REVOKE ALL ON usage_log FROM PUBLIC")


def downgrade() -> None:
    # Dropping the table drops its triggers on both databases.
    op.drop_table("usage_log")
    if op.get_bind().dialect.name != "sqlite":
        op.execute("DROP FUNCTION usage_log_refuse()")
        op.execute("DROP FUNCTION usage_log_stamp()")
