"""Dates, times and counts as Ryhmät writes them in messages, the command line and
workbooks: 6.1.2027, 9.30 and 50 000, as Finland writes them in each language the app
speaks."""

from __future__ import annotations

from datetime import date, datetime, time


def written_date(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def written_time(moment: time | datetime) -> str:
    return f"{moment.hour}.{moment.minute:02d}"


# Finnish and Swedish group the digits of 10 000 and up with a space that never breaks
# the line; a four-digit count stays whole (5000).
GROUPED_FROM = 10_000


def written_count(count: int) -> str:
    if abs(count) < GROUPED_FROM:
        return str(count)
    return f"{count:,}".replace(",", "\u00a0")
