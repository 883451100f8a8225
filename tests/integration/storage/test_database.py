"""Opening, migrating and locating the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from ryhmat.domain.errors import UserError
from ryhmat.domain.model import Organisation
from ryhmat.storage import database as database_module
from ryhmat.storage.database import (
    DATABASE_URL_VARIABLE,
    Database,
    DatabaseError,
    create_database_engine,
    current_revision,
    head_revision,
    open_database,
    resolve_database_url,
    upgrade_to,
)
from ryhmat.storage.failures import StorageFailure
from ryhmat.storage.locations import sqlite_file_url
from ryhmat.storage.orm import metadata
from tests.integration.backends import SQLITE_ONLY

TABLES = {
    "alembic_version",
    "organisations",
    "workers",
    "worker_pairs",
    "places",
    "closure_periods",
    "closure_groups",
    "groups",
    "group_organisers",
    "series",
    "series_slots",
    "series_dates",
    "series_leaders",
    "series_skipped_dates",
    "sessions",
    "session_leaders",
    "families",
    "family_members",
    "enrolments",
    "attendance",
    "headcounts",
    "feeds",
    "published_events",
    "feed_publications",
    "pseudonyms",
    "audit_entries",
    "settings",
    "usage_log",
    "follow_ups",
    "season_goals",
    "season_evaluations",
    "feedback_tallies",
    "erasures",
}


# A team database also lists its people (SQLite is a one-person database).
# Only on PostgreSQL, outside the ORM: the team's people (storage/team.py) and the
# groups each family came to, which the row-level policies read.
TEAM_TABLES = {"team_members", "family_groups_attended"}


def test_opening_an_empty_database_creates_every_table(empty_database_url: str) -> None:
    with open_database(empty_database_url) as database:
        team = TEAM_TABLES if database.engine.dialect.name == "postgresql" else set()
        assert set(inspect(database.engine).get_table_names()) == TABLES | team
        assert current_revision(database.engine) == head_revision()


def test_database_is_at_the_head_revision(database: Database) -> None:
    assert head_revision() == "0026"
    assert current_revision(database.engine) == head_revision()


def test_migrations_match_the_orm_metadata(database: Database) -> None:
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert [d for d in differences if _table_of(d) not in TEAM_TABLES] == []


def _table_of(difference: tuple[object, ...]) -> str:
    """The table a difference between the migrations and the ORM is about."""
    kind, element = difference[0], difference[1]
    table = element if kind == "remove_table" else getattr(element, "table", None)
    return str(getattr(table, "name", ""))


def test_opening_again_keeps_the_data(empty_database_url: str) -> None:
    with open_database(empty_database_url) as first, first.unit_of_work() as uow:
        uow.organisations.save(Organisation(name="Neuvola"))
        uow.commit()
    with open_database(empty_database_url) as second, second.unit_of_work() as uow:
        assert [o.name for o in uow.organisations.list()] == ["Neuvola"]


def test_sqlite_file_has_foreign_keys_and_wal(tmp_path: Path) -> None:
    path = tmp_path / "ryhmat.sqlite3"
    with open_database(f"sqlite:///{path}") as database, database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    assert path.exists()


def test_in_memory_sqlite_is_migrated_and_shared() -> None:
    with open_database("sqlite://") as database:
        with database.unit_of_work() as uow:
            uow.organisations.save(Organisation(name="Neuvola"))
            uow.commit()
        with database.unit_of_work() as uow:
            assert len(uow.organisations.list()) == 1


@pytest.mark.parametrize(
    "url",
    ["not a database url", "nosuchdialect://host/db", "sqlite:////nonexistent/dir/ryhmat.sqlite3"],
)
def test_an_unopenable_database_is_a_user_error(url: str) -> None:
    with pytest.raises(DatabaseError, match="Cannot open the database") as raised:
        open_database(url)
    assert isinstance(raised.value, UserError)


def test_a_postgresql_password_is_not_shown() -> None:
    url = "postgresql://ryhmat:secret@127.0.0.1:1/ryhmat"
    with pytest.raises(DatabaseError) as raised:
        open_database(url)
    assert "secret" not in str(raised.value)


def test_a_database_from_a_newer_version_is_a_user_error(database_url: str) -> None:
    with open_database(database_url) as database, database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(DatabaseError, match="newer version"):
        open_database(database_url)


def test_url_from_the_command_line_wins(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATABASE_URL_VARIABLE, "sqlite:///from-env.sqlite3")
    assert resolve_database_url("sqlite:///from-cli.sqlite3") == "sqlite:///from-cli.sqlite3"


def test_url_from_the_environment_beats_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(DATABASE_URL_VARIABLE, "sqlite:///from-env.sqlite3")
    assert resolve_database_url(None) == "sqlite:///from-env.sqlite3"


def test_default_url_is_a_file_in_the_data_dir(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data" / "Ryhmat"
    monkeypatch.delenv(DATABASE_URL_VARIABLE, raising=False)
    monkeypatch.setattr(database_module, "data_dir", lambda: data_dir)
    url = resolve_database_url(None)
    assert url == f"sqlite+pysqlite:///{data_dir / 'ryhmat.sqlite3'}"
    assert data_dir.is_dir()
    with open_database(url):
        pass
    assert (data_dir / "ryhmat.sqlite3").exists()


def test_display_name_is_the_file_or_the_url_without_password(tmp_path: Path) -> None:
    path = tmp_path / "ryhmat.sqlite3"
    with open_database(f"sqlite:///{path}") as database:
        assert database.display_name == str(path)
    engine = create_database_engine("postgresql://ryhmat:secret@db.example/ryhmat")
    try:
        assert Database(engine).display_name == "postgresql+psycopg://ryhmat:***@db.example/ryhmat"
    finally:
        engine.dispose()


def test_a_read_only_database_reads_and_refuses_every_write(database_url: str) -> None:
    with open_database(database_url) as writer, writer.unit_of_work() as uow:
        uow.organisations.save(Organisation(name="Neuvola"))
        uow.commit()
    with open_database(database_url, read_only=True) as reader:
        assert reader.read_only
        with reader.unit_of_work() as uow:
            assert [o.name for o in uow.organisations.list()] == ["Neuvola"]
        with pytest.raises(DBAPIError), reader.engine.begin() as connection:
            connection.execute(text("DELETE FROM organisations"))
        with pytest.raises((DBAPIError, UserError)):
            save_organisation(reader, "Perheneuvola")
    with open_database(database_url) as again, again.unit_of_work() as uow:
        assert [o.name for o in uow.organisations.list()] == ["Neuvola"]


@SQLITE_ONLY
def test_a_read_only_sqlite_write_is_refused_as_a_storage_failure(database_url: str) -> None:
    with open_database(database_url, read_only=True) as reader, pytest.raises(StorageFailure):
        save_organisation(reader, "Neuvola")


def save_organisation(database: Database, name: str) -> None:
    with database.unit_of_work() as uow:
        uow.organisations.save(Organisation(name=name))
        uow.commit()


def test_a_missing_file_is_not_created_read_only(tmp_path: Path) -> None:
    path = tmp_path / "ryhmat.sqlite3"
    with pytest.raises(DatabaseError, match="cannot be opened read-only"):
        open_database(sqlite_file_url(path), read_only=True)
    assert list(tmp_path.iterdir()) == []


def test_a_database_due_an_upgrade_is_not_upgraded_read_only(tmp_path: Path) -> None:
    path = tmp_path / "ryhmat.sqlite3"
    engine = create_database_engine(sqlite_file_url(path))
    upgrade_to(engine, "0010")
    engine.dispose()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="cannot be opened read-only"):
        open_database(sqlite_file_url(path), read_only=True)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ryhmat.sqlite3"]
