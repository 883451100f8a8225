"""Backups of an SQLite database with SQLite's online backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ryhmat.storage.backup import BackupError, backup_sqlite, can_back_up
from ryhmat.storage.database import Database, open_database
from tests.integration.world import World


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_a_backup_is_a_whole_database_with_every_row(
    database: Database, world: World, tmp_path: Path
) -> None:
    target = tmp_path / "copy.sqlite3"
    backup_sqlite(database.engine, target)
    copy = open_database(f"sqlite:///{target}")
    try:
        with copy.unit_of_work() as uow:
            assert [g.name for g in uow.groups.list()] == [world.group.name]
            family = uow.families.get(world.family.id)
            assert family is not None
            assert [m.first_name for m in family.members] == ["Jussi", "Aino"]
    finally:
        copy.dispose()
    with sqlite3.connect(target) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert not list(tmp_path.glob(".*partial"))


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
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
