"""The roster limits at their edges: the last allowed value is read, the next refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from ryhmat.export.roster_file import read_roster
from ryhmat.export.roster_limits import MAX_CELL_CHARS, MAX_SHEET_ROWS, ImportFileError
from tests import hostile_rosters as hostile
from tests.roster_files import GOOD_ROWS, csv_text, write_xlsx


def refusal(path: Path) -> str:
    with pytest.raises(ImportFileError) as raised:
        read_roster(path)
    return raised.value.message()


def test_a_shared_string_as_long_as_excel_allows_is_read(tmp_path: Path) -> None:
    assert read_roster(hostile.long_cell(tmp_path / "r.xlsx", MAX_CELL_CHARS)).rows


def test_one_character_more_is_refused(tmp_path: Path) -> None:
    message = refusal(hostile.long_cell(tmp_path / "r.xlsx", MAX_CELL_CHARS + 1))
    assert message.startswith("A cell in r.xlsx holds more than 32\u00a0767 characters")


def test_blank_rows_up_to_the_limit_are_read(tmp_path: Path) -> None:
    # The header is row 1; the blank rows fill the sheet up to the last row allowed.
    path = hostile.blank_rows(tmp_path / "r.xlsx", MAX_SHEET_ROWS - 1)
    with pytest.raises(ImportFileError) as raised:
        read_roster(path)
    # Read to the end: no people under the header, said as it is.
    assert "has no people under its header" in raised.value.message()


def test_one_blank_row_more_is_refused(tmp_path: Path) -> None:
    message = refusal(hostile.blank_rows(tmp_path / "r.xlsx", MAX_SHEET_ROWS))
    assert "has more than 50\u00a0000 rows" in message


def test_a_csv_with_a_cell_as_long_as_excel_allows_is_read(tmp_path: Path) -> None:
    rows = [*GOOD_ROWS, ["Virtanen", "x" * MAX_CELL_CHARS, "lapsi", "5/2024", "", ""]]
    path = tmp_path / "r.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    assert len(read_roster(path).rows) == len(GOOD_ROWS)


def test_a_csv_cell_one_character_longer_is_refused(tmp_path: Path) -> None:
    rows = [*GOOD_ROWS, ["Virtanen", "x" * (MAX_CELL_CHARS + 1), "lapsi", "5/2024", "", ""]]
    path = tmp_path / "r.csv"
    path.write_text(csv_text(rows), encoding="utf-8")
    assert "holds more than 32\u00a0767 characters" in refusal(path)


def test_an_ordinary_workbook_passes_the_checks(tmp_path: Path) -> None:
    assert len(read_roster(write_xlsx(tmp_path / "r.xlsx", GOOD_ROWS)).rows) == 8
