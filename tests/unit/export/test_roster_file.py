"""Reading rosters: workbooks and the CSV dialects of Finnish and English Excel."""

from __future__ import annotations

import codecs
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest

from ryhmat.domain.model import AdultRole, EnrolmentStatus, MemberKind, Permission
from ryhmat.domain.usecases.roster_import import RosterField, RosterRow
from ryhmat.export.roster_file import (
    MAX_ROWS,
    ImportFileError,
    RosterFile,
    parse_birth_month,
    parse_day,
    read_roster,
)
from ryhmat.export.roster_words import Language
from tests.roster_files import GOOD_ROWS, csv_text, write_csv, write_xlsx

ADULT, CHILD = MemberKind.ADULT, MemberKind.CHILD

GOOD_PARSED = [
    RosterRow(
        row=2,
        family_name="Virtanen",
        first_name="Matti",
        kind=ADULT,
        role=AdultRole.FATHER,
        enrolled_on=date(2026, 9, 1),
    ),
    RosterRow(
        row=3, family_name="Virtanen", first_name="Aino", kind=CHILD, birth_year=2024, birth_month=5
    ),
    RosterRow(row=4, family_name="Mäkinen", first_name="Jussi", kind=ADULT, role=AdultRole.FATHER),
    RosterRow(
        row=5, family_name="Mäkinen", first_name="Eino", kind=CHILD, birth_year=2025, birth_month=3
    ),
    RosterRow(
        row=6,
        family_name="Åström",
        first_name="Sören",
        kind=ADULT,
        role=AdultRole.OTHER_GUARDIAN,
    ),
    RosterRow(
        row=7,
        family_name="Åström",
        first_name="Märta",
        kind=CHILD,
        birth_year=2022,
        birth_month=12,
    ),
    RosterRow(
        row=8,
        family_name="Korhonen",
        first_name="Liisa",
        kind=ADULT,
        role=AdultRole.MOTHER,
        status=EnrolmentStatus.WAITING,
    ),
    RosterRow(
        row=9,
        family_name="Korhonen",
        first_name="Veeti",
        kind=CHILD,
        birth_year=2023,
        birth_month=1,
        status=EnrolmentStatus.WAITING,
    ),
]


def problems_of(roster: RosterFile) -> list[tuple[int, str, str]]:
    return [(p.row, p.column, p.message()) for p in roster.problems]


def test_a_good_workbook(tmp_path: Path) -> None:
    roster = read_roster(write_xlsx(tmp_path / "nimilista.xlsx", GOOD_ROWS))
    assert roster.rows == GOOD_PARSED
    assert roster.problems == []
    assert roster.headers == {
        RosterField.FAMILY: "Perhe",
        RosterField.FIRST_NAME: "Etunimi",
        RosterField.ROLE: "Rooli",
        RosterField.BIRTH: "Syntynyt",
        RosterField.ENROLLED_ON: "Ilmoittautunut",
        RosterField.STATUS: "Tila",
    }


def test_a_finnish_excel_csv_in_cp1252_with_semicolons(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "nimilista.csv", GOOD_ROWS)
    assert b"\xc5str\xf6m;S\xf6ren" in path.read_bytes()  # really cp1252, not UTF-8
    assert read_roster(path).rows == GOOD_PARSED


@pytest.mark.parametrize("delimiter", [",", "\t", ";"])
def test_utf8_csv_with_a_bom_and_any_delimiter(tmp_path: Path, delimiter: str) -> None:
    path = write_csv(tmp_path / "roster.csv", GOOD_ROWS, delimiter, encoding="utf-8-sig")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    roster = read_roster(path)
    assert roster.rows == GOOD_PARSED
    assert roster.headers[RosterField.FAMILY] == "Perhe"  # the BOM is not part of it


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-16-be", "utf-32-le"])
def test_utf16_and_utf32_csv_with_a_bom(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "roster.csv"
    bom = {"utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE}.get(encoding, b"")
    path.write_bytes(bom + csv_text(GOOD_ROWS, ";").encode(encoding))
    roster = read_roster(path)
    assert roster.rows == GOOD_PARSED
    assert roster.headers[RosterField.FAMILY] == "Perhe"


def test_a_comma_in_a_name_does_not_fool_the_delimiter(tmp_path: Path) -> None:
    rows = [
        ["Perhe", "Etunimi", "Rooli"],
        ["Virtanen, Laine", "Anna, Maria", "äiti"],
        ["Virtanen, Laine", "Sanna, Liisa", "isovanhempi"],
    ]
    roster = read_roster(write_csv(tmp_path / "r.csv", rows))
    assert [(r.family_name, r.first_name) for r in roster.rows] == [
        ("Virtanen, Laine", "Anna, Maria"),
        ("Virtanen, Laine", "Sanna, Liisa"),
    ]


def test_english_headers_and_values_in_any_case_and_without_accents(tmp_path: Path) -> None:
    rows = [
        ["FAMILY NAME", "first name", "Role", "Year of birth", "Birth month", "Enrolled", "Status"],
        ["Smith", "John", "Father", "", "", "2026-09-01", "enrolled"],
        ["Smith", "Amy", "CHILD", 2024, 5, "", "Waiting list"],
        ["Smith", "Ann", "grandparent", "", "", "", "left"],
    ]
    roster = read_roster(write_xlsx(tmp_path / "r.xlsx", rows))
    assert roster.problems == []
    assert [
        (r.first_name, r.kind, r.role, r.birth_year, r.birth_month, r.enrolled_on, r.status)
        for r in roster.rows
    ] == [
        ("John", ADULT, AdultRole.FATHER, None, None, date(2026, 9, 1), EnrolmentStatus.ENROLLED),
        ("Amy", CHILD, None, 2024, 5, None, EnrolmentStatus.WAITING),
        ("Ann", ADULT, AdultRole.GRANDPARENT, None, None, None, EnrolmentStatus.LEFT),
    ]
    assert roster.headers[RosterField.BIRTH] == "Year of birth, Birth month"


def test_finnish_headers_without_accents_and_separate_birth_columns(tmp_path: Path) -> None:
    rows = [
        ["PERHEEN NIMI", "nimi", "asema", "Syntymavuosi", "SYNTYMÄKUUKAUSI", "Lisätietoja"],
        ["Laine", "Ville", "isa", "", "", "tulee myöhässä"],
        ["Laine", "Iida", "LAPSI", "2023", "11", ""],
    ]
    roster = read_roster(write_csv(tmp_path / "r.csv", rows))
    assert problems_of(roster) == []
    assert [(r.first_name, r.role, r.birth_year, r.birth_month) for r in roster.rows] == [
        ("Ville", AdultRole.FATHER, None, None),
        ("Iida", None, 2023, 11),
    ]


def test_a_last_name_column_names_the_family_or_the_person(tmp_path: Path) -> None:
    only_last = [["Sukunimi", "Etunimi", "Rooli"], ["Nieminen", "Olli", "isä"]]
    (row,) = read_roster(write_csv(tmp_path / "a.csv", only_last)).rows
    assert (row.family_name, row.last_name) == ("Nieminen", "")
    both = [["Perhe", "Sukunimi", "Etunimi", "Rooli"], ["Nieminen", "Lahti", "Outi", "äiti"]]
    roster = read_roster(write_csv(tmp_path / "b.csv", both))
    assert (roster.rows[0].family_name, roster.rows[0].last_name) == ("Nieminen", "Lahti")
    assert roster.headers[RosterField.LAST_NAME] == "Sukunimi"


def test_date_cells_of_a_workbook(tmp_path: Path) -> None:
    rows = [
        ["Perhe", "Etunimi", "Rooli", "Syntynyt", "Ilmoittautunut"],
        # Excel's date-times have no zone.
        ["Aalto", "Eetu", "lapsi", datetime(2024, 2, 17), datetime(2026, 8, 31)],  # noqa: DTZ001
    ]
    (row,) = read_roster(write_xlsx(tmp_path / "r.xlsx", rows)).rows
    assert (row.birth_year, row.birth_month, row.enrolled_on) == (2024, 2, date(2026, 8, 31))


def test_row_numbers_are_those_of_the_file_with_a_title_above_and_gaps(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Ryhmän nimilista, syksy 2026"],
        [],
        *GOOD_ROWS[:3],
        [],
        ["Lahti", "Pia", "setä"],
    ]
    roster = read_roster(write_xlsx(tmp_path / "r.xlsx", rows, title_rows=1))
    # One empty row, the title, an empty row, then the header on row 4.
    assert [r.row for r in roster.rows] == [5, 6, 8]
    assert problems_of(roster) == [
        (
            8,
            "Rooli",
            "Unknown role “setä”: write isä, äiti, muu huoltaja, isovanhempi or lapsi.",
        )
    ]


def test_a_child_without_a_role_is_a_child(tmp_path: Path) -> None:
    rows = [["Perhe", "Etunimi", "Rooli", "Syntynyt"], ["Aalto", "Eetu", "", "3/2025"]]
    (row,) = read_roster(write_csv(tmp_path / "r.csv", rows)).rows
    assert (row.kind, row.birth_year, row.birth_month) == (CHILD, 2025, 3)


def test_problems_name_the_row_and_the_column_as_the_file_does(tmp_path: Path) -> None:
    rows = [
        ["Perhe", "Etunimi", "Rooli", "Syntynyt", "Ilmoittautunut", "Tila"],
        ["Aalto", "Eetu", "lapsi", "", "", ""],
        ["Aalto", "Elli", "lapsi", "13/2023", "31.2.2026", ""],
        ["Aalto", "Esa", "setä", "", "", "kesken"],
        ["Aalto", "Eila", "", "", "", ""],
        ["Aalto", "x" * 201, "äiti", "", "", ""],
    ]
    roster = read_roster(write_csv(tmp_path / "r.csv", rows))
    assert problems_of(roster) == [
        (2, "Syntynyt", "Give the child's birth month, e.g. 5/2023."),
        (3, "Syntynyt", "“13/2023” is not a birth month; write e.g. 5/2023."),
        (3, "Ilmoittautunut", "“31.2.2026” is not a date; write e.g. 13.10.2026."),
        (4, "Rooli", "Unknown role “setä”: write isä, äiti, muu huoltaja, isovanhempi or lapsi."),
        (4, "Tila", "Unknown status “kesken”: write ilmoittautunut, jonossa or lopettanut."),
        (5, "Rooli", "Give the role: isä, äiti, muu huoltaja, isovanhempi or lapsi."),
        (6, "Etunimi", "The text is longer than 200 characters."),
    ]
    assert len(roster.rows) == 5  # bad rows still count for their family


def test_separate_birth_columns_report_their_own_column(tmp_path: Path) -> None:
    rows = [
        ["Perhe", "Etunimi", "Rooli", "Syntymävuosi", "Syntymäkuukausi"],
        ["Aalto", "Eetu", "lapsi", "vuonna 2023", "5"],
        ["Aalto", "Elli", "lapsi", "2023", "0"],
    ]
    assert problems_of(read_roster(write_csv(tmp_path / "r.csv", rows))) == [
        (2, "Syntymävuosi", "“vuonna 2023” is not a year; write e.g. 2023."),
        (3, "Syntymäkuukausi", "“0” is not a month; write 1–12."),
    ]


def test_names_keep_letters_and_emoji_but_lose_control_characters(tmp_path: Path) -> None:
    header = ["Perhe", "Etunimi", "Rooli"]
    path = tmp_path / "r.csv"
    path.write_bytes(csv_text([header, ["Öhman\x07", " Åsa\x1b 🌼 ", "äiti"]]).encode("utf-8"))
    (row,) = read_roster(path).rows
    assert (row.family_name, row.first_name, row.role) == ("Öhman", "Åsa 🌼", AdultRole.MOTHER)
    workbook = write_xlsx(tmp_path / "r.xlsx", [header, ["Öhman", "Åsa 🌼", "äiti"]])
    (row,) = read_roster(workbook).rows
    assert (row.family_name, row.first_name) == ("Öhman", "Åsa 🌼")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5/2023", (2023, 5)),
        ("05.2023", (2023, 5)),
        ("5.2023.", (2023, 5)),
        ("2023-05", (2023, 5)),
        ("17.5.2023", (2023, 5)),
        ("2023-05-17", (2023, 5)),
        (date(2023, 5, 17), (2023, 5)),
        ("13/2023", None),
        ("31.2.2023", None),
        ("2023", None),
        ("toukokuu", None),
    ],
)
def test_birth_months(text: object, expected: tuple[int, int] | None) -> None:
    assert parse_birth_month(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13.10.2026", date(2026, 10, 13)),
        ("1.9.2026", date(2026, 9, 1)),
        ("2026-10-13", date(2026, 10, 13)),
        ("2026-10-13 00:00:00", date(2026, 10, 13)),
        (datetime(2026, 10, 13, 0, 0), date(2026, 10, 13)),  # noqa: DTZ001 - an Excel cell
        ("29.2.2026", None),
        ("10/13/2026", None),
        ("huomenna", None),
    ],
)
def test_days(text: object, expected: date | None) -> None:
    assert parse_day(text) == expected


# -- files that are not rosters -----------------------------------------------------------


def file_error(path: Path) -> str:
    with pytest.raises(ImportFileError) as raised:
        read_roster(path)
    return raised.value.message()


def test_wrong_headers_name_the_missing_columns(tmp_path: Path) -> None:
    rows = [["Nimi", "Osoite", "Puhelin"], ["Matti Virtanen", "Kotikatu 1", "040 123"]]
    message = file_error(write_xlsx(tmp_path / "osoitteet.xlsx", rows))
    assert message.startswith("osoitteet.xlsx has no header row with the columns it needs.")
    assert "Missing: Perhe (Family), Rooli (Role)." in message


def test_no_header_at_all(tmp_path: Path) -> None:
    rows = [["Virtanen", "Matti", "isä"]] * 3
    assert "Missing: Perhe (Family), Etunimi (First name), Rooli (Role)." in file_error(
        write_csv(tmp_path / "r.csv", rows)
    )


@pytest.mark.parametrize("content", [b"", b"  \r\n\r\n", b"\xef\xbb\xbf"])
def test_an_empty_csv(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "tyhja.csv"
    path.write_bytes(content)
    assert file_error(path) == "tyhja.csv is empty."


def test_an_empty_workbook(tmp_path: Path) -> None:
    assert file_error(write_xlsx(tmp_path / "tyhja.xlsx", [])) == "tyhja.xlsx is empty."


def test_a_header_without_people(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "r.xlsx", [GOOD_ROWS[0], [], ["", " ", None]])
    assert file_error(path) == "r.xlsx has no people under its header (row 1)."


def test_too_many_rows(tmp_path: Path) -> None:
    rows = [["Perhe", "Etunimi", "Rooli"], *[["P", f"N{i}", "isä"] for i in range(MAX_ROWS + 1)]]
    assert file_error(write_csv(tmp_path / "r.csv", rows)) == (
        "r.csv has more than 20\u00a0000 rows; split it into smaller files."
    )
    read_roster(write_csv(tmp_path / "ok.csv", rows[:-1]))  # exactly the limit is fine


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


def test_a_picture_renamed_xlsx_is_not_a_workbook_at_all(tmp_path: Path) -> None:
    path = tmp_path / "kuva.xlsx"
    path.write_bytes(PNG)
    assert file_error(path) == "kuva.xlsx is not an Excel workbook (.xlsx) at all."


def test_a_picture_renamed_csv_is_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "kuva.csv"
    path.write_bytes(PNG)
    assert file_error(path) == "kuva.csv is not a spreadsheet: save the roster as .xlsx or .csv."


def test_a_truncated_workbook_is_damaged(tmp_path: Path) -> None:
    whole = write_xlsx(tmp_path / "whole.xlsx", GOOD_ROWS).read_bytes()
    path = tmp_path / "puolikas.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert file_error(path).startswith(
        "puolikas.xlsx is damaged or incomplete and cannot be read as a workbook."
    )


def test_a_workbook_with_a_broken_sheet_is_damaged(tmp_path: Path) -> None:
    source = write_xlsx(tmp_path / "whole.xlsx", GOOD_ROWS)
    path = tmp_path / "rikki.xlsx"
    with zipfile.ZipFile(source) as whole, zipfile.ZipFile(path, "w") as broken:
        for item in whole.infolist():
            data = whole.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2]  # XML cut off mid-row
            broken.writestr(item, data)
    assert "rikki.xlsx is damaged or incomplete" in file_error(path)


def test_a_zip_that_is_no_workbook_is_damaged(tmp_path: Path) -> None:
    path = tmp_path / "arkisto.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "arkisto.xlsx is damaged or incomplete" in file_error(path)


def test_an_old_xls_workbook(tmp_path: Path) -> None:
    path = tmp_path / "vanha.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    assert file_error(path) == (
        "vanha.xls is an old-style or password-protected workbook; "
        "save it as .xlsx without a password, or as .csv."
    )


def test_a_missing_file(tmp_path: Path) -> None:
    assert file_error(tmp_path / "ei.csv") == f"There is no file {tmp_path / 'ei.csv'}."


def test_a_workbook_with_another_extension_is_read_by_its_content(tmp_path: Path) -> None:
    data = write_xlsx(tmp_path / "r.xlsx", GOOD_ROWS).read_bytes()
    path = tmp_path / "nimilista.dat"
    path.write_bytes(data)
    assert read_roster(path).rows == GOOD_PARSED


HEADERS_WITH_CONSENTS = {
    "finnish": [
        "Perhe",
        "Etunimi",
        "Rooli",
        "Tietosuojaseloste annettu",
        "Valokuvauslupa",
        "Yhteydenottolupa",
    ],
    "swedish": [
        "Familj",
        "Förnamn",
        "Roll",
        "Dataskyddsbeskrivning given",
        "Fotolov",
        "Kontaktlov",
    ],
    "english": [
        "Family",
        "First name",
        "Role",
        "Privacy notice",
        "Photo permission",
        "Contact permission",
    ],
}


@pytest.mark.parametrize("language", list(HEADERS_WITH_CONSENTS))
def test_the_privacy_notice_and_permission_columns(tmp_path: Path, language: str) -> None:
    header = HEADERS_WITH_CONSENTS[language]
    rows = [
        list(header),
        ["Laine", "Ville", "isä", "6.1.2026", "Kyllä", "ei"],
        ["Laine", "Iida", "lapsi", "", "", ""],
        ["Berg", "Sara", "mor", "2026-02-03", "nej", "ja"],
        ["Berg", "Oskar", "barn", "", "Ei kysytty", "NOT ASKED"],
    ]
    rows[2].insert(3, "5/2024")  # the children's birth month, in a column of its own
    rows[4].insert(3, "1/2025")
    for row in (rows[1], rows[3]):
        row.insert(3, "")
    rows[0].insert(3, {"finnish": "Syntynyt", "swedish": "Född", "english": "Born"}[language])
    roster = read_roster(write_csv(tmp_path / "r.csv", rows, encoding="utf-8"))
    assert problems_of(roster) == []
    assert [
        (r.first_name, r.kind, r.privacy_notice_on, r.photo_permission, r.contact_permission)
        for r in roster.rows
    ] == [
        ("Ville", ADULT, date(2026, 1, 6), Permission.YES, Permission.NO),
        ("Iida", CHILD, None, None, None),
        ("Sara", ADULT, date(2026, 2, 3), Permission.NO, Permission.YES),
        ("Oskar", CHILD, None, Permission.NOT_ASKED, Permission.NOT_ASKED),
    ]
    assert roster.headers[RosterField.PRIVACY_NOTICE] == header[3]
    assert roster.headers[RosterField.PHOTO_PERMISSION] == header[4]


def test_swedish_person_columns_roles_and_statuses(tmp_path: Path) -> None:
    rows = [
        ["Familj", "Förnamn", "Roll", "Födelseår", "Födelsemånad", "Anmäld", "Status"],
        ["Berg", "Sara", "Vårdnadshavare", "", "", "1.9.2026", "anmäld"],
        ["Berg", "Oskar", "barn", 2024, 5, "", "i kö"],
        ["Berg", "Elsa", "mormor", "", "", "", "slutat"],
    ]
    roster = read_roster(write_csv(tmp_path / "r.csv", rows, encoding="utf-8"))
    assert problems_of(roster) == []
    assert [(r.family_name, r.role, r.birth_year, r.status) for r in roster.rows] == [
        ("Berg", AdultRole.OTHER_GUARDIAN, None, EnrolmentStatus.ENROLLED),
        ("Berg", None, 2024, EnrolmentStatus.WAITING),
        ("Berg", AdultRole.GRANDPARENT, None, EnrolmentStatus.LEFT),
    ]


def test_a_wrong_notice_day_or_answer_is_a_problem_of_its_column(tmp_path: Path) -> None:
    rows = [
        ["Perhe", "Etunimi", "Rooli", "Tietosuojaseloste", "Kuvauslupa", "Yhteydenottolupa"],
        ["Laine", "Ville", "isä", "31.2.2026", "ehkä", "joo"],
    ]
    roster = read_roster(write_csv(tmp_path / "r.csv", rows, encoding="utf-8"))
    assert [(row, column) for row, column, _ in problems_of(roster)] == [
        (2, "Tietosuojaseloste"),
        (2, "Kuvauslupa"),
    ]
    assert "kyllä, ei or ei kysytty" in problems_of(roster)[1][2]


SWEDISH_ROWS: list[list[object]] = [
    ["Familj", "Förnamn", "Efternamn", "Roll", "Född"],
    ["Lindqvist", "Johan", "Lindqvist", "pappa", ""],
    ["Lindqvist", "Anna", "Lindqvist", "Mamma", ""],
    ["Lindqvist", "Maj", "Holm", "mormor", ""],
    ["Lindqvist", "Bo", "Holm", "farfar", ""],
    ["Lindqvist", "Elsa", "Lindqvist", "barn", "3/2024"],
    ["Nyberg", "Kim", "Nyberg", "vårdnadshavare", ""],
]
SWEDISH_PARSED = [
    ("Johan", ADULT, AdultRole.FATHER),
    ("Anna", ADULT, AdultRole.MOTHER),
    ("Maj", ADULT, AdultRole.GRANDPARENT),
    ("Bo", ADULT, AdultRole.GRANDPARENT),
    ("Elsa", CHILD, None),
    ("Kim", ADULT, AdultRole.OTHER_GUARDIAN),
]


@pytest.mark.parametrize(
    "kind", ["utf-8-sig;", "cp1252;", "xlsx"], ids=["utf8-bom-csv", "excel-csv", "xlsx"]
)
def test_a_swedish_roster_as_swedish_excel_saves_it(tmp_path: Path, kind: str) -> None:
    if kind == "xlsx":
        path = write_xlsx(tmp_path / "namnlista.xlsx", SWEDISH_ROWS)
    else:
        path = write_csv(tmp_path / "namnlista.csv", SWEDISH_ROWS, ";", kind.rstrip(";"))
        assert path.read_bytes().startswith(b"\xef\xbb\xbfFamilj;F") == (kind == "utf-8-sig;")
    roster = read_roster(path)
    assert roster.language is Language.SWEDISH
    assert problems_of(roster) == []
    assert [(r.first_name, r.kind, r.role) for r in roster.rows] == SWEDISH_PARSED
    assert [r.last_name for r in roster.rows][2:4] == ["Holm", "Holm"]
    assert roster.headers == {
        RosterField.FAMILY: "Familj",
        RosterField.LAST_NAME: "Efternamn",
        RosterField.FIRST_NAME: "Förnamn",
        RosterField.ROLE: "Roll",
        RosterField.BIRTH: "Född",
    }


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_pappa_in_a_finnish_roster_is_for_the_person_to_decide(tmp_path: Path, kind: str) -> None:
    rows = [
        ["Perhe", "Etunimi", "Rooli", "Syntynyt"],
        ["Virtanen", "Matti", "isä", ""],
        ["Virtanen", "Pentti", "Pappa", ""],
        ["Virtanen", "Aino", "lapsi", "5/2024"],
    ]
    path = (
        write_xlsx(tmp_path / "r.xlsx", rows)
        if kind == "xlsx"
        else write_csv(tmp_path / "r.csv", rows, encoding="utf-8-sig")
    )
    roster = read_roster(path)
    assert roster.language is Language.FINNISH
    assert problems_of(roster) == [
        (
            3,
            "Rooli",
            "“Pappa” is a father to some and a grandfather to others: write isä or isovanhempi.",
        )
    ]
    assert (roster.rows[1].kind, roster.rows[1].role) == (None, None)  # not guessed


def test_pappa_where_the_headers_tell_no_language_is_reported_too(tmp_path: Path) -> None:
    rows = [["Perhe", "Förnamn", "Role"], ["Berg", "Johan", "pappa"]]
    roster = read_roster(write_csv(tmp_path / "r.csv", rows, encoding="utf-8"))
    assert roster.language is None
    assert [row for row, _, _ in problems_of(roster)] == [2]


def test_role_problems_name_the_words_of_the_files_language(tmp_path: Path) -> None:
    rows = [["Familj", "Förnamn", "Roll"], ["Berg", "Johan", "farbror"], ["Berg", "Kim", ""]]
    roster = read_roster(write_csv(tmp_path / "r.csv", rows, encoding="utf-8"))
    assert [message for _, _, message in problems_of(roster)] == [
        "Unknown role “farbror”: write pappa, mamma, vårdnadshavare, "
        "mor- eller farförälder or barn.",
        "Give the role: pappa, mamma, vårdnadshavare, mor- eller farförälder or barn.",
    ]
    english = [["Family", "First name", "Role"], ["Smith", "John", "pappa"]]
    (problem,) = problems_of(read_roster(write_csv(tmp_path / "e.csv", english)))
    assert problem[2].endswith("write father or grandparent.")


def test_a_swedish_file_without_a_role_column_names_it_in_swedish(tmp_path: Path) -> None:
    rows = [["Familj", "Förnamn", "Född"], ["Berg", "Johan", ""]]
    assert "Missing: Roll (Rooli)." in file_error(write_csv(tmp_path / "r.csv", rows))
