"""Calendar arithmetic and the texts of days and sessions in the current language."""

from __future__ import annotations

import re
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QLocale

from ryhmat.domain.usecases.bookings import Clash
from ryhmat.domain.usecases.calendar import CalendarEntry
from ryhmat.labels import label
from ryhmat.ui.double_booking import clash_text
from ryhmat.ui.formatting import format_date, format_time, format_time_range, to_qdate

WEEK_DAYS = 7
MONTH_ROWS = 6
# Marks a session in conflict at the start of its text: seen without colour, read aloud.
CONFLICT_SIGN = "\N{WARNING SIGN}"


def week_start(day: date) -> date:
    """The Monday of the ISO week of ``day``."""
    return day - timedelta(days=day.weekday())


def month_grid_start(day: date) -> date:
    """The first Monday of the six-week grid that shows the month of ``day``."""
    return week_start(day.replace(day=1))


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` away from the month of ``day``."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def iso_week(day: date) -> int:
    return day.isocalendar().week


def day_and_month(day: date) -> str:
    """The date without its year as the language writes it: 23.11. in Finnish."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    # The separators around the year go with it; Finnish keeps the dot after the month.
    without_year = re.sub(r"y+", "", pattern).strip(" -/,")
    return QLocale().toString(to_qdate(day), without_year)


def month_title(day: date) -> str:
    name = QLocale().standaloneMonthName(day.month, QLocale.FormatType.LongFormat)
    return f"{name[:1].upper()}{name[1:]} {day.year}"


def week_label(monday: date) -> str:
    sunday = monday + timedelta(days=WEEK_DAYS - 1)
    return (
        QCoreApplication.translate("Calendar", "Week %1 · %2–%3")
        .replace("%1", str(iso_week(monday)))
        .replace("%2", format_date(monday))
        .replace("%3", format_date(sunday))
    )


def month_label(month: date) -> str:
    first = month_grid_start(month)
    last = first + timedelta(days=WEEK_DAYS * MONTH_ROWS - 1)
    return (
        QCoreApplication.translate("Calendar", "%1 · weeks %2–%3")
        .replace("%1", month_title(month))
        .replace("%2", str(iso_week(first)))
        .replace("%3", str(iso_week(last)))
    )


def week_number_label(day: date) -> str:
    return QCoreApplication.translate("Calendar", "Wk %1").replace("%1", str(iso_week(day)))


def session_lines(entry: CalendarEntry) -> list[str]:
    """What a session's cell in the week shows, most important first."""
    times = format_time_range(entry.start, entry.end)
    lines = [f"{CONFLICT_SIGN} {times}" if entry.in_conflict else times, entry.group_name]
    lines += [text for text in (entry.theme, entry.place or "") if text]
    if entry.is_cancelled:
        lines.append(f"({label(entry.status)})")
    return lines


def session_chip_text(entry: CalendarEntry) -> str:
    text = f"{format_time(entry.start)} {entry.group_name}"
    return f"{CONFLICT_SIGN} {text}" if entry.in_conflict else text


def conflict_description() -> str:
    """What the mark of a session in conflict says, to a screen reader too."""
    return QCoreApplication.translate("Calendar", "Double booked")


def session_tooltip(entry: CalendarEntry, leaders: list[str], clashes: list[Clash]) -> str:
    lines = [
        entry.group_name,
        f"{format_date(entry.day)} {format_time_range(entry.start, entry.end)}",
    ]
    if entry.theme:
        lines.append(QCoreApplication.translate("Calendar", "Theme: %1").replace("%1", entry.theme))
    if entry.place:
        lines.append(QCoreApplication.translate("Calendar", "Place: %1").replace("%1", entry.place))
    if leaders:
        lines.append(
            QCoreApplication.translate("Calendar", "Leaders: %1").replace("%1", ", ".join(leaders))
        )
    status = label(entry.status)
    if entry.is_cancelled and entry.cancel_reason:
        status = (
            QCoreApplication.translate("Calendar", "%1: %2")
            .replace("%1", status)
            .replace("%2", entry.cancel_reason)
        )
    lines.append(QCoreApplication.translate("Calendar", "Status: %1").replace("%1", status))
    if clashes:
        lines.append(f"{CONFLICT_SIGN} {conflict_description()}:")
        lines += [clash_text(clash) for clash in clashes]
    return "\n".join(lines)
