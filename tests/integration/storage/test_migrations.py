"""Upgrading an old database keeps every row it had.

A database is made at an old revision and every table it has then is filled
with plain SQL (non-ASCII text, NULLs, boundary values). The tables and their
columns are read from the database itself, so a new migration is covered
without changing this test. After upgrading, every row and column written must
read back the same.
"""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Connection,
    Date,
    DateTime,
    Engine,
    Enum,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Time,
    TypeDecorator,
    Uuid,
    insert,
    inspect,
    make_url,
    select,
)
from sqlalchemy.types import TypeEngine

from ryhmat.domain.model import Permission
from ryhmat.domain.timezone import HELSINKI
from ryhmat.storage.database import (
    MIGRATIONS,
    copy_aside_path,
    create_database_engine,
    current_revision,
    head_revision,
    known_revisions,
    open_database,
    upgrade_to,
)
from ryhmat.storage.identity import DATABASE_ID_SETTING, database_id
from ryhmat.storage.orm import metadata as app_metadata

REVISIONS = known_revisions()
FIRST = REVISIONS[0]
ROW_IDS = [
    uuid.UUID(int=0),
    uuid.UUID(int=2**128 - 1),
    uuid.UUID("5b0c8f1e-7a2d-4c3b-9e6f-1a2b3c4d5e6f"),
]
INTEGER_RANGES: list[tuple[type[Integer], int]] = [
    (BigInteger, 63),
    (SmallInteger, 15),
    (Integer, 31),
]
AWKWARD_TEXT = "Äiti Öljymäki-Åberg 👨‍👩‍👧 ’\"'\\ %_ ; DROP TABLE families; -- \t€ 日本 "
LONG_TEXT = ("Rivi ÄÖÅ äöå 👶\n" + AWKWARD_TEXT + "\r\n") * 400


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


@contextmanager
def engine_for(url: str) -> Iterator[Engine]:
    engine = create_database_engine(url)
    try:
        yield engine
    finally:
        engine.dispose()


@dataclass
class Filled:
    """The rows written, per table, in tables typed the way the app reads them."""

    tables: dict[str, Table] = field(default_factory=dict)
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def app_type(table_name: str, column: Column[Any]) -> TypeEngine[Any]:
    """The app's type of a column (an enum, an aware moment) where it knows it."""
    app_table = app_metadata.tables.get(table_name)
    if app_table is not None and column.name in app_table.c:
        return app_table.c[column.name].type
    return column.type


def underlying(type_: TypeEngine[Any]) -> TypeEngine[Any]:
    return type_.impl_instance if isinstance(type_, TypeDecorator) else type_


def integer_bounds(type_: Integer) -> tuple[int, int]:
    bits = next(bits for kind, bits in INTEGER_RANGES if isinstance(type_, kind))
    return -(2**bits), 2**bits - 1


def text_value(length: int | None, row: int, where: str) -> str:
    if row == 0:
        return ""
    if row == 1:
        return LONG_TEXT if length is None else (AWKWARD_TEXT * length)[:length]
    typical = f"Perhe Ääkkönen {where}"
    return typical if length is None else typical[:length]


def scalar_value(type_: TypeEngine[Any], row: int, where: str) -> Any:
    """Row 0 the low edge, row 1 the high edge, row 2 an everyday value."""
    plain = underlying(type_)
    if isinstance(type_, Enum):
        choices = type_.enums
        return [choices[0], choices[-1], choices[len(choices) // 2]][row]
    if isinstance(plain, Boolean):
        return [False, True, True][row]
    if isinstance(plain, Uuid):
        return ROW_IDS[row]
    if isinstance(plain, Integer):
        low, high = integer_bounds(plain)
        return [low, high, 42][row]
    if isinstance(plain, String):
        return text_value(plain.length, row, where)
    if isinstance(plain, DateTime):
        moments = [
            datetime(1000, 1, 1, tzinfo=UTC),
            datetime(9999, 12, 30, 23, 59, 59, 999999, tzinfo=UTC),
            # The night the clocks go back in Finland.
            datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
        ]
        return moments[row] if plain.timezone else moments[row].replace(tzinfo=None)
    if isinstance(plain, Date):
        return [date(1, 1, 1), date(9999, 12, 31), date(2024, 2, 29)][row]
    if isinstance(plain, Time):
        return [time(0, 0), time(23, 59, 59, 999999), time(9, 30)][row]
    raise AssertionError(f"no test value for {where} of type {type_!r}")


def fill_every_table(engine: Engine) -> Filled:
    """Three rows in every table; a row of a child refers to the same row of its parent."""
    reflected = MetaData()
    reflected.reflect(engine)
    filled = Filled()
    typed = MetaData()
    for table in reflected.sorted_tables:
        if table.name == "alembic_version":
            continue
        filled.tables[table.name] = Table(
            table.name,
            typed,
            *(Column(c.name, app_type(table.name, c), primary_key=c.primary_key) for c in table.c),
        )
        filled.rows[table.name] = [
            {c.name: column_value(filled, c, row) for c in table.c} for row in range(len(ROW_IDS))
        ]
    with engine.begin() as connection:
        for name, table in filled.tables.items():
            connection.execute(insert(table), filled.rows[name])
        # What the database keeps is what must survive: from 0007 on, a trigger
        # sets each mark's day from its session as the mark is written.
        for name, table in filled.tables.items():
            filled.rows[name] = [dict(row._mapping) for row in connection.execute(select(table))]
    return filled


# Columns the database keeps itself (triggers of 0007): a row holds what they would write.
DERIVED: dict[str, tuple[str, str]] = {"attendance.day": ("sessions", "day")}


# Columns a CHECK constraint keeps to a few values the app's mapping does not type.
CHECKED: dict[str, tuple[str, str, str]] = {
    "team_members.role": ("admin", "volunteer", "leader"),
}


def column_value(filled: Filled, column: Column[Any], row: int) -> Any:
    derived = DERIVED.get(f"{column.table.name}.{column.name}")
    if derived is not None:
        table, name = derived
        return filled.rows[table][row][name]
    checked = CHECKED.get(f"{column.table.name}.{column.name}")
    if checked is not None:
        return checked[row]
    if row == 0 and column.nullable:
        return None
    for foreign_key in column.foreign_keys:
        parent = foreign_key.column
        return filled.rows[parent.table.name][row][parent.name]
    where = f"{column.table.name}.{column.name}"
    return scalar_value(app_type(column.table.name, column), row, where)


def comparable(value: Any) -> Any:
    # SQLite gives a DateTime(timezone=True) column back without its zone; the
    # moment is the same.
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def in_order(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    normalised = [{name: comparable(value) for name, value in row.items()} for row in rows]
    return sorted(normalised, key=lambda row: [(v is None, str(v)) for v in row.values()])


def _lower_months(years: int | None) -> int | None:
    """0025's conversion of a lower target age; ages the app never took (below 0 or above
    18 years) become the nearest it takes."""
    return None if years is None else min(max(years, 0), 18) * 12


def _upper_months(years: int | None) -> int | None:
    lower = _lower_months(years)
    return None if lower is None else lower + 11


# Columns a migration replaced with one holding the same in another unit:
# "table.column" -> (the new column, what an old value becomes there).
CONVERTED: dict[str, tuple[str, Callable[[Any], Any]]] = {
    # 0025: target ages in whole months, a year its first month at the lower end and its
    # last at the upper end.
    "groups.target_age_min": ("target_age_min_months", _lower_months),
    "groups.target_age_max": ("target_age_max_months", _upper_months),
}


def as_stored_now(
    connection: Connection, table: Table, before: list[dict[str, Any]]
) -> tuple[Table, list[dict[str, Any]]]:
    """The table as the database has it now (a converted column under its new name) and
    the rows written before as they read there now."""
    present = {column["name"] for column in inspect(connection).get_columns(table.name)}
    columns, rows = [], [dict(row) for row in before]
    for column in table.c:
        converted = CONVERTED.get(f"{table.name}.{column.name}")
        if column.name in present or converted is None:
            columns.append(Column(column.name, column.type, primary_key=column.primary_key))
            continue
        new_name, convert = converted
        columns.append(Column(new_name, column.type))
        for row in rows:
            row[new_name] = convert(row.pop(column.name))
    return Table(table.name, MetaData(), *columns), rows


def assert_intact(engine: Engine, filled: Filled) -> None:
    with engine.connect() as connection:
        for name, table in filled.tables.items():
            now, before = as_stored_now(connection, table, filled.rows[name])
            stored = [
                dict(row._mapping)
                for row in connection.execute(select(now))
                if not added_by_a_migration(name, dict(row._mapping), before)
            ]
            assert in_order(stored) == in_order(before), f"rows of {name} changed"


def added_by_a_migration(table: str, row: dict[str, Any], before: list[dict[str, Any]]) -> bool:
    """A row that a later migration adds of its own (0010: the database's id), where
    the database did not have it already (one at 0010 or later does)."""
    if table != "settings" or row["key"] != DATABASE_ID_SETTING:
        return False
    return all(earlier["key"] != DATABASE_ID_SETTING for earlier in before)


def database_at(url: str, revision: str) -> Filled:
    with engine_for(url) as engine:
        upgrade_to(engine, revision)
        assert current_revision(engine) == revision
        return fill_every_table(engine)


def copies_aside(url: str) -> list[Path]:
    path = Path(str(make_url(url).database))
    return sorted(path.parent.glob(f"{path.name}.before-upgrade-*"))


def test_revisions_run_in_a_line_from_the_first_to_the_head() -> None:
    assert REVISIONS[0] == "0001"
    assert REVISIONS[-1] == head_revision()
    assert sorted(REVISIONS) == REVISIONS


def test_the_revisions_known_by_file_name_are_alembics_own_chain() -> None:
    """Opening a database reads the revisions from the migrations' file names, so that
    a database at the head opens without importing Alembic; they must agree."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(MIGRATIONS))
    chain = [revision.revision for revision in reversed(list(script.walk_revisions()))]
    assert chain == REVISIONS
    assert head_revision() == script.get_current_head()


def test_a_database_at_the_head_opens_without_importing_alembic(empty_database_url: str) -> None:
    open_database(empty_database_url).dispose()
    code = (
        "import sys; from ryhmat.storage.database import open_database; "
        f"open_database({empty_database_url!r}).dispose(); "
        "print(sorted(name for name in sys.modules if name.split('.')[0] == 'alembic'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_every_table_of_the_first_revision_gets_rows(empty_database_url: str) -> None:
    filled = database_at(empty_database_url, FIRST)
    assert "families" in filled.tables
    assert "attendance" in filled.tables
    with engine_for(empty_database_url) as engine, engine.connect() as connection:
        for name, table in filled.tables.items():
            assert len(connection.execute(select(table)).all()) == len(ROW_IDS), name


@pytest.mark.parametrize("start", REVISIONS[:-1])
def test_opening_an_old_database_upgrades_it_and_keeps_every_row(
    empty_database_url: str, start: str
) -> None:
    filled = database_at(empty_database_url, start)
    with open_database(empty_database_url) as database:
        assert current_revision(database.engine) == head_revision()
        assert_intact(database.engine, filled)
    if not is_sqlite(empty_database_url):
        return
    [copy] = copies_aside(empty_database_url)
    assert copy.name.startswith(f"ryhmat.sqlite3.before-upgrade-{start}-")
    with engine_for(f"sqlite:///{copy}") as engine:
        assert current_revision(engine) == start
        assert_intact(engine, filled)


ARCHIVABLE = ("groups", "places", "workers", "organisations")


@pytest.mark.parametrize("start", [r for r in REVISIONS if r < "0008"])
def test_an_upgraded_database_has_nothing_archived(empty_database_url: str, start: str) -> None:
    """Archiving came with 0008: whatever an older database had stays in the lists."""
    filled = database_at(empty_database_url, start)
    with open_database(empty_database_url) as database:
        assert_intact(database.engine, filled)
        reflected = MetaData()
        reflected.reflect(database.engine, only=ARCHIVABLE)
        with database.engine.connect() as connection:
            for name in ARCHIVABLE:
                table = reflected.tables[name]
                archived = connection.execute(select(table.c.archived)).scalars().all()
                assert archived == [False] * len(ROW_IDS), name
        with database.unit_of_work() as uow:
            assert uow.groups.archived_ids() == set()
            assert uow.places.archived_ids() == set()
            assert uow.workers.archived_ids() == set()
            assert uow.organisations.archived_ids() == set()
            assert len(uow.groups.list()) == len(ROW_IDS)


def test_each_migration_on_its_own_keeps_every_row(empty_database_url: str) -> None:
    filled = database_at(empty_database_url, FIRST)
    with engine_for(empty_database_url) as engine:
        for revision in REVISIONS[1:]:
            upgrade_to(engine, revision)
            assert current_revision(engine) == revision
            assert_intact(engine, filled)


def test_a_new_or_current_database_is_not_copied_aside(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ryhmat.sqlite3'}"
    for _ in range(2):
        with open_database(url):
            pass
    assert [p.name for p in tmp_path.iterdir()] == ["ryhmat.sqlite3"]


def test_the_copy_aside_is_a_whole_readable_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'ryhmat.sqlite3'}"
    database_at(url, FIRST)
    (tmp_path / "ryhmat.sqlite3").chmod(0o640)
    with open_database(url):
        pass
    [copy] = copies_aside(url)
    # The copy holds the same personal data: readable by nobody the original is not.
    assert copy.stat().st_mode & 0o777 & ~0o640 == 0
    with closing(sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (FIRST,)
        ]


def test_the_copy_aside_says_why_and_when() -> None:
    path = Path("/home/ohjaaja/ryhmat.sqlite3")
    moment = datetime(2026, 11, 23, 17, 15, tzinfo=HELSINKI)
    assert copy_aside_path(path, "0003", moment) == Path(
        "/home/ohjaaja/ryhmat.sqlite3.before-upgrade-0003-20261123T171500.sqlite3"
    )


def test_families_erased_before_the_erasure_log_are_logged_and_the_database_gets_an_id(
    empty_database_url: str,
) -> None:
    filled = database_at(empty_database_url, "0009")
    erased = {row["id"]: row["erased_on"] for row in filled.rows["families"] if row["erased_on"]}
    assert erased
    with open_database(empty_database_url) as database:
        with database.unit_of_work() as uow:
            assert uow.erasures.entries() == erased
        identity = database_id(database.engine)
    assert identity is not None
    assert re.fullmatch(r"[0-9a-f]{32}", identity)


@pytest.mark.parametrize("start", [r for r in REVISIONS if r < "0014"][-1:])
def test_an_upgraded_databases_families_were_not_told_or_asked(
    empty_database_url: str, start: str
) -> None:
    """The privacy notice and the permissions came with 0014: no family of an older
    database has been given the notice, nor asked a permission, as far as the app knows."""
    filled = database_at(empty_database_url, start)
    with open_database(empty_database_url) as database:
        assert_intact(database.engine, filled)
        with database.unit_of_work() as uow:
            families = uow.families.list()
    assert len(families) == len(ROW_IDS)
    assert {(f.privacy_notice_on, f.photo_permission, f.contact_permission) for f in families} == {
        (None, Permission.NOT_ASKED, Permission.NOT_ASKED)
    }
