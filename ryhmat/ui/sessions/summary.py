"""A session in one line, as a header or a list shows it."""

from __future__ import annotations

from datetime import date

from ryhmat.ui.formatting import format_date, weekday_name


def day_text(day: date) -> str:
    """The weekday and the date: "ma 16.11.2026" in Finnish."""
    return f"{weekday_name(day)} {format_date(day)}"
