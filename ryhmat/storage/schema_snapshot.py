"""The SQLite schema of every revision, as the migrations make it: written with

    python -m ryhmat.storage.schema_snapshot --write

after adding or changing a migration (``--check`` says whether the stored snapshots
are current). A new database file is migrated one revision at a time and its
``sqlite_schema`` kept after each step in ``schema/sqlite/<revision>.json``, which
``sqlite_schema.check_schema`` compares every opened file with.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

from ryhmat.storage.sqlite_schema import SNAPSHOTS, SchemaRow, read_schema_rows, schema_of


def migrated_schemas() -> Iterator[tuple[str, list[SchemaRow]]]:
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


def stale_revisions() -> list[str]:
    """The revisions whose stored snapshot is missing or differs from the migrations'."""
    stale = []
    for revision, rows in migrated_schemas():
        path = SNAPSHOTS / f"{revision}.json"
        if not path.is_file() or schema_of(rows) != schema_of(_stored(path)):
            stale.append(revision)
    return stale


def write_snapshots() -> list[Path]:
    SNAPSHOTS.mkdir(parents=True, exist_ok=True)
    written = []
    for revision, rows in migrated_schemas():
        path = SNAPSHOTS / f"{revision}.json"
        document = {"revision": revision, "objects": [list(row) for row in rows]}
        path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", "utf-8")
        written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ryhmat.storage.schema_snapshot")
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--write", action="store_true", help="write every revision's snapshot")
    action.add_argument("--check", action="store_true", help="exit 1 if any snapshot is stale")
    args = parser.parse_args(argv)
    if args.write:
        for path in write_snapshots():
            print(path)
        return 0
    stale = stale_revisions()
    for revision in stale:
        print(f"stale or missing: {revision}", file=sys.stderr)
    return 1 if stale else 0


def _stored(path: Path) -> list[SchemaRow]:
    objects = json.loads(path.read_text(encoding="utf-8"))["objects"]
    return [(kind, name, table, sql) for kind, name, table, sql in objects]


def _order(row: SchemaRow) -> tuple[str, str]:
    return row[0], row[1]


if __name__ == "__main__":
    sys.exit(main())
