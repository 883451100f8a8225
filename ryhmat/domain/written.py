"""Dates and times as Ryhmät writes them in messages, the command line and workbooks:
6.1.2027 and 9.30, as Finland writes them in each language the app speaks."""

from __future__ import annotations

from datetime import date, datetime, time


def written_date(day: date) -> str:
    return f"{day.day}.{day.month}.{day.year}"


def written_time(moment: time | datetime) -> str:
    return f"{moment.hour}.{moment.minute:02d}"
