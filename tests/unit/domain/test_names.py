"""Names compare one way: composed or decomposed, with invisible characters, any case or spacing."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.names import INVISIBLE, comparable_name

# Names as Finnish families write them, and whatever else Unicode has.
LETTERS = "abcdefghijklmnopqrstuvwxyzåäöüéšž"
FINNISH = st.text(
    alphabet=st.sampled_from(f"{LETTERS}{LETTERS.upper()} -'"),
    min_size=1,
    max_size=30,
)
NAMES = st.one_of(FINNISH, st.text(max_size=30))


@given(NAMES)
def test_composed_and_decomposed_names_are_the_same(name: str) -> None:
    assert comparable_name(unicodedata.normalize("NFD", name)) == comparable_name(
        unicodedata.normalize("NFC", name)
    )


@given(NAMES, st.data())
def test_invisible_characters_anywhere_change_nothing(name: str, data: st.DataObject) -> None:
    spot = data.draw(st.integers(0, len(name)))
    invisible = data.draw(st.text(st.sampled_from(sorted(INVISIBLE)), min_size=1, max_size=3))
    assert comparable_name(name[:spot] + invisible + name[spot:]) == comparable_name(name)


@given(NAMES)
def test_case_folding_changes_nothing(name: str) -> None:
    assert comparable_name(name.casefold()) == comparable_name(name)


@given(FINNISH)
def test_finnish_names_compare_without_case(name: str) -> None:
    assert comparable_name(name.upper()) == comparable_name(name.lower())


@given(st.lists(FINNISH, min_size=1, max_size=4), st.data())
def test_spaces_between_words_count_once_and_none_at_the_ends(
    words: list[str], data: st.DataObject
) -> None:
    gaps = st.text(st.sampled_from(" \t\u00a0\n"), min_size=1, max_size=3)
    spaced = data.draw(gaps) + data.draw(gaps).join(words) + data.draw(gaps)
    assert comparable_name(spaced) == comparable_name(" ".join(words))


@given(NAMES)
def test_comparing_twice_is_comparing_once(name: str) -> None:
    once = comparable_name(name)
    assert comparable_name(once) == once


def test_what_a_person_sees_as_one_name_is_one_name() -> None:
    assert comparable_name("Ma\u0308kela\u0308") == comparable_name("MÄKELÄ") == "mäkelä"
    assert comparable_name("Kar\u200bhun\u00adpojat ") == comparable_name("karhunpojat")
    assert comparable_name("Isä–lapsi-ryhmä  Karhunpojat") == "isä–lapsi-ryhmä karhunpojat"
    assert comparable_name("\ufeffStraße") == comparable_name("STRASSE")


def test_different_names_stay_different() -> None:
    assert comparable_name("Mäkelä") != comparable_name("Makela")
    assert comparable_name("Miro") != comparable_name("Mira")
    assert comparable_name("Ahonen-Virta") != comparable_name("Ahonen Virta")
