"""The search's matching: every word typed is in the name, as names are compared."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from ryhmat.domain.names import comparable_name
from ryhmat.domain.usecases.search import matches

FINNISH_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
WORDS = st.lists(st.text(FINNISH_LETTERS, min_size=1, max_size=8), min_size=1, max_size=4)


def typed(text: str) -> list[str]:
    return comparable_name(text).split()


@given(WORDS, st.data())
def test_any_words_of_a_name_find_it_in_any_case_and_composition(
    words: list[str], data: st.DataObject
) -> None:
    name = " ".join(words)
    chosen = data.draw(st.lists(st.sampled_from(words), min_size=1))
    for form in ("NFC", "NFD"):
        assert matches(typed(" ".join(chosen).upper()), unicodedata.normalize(form, name))
        assert matches(typed(unicodedata.normalize(form, " ".join(chosen))), name.upper())


@given(WORDS, st.text(FINNISH_LETTERS, min_size=1, max_size=8))
def test_a_word_not_in_the_name_finds_nothing(words: list[str], other: str) -> None:
    name = " ".join(words)
    if comparable_name(other) in comparable_name(name):
        return
    assert not matches(typed(f"{words[0]} {other}"), name)


def test_nothing_typed_matches_nothing() -> None:
    assert not matches([], "Vauvaryhmä")
