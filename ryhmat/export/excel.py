"""The attendance and statistics workbook (.xlsx) that coordinators report from.

Sheets: "Yhteenveto" (the statistics' own figures, the filter, and how many
past sessions are not recorded and so not in the figures), one sheet per group
kept by a named roster (1 present, 0 absent or excused, empty unmarked, with
live SUM totals), "Kävijämäärät" (the headcounts) and "Kuukausittain" (visits
by month and group type). Sheet names, headers, the filter and every sentence
are in the language the app speaks when the workbook is written (Finnish,
Swedish or English): a Swedish-speaking board reads a Swedish workbook, and one
workbook reads in one language. The names and definitions of the figures are
``ryhmat.labels``', the same words the Tilastot view and ``ryhmat stats`` use.

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

from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.domain.evaluation import FeedbackScale
from ryhmat.domain.model import AdultRole, AgeBand, GroupType, MemberKind
from ryhmat.domain.statistics import (
    BREAKDOWNS,
    FIGURES,
    FIRST_TIME_VISITORS,
    SESSIONS_CANCELLED,
    Figure,
    Figures,
    Shown,
    Statistics,
)
from ryhmat.domain.usecases.evaluations import EvaluationReport
from ryhmat.domain.usecases.workbook import HeadcountLine, RosterPerson, RosterSheet, WorkbookData
from ryhmat.domain.written import written_date
from ryhmat.export.errors import ExportError
from ryhmat.export.fast_rows import add_fast_rows_sheet, discard_sheet_file
from ryhmat.i18n import translate
from ryhmat.labels import (
    ANSWERED,
    AVERAGE_ANSWER,
    CANCELLED_BY_REASON,
    EVALUATED_ON,
    EVALUATIONS,
    FEEDBACK,
    FEEDBACK_NOTE,
    FIRST_DAY,
    GOALS,
    GROUP,
    HOURS_IN_ALL,
    LAST_DAY,
    LEADER,
    LEADER_HOURS,
    LEADER_HOURS_BY_KIND,
    LEADERS,
    NOT_EVALUATED,
    PLANNING_HOURS,
    QUESTION,
    SEASON,
    WORKER_KIND,
    breakdown_columns,
    breakdown_definition,
    breakdown_name,
    evaluation_questions,
    evaluation_text,
    figure_definitions,
    figure_name,
    fill_rate,
    filter_lines,
    goal_line,
    kind_total_name,
    label,
    leader_time_definitions,
    leader_time_name,
    left_out_notes,
    organiser_name,
    over_capacity_note,
    percent,
    shared_groups_note,
    unrecorded_sentence,
)
from ryhmat.scratch import temporary_beside
from ryhmat.summary import Summary, Value
from ryhmat.summary import summary as one_page_summary

Progress = Callable[[int, int], None]

CONTEXT = "Workbook"


def words(source: str) -> str:
    """A text of the workbook in the language it is written in."""
    return translate(CONTEXT, source)


# The workbook's own texts as English sources, translated when a workbook is written.
AT_A_GLANCE_SHEET = QT_TRANSLATE_NOOP("Workbook", "At a glance")
SUMMARY_SHEET = QT_TRANSLATE_NOOP("Workbook", "Summary")
HEADCOUNT_SHEET = QT_TRANSLATE_NOOP("Workbook", "Headcounts")
MONTHLY_SHEET = QT_TRANSLATE_NOOP("Workbook", "By month")
TOTAL = QT_TRANSLATE_NOOP("Workbook", "Total")

ADULT_HEADERS: dict[AdultRole, str] = {
    AdultRole.FATHER: QT_TRANSLATE_NOOP("Workbook", "Fathers"),
    AdultRole.MOTHER: QT_TRANSLATE_NOOP("Workbook", "Mothers"),
    AdultRole.OTHER_GUARDIAN: QT_TRANSLATE_NOOP("Workbook", "Other guardians"),
    AdultRole.GRANDPARENT: QT_TRANSLATE_NOOP("Workbook", "Grandparents"),
}
CHILD_HEADERS: dict[AgeBand, str] = {
    AgeBand.UNDER_1: QT_TRANSLATE_NOOP("Workbook", "Children 0 y"),
    AgeBand.AGE_1_2: QT_TRANSLATE_NOOP("Workbook", "Children 1–2 y"),
    AgeBand.AGE_3_6: QT_TRANSLATE_NOOP("Workbook", "Children 3–6 y"),
    AgeBand.AGE_7_PLUS: QT_TRANSLATE_NOOP("Workbook", "Children 7+ y"),
}


# A figure's number format, by how the reports write it.
NUMBER_FORMATS = {
    Shown.COUNT: "0",
    Shown.AVERAGE: "0.0",
    Shown.RATE: "0.0 %",
    Shown.HOURS: "0.0#",
}
DECIMALS = {Shown.COUNT: 0, Shown.AVERAGE: 1, Shown.RATE: 3, Shown.HOURS: 2}


def figure_value(figure: Figure, figures: Figures) -> int | float | None:
    """The statistics' own number, rounded as written; never a formula."""
    return _rounded(figure.value(figures), figure.shown)


def _over_capacity_format() -> str:
    """A percentage that says over capacity beside a rate over 100 %, as the view and
    the CLI do, and stays a number."""
    marked = fill_rate(Figures(capacity=100, capacity_filled=101))
    words = marked.removeprefix(percent(1.01)).replace('"', "")
    return f'[>1]0.0 %"{words}";0.0 %'


def _number_format(figure: Figure) -> str:
    return _over_capacity_format() if figure.marks_over_capacity else NUMBER_FORMATS[figure.shown]


DATE_FORMAT = "d.m.yyyy"
HOURS_FORMAT = NUMBER_FORMATS[Shown.HOURS]
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
DEFAULT_SHEET_NAME = QT_TRANSLATE_NOOP("Workbook", "Group")


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
    base = _cut(cleaned, SHEET_NAME_LENGTH).rstrip().rstrip("'") or words(DEFAULT_SHEET_NAME)
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
    steps = len(data.rosters) + 5
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
    at_a_glance, summary, headcounts, monthly = (
        words(name) for name in (AT_A_GLANCE_SHEET, SUMMARY_SHEET, HEADCOUNT_SHEET, MONTHLY_SHEET)
    )
    evaluations = evaluations_sheet_name()
    sheets = {name.casefold() for name in (at_a_glance, summary, headcounts, monthly, evaluations)}
    tables: set[str] = set()
    page = one_page_summary(statistics, data.evaluations)
    _write_at_a_glance(_new_sheet(workbook, at_a_glance), page)
    _write_summary(_new_sheet(workbook, summary), statistics, data)
    step()
    for roster in data.rosters:
        sheet = _new_sheet(workbook, sheet_name(roster.group_name, sheets))
        _write_roster(sheet, roster, table_name(roster.group_name, tables))
        step()
    _write_headcounts(
        _new_sheet(workbook, headcounts), data.headcounts, table_name(headcounts, tables)
    )
    step()
    _write_monthly(_new_sheet(workbook, monthly), statistics)
    step()
    _write_evaluations(_new_sheet(workbook, evaluations), data.evaluations)
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
        return "–"  # nothing counted it: not a zero
    return _styled(sheet, value, number_format=fmt)


def _bold(sheet: Worksheet, value: str | int) -> Cell:
    return _styled(sheet, value, font=BOLD)


def _widths(sheet: Worksheet, widths: Mapping[int, float]) -> None:
    """Column widths by column number; in write-only mode, before the first row."""
    for column, width in widths.items():
        sheet.column_dimensions[get_column_letter(column)].width = width


# -- Tiivistelmä: the one-page summary -----------------------------------------------------


def _write_at_a_glance(sheet: Worksheet, page: Summary) -> None:
    """The summary for a board, as its PDF page has it: the figures with their
    definitions, then the small tables."""
    _widths(sheet, {1: 34, 2: 14, 3: 80} | dict.fromkeys(range(4, 7), 14))
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 1
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    rows = _Rows(sheet)
    rows.append([_text(sheet, page.title, TITLE_FONT)])
    rows.append([_text(sheet, translate("Workbook", "Period")), _text(sheet, page.period)])
    for index, text in enumerate(page.filters):
        label_cell = _text(sheet, translate("Workbook", "Filters")) if index == 0 else None
        rows.append([label_cell, _text(sheet, text)])
    for text in page.notes:
        rows.append([_text(sheet, translate("Workbook", "Note")), _text(sheet, text)])
    rows.append()
    rows.header(
        [
            translate("Workbook", "Figure"),
            translate("Workbook", "Value"),
            translate("Workbook", "What it counts"),
        ]
    )
    for figure in page.figures:
        rows.append(
            [
                _text(sheet, figure.name),
                _value_cell(sheet, figure.value),
                _text(sheet, figure.definition, alignment=WRAPPED),
            ]
        )
    for table in page.tables:
        rows.append()
        rows.append([_text(sheet, table.title, BOLD)])
        rows.header(table.headers, lines=2)
        for row in table.rows:
            rows.append(
                [_text(sheet, row.name), *(_value_cell(sheet, value) for value in row.values)]
            )
    for quote in page.quotes:
        rows.append()
        rows.append([_text(sheet, quote.season, BOLD)])
        for question, answer in quote.answers:
            rows.append([_text(sheet, question), None, _text(sheet, answer, alignment=WRAPPED)])


def _value_cell(sheet: Worksheet, value: Value) -> CellValue:
    if value.number is None:
        return _text(sheet, value.text)
    return _number(sheet, _rounded(value.number, value.shown), NUMBER_FORMATS[value.shown])


def _rounded(value: int | float | None, shown: Shown) -> int | float | None:
    """A figure's number rounded as the reports write it; a count as it is."""
    if value is None or shown is Shown.COUNT:
        return value
    return round(value, DECIMALS[shown])


# -- Yhteenveto ----------------------------------------------------------------------------


def _write_summary(sheet: Worksheet, statistics: Statistics, data: WorkbookData) -> None:
    _widths(sheet, {1: 40} | dict.fromkeys(range(2, len(FIGURES) + 2), 15))
    _print_fitted(sheet)
    rows = _Rows(sheet)
    rows.append([_text(sheet, translate("Workbook", "Statistics and attendance"), TITLE_FONT)])
    period = f"{written_date(statistics.first_day)}–{written_date(statistics.last_day)}"
    rows.append([_text(sheet, translate("Workbook", "Period")), _text(sheet, period)])
    for index, text in enumerate(filter_lines(statistics.described)):
        rows.append(
            [
                _text(sheet, translate("Workbook", "Filters")) if index == 0 else None,
                _text(sheet, text),
            ]
        )
    if unrecorded := statistics.total.sessions_unrecorded:
        rows.append(
            [
                _text(sheet, translate("Workbook", "Not recorded")),
                _text(sheet, unrecorded_sentence(unrecorded)),
            ]
        )
    if data.pseudonymised:
        rows.append(
            [
                _text(sheet, translate("Workbook", "Names")),
                _text(sheet, translate("Workbook", "pseudonymised (P- person, F- family)")),
            ]
        )

    rows.append()
    groups = [(g.name, g.figures) for g in statistics.by_group]
    total = words(TOTAL)
    _figures_block(
        rows, translate("Workbook", "Group"), [(total, statistics.total), *groups], total
    )
    rows.append()
    types = [(label(t), f) for t in GroupType if (f := statistics.by_type.get(t))]
    _figures_block(rows, translate("Workbook", "Group type"), types, total)
    rows.append()
    organisers = [(o.name, o.figures) for o in statistics.by_organisation]
    _figures_block(rows, organiser_name(), organisers, total)
    if note := shared_groups_note(statistics):
        rows.append([_text(sheet, translate("Workbook", "Note")), _text(sheet, note)])
    rows.append()
    notes = [*left_out_notes(statistics.left_out), over_capacity_note(statistics.total)]
    for text in filter(None, notes):
        rows.append([_text(sheet, translate("Workbook", "Note")), _text(sheet, text)])
    for name, definition in figure_definitions():
        rows.append([_text(sheet, name), _text(sheet, definition)])
    rows.append()
    _visits_by_role_and_age(rows, [*types, (total, statistics.total)], total)
    rows.append()
    _leader_hours(rows, statistics)


def _visits_by_role_and_age(rows: _Rows, named: Sequence[tuple[str, Figures]], total: str) -> None:
    """The visits by role and by age band: a row per group type and the total, each
    table's definition under it."""
    sheet = rows.sheet
    for breakdown in BREAKDOWNS:
        rows.header([breakdown_name(breakdown), *breakdown_columns(breakdown)], lines=2)
        for name, figures in named:
            rows.append(
                [
                    _text(sheet, name, BOLD if name == total else None),
                    *(_styled(sheet, n, number_format="0") for n in breakdown.values(figures)),
                ]
            )
        rows.append([_text(sheet, breakdown_definition(breakdown))])
        rows.append()


def _figures_block(
    rows: _Rows, title: str, named: Sequence[tuple[str, Figures]], total: str
) -> None:
    """A header of figure names and a row of figures per name."""
    sheet = rows.sheet
    rows.header([title, *(figure_name(figure) for figure in FIGURES)], lines=3)
    for name, figures in named:
        rows.append(
            [
                _text(sheet, name, BOLD if name == total else None),
                *(
                    _number(sheet, figure_value(figure, figures), _number_format(figure))
                    for figure in FIGURES
                ),
            ]
        )


def _leader_hours(rows: _Rows, statistics: Statistics) -> None:
    """Each leader's hours, the hours by kind and the cancelled sessions by reason, in
    the words of ryhmat/labels.py."""
    sheet = rows.sheet
    hours = [leader_time_name(name) for name in (LEADER_HOURS, PLANNING_HOURS, HOURS_IN_ALL)]
    rows.header([leader_time_name(LEADER), leader_time_name(WORKER_KIND), *hours], lines=2)
    for leader in statistics.leader_hours:
        rows.append(
            [
                _text(sheet, leader.name),
                _text(sheet, label(leader.kind)),
                *_hours(sheet, leader.hours, leader.planning_hours, leader.total_hours),
            ]
        )
    rows.append()
    rows.header(
        [leader_time_name(LEADER_HOURS_BY_KIND), leader_time_name(LEADERS), *hours], lines=2
    )
    for kind in statistics.hours_by_kind:
        rows.append(
            [
                _text(sheet, kind_total_name(kind.kind)),
                _styled(sheet, kind.leaders, number_format="0"),
                *_hours(sheet, kind.hours, kind.planning_hours, kind.total_hours),
            ]
        )
    rows.append()
    rows.header([leader_time_name(CANCELLED_BY_REASON), figure_name(SESSIONS_CANCELLED)])
    for reason, sessions in statistics.cancelled_by_reason.items():
        rows.append([_text(sheet, label(reason)), _styled(sheet, sessions, number_format="0")])
    rows.append()
    for name, definition in leader_time_definitions():
        rows.append([_text(sheet, name), _text(sheet, definition)])


def _hours(sheet: Worksheet, *values: float) -> list[CellValue]:
    return [_number(sheet, _rounded(value, Shown.HOURS), HOURS_FORMAT) for value in values]


# -- a roster group ------------------------------------------------------------------------

NAME_COLUMNS = (
    QT_TRANSLATE_NOOP("Workbook", "Family"),
    QT_TRANSLATE_NOOP("Workbook", "Name"),
    QT_TRANSLATE_NOOP("Workbook", "Role / age"),
)
FIRST_MARK_COLUMN = len(NAME_COLUMNS) + 1
# An erased family's person keeps only the marks.
ERASED = QT_TRANSLATE_NOOP("Workbook", "(data erased)")


def role_text(person: RosterPerson) -> str:
    if person.kind is MemberKind.CHILD:
        if person.age is None:
            text = translate("Workbook", "child")
        else:
            text = translate("Workbook", "child, {age} y").format(age=person.age)
    else:
        text = label(person.role) if person.role is not None else translate("Workbook", "adult")
    return translate("Workbook", "{who}, guest").format(who=text) if person.is_guest else text


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
    total = words(TOTAL)
    headers = [*(words(name) for name in NAME_COLUMNS), *_unique_headers(days), total]
    rows.header(headers)
    erased = words(ERASED)
    for person in roster.people:
        family, name = (erased, erased) if person.is_erased else (person.family, person.name)
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
    rows.append([_text(sheet, words(TOTAL), BOLD), *([None] * (first_column - 2)), *sums])


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
    QT_TRANSLATE_NOOP("Workbook", "Group"),
    QT_TRANSLATE_NOOP("Workbook", "Date"),
    *ADULT_HEADERS.values(),
    *CHILD_HEADERS.values(),
    TOTAL,
    FIRST_TIME_VISITORS.name,
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
    headers = [*(words(name) for name in HEADCOUNT_COLUMNS[:-1]), figure_name(FIRST_TIME_VISITORS)]
    rows.header(headers, lines=2)
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
        _table(sheet, table, headers, last_row)


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
    rows.header([translate("Workbook", "Month"), *(label(t) for t in types), words(TOTAL)])
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


# -- Arvioinnit: the seasons' evaluations and feedback, their words from ryhmat/labels.py --


def evaluations_sheet_name() -> str:
    return evaluation_text(EVALUATIONS)


def _write_evaluations(sheet: Worksheet, reports: Sequence[EvaluationReport]) -> None:
    """A row per season (goals and the pair's answers), then a row per season and
    question of the feedback (forms per answer, their number and average as formulas)."""
    _widths(sheet, {1: 30, 2: 18, 3: 12, 4: 12, 5: 12, 6: 40, 7: 40, 8: 40, 9: 40})
    _print_fitted(sheet)
    rows = _Rows(sheet)
    rows.append([_text(sheet, evaluation_text(EVALUATIONS), TITLE_FONT)])
    words = [GROUP, SEASON, FIRST_DAY, LAST_DAY, EVALUATED_ON, GOALS]
    rows.header([*(evaluation_text(w) for w in words), *evaluation_questions()], lines=2)
    for report in reports:
        evaluated: CellValue = evaluation_text(NOT_EVALUATED)
        if report.evaluated_on is not None:
            evaluated = _styled(sheet, report.evaluated_on, number_format=DATE_FORMAT)
        answers = report.answers
        rows.append(
            [
                _text(sheet, report.group_name),
                _text(sheet, report.season_name),
                _styled(sheet, report.first_day, number_format=DATE_FORMAT),
                _styled(sheet, report.last_day, number_format=DATE_FORMAT),
                evaluated,
                *(
                    # A cell keeps no line break (safe_text): lines become spaces.
                    _text(sheet, " ".join(text.split()), alignment=WRAPPED)
                    for text in (
                        "; ".join(goal_line(goal) for goal in report.goals),
                        answers.works_well,
                        answers.to_improve,
                        answers.carries_on,
                    )
                ),
            ]
        )
    rows.append()
    rows.append([_text(sheet, evaluation_text(FEEDBACK), BOLD)])
    rows.append([_text(sheet, evaluation_text(FEEDBACK_NOTE))])
    values = list(FeedbackScale.ONE_TO_FIVE.values)
    first, last = 4, 3 + len(values)
    rows.header(
        [
            evaluation_text(GROUP),
            evaluation_text(SEASON),
            evaluation_text(QUESTION),
            *(str(v) for v in values),
            evaluation_text(ANSWERED),
            evaluation_text(AVERAGE_ANSWER),
        ]
    )
    for report in reports:
        for tally in report.tallies:
            counts = dict(tally.counts)
            row = rows.next
            answered = _row_sum(row, first, last)
            weighted = "+".join(
                f"{v}*{get_column_letter(first + i)}{row}" for i, v in enumerate(values)
            )
            rows.append(
                [
                    _text(sheet, report.group_name),
                    _text(sheet, report.season_name),
                    _text(sheet, label(tally.question)),
                    *(counts.get(v) for v in values),
                    answered,
                    _styled(
                        sheet,
                        f"=({weighted})/{get_column_letter(last + 1)}{row}",
                        number_format="0.0",
                    ),
                ]
            )
