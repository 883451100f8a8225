"""The attendance and statistics workbook (.xlsx) that coordinators report from.

Sheets: "Yhteenveto" (the statistics' own figures), one sheet per group kept
by a named roster (1 present, 0 absent or excused, empty unmarked, with live
SUM totals), "Kävijämäärät" (the headcounts) and "Kuukausittain" (visits by
month and group type). Sheet names and headers are Finnish, the reporting
language, whatever language the app speaks.

Every text that a person typed (names, group names, filters) goes through
``safe_text`` and is written as a string cell: a family that calls itself
``=HYPERLINK(...)`` is shown as typed and never runs as a formula.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.domain.model import AdultRole, AgeBand, GroupType, MemberKind
from ryhmat.domain.statistics import Figures, Statistics
from ryhmat.domain.usecases.statistics import GROUP_TYPE_NAMES
from ryhmat.domain.usecases.workbook import HeadcountLine, RosterPerson, RosterSheet, WorkbookData
from ryhmat.export.errors import ExportError

Progress = Callable[[int, int], None]

SUMMARY_SHEET = "Yhteenveto"
HEADCOUNT_SHEET = "Kävijämäärät"
MONTHLY_SHEET = "Kuukausittain"
TOTAL = "Yhteensä"

ROLE_NAMES: dict[AdultRole, str] = {
    AdultRole.FATHER: "isä",
    AdultRole.MOTHER: "äiti",
    AdultRole.OTHER_GUARDIAN: "muu huoltaja",
    AdultRole.GRANDPARENT: "isovanhempi",
}
ADULT_HEADERS: dict[AdultRole, str] = {
    AdultRole.FATHER: "Isät",
    AdultRole.MOTHER: "Äidit",
    AdultRole.OTHER_GUARDIAN: "Muut huoltajat",
    AdultRole.GRANDPARENT: "Isovanhemmat",
}
CHILD_HEADERS: dict[AgeBand, str] = {
    AgeBand.UNDER_1: "Lapset 0 v",
    AgeBand.AGE_1_2: "Lapset 1–2 v",
    AgeBand.AGE_3_6: "Lapset 3–6 v",
    AgeBand.AGE_7_PLUS: "Lapset 7+ v",
}


def _average(figures: Figures) -> float | None:
    value = figures.average_attendance
    return None if value is None else round(value, 1)


def _fill_rate(figures: Figures) -> float | None:
    value = figures.fill_rate
    return None if value is None else round(value, 3)


# (label, value, number format): the statistics' own numbers, never formulas.
FIGURES: list[tuple[str, Callable[[Figures], int | float | None], str]] = [
    ("Pidetyt kerrat", lambda f: f.sessions_held, "0"),
    ("Perutut kerrat", lambda f: f.sessions_cancelled, "0"),
    ("Käyntikerrat aikuiset", lambda f: f.adult_visits, "0"),
    ("Käyntikerrat lapset", lambda f: f.child_visits, "0"),
    ("Käyntikerrat yhteensä", lambda f: f.visits, "0"),
    ("Eri perheitä", lambda f: f.distinct_families, "0"),
    ("Tavoitetut isät", lambda f: f.fathers_reached, "0"),
    ("Uudet perheet", lambda f: f.new_families, "0"),
    ("Ensikertalaiset (kävijämäärät)", lambda f: f.first_time_visitors, "0"),
    ("Keskimääräinen osallistujamäärä", _average, "0.0"),
    ("Täyttöaste", _fill_rate, "0.0 %"),
]

DATE_FORMAT = "d.m.yyyy"
HOURS_FORMAT = "0.0#"
TABLE_STYLE = "TableStyleMedium2"
BOLD = Font(bold=True)
WRAPPED = Alignment(wrap_text=True, vertical="top")

# -- cell safety ---------------------------------------------------------------------------

# What makes a spreadsheet (or a CSV opened in one) start a formula or a DDE call.
FORMULA_TRIGGERS = ("=", "+", "-", "@")


def safe_text(value: str) -> str:
    """A person's text made fit for a cell: every control character removed.

    Tabs, line breaks and the like have no place in a name, cannot all be stored
    in a cell, and a leading tab or carriage return is a known trick to sneak a
    formula past filters. Whatever the text then starts with, ``_put_text``
    writes it as a string, so it is shown as typed and never computed.
    """
    return "".join(c for c in value if unicodedata.category(c) != "Cc")


def _put_text(sheet: Worksheet, row: int, column: int, value: str) -> None:
    cell = sheet.cell(row=row, column=column)
    text = safe_text(value)
    # openpyxl takes a string that starts with "=" for a formula: say it is a string.
    cell.value = text
    cell.data_type = "s"
    if text.startswith(FORMULA_TRIGGERS):
        # The apostrophe prefix of Excel and LibreOffice: the cell stays text even
        # when someone edits it and presses Enter.
        cell.quotePrefix = True


# -- names of sheets and tables ------------------------------------------------------------

SHEET_NAME_LENGTH = 31  # in UTF-16 code units, as Excel counts
FORBIDDEN_IN_SHEET_NAMES = re.compile(r"[\[\]:*?/\\]")
# Excel keeps this name for itself (the change history sheet).
RESERVED_SHEET_NAMES = frozenset({"history"})
DEFAULT_SHEET_NAME = "Ryhmä"


def _utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _cut(text: str, length: int) -> str:
    while _utf16_length(text) > length:
        text = text[:-1]
    return text


def sheet_name(name: str, taken: set[str]) -> str:
    """A valid sheet name for ``name``, unique among ``taken`` ignoring case.

    At most 31 characters, none of []:*?/\\, not empty, not starting or ending
    with an apostrophe; a clash gets " (2)", " (3)"… ``taken`` holds the
    case-folded names already used and gets the new one.
    """
    cleaned = FORBIDDEN_IN_SHEET_NAMES.sub("_", safe_text(name)).strip().strip("'").strip()
    base = _cut(cleaned, SHEET_NAME_LENGTH).rstrip().rstrip("'") or DEFAULT_SHEET_NAME
    candidate, number = base, 2
    while candidate.casefold() in taken or candidate.casefold() in RESERVED_SHEET_NAMES:
        suffix = f" ({number})"
        candidate = _cut(base, SHEET_NAME_LENGTH - len(suffix)).rstrip() + suffix
        number += 1
    taken.add(candidate.casefold())
    return candidate


TABLE_NAME_LENGTH = 200  # Excel allows 255


def table_name(name: str, taken: set[str]) -> str:
    """A valid, unique (ignoring case) table name for ``name``: ASCII letters, digits
    and underscores after a "T_" prefix, so it never looks like a cell address."""
    ascii_text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.sub(r"[^A-Za-z0-9]+", "_", ascii_text).strip("_")
    base = f"T_{words}"[:TABLE_NAME_LENGTH] if words else "T"
    candidate, number = base, 2
    while candidate.casefold() in taken:
        candidate, number = f"{base}_{number}", number + 1
    taken.add(candidate.casefold())
    return candidate


# -- the workbook --------------------------------------------------------------------------


def finnish_date(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def write_workbook(
    path: Path | str,
    statistics: Statistics,
    data: WorkbookData,
    progress: Progress | None = None,
) -> None:
    """Write the workbook to ``path`` whole or not at all."""
    steps = len(data.rosters) + 4
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    workbook = Workbook()
    workbook.properties.creator = "Ryhmät"
    sheets = {SUMMARY_SHEET.casefold(), HEADCOUNT_SHEET.casefold(), MONTHLY_SHEET.casefold()}
    tables: set[str] = set()
    summary = workbook.active
    assert summary is not None  # a new workbook has its first sheet
    summary.title = SUMMARY_SHEET
    _write_summary(summary, statistics, data)
    step()
    for roster in data.rosters:
        sheet = workbook.create_sheet(sheet_name(roster.group_name, sheets))
        _write_roster(sheet, roster, table_name(roster.group_name, tables))
        step()
    _write_headcounts(
        workbook.create_sheet(HEADCOUNT_SHEET), data.headcounts, table_name("Kävijämäärät", tables)
    )
    step()
    _write_monthly(workbook.create_sheet(MONTHLY_SHEET), statistics)
    step()
    _save_atomically(workbook, Path(path))
    step()


def _save_atomically(workbook: Workbook, path: Path) -> None:
    """A temporary file beside ``path``, renamed over it: a reader never sees half a
    workbook, and a failure leaves the old file as it was."""
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as error:
        raise _write_error(path, error) from error
    try:
        os.close(handle)
        workbook.save(temporary)
        os.replace(temporary, path)
    except OSError as error:
        Path(temporary).unlink(missing_ok=True)
        raise _write_error(path, error) from error
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write_error(path: Path, error: OSError) -> ExportError:
    return ExportError(
        QT_TRANSLATE_NOOP("Errors", "The workbook could not be written to {path}: {reason}"),
        path=str(path),
        reason=error.strerror or str(error),
    )


def _header(
    sheet: Worksheet, row: int, texts: Sequence[str], lines: int = 1, first_column: int = 1
) -> None:
    """Bold, wrapped headers; a row tall enough for ``lines`` lines, which neither
    Excel nor LibreOffice works out for a file they did not write themselves."""
    if lines > 1:
        sheet.row_dimensions[row].height = 15 * lines
    for offset, text in enumerate(texts):
        _put_text(sheet, row, first_column + offset, text)
        cell = sheet.cell(row=row, column=first_column + offset)
        cell.font = BOLD
        cell.alignment = WRAPPED


def _number(sheet: Worksheet, row: int, column: int, value: float | None, fmt: str) -> None:
    if value is None:
        return
    cell = sheet.cell(row=row, column=column, value=value)
    cell.number_format = fmt


# -- Yhteenveto ----------------------------------------------------------------------------


def _write_summary(sheet: Worksheet, statistics: Statistics, data: WorkbookData) -> None:
    sheet.column_dimensions["A"].width = 40
    for column in range(2, len(FIGURES) + 2):
        sheet.column_dimensions[get_column_letter(column)].width = 15
    _put_text(sheet, 1, 1, "Tilastot ja läsnäolot")
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    _put_text(sheet, 2, 1, "Aikaväli")
    period = f"{finnish_date(statistics.first_day)}–{finnish_date(statistics.last_day)}"
    _put_text(sheet, 2, 2, period)
    _put_text(sheet, 3, 1, "Rajaukset")
    row = 3
    for text in statistics.filter_text or ["ei rajauksia"]:
        _put_text(sheet, row, 2, text)
        row += 1
    if data.pseudonymised:
        _put_text(sheet, row, 1, "Nimet")
        _put_text(sheet, row, 2, "pseudonymisoitu (P- henkilö, F- perhe)")
        row += 1

    row += 1
    groups = [(g.name, g.figures) for g in statistics.by_group]
    row = _figures_block(sheet, row, "Ryhmä", [(TOTAL, statistics.total), *groups])
    types = [(GROUP_TYPE_NAMES[t], f) for t in GroupType if (f := statistics.by_type.get(t))]
    row = _figures_block(sheet, row + 1, "Ryhmätyyppi", types)
    _leader_hours(sheet, row + 1, statistics)
    _print_fitted(sheet)


def _figures_block(
    sheet: Worksheet, row: int, title: str, rows: Sequence[tuple[str, Figures]]
) -> int:
    """A header of figure labels and a row of figures per name; the next free row."""
    _header(sheet, row, [title, *(label for label, _, _ in FIGURES)], lines=3)
    for name, figures in rows:
        row += 1
        _put_text(sheet, row, 1, name)
        if name == TOTAL:
            sheet.cell(row=row, column=1).font = BOLD
        for column, (_, value, fmt) in enumerate(FIGURES, start=2):
            _number(sheet, row, column, value(figures), fmt)
    return row + 1


def _leader_hours(sheet: Worksheet, row: int, statistics: Statistics) -> None:
    _header(sheet, row, ["Ohjaaja", "Ohjaustunnit"])
    for leader in statistics.leader_hours:
        row += 1
        _put_text(sheet, row, 1, leader.name)
        _number(sheet, row, 2, round(leader.hours, 2), HOURS_FORMAT)


# -- a roster group ------------------------------------------------------------------------

NAME_COLUMNS = ("Perhe", "Nimi", "Rooli / ikä")
FIRST_MARK_COLUMN = len(NAME_COLUMNS) + 1
ERASED = "(tiedot poistettu)"  # an erased family's person keeps only the marks


def role_text(person: RosterPerson) -> str:
    if person.kind is MemberKind.CHILD:
        text = "lapsi" if person.age is None else f"lapsi, {person.age} v"
    else:
        text = ROLE_NAMES[person.role] if person.role is not None else "aikuinen"
    return f"{text}, vieras" if person.is_guest else text


def _unique_headers(texts: Iterable[str]) -> list[str]:
    """A table's column names must differ: a second session on a day gets " (2)"."""
    seen: dict[str, int] = {}
    unique = []
    for text in texts:
        seen[text] = seen.get(text, 0) + 1
        unique.append(text if seen[text] == 1 else f"{text} ({seen[text]})")
    return unique


def _write_roster(sheet: Worksheet, roster: RosterSheet, table: str) -> None:
    days = [finnish_date(day) for day in roster.session_days]
    total_column = FIRST_MARK_COLUMN + len(days)
    _header(sheet, 1, [*NAME_COLUMNS, *_unique_headers(days), TOTAL])
    for row, person in enumerate(roster.people, start=2):
        family, name = (ERASED, ERASED) if person.is_erased else (person.family, person.name)
        for column, text in enumerate((family, name, role_text(person)), start=1):
            _put_text(sheet, row, column, text)
        for column, mark in enumerate(person.marks, start=FIRST_MARK_COLUMN):
            if mark is not None:
                sheet.cell(row=row, column=column, value=mark)
        sheet.cell(
            row=row, column=total_column, value=_row_sum(row, FIRST_MARK_COLUMN, total_column - 1)
        )
    last_row = len(roster.people) + 1
    _totals_row(sheet, last_row, FIRST_MARK_COLUMN, total_column)
    if roster.people:
        _table(sheet, table, total_column, last_row)
    _layout(sheet, freeze="D2", title_columns="A:C")
    for letter, width in (("A", 24), ("B", 24), ("C", 16)):
        sheet.column_dimensions[letter].width = width
    for column in range(FIRST_MARK_COLUMN, total_column + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 11


def _row_sum(row: int, first_column: int, last_column: int) -> str | int:
    if last_column < first_column:
        return 0
    return f"=SUM({get_column_letter(first_column)}{row}:{get_column_letter(last_column)}{row})"


def _column_sum(column: int, first_row: int, last_row: int) -> str | int:
    if last_row < first_row:
        return 0
    letter = get_column_letter(column)
    return f"=SUM({letter}{first_row}:{letter}{last_row})"


def _totals_row(sheet: Worksheet, last_row: int, first_column: int, last_column: int) -> None:
    """Below the data (rows 2..last_row): a SUM of each column from ``first_column`` on."""
    row = last_row + 1
    _put_text(sheet, row, 1, TOTAL)
    sheet.cell(row=row, column=1).font = BOLD
    for column in range(first_column, last_column + 1):
        cell = sheet.cell(row=row, column=column, value=_column_sum(column, 2, last_row))
        cell.font = BOLD


def _table(sheet: Worksheet, name: str, last_column: int, last_row: int) -> None:
    ref = f"A1:{get_column_letter(last_column)}{last_row}"
    table = Table(displayName=name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
    sheet.add_table(table)


def _layout(sheet: Worksheet, freeze: str, title_columns: str) -> None:
    """Frozen header and names; printed landscape, one page wide, with the header
    and the names repeated on every page."""
    sheet.freeze_panes = freeze
    sheet.print_title_rows = "1:1"
    sheet.print_title_cols = title_columns
    _print_fitted(sheet)


def _print_fitted(sheet: Worksheet) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


# -- Kävijämäärät --------------------------------------------------------------------------

HEADCOUNT_COLUMNS = [
    "Ryhmä",
    "Päivämäärä",
    *ADULT_HEADERS.values(),
    *CHILD_HEADERS.values(),
    TOTAL,
    "Ensikertalaiset",
]
FIRST_COUNT_COLUMN = 3
VISITORS_COLUMN = FIRST_COUNT_COLUMN + len(ADULT_HEADERS) + len(CHILD_HEADERS)


def _write_headcounts(sheet: Worksheet, lines: Sequence[HeadcountLine], table: str) -> None:
    _header(sheet, 1, HEADCOUNT_COLUMNS, lines=2)
    for row, line in enumerate(lines, start=2):
        _put_text(sheet, row, 1, line.group_name)
        sheet.cell(row=row, column=2, value=line.day).number_format = DATE_FORMAT
        counts = line.headcount
        if counts is not None:
            values = [
                *(counts.adults.get(role, 0) for role in ADULT_HEADERS),
                *(counts.children.get(band, 0) for band in CHILD_HEADERS),
            ]
            for column, value in enumerate(values, start=FIRST_COUNT_COLUMN):
                sheet.cell(row=row, column=column, value=value)
            sheet.cell(row=row, column=VISITORS_COLUMN + 1, value=counts.first_time_visitors)
        formula = _row_sum(row, FIRST_COUNT_COLUMN, VISITORS_COLUMN - 1)
        sheet.cell(row=row, column=VISITORS_COLUMN, value=formula)
    last_row = len(lines) + 1
    _totals_row(sheet, last_row, FIRST_COUNT_COLUMN, len(HEADCOUNT_COLUMNS))
    if lines:
        _table(sheet, table, len(HEADCOUNT_COLUMNS), last_row)
    _layout(sheet, freeze="C2", title_columns="A:B")
    sheet.column_dimensions["A"].width = 36
    sheet.column_dimensions["B"].width = 12
    for column in range(FIRST_COUNT_COLUMN, len(HEADCOUNT_COLUMNS) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 12


# -- Kuukausittain -------------------------------------------------------------------------


def _months(first_day: date, last_day: date) -> list[date]:
    months, month = [], first_day.replace(day=1)
    while month <= last_day:
        months.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return months


def _write_monthly(sheet: Worksheet, statistics: Statistics) -> None:
    visits = {(m.month, m.type): m.figures.visits for m in statistics.by_month}
    types = [t for t in GroupType if any(kind is t for _, kind in visits)]
    total_column = len(types) + 2
    _header(sheet, 1, ["Kuukausi", *(GROUP_TYPE_NAMES[t] for t in types), TOTAL])
    months = _months(statistics.first_day, statistics.last_day)
    for row, month in enumerate(months, start=2):
        _put_text(sheet, row, 1, f"{month.month}/{month.year}")
        for column, kind in enumerate(types, start=2):
            sheet.cell(row=row, column=column, value=visits.get((month, kind), 0))
        sheet.cell(row=row, column=total_column, value=_row_sum(row, 2, total_column - 1))
    _totals_row(sheet, len(months) + 1, 2, total_column)
    _layout(sheet, freeze="B2", title_columns="A:A")
    sheet.column_dimensions["A"].width = 12
    for column in range(2, total_column + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 18
