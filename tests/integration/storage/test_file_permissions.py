"""The SQLite file holds families' personal data: only its owner may read it."""

from __future__ import annotations

import os
import stat
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text

from ryhmat.storage import database as database_module
from ryhmat.storage.database import DATABASE_URL_VARIABLE, open_database, resolve_database_url

UMASKS = [0o022, 0o000, 0o077, 0o277]


@contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def side_file(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


@pytest.mark.parametrize("mask", UMASKS, ids=[f"umask-{m:03o}" for m in UMASKS])
def test_a_new_database_file_and_its_wal_and_shm_are_private(tmp_path: Path, mask: int) -> None:
    path = tmp_path / "ryhmat.sqlite3"
    with umask(mask), open_database(f"sqlite:///{path}") as database:
        with database.engine.begin() as connection:
            connection.execute(
                text("INSERT INTO places (id, name, address) VALUES (:id, 'Neuvola', '')"),
                {"id": uuid.uuid4().hex},
            )
        # While the database is open the writes wait in its -wal, indexed by its -shm.
        assert {suffix: mode(side_file(path, suffix)) for suffix in ("", "-wal", "-shm")} == {
            "": 0o600,
            "-wal": 0o600,
            "-shm": 0o600,
        }


@pytest.mark.parametrize("mask", UMASKS, ids=[f"umask-{m:03o}" for m in UMASKS])
def test_the_data_folder_the_app_creates_is_private(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, mask: int
) -> None:
    data_dir = tmp_path / "share" / "Ryhmat"
    monkeypatch.delenv(DATABASE_URL_VARIABLE, raising=False)
    monkeypatch.setattr(database_module, "data_dir", lambda: data_dir)
    with umask(mask):
        url = resolve_database_url(None)
        with open_database(url):
            pass
    assert mode(data_dir) == 0o700
    assert mode(data_dir / "ryhmat.sqlite3") == 0o600


def test_an_existing_data_folder_keeps_its_permissions(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data_dir = tmp_path / "Ryhmat"
    data_dir.mkdir()
    data_dir.chmod(0o750)
    monkeypatch.delenv(DATABASE_URL_VARIABLE, raising=False)
    monkeypatch.setattr(database_module, "data_dir", lambda: data_dir)
    resolve_database_url(None)
    assert mode(data_dir) == 0o750


@pytest.mark.parametrize("existing_mode", [0o644, 0o660, 0o600])
def test_an_existing_file_keeps_its_permissions(tmp_path: Path, existing_mode: int) -> None:
    path = tmp_path / "yhteinen.sqlite3"
    with open_database(f"sqlite:///{path}"):
        pass
    path.chmod(existing_mode)
    with open_database(f"sqlite:///{path}") as database, database.engine.connect() as connection:
        connection.execute(text("SELECT count(*) FROM places")).scalar()
        assert mode(path) == existing_mode
    assert mode(path) == existing_mode


def test_an_empty_file_made_beforehand_keeps_its_permissions(tmp_path: Path) -> None:
    path = tmp_path / "tyhja.sqlite3"
    path.touch(mode=0o640)
    path.chmod(0o640)
    with open_database(f"sqlite:///{path}"):
        pass
    assert mode(path) == 0o640
