"""Checks of what a person types or names: texts, dates, numbers and references.

Every limit here is checked before the database sees the value, so that
SQLite (which stores any length) and PostgreSQL (which refuses a VARCHAR too
long, a NUL character or an integer out of range) behave the same way: one
clear message and nothing saved.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Term
from ryhmat.domain.target_ages import (
    MAX_TARGET_AGE_MONTHS,
    MAX_TARGET_AGE_YEARS,
    MONTHS_PER_YEAR,
    MONTHS_UNTIL,
    is_whole_lower_years,
    is_whole_upper_years,
)

if TYPE_CHECKING:
    from ryhmat.domain.ports import UnitOfWork

# The lengths of the columns in storage (VARCHAR), in characters.
MAX_NAME_LENGTH = 200
MAX_PHONE_LENGTH = 50
MAX_EMAIL_LENGTH = 320
MAX_LINE_LENGTH = 500  # a theme, an address
MAX_TEXT_LENGTH = 4000  # notes, a description: TEXT columns, kept to a readable size

MAX_CAPACITY = 10_000

# Far enough for any season or report; beyond them dates only come from typing slips
# (1.1.26 read as year 26), and date arithmetic near year 9999 overflows.
EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2999, 12, 31)

# Explicit embeddings, overrides and isolates: an unmatched one reverses the rest of
# every line the text is shown on (a table, a calendar event, a workbook cell).
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
KEPT_IN_TEXT = frozenset("\n\t")


def _unstorable(ch: str) -> bool:
    """NUL (PostgreSQL cannot store it) or half of a surrogate pair (UTF-8 cannot encode it)."""
    return ch == "\x00" or unicodedata.category(ch) == "Cs"


def refuse_unstorable(value: str, what: Term) -> None:
    """InvalidInput if ``value`` has a character no database can keep; the message
    gives its position rather than the character, which cannot be shown either."""
    for position, ch in enumerate(value, start=1):
        if _unstorable(ch):
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The {what} contains an invalid character at position {position}."
                ),
                what=what,
                position=position,
            )


def strip_control_characters(text: str, keep_newlines: bool = False) -> str:
    """Remove control characters (category Cc) and bidi overrides that a paste can
    smuggle in. With ``keep_newlines`` line breaks and tabs stay; without, they and
    the other breaking controls become spaces, so "Matti<tab>Meikäläinen" keeps
    its two words."""
    return "".join(_without_control(ch, keep_newlines) for ch in text)


def _without_control(ch: str, keep_newlines: bool) -> str:
    if ch in BIDI_CONTROLS:
        return ""
    if unicodedata.category(ch) != "Cc" or (keep_newlines and ch in KEPT_IN_TEXT):
        return ch
    return " " if ch.isspace() and not keep_newlines else ""


def _too_long(what: Term, limit: int) -> InvalidInput:
    return InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "The {what} is longer than {limit} characters."),
        what=what,
        limit=limit,
    )


def clean_line(value: str, what: Term, limit: int = MAX_NAME_LENGTH) -> str:
    """A trimmed single line, possibly empty, at most ``limit`` characters."""
    line = _one_line(value, what)
    if len(line) > limit:
        raise _too_long(what, limit)
    return line


def clean_name(value: str, what: Term, limit: int = MAX_NAME_LENGTH) -> str:
    """A trimmed single-line name, or InvalidInput naming ``what`` is wrong."""
    name = clean_line(value, what, limit)
    if not name:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Fill in the field: {what}."), what=what)
    return name


def clean_text(value: str, what: Term, limit: int = MAX_TEXT_LENGTH) -> str:
    """A trimmed text that keeps its line breaks and tabs (notes, a description)."""
    refuse_unstorable(value, what)
    text = strip_control_characters(value, keep_newlines=True).strip()
    if len(text) > limit:
        raise _too_long(what, limit)
    return text


def lookup_name(value: str, what: Term) -> str:
    """A name to look something up by, cleaned as names are when saved."""
    return _one_line(value, what)


def _one_line(value: str, what: Term) -> str:
    """Tabs and line breaks become single spaces; other control characters go."""
    refuse_unstorable(value, what)
    return " ".join(strip_control_characters(value).split())


def validate_day(day: date) -> None:
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The date {day} is not between {first} and {last}."),
            day=day,
            first=EARLIEST_DAY,
            last=LATEST_DAY,
        )


def validate_capacity(capacity: int | None) -> None:
    if capacity is not None and not 1 <= capacity <= MAX_CAPACITY:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The capacity must be between 1 and {limit}."),
            limit=MAX_CAPACITY,
        )


# A day's work: planning and debrief longer than that is a mistake in typing.
MAX_PLANNING_MINUTES = 480


def validate_planning_minutes(minutes: int | None) -> None:
    if minutes is not None and not 1 <= minutes <= MAX_PLANNING_MINUTES:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The planning and debrief time must be between 1 and {limit} minutes."
            ),
            limit=MAX_PLANNING_MINUTES,
        )


def validate_target_ages(low: int | None, high: int | None) -> None:
    """Target ages in whole months (domain/target_ages.py): from two years on whole years."""
    if (low is not None and low < 0) or (high is not None and high < 0):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A target age cannot be negative."))
    if (low is not None and low > MAX_TARGET_AGE_YEARS * MONTHS_PER_YEAR) or (
        high is not None and high > MAX_TARGET_AGE_MONTHS
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A target age can be at most {limit} years."),
            limit=MAX_TARGET_AGE_YEARS,
        )
    if (low is not None and low >= MONTHS_UNTIL and not is_whole_lower_years(low)) or (
        high is not None and high >= MONTHS_UNTIL and not is_whole_upper_years(high)
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "From two years on, a target age is given in whole years.")
        )
    if low is not None and high is not None and high < low:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The upper target age is below the lower one.")
        )


def require_existing(
    uow: UnitOfWork,
    *,
    place_id: uuid.UUID | None = None,
    pair_id: uuid.UUID | None = None,
    worker_ids: Iterable[uuid.UUID] = (),
) -> None:
    """NotFound for a place, worker pair or worker that is not (or no longer) stored,
    instead of a foreign-key error from the database."""
    if place_id is not None and uow.places.get(place_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The place no longer exists."))
    if pair_id is not None and uow.pairs.get(pair_id) is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The worker pair no longer exists."))
    wanted = set(worker_ids)
    if wanted and len(uow.workers.get_many(wanted)) < len(wanted):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The worker no longer exists."))
