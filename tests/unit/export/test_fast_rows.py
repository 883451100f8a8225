"""FastRowsSheet writes the very file openpyxl's own write-only sheet writes."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

import openpyxl
import pytest
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet.worksheet import Worksheet

from ryhmat.export.fast_rows import ROWS_PER_BATCH, add_fast_rows_sheet

Rows = Callable[[Any], Sequence[list[Any]]]

TEXTS = [
    "plain",
    " leading space",
    "trailing space ",
    "a & b < c > d",
    "quotes \" and '",
    "line\nfeed\ttab",
    "carriage\rreturn",
    "Ääkkönen Öljymäki",
    "euro € and emoji 😀",
    "",
    "=",
    "#REF!",
    "#N/A",
    "x" * 40000,  # cut at Excel's limit
]
NUMBERS = [
    0,
    1,
    -7,
    2**53,
    -(2**53),
    2**53 + 1,
    10**16 - 1,
    10**16,
    -(10**17),
    0.1,
    2.5,
    -1e-7,
    1 / 3,
    1e300,
]
FORMULAS = ["=SUM(A1:B1)", '=IF(A1<2,"ä","&")', "=A1&B1"]


def plain_rows(sheet: Any) -> list[list[Any]]:
    return [
        list(TEXTS),
        list(NUMBERS),
        [*FORMULAS, None, None, True, False],
        [None, None, "after gaps", *([None] * 30), "column AJ"],
        [],
        [date(2026, 11, 23), datetime(2026, 11, 23, 12, 30)],  # noqa: DTZ001 - as in Excel
    ]


def styled_rows(sheet: Any) -> list[list[Any]]:
    def cell(value: Any, **style: object) -> Cell:
        made = WriteOnlyCell(sheet, value)
        for name, setting in style.items():
            setattr(made, name, setting)
        return made

    quoted = cell("=HYPERLINK(1)", quotePrefix=True)
    quoted.data_type = "s"  # as excel.py keeps a text that looks like a formula
    day = WriteOnlyCell(sheet)
    day.value = date(2026, 1, 31)
    day.number_format = "d.m.yyyy"
    return [
        [cell("Title", font=Font(bold=True, size=14))],
        [
            cell("Header", font=Font(bold=True), alignment=Alignment(wrap_text=True)),
            cell(" Header ", font=Font(bold=True), alignment=Alignment(wrap_text=True)),
        ],
        [cell(12.345, number_format="0.0"), cell(0.5, number_format="0.0 %"), day, quoted],
        [cell("=SUM(A1:A2)", font=Font(bold=True)), cell(None, font=Font(bold=True))],
        [WriteOnlyCell(sheet), cell(""), cell(7)],
    ]


def many_rows(sheet: Any) -> list[list[Any]]:
    return [
        [f"Perhe {n}", n % 2, None, f"=SUM(B{n + 1}:C{n + 1})"]
        for n in range(ROWS_PER_BATCH * 2 + 7)
    ]


def write(path: Path, rows: Rows, fast: bool) -> None:
    workbook = Workbook(write_only=True)
    for title in ("first", "second"):
        created = add_fast_rows_sheet(workbook, title) if fast else workbook.create_sheet(title)
        # The layout attributes are the normal worksheet's in openpyxl's stubs.
        sheet = cast(Worksheet, created)
        sheet.column_dimensions["A"].width = 30
        sheet.freeze_panes = "B2"
        sheet.row_dimensions[2].height = 45
        for row in rows(created):
            sheet.append(row)
    workbook.save(path)


def package(path: Path) -> dict[str, bytes]:
    """The workbook's parts, less the one that holds the time of writing."""
    with zipfile.ZipFile(path) as archive:
        return {
            name: archive.read(name) for name in archive.namelist() if name != "docProps/core.xml"
        }


@pytest.mark.parametrize("rows", [plain_rows, styled_rows, many_rows])
def test_the_file_is_the_one_openpyxl_writes(tmp_path: Path, rows: Rows) -> None:
    write(tmp_path / "openpyxl.xlsx", rows, fast=False)
    write(tmp_path / "fast.xlsx", rows, fast=True)

    expected, written = package(tmp_path / "openpyxl.xlsx"), package(tmp_path / "fast.xlsx")
    assert written.keys() == expected.keys()
    for name, content in expected.items():
        assert written[name] == content, name


def test_the_rows_read_back(tmp_path: Path) -> None:
    write(tmp_path / "fast.xlsx", many_rows, fast=True)

    sheet = openpyxl.load_workbook(tmp_path / "fast.xlsx")["second"]
    assert sheet.max_row == ROWS_PER_BATCH * 2 + 7
    assert [c.value for c in sheet[ROWS_PER_BATCH + 1]] == [
        f"Perhe {ROWS_PER_BATCH}",
        ROWS_PER_BATCH % 2,
        None,
        f"=SUM(B{ROWS_PER_BATCH + 1}:C{ROWS_PER_BATCH + 1})",
    ]


@pytest.mark.parametrize("text", ["bell\x07", "null\x00", "half of a pair \ud83d"])
def test_a_character_no_cell_can_hold_is_refused(text: str) -> None:
    sheet = add_fast_rows_sheet(Workbook(write_only=True), "refusing")

    with pytest.raises(IllegalCharacterError):
        sheet.append(["fine", text])
    sheet.close()


def test_only_a_write_only_workbook_takes_the_sheet() -> None:
    with pytest.raises(ValueError, match="write-only"):
        add_fast_rows_sheet(Workbook(), "normal")
