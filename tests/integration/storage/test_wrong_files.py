"""Opening the wrong file: a clear message, and the file exactly as it was.

Each case opens a file that must be refused and then checks that its bytes
and modification time are unchanged and that no -wal, -shm or -journal file
was left beside it.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import uuid
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import Connection, inspect, text

from ryhmat.cli.main import main
from ryhmat.storage.database import DatabaseError, create_database_engine, open_database

SIDE_SUFFIXES = ("-wal", "-shm", "-journal")
NOT_RYHMAT = "is not a Ryhmät database"
DAMAGED = "is damaged"
NEWER = "was made by a newer version of Ryhmät"
SEED = 20261123


@dataclass(frozen=True)
class Snapshot:
    content: bytes
    mtime_ns: int
    neighbours: frozenset[str]


def snapshot(path: Path) -> Snapshot:
    return Snapshot(
        content=path.read_bytes(),
        mtime_ns=path.stat().st_mtime_ns,
        neighbours=frozenset(p.name for p in path.parent.iterdir()),
    )


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def refuse(path: Path, expected: str) -> DatabaseError:
    """Open ``path``, expect ``expected`` in the message, and find the file untouched."""
    before = snapshot(path)
    with pytest.raises(DatabaseError) as raised:
        open_database(sqlite_url(path))
    message = str(raised.value)
    assert expected in message
    assert str(path) in message
    assert snapshot(path) == before
    assert not [s for s in SIDE_SUFFIXES if path.with_name(path.name + s).exists()]
    return raised.value


def ryhmat_file(path: Path, families: int = 40) -> Path:
    """A real Ryhmät database of several pages, closed (no -wal left)."""
    with open_database(sqlite_url(path)) as database, database.engine.begin() as connection:
        # Plain SQL: these files are about pages on disk, not about the repositories.
        for number in range(families):
            connection.execute(
                text(
                    "INSERT INTO families (id, name, phone, notes) VALUES (:id, :name, '', :notes)"
                ),
                {"id": uuid.uuid4().hex, "name": f"Perhe Äijälä {number}", "notes": "Tärkeä " * 60},
            )
    return path


def page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def garbage_over_page(number: int) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        size = page_size(path)
        with path.open("r+b") as file:
            file.seek((number - 1) * size)
            file.write(random.Random(SEED + number).randbytes(size))

    return damage


def garbage_over_the_middle(path: Path) -> None:
    pages = path.stat().st_size // page_size(path)
    garbage_over_page(pages // 2)(path)


def truncated_to_half(path: Path) -> None:
    os.truncate(path, path.stat().st_size // 2)


def truncated_off_a_page_boundary(path: Path) -> None:
    os.truncate(path, path.stat().st_size - page_size(path) - 100)


@pytest.mark.parametrize(
    "damage",
    [
        garbage_over_page(2),
        garbage_over_the_middle,
        truncated_to_half,
        truncated_off_a_page_boundary,
    ],
    ids=["page-2", "middle-page", "half-truncated", "truncated-mid-page"],
)
def test_a_damaged_database_is_refused_untouched(
    tmp_path: Path, damage: Callable[[Path], None]
) -> None:
    path = ryhmat_file(tmp_path / "ryhmat.sqlite3")
    damage(path)
    error = refuse(path, DAMAGED)
    assert "backup" in str(error)


def write_text_file(path: Path) -> None:
    path.write_text("Ryhmän osallistujat\nÄiti;Isä;Lapsi\n", encoding="utf-8")


def write_pdf(path: Path) -> None:
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" * 50)


def write_zip(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("nimilista.csv", "Perhe;Jäsen\nVirtanen;Aino\n")


def write_tiny_file(path: Path) -> None:
    path.write_bytes(b"SQL")


def write_other_sqlite_database(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.execute("INSERT INTO notes (body) VALUES ('kauppalista')")
    connection.close()


def write_sqlite_header_only(path: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84)


@pytest.mark.parametrize(
    ("write", "expected"),
    [
        (write_text_file, NOT_RYHMAT),
        (write_pdf, NOT_RYHMAT),
        (write_zip, NOT_RYHMAT),
        (write_tiny_file, NOT_RYHMAT),
        (write_other_sqlite_database, NOT_RYHMAT),
        (write_sqlite_header_only, DAMAGED),
    ],
    ids=["text", "pdf", "zip", "three-bytes", "other-sqlite-app", "bare-header"],
)
def test_a_file_that_is_not_a_ryhmat_database_is_refused_untouched(
    tmp_path: Path, write: Callable[[Path], None], expected: str
) -> None:
    path = tmp_path / "tiedosto.sqlite3"
    write(path)
    refuse(path, expected)


def test_a_newer_database_file_is_refused_untouched(tmp_path: Path) -> None:
    path = ryhmat_file(tmp_path / "ryhmat.sqlite3", families=2)
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.close()
    error = refuse(path, NEWER)
    assert "Update Ryhmät" in str(error)


def test_a_database_from_a_newer_version_is_not_written_to(database_url: str) -> None:
    with open_database(database_url) as database, database.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
        tables = set(inspect(connection).get_table_names())
    with pytest.raises(DatabaseError, match=NEWER):
        open_database(database_url)
    with connected_without_checks(database_url) as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).all() == [
            ("9999",)
        ]
        assert set(inspect(connection).get_table_names()) == tables


@contextmanager
def connected_without_checks(url: str) -> Iterator[Connection]:
    engine = create_database_engine(url, accept_newer=True)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def test_an_older_database_with_a_wal_file_beside_it_still_opens(tmp_path: Path) -> None:
    """A file left with its -wal after a crash is read through the journal, not refused."""
    path = tmp_path / "ryhmat.sqlite3"
    first = open_database(sqlite_url(path))
    try:
        with first.engine.begin() as connection:
            connection.execute(
                text("INSERT INTO places (id, name, address) VALUES (:id, 'Neuvola', '')"),
                {"id": uuid.uuid4().hex},
            )
        assert path.with_name(path.name + "-wal").exists()
        with open_database(sqlite_url(path)) as second, second.engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM places")).all() == [("Neuvola",)]
    finally:
        first.dispose()


def test_an_empty_file_becomes_a_new_database(tmp_path: Path) -> None:
    path = tmp_path / "tyhjä.sqlite3"
    path.touch()
    with open_database(sqlite_url(path)) as database, database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM families")).scalar() == 0
    assert path.stat().st_size > 0


def test_a_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "kansio.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseError, match="it is a folder, not a database file") as raised:
        open_database(sqlite_url(folder))
    assert str(folder) in str(raised.value)
    assert list(tmp_path.iterdir()) == [folder]
    assert list(folder.iterdir()) == []


def test_a_named_pipe_or_a_device_is_refused_by_the_command_at_once(tmp_path: Path) -> None:
    # Reading a pipe's header waited for a writer forever: the command hung.
    pipe = tmp_path / "putki.sqlite3"
    os.mkfifo(pipe)
    for path in (pipe, Path(os.devnull)):
        result = subprocess.run(
            [sys.executable, "-m", "ryhmat", "--database", sqlite_url(path), "groups"],
            capture_output=True,
            text=True,
            timeout=60,
            cwd=Path(__file__).parents[3],
        )
        assert (result.returncode, result.stdout) == (2, "")
        assert (
            result.stderr == f"Tiedosto {path} ei ole Ryhmät-tietokanta. Tiedostoa ei muutettu.\n"
        )
    assert list(tmp_path.iterdir()) == [pipe]


def test_a_path_in_a_missing_folder_is_refused_and_nothing_is_created(tmp_path: Path) -> None:
    missing = tmp_path / "ei-ole"
    path = missing / "ryhmat.sqlite3"
    with pytest.raises(DatabaseError) as raised:
        open_database(sqlite_url(path))
    assert str(raised.value) == (
        f"Cannot open the database {path}: the folder {missing} does not exist."
    )
    assert list(tmp_path.iterdir()) == []


UNREADABLE_CHECK = """
import sys
from ryhmat.storage.database import DatabaseError, create_database_engine, open_database
try:
    open_database("sqlite:///" + sys.argv[1])
except DatabaseError as error:
    print(error)
"""


def without_root_powers() -> list[str]:
    """A command prefix under which the permission bits hold, also for root."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    # util-linux, essential on Debian: never skip, a missing tool fails the run.
    assert setpriv is not None, "root reads every file; setpriv is needed to drop that power"
    return [setpriv, "--inh-caps=-all", "--ambient-caps=-all", "--bounding-set=-all"]


def test_an_unreadable_file_is_refused_untouched(tmp_path: Path) -> None:
    path = ryhmat_file(tmp_path / "toisen.sqlite3", families=1)
    os.chmod(path, 0)
    before = snapshot(path)
    result = subprocess.run(
        [*without_root_powers(), sys.executable, "-c", UNREADABLE_CHECK, str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[3],
    )
    assert result.stdout.strip() == (
        f"Cannot open the database {path}: you do not have permission to read it."
    )
    assert snapshot(path) == before


def test_the_command_line_shows_the_message_and_exits_with_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "lista.sqlite3"
    write_text_file(path)
    before = snapshot(path)
    assert main(["--database", sqlite_url(path), "groups"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    # The command line speaks Finnish (the tests' RYHMAT_LANGUAGE).
    assert err == f"Tiedosto {path} ei ole Ryhmät-tietokanta. Tiedostoa ei muutettu.\n"
    assert snapshot(path) == before
