"""The schema of every revision, as the migrations make it, on SQLite and PostgreSQL:

    python -m ryhmat.storage.schema_snapshot --write

after adding or changing a migration, from the project's folder (``--check`` says
whether the stored snapshots are current). A new database is migrated one revision
at a time and its schema kept after each step: SQLite's ``sqlite_schema`` in
``schema/sqlite/<revision>.json``, PostgreSQL's catalog in
``schema/postgresql/<revision>.json``. Every database the app opens is compared
with them (``sqlite_schema``, ``postgresql_schema``). PostgreSQL's comes from the
server named by ``RYHMAT_TEST_POSTGRESQL_URL`` (a user who may create databases),
else from a throwaway server started as the tests start theirs.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import sys
import tempfile
import uuid
from collections.abc import Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import make_url

from ryhmat.storage import postgresql_schema, sqlite_schema
from ryhmat.storage.sqlite_schema import SchemaRow, read_schema_rows, schema_of

POSTGRESQL_URL_VARIABLE = "RYHMAT_TEST_POSTGRESQL_URL"


def migrated_sqlite_schemas() -> Iterator[tuple[str, list[SchemaRow]]]:
    """Each revision, oldest first, with the schema the migrations give a new file."""
    from ryhmat.storage.database import create_database_engine, known_revisions, upgrade_to
    from ryhmat.storage.locations import sqlite_file_url

    with tempfile.TemporaryDirectory(prefix="ryhmat-schema-") as folder:
        path = Path(folder) / "schema.sqlite3"
        engine = create_database_engine(sqlite_file_url(path))
        try:
            for revision in known_revisions():
                upgrade_to(engine, revision)
                with closing(sqlite3.connect(path)) as connection:
                    yield revision, sorted(read_schema_rows(connection), key=_order)
        finally:
            engine.dispose()


def migrated_postgresql_catalogs(
    server_url: str,
) -> Iterator[tuple[str, list[postgresql_schema.CatalogRow]]]:
    """Each revision, oldest first, with the catalog the migrations give a new database."""
    from ryhmat.storage.database import create_database_engine, known_revisions, upgrade_to

    with _new_postgresql_database(server_url) as url:
        engine = create_database_engine(url)
        try:
            for revision in known_revisions():
                upgrade_to(engine, revision)
                with engine.connect() as connection:
                    yield revision, postgresql_schema.read_catalog(connection)
        finally:
            engine.dispose()


def stale_revisions(postgresql_url: str | None = None) -> list[str]:
    """The snapshots missing or differing from the migrations': "sqlite 0009", ...

    PostgreSQL's are checked when a server is given."""
    stale = [
        f"sqlite {revision}"
        for revision, rows in migrated_sqlite_schemas()
        if not _current(sqlite_schema.snapshot_path(revision), schema_of(rows), schema_of)
    ]
    if postgresql_url is not None:
        stale += [
            f"postgresql {revision}"
            for revision, rows in migrated_postgresql_catalogs(postgresql_url)
            if not _current(
                postgresql_schema.snapshot_path(revision),
                postgresql_schema.comparable(rows),
                postgresql_schema.comparable,
            )
        ]
    return stale


def write_snapshots(postgresql_url: str) -> list[Path]:
    written = [
        _write(sqlite_schema.snapshot_path(r), r, rows) for r, rows in migrated_sqlite_schemas()
    ]
    written += [
        _write(postgresql_schema.snapshot_path(r), r, rows)
        for r, rows in migrated_postgresql_catalogs(postgresql_url)
    ]
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ryhmat.storage.schema_snapshot")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", action="store_true", help="write every revision's snapshot")
    action.add_argument("--check", action="store_true", help="exit 1 if any snapshot is stale")
    args = parser.parse_args(argv)
    with _postgresql_server() as server_url:
        if args.write:
            for path in write_snapshots(server_url):
                print(path)
            return 0
        stale = stale_revisions(server_url)
    for name in stale:
        print(f"stale or missing: {name}", file=sys.stderr)
    return 1 if stale else 0


@contextmanager
def _postgresql_server() -> Iterator[str]:
    existing = os.environ.get(POSTGRESQL_URL_VARIABLE)
    if existing:
        yield existing
        return
    # The tests' throwaway server: this command is run from the project's folder.
    sys.path.insert(0, os.getcwd())
    from tests.postgres_server import running_postgresql_server

    with running_postgresql_server() as server:
        yield server.url()


@contextmanager
def _new_postgresql_database(server_url: str) -> Iterator[str]:
    from ryhmat.storage.database import create_database_engine

    name = f"ryhmat_schema_{uuid.uuid4().hex[:12]}"
    admin = create_database_engine(server_url).execution_options(isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"CREATE DATABASE {name} TEMPLATE template0")
        try:
            yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as connection:
                connection.exec_driver_sql(f"DROP DATABASE {name} WITH (FORCE)")
    finally:
        admin.dispose()


def _current(path: Path, migrated: Any, comparable: Any) -> bool:
    return path.is_file() and comparable(_stored(path)) == migrated


def _write(path: Path, revision: str, rows: Sequence[tuple[Any, ...]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    document = {"revision": revision, "objects": [list(row) for row in rows]}
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", "utf-8")
    return path


def _stored(path: Path) -> list[Any]:
    return [tuple(row) for row in json.loads(path.read_text(encoding="utf-8"))["objects"]]


def _order(row: SchemaRow) -> tuple[str, str]:
    return row[0], row[1]


if __name__ == "__main__":
    sys.exit(main())
