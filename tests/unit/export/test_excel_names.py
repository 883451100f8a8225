"""Sheet and table names that Excel and LibreOffice accept."""

from __future__ import annotations

import re

import pytest

from ryhmat.export.excel import sheet_name, table_name


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Vauvaryhmä Pikkuiset", "Vauvaryhmä Pikkuiset"),
        ("Isät [ja] lapset: 1/2", "Isät _ja_ lapset_ 1_2"),
        ("Mitä? *Kaikki* \\ ", "Mitä_ _Kaikki_ _"),
        ("'Lainattu'", "Lainattu"),
        ("Ryhmä\tTab\x07", "RyhmäTab"),
        ("", "Ryhmä"),
        ("  ", "Ryhmä"),
        ("'", "Ryhmä"),
        ("History", "History (2)"),
        ("=SUM(1)", "=SUM(1)"),
    ],
)
def test_sheet_names_are_cleaned(name: str, expected: str) -> None:
    assert sheet_name(name, set()) == expected


def test_sheet_names_are_cut_to_31_characters() -> None:
    name = "Kaksos- ja monikkoperheiden vertaisryhmä"
    assert sheet_name(name, set()) == "Kaksos- ja monikkoperheiden ver"
    assert len(sheet_name(name, set())) == 31


def test_excel_counts_utf16_units() -> None:
    name = "Perhe" + "👪" * 20
    made = sheet_name(name, set())
    assert utf16(made) == 31
    assert made == "Perhe" + "👪" * 13


def test_duplicates_are_numbered_ignoring_case_within_31_characters() -> None:
    taken = {"yhteenveto"}
    long = "Kaksos- ja monikkoperheiden vertaisryhmä"
    made = [
        sheet_name(name, taken)
        for name in ("Yhteenveto", "Äidit", "ÄIDIT", "äidit", long, long + " 2", long)
    ]
    assert made == [
        "Yhteenveto (2)",
        "Äidit",
        "ÄIDIT (2)",
        "äidit (3)",
        "Kaksos- ja monikkoperheiden ver",
        "Kaksos- ja monikkoperheiden (2)",
        "Kaksos- ja monikkoperheiden (3)",
    ]
    assert all(len(name) <= 31 for name in made)
    assert taken == {"yhteenveto", *(name.casefold() for name in made)}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Vauvaryhmä Pikkuiset", "T_Vauvaryhma_Pikkuiset"),
        ("A1", "T_A1"),
        ("R1C1", "T_R1C1"),
        ("2026 syksy!", "T_2026_syksy"),
        ("=HYPERLINK()", "T_HYPERLINK"),
        ("Ωμέγα", "T"),
        ("", "T"),
    ],
)
def test_table_names_are_valid(name: str, expected: str) -> None:
    made = table_name(name, set())
    assert made == expected
    assert re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]{0,254}", made)


def test_table_names_are_unique_ignoring_case() -> None:
    taken: set[str] = set()
    made = [table_name(n, taken) for n in ("Äiti", "aiti", "AITI", "", "")]
    assert made == ["T_Aiti", "T_aiti_2", "T_AITI_3", "T", "T_2"]
