"""A write-only worksheet that writes its rows as text: openpyxl's sheet, less its
cost per cell.

openpyxl's write-only sheet turns every value of a row into a cell object and
writes it through lxml's incremental writer, element by element: several
microseconds a cell, most of the time of a municipality's workbook.
``FastRowsSheet`` keeps all the rest of openpyxl (the sheet's layout, tables,
styles, the package) and renders only the rows itself, as the text openpyxl's
writer produces with lxml, byte for byte (tests/unit/export/test_fast_rows.py
writes the same rows both ways with the installed openpyxl and compares the
files: the class leans on openpyxl 3.1's internals, ``_write_rows``,
``_writer``, ``_get_writer``, ``_add_sheet`` and the cell writer's ``_set_attributes``).
openpyxl writes the sheet around an empty ``<sheetData>``; the rows, spooled to
a temporary file, are put into it when the sheet is closed.

A value is stored as openpyxl would store it (numbers, texts, formulas, error
codes; any other value through an openpyxl cell), and a cell object keeps its
style. Comments, hyperlinks, rich text and array formulas are not written.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import tempfile
from collections.abc import Callable, Generator, Iterable
from pathlib import Path
from typing import IO, Any, cast

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell import _writer as openpyxl_cell_writer
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.compat import safe_string
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet import _writer as openpyxl_sheet_writer
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.xml.functions import Element, tostring

from ryhmat.scratch import scratch_file, scratch_folder

# Rows rendered before their text goes to the spool file.
ROWS_PER_BATCH = 500
# As openpyxl cuts a text: Excel's limit for a cell.
MAX_TEXT_LENGTH = 32767
# Written by openpyxl inside <sheetData>, replaced by the rows on closing.
ROWS_MARKER = "ryhmat-rows"

# openpyxl's own attributes of a cell (coordinate, style, type; a date as its
# serial number): the same rules as for the cells it writes itself.
_cell_attributes = cast(
    Callable[[Cell, bool], tuple[Any, dict[str, str]]],
    openpyxl_cell_writer._set_attributes,  # type: ignore[attr-defined]  # not in the stubs
)

# What openpyxl refuses in a text (its ILLEGAL_CHARACTERS_RE), and halves of
# surrogate pairs, which lxml cannot write either.
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_ERROR_CODES = frozenset(ERROR_CODES)
_ATTRIBUTE_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", '"': "&quot;"})
# Whole numbers that print the same with str as with openpyxl's "%.16g" (which
# goes through a float: past 2**53 it rounds).
_EXACT_INTEGERS = 2**53
# Column letters by index from 0, grown as wider rows come.
_LETTERS: list[str] = []


class FastRowsSheet(WriteOnlyWorksheet):
    """A write-only sheet whose ``append`` renders the row as text.

    Create it with ``add_fast_rows_sheet``. Only the writing of rows differs from
    openpyxl's ``WriteOnlyWorksheet``; layout set before the first row works as
    there.
    """

    _spool: IO[bytes] | None = None

    def _write_rows(self) -> Generator[None, Iterable[object], None]:
        """openpyxl's loop that receives the appended rows (``append`` sends them),
        spooling their text instead of writing cell objects."""
        writer = cast(Any, self)._writer
        try:
            xf = writer.xf.send(True)
        except StopIteration:
            cast(Any, self)._already_saved()
        # Closed by close(), however the sheet ends.
        self._spool = spool = tempfile.TemporaryFile(dir=scratch_folder())  # noqa: SIM115
        batch: list[str] = []
        with xf.element("sheetData"):
            xf.write(Element(ROWS_MARKER))
            row_number = 1
            try:
                while True:
                    values = yield
                    batch.append(self._row_text(values, row_number))
                    row_number += 1
                    if len(batch) == ROWS_PER_BATCH:
                        _spool_rows(spool, batch)
            except GeneratorExit:
                _spool_rows(spool, batch)
        writer.xf.send(None)

    def _get_writer(self) -> Any:
        """openpyxl's, with the sheet's temporary XML (names and ages) in the app's
        scratch folder instead of the shared system temporary folder."""
        sheet = cast(Any, self)
        if sheet._writer is None:
            out = scratch_file(".xml")
            openpyxl_sheet_writer.ALL_TEMP_FILES.append(out)  # openpyxl's cleanup expects it
            sheet._writer = openpyxl_sheet_writer.WorksheetWriter(self, out=out)
            sheet._writer.write_top()
        return sheet._writer

    def close(self) -> None:
        """openpyxl's closing, then the spooled rows put in their place."""
        try:
            super().close()
            if self._spool is not None:
                _put_rows(Path(cast(Any, self)._writer.out), self._spool)
        finally:
            if self._spool is not None:
                self._spool.close()
                self._spool = None

    def _row_text(self, values: Iterable[Any], row_number: int) -> str:
        values = values if isinstance(values, (list, tuple)) else list(values)
        letters = _column_letters(len(values))
        row = str(row_number)
        cells = []
        for index, value in enumerate(values):
            if value is None:
                continue
            kind = type(value)
            if kind is int and -_EXACT_INTEGERS <= value <= _EXACT_INTEGERS:
                cells.append(f'<c r="{letters[index]}{row}" t="n"><v>{value}</v></c>')
            elif kind is int or kind is float:
                cells.append(f'<c r="{letters[index]}{row}" t="n"><v>{safe_string(value)}</v></c>')
            elif kind is str:
                cells.append(_text_cell(letters[index] + row, value))
            else:
                cells.append(self._cell_text(value, row_number, index + 1))
        return f"<row{_row_attributes(self, row_number)}>{''.join(cells)}</row>"

    def _cell_text(self, value: object, row_number: int, column: int) -> str:
        """Any other value, or a cell object with its style, by openpyxl's rules."""
        cell = value if isinstance(value, Cell) else WriteOnlyCell(self, cast(Any, value))
        if cell.hyperlink is not None or cell.comment is not None:
            raise ValueError("FastRowsSheet writes no hyperlinks or comments")
        styled = cell.has_style
        if cell.value is None and not styled:
            return ""  # as openpyxl: an empty cell without a style is not written
        cell.row, cell.column = row_number, column
        content, attributes = _cell_attributes(cell, styled)
        opening = "<c" + "".join(f' {key}="{item}"' for key, item in attributes.items())
        if content is None or content == "":
            return f"{opening}></c>"
        if cell.data_type == "f":
            if not isinstance(content, str):
                raise ValueError("FastRowsSheet writes no array or data table formulas")
            return f"{opening}>{_formula(content)}</c>"
        if cell.data_type == "s":
            if not isinstance(content, str):
                raise ValueError("FastRowsSheet writes no rich text")
            return f"{opening}>{_inline_string(_checked(content))}</c>"
        return f"{opening}><v>{_escaped(safe_string(content))}</v></c>"


def discard_sheet_file(sheet: WriteOnlyWorksheet) -> None:
    """Remove the temporary XML of a sheet whose workbook was given up."""
    writer = cast(Any, sheet)._writer
    if writer is not None and Path(writer.out).exists():
        with contextlib.suppress(OSError, ValueError):
            writer.cleanup()


def add_fast_rows_sheet(workbook: Workbook, title: str) -> FastRowsSheet:
    """A new last sheet of the write-only ``workbook``, as ``create_sheet`` adds one."""
    if not workbook.write_only:
        raise ValueError("a FastRowsSheet belongs to a write-only workbook")
    sheet = FastRowsSheet(workbook, title)
    cast(Any, workbook)._add_sheet(sheet)
    return sheet


def _text_cell(reference: str, value: str) -> str:
    """A text as openpyxl's cell stores it: a formula when it starts with "=", an
    error code as such, else an inline string."""
    text = _checked(value)
    if len(text) > 1 and text.startswith("="):
        return f'<c r="{reference}">{_formula(text)}</c>'
    if text in _ERROR_CODES:
        return f'<c r="{reference}" t="e"><v>{text}</v></c>'
    if not text:
        return f'<c r="{reference}" t="inlineStr"></c>'
    return f'<c r="{reference}" t="inlineStr">{_inline_string(text)}</c>'


def _checked(value: str) -> str:
    text = value[:MAX_TEXT_LENGTH]
    if _ILLEGAL.search(text):
        raise IllegalCharacterError(f"{text} cannot be used in worksheets.")
    return text


def _formula(text: str) -> str:
    return f"<f>{_escaped(text[1:])}</f><v></v>"


def _inline_string(text: str) -> str:
    # openpyxl keeps leading and trailing spaces with xml:space, as does Excel.
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f"<is><t{space}>{_escaped(text)}</t></is>"


def _escaped(text: str) -> str:
    """Text as lxml escapes it (a carriage return too: a parser would make it a
    line feed); lxml writes ASCII, the other characters as references (see
    _spool_rows). Four scans in C are quicker than one translate for short texts."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def _row_attributes(sheet: FastRowsSheet, row_number: int) -> str:
    """The row's number and what its dimensions set (a height), as openpyxl writes them."""
    dimensions = cast(Any, sheet).row_dimensions
    if row_number not in dimensions:
        return f' r="{row_number}"'
    attributes = {"r": f"{row_number}", **dict(dimensions[row_number])}
    return "".join(
        f' {key}="{item.translate(_ATTRIBUTE_ESCAPES)}"' for key, item in attributes.items()
    )


def _column_letters(count: int) -> list[str]:
    """The letters of the first ``count`` columns (and maybe more), "A" first."""
    while len(_LETTERS) < count:
        _LETTERS.append(get_column_letter(len(_LETTERS) + 1))
    return _LETTERS


def _spool_rows(spool: IO[bytes], batch: list[str]) -> None:
    """The rows' text as lxml writes it: ASCII, other characters as references."""
    spool.write("".join(batch).encode("ascii", "xmlcharrefreplace"))
    batch.clear()


def _marker_text() -> bytes:
    """The marker element as openpyxl's XML library (lxml or the standard one) writes it."""
    text: bytes | str = tostring(Element(ROWS_MARKER))
    return text if isinstance(text, bytes) else text.encode()


def _put_rows(sheet_file: Path, spool: IO[bytes]) -> None:
    """Replace the marker in the sheet's file that openpyxl wrote with the rows."""
    written = sheet_file.read_bytes()
    head, marker, tail = written.partition(_marker_text())
    if not marker:
        raise ValueError(f"the rows' place is missing from {sheet_file}")
    spool.seek(0)
    with sheet_file.open("wb") as out:
        out.write(head)
        shutil.copyfileobj(spool, out)
        out.write(tail)
