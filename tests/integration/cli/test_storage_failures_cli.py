"""A locked database, a full disk: one line, exit 2, nothing saved, no personal data.

The lock is held by a second real process; the disk fills for real (SQLite's
``max_page_count`` caps the file at the pages it has). Whatever the failed
statements carried (the roster's names) must show nowhere.
"""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, text
from sqlalchemy.exc import DBAPIError

import ryhmat.storage.database
from ryhmat.cli.main import main
from ryhmat.storage.database import (
    Database,
    create_database_engine,
    current_revision,
    upgrade_to,
)
from ryhmat.storage.locations import sqlite_file_url
from tests.integration.backends import SQLITE_ONLY, sqlite_path
from tests.integration.cli.in_process import run
from tests.integration.domain.usecases.test_roster_import import row_counts
from tests.integration.racing import ROOT
from tests.integration.storage_holder import write_lock_held
from tests.integration.world import World
from tests.roster_files import FINNISH_HEADER, write_xlsx

pytestmark = pytest.mark.usefixtures("english")

GROUP = "Isä-lapsi-ryhmä"
# Names that appear nowhere else: finding one in an error means it leaked.
PEOPLE = [("Salaperäinen", "Eemeli"), ("Tuntematon", "Kerttu")]

BUSY = (
    "The database is busy: another user or program is saving at this moment. "
    "Nothing was saved; try again in a moment.\n"
)
DISK_FULL = "The disk is full. Nothing was saved; free some space and try again.\n"


def roster(tmp_path: Path, families: int = 300) -> Path:
    rows: list[list[object]] = [FINNISH_HEADER]
    rows += [[family, first, "isä", "", "", ""] for family, first in PEOPLE]
    rows += [[f"Perhe {n:04d}", "Isä", "isä", "", "", ""] for n in range(families)]
    return write_xlsx(tmp_path / "nimilista.xlsx", rows)


def import_roster(capsys: pytest.CaptureFixture[str], url: str, path: Path) -> tuple[int, str, str]:
    code = main(["--database", url, "import", "roster", str(path), "--group", GROUP])
    out, err = capsys.readouterr()
    return code, out, err


def assert_no_personal_data(text: str) -> None:
    for family, first in PEOPLE:
        assert family not in text
        assert first not in text


@SQLITE_ONLY
def test_an_import_while_another_program_writes_says_busy_in_one_line(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    database: Database,
    world: World,
    database_url: str,
    tmp_path: Path,
) -> None:
    # Waiting ten seconds for the other writer would only make the test slow.
    monkeypatch.setattr(ryhmat.storage.database, "SQLITE_BUSY_TIMEOUT_MS", 200)
    path = roster(tmp_path)
    before = row_counts(database)

    with write_lock_held(sqlite_path(database_url)):
        code, out, err = import_roster(capsys, database_url, path)

    assert (code, out, err) == (2, "", BUSY)
    assert_no_personal_data(err)
    assert row_counts(database) == before
    assert stat.S_IMODE(sqlite_path(database_url).stat().st_mode) == 0o600


def test_a_database_to_upgrade_while_another_program_writes_says_busy_in_one_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(ryhmat.storage.database, "SQLITE_BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "vanha.sqlite3"
    url = sqlite_file_url(path)
    engine = create_database_engine(url)
    try:
        upgrade_to(engine, "0009")
    finally:
        engine.dispose()

    with write_lock_held(path):
        code, out, err = run(capsys, "--database", url, "groups")

    assert (code, out, err) == (2, "", BUSY)
    engine = create_database_engine(url)
    try:
        assert current_revision(engine) == "0009"
    finally:
        engine.dispose()


@SQLITE_ONLY
def test_an_import_onto_a_full_disk_says_so_in_one_line(
    capsys: pytest.CaptureFixture[str],
    database: Database,
    world: World,
    database_url: str,
    tmp_path: Path,
) -> None:
    path = roster(tmp_path, families=2000)
    before = row_counts(database)

    def no_room_to_grow(dbapi_connection: Any, _record: Any) -> None:
        # The file may hold no page more than it has now, as on a full disk.
        dbapi_connection.execute("PRAGMA max_page_count = 1")

    event.listen(Engine, "connect", no_room_to_grow)
    try:
        code, out, err = import_roster(capsys, database_url, path)
    finally:
        event.remove(Engine, "connect", no_room_to_grow)

    assert (code, out, err) == (2, "", DISK_FULL)
    assert_no_personal_data(err)
    assert row_counts(database) == before


INPUT_OUTPUT = (
    "The database could not be read or written (an input/output error). Nothing was saved; "
    "check the disk or the network drive and try again.\n"
)
# The command in a process whose files may not grow past a limit: a write past it
# fails with EFBIG, which SQLite reports as an input/output error.
LIMITED_WRITER = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
limit = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from ryhmat.cli.main import main
sys.exit(main(sys.argv[2:]))
"""


@SQLITE_ONLY
def test_an_input_output_error_is_one_line_and_exit_2_from_the_real_command(
    database: Database, world: World, database_url: str, tmp_path: Path
) -> None:
    path = roster(tmp_path, families=2000)
    before = row_counts(database)
    limit = sqlite_path(database_url).stat().st_size + 64 * 1024

    finished = subprocess.run(
        [
            sys.executable,
            "-c",
            LIMITED_WRITER,
            str(limit),
            "--database",
            database_url,
            "import",
            "roster",
            str(path),
            "--group",
            GROUP,
        ],
        cwd=ROOT,
        env={**os.environ, "RYHMAT_LANGUAGE": "en"},
        capture_output=True,
        text=True,
        timeout=300,
    )

    assert (finished.returncode, finished.stdout, finished.stderr) == (2, "", INPUT_OUTPUT)
    assert row_counts(database) == before


UNAVAILABLE_FILE = (
    "The database file could not be opened or written: it may be read-only, moved or "
    "deleted, or its drive may have been disconnected. Nothing was saved; check the file "
    "and its drive, then try again.\n"
)


@SQLITE_ONLY
def test_a_database_file_moved_away_while_open_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    database: Database,
    world: World,
    database_url: str,
    tmp_path: Path,
) -> None:
    # A colleague moves the file on the shared drive while the import runs: SQLite
    # refuses to write to a file no longer at its name (SQLITE_READONLY_DBMOVED).
    path = roster(tmp_path)
    database_file = sqlite_path(database_url)
    moved = database_file.with_name("siirretty.sqlite3")
    before = row_counts(database)

    def move_away(_dbapi_connection: Any, _record: Any) -> None:
        if database_file.exists():
            database_file.rename(moved)

    event.listen(Engine, "connect", move_away)
    try:
        code, out, err = import_roster(capsys, database_url, path)
    finally:
        event.remove(Engine, "connect", move_away)

    assert (code, out, err) == (2, "", INPUT_OUTPUT)
    assert_no_personal_data(err)
    moved.rename(database_file)
    assert row_counts(database) == before


@SQLITE_ONLY
@pytest.mark.parametrize("command", [["groups"], ["retention", "--years", "3"]])
def test_a_database_file_sqlite_cannot_open_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    database: Database,
    world: World,
    database_url: str,
    command: list[str],
) -> None:
    # SQLite cannot open the file's shared-memory companion, as on a read-only drive
    # or share (SQLITE_CANTOPEN): here the companion's name is a symbolic link to itself.
    database.dispose()
    shared_memory = sqlite_path(database_url).with_name(f"{sqlite_path(database_url).name}-shm")
    shared_memory.unlink(missing_ok=True)
    shared_memory.symlink_to(shared_memory.name)
    try:
        code = main(["--database", database_url, *command])
        out, err = capsys.readouterr()
    finally:
        shared_memory.unlink()

    assert (code, out, err) == (2, "", UNAVAILABLE_FILE)


def has_open(pid: int, path: Path) -> bool:
    """Does the process hold ``path`` open (it is inside the command by then)."""
    try:
        descriptors = list(Path(f"/proc/{pid}/fd").iterdir())
    except OSError:
        return False
    for descriptor in descriptors:
        try:
            if Path(os.readlink(descriptor)) == path:
                return True
        except OSError:
            continue
    return False


@SQLITE_ONLY
def test_ctrl_c_in_the_middle_of_an_import_prints_no_traceback_and_saves_nothing(
    database: Database, world: World, database_url: str, tmp_path: Path
) -> None:
    path = roster(tmp_path, families=19000)
    before = row_counts(database)
    database_file = sqlite_path(database_url)

    command_line = ["--database", database_url, "import", "roster", str(path), "--group", GROUP]
    with subprocess.Popen(
        [sys.executable, "-m", "ryhmat", *command_line],
        cwd=ROOT,
        env={**os.environ, "RYHMAT_LANGUAGE": "en"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # As a terminal's Ctrl-C finds it: SIGINT not ignored.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    ) as command:
        while not has_open(command.pid, database_file):
            assert command.poll() is None, "the import ended before it could be interrupted"
            time.sleep(0.01)
        command.send_signal(signal.SIGINT)
        out, err = command.communicate(timeout=300)

    assert (command.returncode, out, err) == (130, "", "")
    assert row_counts(database) == before


def test_a_bug_shows_where_it_happened_but_not_what_its_message_quoted(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    phone = "040 555 0101"

    def failing(_args: object) -> int:
        raise RuntimeError(f"could not list the families: Virtanen {phone}")

    monkeypatch.setattr("ryhmat.cli.commands.groups", failing)
    code = main(["--database", f"sqlite:///{tmp_path / 'x.sqlite3'}", "groups"])
    out, err = capsys.readouterr()

    assert (code, out) == (1, "")
    assert "in failing" in err
    assert err.endswith("builtins.RuntimeError (message withheld)\n")
    assert phone not in err


@pytest.mark.parametrize("database_url", ["sqlite", "postgresql"], indirect=True)
def test_no_engine_of_the_app_writes_a_statements_parameters_into_an_error(
    database: Database, database_url: str
) -> None:
    phone = "040 555 0102"
    assert database.engine.hide_parameters
    statement = text("INSERT INTO families (id, name) VALUES (NULL, :phone)")
    with pytest.raises(DBAPIError) as raised, database.engine.connect() as connection:
        connection.execute(statement, {"phone": phone})
    message = str(raised.value)
    assert "[SQL parameters hidden due to hide_parameters=True]" in message
    # PostgreSQL's own detail can still quote the row ("Failing row contains (..., 040 ...)"):
    # that is why no error's message is ever printed or logged (the tests above).
    assert "[parameters:" not in message
