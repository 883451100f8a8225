"""Backups belong to their own database: two databases in one folder, a file renamed to
look like another database's backup, and the safety copies' own rotation."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from ryhmat.domain.model import Group, GroupType
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.groups import list_groups
from ryhmat.storage.backup import (
    BackupError,
    backup_folder,
    check_backup,
    copy_aside_before_upgrade,
    restore_sqlite,
    safety_copies,
    write_automatic_backup,
)
from ryhmat.storage.backup_names import SAFETY_COPIES_KEPT
from ryhmat.storage.database import Database, open_database
from ryhmat.storage.identity import database_id, file_database_id
from tests.integration.backends import sqlite_url

FIRST_MORNING = datetime(2026, 11, 2, 8, 0, tzinfo=HELSINKI)
KEEP = 3
STARTS = 8


@pytest.fixture
def two_databases(tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    """``work.sqlite3`` and ``work.db`` in one folder: one stem, two databases."""
    first = open_database(sqlite_url(tmp_path / "work.sqlite3"))
    second = open_database(sqlite_url(tmp_path / "work.db"))
    add_group(first, "Vauvaryhmä")
    add_group(second, "Isä-lapsi")
    try:
        yield first, second
    finally:
        first.dispose()
        second.dispose()


def add_group(database: Database, name: str) -> None:
    with database.unit_of_work() as uow:
        uow.groups.save(Group(name=name, type=GroupType.BABY_GROUP))
        uow.commit()


def group_names_in(path: Path) -> list[str]:
    with open_database(sqlite_url(path)) as database, database.unit_of_work() as uow:
        return [group.name for group in list_groups(uow)]


def database_path(database: Database) -> Path:
    return Path(str(database.engine.url.database))


def test_two_databases_with_one_stem_keep_every_backup_of_their_own(
    two_databases: tuple[Database, Database],
) -> None:
    first, second = two_databases
    assert database_id(first.engine) != database_id(second.engine)
    for start in range(STARTS):
        moment = FIRST_MORNING + timedelta(days=start)
        write_automatic_backup(first.engine, KEEP, moment)
        write_automatic_backup(second.engine, KEEP, moment + timedelta(minutes=1))
    folder = backup_folder(database_path(first))
    names = sorted(path.name for path in folder.iterdir())
    assert names == [
        f"{database}-backup-202611{day:02}-{clock}.sqlite3"
        for database, clock in (("work.db", "080100"), ("work.sqlite3", "080000"))
        for day in range(2 + STARTS - KEEP, 2 + STARTS)
    ]
    for name in names:
        owner = first if name.startswith("work.sqlite3-") else second
        assert file_database_id(folder / name) == database_id(owner.engine)
        assert group_names_in(folder / name) == (
            ["Vauvaryhmä"] if owner is first else ["Isä-lapsi"]
        )


def test_a_file_renamed_to_look_like_the_other_databases_backup_is_never_offered_or_deleted(
    two_databases: tuple[Database, Database],
) -> None:
    first, second = two_databases
    mine = write_automatic_backup(first.engine, KEEP, FIRST_MORNING)
    assert mine is not None
    # The oldest name of all: rotation would remove it first if the name were the proof.
    disguised = mine.with_name("work.db-backup-20200101-080000.sqlite3")
    shutil.copy(mine, disguised)
    content = disguised.read_bytes()
    for start in range(STARTS):
        write_automatic_backup(second.engine, 1, FIRST_MORNING + timedelta(days=start))
    assert disguised.read_bytes() == content
    assert len(list(backup_folder(database_path(second)).glob("work.db-backup-2026*"))) == 1

    with pytest.raises(BackupError, match="copy of another database"):
        check_backup(second.engine, disguised)
    with pytest.raises(BackupError, match="copy of another database"):
        restore_sqlite(second.engine, disguised, FIRST_MORNING)
    assert group_names_in(database_path(second)) == ["Isä-lapsi"]
    assert disguised.read_bytes() == content
    # Its own database takes it back, whatever it is called.
    assert check_backup(first.engine, disguised) == datetime(2020, 1, 1, 8, 0, tzinfo=HELSINKI)


def test_copies_before_a_restore_keep_the_newest_few_and_are_listed(
    two_databases: tuple[Database, Database], tmp_path: Path
) -> None:
    first, second = two_databases
    backup = write_automatic_backup(first.engine, KEEP, FIRST_MORNING)
    assert backup is not None
    database = database_path(first)
    folder = backup_folder(database)
    others = folder / "work.db-before-restore-20200101-080000.sqlite3"
    write_automatic_backup(second.engine, KEEP, FIRST_MORNING)
    shutil.copy(next(folder.glob("work.db-backup-*")), others)
    moments = [FIRST_MORNING + timedelta(hours=hour) for hour in range(1, 6)]
    for moment in moments:
        restore_sqlite(first.engine, backup, moment)
        first = open_database(sqlite_url(database))
    try:
        kept = [folder / f"work.sqlite3-before-restore-{m:%Y%m%d-%H%M%S}.sqlite3" for m in moments]
        kept = kept[-SAFETY_COPIES_KEPT:]
        assert safety_copies(database) == list(reversed(kept))
        assert all(path.exists() for path in kept)
        assert len(list(folder.glob("work.sqlite3-before-restore-*"))) == SAFETY_COPIES_KEPT
        assert others.exists()  # another database's, never ours to remove
    finally:
        first.dispose()


def test_copies_before_an_upgrade_keep_the_newest_few_of_this_database(
    two_databases: tuple[Database, Database],
) -> None:
    first, second = two_databases
    database = database_path(first)
    foreign = database.with_name("work.sqlite3.before-upgrade-0009-20200101T080000.sqlite3")
    shutil.copy(database_path(second), foreign)
    moments = [FIRST_MORNING + timedelta(days=day) for day in range(5)]
    made = [copy_aside_before_upgrade(first.engine, database, "0010", m) for m in moments]
    assert [path.exists() for path in made] == [False, False, True, True, True]
    assert foreign.exists()
    assert safety_copies(database)[:SAFETY_COPIES_KEPT] == list(reversed(made[-3:]))


def test_a_database_with_a_name_as_long_as_sqlite_allows_is_backed_up_restored_and_rotated(
    tmp_path: Path,
) -> None:
    # SQLite adds "-journal" to the name: 247 bytes is the longest it can use.
    path = tmp_path / f"{'ryhmät-' * 5}{'x' * 199}.sqlite3"
    assert len(path.name.encode()) == 247
    with open_database(sqlite_url(path)) as database:
        add_group(database, "Vauvaryhmä")
        made = [
            write_automatic_backup(database.engine, 2, FIRST_MORNING + timedelta(days=day))
            for day in range(3)
        ]
        assert [p is not None and p.exists() for p in made] == [False, True, True]
        assert made[-1] is not None
        restored = restore_sqlite(database.engine, made[-1], FIRST_MORNING + timedelta(days=5))
    assert safety_copies(path) == [restored.saved]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]
