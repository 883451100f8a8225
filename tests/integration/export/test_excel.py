"""The workbook of the demo town, recalculated by a real LibreOffice.

openpyxl writes formulas without their results; LibreOffice computes them on
loading and stores them when it converts the file, so these tests read the
numbers a coordinator would see. LibreOffice is a test requirement
(``scripts/system-packages test``): without it these tests fail, never skip.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from ryhmat.demo import generate, load
from ryhmat.domain.finnish_names import GROUP_TYPE_NAMES
from ryhmat.domain.model import (
    AdultRole,
    Attendance,
    AttendanceMark,
    AttendanceMode,
    CancelReason,
    Enrolment,
    Family,
    Group,
    GroupType,
    Member,
    MemberKind,
    Session,
    SessionStatus,
    WorkerKind,
)
from ryhmat.domain.statistics import BREAKDOWNS, FIGURES, Statistics, StatisticsFilter
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.domain.usecases.workbook import WorkbookData, workbook_data
from ryhmat.export.excel import evaluations_sheet_name, safe_text, write_workbook
from ryhmat.export.excel import figure_value as written
from ryhmat.i18n import use_language
from ryhmat.labels import (
    breakdown_columns,
    breakdown_definition,
    breakdown_name,
    kind_total_name,
    label,
)
from ryhmat.storage.database import Database, open_database
from ryhmat.storage.pseudonyms import SqlPseudonymRepository
from ryhmat.storage.statistics import SqlStatisticsQueries
from tests.integration.backends import BACKENDS, databases_of

TODAY = date(2026, 11, 23)
NOW = datetime.combine(TODAY, time(12), HELSINKI)
FIRST, LAST = date(2026, 8, 1), TODAY
SOFFICE_SECONDS = 180
ERRORS = ("#VALUE!", "#REF!", "#NAME?", "#DIV/0!", "#N/A", "#NUM!", "#NULL!", "Err:")
SUM = re.compile(r"=SUM\(([A-Z]+\d+:[A-Z]+\d+)\)")
# UTF-8 CSV, comma-separated, "-quoted, every sheet to its own file (LibreOffice 7.2+).
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1"


def soffice() -> str:
    found = shutil.which("soffice")
    if found is None:
        pytest.fail("LibreOffice (soffice) is missing: run ./scripts/system-packages test")
    return found


def convert(source: Path, target_format: str, out: Path) -> None:
    """Let LibreOffice open ``source`` (recalculating it) and save it into ``out``."""
    home = out / "home"  # its own profile: never the developer's, never shared
    home.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            soffice(),
            "--headless",
            "--norestore",
            "--convert-to",
            target_format,
            "--outdir",
            str(out),
            str(source),
        ],
        env={**os.environ, "HOME": str(home)},
        check=True,
        capture_output=True,
        timeout=SOFFICE_SECONDS,
    )


def recalculated(source: Path, out: Path) -> Path:
    convert(source, "xlsx", out)
    converted = out / source.name
    assert converted.is_file()
    return converted


def compute(database: Database, pseudonymise: bool = False) -> tuple[Statistics, WorkbookData]:
    with database.unit_of_work() as uow:
        wanted = StatisticsFilter()
        statistics = compute_statistics(
            uow, FIRST, LAST, wanted, now=NOW, statistics=SqlStatisticsQueries(uow.session)
        )
        data = workbook_data(
            uow,
            FIRST,
            LAST,
            wanted,
            pseudonymise,
            statistics,
            pseudonyms=SqlPseudonymRepository(uow.session),
        )
    return statistics, data


@dataclass
class Exported:
    database: Database
    statistics: Statistics
    data: WorkbookData
    original: Path
    computed: Path  # recalculated by LibreOffice


@pytest.fixture(scope="module", params=BACKENDS)
def exported(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Exported]:
    """The small demo town's workbook for 1.8.–23.11.2026, made and recalculated once,
    in Finnish (made before each test's own language is set)."""
    use_language("fi")
    folder = tmp_path_factory.mktemp("workbook")
    with databases_of(request).empty() as url, open_database(url) as database:
        with database.unit_of_work() as uow:
            load(uow, generate("small", today=TODAY))
        statistics, data = compute(database)
        original = folder / "raportti.xlsx"
        write_workbook(original, statistics, data)
        yield Exported(database, statistics, data, original, recalculated(original, folder / "out"))


def values(sheet: Worksheet) -> list[list[Any]]:
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def cells_of(sheet: Worksheet, ref: str) -> list[Any]:
    return [cell.value for row in sheet[ref] for cell in row]


def test_every_sum_equals_its_cells(exported: Exported) -> None:
    formulas = openpyxl.load_workbook(exported.original)
    results = openpyxl.load_workbook(exported.computed, data_only=True)
    checked = 0
    for sheet in formulas.worksheets:
        result = results[sheet.title]
        for row in sheet.iter_rows():
            for cell in row:
                found = SUM.fullmatch(str(cell.value))
                if found is None:
                    continue
                added = sum(v or 0 for v in cells_of(result, found.group(1)))
                assert result[cell.coordinate].value == added, (sheet.title, cell.coordinate)
                checked += 1
    data = exported.data
    per_roster = sum(len(r.people) + len(r.session_days) + 1 for r in data.rosters)
    # A row total per line, a column total per count (10), a total per month and type.
    assert checked == per_roster + len(data.headcounts) + 10 + (4 + 7 + 1)
    assert per_roster == 277


def test_no_error_cells(exported: Exported) -> None:
    results = openpyxl.load_workbook(exported.computed, data_only=True)
    for sheet in results.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "e", (sheet.title, cell.coordinate)
                text = str(cell.value or "")
                assert not text.startswith(ERRORS), (sheet.title, cell.coordinate, text)


def present_marks(database: Database, group_name: str) -> int:
    """Counted straight from the stored marks, not through the workbook's code."""
    with database.unit_of_work() as uow:
        group = uow.groups.by_name(group_name)
        assert group is not None
        held = [
            s.id
            for s in uow.sessions.between(FIRST, LAST, [group.id])
            if s.status is SessionStatus.HELD
        ]
        marks = uow.attendance.for_sessions(held)
    return sum(m.mark is AttendanceMark.PRESENT for m in marks)


def test_present_marks_of_roster_groups_are_their_visits(exported: Exported) -> None:
    results = openpyxl.load_workbook(exported.computed, data_only=True)
    sheets = {r.group_name: results.worksheets[i] for i, r in enumerate(exported.data.rosters, 2)}
    with exported.database.unit_of_work() as uow:
        modes = {g.name: g.attendance_mode for g in uow.groups.list()}
    visits = {g.name: g.figures.visits for g in exported.statistics.by_group}
    roster_only = [name for name in sheets if modes[name] is AttendanceMode.ROSTER]
    assert "Vauvaryhmä Pikkuiset" in roster_only
    assert len(roster_only) == 5
    for name in roster_only:
        sheet = sheets[name]
        grand_total = sheet.cell(row=sheet.max_row, column=sheet.max_column).value
        assert grand_total == visits[name] == present_marks(exported.database, name), name
    # A group kept both ways counts its headcounts; its roster shows fewer.
    cafe = sheets["Perhekahvila Kohtaamo"]
    cafe_total = cafe.cell(row=cafe.max_row, column=cafe.max_column).value
    assert cafe_total == present_marks(exported.database, "Perhekahvila Kohtaamo") == 173
    assert visits["Perhekahvila Kohtaamo"] == 260


def figure_rows(sheet: Worksheet) -> dict[str, list[Any]]:
    """Each row by its first cell, the first of rows of the same name: the group types
    and the total name rows of the visits by role and age band again, further down."""
    found: dict[str, list[Any]] = {}
    for row in values(sheet):
        if isinstance(row[0], str) and row[0] not in ("Ryhmä", "Ryhmätyyppi"):
            found.setdefault(row[0], row[1 : len(FIGURES) + 1])
    return found


def expected_figures(figures: Any) -> list[Any]:
    """The figures as the sheet writes them: an unknown one as "–", never a blank or 0."""
    return ["–" if (shown := written(f, figures)) is None else shown for f in FIGURES]


def test_summary_shows_the_statistics_numbers(exported: Exported) -> None:
    statistics = exported.statistics
    sheet = openpyxl.load_workbook(exported.computed, data_only=True)["Yhteenveto"]
    rows = figure_rows(sheet)
    assert values(sheet)[1][:2] == ["Aikaväli", "1.8.2026–23.11.2026"]
    assert values(sheet)[2][:2] == ["Rajaukset", "Kaikki ryhmät"]
    assert rows["Yhteensä"] == expected_figures(statistics.total)
    # Held, cancelled, not recorded, visits of adults, of children, in all.
    assert rows["Yhteensä"][:6] == [122, 1, 3, 973, 1102, 2075]
    for group in statistics.by_group:
        assert rows[group.name] == expected_figures(group.figures), group.name
    for group_type, figures in statistics.by_type.items():
        assert rows[GROUP_TYPE_NAMES[group_type]] == expected_figures(figures)
    for leader in statistics.leader_hours:
        assert rows[leader.name][0] == label(leader.kind)
        assert rows[leader.name][1:3] == pytest.approx(
            [leader.hours, leader.planning_hours], abs=0.005
        )
    assert len(statistics.leader_hours) == 9
    for kind in statistics.hours_by_kind:
        assert rows[kind_total_name(kind.kind)][:3] == pytest.approx(
            [kind.leaders, kind.hours, kind.planning_hours], abs=0.005
        )
    for reason, sessions in statistics.cancelled_by_reason.items():
        assert rows[label(reason)][0] == sessions
    # The small demo's volunteers lead; its one cancellation was for an ill leader.
    assert rows[kind_total_name(WorkerKind.VOLUNTEER)][0] == 2
    assert rows[label(CancelReason.LEADER_ILL)][0] == 1


def test_summary_says_how_many_sessions_are_not_in_the_figures(exported: Exported) -> None:
    # The small demo leaves the last session of three groups unrecorded: 16.11.,
    # 18.11. and this morning's (23.11.).
    sheet = openpyxl.load_workbook(exported.computed, data_only=True)["Yhteenveto"]
    assert exported.statistics.total.sessions_unrecorded == 3
    assert values(sheet)[3][:3] == [
        "Kirjaamatta",
        "3 mennyttä ryhmäkertaa, joiden läsnäoloa ei ole kirjattu: "
        "niiden käyntikerrat eivät ole luvuissa.",
        None,
    ]
    header = next(row for row in values(sheet) if row[0] == "Ryhmä")
    column = header.index("Kirjaamattomat kerrat")
    by_name: dict[Any, Any] = {}
    for row in values(sheet)[values(sheet).index(header) + 1 :]:
        # The first row of a name: the total names a row of the visits by role further down.
        by_name.setdefault(row[0], row[column])
    assert by_name["Yhteensä"] == 3
    assert by_name["Avoin päiväkoti Pikkupesä"] == 1
    assert by_name["Vauvaryhmä Pikkuiset"] == 0


def test_summary_has_the_visits_by_role_and_age_band(exported: Exported) -> None:
    rows = values(openpyxl.load_workbook(exported.original)["Yhteenveto"])
    statistics = exported.statistics
    kept = [t for t in GroupType if t in statistics.by_type]
    types = [GROUP_TYPE_NAMES[t] for t in kept]
    for breakdown in BREAKDOWNS:
        start = next(i for i, row in enumerate(rows) if row[0] == breakdown_name(breakdown))
        columns = len(breakdown.columns)
        assert rows[start][1 : columns + 1] == breakdown_columns(breakdown)
        block = rows[start + 1 : start + len(types) + 3]
        # A row per group type, then the total, then what the table counts.
        assert [row[0] for row in block[:-1]] == [*types, "Yhteensä"]
        assert block[-2][1 : columns + 1] == list(breakdown.values(statistics.total))
        for group_type, row in zip(kept, block, strict=False):
            assert row[1 : columns + 1] == list(breakdown.values(statistics.by_type[group_type]))
        assert block[-1][0] == breakdown_definition(breakdown)
    # The demo's roster groups name roles and birth dates: they are in the buckets.
    assert sum(statistics.total.adult_visits_by_role) == statistics.total.adult_visits > 0


def test_headcount_totals_are_the_visits_of_headcount_groups(exported: Exported) -> None:
    sheet = openpyxl.load_workbook(exported.computed, data_only=True)["Kävijämäärät"]
    rows = values(sheet)
    header, lines, totals = rows[0], rows[1:-1], rows[-1]
    total_column = header.index("Yhteensä")
    by_group: dict[str, int] = {}
    for line in lines:
        by_group[line[0]] = by_group.get(line[0], 0) + line[total_column]
    visits = {g.name: g.figures.visits for g in exported.statistics.by_group}
    for name in ("Avoin päiväkoti Pikkupesä", "Satu- ja loruhetki"):
        assert by_group[name] == visits[name]
    assert totals[0] == "Yhteensä"
    assert totals[total_column] == sum(by_group.values())
    first_time = header.index("Ensikertalaiset")
    assert totals[first_time] == exported.statistics.total.first_time_visitors == 37


def test_months_add_up_to_the_total_visits(exported: Exported) -> None:
    sheet = openpyxl.load_workbook(exported.computed, data_only=True)["Kuukausittain"]
    rows = values(sheet)
    assert [row[0] for row in rows] == [
        "Kuukausi",
        "8/2026",
        "9/2026",
        "10/2026",
        "11/2026",
        "Yhteensä",
    ]
    assert rows[-1][-1] == exported.statistics.total.visits == 2075


def test_the_original_reads_back(exported: Exported) -> None:
    workbook = openpyxl.load_workbook(exported.original)
    names = [r.group_name for r in exported.data.rosters]
    assert workbook.sheetnames == [
        "Tiivistelmä",
        "Yhteenveto",
        *(name[:31] for name in names),
        "Kävijämäärät",
        "Kuukausittain",
        evaluations_sheet_name(),
    ]
    assert "Kaksos- ja monikkoperheiden ver" in workbook.sheetnames
    tables = [name for sheet in workbook.worksheets for name in sheet.tables]
    assert len(tables) == len(set(tables)) == len(names) + 1


# -- names typed to be run ---------------------------------------------------------------

EVIL = [
    '=HYPERLINK("http://evil.example","x")',
    "+SUM(1)",
    "-1+1",
    "@cmd",
    "\tTab",
    "Ääkkönen\x07",
    "=cmd|' /C calc'!A0",
]


def evil_world(database: Database) -> None:
    group = Group(name="=1+1 Vauvat", type=GroupType.BABY_GROUP)
    family = Family(
        name='=HYPERLINK("http://evil.example","perhe")',
        members=[
            Member(first_name=text, kind=MemberKind.ADULT, role=AdultRole.MOTHER) for text in EVIL
        ],
    )
    held = Session(
        group_id=group.id,
        day=date(2026, 9, 1),
        start=time(9),
        end=time(10),
        status=SessionStatus.HELD,
    )
    with database.unit_of_work() as uow:
        uow.groups.save(group)
        uow.families.save(family)
        uow.enrolments.save(Enrolment(family_id=family.id, group_id=group.id))
        uow.sessions.save(held)
        uow.attendance.add_many(
            [
                Attendance(session_id=held.id, member_id=m.id, mark=AttendanceMark.PRESENT)
                for m in family.members
            ]
        )
        uow.commit()


def test_typed_formulas_stay_text_after_libreoffice(database: Database, tmp_path: Path) -> None:
    evil_world(database)
    statistics, data = compute(database)
    original = tmp_path / "raportti.xlsx"
    write_workbook(original, statistics, data)
    computed = recalculated(original, tmp_path / "out")

    expected = [safe_text(text) for text in EVIL]
    family = '=HYPERLINK("http://evil.example","perhe")'
    for data_only in (False, True):
        sheet = openpyxl.load_workbook(computed, data_only=data_only)["=1+1 Vauvat"]
        rows = values(sheet)
        assert [row[1] for row in rows[1:-1]] == expected
        assert {row[0] for row in rows[1:-1]} == {family}
        for row in sheet.iter_rows(min_row=2, max_row=len(EVIL) + 1, max_col=2):
            assert all(cell.data_type == "s" for cell in row)
    assert rows[-1][-1] == len(EVIL)  # the SUM did run
    convert(computed, CSV_FILTER, tmp_path / "csv")
    with (tmp_path / "csv" / "raportti-=1+1 Vauvat.csv").open(encoding="utf-8") as stream:
        lines = list(csv.reader(stream))
    assert [line[1] for line in lines[1:-1]] == expected
    assert lines[-1][-1] == str(len(EVIL))


# -- pseudonymised ---------------------------------------------------------------------


def test_pseudonymised_workbook_has_no_names_and_stable_codes(
    exported: Exported, tmp_path: Path
) -> None:
    first, second = tmp_path / "1.xlsx", tmp_path / "2.xlsx"
    for path in (first, second):
        statistics, data = compute(exported.database, pseudonymise=True)
        write_workbook(path, statistics, data)
    with exported.database.unit_of_work() as uow:
        families = uow.families.list()
    names = {f.name for f in families} | {
        name
        for f in families
        for m in f.members
        for name in (m.first_name, m.last_name, m.full_name)
        if name
    }
    full_names = {m.full_name for f in families for m in f.members}

    books = [openpyxl.load_workbook(path) for path in (first, second)]
    first_values, second_values = ([values(s) for s in b.worksheets] for b in books)
    assert first_values == second_values
    book = books[0]
    texts = [
        (sheet.title, cell.value)
        for sheet in book.worksheets
        for row in sheet.iter_rows()
        for cell in row
        if isinstance(cell.value, str)
    ]
    assert not [t for t in texts if t[1] in names]
    assert not [t for t in texts if any(full in t[1] for full in full_names)]
    for sheet in book.worksheets[2 : 2 + len(exported.data.rosters)]:
        for family, name in sheet.iter_rows(
            min_row=2, max_row=sheet.max_row - 1, max_col=2, values_only=True
        ):
            assert isinstance(family, str)
            assert isinstance(name, str)
            assert re.fullmatch(r"F-\d{4}", family)
            assert re.fullmatch(r"P-\d{4}", name)


def test_the_summary_says_what_the_family_figures_count_and_leave_out(exported: Exported) -> None:
    sheet = openpyxl.load_workbook(exported.computed, data_only=True)["Yhteenveto"]
    lines = {row[0]: row[1] for row in values(sheet) if isinstance(row[0], str)}
    assert "ensimmäinen käynti" in lines["Uudet perheet"]
    assert "ketään ei nimetä" in lines["Ensikertalaiset"]
    notes = [row[1] for row in values(sheet) if row[0] == "Huom."]
    assert any("kävijämäärin" in note for note in notes)
