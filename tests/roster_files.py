"""Roster files for the import tests: workbooks and CSV as people's programs write them."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl

# Any: a literal list of mixed rows is inferred as list[object], not a list of rows.
Rows = Sequence[Any]

FINNISH_HEADER: list[object] = ["Perhe", "Etunimi", "Rooli", "Syntynyt", "Ilmoittautunut", "Tila"]

# Four families. Mäkinen shares Jussi with the integration world's family, so a
# database built from tests.integration.world recognises it and gains only Eino.
GOOD_ROWS: list[list[object]] = [
    FINNISH_HEADER,
    ["Virtanen", "Matti", "isä", "", "1.9.2026", ""],
    ["Virtanen", "Aino", "lapsi", "5/2024", "", ""],
    ["Mäkinen", "Jussi", "Isä", "", "", ""],
    ["Mäkinen", "Eino", "lapsi", "2025-03", "", ""],
    ["Åström", "Sören", "muu huoltaja", "", "", ""],
    ["Åström", "Märta", "lapsi", "12.2022", "", ""],
    ["Korhonen", "Liisa", "ÄITI", "", "", "jonossa"],
    ["Korhonen", "Veeti", "lapsi", "1.2023", "", "jonossa"],
]


def write_xlsx(path: Path, rows: Rows, title_rows: int = 0) -> Path:
    """A workbook written as openpyxl's write-only mode does: fast for big files."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Nimilista")
    for _ in range(title_rows):
        sheet.append([])
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def csv_text(rows: Rows, delimiter: str = ";") -> str:
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow(["" if cell is None else cell for cell in row])
    return out.getvalue()


def write_csv(path: Path, rows: Rows, delimiter: str = ";", encoding: str = "cp1252") -> Path:
    """By default as Finnish Excel saves "CSV (puolipisteellä erotettu)"."""
    path.write_bytes(csv_text(rows, delimiter).encode(encoding))
    return path


def big_rows(families: int, bad_family: int | None = None) -> list[list[object]]:
    """A father and a child in each family; the bad family's child has no real birth month."""
    rows: list[list[object]] = [FINNISH_HEADER]
    for number in range(families):
        name = f"Perhe {number:05d}"
        born = "13/2023" if number == bad_family else "5/2023"
        rows.append([name, "Isä", "isä", "", "", ""])
        rows.append([name, "Lapsi", "lapsi", born, "", ""])
    return rows
