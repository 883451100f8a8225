"""An SQLite file's schema must be exactly the one Ryhmät made for its revision.

A database file can carry SQL of its own: triggers that fire on the app's ordinary
writes, views and generated columns that call functions, CHECK and DEFAULT
expressions. Before a file is used its schema (every row of ``sqlite_schema``:
tables, indexes, triggers, views) is compared with the snapshot of its revision,
taken from the migrations (``schema_snapshot`` writes them), and anything extra,
missing or altered is refused. Reading ``sqlite_schema`` runs nothing the file
defines; the revision is read only once its table is known to be the app's own.

The comparison reads the statement text as SQLite's tokenizer does: whitespace,
comments, the case of words and the quoting of names do not count; every other
token (the order of columns, a type, a default, a WHERE clause) does.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Collection, Iterable
from functools import cache
from pathlib import Path

from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.storage.locations import DatabaseError

SNAPSHOTS = Path(__file__).with_name("schema") / "sqlite"
REGENERATE = "python -m ryhmat.storage.schema_snapshot --write"
ALEMBIC_TABLE = "alembic_version"
FIRST_REVISION = "0001"
# Made by SQLite itself, by ANALYZE (which the app never runs, a person may): numbers
# for the query planner, no code. Accepted only with SQLite's own definition.
STATISTICS_TABLES = {
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}

# (type, name, table, statement): one row of sqlite_schema.
SchemaRow = tuple[str, str, str, str | None]
Schema = frozenset[tuple[str, str, str, tuple[str, ...] | None]]

_TOKEN = re.compile(
    r"""
    (?P<space>\s+|--[^\n]*|/\*.*?(?:\*/|\Z))
    | (?P<string>'(?:[^']|'')*')
    | (?P<blob>[xX]'[0-9A-Fa-f]*')
    | (?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
    | (?P<number>0[xX][0-9A-Fa-f]+|(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)
    | (?P<word>[A-Za-z_\x80-\U0010ffff][A-Za-z0-9_$\x80-\U0010ffff]*)
    | (?P<operator>\|\||<=|>=|<>|!=|==|<<|>>|->>|->|.)
    """,
    re.VERBOSE | re.DOTALL,
)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def read_schema_rows(connection: sqlite3.Connection) -> list[SchemaRow]:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_schema")
    return [(str(kind), str(name), str(table), sql) for kind, name, table, sql in rows]


def verified_revisions(
    connection: sqlite3.Connection, name: str, known: Collection[str]
) -> list[str] | None:
    """The revision of a file whose schema is exactly the app's; [] for an empty file.

    None when the file has tables but no ``alembic_version``: not a Ryhmät database at
    all. A revision not in ``known`` (a newer app's) is returned unchecked: the caller
    says so. Raises ``DatabaseError`` for any other schema.
    """
    rows = read_schema_rows(connection)
    if not rows:
        return []
    tables = {_fold(row[1]) for row in rows if row[0] == "table"}
    version_table = [row for row in rows if _fold(row[1]) == ALEMBIC_TABLE]
    if not version_table:
        if tables and not tables <= set(STATISTICS_TABLES):
            return None
        raise changed_outside_ryhmat(name)
    if schema_of(version_table) != _version_table_schema():
        raise changed_outside_ryhmat(name)
    revisions = [
        str(version)
        for (version,) in connection.execute(f"SELECT version_num FROM {ALEMBIC_TABLE}")
    ]
    if any(revision not in known for revision in revisions):
        return revisions
    if not revisions and tables == {ALEMBIC_TABLE}:
        return []
    if len(revisions) != 1:
        raise changed_outside_ryhmat(name)
    check_schema(rows, revisions[0], name)
    return revisions


def check_schema(rows: Iterable[SchemaRow], revision: str, name: str) -> None:
    """Raise ``DatabaseError`` unless ``rows`` are the schema of ``revision``."""
    rows = tuple(rows)
    if _already_verified(rows, revision):
        return
    expected = expected_schema(revision)
    actual = schema_of(row for row in rows if not _is_statistics(row))
    if actual != expected:
        raise changed_outside_ryhmat(name)
    _verified.add((rows, revision))


def schema_of(rows: Iterable[SchemaRow]) -> Schema:
    return frozenset(
        (kind, _fold(name), _fold(table), None if sql is None else normalized_sql(sql))
        for kind, name, table, sql in rows
    )


def normalized_sql(sql: str) -> tuple[str, ...]:
    """The statement's tokens with the differences that carry no meaning taken out."""
    tokens: list[str] = []
    for match in _TOKEN.finditer(sql):
        kind, text = match.lastgroup, match.group()
        if kind == "space":
            continue
        if kind == "quoted":
            text = _unquote(text)
        if kind in ("quoted", "word"):
            text = _fold(text)
        tokens.append(text)
    return tuple(tokens)


@cache
def expected_schema(revision: str) -> Schema:
    return schema_of(_snapshot_rows(revision))


def snapshot_path(revision: str) -> Path:
    return SNAPSHOTS / f"{revision}.json"


def changed_outside_ryhmat(name: str) -> DatabaseError:
    return DatabaseError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The database {name} has been changed outside Ryhmät: it holds tables, "
            "triggers or other parts that Ryhmät did not make. It was not opened, "
            "and it was not changed.",
        ),
        name=name,
    )


_verified: set[tuple[tuple[SchemaRow, ...], str]] = set()


def _already_verified(rows: tuple[SchemaRow, ...], revision: str) -> bool:
    # Every connection the app opens checks the schema: the same rows again cost a lookup.
    return (rows, revision) in _verified


def _snapshot_rows(revision: str) -> list[SchemaRow]:
    path = snapshot_path(revision)
    if not path.is_file():
        raise RuntimeError(f"No schema snapshot of revision {revision}: run {REGENERATE}")
    stored = json.loads(path.read_text(encoding="utf-8"))
    return [(kind, name, table, sql) for kind, name, table, sql in stored["objects"]]


@cache
def _version_table_schema() -> Schema:
    # The same in every revision: the first revision's is the one.
    rows = _snapshot_rows(FIRST_REVISION)
    return schema_of(row for row in rows if _fold(row[1]) == ALEMBIC_TABLE)


def _is_statistics(row: SchemaRow) -> bool:
    kind, name, _table, sql = row
    expected = STATISTICS_TABLES.get(_fold(name))
    return (
        kind == "table"
        and expected is not None
        and sql is not None
        and normalized_sql(sql) == normalized_sql(expected)
    )


def _unquote(text: str) -> str:
    if text[0] == "[":
        return text[1:-1]
    quote = text[0]
    return text[1:-1].replace(quote * 2, quote)


def _fold(text: str) -> str:
    # SQLite compares names ignoring the case of ASCII letters only.
    return text.translate(_ASCII_LOWER)
