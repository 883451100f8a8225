"""Reading a roster (nimilista) from .xlsx or .csv: one row per person.

Coordinators keep rosters in Excel, and Finnish Excel saves CSV with
semicolons in cp1252, so both the workbook and the CSV dialects it writes are
read. Columns are found by their Finnish, Swedish or English headers, ignoring case
and accents (``roster_words``), and the headers tell the language a role word is read
in. What cannot be understood on a row becomes a ``RowProblem`` naming the row and the
column as the person sees them; what makes the whole file
unreadable is an ``ImportFileError``.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from ryhmat.domain.model import AdultRole, EnrolmentStatus, MemberKind, Permission
from ryhmat.domain.typed_values import read_date
from ryhmat.domain.usecases.roster_import import RosterField, RosterRow, RowProblem
from ryhmat.domain.validation import MAX_NAME_LENGTH, strip_control_characters
from ryhmat.export.roster_limits import MAX_FILE_BYTES as MAX_FILE_BYTES
from ryhmat.export.roster_limits import ImportFileError as ImportFileError
from ryhmat.export.roster_limits import (
    check_workbook,
    csv_lines,
    damaged,
    limited_records,
)
from ryhmat.export.roster_words import (
    PERMISSIONS,
    STATUSES,
    Column,
    Language,
    RoleReading,
    column_of_header,
    language_of_headers,
    normalise,
    role_of_word,
)

MAX_ROWS = 20_000
# A title or a blank line may stand above the header.
HEADER_SEARCH_ROWS = 10
DELIMITERS = ";,\t"
SHOWN_VALUE_LENGTH = 40

XLSX_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
ZIP_MAGIC = b"PK\x03\x04"
# Old .xls files and password-protected workbooks are OLE compound files.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# What openpyxl raises on a file that is a zip but not a sound workbook.
BROKEN_WORKBOOK = (
    zipfile.BadZipFile,
    zlib.error,
    KeyError,
    InvalidFileException,
    SyntaxError,  # XML parse errors of ElementTree and lxml
    ValueError,
    TypeError,
    EOFError,
    NotImplementedError,  # zipfile on a compression method it lacks
)


@dataclass(frozen=True, slots=True)
class RosterFile:
    rows: list[RosterRow]
    problems: list[RowProblem]
    headers: dict[RosterField, str]  # each field's header as the file writes it
    language: Language | None = None  # as its headers tell; None when they do not


def in_language(templates: Mapping[Language, str], language: Language | None) -> str:
    """The template for a file of the language: Finnish when the file's is not known."""
    return templates.get(language or Language.FINNISH, templates[Language.FINNISH])


# -- recognising headers and values ---------------------------------------------------------


# Named in the message when a column is missing, in the file's language (Finnish when its
# headers do not tell).
REQUIRED: Mapping[Language, Mapping[str, str]] = {
    Language.FINNISH: {
        Column.FAMILY: "Perhe (Family)",
        Column.FIRST_NAME: "Etunimi (First name)",
        Column.ROLE: "Rooli (Role)",
    },
    Language.SWEDISH: {
        Column.FAMILY: "Familj (Perhe)",
        Column.FIRST_NAME: "Förnamn (Etunimi)",
        Column.ROLE: "Roll (Rooli)",
    },
    Language.ENGLISH: {
        Column.FAMILY: "Family (Perhe)",
        Column.FIRST_NAME: "First name (Etunimi)",
        Column.ROLE: "Role (Rooli)",
    },
}

# The role words a person may write, told in the file's language (Finnish when its headers
# do not tell). The templates are whole sentences so that a translation can keep the words.
GIVE_THE_ROLE: Mapping[Language, str] = {
    Language.FINNISH: QT_TRANSLATE_NOOP(
        "Errors", "Give the role: isä, äiti, muu huoltaja, isovanhempi or lapsi."
    ),
    Language.SWEDISH: QT_TRANSLATE_NOOP(
        "Errors", "Give the role: pappa, mamma, vårdnadshavare, mor- eller farförälder or barn."
    ),
    Language.ENGLISH: QT_TRANSLATE_NOOP(
        "Errors", "Give the role: father, mother, other guardian, grandparent or child."
    ),
}
UNKNOWN_ROLE: Mapping[Language, str] = {
    Language.FINNISH: QT_TRANSLATE_NOOP(
        "Errors",
        "Unknown role “{value}”: write isä, äiti, muu huoltaja, isovanhempi or lapsi.",
    ),
    Language.SWEDISH: QT_TRANSLATE_NOOP(
        "Errors",
        "Unknown role “{value}”: write pappa, mamma, vårdnadshavare, "
        "mor- eller farförälder or barn.",
    ),
    Language.ENGLISH: QT_TRANSLATE_NOOP(
        "Errors",
        "Unknown role “{value}”: write father, mother, other guardian, grandparent or child.",
    ),
}
# Only a file not in Swedish meets a word that is a father in Swedish alone.
AMBIGUOUS_ROLE: Mapping[Language, str] = {
    Language.FINNISH: QT_TRANSLATE_NOOP(
        "Errors",
        "“{value}” is a father to some and a grandfather to others: write isä or isovanhempi.",
    ),
    Language.ENGLISH: QT_TRANSLATE_NOOP(
        "Errors",
        "“{value}” is a father to some and a grandfather to others: write father or grandparent.",
    ),
}


# -- the file -------------------------------------------------------------------------------


def read_roster(path: Path) -> RosterFile:
    """The rows and row problems of a roster file, or ``ImportFileError``."""
    data = _read_bytes(path)
    if not data or data.isspace():  # isspace copies nothing of a 50 MB file
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "{file} is empty."), file=path.name)
    return parse_roster(_raw_rows(data, path), path.name)


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise ImportFileError(
                QT_TRANSLATE_NOOP("Errors", "{file} is too large for a roster ({size} MB)."),
                file=path.name,
                size=size // (1024 * 1024),
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "There is no file {path}."), path=str(path)
        ) from None
    except IsADirectoryError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{path} is a folder; choose a file."), path=str(path)
        ) from None
    except OSError as error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be read: {reason}"),
            file=path.name,
            reason=error.strerror or str(error),
        ) from None


def _raw_rows(data: bytes, path: Path) -> Iterator[tuple[int, Sequence[object]]]:
    suffix = path.suffix.lower()
    if data.startswith(OLE_MAGIC) or suffix in (".xls", ".ods"):
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is an old-style or password-protected workbook; "
                "save it as .xlsx without a password, or as .csv.",
            ),
            file=path.name,
        )
    if suffix in XLSX_SUFFIXES or (suffix not in CSV_SUFFIXES and data.startswith(ZIP_MAGIC)):
        return _xlsx_rows(data, path.name)
    return _csv_rows(data, path.name)


def _xlsx_rows(data: bytes, name: str) -> Iterator[tuple[int, Sequence[object]]]:
    if not data.startswith(ZIP_MAGIC):
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not an Excel workbook (.xlsx) at all."),
            file=name,
        )
    check_workbook(data, name)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except BROKEN_WORKBOOK:
        raise damaged(name) from None
    return _sheet_rows(workbook, damaged(name))


def _sheet_rows(
    workbook: Workbook, damaged: ImportFileError
) -> Iterator[tuple[int, Sequence[object]]]:
    try:
        sheets = workbook.worksheets
        sheet = workbook.active if workbook.active in sheets else (sheets[0] if sheets else None)
        if sheet is None:
            return
        # Some programs write a wrong used range, and read-only mode trusts it.
        sheet.reset_dimensions()
        # Missing rows come as empty ones, so the count is the row number in Excel.
        yield from enumerate(sheet.iter_rows(values_only=True), start=1)
    except BROKEN_WORKBOOK:
        raise damaged from None
    finally:
        workbook.close()


def _csv_rows(data: bytes, name: str) -> Iterator[tuple[int, Sequence[object]]]:
    encoding = _encoding(data, name)
    # Decoded line by line as the rows are read: the whole text of a 50 MB file would
    # take up to 200 MB more (four bytes a character once one emoji is in it).
    sample = io.TextIOWrapper(io.BytesIO(data), encoding=encoding, newline="").read(65536)
    reader = csv.reader(csv_lines(data, encoding, name), delimiter=_delimiter(sample))
    number = 0
    try:
        # A record is one row in Excel even when a quoted cell spans lines.
        for number, record in limited_records(reader, name):
            yield number, record
    except csv.Error:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "Row {row} of {file} cannot be read as CSV."),
            row=number + 1,
            file=name,
        ) from None


# Bytes cp1252 leaves undefined: a file with them is read as Latin-1.
CP1252_UNDEFINED = (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d")


def _encoding(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), UTF-16 or UTF-32 with BOM, else the cp1252 of
    Finnish Excel."""
    # UTF-32's little-endian BOM begins with UTF-16's: it is looked for first.
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        if _decodes(data, "utf-32"):
            return "utf-32"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        if _decodes(data, "utf-16"):
            return "utf-16"
    elif b"\x00" not in data:
        if _decodes(data, "utf-8"):
            return "utf-8-sig"
        if not any(byte in data for byte in CP1252_UNDEFINED):
            return "cp1252"
        return "latin-1"  # decodes any bytes
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors", "{file} is not a spreadsheet: save the roster as .xlsx or .csv."
        ),
        file=name,
    )


def _decodes(data: bytes, encoding: str) -> bool:
    """Whether ``data`` is text in ``encoding``, tried a megabyte at a time."""
    decoder = codecs.getincrementaldecoder(encoding)()
    view = memoryview(data)
    step = 1024 * 1024
    try:
        for start in range(0, len(view), step):
            decoder.decode(view[start : start + step])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _delimiter(text: str) -> str:
    sample = "\n".join(text[:65536].splitlines()[: HEADER_SEARCH_ROWS * 2])
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        first = next((line for line in sample.splitlines() if line.strip()), "")
        sniffed = max(DELIMITERS, key=first.count)
    # A comma inside a name can fool the sniffer; the header cannot: prefer the
    # delimiter that splits it into the most known columns (the sniffed one on a tie).
    candidates = [sniffed, *(d for d in DELIMITERS if d != sniffed)]
    return max(candidates, key=lambda d: _known_header_count(sample, d))


def _known_header_count(sample: str, delimiter: str) -> int:
    try:
        records = list(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter))
    except csv.Error:
        return 0
    return max((len(_columns(r)) for r in records[:HEADER_SEARCH_ROWS]), default=0)


# -- rows -----------------------------------------------------------------------------------


def parse_roster(raw: Iterable[tuple[int, Sequence[object]]], name: str) -> RosterFile:
    """Find the header among the first rows, then read every row under it."""
    rows = iter(raw)
    header_row, columns, headers = _find_header(rows, name)
    language = language_of_headers(headers.values())
    parsed: list[RosterRow] = []
    problems: list[RowProblem] = []
    reader = _RowReader(columns, headers, language)
    for number, cells in rows:
        values = {column: _cell(cells, index) for column, index in columns.items()}
        if all(_blank(v) for v in values.values()):
            continue
        if len(parsed) == MAX_ROWS:
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} has more than {limit} rows; split it into smaller files.",
                ),
                file=name,
                limit=MAX_ROWS,
            )
        row, row_problems = reader.read(number, values)
        parsed.append(row)
        problems += row_problems
    if not parsed:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("Errors", "{file} has no people under its header (row {row})."),
            file=name,
            row=header_row,
        )
    return RosterFile(parsed, problems, _field_headers(headers), language)


def _find_header(
    rows: Iterator[tuple[int, Sequence[object]]], name: str
) -> tuple[int, dict[str, int], dict[str, str]]:
    best: tuple[int, dict[str, int], Sequence[object]] | None = None
    seen = 0
    for number, cells in rows:
        if all(_blank(c) for c in cells):
            continue
        columns = _columns(cells)
        if best is None or len(columns) > len(best[1]):
            best = (number, columns, cells)
        if _missing(columns) == []:
            return number, columns, {c: _text(cells[i]) for c, i in columns.items()}
        seen += 1
        if seen == HEADER_SEARCH_ROWS:
            break
    if best is None:
        raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "{file} is empty."), file=name)
    language = language_of_headers(_text(best[2][i]) for i in best[1].values())
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{file} has no header row with the columns it needs. Missing: {missing}. "
            "Name the columns in the first row, e.g. Perhe, Etunimi, Rooli, Syntynyt.",
        ),
        file=name,
        missing=", ".join(_missing(best[1], language)),
    )


def _columns(cells: Sequence[object]) -> dict[str, int]:
    """The known columns of a header row, by their index; the first of a name wins."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        column = column_of_header(_text(cell))
        if column is not None and column not in found:
            found[column] = index
    return found


def _missing(columns: Mapping[str, int], language: Language | None = None) -> list[str]:
    present = set(columns)
    if Column.LAST_NAME in present:
        present.add(Column.FAMILY)  # a last name column names the family
    labels = REQUIRED[language or Language.FINNISH]
    return [label for column, label in labels.items() if column not in present]


def _field_headers(headers: Mapping[str, str]) -> dict[RosterField, str]:
    fields = {
        RosterField.FIRST_NAME: headers.get(Column.FIRST_NAME, ""),
        RosterField.ROLE: headers.get(Column.ROLE, ""),
        RosterField.FAMILY: headers.get(Column.FAMILY) or headers.get(Column.LAST_NAME, ""),
        RosterField.ENROLLED_ON: headers.get(Column.ENROLLED_ON, ""),
        RosterField.STATUS: headers.get(Column.STATUS, ""),
        RosterField.BIRTH: _birth_header(headers),
        RosterField.PRIVACY_NOTICE: headers.get(Column.PRIVACY_NOTICE, ""),
        RosterField.PHOTO_PERMISSION: headers.get(Column.PHOTO_PERMISSION, ""),
        RosterField.CONTACT_PERMISSION: headers.get(Column.CONTACT_PERMISSION, ""),
    }
    if Column.FAMILY in headers and Column.LAST_NAME in headers:
        fields[RosterField.LAST_NAME] = headers[Column.LAST_NAME]
    return {field: header for field, header in fields.items() if header}


def _birth_header(headers: Mapping[str, str]) -> str:
    if Column.BORN in headers:
        return headers[Column.BORN]
    return ", ".join(headers[c] for c in (Column.BIRTH_YEAR, Column.BIRTH_MONTH) if c in headers)


def _cell(cells: Sequence[object], index: int) -> object:
    return cells[index] if index < len(cells) else None


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value: object) -> str:
    """A cell as one line of text, without control characters a paste can bring."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(strip_control_characters(str(value)).split())


def _shown(value: object) -> str:
    text = _text(value)
    return text if len(text) <= SHOWN_VALUE_LENGTH else f"{text[: SHOWN_VALUE_LENGTH - 1]}…"


class _RowReader:
    """Turns one row's cells into a RosterRow and the problems found on it."""

    def __init__(
        self, columns: Mapping[str, int], headers: Mapping[str, str], language: Language | None
    ) -> None:
        self._columns = columns
        self._headers = headers
        self._language = language
        self._has_family = Column.FAMILY in columns

    def read(self, number: int, values: Mapping[str, object]) -> tuple[RosterRow, list[RowProblem]]:
        problems: list[RowProblem] = []

        def problem(column: str, template: str, **params: object) -> None:
            problems.append(RowProblem(number, self._header(column), template, params))

        texts = {c: self._name(values, c, problem) for c in _NAME_COLUMNS}
        role_value = values[Column.ROLE]
        kind, role = self._role(role_value, problem)
        birth: tuple[int | None, int | None] = (None, None)
        before = len(problems)
        if kind is not MemberKind.ADULT:
            birth = self._birth(values, problem)
        birth_reported = len(problems) > before
        if kind is None and _blank(role_value):
            if birth != (None, None):
                kind = MemberKind.CHILD  # a row with a birth month and no role is a child's
            else:
                problem(Column.ROLE, in_language(GIVE_THE_ROLE, self._language))
        if kind is MemberKind.CHILD and birth == (None, None) and not birth_reported:
            problem(
                self._birth_column(),
                QT_TRANSLATE_NOOP("Errors", "Give the child's birth month, e.g. 5/2023."),
            )
        family = texts[Column.FAMILY] if self._has_family else texts[Column.LAST_NAME]
        row = RosterRow(
            row=number,
            family_name=family,
            first_name=texts[Column.FIRST_NAME],
            last_name=texts[Column.LAST_NAME] if self._has_family else "",
            kind=kind,
            role=role,
            birth_year=birth[0],
            birth_month=birth[1],
            enrolled_on=self._day(values, Column.ENROLLED_ON, problem),
            status=self._status(values, problem),
            privacy_notice_on=self._day(values, Column.PRIVACY_NOTICE, problem),
            photo_permission=self._permission(values, Column.PHOTO_PERMISSION, problem),
            contact_permission=self._permission(values, Column.CONTACT_PERMISSION, problem),
        )
        return row, problems

    def _header(self, column: str) -> str:
        return self._headers.get(column, "")

    def _birth_column(self) -> str:
        for column in (Column.BORN, Column.BIRTH_MONTH, Column.BIRTH_YEAR):
            if column in self._columns:
                return column
        return Column.BORN

    def _name(self, values: Mapping[str, object], column: str, problem: Any) -> str:
        text = _text(values.get(column))
        if len(text) > MAX_NAME_LENGTH:
            problem(
                column,
                QT_TRANSLATE_NOOP("Errors", "The text is longer than {limit} characters."),
                limit=MAX_NAME_LENGTH,
            )
            return text[:MAX_NAME_LENGTH]
        return text

    def _role(self, value: object, problem: Any) -> tuple[MemberKind | None, AdultRole | None]:
        if _blank(value):
            return None, None
        found = role_of_word(_text(value), self._language)
        if found is RoleReading.AMBIGUOUS:
            template = in_language(AMBIGUOUS_ROLE, self._language)
        elif found is RoleReading.UNKNOWN:
            template = in_language(UNKNOWN_ROLE, self._language)
        else:
            return found
        problem(Column.ROLE, template, value=_shown(value))
        return None, None

    def _birth(self, values: Mapping[str, object], problem: Any) -> tuple[int | None, int | None]:
        born = values.get(Column.BORN)
        if not _blank(born):
            parsed = parse_birth_month(born)
            if parsed is None:
                problem(
                    Column.BORN,
                    QT_TRANSLATE_NOOP(
                        "Errors", "“{value}” is not a birth month; write e.g. 5/2023."
                    ),
                    value=_shown(born),
                )
                return None, None
            return parsed
        year, month = values.get(Column.BIRTH_YEAR), values.get(Column.BIRTH_MONTH)
        if _blank(year) and _blank(month):
            return None, None
        parsed_year, parsed_month = _whole_number(year), _whole_number(month)
        if parsed_year is None:
            problem(
                Column.BIRTH_YEAR,
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a year; write e.g. 2023."),
                value=_shown(year),
            )
        if parsed_month is None or not 1 <= parsed_month <= 12:
            problem(
                Column.BIRTH_MONTH,
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a month; write 1–12."),
                value=_shown(month),
            )
            parsed_month = None
        if parsed_year is None or parsed_month is None:
            return None, None
        return parsed_year, parsed_month

    def _day(self, values: Mapping[str, object], column: str, problem: Any) -> date | None:
        value = values.get(column)
        if _blank(value):
            return None
        day = parse_day(value)
        if day is None:
            problem(
                column,
                QT_TRANSLATE_NOOP("Errors", "“{value}” is not a date; write e.g. 13.10.2026."),
                value=_shown(value),
            )
        return day

    def _status(self, values: Mapping[str, object], problem: Any) -> EnrolmentStatus | None:
        value = values.get(Column.STATUS)
        if _blank(value):
            return None
        status = STATUSES.get(normalise(_text(value)))
        if status is None:
            problem(
                Column.STATUS,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Unknown status “{value}”: write ilmoittautunut, jonossa or lopettanut.",
                ),
                value=_shown(value),
            )
        return status

    def _permission(
        self, values: Mapping[str, object], column: str, problem: Any
    ) -> Permission | None:
        value = values.get(column)
        if _blank(value):
            return None
        permission = PERMISSIONS.get(normalise(_text(value)))
        if permission is None:
            problem(
                column,
                QT_TRANSLATE_NOOP(
                    "Errors", "Unknown answer “{value}”: write kyllä, ei or ei kysytty."
                ),
                value=_shown(value),
            )
        return permission


_NAME_COLUMNS = (Column.FAMILY, Column.LAST_NAME, Column.FIRST_NAME)

_MONTH_YEAR = re.compile(r"(\d{1,2})\s*[./-]\s*(\d{4})")  # 5/2023, 5.2023, 05-2023
_YEAR_MONTH = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})")  # 2023-05
_MIDNIGHT = re.compile(r"[T ]00:00(?::00)?$")  # 2023-05-13T00:00 from a spreadsheet


def parse_day(value: object) -> date | None:
    """A date cell as the app reads typed dates (13.5.2023, 13.5.23, 2023-05-13);
    None when it is no real date."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return read_date(_MIDNIGHT.sub("", _text(value).rstrip(".")))
    except InvalidInput:  # 31.2.2026
        return None
    return None


def parse_birth_month(value: object) -> tuple[int, int] | None:
    """(year, month) from 5/2023, 5.2023, 2023-05 or a whole date; the day is dropped."""
    if isinstance(value, date | datetime):
        return value.year, value.month
    text = _text(value).rstrip(".")
    day = parse_day(text)
    if day is not None:
        return day.year, day.month
    if match := _MONTH_YEAR.fullmatch(text):
        month, year = int(match.group(1)), int(match.group(2))
    elif match := _YEAR_MONTH.fullmatch(text):
        year, month = int(match.group(1)), int(match.group(2))
    else:
        return None
    return (year, month) if 1 <= month <= 12 else None


def _whole_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = _text(value).rstrip(".")
    return int(text) if text.isdigit() else None
