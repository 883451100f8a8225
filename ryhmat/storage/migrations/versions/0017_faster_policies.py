"""A team database's policies cost little more than no policies at all.

Measured on the municipality demo (ten years, 8 300 families, 400 000 marks) before
this revision: a leader waited 2 s for an attendance view the database's owner gets in
20 ms, and an admin's statistics of a year took 2.7 s instead of 0.6 s. Two causes:

- A policy that calls ``ryhmat_role()`` (SECURITY DEFINER, so never inlined) ran it
  again for every row it looked at. Here every policy asks it once per statement: as
  ``(SELECT ryhmat_role())``, which PostgreSQL computes once (an InitPlan).
- The families a person may see were found by walking every mark of every session of
  their groups, for each statement that reads a family. The groups each family has
  come to are now kept in ``family_groups_attended``, which triggers on the marks, on
  the members (a merge moves people between families) and on the sessions keep in step,
  statement by statement; ``ryhmat_visible_families()`` reads that instead.

The table is for the policies alone: row-level security is on and no role is granted
it, so only the owner's functions read and write it. What each person may see is
exactly what it was; only the cost changed.

SQLite stays a one-person database: nothing changes there.

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

revision: str = "0017"
down_revision: str | Sequence[str] | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ATTENDED = "family_groups_attended"
VISIBLE_FAMILIES = "ryhmat_visible_families()"
BEFORE_AND_AFTER = "OLD TABLE AS before NEW TABLE AS after"


def _pairs(rows: str, s: str) -> str:
    """Every (family, group) that the attendance rows ``rows`` (a transition table) name."""
    return f"""
        SELECT DISTINCT m.family_id, e.group_id FROM {rows} r
        JOIN {s}.family_members m ON m.id = r.member_id
        JOIN {s}.sessions e ON e.id = r.session_id"""


def _note(pairs: str, s: str) -> str:
    return f"INSERT INTO {s}.{ATTENDED} {pairs} ON CONFLICT DO NOTHING;"


def _forget(pairs: str, s: str) -> str:
    """The pairs of ``pairs`` that no mark holds any more are dropped."""
    return f"""
        DELETE FROM {s}.{ATTENDED} f USING ({pairs}) gone
        WHERE f.family_id = gone.family_id AND f.group_id = gone.group_id
          AND NOT EXISTS (
            SELECT FROM {s}.attendance a
            JOIN {s}.family_members m ON m.id = a.member_id
            JOIN {s}.sessions e ON e.id = a.session_id
            WHERE m.family_id = f.family_id AND e.group_id = f.group_id);"""


def _members_moved(s: str) -> str:
    """A member moved to another family (a merge): the groups the member came to are the
    new family's too, and the old family keeps only those its other members came to."""
    moved = """
        SELECT DISTINCT {side}.family_id, e.group_id FROM before b
        JOIN after n ON n.id = b.id
        JOIN {s}.attendance a ON a.member_id = b.id
        JOIN {s}.sessions e ON e.id = a.session_id
        WHERE b.family_id <> n.family_id"""
    return _note(moved.format(side="n", s=s), s) + _forget(moved.format(side="b", s=s), s)


def _sessions_moved(s: str) -> str:
    """A session moved to another group: its marks' families came to the new group."""
    moved = """
        SELECT DISTINCT m.family_id, {side}.group_id FROM before b
        JOIN after n ON n.id = b.id
        JOIN {s}.attendance a ON a.session_id = b.id
        JOIN {s}.family_members m ON m.id = a.member_id
        WHERE b.group_id <> n.group_id"""
    return _note(moved.format(side="n", s=s), s) + _forget(moved.format(side="b", s=s), s)


def _triggers(s: str) -> dict[str, tuple[str, str, str, str]]:
    """trigger -> (table, event, transition tables, body). Statement by statement, so
    a whole session's marks (or the demo's hundreds of thousands) cost one pass."""
    return {
        "ryhmat_marks_added": (
            "attendance",
            "INSERT",
            "NEW TABLE AS added",
            _note(_pairs("added", s), s),
        ),
        "ryhmat_marks_changed": (
            "attendance",
            "UPDATE",
            BEFORE_AND_AFTER,
            _note(_pairs("after", s), s) + _forget(_pairs("before", s), s),
        ),
        "ryhmat_marks_removed": (
            "attendance",
            "DELETE",
            "OLD TABLE AS removed",
            _forget(_pairs("removed", s), s),
        ),
        "ryhmat_members_moved": ("family_members", "UPDATE", BEFORE_AND_AFTER, _members_moved(s)),
        "ryhmat_sessions_moved": ("sessions", "UPDATE", BEFORE_AND_AFTER, _sessions_moved(s)),
    }


def _revision(file_name: str) -> ModuleType:
    """An earlier revision, whose policies and helper function this one makes cheaper."""
    path = Path(__file__).with_name(file_name)
    spec = importlib.util.spec_from_file_location(f"ryhmat_migration_{path.stem}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _team_roles() -> ModuleType:
    return _revision("0012_team_roles.py")


def _policies() -> list[tuple[str, str, str | None, str | None]]:
    """(table, policy, USING, WITH CHECK) of every policy 0012 and 0016 made."""
    policies = [
        (table, f"{name}_{command.lower()}", using, check)
        for table, table_policies in _team_roles()._policies().items()
        for name, command, using, check in table_policies
    ]
    volunteers = _revision("0016_volunteer_access.py")
    policies.append(("sessions", "volunteers_hold_update", *volunteers.hold_clauses()))
    return policies


def once(expression: str) -> str:
    """``expression`` with the person's role asked once per statement, not per row."""
    return expression.replace("ryhmat_role()", "(SELECT ryhmat_role())")


def as_it_was(expression: str) -> str:
    return expression


def _create_trigger(name: str, table: str, event: str, transitions: str, body: str) -> None:
    op.execute(
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        f"SET search_path = pg_catalog, pg_temp AS $$ BEGIN {body} RETURN NULL; END $$"
    )
    op.execute(f"REVOKE ALL ON FUNCTION {name}() FROM PUBLIC")
    op.execute(
        f"CREATE TRIGGER {name} AFTER {event} ON {table} REFERENCING {transitions} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {name}()"
    )


def _visible_families(s: str) -> str:
    return f"""
        SELECT n.family_id FROM {s}.enrolments n
        WHERE n.group_id IN (SELECT {s}.ryhmat_family_groups())
        UNION
        SELECT f.family_id FROM {s}.family_groups_attended f
        WHERE f.group_id IN (SELECT {s}.ryhmat_family_groups())"""


def _replace_function(signature: str, returns: str, body: str) -> None:
    op.execute(
        f"CREATE OR REPLACE FUNCTION {signature} RETURNS {returns} "
        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp "
        f"AS $$ {body} $$"
    )


def _alter_policies(change: Callable[[str], str]) -> None:
    for table, policy, using, check in _policies():
        clauses = "" if using is None else f" USING ({change(using)})"
        clauses += "" if check is None else f" WITH CHECK ({change(check)})"
        op.execute(f"ALTER POLICY {policy} ON {table}{clauses}")


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
    op.create_table(
        ATTENDED,
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["families.id"],
            name=op.f("fk_family_groups_attended_family_id_families"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_family_groups_attended_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("family_id", "group_id", name=op.f("pk_family_groups_attended")),
    )
    op.create_index(op.f("ix_family_groups_attended_group_id"), ATTENDED, ["group_id"])
    op.execute(f"ALTER TABLE {ATTENDED} ENABLE ROW LEVEL SECURITY")
    op.execute(
        f"INSERT INTO {ATTENDED} SELECT DISTINCT m.family_id, e.group_id FROM attendance a "
        "JOIN family_members m ON m.id = a.member_id JOIN sessions e ON e.id = a.session_id"
    )
    for name, (table, event, transitions, body) in _triggers(schema).items():
        _create_trigger(name, table, event, transitions, body)
    _replace_function(VISIBLE_FAMILIES, "SETOF uuid", _visible_families(schema))
    _alter_policies(once)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
    _alter_policies(as_it_was)
    before = _team_roles()._bodies(schema)[VISIBLE_FAMILIES]
    _replace_function(VISIBLE_FAMILIES, "SETOF uuid", before)
    for name, (table, _event, _transitions, _body) in _triggers(schema).items():
        op.execute(f"DROP TRIGGER {name} ON {table}")
        op.execute(f"DROP FUNCTION {name}()")
    op.drop_index(op.f("ix_family_groups_attended_group_id"), table_name=ATTENDED)
    op.drop_table(ATTENDED)
