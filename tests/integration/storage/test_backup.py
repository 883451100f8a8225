"""Backups of an SQLite database with SQLite's online backup API, and restoring one."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.groups import list_groups
from ryhmat.storage.backup import (
    BackupError,
    back_up_database,
    backup_folder,
    backup_sqlite,
    can_back_up,
    check_backup,
    restore_sqlite,
    write_automatic_backup,
)
from ryhmat.storage.database import Database, open_database
from tests.integration.backends import SQLITE_ONLY
from tests.integration.tables import rows_by_table, rows_in_file
from tests.integration.world import World

NOON = datetime(2026, 11, 23, 12, 0, 0, tzinfo=HELSINKI)


def database_path(database: Database) -> Path:
    return Path(str(database.engine.url.database))


def group_names(database: Database) -> list[str]:
    with database.unit_of_work() as uow:
        return [g.name for g in list_groups(uow)]


def rename_group(database: Database, new_name: str) -> None:
    with database.engine.begin() as connection:
        connection.execute(text("UPDATE groups SET name = :name"), {"name": new_name})


@SQLITE_ONLY
def test_a_backup_is_a_whole_database_with_every_row(
    database: Database, world: World, tmp_path: Path
) -> None:
    target = tmp_path / "copy.sqlite3"
    size = backup_sqlite(database.engine, target)
    assert size == target.stat().st_size > 0
    copied = rows_in_file(target)
    assert copied == rows_by_table(database)
    assert copied["groups"][0].count(world.group.name) == 1
    assert len(copied["family_members"]) == 2
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not list(tmp_path.glob(".*partial"))


@SQLITE_ONLY
def test_a_backup_is_one_file_readable_by_its_owner_only(
    database: Database, world: World, tmp_path: Path
) -> None:
    target = tmp_path / "copy.sqlite3"
    backup_sqlite(database.engine, target)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # Journal mode DELETE: the copy needs no -wal file beside it.
    assert target.read_bytes()[18:20] == b"\x01\x01"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == [
        "copy.sqlite3"
    ]


@SQLITE_ONLY
def test_a_backup_taken_during_an_open_write_transaction_has_the_committed_rows(
    database: Database, world: World, tmp_path: Path
) -> None:
    committed = rows_by_table(database)
    writer = sqlite3.connect(database_path(database), isolation_level=None)
    try:
        writer.execute("BEGIN IMMEDIATE")
        writer.execute("UPDATE groups SET name = 'kesken'")
        target = tmp_path / "during.sqlite3"
        backup_sqlite(database.engine, target)
        writer.execute("COMMIT")
    finally:
        writer.close()
    assert rows_in_file(target) == committed
    assert group_names(database) == ["kesken"]


@SQLITE_ONLY
def test_an_unwritable_target_is_a_clear_error_and_leaves_nothing(
    database: Database, tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "copy.sqlite3"
    with pytest.raises(BackupError, match="could not be written"):
        backup_sqlite(database.engine, target)
    assert not target.exists()


def test_an_in_memory_database_cannot_be_backed_up() -> None:
    memory = open_database("sqlite://")
    try:
        assert not can_back_up(memory.engine)
        with pytest.raises(BackupError, match="pg_dump"):
            backup_sqlite(memory.engine, Path("unused.sqlite3"))
    finally:
        memory.dispose()


# -- the backup command's checks ----------------------------------------------------------


def test_a_postgresql_database_is_sent_to_pg_dump_without_connecting(tmp_path: Path) -> None:
    target = tmp_path / "copy.sqlite3"
    # Port 9 (discard) on loopback: a connection attempt would fail, not time out quietly.
    url = "postgresql+psycopg://tiimi:salasana@127.0.0.1:9/ryhmat"
    with pytest.raises(BackupError, match="pg_dump") as refused:
        back_up_database(url, target)
    assert "salasana" not in str(refused.value)
    assert not target.exists()


@SQLITE_ONLY
def test_the_command_refuses_to_write_over_the_database_or_another_file(
    database: Database, world: World, database_url: str, tmp_path: Path
) -> None:
    before = rows_by_table(database)
    source = database_path(database)
    for target in (source, Path(f"{source}-wal"), tmp_path / "." / source.name):
        with pytest.raises(BackupError, match="is the database itself"):
            back_up_database(database_url, target, replace=True)
    existing = tmp_path / "old.sqlite3"
    existing.write_bytes(b"an older backup")
    with pytest.raises(BackupError, match="--force"):
        back_up_database(database_url, existing)
    assert existing.read_bytes() == b"an older backup"
    with pytest.raises(BackupError, match="There is no folder"):
        back_up_database(database_url, tmp_path / "missing" / "copy.sqlite3")
    with pytest.raises(BackupError, match="is a folder"):
        back_up_database(database_url, tmp_path)
    assert rows_by_table(database) == before
    assert back_up_database(database_url, existing, replace=True) == existing.stat().st_size
    assert rows_in_file(existing) == before


def test_the_command_does_not_create_a_missing_database(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite3"
    with pytest.raises(BackupError, match="does not exist"):
        back_up_database(f"sqlite:///{missing}", tmp_path / "copy.sqlite3")
    assert not missing.exists()


# -- automatic backups --------------------------------------------------------------------


@SQLITE_ONLY
def test_automatic_backups_keep_the_newest_and_leave_other_files(
    database: Database, world: World
) -> None:
    folder = backup_folder(database_path(database))
    first = write_automatic_backup(
        database.engine, 3, datetime(2026, 11, 19, 8, 0, tzinfo=HELSINKI)
    )
    assert first == folder / "ryhmat.sqlite3-backup-20261119-080000.sqlite3"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    (folder / "oma kopio.sqlite3").write_bytes(b"a person's own file")
    (folder / "tiimi-backup-20261101-080000.sqlite3").write_bytes(b"another database's")
    for day in (20, 21, 22, 23):
        write_automatic_backup(database.engine, 3, datetime(2026, 11, day, 8, 0, tzinfo=HELSINKI))
    assert sorted(p.name for p in folder.iterdir()) == [
        "oma kopio.sqlite3",
        "ryhmat.sqlite3-backup-20261121-080000.sqlite3",
        "ryhmat.sqlite3-backup-20261122-080000.sqlite3",
        "ryhmat.sqlite3-backup-20261123-080000.sqlite3",
        "tiimi-backup-20261101-080000.sqlite3",
    ]
    assert rows_in_file(folder / "ryhmat.sqlite3-backup-20261123-080000.sqlite3") == rows_by_table(
        database
    )


@SQLITE_ONLY
def test_no_automatic_backup_when_turned_off(database: Database) -> None:
    assert write_automatic_backup(database.engine, 0, NOON) is None
    assert not backup_folder(database_path(database)).exists()


@SQLITE_ONLY
def test_a_backup_folder_that_cannot_be_made_is_a_clear_error(database: Database) -> None:
    # A file where the folder should be fails for root too, unlike a read-only folder.
    blocker = backup_folder(database_path(database))
    blocker.write_bytes(b"not a folder")
    with pytest.raises(BackupError, match="could not be made"):
        write_automatic_backup(database.engine, 10, NOON)
    assert blocker.read_bytes() == b"not a folder"


# -- restoring ----------------------------------------------------------------------------


@SQLITE_ONLY
def test_restoring_brings_back_the_backed_up_rows_and_keeps_a_copy_of_the_current(
    database: Database, world: World, database_url: str, tmp_path: Path
) -> None:
    original = rows_by_table(database)
    backup = tmp_path / "ryhmat.sqlite3-backup-20261120-080000.sqlite3"
    backup_sqlite(database.engine, backup)
    rename_group(database, "Muutettu ryhmä")
    changed = rows_by_table(database)

    assert check_backup(database.engine, backup) == datetime(2026, 11, 20, 8, 0, tzinfo=HELSINKI)
    saved = restore_sqlite(database.engine, backup, NOON).saved

    reopened = open_database(database_url)
    try:
        assert rows_by_table(reopened) == original
        assert group_names(reopened) == [world.group.name]
    finally:
        reopened.dispose()
    assert saved == backup_folder(database_path(database)) / (
        "ryhmat.sqlite3-before-restore-20261123-120000.sqlite3"
    )
    assert rows_in_file(saved) == changed
    assert not [p for p in database_path(database).parent.iterdir() if "restore-" in p.name]


@SQLITE_ONLY
@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG not a database at all" * 200, "cannot be restored"),
        (b"", "not a Ryhmät database"),
    ],
)
def test_a_file_that_is_no_ryhmat_database_is_refused_and_nothing_changes(
    database: Database, world: World, tmp_path: Path, content: bytes, reason: str
) -> None:
    before = rows_by_table(database)
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(content)
    with pytest.raises(BackupError, match=reason):
        check_backup(database.engine, bad)
    with pytest.raises(BackupError, match=reason):
        restore_sqlite(database.engine, bad, NOON)
    assert bad.read_bytes() == content
    assert rows_by_table(database) == before
    assert not backup_folder(database_path(database)).exists()


@SQLITE_ONLY
def test_a_foreign_sqlite_database_is_refused(database: Database, tmp_path: Path) -> None:
    other = tmp_path / "muistiinpanot.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
    with pytest.raises(BackupError, match="not a Ryhmät database"):
        check_backup(database.engine, other)


@SQLITE_ONLY
def test_a_backup_from_a_newer_version_is_refused_untouched(
    database: Database, world: World, tmp_path: Path
) -> None:
    newer = tmp_path / "newer.sqlite3"
    backup_sqlite(database.engine, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0999_future'")
    content = newer.read_bytes()
    with pytest.raises(BackupError, match="newer version"):
        restore_sqlite(database.engine, newer, NOON)
    assert newer.read_bytes() == content
    assert group_names(database) == [world.group.name]


@SQLITE_ONLY
def test_the_open_database_cannot_be_restored_onto_itself(database: Database) -> None:
    with pytest.raises(BackupError, match="open database itself"):
        check_backup(database.engine, database_path(database))


def test_a_postgresql_or_memory_database_is_not_restored_here(tmp_path: Path) -> None:
    memory = open_database("sqlite://")
    try:
        with pytest.raises(BackupError, match="pg_restore"):
            restore_sqlite(memory.engine, tmp_path / "any.sqlite3", NOON)
    finally:
        memory.dispose()
