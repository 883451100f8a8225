"""A week cell's text breaks between words, never inside one; a word too long for the
cell is shortened with "…" (the view draws what Qt's delegate draws with that text:
see test_views)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QFontMetricsF, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication

from ryhmat.ui.calendar.delegate import break_units, words_fitted


def laid_out_lines(text: str, font: QFont, width: int) -> list[str]:
    """The lines Qt's style makes of a cell's text at ``width`` (it wraps at word
    boundaries, or anywhere when a word does not fit)."""
    lines = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(width)
            lines.append(paragraph[line.textStart() : line.textStart() + line.textLength()])
        layout.endLayout()
    return lines


def test_a_name_breaks_between_its_words_and_a_word_wider_than_the_cell_is_shortened(
    qapp: QApplication,
) -> None:
    font = QFont()
    metrics = QFontMetricsF(font)
    text = "17.30–19.00\nVahvuutta vanhemmuuteen\nPerhekeskus Majakka"
    width = round(metrics.horizontalAdvance("vanhemmuuteen")) - 4
    assert laid_out_lines(text, font, width)[2] == "vanhemmuutee"  # Qt alone splits it

    fitted = words_fitted(text, metrics, width)
    lines = laid_out_lines(fitted, font, width)
    assert lines[1] == "Vahvuutta "
    assert lines[2].endswith("…")
    assert "vanhemmuuteen".startswith(lines[2][:-1])
    assert metrics.horizontalAdvance(lines[2]) <= width
    assert lines[3:] == ["Perhekeskus ", "Majakka"]
    # Words that fit are left alone; so is everything at a width where all fit.
    assert words_fitted(text, metrics, 400) == text


def test_a_hyphenated_name_may_break_after_its_hyphen(qapp: QApplication) -> None:
    assert break_units("Isä–lapsi-ryhmä Karhunpojat") == ["Isä–", "lapsi-", "ryhmä ", "Karhunpojat"]
    assert break_units("") == []
    # Positions are Qt's UTF-16 ones: a character outside the BMP takes two.
    assert break_units("Perhe 🙂 kahvila") == ["Perhe ", "🙂 ", "kahvila"]


WORDS = st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöå", min_size=1, max_size=18)


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(st.lists(WORDS, min_size=1, max_size=4), min_size=1, max_size=4),
    width=st.integers(8, 160),
)
def test_fitted_text_is_never_broken_inside_a_word(
    qapp: QApplication, lines: list[list[str]], width: int
) -> None:
    font = QFont()
    text = "\n".join(" ".join(words) for words in lines)
    fitted = words_fitted(text, QFontMetricsF(font), width)
    for paragraph, words in zip(fitted.split("\n"), lines, strict=True):
        shown = paragraph.split(" ")
        assert len(shown) == len(words)
        for word, original in zip(shown, words, strict=True):
            assert word == original or (word.endswith("…") and original.startswith(word[:-1]))
    whole_words = set(fitted.split())
    for line in laid_out_lines(fitted, font, width):
        # Each line holds whole words: the layout never had to cut one.
        assert set(line.split()) <= whole_words, line
