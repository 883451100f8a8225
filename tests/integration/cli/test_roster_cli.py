"""`ryhmat import roster`: a report of every bad row, exit 2, and nothing imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from ryhmat.storage.database import Database
from tests.integration.cli import in_process
from tests.integration.domain.usecases.test_roster_import import BAD_ROWS, families, row_counts
from tests.roster_files import GOOD_ROWS, big_rows, write_csv, write_xlsx

pytestmark = pytest.mark.usefixtures("english")

GROUP = "Isä-lapsi-ryhmä"


@pytest.fixture
def url(database_url: str, world: object) -> str:
    """The URL of a database with the integration world (its group and family Mäkinen)."""
    return database_url


def run(capsys: pytest.CaptureFixture[str], url: str, *argv: str) -> tuple[int, str, str]:
    return in_process.run(capsys, "--database", url, "import", "roster", *argv)


def test_a_finnish_excel_csv_is_imported(
    capsys: pytest.CaptureFixture[str], url: str, database: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "nimilista.csv", GOOD_ROWS)
    code, out, err = run(capsys, url, str(path), "--group", "isä-lapsi-RYHMÄ")
    assert (code, err) == (0, "")
    assert out == ("Families created: 3; recognised: 1; members added: 7; enrolments created: 4.\n")
    assert sorted(families(database)) == ["Korhonen", "Mäkinen", "Virtanen", "Åström"]


def test_the_second_import_recognises_every_family(
    capsys: pytest.CaptureFixture[str], url: str, database: Database, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "nimilista.xlsx", GOOD_ROWS)
    assert run(capsys, url, str(path), "--group", GROUP)[0] == 0
    counts = row_counts(database)
    code, out, _ = run(capsys, url, str(path), "--group", GROUP)
    assert code == 0
    assert out == ("Families created: 0; recognised: 4; members added: 0; enrolments created: 0.\n")
    now = row_counts(database)
    assert now.pop("usage_log") == counts.pop("usage_log") + 4  # the families read again
    assert now == counts


def test_bad_rows_are_reported_and_nothing_is_imported(
    capsys: pytest.CaptureFixture[str], url: str, database: Database, tmp_path: Path
) -> None:
    before = row_counts(database)
    path = write_xlsx(tmp_path / "r.xlsx", BAD_ROWS)
    code, out, err = run(capsys, url, str(path), "--group", GROUP)
    assert (code, out) == (2, "")
    assert err.splitlines() == [
        "Row 11, Etunimi: Fill in the field: first name.",
        "Row 13, Syntynyt: The birth month 1/2030 of Peppi is not possible.",
        "Row 14, Etunimi: Pia is on row 12 already.",
        "Row 15, Perhe: Fill in the field: family name.",
        "Rows with problems: 4. Nothing was imported; correct the rows, "
        "or import only the valid rows.",
    ]
    assert row_counts(database) == before


def test_a_row_with_two_problems_is_one_line_and_one_row_counted(
    capsys: pytest.CaptureFixture[str], url: str, tmp_path: Path
) -> None:
    rows = [*GOOD_ROWS, ["Lahti", "Pia", "täti", "", "", "ehkä"]]
    code, _, err = run(capsys, url, str(write_xlsx(tmp_path / "r.xlsx", rows)), "--group", GROUP)
    assert code == 2
    (line, summary) = err.splitlines()
    assert line.startswith("Row 10, Rooli, Tila: Unknown role “täti”")
    assert "“ehkä”" in line
    assert summary.startswith("Rows with problems: 1.")


def test_valid_only_imports_the_families_without_problems(
    capsys: pytest.CaptureFixture[str], url: str, database: Database, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", BAD_ROWS)
    code, out, err = run(capsys, url, str(path), "--group", GROUP, "--valid-only")
    assert code == 0
    assert len(err.splitlines()) == 4  # the bad rows are still reported
    assert out.splitlines() == [
        "Families created: 3; recognised: 1; members added: 7; enrolments created: 4.",
        "Families left out for their problems: 2; rows: 6.",
    ]
    assert sorted(families(database)) == ["Korhonen", "Mäkinen", "Virtanen", "Åström"]


def test_ten_thousand_rows_with_one_bad_row(
    capsys: pytest.CaptureFixture[str], url: str, database: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "iso.csv", big_rows(5000, bad_family=17))
    before = row_counts(database)
    code, _, err = run(capsys, url, str(path), "--group", GROUP)
    assert code == 2
    assert err.splitlines()[0] == (
        "Row 37, Syntynyt: “13/2023” is not a birth month; write e.g. 5/2023."
    )
    assert row_counts(database) == before
    code, out, _ = run(capsys, url, str(path), "--group", GROUP, "--valid-only")
    assert code == 0
    assert out.splitlines()[0] == (
        "Families created: 4999; recognised: 0; members added: 9998; enrolments created: 4999."
    )
    assert row_counts(database)["families"] == before["families"] + 4999


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("kuva.xlsx", PNG, "kuva.xlsx is not an Excel workbook (.xlsx) at all."),
        ("tyhja.csv", b"", "tyhja.csv is empty."),
        (
            "osoitteet.csv",
            b"Nimi;Osoite\r\nMatti;Kotikatu 1\r\n",
            "osoitteet.csv has no header row with the columns it needs. Missing: Perhe "
            "(Family), Rooli (Role). Name the columns in the first row, e.g. Perhe, Etunimi, "
            "Rooli, Syntynyt.",
        ),
    ],
)
def test_a_malformed_file_is_one_clear_line(
    capsys: pytest.CaptureFixture[str],
    url: str,
    database: Database,
    tmp_path: Path,
    name: str,
    content: bytes,
    message: str,
) -> None:
    before = row_counts(database)
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(capsys, url, str(path), "--group", GROUP)
    assert (code, out, err) == (2, "", message + "\n")
    assert row_counts(database) == before


def test_a_truncated_workbook(
    capsys: pytest.CaptureFixture[str], url: str, database: Database, tmp_path: Path
) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", GOOD_ROWS).read_bytes()
    path = tmp_path / "puolikas.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    before = row_counts(database)
    code, _, err = run(capsys, url, str(path), "--group", GROUP)
    assert code == 2
    assert err == (
        "puolikas.xlsx is damaged or incomplete and cannot be read as a workbook. "
        "Open it in Excel and save it again.\n"
    )
    assert row_counts(database) == before


def test_an_unknown_group(
    capsys: pytest.CaptureFixture[str], url: str, database: Database, tmp_path: Path
) -> None:
    before = row_counts(database)
    path = write_csv(tmp_path / "r.csv", GOOD_ROWS)
    assert run(capsys, url, str(path), "--group", "Ei ole") == (
        2,
        "",
        "There is no group called “Ei ole”.\n",
    )
    assert row_counts(database) == before


def test_the_command_needs_a_group(capsys: pytest.CaptureFixture[str], url: str) -> None:
    code, _, err = run(capsys, url, "r.csv")
    assert code == 2
    assert "--group" in err
