"""`ryhmat export family`: everything held about one family as a PDF, read back with
poppler's pdftotext."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from ryhmat.cli import family_report
from ryhmat.cli.main import main
from ryhmat.domain.model import Permission, UsageAction
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.families import get_family, save_family
from ryhmat.domain.usecases.family_record import find_family
from ryhmat.domain.usecases.usage_log import usage_of_family
from ryhmat.i18n import chosen_language, load_language
from ryhmat.storage.database import open_database
from tests.integration.backends import BACKENDS, databases_of
from tests.integration.cli.in_process import run
from tests.pdf import pdf_text

TODAY = date(2026, 11, 23)
FAMILY = "Airaksinen"
NOTES = "Tulee bussilla; isä soittaa, jos myöhästyy."


@pytest.fixture(autouse=True)
def the_clock_and_the_language(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The command runs on the demo's today; the language it loads is put back after."""
    monkeypatch.setattr(
        family_report, "helsinki_now", lambda: datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)
    )
    previous = chosen_language()
    yield
    load_language(previous)


@pytest.fixture(scope="module", params=BACKENDS)
def demo_database(request: pytest.FixtureRequest) -> Iterator[str]:
    """The small demo, one of whose families was told and asked, and has notes."""
    with databases_of(request).empty() as url:
        assert main(["--database", url, "demo", "--scale", "small", "--today", "23.11.2026"]) == 0
        with open_database(url) as database, database.unit_of_work() as uow:
            family = get_family(uow, find_family(uow, FAMILY))
            family.privacy_notice_on = date(2026, 1, 6)
            family.photo_permission = Permission.YES
            family.contact_permission = Permission.NO
            family.notes = NOTES
            save_family(uow, family, TODAY)
        yield url


def test_everything_held_about_the_family_in_finnish(
    capsys: pytest.CaptureFixture[str], demo_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "airaksinen.pdf"
    code, printed, err = run(
        capsys,
        *("--database", demo_database, "export", "family"),
        *("--family", "airaksinen", "--out", str(out), "--language", "fi"),
    )
    assert (code, err, printed.strip()) == (0, "", str(out))
    text = pdf_text(out)
    assert "Kaikki perheestä Airaksinen kirjatut tiedot" in text
    assert "Tulostettu 23.11.2026" in text  # the day it was made
    # Its details and consents.
    assert "Tietosuojaseloste annettu 6.1.2026" in text
    assert "Valokuvauslupa kyllä" in text
    assert "Yhteydenottolupa ei" in text
    assert NOTES in text
    with open_database(demo_database) as database, database.unit_of_work() as uow:
        logged = usage_of_family(uow, find_family(uow, FAMILY))
    assert UsageAction.FAMILY_REPORT_SAVED in [line.action for line in logged]
    # Its members, the group it is enrolled in, its marks and its change history.
    for name in ("Irja Airaksinen", "Johannes Airaksinen", "10/2015", "ilmoittautunut"):
        assert name in text
    assert "Karhunpojat" in text
    assert "22.8.2026" in text
    assert "läsnä" in text
    assert "Muutoshistoria" in text
    assert "tietosuojaselosteen antopäivä" in text  # the change made above, as a sentence


def test_the_pdf_in_swedish(
    capsys: pytest.CaptureFixture[str], demo_database: str, tmp_path: Path
) -> None:
    out = tmp_path / "airaksinen.pdf"
    code, _printed, err = run(
        capsys,
        *("--database", demo_database, "export", "family"),
        *("--family", FAMILY, "--out", str(out), "--language", "sv"),
    )
    assert (code, err) == (0, "")
    text = pdf_text(out)
    assert "Allt som registrerats om familjen Airaksinen" in text
    assert "Fotolov ja" in text
    assert "Kontaktlov nej" in text


def test_a_family_not_in_the_register_is_told_and_no_file_is_made(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, english: None
) -> None:
    database = tmp_path / "empty.sqlite3"
    out = tmp_path / "nobody.pdf"
    code, printed, err = run(
        capsys,
        *("--database", f"sqlite:///{database}", "export", "family"),
        *("--family", "Nobody", "--out", str(out)),
    )
    assert (code, printed) == (2, "")
    assert err.strip() == "No family is named “Nobody”."
    assert not out.exists()
