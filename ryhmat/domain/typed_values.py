"""Dates and times as people in Finland type them, read exactly or refused.

One reading for every place a date or a time is typed: the app's fields, the command
line and roster files. A date is ``6.1.2027``, ``06.01.2027`` or ``6.1.27`` (leading
zeros optional, a two-digit year in this century), also ``060127``, ``06012027`` and
ISO ``2027-01-06``; a time is ``9.30``, ``09.30``, ``9:30``, ``930`` or ``9``. The
comma of a Finnish number pad counts as a dot, as does the slash of English in Finland
(06/01/2027, day first), and spaces are ignored (``6. 1. 2027``).
What is not such a date or time, or names a day that does not exist (31.2.2027), is
refused with a message; it is never read as some other day.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, time

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from ryhmat.domain.validation import validate_day

CENTURY = 2000

_DOTTED_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_COMPACT_DATE = re.compile(r"(\d{2})(\d{2})(\d{2}|\d{4})")
_DAY_AND_MONTH = re.compile(r"(\d{1,2})\.(\d{1,2})\.?")
_SEPARATED_TIME = re.compile(r"(\d{1,2})[.:](\d{2})")
_COMPACT_TIME = re.compile(r"(\d{1,2}?)(\d{2})?")

NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date; write e.g. 6.1.2027.")
NO_SUCH_DAY = QT_TRANSLATE_NOOP(
    "Errors", "“{text}” is not a date: month {month}/{year} has {days} days."
)
NOT_A_TIME = QT_TRANSLATE_NOOP("Errors", "“{text}” is not a time; write e.g. 9.30 or 930.")


def _compact(text: str) -> str:
    """The text without spaces, with the number pad's comma and a slash as a dot."""
    return "".join(text.split()).replace(",", ".").replace("/", ".")


def _year(digits: str) -> int:
    return CENTURY + int(digits) if len(digits) == 2 else int(digits)


def _day_month_year(text: str) -> tuple[int, int, int] | None:
    if match := _DOTTED_DATE.fullmatch(text) or _COMPACT_DATE.fullmatch(text):
        day, month, year = match.groups()
        return int(day), int(month), _year(year)
    if match := _ISO_DATE.fullmatch(text):
        year, month, day = match.groups()
        return int(day), int(month), int(year)
    return None


def read_date(text: str) -> date:
    """The date ``text`` names, or InvalidInput saying why it names none."""
    parts = _day_month_year(_compact(text))
    if parts is None:
        raise InvalidInput(NOT_A_DATE, text=text)
    day, month, year = parts
    if not 1 <= month <= 12 or year < 1:
        raise InvalidInput(NOT_A_DATE, text=text)
    days = calendar.monthrange(year, month)[1]
    if not 1 <= day <= days:
        raise InvalidInput(NO_SUCH_DAY, text=text, month=month, year=year, days=days)
    read = date(year, month, day)
    validate_day(read)
    return read


def searched_day(text: str, today: date) -> date | None:
    """The day a search names, if it names one: a date as ``read_date`` reads it, or a
    day and month without the year (``6.1.`` or ``6.1``), which is the one of that day
    and month nearest to ``today`` (6.1. typed in December is the coming January's).
    Anything else, or a day that does not exist, is no day: the text is searched as words."""
    compact = _compact(text)
    try:
        return read_date(compact)
    except InvalidInput:
        pass
    match = _DAY_AND_MONTH.fullmatch(compact)
    if match is None:
        return None
    day, month = int(match.group(1)), int(match.group(2))
    candidates = []
    for year in (today.year - 1, today.year, today.year + 1):
        if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
            candidates.append(date(year, month, day))
    # The nearest; of two as near, the later one.
    return min(candidates, key=lambda c: (abs((c - today).days), -c.toordinal()), default=None)


def read_time(text: str) -> time:
    """The wall-clock time ``text`` names (hours 0–23, minutes 00–59), or InvalidInput."""
    compact = _compact(text)
    match = _SEPARATED_TIME.fullmatch(compact) or (
        _COMPACT_TIME.fullmatch(compact) if compact.isdigit() and len(compact) <= 4 else None
    )
    if match is None:
        raise InvalidInput(NOT_A_TIME, text=text)
    hours, minutes = match.group(1), match.group(2)
    hour, minute = int(hours or 0), int(minutes or 0)
    if not hours or hour > 23 or minute > 59:
        raise InvalidInput(NOT_A_TIME, text=text)
    return time(hour, minute)
