"""The calendar: the sessions of a visible range, filtered, ready to draw."""

from __future__ import annotations

from datetime import date

from ryhmat.domain.calendar import CalendarEntry, CalendarFilter
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import validate_period

__all__ = ["CalendarEntry", "CalendarFilter", "calendar_entries"]


def calendar_entries(
    uow: UnitOfWork, first_day: date, last_day: date, wanted: CalendarFilter | None = None
) -> list[CalendarEntry]:
    """Sessions on first_day..last_day that pass the filter, by day and time.

    Only the asked range is read, so moving a week costs the same on an empty
    database and on ten years of a municipality's groups.
    """
    validate_period(first_day, last_day)
    return uow.sessions.calendar(first_day, last_day, wanted or CalendarFilter())
