"""Erasure reaches the copies the app made: a family erased on request after a backup
was taken is erased again when that backup is restored, and the log travels on."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from datetime import date, datetime
from pathlib import Path

import pytest

from ryhmat.cli.main import main
from ryhmat.domain.model import Family, Member, MemberKind
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.erasure import erase as erase_family_uncommitted
from ryhmat.domain.usecases.erasure import erase_family
from ryhmat.storage.backup import backup_sqlite, check_backup, restore_sqlite, safety_copies
from ryhmat.storage.database import Database, data_dir, open_database
from ryhmat.storage.erasure_register import REGISTER_FOLDER, reconcile_erasures
from ryhmat.storage.identity import database_id, file_database_id
from tests.integration.backends import SQLITE_ONLY, sqlite_url
from tests.integration.world import World

ERASED_ON = date(2026, 11, 20)
NOON = datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)


def database_path(database: Database) -> Path:
    return Path(str(database.engine.url.database))


def family_in(database: Database, family: Family) -> Family:
    """The family's stored row, erased or not."""
    with database.unit_of_work() as uow:
        stored = uow.families.get(family.id)
    assert stored is not None
    return stored


def erase(database: Database, family: Family, day: date = ERASED_ON) -> None:
    with database.unit_of_work() as uow:
        erase_family(uow, family.id, day)


def personal_data_in_file(path: Path, text: str) -> bool:
    """Whether ``text`` is anywhere in the file's bytes: in a row, a free page or a journal."""
    return any(
        text.encode() in candidate.read_bytes()
        for candidate in (path, Path(f"{path}-wal"))
        if candidate.exists()
    )


@SQLITE_ONLY
def test_restoring_a_backup_erases_again_a_family_erased_after_it_was_taken(
    database: Database, world: World, database_url: str, tmp_path: Path
) -> None:
    backup = tmp_path / "backup.sqlite3"
    backup_sqlite(database.engine, backup)
    owner = database_id(database.engine)
    erase(database, world.family)

    restored = restore_sqlite(database.engine, backup, NOON)

    assert restored.erased_again == 1
    with open_database(database_url) as reopened:
        family = family_in(reopened, world.family)
        assert (family.name, family.phone, family.erased_on) == ("", "", ERASED_ON)
        assert [m.first_name for m in family.members] == ["", ""]
        with reopened.unit_of_work() as uow:
            assert uow.erasures.entries() == {world.family.id: ERASED_ON}
        assert database_id(reopened.engine) == owner
    # The copy of the replaced data was already erased; the backup itself is as it was.
    assert file_database_id(restored.saved) == owner
    assert not personal_data_in_file(restored.saved, "Jussi")
    with sqlite3.connect(backup) as kept:
        assert kept.execute("SELECT name FROM families").fetchall() == [("Mäkinen",)]


@SQLITE_ONLY
def test_the_log_travels_on_to_a_still_older_backup_restored_later(
    database: Database, world: World, database_url: str, tmp_path: Path
) -> None:
    older, newer = tmp_path / "older.sqlite3", tmp_path / "newer.sqlite3"
    backup_sqlite(database.engine, older)
    later = Family(
        name="Virtanen",
        members=[Member(first_name="Eeva", last_name="Virtanen", kind=MemberKind.ADULT)],
    )
    with database.unit_of_work() as uow:
        uow.families.save(later)
        uow.commit()
    backup_sqlite(database.engine, newer)
    erase(database, world.family)
    erase(database, later, date(2026, 11, 21))

    assert restore_sqlite(database.engine, newer, NOON).erased_again == 2
    with open_database(database_url) as reopened:
        assert restore_sqlite(reopened.engine, older, NOON).erased_again == 1
    with open_database(database_url) as reopened:
        assert family_in(reopened, world.family).erased_on == ERASED_ON
        with reopened.unit_of_work() as uow:
            assert uow.erasures.entries() == {
                world.family.id: ERASED_ON,
                later.id: date(2026, 11, 21),
            }


@SQLITE_ONLY
def test_a_backup_taken_after_the_erasure_needs_nothing_erased(
    database: Database, world: World, tmp_path: Path
) -> None:
    erase(database, world.family)
    backup = tmp_path / "backup.sqlite3"
    backup_sqlite(database.engine, backup)
    assert restore_sqlite(database.engine, backup, NOON).erased_again == 0


def test_an_erasure_is_logged_with_the_family_id_and_the_day_only(
    database: Database, world: World
) -> None:
    erase(database, world.family)
    with database.unit_of_work() as uow:
        uow.erasures.record(world.family.id, date(2027, 1, 1))  # again: the first day counts
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.erasures.entries() == {world.family.id: ERASED_ON}


# -- copies made outside the app ----------------------------------------------------------


def copy_by_hand(database: Database, copy: Path) -> None:
    """As a person copies the file with the app closed (the last connection closing
    writes the WAL into the file)."""
    database.engine.dispose()
    shutil.copy(database_path(database), copy)


def register_file(database: Database) -> Path:
    owner = database_id(database.engine)
    assert owner is not None
    return data_dir() / REGISTER_FOLDER / f"{owner}.txt"


@SQLITE_ONLY
def test_an_older_copy_opened_later_erases_again_what_was_erased_since(
    database: Database, world: World, tmp_path: Path
) -> None:
    copy = tmp_path / "kopio.sqlite3"
    copy_by_hand(database, copy)  # the app knows nothing of it
    erase(database, world.family)
    register = register_file(database)
    assert register.read_text() == f"{world.family.id} {ERASED_ON.isoformat()}\n"
    assert stat.S_IMODE(register.stat().st_mode) == 0o600
    assert stat.S_IMODE(register.parent.stat().st_mode) == 0o700

    with open_database(sqlite_url(copy)) as older:
        assert reconcile_erasures(older) == 1
        family = family_in(older, world.family)
        assert (family.name, family.erased_on) == ("", ERASED_ON)
        assert reconcile_erasures(older) == 0


def test_an_erasure_rolled_back_is_not_registered(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        erase_family_uncommitted(uow, world.family, ERASED_ON)
        uow.rollback()
        uow.commit()
    assert not register_file(database).exists()
    assert family_in(database, world.family).erased_on is None


@SQLITE_ONLY
def test_a_crafted_file_claiming_the_databases_id_cannot_have_its_families_erased(
    database: Database, world: World, tmp_path: Path
) -> None:
    crafted = tmp_path / "crafted.sqlite3"
    copy_by_hand(database, crafted)
    with sqlite3.connect(crafted) as connection:
        connection.execute(
            "INSERT INTO erasures (family_id, erased_on) VALUES (?, '2026-01-01')",
            (world.family.id.hex,),
        )
    with open_database(sqlite_url(crafted)) as opened:
        assert reconcile_erasures(opened) == 0
    assert not register_file(database).exists()
    assert reconcile_erasures(database) == 0
    assert family_in(database, world.family).name == "Mäkinen"


@SQLITE_ONLY
def test_a_command_on_an_older_copy_says_what_it_erased_again(
    database: Database, world: World, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "kopio.sqlite3"
    copy_by_hand(database, copy)
    erase(database, world.family)
    assert main(["--database", sqlite_url(copy), "groups"]) == 0
    assert capsys.readouterr().err.endswith("poistettiin nyt uudelleen: 1\n")


def downgraded_backup(database: Database, target: Path, revision: str) -> Path:
    """A backup of ``database`` as an older Ryhmät wrote it: taken, then migrated down."""
    from alembic import command

    from ryhmat.storage.database import _alembic_config, create_database_engine

    backup_sqlite(database.engine, target)
    engine = create_database_engine(sqlite_url(target))
    try:
        with engine.begin() as connection:
            config = _alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
    finally:
        engine.dispose()
    return target


@SQLITE_ONLY
def test_checking_and_restoring_a_backup_of_an_older_version_leave_no_copy_of_it_behind(
    database: Database, world: World, tmp_path: Path
) -> None:
    (tmp_path / "by-hand").mkdir()
    backup = downgraded_backup(database, tmp_path / "by-hand" / "old.sqlite3", "0009")
    erase(database, world.family)
    folder = database_path(database).parent
    before = {path.name for path in folder.iterdir() if not path.name.endswith(("-wal", "-shm"))}

    check_backup(database.engine, backup)
    restored = restore_sqlite(database.engine, backup, NOON)

    # The backup was brought to this version in a private copy: no copy of that copy
    # (with the erased family's name in it) is kept beside the database.
    assert restored.erased_again == 1
    after = {path.name for path in folder.iterdir() if not path.name.endswith(("-wal", "-shm"))}
    assert after - before == {"backups"}
    assert [path.name for path in (folder / "backups").iterdir()] == [restored.saved.name]
    left = [path for path in folder.rglob("*") if path.is_file() and path.parent != backup.parent]
    assert not any(personal_data_in_file(path, "Jussi") for path in left)


@SQLITE_ONLY
def test_the_copy_taken_before_the_upgrade_to_database_ids_opened_later_erases_again(
    database: Database, world: World, tmp_path: Path
) -> None:
    # The first start of this version upgrades the file and keeps a copy of it as it
    # was, older than database ids: nothing in that copy says whose copy it is.
    (tmp_path / "vanha").mkdir()
    old = downgraded_backup(database, tmp_path / "vanha" / "työ.sqlite3", "0009")
    with open_database(sqlite_url(old)) as upgraded:
        [copy] = safety_copies(old)
        erase(upgraded, world.family)

    with open_database(sqlite_url(copy)) as older:
        assert reconcile_erasures(older) == 1
        family = family_in(older, world.family)
        assert (family.name, family.erased_on) == ("", ERASED_ON)
        assert reconcile_erasures(older) == 0
    with open_database(sqlite_url(copy)) as again:
        assert reconcile_erasures(again) == 0
