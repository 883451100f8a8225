"""The attendance and statistics workbook (.xlsx) that coordinators report from.

Sheets: "Yhteenveto" (the statistics' own figures, the filter, and how many
past sessions are not recorded and so not in the figures), one sheet per group
kept by a named roster (1 present, 0 absent or excused, empty unmarked, with
live SUM totals), "Kävijämäärät" (the headcounts) and "Kuukausittain" (visits
by month and group type). Sheet names, headers, the filter and every sentence
are Finnish, the reporting language, whatever language the app speaks: one
workbook reads in one language, and it is what the municipality and funders
read.

Every text that a person typed (names, group names, filters) goes through
``safe_text`` and is written as a string cell: a family that calls itself
``=HYPERLINK(...)`` is shown as typed and never runs as a formula.
"""

from __future__ import annotations

import contextlib
import os
import re
import unicodedata
import warnings
import weakref
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any, cast

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, Cell
from openpyxl.styles import Alignment, Font
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from ryhmat import labels
from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.domain.finnish_names import GROUP_TYPE_NAMES, ROLE_NAMES
from ryhmat.domain.model import AdultRole, AgeBand, GroupType, MemberKind
from ryhmat.domain.statistics import Figures, FilterKind, FilterTerm, LeftOut, Statistics
from ryhmat.domain.usecases.workbook import HeadcountLine, RosterPerson, RosterSheet, WorkbookData
from ryhmat.domain.written import written_date
from ryhmat.export.errors import ExportError
from ryhmat.export.fast_rows import add_fast_rows_sheet, discard_sheet_file
from ryhmat.scratch import temporary_beside

Progress = Callable[[int, int], None]

SUMMARY_SHEET = "Yhteenveto"
HEADCOUNT_SHEET = "Kävijämäärät"
MONTHLY_SHEET = "Kuukausittain"
TOTAL = "Yhteensä"

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


def _attendance_rate(figures: Figures) -> float | None:
    value = figures.attendance_rate
    return None if value is None else round(value, 3)


def _adults_reached(figures: Figures) -> int | None:
    return figures.adults_reached


def _children_reached(figures: Figures) -> int | None:
    return figures.children_reached


def _over_capacity(figures: Figures) -> int:
    return figures.sessions_over_capacity


def _over_capacity_format() -> str:
    """A percentage that says over capacity beside a rate over 100 %, as the view and
    the CLI do, and stays a number."""
    marked = labels.fill_rate(Figures(capacity=100, capacity_filled=101))
    words = marked.removeprefix(labels.percent(1.01)).replace('"', "")
    return f'[>1]0.0 %"{words}";0.0 %'


def figure_columns() -> list[tuple[str, Callable[[Figures], int | float | None], str]]:
    """(label, value, number format) of every figure in the workbook's language."""
    return [
        *FIGURES,
        (labels.figure_name(labels.ADULTS_REACHED), _adults_reached, "0"),
        (labels.figure_name(labels.CHILDREN_REACHED), _children_reached, "0"),
        (labels.figure_name(labels.FILL_RATE), _fill_rate, _over_capacity_format()),
        (
            labels.figure_name(labels.SESSIONS_OVER_CAPACITY),
            lambda f: f.sessions_over_capacity,
            "0",
        ),
        (labels.figure_name(labels.ATTENDANCE_RATE), _attendance_rate, "0.0 %"),
    ]


# (label, value, number format): the statistics' own numbers, never formulas; the
# rates follow them in ``figure_columns``.
FIGURES: list[tuple[str, Callable[[Figures], int | float | None], str]] = [
    ("Pidetyt kerrat", lambda f: f.sessions_held, "0"),
    ("Perutut kerrat", lambda f: f.sessions_cancelled, "0"),
    ("Kirjaamattomat kerrat", lambda f: f.sessions_unrecorded, "0"),
    ("Käyntikerrat aikuiset", lambda f: f.adult_visits, "0"),
    ("Käyntikerrat lapset", lambda f: f.child_visits, "0"),
    ("Käyntikerrat yhteensä", lambda f: f.visits, "0"),
    ("Perheet", lambda f: f.distinct_families, "0"),
    ("Tavoitetut isät", lambda f: f.fathers_reached, "0"),
    ("Uudet perheet", lambda f: f.new_families, "0"),
    ("Ensikertalaiset", lambda f: f.first_time_visitors, "0"),
    ("Osallistujia keskimäärin", _average, "0.0"),
]

DATE_FORMAT = "d.m.yyyy"
HOURS_FORMAT = "0.0#"
TABLE_STYLE = "TableStyleMedium2"
BOLD = Font(bold=True)
TITLE_FONT = Font(bold=True, size=14)
WRAPPED = Alignment(wrap_text=True, vertical="top")

# -- cell safety ---------------------------------------------------------------------------

# What makes a spreadsheet (or a CSV opened in one) start a formula or a DDE call.
FORMULA_TRIGGERS = ("=", "+", "-", "@")


# Unicode's control characters (category Cc), as one pattern: a scan in C per text.
_CONTROL_CHARACTERS = re.compile("[\x00-\x1f\x7f-\x9f]")


def safe_text(value: str) -> str:
    """A person's text made fit for a cell: every control character removed.

    Tabs, line breaks and the like have no place in a name, cannot all be stored
    in a cell, and a leading tab or carriage return is a known trick to sneak a
    formula past filters. Whatever the text then starts with, ``_put_text``
    writes it as a string, so it is shown as typed and never computed.
    """
    return _CONTROL_CHARACTERS.sub("", value)


# A cell value as a row of a write-only sheet takes it: a plain value, or a cell
# that carries a style or a forced type.
CellValue = Cell | str | int | float | date | None


def _text(
    sheet: Worksheet, value: str, font: Font | None = None, alignment: Alignment | None = None
) -> CellValue:
    """A person's text as a string cell; a plain value when openpyxl would store it
    as a string anyway, so that most cells of a big workbook are no cell objects."""
    text = safe_text(value)
    # The apostrophe prefix of Excel and LibreOffice: the cell stays text even when
    # someone edits it and presses Enter.
    quoted = text.startswith(FORMULA_TRIGGERS)
    if not quoted and text not in ERROR_CODES and font is None:
        return text
    cell = _styled(sheet, text, font=font, alignment=alignment, quote_prefix=quoted)
    # openpyxl takes a string that starts with "=" for a formula: say it is a string.
    cell.data_type = "s"
    return cell


# A cell style by the identity of its font and alignment (module constants), its
# number format and its apostrophe prefix.
StyleKey = tuple[int, int, str | None, bool]
_STYLES: weakref.WeakKeyDictionary[Any, dict[StyleKey, StyleArray]] = weakref.WeakKeyDictionary()


def _styled(
    sheet: Worksheet,
    value: str | float | date,
    *,
    font: Font | None = None,
    alignment: Alignment | None = None,
    number_format: str | None = None,
    quote_prefix: bool = False,
) -> Cell:
    """A cell of ``value`` in a style set up on the workbook's first cell of that
    style and copied to the next ones: openpyxl looks a font or an alignment up by
    a hash it computes field by field, some microseconds for each of thousands of
    header and total cells. The first cell takes its style in the order the
    workbook's style lists have always been filled."""
    styles = _STYLES.setdefault(sheet.parent, {})
    key = (id(font), id(alignment), number_format, quote_prefix)
    if (known := styles.get(key)) is not None:
        return Cell(sheet, row=1, column=1, value=value, style_array=known)
    cell = Cell(sheet, row=1, column=1, value=value)  # as WriteOnlyCell makes it
    if quote_prefix:
        cell.quotePrefix = True
    if font is not None:
        cell.font = font
    if alignment is not None:
        cell.alignment = alignment
    if number_format is not None:
        cell.number_format = number_format
    styles[key] = StyleArray(cast(Any, cell)._style)  # not in openpyxl's stubs
    return cell


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


def write_workbook(
    path: Path | str,
    statistics: Statistics,
    data: WorkbookData,
    progress: Progress | None = None,
) -> None:
    """Write the workbook to ``path`` whole or not at all.

    The sheets are written row by row in openpyxl's write-only mode: a year of a
    municipality's rosters is hundreds of thousands of cells, which the normal
    mode would first keep as objects and then serialise. A row's layout (widths,
    frozen panes, heights) is therefore set before its rows are appended. The
    rows themselves go out as text (``FastRowsSheet``), not as a cell object each.
    """
    steps = len(data.rosters) + 4
    done = 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, steps)

    path = Path(path)
    # The temporary file first: a folder that cannot take it fails before any work.
    temporary = _temporary_beside(path)
    workbook = Workbook(write_only=True)
    try:
        _write_sheets(workbook, statistics, data, step)
        workbook.save(temporary)
        os.replace(temporary, path)
    except BaseException as error:
        _close_sheets(workbook)
        Path(temporary).unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise _write_error(path, error) from error
        raise
    step()


def _write_sheets(
    workbook: Workbook, statistics: Statistics, data: WorkbookData, step: Callable[[], None]
) -> None:
    workbook.properties.creator = "Ryhmät"
    sheets = {SUMMARY_SHEET.casefold(), HEADCOUNT_SHEET.casefold(), MONTHLY_SHEET.casefold()}
    tables: set[str] = set()
    _write_summary(_new_sheet(workbook, SUMMARY_SHEET), statistics, data)
    step()
    for roster in data.rosters:
        sheet = _new_sheet(workbook, sheet_name(roster.group_name, sheets))
        _write_roster(sheet, roster, table_name(roster.group_name, tables))
        step()
    _write_headcounts(
        _new_sheet(workbook, HEADCOUNT_SHEET), data.headcounts, table_name("Kävijämäärät", tables)
    )
    step()
    _write_monthly(_new_sheet(workbook, MONTHLY_SHEET), statistics)
    step()


def _new_sheet(workbook: Workbook, title: str) -> Worksheet:
    sheet = add_fast_rows_sheet(workbook, title)
    # openpyxl's stubs give the layout attributes (widths, panes, page setup) only to
    # the normal worksheet; the write-only one takes them from it (Worksheet._setup).
    return cast(Worksheet, sheet)


def _temporary_beside(path: Path) -> str:
    """A temporary file beside ``path``, later renamed over it: a reader never sees
    half a workbook, and a failure leaves the old file as it was. Its name is short
    whatever the length of ``path``'s."""
    try:
        return str(temporary_beside(path, ".tmp"))
    except OSError as error:
        raise _write_error(path, error) from error


def _close_sheets(workbook: Workbook) -> None:
    """End the streams of a workbook given up half-written (left open, they fail
    noisily when they are garbage-collected), and remove the sheets' temporary files,
    which hold names and ages."""
    for sheet in workbook.worksheets:
        if isinstance(sheet, WriteOnlyWorksheet):
            if not sheet.closed:
                with contextlib.suppress(Exception):
                    sheet.close()
            discard_sheet_file(sheet)


def _write_error(path: Path, error: OSError) -> ExportError:
    return ExportError(
        QT_TRANSLATE_NOOP("Errors", "The workbook could not be written to {path}: {reason}"),
        path=str(path),
        reason=error.strerror or str(error),
    )


class _Rows:
    """Appends rows to a write-only sheet and knows the number of the next one."""

    def __init__(self, sheet: Worksheet) -> None:
        self.sheet = sheet
        self.next = 1

    def append(self, cells: Sequence[CellValue] = ()) -> int:
        """Append a row (an empty one by default); its number."""
        self.sheet.append(list(cells))
        self.next += 1
        return self.next - 1

    def header(self, texts: Sequence[str], lines: int = 1) -> int:
        """Bold, wrapped headers; a row tall enough for ``lines`` lines, which neither
        Excel nor LibreOffice works out for a file they did not write themselves."""
        if lines > 1:
            self.sheet.row_dimensions[self.next].height = 15 * lines
        return self.append([_header_cell(self.sheet, text) for text in texts])


def _header_cell(sheet: Worksheet, text: str) -> Cell:
    return cast(Cell, _text(sheet, text, BOLD, WRAPPED))  # a font makes it a cell


def _number(sheet: Worksheet, value: float | None, fmt: str) -> CellValue:
    if value is None:
        return UNKNOWN  # nothing counted it: not a zero
    return _styled(sheet, value, number_format=fmt)


def _bold(sheet: Worksheet, value: str | int) -> Cell:
    return _styled(sheet, value, font=BOLD)


def _widths(sheet: Worksheet, widths: Mapping[int, float]) -> None:
    """Column widths by column number; in write-only mode, before the first row."""
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width


# -- Yhteenveto ----------------------------------------------------------------------------


def _write_summary(sheet: Worksheet, statistics: Statistics, data: WorkbookData) -> None:
    _widths(sheet, {1: 40} | dict.fromkeys(range(2, len(figure_columns()) + 2), 15))
    _print_fitted(sheet)
    rows = _Rows(sheet)
    rows.append([_text(sheet, "Tilastot ja läsnäolot", TITLE_FONT)])
    period = f"{written_date(statistics.first_day)}–{written_date(statistics.last_day)}"
    rows.append([_text(sheet, "Aikaväli"), _text(sheet, period)])
    for index, text in enumerate(filter_text(statistics.described)):
        rows.append([_text(sheet, "Rajaukset") if index == 0 else None, _text(sheet, text)])
    if unrecorded := statistics.total.sessions_unrecorded:
        rows.append([_text(sheet, UNRECORDED), _text(sheet, unrecorded_sentence(unrecorded))])
    if data.pseudonymised:
        rows.append([_text(sheet, "Nimet"), _text(sheet, "pseudonymisoitu (P- henkilö, F- perhe)")])

    rows.append()
    groups = [(g.name, g.figures) for g in statistics.by_group]
    _figures_block(rows, "Ryhmä", [(TOTAL, statistics.total), *groups])
    rows.append()
    types = [(GROUP_TYPE_NAMES[t], f) for t in GroupType if (f := statistics.by_type.get(t))]
    _figures_block(rows, "Ryhmätyyppi", types)
    rows.append()
    organisers = [(o.name, o.figures) for o in statistics.by_organisation]
    _figures_block(rows, labels.figure_name(labels.ORGANISER), organisers)
    if note := labels.shared_groups_note(statistics):
        rows.append([_text(sheet, "Huom."), _text(sheet, note)])
    rows.append()
    for text in left_out_sentences(statistics.left_out):
        rows.append([_text(sheet, "Huom."), _text(sheet, text)])
    if note := labels.over_capacity_note(statistics.total):
        rows.append([_text(sheet, "Huom."), _text(sheet, note)])
    for name, definition in DEFINITIONS.items():
        rows.append([_text(sheet, name), _text(sheet, definition)])
    rows.append()
    _leader_hours(rows, statistics)


FILTER_WORDS: dict[FilterKind, str] = {
    FilterKind.GROUP_TYPE: "Ryhmätyyppi",
    FilterKind.ORGANISER: "Järjestäjä",
    FilterKind.PLACE: "Paikka",
    FilterKind.LEADER: "Ohjaaja",
}
ALL_GROUPS = "Kaikki ryhmät"
UNKNOWN = "–"
UNRECORDED = "Kirjaamatta"


def filter_text(described: Sequence[FilterTerm]) -> list[str]:
    """The filter in the workbook's Finnish, one line per condition."""
    return [_filter_line(term) for term in described] or [ALL_GROUPS]


def _filter_line(term: FilterTerm) -> str:
    if term.kind is FilterKind.GROUPS:
        return f"{'Ryhmä' if len(term.names) == 1 else 'Ryhmät'}: {', '.join(term.names)}"
    if term.group_type is not None:
        return f"{FILTER_WORDS[term.kind]}: {GROUP_TYPE_NAMES[term.group_type]}"
    return f"{FILTER_WORDS[term.kind]}: {', '.join(term.names)}"


# What the family figures count, as the Tilastot view and `ryhmat stats` explain them.
DEFINITIONS = {
    "Perheet": "eri perheet, joista joku on ollut paikalla ainakin kerran aikavälillä "
    "(läsnäololistoista)",
    "Tavoitetut isät": "eri isät, jotka ovat olleet paikalla ainakin kerran aikavälillä "
    "(läsnäololistoista)",
    "Uudet perheet": "perheet, joiden ensimmäinen käynti näissä ryhmissä osuu aikavälille "
    "(läsnäololistoista)",
    "Ensikertalaiset": "kävijämäärään ensimmäistä kertaa mukana olleiksi lasketut; ketään ei "
    "nimetä, joten heitä ei lasketa perheiksi",
}


def left_out_sentences(left_out: LeftOut) -> list[str]:
    """Which groups the totals' family counts or first-time visitors leave out."""
    sentences = []
    if left_out.headcount_groups_from_families:
        sentences.append(
            "Vain kävijämäärin kirjattavat ryhmät eivät ole perhemäärissä (perheet, "
            "tavoitetut isät, uudet perheet): kävijämäärä ei nimeä ketään."
        )
    if left_out.list_groups_from_first_timers:
        sentences.append(
            "Vain läsnäololistoin kirjattavat ryhmät eivät ole ensikertalaisissa, jotka "
            "lasketaan vain kävijämääriin."
        )
    return sentences


def unrecorded_sentence(count: int) -> str:
    """What the number of past sessions not recorded means for the figures below."""
    if count == 1:
        return (
            "1 mennyt ryhmäkerta, jonka läsnäoloa ei ole kirjattu: "
            "sen käyntikerrat eivät ole luvuissa."
        )
    return (
        f"{count} mennyttä ryhmäkertaa, joiden läsnäoloa ei ole kirjattu: "
        "niiden käyntikerrat eivät ole luvuissa."
    )


def _figures_block(rows: _Rows, title: str, named: Sequence[tuple[str, Figures]]) -> None:
    """A header of figure labels and a row of figures per name."""
    sheet = rows.sheet
    columns = figure_columns()
    rows.header([title, *(label for label, _, _ in columns)], lines=3)
    for name, figures in named:
        rows.append(
            [
                _text(sheet, name, BOLD if name == TOTAL else None),
                *(_number(sheet, value(figures), fmt) for _, value, fmt in columns),
            ]
        )


def _leader_hours(rows: _Rows, statistics: Statistics) -> None:
    sheet = rows.sheet
    rows.header(["Ohjaaja", "Ohjaustunnit"])
    for leader in statistics.leader_hours:
        rows.append(
            [_text(sheet, leader.name), _number(sheet, round(leader.hours, 2), HOURS_FORMAT)]
        )


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
    days = [written_date(day) for day in roster.session_days]
    total_column = FIRST_MARK_COLUMN + len(days)
    widths = {1: 24, 2: 24, 3: 16} | dict.fromkeys(range(FIRST_MARK_COLUMN, total_column + 1), 11)
    _widths(sheet, widths)
    _layout(sheet, freeze="D2", title_columns="A:C")
    rows = _Rows(sheet)
    headers = [*NAME_COLUMNS, *_unique_headers(days), TOTAL]
    rows.header(headers)
    for person in roster.people:
        family, name = (ERASED, ERASED) if person.is_erased else (person.family, person.name)
        row = rows.next
        rows.append(
            [
                _text(sheet, family),
                _text(sheet, name),
                _text(sheet, role_text(person)),
                *person.marks,
                _row_sum(row, FIRST_MARK_COLUMN, total_column - 1),
            ]
        )
    last_row = len(roster.people) + 1
    _totals_row(rows, last_row, FIRST_MARK_COLUMN, total_column)
    if roster.people:
        _table(sheet, table, headers, last_row)


def _row_sum(row: int, first_column: int, last_column: int) -> str | int:
    if last_column < first_column:
        return 0
    return f"=SUM({get_column_letter(first_column)}{row}:{get_column_letter(last_column)}{row})"


def _column_sum(column: int, first_row: int, last_row: int) -> str | int:
    if last_row < first_row:
        return 0
    letter = get_column_letter(column)
    return f"=SUM({letter}{first_row}:{letter}{last_row})"


def _totals_row(rows: _Rows, last_row: int, first_column: int, last_column: int) -> None:
    """Below the data (rows 2..last_row): a SUM of each column from ``first_column`` on."""
    sheet = rows.sheet
    sums = [
        _bold(sheet, _column_sum(column, 2, last_row))
        for column in range(first_column, last_column + 1)
    ]
    rows.append([_text(sheet, TOTAL, BOLD), *([None] * (first_column - 2)), *sums])


def _table(sheet: Worksheet, name: str, headers: Sequence[str], last_row: int) -> None:
    """A table over the header row and the data. Its column names are the headers as
    written: a write-only sheet cannot be read back for them."""
    ref = f"A1:{get_column_letter(len(headers))}{last_row}"
    columns = [
        TableColumn(id=index, name=safe_text(text)) for index, text in enumerate(headers, start=1)
    ]
    table = Table(displayName=name, ref=ref, tableColumns=columns, autoFilter=AutoFilter(ref=ref))
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True)
    with warnings.catch_warnings():
        # openpyxl warns that write-only tables need their columns given: they are.
        warnings.filterwarnings("ignore", "In write-only mode you must add table columns")
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
    widths = {1: 36, 2: 12} | dict.fromkeys(
        range(FIRST_COUNT_COLUMN, len(HEADCOUNT_COLUMNS) + 1), 12
    )
    _widths(sheet, widths)
    _layout(sheet, freeze="C2", title_columns="A:B")
    rows = _Rows(sheet)
    rows.header(HEADCOUNT_COLUMNS, lines=2)
    for line in lines:
        day = _styled(sheet, line.day, number_format=DATE_FORMAT)
        counts = line.headcount
        values: list[CellValue] = [None] * (VISITORS_COLUMN - FIRST_COUNT_COLUMN)
        visitors = None
        if counts is not None:
            values = [
                *(counts.adults.get(role, 0) for role in ADULT_HEADERS),
                *(counts.children.get(band, 0) for band in CHILD_HEADERS),
            ]
            visitors = counts.first_time_visitors
        total = _row_sum(rows.next, FIRST_COUNT_COLUMN, VISITORS_COLUMN - 1)
        rows.append([_text(sheet, line.group_name), day, *values, total, visitors])
    last_row = len(lines) + 1
    _totals_row(rows, last_row, FIRST_COUNT_COLUMN, len(HEADCOUNT_COLUMNS))
    if lines:
        _table(sheet, table, HEADCOUNT_COLUMNS, last_row)


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
    _widths(sheet, {1: 12} | dict.fromkeys(range(2, total_column + 1), 18))
    _layout(sheet, freeze="B2", title_columns="A:A")
    rows = _Rows(sheet)
    rows.header(["Kuukausi", *(GROUP_TYPE_NAMES[t] for t in types), TOTAL])
    months = _months(statistics.first_day, statistics.last_day)
    for month in months:
        row = rows.next
        rows.append(
            [
                _text(sheet, f"{month.month}/{month.year}"),
                *(visits.get((month, kind), 0) for kind in types),
                _row_sum(row, 2, total_column - 1),
            ]
        )
    _totals_row(rows, len(months) + 1, 2, total_column)
