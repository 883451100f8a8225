"""The workbook writer on hand-made statistics and rosters (no database)."""

from __future__ import annotations

import re
import uuid
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from ryhmat.domain.evaluation import Answers, FeedbackQuestion, Goal, GoalOutcome
from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    CancelReason,
    GroupType,
    Headcount,
    MemberKind,
    WorkerKind,
)
from ryhmat.domain.statistics import (
    FIGURES,
    Figures,
    FilterKind,
    FilterTerm,
    GroupFigures,
    KindHours,
    LeaderHours,
    MonthFigures,
    OrganisationFigures,
    Statistics,
    StatisticsFilter,
)
from ryhmat.domain.usecases.evaluations import EvaluationReport, QuestionTally
from ryhmat.domain.usecases.workbook import (
    HeadcountLine,
    RosterPerson,
    RosterSheet,
    WorkbookData,
)
from ryhmat.export.errors import ExportError
from ryhmat.export.excel import (
    role_text,
    safe_text,
    write_workbook,
)
from ryhmat.i18n import chosen_language, load_language, use_language
from ryhmat.labels import (
    figure_name,
    filter_lines,
    kind_total_name,
    label,
    leader_time_definitions,
    unrecorded_sentence,
)

FIRST, LAST = date(2026, 8, 1), date(2026, 11, 23)
EVIL = [
    '=HYPERLINK("http://evil.example","x")',
    "+SUM(1)",
    "-1+1",
    "@cmd",
    "\tTab",
    "\r=1+1",
    "Ääkkönen\x07",
    "=cmd|' /C calc'!A0",
]
BABIES = uuid.uuid4()


def person(family: str, name: str, *marks: int | None, **changes: object) -> RosterPerson:
    made = RosterPerson(
        member_id=uuid.uuid4(),
        family=family,
        name=name,
        kind=MemberKind.ADULT,
        role=AdultRole.MOTHER,
        age=None,
        is_guest=False,
        marks=marks,
    )
    return made.__class__(**{**{s: getattr(made, s) for s in made.__slots__}, **changes})


@pytest.fixture(autouse=True)
def finnish() -> Iterator[None]:
    """The workbook in Finnish, the language of its fixed texts; the figures named in
    ``labels`` follow the UI's language."""
    previous = chosen_language()
    load_language("fi")
    yield
    load_language(previous)


def statistics() -> Statistics:
    babies = Figures(
        sessions_held=2,
        sessions_cancelled=1,
        sessions_unrecorded=11,
        adult_visits=3,
        child_visits=2,
        distinct_families=2,
        fathers_reached=1,
        new_families=1,
        capacity=20,
        capacity_filled=5,
        adults_reached=3,
        children_reached=2,
    )
    drop_in = Figures(
        sessions_held=1,
        adult_visits=7,
        child_visits=7,
        first_time_visitors=1,
        adults_reached=None,
        children_reached=None,
    )
    return Statistics(
        first_day=FIRST,
        last_day=LAST,
        wanted=StatisticsFilter(),
        described=[FilterTerm(FilterKind.GROUPS, ("=1+1", "Vauvat"))],
        total=Figures(
            sessions_held=3,
            sessions_cancelled=1,
            sessions_unrecorded=11,
            adult_visits=10,
            child_visits=9,
            distinct_families=2,
            fathers_reached=1,
            new_families=1,
            first_time_visitors=1,
            capacity=20,
            capacity_filled=5,
            adults_reached=3,
            children_reached=2,
        ),
        by_group=[
            GroupFigures(BABIES, "Vauvat", GroupType.BABY_GROUP, babies),
            GroupFigures(uuid.uuid4(), "Avoin", GroupType.OPEN_DAYCARE, drop_in),
        ],
        by_type={GroupType.OPEN_DAYCARE: drop_in, GroupType.BABY_GROUP: babies},
        by_month=[
            MonthFigures(date(2026, 9, 1), GroupType.OPEN_DAYCARE, drop_in),
            MonthFigures(date(2026, 9, 1), GroupType.BABY_GROUP, Figures(adult_visits=2)),
            MonthFigures(date(2026, 10, 1), GroupType.BABY_GROUP, Figures(child_visits=3)),
        ],
        leader_hours=[LeaderHours(uuid.uuid4(), "@Anna", 2.5, WorkerKind.VOLUNTEER, 0.5)],
        hours_by_kind=[
            KindHours(WorkerKind.STAFF),
            KindHours(WorkerKind.VOLUNTEER, leaders=1, hours=2.5, planning_hours=0.5),
            KindHours(WorkerKind.STUDENT),
        ],
        cancelled_by_reason=dict.fromkeys(CancelReason, 0) | {CancelReason.LEADER_ILL: 1},
        # The babies' group is Neuvola's and MLL's: in both rows.
        by_organisation=[
            OrganisationFigures(uuid.uuid4(), "Neuvola", babies),
            OrganisationFigures(uuid.uuid4(), "MLL", replace(babies, sessions_held=3)),
        ],
    )


def data() -> WorkbookData:
    people = [
        person("Aalto", "Antti Aalto", 1, 0, role=AdultRole.FATHER),
        person("Aalto", "Aada Aalto", 1, None, kind=MemberKind.CHILD, role=None, age=1),
        person("Björk", "Bea Björk", None, 1, is_guest=True),
        *(person(text, text, 0, None) for text in EVIL),
    ]
    babies = RosterSheet(
        group_id=BABIES,
        group_name="Vauvat",
        group_type=GroupType.BABY_GROUP,
        session_days=(date(2026, 9, 1), date(2026, 9, 8)),
        people=tuple(people),
    )
    evil_group = RosterSheet(
        group_id=uuid.uuid4(),
        group_name="=HYPERLINK(1)",
        group_type=GroupType.OTHER,
        session_days=(date(2026, 9, 2), date(2026, 9, 2)),
        people=(),
    )
    counts = Headcount(
        session_id=uuid.uuid4(),
        adults={AdultRole.FATHER: 2, AdultRole.MOTHER: 5},
        children={AgeBand.UNDER_1: 3, AgeBand.AGE_3_6: 4},
        first_time_visitors=1,
    )
    return WorkbookData(
        first_day=FIRST,
        last_day=LAST,
        pseudonymised=False,
        rosters=[babies, evil_group],
        headcounts=[
            HeadcountLine(uuid.uuid4(), "Avoin", date(2026, 9, 2), counts),
            HeadcountLine(uuid.uuid4(), "-Avoin", date(2026, 9, 9), None),
        ],
        evaluations=(EVALUATED, NOT_YET),
    )


EVALUATED = EvaluationReport(
    group_name="Vauvat",
    season_name="Syyskausi 2026",
    first_day=date(2026, 8, 17),
    last_day=date(2026, 11, 20),
    goals=(
        Goal("Vertaistuki", GoalOutcome.ACHIEVED, "=1+1"),
        Goal("Tietoa vauvan hoidosta"),
    ),
    answers=Answers("=HYPERLINK(1)", "Tila", "Tapaamiset\njatkuvat"),
    evaluated_on=date(2026, 11, 23),
    tallies=(
        QuestionTally(FeedbackQuestion.ENJOYED, ((1, 0), (2, 0), (3, 1), (4, 2), (5, 5))),
        QuestionTally(FeedbackQuestion.CHILD_HAD_FUN, ((1, 1), (2, 0), (3, 6))),
    ),
)
NOT_YET = replace(
    EVALUATED, group_name="Avoin", goals=(), answers=Answers(), evaluated_on=None, tallies=()
)


@pytest.fixture
def written(tmp_path: Path) -> Path:
    # In Finnish, as every test here (the suite's finnish_without_qt).
    path = tmp_path / "raportti.xlsx"
    write_workbook(path, statistics(), data())
    return path


def test_safe_text_removes_every_control_character() -> None:
    assert safe_text("Ääkkönen\x07") == "Ääkkönen"
    assert safe_text("\tTab\r\n") == "Tab"
    assert safe_text("a\x00b\x1fc\x7fd\x9fe") == "abcde"
    assert safe_text('=HYPERLINK("x")') == '=HYPERLINK("x")'


def test_role_text() -> None:
    assert role_text(person("A", "A", role=AdultRole.FATHER)) == "isä"
    assert role_text(person("A", "A", role=AdultRole.GRANDPARENT, is_guest=True)) == (
        "isovanhempi, vieras"
    )
    assert role_text(person("A", "A", kind=MemberKind.CHILD, role=None, age=3)) == "lapsi, 3 v"
    assert role_text(person("A", "A", kind=MemberKind.CHILD, role=None)) == "lapsi"


def test_sheets_in_order(written: Path) -> None:
    workbook = openpyxl.load_workbook(written)
    assert workbook.sheetnames == [
        "Tiivistelmä",
        "Yhteenveto",
        "Vauvat",
        "=HYPERLINK(1)",
        "Kävijämäärät",
        "Kuukausittain",
        "Arvioinnit",
    ]


def test_the_first_sheet_is_the_one_page_summary(written: Path) -> None:
    sheet = openpyxl.load_workbook(written)["Tiivistelmä"]
    rows = [[c for c in row if c is not None] for row in sheet.values]
    assert rows[0] == ["Ryhmätoiminta lyhyesti"]
    assert rows[1] == ["Aikaväli", "1.8.2026–23.11.2026"]
    assert rows[2] == ["Rajaukset", "Ryhmät: =1+1, Vauvat"]
    assert rows[3][0] == "Huom."
    assert str(rows[3][1]).startswith("11 mennyttä ryhmäkertaa")
    figures = {row[0]: row[1:] for row in rows if len(row) == 3}
    total = statistics().total
    assert figures["Pidetyt kerrat"] == [3, "aikavälin ryhmäkerrat, jotka pidettiin"]
    assert figures["Käyntikerrat yhteensä"][0] == total.visits == 19
    assert figures["Perheet"][0] == 2
    assert figures["Täyttöaste"][0] == pytest.approx(0.25)
    assert figures["Ohjaustunnit"][0] == 2.5
    # Every figure, leader hours and planning hours.
    assert [name for name in figures if name != "Luku"][: len(FIGURES) + 2] == [
        *(figure_name(figure) for figure in FIGURES),
        "Ohjaustunnit",
        "Suunnittelu- ja purkutunnit",
    ]
    by_type = rows[
        rows.index(
            [
                "Ryhmätyyppi",
                "Pidetyt kerrat",
                "Käyntikerrat yhteensä",
                "Perheet",
                "Osallistujia keskimäärin",
                "Täyttöaste",
            ]
        )
        + 1 :
    ][:2]
    assert by_type == [["avoin päiväkoti", 1, 14, 0, 14, "–"], ["vauvaryhmä", 2, 5, 2, 2.5, 0.25]]


def test_a_swedish_speaking_board_gets_a_swedish_workbook(tmp_path: Path) -> None:
    use_language("sv")
    path = tmp_path / "rapport.xlsx"
    write_workbook(path, statistics(), data())
    workbook = openpyxl.load_workbook(path)
    assert workbook["Sammandrag"]["A1"].value == "Gruppverksamheten i korthet"
    assert workbook.sheetnames == [
        "Sammandrag",
        "Sammanfattning",
        "Vauvat",
        "=HYPERLINK(1)",
        "Antal besökare",
        "Per månad",
        "Utvärderingar",
    ]
    summary = [[c for c in row if c is not None] for row in workbook["Sammanfattning"].values]
    assert summary[0] == ["Statistik och närvaro"]
    assert summary[1] == ["Period", "1.8.2026–23.11.2026"]
    assert summary[2] == ["Avgränsningar", "Grupper: =1+1, Vauvat"]
    assert str(summary[3][1]).startswith("11 tidigare träffar vars närvaro inte är registrerad")
    headers = next(row for row in summary if row and row[0] == "Grupp")
    assert headers[1:4] == ["Hållna träffar", "Inställda träffar", "Ej registrerade träffar"]
    assert "Beläggningsgrad" in headers
    assert ["Totalt", *headers[1:]] != headers  # the total row is named, not a header
    assert any(row and row[0] == "babygrupp" for row in summary)
    roster = [list(row) for row in workbook["Vauvat"].values]
    assert roster[0][:3] == ["Familj", "Namn", "Roll / ålder"]
    assert [row[2] for row in roster[1:3]] == ["pappa", "barn, 1 år"]
    headcounts = [list(row) for row in workbook["Antal besökare"].values]
    assert headcounts[0][:3] == ["Grupp", "Datum", "Pappor"]
    assert headcounts[0][-1] == "Förstagångsbesökare"
    # Nothing Finnish is left in the workbook's own words.
    texts = {c for sheet in workbook for row in sheet.values for c in row if isinstance(c, str)}
    finnish = {"Yhteenveto", "Ryhmä", "Yhteensä", "Isät", "lapsi", "Kirjaamatta", "Aikaväli"}
    assert texts & finnish == set()


def test_no_text_a_person_typed_becomes_a_formula(written: Path) -> None:
    with zipfile.ZipFile(written) as archive:
        sheets = [n for n in archive.namelist() if n.startswith("xl/worksheets/sheet")]
        formulas = [
            f for name in sheets for f in re.findall(r"<f>(.*?)</f>", archive.read(name).decode())
        ]
    assert formulas
    # The sums, and the feedback's average answers (the weighted sum over the answers).
    average = r"\(1\*D(\d+)\+2\*E\1\+3\*F\1\+4\*G\1\+5\*H\1\)/I\1"
    assert all(
        re.fullmatch(r"SUM\([A-Z]+\d+:[A-Z]+\d+\)", f) or re.fullmatch(average, f) for f in formulas
    ), formulas

    sheet = openpyxl.load_workbook(written)["Vauvat"]
    typed = {sheet.cell(row=row, column=2).value: row for row in range(2, sheet.max_row)}
    for text in EVIL:
        row = typed[safe_text(text)]
        for column in (1, 2):
            cell = sheet.cell(row=row, column=column)
            assert cell.value == safe_text(text)
            assert cell.data_type == "s"
        if safe_text(text)[0] in "=+-@":
            assert sheet.cell(row=row, column=2).quotePrefix


def test_roster_sheet_layout_and_formulas(written: Path) -> None:
    sheet = openpyxl.load_workbook(written)["Vauvat"]
    header = [c.value for c in sheet[1]]
    assert header == ["Perhe", "Nimi", "Rooli / ikä", "1.9.2026", "8.9.2026", "Yhteensä"]
    assert [c.value for c in sheet[2]] == ["Aalto", "Antti Aalto", "isä", 1, 0, "=SUM(D2:E2)"]
    assert [c.value for c in sheet[3]] == [
        "Aalto",
        "Aada Aalto",
        "lapsi, 1 v",
        1,
        None,
        "=SUM(D3:E3)",
    ]
    assert [c.value for c in sheet[4]][:3] == ["Björk", "Bea Björk", "äiti, vieras"]
    last = 4 + len(EVIL)
    assert [c.value for c in sheet[last + 1]] == [
        "Yhteensä",
        None,
        None,
        f"=SUM(D2:D{last})",
        f"=SUM(E2:E{last})",
        f"=SUM(F2:F{last})",
    ]
    table = sheet.tables["T_Vauvat"]
    assert table.ref == f"A1:F{last}"
    assert table.tableStyleInfo.name == "TableStyleMedium2"
    assert sheet.freeze_panes == "D2"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.print_title_cols == "$A:$C"
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.page_setup.fitToHeight == 0
    fit = sheet.sheet_properties.pageSetUpPr
    assert fit is not None
    assert fit.fitToPage


def test_a_roster_without_people_has_unique_headers_and_no_table(written: Path) -> None:
    sheet = openpyxl.load_workbook(written)["=HYPERLINK(1)"]
    assert [c.value for c in sheet[1]] == [
        "Perhe",
        "Nimi",
        "Rooli / ikä",
        "2.9.2026",
        "2.9.2026 (2)",
        "Yhteensä",
    ]
    assert [c.value for c in sheet[2]] == ["Yhteensä", None, None, 0, 0, 0]
    assert not sheet.tables


def test_summary_has_the_statistics_own_numbers(written: Path) -> None:
    sheet = openpyxl.load_workbook(written)["Yhteenveto"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[1][:2] == ["Aikaväli", "1.8.2026–23.11.2026"]
    assert rows[2][:2] == ["Rajaukset", "Ryhmät: =1+1, Vauvat"]
    assert rows[3][:2] == ["Kirjaamatta", unrecorded_sentence(11)]
    by_name = {row[0]: row[1:] for row in rows if row[0]}
    # The figures' rows come first: the group types and the total name the rows of the
    # visits by role and age band again, further down.
    first_by_name: dict[object, Sequence[object]] = {}
    for row in rows:
        first_by_name.setdefault(row[0], row[1:])
    # Held, cancelled, not recorded; visits of adults, children, all; families, fathers, new
    # families, adults and children reached, first-time visitors; average and fill rate.
    assert first_by_name["Yhteensä"][:14] == [3, 1, 11, 10, 9, 19, 2, 1, 1, 3, 2, 1, 6.3, 0.25]
    assert first_by_name["Vauvat"][:14] == [2, 1, 11, 3, 2, 5, 2, 1, 1, 3, 2, 0, 2.5, 0.25]
    assert first_by_name["Avoin"][:14] == [1, 0, 0, 7, 7, 14, 0, 0, 0, "–", "–", 1, 14, "–"]
    assert first_by_name["vauvaryhmä"][:6] == [2, 1, 11, 3, 2, 5]
    assert first_by_name["avoin päiväkoti"][:6] == [1, 0, 0, 7, 7, 14]
    # A leader's kind and hours, the hours by kind and the cancellations by reason.
    assert by_name["@Anna"][:4] == [label(WorkerKind.VOLUNTEER), 2.5, 0.5, 3]
    assert by_name[kind_total_name(WorkerKind.VOLUNTEER)][:5] == [1, 2.5, 0.5, 3, None]
    assert by_name[kind_total_name(WorkerKind.STAFF)][:4] == [0, 0, 0, 0]
    assert by_name[label(CancelReason.LEADER_ILL)][:2] == [1, None]
    assert by_name[label(CancelReason.NOT_GIVEN)][:1] == [0]
    for name, definition in leader_time_definitions():
        assert by_name[name][0] == definition
    header = next(row for row in rows if row[0] == "Ryhmä")
    fill_rate = header.index("Täyttöaste")
    total_row = next(i for i, row in enumerate(rows, start=1) if row[0] == "Yhteensä")
    # A number still, which says "ylitäyttö" beside it over 100 % as the view and the CLI do.
    assert sheet.cell(row=total_row, column=fill_rate + 1).number_format == (
        '[>1]0.0 %" – ylitäyttö";0.0 %'
    )
    assert header[fill_rate + 1 :] == ["Ylitäytetyt kerrat", "Osallistumisaste"]
    # By organiser, after the group types: the shared group under each of its organisers.
    assert [row[0] for row in rows if row[0] in ("Järjestäjä", "Neuvola", "MLL")] == [
        "Järjestäjä",
        "Neuvola",
        "MLL",
    ]
    notes = [row[1] for row in rows if row[0] == "Huom."]
    assert any("eivät summaudu kokonaismäärään" in str(note) for note in notes)
    assert not any(isinstance(v, str) and v.startswith("=SUM") for row in rows for v in row)
    assert not any(isinstance(v, str) and "Ylitäytettyjä" in v for row in rows for v in row)


def test_a_fill_rate_over_capacity_is_written_as_it_is_with_a_note(tmp_path: Path) -> None:
    over = Figures(
        sessions_held=3,
        adult_visits=20,
        child_visits=5,
        capacity=20,
        capacity_filled=25,
        sessions_over_capacity=2,
        places_offered=10,
        places_attended=7,
    )
    path = tmp_path / "ylitäyttö.xlsx"
    write_workbook(path, replace(statistics(), total=over), data())
    rows = [[c.value for c in row] for row in openpyxl.load_workbook(path)["Yhteenveto"].rows]
    header = next(row for row in rows if row[0] == "Ryhmä")
    total = next(row for row in rows if row[0] == "Yhteensä")
    named = dict(zip(header, total, strict=False))
    assert (named["Täyttöaste"], named["Ylitäytetyt kerrat"], named["Osallistumisaste"]) == (
        1.25,
        2,
        0.7,
    )
    notes = [row[1] for row in rows if row[0] == "Huom."]
    assert (
        "Yli 100 %:n täyttöaste näytetään sellaisenaan ja merkitään ylitäytöksi. "
        "Ylitäytettyjä kertoja: 2."
    ) in notes


def test_the_filter_is_in_the_workbooks_finnish() -> None:
    filter_text = filter_lines
    assert filter_text([]) == ["Kaikki ryhmät"]
    assert filter_text(
        [
            FilterTerm(FilterKind.GROUPS, ("Vauvat",)),
            FilterTerm(FilterKind.GROUP_TYPE, group_type=GroupType.FATHER_CHILD),
            FilterTerm(FilterKind.ORGANISER, ("Seurakunta",)),
            FilterTerm(FilterKind.PLACE, ("Kirjasto",)),
            FilterTerm(FilterKind.LEADER, ("Liisa Mäki",)),
        ]
    ) == [
        "Ryhmä: Vauvat",
        "Ryhmätyyppi: isä–lapsi-toiminta",
        "Järjestäjä: Seurakunta",
        "Paikka: Kirjasto",
        "Ohjaaja: Liisa Mäki",
    ]
    assert filter_text([FilterTerm(FilterKind.GROUPS, ("A", "B"))]) == ["Ryhmät: A, B"]


def test_the_sessions_not_recorded_in_a_sentence() -> None:
    assert unrecorded_sentence(1) == (
        "1 mennyt ryhmäkerta, jonka läsnäoloa ei ole kirjattu: sen käyntikerrat eivät ole luvuissa."
    )
    assert unrecorded_sentence(11).startswith("11 mennyttä ryhmäkertaa, joiden läsnäoloa")


def test_no_sentence_when_every_session_is_recorded(tmp_path: Path) -> None:
    recorded = replace(statistics(), total=Figures(sessions_held=3))
    path = tmp_path / "kaikki.xlsx"
    write_workbook(path, recorded, data())
    rows = [[c.value for c in row] for row in openpyxl.load_workbook(path)["Yhteenveto"].rows]
    assert "Kirjaamatta" not in [row[0] for row in rows]


def test_headcount_sheet(written: Path) -> None:
    sheet = openpyxl.load_workbook(written)["Kävijämäärät"]
    assert [c.value for c in sheet[1]] == [
        "Ryhmä",
        "Päivämäärä",
        "Isät",
        "Äidit",
        "Muut huoltajat",
        "Isovanhemmat",
        "Lapset 0 v",
        "Lapset 1–2 v",
        "Lapset 3–6 v",
        "Lapset 7+ v",
        "Yhteensä",
        "Ensikertalaiset",
    ]
    first = [c.value for c in sheet[2]]
    assert first[0] == "Avoin"
    assert first[1] == datetime(2026, 9, 2)  # noqa: DTZ001 - Excel's date-times have no zone
    assert sheet["B2"].number_format == "d.m.yyyy"
    assert first[2:] == [2, 5, 0, 0, 3, 0, 4, 0, "=SUM(C2:J2)", 1]
    assert [c.value for c in sheet[3]][2:] == [None] * 8 + ["=SUM(C3:J3)", None]
    assert sheet["A3"].data_type == "s"
    assert [c.value for c in sheet[4]][2:] == [f"=SUM({c}2:{c}3)" for c in "CDEFGHIJKL"]


def test_monthly_sheet(written: Path) -> None:
    sheet = openpyxl.load_workbook(written)["Kuukausittain"]
    assert [[c.value for c in row] for row in sheet.iter_rows()] == [
        ["Kuukausi", "avoin päiväkoti", "vauvaryhmä", "Yhteensä"],
        ["8/2026", 0, 0, "=SUM(B2:C2)"],
        ["9/2026", 14, 2, "=SUM(B3:C3)"],
        ["10/2026", 0, 3, "=SUM(B4:C4)"],
        ["11/2026", 0, 0, "=SUM(B5:C5)"],
        ["Yhteensä", "=SUM(B2:B5)", "=SUM(C2:C5)", "=SUM(D2:D5)"],
    ]


def test_progress_counts_every_sheet_and_the_save(tmp_path: Path) -> None:
    steps: list[tuple[int, int]] = []
    write_workbook(tmp_path / "a.xlsx", statistics(), data(), lambda d, n: steps.append((d, n)))
    assert steps == [(i, 7) for i in range(1, 8)]


def test_written_whole_or_not_at_all(tmp_path: Path) -> None:
    path = tmp_path / "raportti.xlsx"
    path.write_bytes(b"old")
    with pytest.raises(ExportError, match="could not be written"):
        write_workbook(tmp_path / "missing" / "a.xlsx", statistics(), data())
    (tmp_path / "folder.xlsx").mkdir()
    with pytest.raises(ExportError):
        write_workbook(tmp_path / "folder.xlsx", statistics(), data())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.xlsx", "raportti.xlsx"]
    assert path.read_bytes() == b"old"
    write_workbook(path, statistics(), data())
    assert zipfile.is_zipfile(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["folder.xlsx", "raportti.xlsx"]


def DAY(year: int, month: int, day: int) -> datetime:  # noqa: N802 - reads as a value
    return datetime(year, month, day)  # noqa: DTZ001 - Excel's date-times have no zone


def test_evaluations_sheet(tmp_path: Path) -> None:
    use_language("en")  # the English source words
    written = tmp_path / "report.xlsx"
    write_workbook(written, statistics(), data())
    sheet = openpyxl.load_workbook(written)["Evaluations"]
    values = [_trimmed([c.value for c in row]) for row in sheet.iter_rows()]
    assert values[1] == [
        "Group",
        "Season",
        "First day",
        "Last day",
        "Evaluated",
        "Goals",
        "What works well?",
        "What could be improved?",
        "How do the good changes carry on?",
    ]
    assert values[2] == [
        "Vauvat",
        "Syyskausi 2026",
        DAY(2026, 8, 17),
        DAY(2026, 11, 20),
        DAY(2026, 11, 23),
        "Vertaistuki — achieved: =1+1; Tietoa vauvan hoidosta",
        "=HYPERLINK(1)",
        "Tila",
        "Tapaamiset jatkuvat",
    ]
    assert sheet.cell(3, 7).data_type == "s"  # a person's text, never a formula
    assert values[3][:5] == [
        "Avoin",
        "Syyskausi 2026",
        DAY(2026, 8, 17),
        DAY(2026, 11, 20),
        "not evaluated",
    ]
    feedback = [row for row in values[5:] if any(v is not None for v in row)]
    assert feedback[2] == [
        "Group",
        "Season",
        "Question",
        "1",
        "2",
        "3",
        "4",
        "5",
        "Answers",
        "Average",
    ]
    assert feedback[3] == [
        "Vauvat",
        "Syyskausi 2026",
        "I enjoyed the group",
        0,
        0,
        1,
        2,
        5,
        "=SUM(D9:H9)",
        "=(1*D9+2*E9+3*F9+4*G9+5*H9)/I9",
    ]
    assert feedback[4][:9] == [
        "Vauvat",
        "Syyskausi 2026",
        "Child: Was it fun?",
        1,
        0,
        6,
        None,
        None,
        "=SUM(D10:H10)",
    ]


def _trimmed(row: list[object]) -> list[object]:
    while row and row[-1] is None:
        row = row[:-1]
    return row
