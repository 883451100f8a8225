"""An SQLite URL means exactly one file: the real `ryhmat` process is given crafted URLs.

A query (``?mode=ro&uri=true`` made SQLAlchemy hand SQLite a URI, which created a
new empty database named ``base.sqlite3?mode=ro``, mode 0644, past every check),
a ``file:`` URI (this SQLite reads one as a URI even without ``uri=true``), a
percent-escaped one: each is refused with one line and exit 2, and no file
appears. Characters that are only part of a name (``#``, an escaped ``?``) name
exactly that file, which gets every check and the owner-only mode.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ryhmat.storage.database import open_database
from ryhmat.storage.locations import sqlite_file_url

OPTIONS = "has options in it"


def ryhmat(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    command = [str(Path(sys.executable).with_name("ryhmat")), *argv]
    environment = {**os.environ, "RYHMAT_LANGUAGE": "en", **(env or {})}
    return subprocess.run(command, capture_output=True, text=True, env=environment, check=False)


def listing(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


@pytest.fixture
def base(tmp_path: Path) -> Path:
    path = tmp_path / "base.sqlite3"
    open_database(sqlite_file_url(path)).dispose()
    return path


CRAFTED = {
    "uri=true with mode=ro": "sqlite:///{base}?mode=ro&uri=true",
    "mode=rwc": "sqlite:///{base}?mode=rwc&uri=true",
    "a driver option": "sqlite:///{base}?timeout=1",
    "immutable": "sqlite:///{base}?immutable=1&uri=true",
    "nolock": "sqlite:///{base}?nolock=1",
    "a file: URI": "sqlite:///file:{base}",
    "a FILE: URI": "sqlite:///FILE:{base}",
    "a file: URI with escaped options": "sqlite:///file:{base}%3Fmode%3Dro",
    "a memory database by a query": "sqlite:///{base}?mode=memory&cache=shared",
    "an escaped NUL byte": "sqlite:///{base}%00.other",
}


@pytest.mark.parametrize("template", CRAFTED.values(), ids=CRAFTED.keys())
@pytest.mark.parametrize("through", ["--database", "RYHMAT_DATABASE_URL"])
def test_a_url_that_would_open_another_file_is_refused_and_makes_none(
    base: Path, template: str, through: str
) -> None:
    url = template.format(base=base)
    before = listing(base.parent)
    if through == "--database":
        done = ryhmat("--database", url, "groups")
    else:
        done = ryhmat("groups", env={"RYHMAT_DATABASE_URL": url})
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert any(words in done.stderr for words in (OPTIONS, "Cannot open", "a NUL character"))
    assert listing(base.parent) == before
    assert not list(Path.cwd().glob("file:*"))


@pytest.mark.parametrize("command", [["backup", "--out", "{folder}/copy.sqlite3"], ["demo"]])
def test_other_commands_refuse_it_too(base: Path, command: list[str]) -> None:
    before = listing(base.parent)
    argv = [part.format(folder=base.parent) for part in command]
    done = ryhmat("--database", f"sqlite:///{base}?mode=ro&uri=true", *argv)
    assert (done.returncode, OPTIONS in done.stderr) == (2, True)
    assert listing(base.parent) == before


@pytest.mark.parametrize("name", ["a#b.sqlite3", "what?.sqlite3", "100%.sqlite3", "a b.sqlite3"])
def test_a_name_with_special_characters_is_exactly_that_file_made_private(
    tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    done = ryhmat("--database", sqlite_file_url(path), "groups")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_question_mark_with_nothing_after_it_names_the_file_itself(base: Path) -> None:
    before = sorted(p.name for p in base.parent.iterdir())
    done = ryhmat("--database", f"sqlite:///{base}?", "groups")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in base.parent.iterdir()) == before
