"""`ryhmat export programme`: a group's season programme for families as a PDF in
Finnish or Swedish, read back with poppler's pdftotext and pdfinfo."""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from ryhmat.cli import programme
from ryhmat.cli.main import main
from ryhmat.domain.timezone import HELSINKI
from ryhmat.i18n import chosen_language, load_language
from ryhmat.ui import printing
from tests.integration.backends import BACKENDS, databases_of
from tests.integration.cli.in_process import run
from tests.pdf import pdf_pages, pdf_text

BABIES = "Vauvaryhmä Pikkuiset"
OPEN_DAYCARE = "Avoin päiväkoti Pikkupesä"
# The words of a Finnish programme that a Swedish one must not have (the group's and
# the closures' own names are the team's data, in the language they were written in).
FINNISH_WORDS = (
    "Ohjelma",
    "Päivä",
    "Aika",
    "Teema",
    "Paikka",
    "Ohjaajat",
    "Peruttu",
    "Ei kokoontumista",
    "Sivu",
    "maanantai",
    "tiistai",
    "keskiviikko",
    "perjantai",
    "Pyhäinpäivä",
)


@pytest.fixture(autouse=True)
def the_clock_and_the_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command runs at noon of the demo's today; the language it loads is put back."""
    monkeypatch.setattr(
        programme, "helsinki_now", lambda: datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)
    )
    monkeypatch.delenv("RYHMAT_LANGUAGE", raising=False)
    previous = chosen_language()
    yield
    load_language(previous)


@pytest.fixture(scope="module", params=BACKENDS)
def demo_database(request: pytest.FixtureRequest) -> Iterator[str]:
    with databases_of(request).empty() as url:
        assert main(["--database", url, "demo", "--scale", "small", "--today", "2026-11-23"]) == 0
        yield url


def export(capsys: pytest.CaptureFixture[str], database: str, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--database", database, "export", "programme", *args)


def test_the_season_going_on_in_finnish(
    capsys: pytest.CaptureFixture[str], demo_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "ohjelma.pdf"
    code, printed, err = export(capsys, demo_database, "--group", BABIES, "--out", str(out))
    assert (code, err) == (0, "")
    assert printed.strip() == str(out)
    assert pdf_pages(out) == 1
    text = pdf_text(out)
    assert text.startswith(f"{BABIES} Ohjelma: Syyskausi 2026 · 17.8.2026–20.12.2026")
    assert "Paikka: Perhekeskus Majakka, Keskuskatu 12, 41900 Järvelä" in text
    assert "Ohjaajat: " in text
    assert "Päivä Aika Teema" in text
    assert "tiistai 18.8.2026 9.30–11.00" in text
    assert "tiistai 13.10.2026 Ei kokoontumista: Syysloma 2026" in text
    assert "tiistai 17.11.2026 9.30–11.00 Peruttu: Ohjaaja sairastunut" in text
    assert "tiistai 15.12.2026 9.30–11.00" in text
    # Dates in order, written the Finnish way.
    days = re.findall(r"(\d{1,2})\.(\d{1,2})\.2026", text.split("Päivä Aika", 1)[1])
    assert days == sorted(days, key=lambda day: (int(day[1]), int(day[0])))


def test_a_season_asked_for_in_swedish_has_no_finnish_word(
    capsys: pytest.CaptureFixture[str], demo_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "program.pdf"
    code, _, err = export(
        capsys,
        demo_database,
        *("--group", OPEN_DAYCARE, "--out", str(out)),
        *("--season", "syyskausi 2026", "--language", "sv"),
    )
    assert (code, err) == (0, "")
    pages = pdf_pages(out)
    assert pages > 1
    for page in range(1, pages + 1):
        # The group's name on every page, and which page it is.
        assert pdf_text(out, page).startswith(
            f"Sida {page}/{pages} {OPEN_DAYCARE} Program: Syyskausi 2026 ·"
        )
    text = pdf_text(out)
    assert "Plats: Leikkipuisto Kettukallio" in text
    # The syysloma's weekdays in one line, the sessions around it on their own.
    assert (
        "fredag 9.10.2026 9.00–11.30 12.10.2026–16.10.2026 Ingen träff: Syysloma 2026 "
        "måndag 19.10.2026 9.00–11.30"
    ) in text
    assert "måndag 17.8.2026 9.00–11.30" in text
    assert "fredag 18.12.2026 9.00–11.30" in text
    for word in FINNISH_WORDS:
        assert word not in text


def test_a_holiday_is_named_in_swedish(
    capsys: pytest.CaptureFixture[str], demo_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "karhunpojat.pdf"
    code, _, _ = export(
        capsys,
        demo_database,
        *("--group", "Isä–lapsi-ryhmä Karhunpojat", "--out", str(out), "--language", "sv"),
    )
    assert code == 0
    text = pdf_text(out)
    assert "lördag 31.10.2026 Ingen träff: Alla helgons dag" in text
    assert "lördag 17.10.2026 Ingen träff: Syysloma 2026" in text


@pytest.mark.usefixtures("english")
def test_an_unknown_group_or_season_is_one_line_and_writes_nothing(
    capsys: pytest.CaptureFixture[str], demo_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "ohjelma.pdf"
    code, printed, err = export(capsys, demo_database, "--group", "Ei ole", "--out", str(out))
    assert code == 2
    assert (printed, err.strip()) == ("", "There is no group called “Ei ole”.")
    code, printed, err = export(
        capsys, demo_database, "--group", BABIES, "--out", str(out), "--season", "Kesä 1999"
    )
    assert code == 2
    assert (printed, err.strip()) == ("", "The group has no season called “Kesä 1999”.")
    assert not out.exists()
    missing = tmp_path / "ei ole" / "ohjelma.pdf"
    code, printed, err = export(capsys, demo_database, "--group", BABIES, "--out", str(missing))
    assert code != 0
    assert printed == ""
    assert len(err.strip().splitlines()) == 1
    assert not missing.parent.exists()


def test_a_disk_that_refuses_the_file_is_one_line_in_the_persons_language(
    capsys: pytest.CaptureFixture[str],
    demo_database: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    english: None,
) -> None:
    """The folder looks writable but the write fails (a read-only mount, a share that
    refuses): no traceback, and the message in the person's language, not the PDF's."""

    def full_disk(path: Path, suffix: str) -> Path:
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(printing, "temporary_beside", full_disk)
    out = tmp_path / "ohjelma.pdf"
    code, printed, err = export(
        capsys, demo_database, "--group", BABIES, "--out", str(out), "--language", "sv"
    )
    assert code != 0
    assert printed == ""
    assert err.strip() == f"The PDF could not be saved to {out}: {os.strerror(errno.EROFS)}"
    assert not out.exists()
