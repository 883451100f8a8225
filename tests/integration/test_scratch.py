"""No leftovers: an export or backup killed with SIGKILL half-way leaves files (a workbook's
temporary file beside the target, a whole copy of the database, openpyxl's sheet files
holding names and ages), and the next start of the app removes them, never those of an
instance still running. Temporary names are short, whatever the target's."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import openpyxl
import pytest

from ryhmat.cli.main import main
from ryhmat.scratch import scratch_folder, scratch_root, sweep
from tests.integration import killed_writer
from tests.integration.backends import sqlite_url

WRITER = Path(killed_writer.__file__)
REPOSITORY = Path(__file__).parents[2]
TODAY = "2026-11-23"
PERIOD = ["--from", "1.8.2026", "--to", "23.11.2026"]
# The longest name most file systems take is 255 bytes.
LONG_STEM = "tilastot-" + "x" * 231


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = sqlite_url(tmp_path_factory.mktemp("demo") / "ryhmat.sqlite3")
    assert main(["--database", url, "demo", "--scale", "small", "--today", TODAY]) == 0
    return url


@pytest.fixture
def system_tmp(tmp_path: Path) -> Path:
    """The system temporary folder the killed process is given (TMPDIR)."""
    folder = tmp_path / "system-tmp"
    folder.mkdir()
    return folder


@contextmanager
def paused_writer(kind: str, url: str, target: Path, system_tmp: Path) -> Iterator[None]:
    """The writer, paused half-way; killed with SIGKILL when the block ends."""
    stderr = target.parent / f"{kind}.stderr"
    with stderr.open("w") as errors:
        writer = subprocess.Popen(
            [sys.executable, str(WRITER), kind, url, str(target)],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            cwd=REPOSITORY,
            env={**os.environ, "TMPDIR": str(system_tmp)},
        )
    try:
        assert writer.stdout is not None
        assert writer.stdout.readline() == "paused\n", stderr.read_text()
        yield
    finally:
        writer.kill()
        writer.wait()
        if writer.stdout is not None:
            writer.stdout.close()


def others_scratch() -> list[Path]:
    """Every file in the scratch folders of processes other than this test's."""
    own = scratch_folder()
    return [
        path for path in scratch_root().rglob("*") if path.is_file() and own not in path.parents
    ]


def hidden_files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.startswith("."))


@pytest.mark.parametrize("kind", ["export", "backup"])
def test_what_a_killed_export_or_backup_leaves_is_removed_at_the_next_start(
    demo_url: str, tmp_path: Path, system_tmp: Path, kind: str
) -> None:
    sweep()
    out = tmp_path / "out"
    out.mkdir()
    target = out / ("tilastot.xlsx" if kind == "export" else "kopio.sqlite3")
    with paused_writer(kind, demo_url, target, system_tmp):
        (left,) = hidden_files(out)
        assert len(left) < 30
        assert os.stat(out / left).st_mode & 0o777 == 0o600
        if kind == "export":
            # openpyxl's sheet files: in the app's private folder, not the system's.
            assert [p.suffix for p in others_scratch() if p.name.startswith("t")] != []
            assert list(system_tmp.iterdir()) == []
            assert (scratch_root().stat().st_mode & 0o777) == 0o700
        else:
            assert (out / left).stat().st_size > 100_000  # the whole database, names and all
        # A running instance's files are never swept.
        sweep()
        assert hidden_files(out) == [left]
    assert hidden_files(out) == [left]  # killed: nothing cleaned up after it

    # The next start, of any command, sweeps.
    assert main(["--database", demo_url, "groups"]) == 0
    assert hidden_files(out) == []
    assert not target.exists()
    assert others_scratch() == []
    assert list(system_tmp.iterdir()) == []


def test_an_export_to_a_245_character_name_succeeds_and_leaves_nothing(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"{LONG_STEM}.xlsx"
    assert len(target.name) == 245
    code = main(["--database", demo_url, "export", "excel", "--out", str(target), *PERIOD])
    assert code == 0, capsys.readouterr().err
    workbook = openpyxl.load_workbook(target, read_only=True)
    try:  # a read-only workbook keeps its file open until closed
        assert workbook.sheetnames[:2] == ["Tiivistelmä", "Yhteenveto"]
    finally:
        workbook.close()
    assert hidden_files(tmp_path) == []


def test_a_backup_to_a_245_character_name_succeeds_and_leaves_nothing(
    demo_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / f"{LONG_STEM[:-3]}.sqlite3"
    assert len(target.name) == 245
    assert main(["--database", demo_url, "backup", "--out", str(target)]) == 0
    assert target.stat().st_size > 100_000
    assert hidden_files(tmp_path) == []
