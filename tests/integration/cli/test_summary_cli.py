"""`ryhmat export summary`: the one-page summary of a period as a PDF, read back with
poppler's pdftotext and pdfinfo."""

from __future__ import annotations

import errno
import json
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from ryhmat.cli import summary
from ryhmat.cli.main import main
from ryhmat.domain.timezone import HELSINKI
from ryhmat.i18n import chosen_language, load_language
from ryhmat.ui import printing
from tests.integration.backends import BACKENDS, databases_of
from tests.integration.cli.in_process import run
from tests.pdf import pdf_pages, pdf_text

PERIOD = ["--from", "1.8.2026", "--to", "23.11.2026"]


@pytest.fixture(autouse=True)
def the_clock_and_the_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command runs at noon of the demo's today; the language it loads is put back."""
    monkeypatch.setattr(
        summary, "helsinki_now", lambda: datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)
    )
    previous = chosen_language()
    yield
    load_language(previous)


@pytest.fixture(scope="module", params=BACKENDS)
def demo_database(request: pytest.FixtureRequest) -> Iterator[str]:
    with databases_of(request).empty() as url:
        assert main(["--database", url, "demo", "--scale", "small", "--today", "2026-11-23"]) == 0
        yield url


def test_the_summary_of_an_organisations_groups(
    capsys: pytest.CaptureFixture[str], demo_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "mll.pdf"
    code, printed, err = run(
        capsys,
        *("--database", demo_database, "export", "summary", "--out", str(out), *PERIOD),
        *("--organisation", "MLL:n Järvelän yhdistys"),
    )
    assert (code, err) == (0, "")
    assert printed.strip() == str(out)
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    assert "Ryhmätoiminta lyhyesti" in text
    assert "Aikaväli: 1.8.2026–23.11.2026" in text
    assert "Rajaukset: Järjestäjä: MLL:n Järvelän yhdistys" in text
    # The same figures as `ryhmat stats` for the same period and filter.
    code, stats, _ = run(
        capsys,
        "--database",
        demo_database,
        "stats",
        *PERIOD,
        "--organisation",
        "MLL:n Järvelän yhdistys",
        "--json",
    )
    assert code == 0
    total = json.loads(stats)["total"]
    assert f"Pidetyt kerrat {total['sessions_held']} " in text
    assert f"Käyntikerrat yhteensä {total['visits']} " in text


def test_in_swedish_on_request(
    capsys: pytest.CaptureFixture[str], demo_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "sammandrag.pdf"
    code, _, err = run(
        capsys,
        *("--database", demo_database, "export", "summary", "--out", str(out), *PERIOD),
        *("--language", "sv"),
    )
    assert (code, err) == (0, "")
    text = pdf_text(out)
    assert "Gruppverksamheten i korthet" in text
    assert "Avgränsningar: Alla grupper" in text
    assert "Beläggningsgrad" in text


def test_a_missing_folder_is_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], demo_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "ei ole" / "tiivistelmä.pdf"
    code, printed, err = run(
        capsys, "--database", demo_database, "export", "summary", "--out", str(out)
    )
    assert code != 0
    assert printed == ""
    assert len(err.strip().splitlines()) == 1
    assert not out.parent.exists()


def test_a_disk_that_refuses_the_file_is_one_line_in_the_persons_language(
    capsys: pytest.CaptureFixture[str],
    demo_database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    """The folder looks writable but the write fails (a read-only mount, a share that
    refuses): no traceback, and the message in the person's language, not the summary's."""

    def read_only(path: Path, suffix: str) -> Path:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(printing, "temporary_beside", read_only)
    out = tmp_path / "tiivistelmä.pdf"
    code, printed, err = run(
        capsys,
        *("--database", demo_database, "export", "summary", "--out", str(out), *PERIOD),
        *("--language", "sv"),
    )
    assert code != 0
    assert printed == ""
    assert err.strip() == f"The PDF could not be saved to {out}: {os.strerror(errno.EROFS)}"
    assert not out.exists()


def test_a_file_the_system_refuses_is_one_line(
    capsys: pytest.CaptureFixture[str], demo_database: str
) -> None:
    """/proc looks writable to an administrator, but no file can be made in it."""
    out = Path("/proc/tiivistelmä.pdf")
    code, printed, err = run(
        capsys, "--database", demo_database, "export", "summary", "--out", str(out)
    )
    assert code != 0
    assert printed == ""
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err
