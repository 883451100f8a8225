"""The calendar: the sessions of a visible range, filtered, ready to draw."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import date

from ryhmat.domain.calendar import CalendarEntry, CalendarFilter
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import validate_period
from ryhmat.domain.usecases.directory import Directory

__all__ = ["CalendarEntry", "CalendarFilter", "calendar_entries", "calendar_leaders"]


def calendar_entries(
    uow: UnitOfWork, first_day: date, last_day: date, wanted: CalendarFilter | None = None
) -> list[CalendarEntry]:
    """Sessions on first_day..last_day that pass the filter, by day and time.

    Only the asked range is read, so moving a week costs the same on an empty
    database and on ten years of a municipality's groups.
    """
    validate_period(first_day, last_day)
    return uow.sessions.calendar(first_day, last_day, wanted or CalendarFilter())


def calendar_leaders(
    uow: UnitOfWork, session_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[str]]:
    """The leaders' names of the given sessions, in their order, for a tooltip: a flip
    of the calendar does not read them for every session it shows. A session without
    leaders is left out."""
    directory = Directory.load(uow)
    return {
        session.id: directory.worker_names(session.leader_ids)
        for session in uow.sessions.get_many(session_ids)
        if session.leader_ids
    }
