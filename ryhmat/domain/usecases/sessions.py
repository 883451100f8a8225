"""Reading a group's sessions together with the dates its series skip."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from ryhmat.domain.model import Session, SessionStatus
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import HolidayCalendar, SkippedDay, plan_series, validate_period
from ryhmat.domain.usecases.directory import Directory
from ryhmat.domain.usecases.groups import find_group

EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)


@dataclass(frozen=True, slots=True)
class SessionView:
    id: uuid.UUID
    uid: str
    group: str
    start: datetime
    end: datetime
    status: SessionStatus
    cancel_reason: str
    theme: str
    place: str | None
    leaders: list[str]
    edited_individually: bool


@dataclass(frozen=True, slots=True)
class SessionListing:
    group: str
    sessions: list[SessionView]
    skipped: list[SkippedDay]


def session_view(session: Session, group_name: str, directory: Directory) -> SessionView:
    return SessionView(
        id=session.id,
        uid=session.uid,
        group=group_name,
        start=session.starts_at,
        end=session.ends_at,
        status=session.status,
        cancel_reason=session.cancel_reason,
        theme=session.theme,
        place=directory.place_name(session.place_id),
        leaders=directory.worker_names(session.leader_ids),
        edited_individually=session.edited_individually,
    )


def list_group_sessions(
    uow: UnitOfWork,
    group_name: str,
    holidays: HolidayCalendar,
    first_day: date | None = None,
    last_day: date | None = None,
) -> SessionListing:
    """A group's sessions in a period, and the days its series skip in that period."""
    first, last = first_day or EARLIEST, last_day or LATEST
    validate_period(first, last)
    group = find_group(uow, group_name)
    directory = Directory.load(uow)
    sessions = uow.sessions.between(first, last, [group.id])
    skipped: dict[date, SkippedDay] = {}
    series_list = uow.series.for_group(group.id)
    if series_list:
        closures = uow.closures.overlapping(
            min(s.first_day for s in series_list), max(s.last_day for s in series_list)
        )
        for series in series_list:
            for day in plan_series(series, holidays, closures).skipped:
                if first <= day.day <= last:
                    skipped.setdefault(day.day, day)
    return SessionListing(
        group=group.name,
        sessions=[session_view(s, group.name, directory) for s in sessions],
        skipped=sorted(skipped.values(), key=lambda d: d.day),
    )
