"""A PostgreSQL database's schema must be the one Ryhmät made for its revision.

Whoever owns a team database can add SQL that runs on the app's ordinary writes:
a trigger and the function it calls, a rule, a view, an event trigger that adds
triggers to tables as they are made. Before the app starts on a database, what
the catalog says of the app's schema — its tables, views and sequences, their
columns, indexes and constraints, the triggers that are not PostgreSQL's own
(``tgisinternal``), its functions, operators, rules and row-level policies, the
functions and operators of any other schema on the search path, and the
database's event triggers — is compared with the snapshot of the revision,
taken from the migrations on a real server (``schema_snapshot`` writes it).
Definitions are compared as ``sqlite_schema.normalized_sql`` reads them.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from sqlalchemy import Connection

from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.storage.locations import DatabaseError
from ryhmat.storage.sqlite_schema import REGENERATE, normalized_sql

SNAPSHOTS = Path(__file__).with_name("schema") / "postgresql"

# (what, which, its definition)
CatalogRow = tuple[str, str, str]

# What an unqualified name in the app's SQL can resolve to besides PostgreSQL's own:
# every schema on the search path. A function or operator of another schema there
# wins over the built-in one its arguments match less exactly ("lower(varchar)",
# "varchar = varchar"), so those are listed too, named with their schema.
_ON_SEARCH_PATH = "n.nspname = ANY (current_schemas(false)) AND n.nspname <> 'pg_catalog'"
_OTHER_SCHEMA_PREFIX = "CASE WHEN n.nspname = current_schema() THEN '' ELSE n.nspname || '.' END"

# Each query lists one kind of object of the current schema as (which, definition).
CATALOG = {
    "relation": """
        SELECT c.relname, c.relkind::text FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace
          AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
    """,
    "column": """
        SELECT c.relname || '.' || a.attname,
               concat_ws(' ', format_type(a.atttypid, a.atttypmod),
                         CASE WHEN a.attnotnull THEN 'not null' END,
                         'default ' || pg_get_expr(d.adbin, d.adrelid),
                         'generated ' || nullif(a.attgenerated::text, ''),
                         'identity ' || nullif(a.attidentity::text, ''),
                         -- Among the live columns: one dropped and added again (a
                         -- revision undone and done again) keeps a gap in attnum.
                         'position ' || (row_number() OVER (
                             PARTITION BY a.attrelid ORDER BY a.attnum))::text)
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
        WHERE c.relnamespace = current_schema()::regnamespace
          AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND a.attnum > 0 AND NOT a.attisdropped
    """,
    "index": """
        SELECT c.relname, pg_get_indexdef(c.oid) FROM pg_class c
        WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('i', 'I')
    """,
    "constraint": """
        SELECT t.relname || '.' || k.conname, pg_get_constraintdef(k.oid)
        FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid
        WHERE t.relnamespace = current_schema()::regnamespace
    """,
    "trigger": """
        SELECT c.relname || '.' || t.tgname,
               pg_get_triggerdef(t.oid) || ' enabled ' || t.tgenabled::text
        FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
        WHERE c.relnamespace = current_schema()::regnamespace AND NOT t.tgisinternal
    """,
    "function": f"""
        SELECT {_OTHER_SCHEMA_PREFIX}
               || p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',
               concat_ws(' ', pg_get_function_result(p.oid), l.lanname, p.prokind::text,
                         p.provolatile::text, p.prosecdef::text, p.proconfig::text, p.prosrc)
        FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
        JOIN pg_namespace n ON n.oid = p.pronamespace
        WHERE {_ON_SEARCH_PATH}
    """,
    "operator": f"""
        SELECT {_OTHER_SCHEMA_PREFIX} || o.oprname || '('
               || concat_ws(', ', format_type(nullif(o.oprleft, 0), NULL),
                            format_type(o.oprright, NULL)) || ')',
               o.oprcode::regprocedure::text
        FROM pg_operator o JOIN pg_namespace n ON n.oid = o.oprnamespace
        WHERE {_ON_SEARCH_PATH}
    """,
    "rule": """
        SELECT tablename || '.' || rulename, definition FROM pg_rules
        WHERE schemaname = current_schema()
    """,
    "policy": """
        SELECT tablename || '.' || policyname,
               concat_ws(' ', permissive, roles::text, cmd, qual, with_check)
        FROM pg_policies WHERE schemaname = current_schema()
    """,
    "row security": """
        SELECT relname, relrowsecurity::text || ' ' || relforcerowsecurity::text FROM pg_class
        WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p')
    """,
    "event trigger": """
        SELECT evtname, concat_ws(' ', evtevent, evtfoid::regproc::text, evtenabled::text,
                                  evttags::text)
        FROM pg_event_trigger
    """,
}


def read_catalog(connection: Connection) -> list[CatalogRow]:
    schema = str(connection.exec_driver_sql("SELECT current_schema()").scalar_one())
    # Definitions name the app's own schema ("ON public.sessions"): whichever it is.
    qualified = re.compile(rf"(?<![\w.\"]){re.escape(schema)}\.")
    rows = []
    for what, query in CATALOG.items():
        for which, definition in connection.exec_driver_sql(query):
            rows.append((what, str(which), qualified.sub("", str(definition))))
    return sorted(rows)


def check_postgresql_schema(connection: Connection, revisions: list[str], name: str) -> None:
    """Raise ``DatabaseError`` unless the schema is the app's for its one revision
    (none: a database the app has not made anything in yet)."""
    if len(revisions) > 1:
        raise made_outside_ryhmat(name)
    expected = expected_catalog(revisions[0]) if revisions else frozenset()
    if comparable(read_catalog(connection)) != expected:
        raise made_outside_ryhmat(name)


def comparable(rows: list[CatalogRow]) -> frozenset[tuple[str, str, tuple[str, ...]]]:
    return frozenset((what, which, normalized_sql(definition)) for what, which, definition in rows)


@cache
def expected_catalog(revision: str) -> frozenset[tuple[str, str, tuple[str, ...]]]:
    path = snapshot_path(revision)
    if not path.is_file():
        raise RuntimeError(f"No PostgreSQL schema snapshot of revision {revision}: {REGENERATE}")
    stored = json.loads(path.read_text(encoding="utf-8"))["objects"]
    return comparable([(what, which, definition) for what, which, definition in stored])


def snapshot_path(revision: str) -> Path:
    return SNAPSHOTS / f"{revision}.json"


def made_outside_ryhmat(name: str) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {name} holds triggers, functions, views or tables that Ryhmät "
            "did not make, so Ryhmät does not start on it. Ask the database's administrator "
            "to remove them.",
        ),
        name=name,
    )
