"""The lock of an SQLite file: one for every path to the file, held by one app at a
time, cleared once its process is gone."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from ryhmat.database_lock import DatabaseLock, lock_file_for
from ryhmat.storage.database import data_dir
from ryhmat.storage.locations import sqlite_file_url
from tests.integration.database_lock_holder import let_go, lock_held, start_holder

HOUR_S = 3600


def lock_of(path: Path) -> DatabaseLock:
    lock = DatabaseLock.of_url(sqlite_file_url(path))
    assert lock is not None
    return lock


@pytest.fixture
def database_file(tmp_path: Path) -> Path:
    folder = tmp_path / "Perhetyö"
    folder.mkdir()
    path = folder / "ryhmat.sqlite3"
    path.write_bytes(b"")
    return path


def test_every_path_to_one_file_meets_one_lock(database_file: Path, tmp_path: Path) -> None:
    linked = tmp_path / "linkki.sqlite3"
    linked.symlink_to(database_file)
    hard = tmp_path / "kova.sqlite3"
    os.link(database_file, hard)
    spelled = database_file.parent / ".." / database_file.parent.name / database_file.name
    expected = lock_file_for(database_file)
    assert expected is not None
    assert expected.parent == data_dir() / "locks"
    assert {lock_file_for(path) for path in (linked, hard, spelled)} == {expected}


def test_another_file_has_another_lock(database_file: Path) -> None:
    other = database_file.with_name("toinen.sqlite3")
    other.write_bytes(b"")
    assert lock_file_for(other) != lock_file_for(database_file)


def test_the_lock_is_not_written_beside_the_database(database_file: Path) -> None:
    lock = lock_of(database_file)
    assert lock.take()
    try:
        assert sorted(p.name for p in database_file.parent.iterdir()) == ["ryhmat.sqlite3"]
        assert lock.path.exists()
    finally:
        lock.release()
    assert not lock.path.exists()


def test_a_new_file_is_made_private_to_have_its_lock(tmp_path: Path) -> None:
    path = tmp_path / "uusi.sqlite3"
    lock = lock_of(path)
    assert path.read_bytes() == b""
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert lock.file_name == "uusi.sqlite3"


def test_a_file_in_a_missing_folder_has_no_lock(tmp_path: Path) -> None:
    assert DatabaseLock.of_url(sqlite_file_url(tmp_path / "ei" / "ole.sqlite3")) is None
    assert not (tmp_path / "ei").exists()


@pytest.mark.parametrize(
    "url", ["sqlite://", "postgresql://ryhmat@127.0.0.1/ryhmat", "not a database url"]
)
def test_a_server_or_memory_database_takes_no_lock(url: str) -> None:
    assert DatabaseLock.of_url(url) is None


def test_a_lock_another_app_holds_is_not_taken_until_it_lets_go(database_file: Path) -> None:
    lock = lock_of(database_file)
    with lock_held(database_file) as holder:
        assert not lock.take()
        # Held for an hour: a running app's lock never goes stale with age.
        old = lock.path.stat().st_mtime - HOUR_S
        os.utime(lock.path, (old, old))
        assert not lock.take()
        let_go(holder)
    assert lock.take()
    lock.release()


def test_the_lock_of_a_killed_app_is_cleared(database_file: Path) -> None:
    holder = start_holder(database_file)
    lock = lock_of(database_file)
    try:
        assert not lock.take()
        holder.kill()  # SIGKILL: the holder cannot let go
        holder.wait(timeout=60)
    finally:
        for stream in (holder.stdin, holder.stdout):
            if stream is not None:
                stream.close()
    assert lock.path.exists()  # left behind by the killed holder
    assert lock.take()
    lock.release()
