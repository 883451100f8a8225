"""What reading a roster file may cost, checked before and while reading it.

A roster is a few thousand short rows, but a small file can ask for far more: a
zip member that unpacks a thousandfold, millions of shared strings, a cell of
hundreds of megabytes, a sheet whose rows reach row 1,048,576. A workbook is
therefore unpacked once as a stream, counting, before openpyxl sees it: the
compression methods and flags a spreadsheet program writes are the only ones
accepted, the unpacked bytes are counted as they come (the zip directory's sizes
can lie), and every member whose content is XML, whatever its name, is parsed
with expat (defusedxml's refusals: no DTDs, no entities) counting elements,
rows, cells and text. A CSV file is decoded line by line as it is read and held
to the same row and cell limits. Whatever passes is read within a few
hundred megabytes and a few seconds; whatever does not is refused with one
message, before anything is imported.
"""

from __future__ import annotations

import codecs
import io
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from xml.parsers import expat

from defusedxml import (
    DefusedXmlException,
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, UserError

MAX_FILE_BYTES = 50 * 1024 * 1024
# Unpacked: a 20,000-row roster sheet is under 10 MB.
MAX_MEMBER_BYTES = 40 * 1024 * 1024
MAX_UNPACKED_BYTES = 80 * 1024 * 1024
MAX_MEMBERS = 1_000
# Rows counted as the sheet numbers them, empty-looking ones too: openpyxl yields
# every row up to the last one. MAX_ROWS people leave room for blank lines.
MAX_SHEET_ROWS = 50_000
MAX_COLUMNS = 16_384  # Excel's own last column, XFD
# openpyxl fills each row up to its last cell: the cells it builds for one sheet.
# 20,000 rows of a dozen columns; reading that many takes openpyxl a few seconds.
MAX_SHEET_CELLS = 250_000
MAX_SHARED_STRINGS = 50_000  # a roster of 20,000 people has fewer different names
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell
MAX_TEXT_CHARS = 20_000_000  # all the cells' text of the file together
# Styles, workbook, relationships, merged cells: a real styles part has some thousands,
# and openpyxl takes seconds and a hundred megabytes for 50,000 (measured).
MAX_PART_ELEMENTS = 50_000
# A value, a formula, rich text runs with their fonts.
MAX_CELL_ELEMENTS = 1_000
MAX_ELEMENTS = 2_000_000  # the whole package, to bound the time the checks take
MAX_CSV_COLUMNS = 1_000
# One tag, comment or other piece of markup: a real one is a few hundred bytes. expat
# (the checks' and openpyxl's) scans an unfinished one again with every block it is
# given, so a tag or attribute of 35 MB took 100 s and a tag name 550 MB.
MAX_MARKUP_BYTES = 256 * 1024

CHUNK_BYTES = 64 * 1024
# What spreadsheet programs write: no Deflate64, bzip2, LZMA, AES or ZipCrypto.
ALLOWED_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
ENCRYPTED = 0x0001
COMPRESSED_PATCHED = 0x0020
STRONG_ENCRYPTION = 0x0040
REFUSED_FLAGS = ENCRYPTED | COMPRESSED_PATCHED | STRONG_ENCRYPTION


class ImportFileError(UserError):
    """The whole file cannot be read as a roster; nothing is imported."""


def too_large(name: str) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} holds far more inside than a roster can. Copy the roster to a new "
            "workbook, or save it as .csv.",
        ),
        file=name,
    )


def too_many_rows(name: str) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} has more than {limit} rows, counting empty-looking ones. Delete the "
            "rows below the roster, or copy the roster to a new file.",
        ),
        file=name,
        limit=MAX_SHEET_ROWS,
    )


def too_long_cell(name: str) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "A cell in {file} holds more than {limit} characters; no roster cell is that "
            "long. Check that this is the right file.",
        ),
        file=name,
        limit=MAX_CELL_CHARS,
    )


def damaged(name: str) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is damaged or incomplete and cannot be read as a workbook. "
            "Open it in Excel and save it again.",
        ),
        file=name,
    )


def unusual_packing(name: str) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} is packed or encrypted in a way spreadsheet programs do not save "
            "workbooks. Open it in Excel, remove any password and save it again as .xlsx.",
        ),
        file=name,
    )


# -- workbooks ------------------------------------------------------------------------------


def check_workbook(data: bytes, name: str) -> None:
    """Refuse a workbook that would cost more than a roster can, before openpyxl reads it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [info for info in archive.infolist() if not info.is_dir()]
            _check_directory(members, name)
            budget = _Budget(name)
            for info in members:
                _check_member(archive, info, budget)
    except ImportFileError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError):
        # RuntimeError: zipfile's word for an encrypted member its flags did not show.
        raise damaged(name) from None
    except (expat.ExpatError, DefusedXmlException, ValueError):
        raise damaged(name) from None


def _check_directory(members: Sequence[zipfile.ZipInfo], name: str) -> None:
    if len(members) > MAX_MEMBERS:
        raise too_large(name)
    for info in members:
        if info.compress_type not in ALLOWED_METHODS or info.flag_bits & REFUSED_FLAGS:
            raise unusual_packing(name)
        if info.file_size > MAX_MEMBER_BYTES:
            raise too_large(name)
    if sum(info.file_size for info in members) > MAX_UNPACKED_BYTES:
        raise too_large(name)


class _Budget:
    """What the whole package has used so far; raises once a limit is passed."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.unpacked = 0
        self.elements = 0
        self.text = 0

    def add_bytes(self, count: int, member_total: int) -> None:
        self.unpacked += count
        if member_total > MAX_MEMBER_BYTES or self.unpacked > MAX_UNPACKED_BYTES:
            raise too_large(self.name)

    def add_element(self) -> None:
        self.elements += 1
        if self.elements > MAX_ELEMENTS:
            raise too_large(self.name)

    def add_text(self, count: int) -> None:
        self.text += count
        if self.text > MAX_TEXT_CHARS:
            raise too_large(self.name)


def _check_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, budget: _Budget) -> None:
    # Any part may be named the sheet by the workbook's relationships, whatever its
    # name, so every part that is XML is counted: one whose content starts with "<".
    counter = _PartCounter(budget)
    is_xml: bool | None = None  # not known while only white space has come
    read = 0
    with archive.open(info) as member:
        # Counted as it unpacks: zipfile stops at the size the directory gives, but
        # that size is the file's word, so the limit is held here as well.
        while chunk := member.read(CHUNK_BYTES):
            read += len(chunk)
            budget.add_bytes(len(chunk), read)
            if is_xml is None:
                is_xml = _starts_as_xml(chunk)
            if is_xml is not False:
                counter.feed(chunk)
    if is_xml:
        counter.close()


# How an XML parser knows a part's encoding from its first bytes, besides "<": byte
# order marks, and "<?xm" in EBCDIC (libxml2, which openpyxl uses for some parts).
_XML_MARKS = (
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF32_BE,
    b"\x4c\x6f\xa7\x94",
)


def _starts_as_xml(chunk: bytes) -> bool | None:
    """Whether a part is XML in any encoding a parser would guess for it. A part in
    UTF-16 or UTF-32 without a byte order mark starts with NULs around its "<" or its
    white space: expat and libxml2 read it, so it is counted (or, if expat cannot
    read it, refused) like any other."""
    if chunk.startswith(_XML_MARKS):
        return True
    head = chunk.lstrip(b" \t\r\n")
    if not head:
        return None
    return head.lstrip(b"\x00 \t\r\n").startswith(b"<")


def _local(qname: str) -> str:
    return qname.rpartition(":")[2]


_CELL_REFERENCE = re.compile(r"([A-Za-z]{1,3})(\d{1,7})")
# The elements whose text becomes a cell's value or a shared string.
_TEXT_ELEMENTS = frozenset(("v", "t", "f", "is", "si"))


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - ord("A") + 1
    return number


def _refuse_dtd(name: str, sysid: str | None, pubid: str | None, _internal: bool) -> None:
    raise DTDForbidden(name, sysid, pubid)


def _refuse_entity(
    name: str,
    _parameter: bool,
    value: str | None,
    base: str | None,
    sysid: str,
    pubid: str | None,
    notation: str | None,
) -> None:
    raise EntitiesForbidden(name, value, base, sysid, pubid, notation)


def _refuse_unparsed_entity(
    name: str, base: str | None, sysid: str, pubid: str | None, notation: str
) -> None:
    raise EntitiesForbidden(name, None, base, sysid, pubid, notation)


def _refuse_external(context: str, base: str | None, sysid: str | None, pubid: str | None) -> int:
    raise ExternalReferenceForbidden(context, base, sysid, pubid)


class _PartCounter:
    """Counts one XML part as expat reads it, whatever the part claims to be.

    openpyxl finds rows, cells and shared strings by their names wherever they are,
    so they are counted in every part. What a cell or a shared string holds (values,
    formulas, rich text runs) is counted per cell; every other element (styles,
    merged cells, sheets, relationships) against one limit per part, as openpyxl
    makes an object of each.

    expat is driven directly, with defusedxml's refusals set as its handlers (no DTD,
    no entity, no external reference): through SAX the checks took ten times longer.
    """

    def __init__(self, budget: _Budget) -> None:
        self._budget = budget
        self._others = 0
        self._strings = 0
        self._rows = 0
        self._row = 0
        self._inside = 0  # depth inside a cell or a shared string
        self._cell_elements = 0
        self._column = 0
        self._cells = 0
        self._in_text = 0  # depth inside the elements whose text becomes a value
        self._cell_text = 0
        self._fed = 0
        self._last_event = 0  # where expat last reported something, in bytes
        parser = expat.ParserCreate()
        parser.StartDoctypeDeclHandler = _refuse_dtd
        parser.EntityDeclHandler = _refuse_entity
        parser.UnparsedEntityDeclHandler = _refuse_unparsed_entity
        parser.ExternalEntityRefHandler = _refuse_external
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._characters
        parser.buffer_text = True
        self._parser = parser

    def feed(self, chunk: bytes) -> None:
        self._parser.Parse(chunk, False)
        self._fed += len(chunk)
        # Bytes with nothing reported are one unfinished piece of markup (text is
        # reported as it comes).
        if self._fed - self._last_event > MAX_MARKUP_BYTES:
            raise too_large(self._budget.name)

    def close(self) -> None:
        self._parser.Parse(b"", True)

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        self._last_event = self._parser.CurrentByteIndex
        self._budget.add_element()
        tag = _local(name)
        if self._inside:
            self._inside += 1
            self._cell_elements += 1
            if self._cell_elements > MAX_CELL_ELEMENTS:
                raise too_large(self._budget.name)
        elif tag in ("c", "si"):
            self._inside, self._cell_elements = 1, 0
            if tag == "c":
                self._cell(attrs.get("r"))
            else:
                self._string()
        elif tag == "row":
            self._new_row(attrs.get("r"))
        else:
            self._others += 1
            if self._others > MAX_PART_ELEMENTS:
                raise too_large(self._budget.name)
        if tag in _TEXT_ELEMENTS:
            if not self._in_text:
                self._cell_text = 0
            self._in_text += 1

    def _end(self, name: str) -> None:
        self._last_event = self._parser.CurrentByteIndex
        if self._inside:
            self._inside -= 1
        if _local(name) in _TEXT_ELEMENTS:
            self._in_text -= 1

    def _characters(self, content: str) -> None:
        self._last_event = self._parser.CurrentByteIndex
        if self._in_text:
            self._cell_text += len(content)
            self._budget.add_text(len(content))
            if self._cell_text > MAX_CELL_CHARS:
                raise too_long_cell(self._budget.name)

    def _new_row(self, number: str | None) -> None:
        self._rows += 1
        self._row = _whole(number, self._row + 1)
        self._column = 0
        if self._row > MAX_SHEET_ROWS or self._rows > MAX_SHEET_ROWS:
            raise too_many_rows(self._budget.name)

    def _cell(self, reference: str | None) -> None:
        self._column = self._cell_column(reference)
        self._cells += 1
        if self._column > MAX_COLUMNS or self._cells > MAX_SHEET_CELLS:
            raise too_large(self._budget.name)

    def _cell_column(self, reference: str | None) -> int:
        match = _CELL_REFERENCE.fullmatch(reference or "")
        if match is None:
            return self._column + 1
        if int(match.group(2)) > MAX_SHEET_ROWS:
            raise too_many_rows(self._budget.name)
        column = _column_number(match.group(1))
        # openpyxl fills the row with empty cells up to this one: they count too.
        self._cells += max(column - self._column - 1, 0)
        return column

    def _string(self) -> None:
        self._strings += 1
        if self._strings > MAX_SHARED_STRINGS:
            raise too_large(self._budget.name)


def _whole(text: str | None, default: int) -> int:
    return int(text) if text is not None and text.isdigit() and len(text) < 10 else default


# -- CSV ------------------------------------------------------------------------------------


def limited_records(
    records: Iterable[list[str]], name: str
) -> Iterator[tuple[int, Sequence[object]]]:
    """CSV records numbered from 1, refused past the row, column and cell limits."""
    for number, record in enumerate(records, start=1):
        if number > MAX_SHEET_ROWS:
            raise too_many_rows(name)
        if len(record) > MAX_CSV_COLUMNS:
            raise too_large(name)
        if any(len(cell) > MAX_CELL_CHARS for cell in record):
            raise too_long_cell(name)
        yield number, record


MAX_LINE_CHARS = 4 * MAX_CELL_CHARS


def csv_lines(data: bytes, encoding: str, name: str) -> Iterator[str]:
    """The lines of a CSV file, decoded as they are read, each with its line end; a line
    longer than any roster row, or more lines than rows, is refused before the csv
    module holds it. Millions of empty lines cost little: they end at the limit."""
    stream = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline="")
    count = 0
    # A quoted cell may span lines: the records are counted again as they are read.
    while line := stream.readline(MAX_LINE_CHARS + 1):
        count += 1
        if count > 2 * MAX_SHEET_ROWS:
            raise too_many_rows(name)
        if len(line) > MAX_LINE_CHARS:
            raise too_long_cell(name)
        yield line
