"""A database file that carries SQL someone else wrote is never used.

Each case takes a real Ryhmät database (made by ``ryhmat demo``), adds to it what
an attacker would with the sqlite3 module — a trigger that copies every family's
name, phone and notes into the sessions' public themes on the next enrolment, one
that keeps erased families in a hidden table, one that empties the audit trail,
and their neighbours — and hands it to the app's real entry points: opening,
the command line (a real process), restoring and checking a backup, upgrading an
old file. Each is refused with one message, and the file is left as it was.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import closing
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from ryhmat.cli.main import main
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.groups import list_groups
from ryhmat.storage.backup import check_backup, restore_sqlite
from ryhmat.storage.database import (
    DatabaseError,
    create_database_engine,
    known_revisions,
    open_database,
    upgrade_to,
)
from ryhmat.storage.locations import sqlite_file_url
from tests.integration.storage.test_wrong_files import SIDE_SUFFIXES, refuse, snapshot

CHANGED = "has been changed outside Ryhmät"
TODAY = "2026-11-23"

LEAK_INTO_THEMES = """
    CREATE TRIGGER enrolment_note AFTER INSERT ON enrolments BEGIN
        UPDATE sessions SET theme = (
            SELECT group_concat(name || ' ' || phone || ' ' || notes, '; ') FROM families
        );
    END
"""
KEEP_ERASED = """
    CREATE TABLE families_archive (name, phone, notes);
    CREATE TRIGGER families_keep BEFORE UPDATE OF name ON families BEGIN
        INSERT INTO families_archive VALUES (OLD.name, OLD.phone, OLD.notes);
    END
"""
EMPTY_AUDIT = """
    CREATE TRIGGER audit_forget AFTER INSERT ON audit_entries BEGIN
        DELETE FROM audit_entries;
    END
"""
ATTACKS = {
    "a trigger leaking families into public themes": LEAK_INTO_THEMES,
    "a trigger keeping erased families": KEEP_ERASED,
    "a trigger emptying the audit trail": EMPTY_AUDIT,
}
ADDITIONS = {
    **ATTACKS,
    "a view that calls a function": (
        "CREATE VIEW families_view AS SELECT random(), name FROM families"
    ),
    "a partial index": "CREATE INDEX ix_families_phone ON families (phone) WHERE notes <> ''",
    "an expression index": "CREATE INDEX ix_families_lower ON families (lower(name))",
    "a table named like a shadow table": "CREATE TABLE families_content (c0)",
    "a virtual table": "CREATE VIRTUAL TABLE families_search USING fts5(name)",
    "a table with AUTOINCREMENT (and so sqlite_sequence)": (
        "CREATE TABLE counter (id INTEGER PRIMARY KEY AUTOINCREMENT)"
    ),
    "a trigger on a view": """
        CREATE VIEW names AS SELECT name FROM families;
        CREATE TRIGGER names_insert INSTEAD OF INSERT ON names BEGIN SELECT 1; END
    """,
    "a dropped index": "DROP INDEX ix_sessions_day",
    "a dropped trigger of the app": "DROP TRIGGER sessions_day_to_attendance",
    "an index made again unique": (
        "DROP INDEX ix_sessions_day; CREATE UNIQUE INDEX ix_sessions_day ON sessions (day, id)"
    ),
    "a column added": "ALTER TABLE families ADD COLUMN secret TEXT DEFAULT 'x'",
}

# Changes of an existing object's statement, as PRAGMA writable_schema allows.
ALTERATIONS: dict[str, tuple[str, Callable[[str], str]]] = {
    "a DEFAULT expression": (
        "families",
        lambda sql: sql.replace("notes TEXT NOT NULL", "notes TEXT NOT NULL DEFAULT (random())"),
    ),
    "a CHECK constraint": (
        "families",
        lambda sql: sql.replace("PRIMARY KEY (id)", "PRIMARY KEY (id), CHECK (length(name) < 50)"),
    ),
    "a generated column": (
        "families",
        lambda sql: sql.replace(
            "search_key TEXT DEFAULT '' NOT NULL",
            "search_key TEXT GENERATED ALWAYS AS (name || phone) VIRTUAL",
        ),
    ),
    "WITHOUT ROWID": ("places", lambda sql: sql + " WITHOUT ROWID"),
    "a column's type": ("families", lambda sql: sql.replace("VARCHAR(50)", "VARCHAR(51)")),
    "a column's NOT NULL": (
        "families",
        lambda sql: sql.replace("phone VARCHAR(50) NOT NULL", "phone VARCHAR(50)"),
    ),
    "an index's WHERE": (
        "ix_sessions_day",
        lambda sql: sql + " WHERE status = 'planned'",
    ),
    "an index's columns": ("ix_sessions_day", lambda sql: sql.replace("(day)", "(day, theme)")),
    "the body of the app's trigger": (
        "sessions_day_to_attendance",
        lambda sql: sql.replace(
            "WHERE session_id = NEW.id;",
            "WHERE session_id = NEW.id; UPDATE families SET notes = '';",
        ),
    ),
    "a foreign key's action": (
        "enrolments",
        lambda sql: sql.replace(
            "REFERENCES families (id) ON DELETE CASCADE", "REFERENCES families (id)"
        ),
    ),
}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real database, as `ryhmat demo` makes it."""
    path = tmp_path_factory.mktemp("demo") / "ryhmat.sqlite3"
    argv = ["--database", sqlite_file_url(path), "demo", "--scale", "small", "--today", TODAY]
    assert main(argv) == 0
    return path


@pytest.fixture
def database_file(demo_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ryhmat.sqlite3"
    shutil.copy(demo_file, copy)
    return copy


def tamper(path: Path, script: str) -> None:
    """What anyone with the sqlite3 module can do to a file they hand over."""
    with closing(sqlite3.connect(path)) as connection:
        connection.executescript(script)
    assert not [s for s in SIDE_SUFFIXES if path.with_name(path.name + s).exists()]


def rewrite(path: Path, name: str, change: Callable[[str], str]) -> None:
    """Change the statement SQLite keeps for ``name``, as PRAGMA writable_schema allows."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA writable_schema=ON")
        (sql,) = connection.execute(
            "SELECT sql FROM sqlite_schema WHERE name = ?", (name,)
        ).fetchone()
        altered = change(sql)
        assert altered != sql
        connection.execute("UPDATE sqlite_schema SET sql = ? WHERE name = ?", (altered, name))
        (version,) = connection.execute("PRAGMA schema_version").fetchone()
        connection.execute(f"PRAGMA schema_version = {version + 1}")
        connection.commit()


def themes(path: Path) -> set[str]:
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro&immutable=1", uri=True)) as connection:
        return {theme for (theme,) in connection.execute("SELECT theme FROM sessions")}


# -- opening ----------------------------------------------------------------------------


@pytest.mark.parametrize("script", ADDITIONS.values(), ids=ADDITIONS.keys())
def test_a_file_with_sql_added_is_refused_untouched(database_file: Path, script: str) -> None:
    tamper(database_file, script)
    refuse(database_file, CHANGED)


@pytest.mark.parametrize(("name", "change"), ALTERATIONS.values(), ids=ALTERATIONS.keys())
def test_a_file_with_a_statement_altered_is_refused_untouched(
    database_file: Path, name: str, change: Callable[[str], str]
) -> None:
    rewrite(database_file, name, change)
    refuse(database_file, CHANGED)


def test_the_message_names_no_sql_and_no_family(database_file: Path) -> None:
    tamper(database_file, LEAK_INTO_THEMES)
    message = str(refuse(database_file, CHANGED))
    assert "CREATE" not in message.upper()
    assert "enrolment_note" not in message
    with closing(sqlite3.connect(f"{database_file.as_uri()}?immutable=1", uri=True)) as connection:
        for name, phone in connection.execute("SELECT name, phone FROM families"):
            assert name not in message
            assert not phone or phone not in message
    assert message.count(str(database_file)) == 1


def test_cosmetic_differences_of_the_statements_are_accepted(database_file: Path) -> None:
    """Whitespace, comments, the case of words and quoting carry no meaning."""
    rewrite(
        database_file,
        "sessions",
        lambda sql: (
            sql.replace("\n\t", "  ")
            .replace("CREATE TABLE sessions", 'create table "sessions" /* kept */')
            .replace("NOT NULL", "not  null")
            .replace("group_id CHAR(32)", "[group_id] char(32)")
        ),
    )
    with open_database(sqlite_file_url(database_file)) as database, database.unit_of_work() as uow:
        assert list_groups(uow)


def test_statistics_of_analyze_are_accepted(database_file: Path) -> None:
    """ANALYZE (a person's sqlite3, a database tool) adds numbers for the planner, no code."""
    tamper(database_file, "ANALYZE")
    with open_database(sqlite_file_url(database_file)) as database, database.unit_of_work() as uow:
        assert list_groups(uow)


@pytest.mark.parametrize("revision", known_revisions())
def test_a_file_made_by_each_revision_the_apps_way_opens(tmp_path: Path, revision: str) -> None:
    path = tmp_path / f"at-{revision}.sqlite3"
    engine = create_database_engine(sqlite_file_url(path))
    try:
        upgrade_to(engine, revision)
    finally:
        engine.dispose()
    with open_database(sqlite_file_url(path)) as database, database.unit_of_work() as uow:
        assert list_groups(uow) == []


def test_an_old_file_with_a_trigger_is_not_copied_aside_nor_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    engine = create_database_engine(sqlite_file_url(path))
    try:
        upgrade_to(engine, "0005")
    finally:
        engine.dispose()
    tamper(path, EMPTY_AUDIT)
    refuse(path, CHANGED)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.sqlite3"]


def test_a_file_changed_after_opening_is_refused_on_the_next_connection(
    database_file: Path,
) -> None:
    """Another process adds a trigger after the checks: every new connection checks again."""
    database = open_database(sqlite_file_url(database_file))
    try:
        with database.unit_of_work() as uow:
            assert list_groups(uow)
        database.engine.dispose()  # the pool's connections go; the next one is new
        connect = f"sqlite3.connect({str(database_file)!r})"
        another_process = f"import sqlite3; {connect}.executescript({EMPTY_AUDIT!r})"
        subprocess.run([sys.executable, "-c", another_process], check=True)
        with pytest.raises(DatabaseError, match=CHANGED), database.unit_of_work() as uow:
            list_groups(uow)
    finally:
        database.dispose()


def test_a_trigger_added_between_the_checks_and_the_first_connection_is_refused(
    database_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process changes the file right after the read-only checks passed."""
    from ryhmat.storage import database as storage_database

    checks = storage_database._inspect_sqlite_file

    def checks_then_another_process_writes(path: Path) -> list[str]:
        revisions = checks(path)
        connect = f"sqlite3.connect({str(path)!r})"
        another_process = f"import sqlite3; {connect}.executescript({LEAK_INTO_THEMES!r})"
        subprocess.run([sys.executable, "-c", another_process], check=True)
        return revisions

    monkeypatch.setattr(
        storage_database, "_inspect_sqlite_file", checks_then_another_process_writes
    )
    themes_before = themes(database_file)
    database = open_database(sqlite_file_url(database_file))
    try:
        with pytest.raises(DatabaseError, match=CHANGED), database.unit_of_work() as uow:
            list_groups(uow)
    finally:
        database.dispose()
    assert themes(database_file) == themes_before


# -- the command line, a real process ----------------------------------------------------


def ryhmat(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).with_name("ryhmat")), *argv]
    environment = {**os.environ, "RYHMAT_LANGUAGE": "en", **(env or {})}
    return subprocess.run(command, capture_output=True, text=True, env=environment, check=False)


def test_the_command_line_refuses_the_file_and_the_trigger_never_fires(database_file: Path) -> None:
    tamper(database_file, LEAK_INTO_THEMES)
    before = snapshot(database_file)
    themes_before = themes(database_file)
    group = "Vauvaryhmä Pikkuiset"
    done = ryhmat("--database", sqlite_file_url(database_file), "sessions", "--group", group)
    assert done.returncode == 2
    assert done.stdout == ""
    assert CHANGED in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert snapshot(database_file) == before
    assert themes(database_file) == themes_before


def test_the_environment_variable_is_checked_the_same_way(database_file: Path) -> None:
    tamper(database_file, KEEP_ERASED)
    before = snapshot(database_file)
    done = ryhmat("groups", env={"RYHMAT_DATABASE_URL": sqlite_file_url(database_file)})
    assert (done.returncode, CHANGED in done.stderr) == (2, True)
    assert snapshot(database_file) == before


def test_demo_data_is_not_loaded_into_a_file_with_a_trigger(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    open_database(sqlite_file_url(path)).dispose()
    tamper(path, EMPTY_AUDIT)
    before = snapshot(path)
    done = ryhmat("--database", sqlite_file_url(path), "demo", "--scale", "small")
    assert (done.returncode, CHANGED in done.stderr) == (2, True)
    assert snapshot(path) == before


# -- backups -----------------------------------------------------------------------------


@pytest.fixture
def crafted_backup(demo_file: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "received"
    folder.mkdir()
    backup = folder / "ryhmat-backup-20261120-120000.sqlite3"
    shutil.copy(demo_file, backup)
    tamper(backup, LEAK_INTO_THEMES)
    return backup


def test_checking_a_crafted_backup_refuses_it_untouched(
    database_file: Path, crafted_backup: Path
) -> None:
    before = snapshot(crafted_backup)
    with (
        open_database(sqlite_file_url(database_file)) as database,
        pytest.raises(DatabaseError, match=CHANGED) as raised,
    ):
        check_backup(database.engine, crafted_backup)
    assert str(crafted_backup) in str(raised.value)
    assert snapshot(crafted_backup) == before


def test_restoring_a_crafted_backup_changes_nothing(
    database_file: Path, crafted_backup: Path
) -> None:
    with open_database(sqlite_file_url(database_file)) as database:
        with database.engine.begin() as connection:
            connection.execute(text("UPDATE groups SET name = name || ' (nyt)'"))
        with database.unit_of_work() as uow:
            names = {group.name for group in list_groups(uow)}
        with pytest.raises(DatabaseError, match=CHANGED):
            restore_sqlite(
                database.engine, crafted_backup, datetime(2026, 11, 23, 12, tzinfo=HELSINKI)
            )
    with open_database(sqlite_file_url(database_file)) as database, database.unit_of_work() as uow:
        assert {group.name for group in list_groups(uow)} == names
    assert not (database_file.parent / "backups").exists()
    assert not list(database_file.parent.glob(".ryhmat-restore-*"))


ENDLESS_SETTINGS = """
    DROP TABLE settings;
    CREATE VIEW settings AS
        WITH RECURSIVE counted(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM counted)
        SELECT 'database_id' AS key, 'x' AS value FROM counted WHERE n < 0;
"""
ROTATE_AND_CHECK = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from ryhmat.storage.backup import check_backup, write_automatic_backup
from ryhmat.storage.database import DatabaseError, open_database
from ryhmat.storage.locations import sqlite_file_url
database, backup = Path(sys.argv[1]), Path(sys.argv[2])
with open_database(sqlite_file_url(database)) as opened:
    write_automatic_backup(opened.engine, 1, datetime(2026, 11, 23, 12, tzinfo=UTC))
    try:
        check_backup(opened.engine, backup)
    except DatabaseError as error:
        print(error)
"""


def test_a_backup_is_not_read_for_its_id_before_its_schema_is_checked(
    database_file: Path, demo_file: Path
) -> None:
    # Whose copy a file is was read from its settings before anything else: a view
    # there that never ends kept the start-up rotation and File → Restore waiting.
    folder = database_file.parent / "backups"
    folder.mkdir(mode=0o700)
    crafted = folder / "ryhmat.sqlite3-backup-20261120-120000.sqlite3"
    shutil.copy(demo_file, crafted)
    tamper(crafted, ENDLESS_SETTINGS)
    # One claiming a newer version's revision, whose schema cannot be known.
    newer = folder / "ryhmat.sqlite3-backup-20261121-120000.sqlite3"
    shutil.copy(crafted, newer)
    tamper(newer, "UPDATE alembic_version SET version_num = '9999'")
    before = snapshot(crafted)
    done = subprocess.run(
        [sys.executable, "-c", ROTATE_AND_CHECK, str(database_file), str(crafted)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        cwd=Path(__file__).parents[3],
    )
    assert done.stdout.startswith(f"The database {crafted} {CHANGED}")
    after = snapshot(crafted)  # kept: not shown to be this database's copy
    assert (after.content, after.mtime_ns) == (before.content, before.mtime_ns)
