"""The language of a roster file, told by its headers, and role words read in it."""

from __future__ import annotations

import pytest

from ryhmat.domain.model import AdultRole, MemberKind
from ryhmat.export.roster_words import (
    AMBIGUOUS_ROLE_WORDS,
    HEADERS,
    ROLE_WORDS,
    Language,
    RoleReading,
    column_of_header,
    language_of_headers,
    normalise,
    role_of_word,
)

FI, SV, EN = Language.FINNISH, Language.SWEDISH, Language.ENGLISH
FATHER = (MemberKind.ADULT, AdultRole.FATHER)
STEPFATHER = (MemberKind.ADULT, AdultRole.STEPFATHER)
FOSTER_FATHER = (MemberKind.ADULT, AdultRole.FOSTER_FATHER)
GRANDPARENT = (MemberKind.ADULT, AdultRole.GRANDPARENT)


@pytest.mark.parametrize(
    ("headers", "language"),
    [
        (["Perhe", "Etunimi", "Rooli", "Syntynyt"], FI),
        (["PERHEEN NIMI", "nimi", "asema"], FI),
        (["Familj", "Förnamn", "Efternamn", "Roll", "Född"], SV),
        (["familj", "fornamn", "roll", "Status"], SV),  # "status" is Swedish and English
        (["Family", "First name", "Role", "Born"], EN),
        # Most of the known headers decide, whatever else the file has.
        (["Familj", "Förnamn", "Roll", "Lisätiedot", "Role"], SV),
        (["Perhe", "Etunimi", "Rooli", "Fotolov"], FI),
    ],
)
def test_the_headers_tell_the_language(headers: list[str], language: Language) -> None:
    assert language_of_headers(headers) is language


@pytest.mark.parametrize(
    "headers",
    [
        [],
        ["Status"],  # Swedish and English alike
        ["Osoite", "Puhelin"],  # no known header
        ["Perhe", "Familj"],  # one each
        ["Perhe", "Förnamn", "Role"],
    ],
)
def test_headers_that_do_not_tell_a_language(headers: list[str]) -> None:
    assert language_of_headers(headers) is None


def test_no_header_names_two_columns_and_all_are_normalised() -> None:
    columns: dict[str, str] = {}
    for names in HEADERS.values():
        for column, headers in names.items():
            for header in headers:
                assert normalise(header) == header
                assert columns.setdefault(header, column) == column
                assert column_of_header(header.upper()) == column


def test_role_words_are_normalised_and_mean_one_thing_but_for_the_ambiguous() -> None:
    meanings: dict[str, set[tuple[MemberKind, AdultRole | None]]] = {}
    for words in ROLE_WORDS.values():
        for word, role in words.items():
            assert normalise(word) == word
            meanings.setdefault(word, set()).add(role)
    assert {w for w, roles in meanings.items() if len(roles) > 1} <= AMBIGUOUS_ROLE_WORDS


def test_pappa_is_a_father_in_a_swedish_file_only() -> None:
    assert role_of_word("Pappa", SV) == FATHER
    for language in (FI, EN, None):
        assert role_of_word("pappa", language) is RoleReading.AMBIGUOUS


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("pappa", FATHER),
        ("Mamma", (MemberKind.ADULT, AdultRole.MOTHER)),
        ("far", FATHER),
        ("Vårdnadshavare", (MemberKind.ADULT, AdultRole.OTHER_GUARDIAN)),
        ("annan vårdnadshavare", (MemberKind.ADULT, AdultRole.OTHER_GUARDIAN)),
        ("mormor", GRANDPARENT),
        ("Morfar", GRANDPARENT),
        ("farmor", GRANDPARENT),
        ("FARFAR", GRANDPARENT),
        ("mor- eller farförälder", GRANDPARENT),
        ("barn", (MemberKind.CHILD, None)),
        ("Styvfar", STEPFATHER),
        ("styvpappa", STEPFATHER),
        ("fosterfar", FOSTER_FATHER),
        ("Fosterpappa", FOSTER_FATHER),
    ],
)
def test_swedish_role_words(word: str, role: tuple[MemberKind, AdultRole | None]) -> None:
    assert role_of_word(word, SV) == role


@pytest.mark.parametrize("language", [FI, SV, EN, None])
def test_an_unambiguous_word_of_any_language_is_read_in_any_file(
    language: Language | None,
) -> None:
    # A Finnish roster with a Swedish-speaking family's "far" still means a father.
    assert role_of_word("isä", language) == FATHER
    assert role_of_word("far", language) == FATHER
    assert role_of_word("Father", language) == FATHER
    assert role_of_word("mummo", language) == GRANDPARENT
    assert role_of_word("setä", language) is RoleReading.UNKNOWN


@pytest.mark.parametrize(
    ("word", "role"),
    [("Isäpuoli", STEPFATHER), ("bonusisä", STEPFATHER), ("sijaisisä", FOSTER_FATHER)],
)
def test_finnish_step_and_foster_fathers(word: str, role: tuple[MemberKind, AdultRole]) -> None:
    assert role_of_word(word, FI) == role
    assert role_of_word(word, None) == role  # not a word of another language
