"""Dates and times as the current language writes them (d.M.yyyy and 9.30 in Finnish)."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

from ryhmat.domain.timezone import HELSINKI


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def to_qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def format_date(day: date) -> str:
    return QLocale().toString(to_qdate(day), QLocale.FormatType.ShortFormat)


def format_time(moment: time | datetime) -> str:
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def format_moment(moment: datetime) -> str:
    """A moment as a person in Finland reads it: the local date and time."""
    local = moment.astimezone(HELSINKI)
    return f"{format_date(local.date())} {format_time(local)}"


def format_time_range(start: time, end: time) -> str:
    return f"{format_time(start)}–{format_time(end)}"


def weekday_name(day: date, short: bool = True) -> str:
    kind = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(day.isoweekday(), kind)


def archived_name(name: str, archived: bool) -> str:
    """A name as lists and choices show it: an archived thing says so."""
    if not archived:
        return name
    return QCoreApplication.translate("Formatting", "%1 (archived)").replace("%1", name)
