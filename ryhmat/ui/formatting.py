"""Dates and times as the current language writes them (d.M.yyyy and 9.30 in Finnish)."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def to_qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def from_qtime(moment: QTime) -> time:
    return time(moment.hour(), moment.minute())


def format_date(day: date) -> str:
    return QLocale().toString(to_qdate(day), QLocale.FormatType.ShortFormat)


def file_name_date(day: date) -> str:
    """A date for a file name the app suggests: as the language writes it, with the
    "/" of English dates (which no file name can hold) written "-"."""
    return format_date(day).replace("/", "-")


def format_time(moment: time | datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def format_time_range(start: time, end: time) -> str:
    return f"{format_time(start)}–{format_time(end)}"


def weekday_name(day: date, short: bool = True) -> str:
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(day.isoweekday(), kind)


def date_format() -> str:
    """The pattern for QDateEdit, so that editing shows the same format as lists."""
    return QLocale().dateFormat(QLocale.FormatType.ShortFormat)
