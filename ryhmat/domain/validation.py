"""Checks of free text a person types: names and short texts."""

from __future__ import annotations

import unicodedata

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, Term

MAX_NAME_LENGTH = 200
MAX_TEXT_LENGTH = 4000


def strip_control_characters(text: str, keep_newlines: bool = False) -> str:
    """Remove control characters (category Cc) that a paste can smuggle in."""
    allowed = {"\n"} if keep_newlines else set()
    return "".join(ch for ch in text if ch in allowed or unicodedata.category(ch) != "Cc")


def clean_name(value: str, what: Term) -> str:
    """A trimmed single-line name, or InvalidInput naming ``what`` is wrong."""
    name = " ".join(strip_control_characters(value).split())
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Fill in the field: {what}."), what=what)
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The {what} is longer than {limit} characters."),
            what=what,
            limit=MAX_NAME_LENGTH,
        )
    return name


def clean_text(value: str, what: Term) -> str:
    text = strip_control_characters(value, keep_newlines=True).strip()
    if len(text) > MAX_TEXT_LENGTH:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The {what} is longer than {limit} characters."),
            what=what,
            limit=MAX_TEXT_LENGTH,
        )
    return text
