"""The calendar: the sessions of a visible range, filtered, ready to draw."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from ryhmat.domain.model import GroupType, SessionStatus
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import validate_period
from ryhmat.domain.usecases.directory import Directory


@dataclass(frozen=True, slots=True)
class CalendarFilter:
    """Which sessions to show; None means any."""

    group_id: uuid.UUID | None = None
    worker_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None
    place_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    session_id: uuid.UUID
    group_id: uuid.UUID
    group_name: str
    group_type: GroupType
    day: date
    start: time
    end: time
    status: SessionStatus
    cancel_reason: str
    theme: str
    place: str | None
    leaders: list[str]

    @property
    def is_cancelled(self) -> bool:
        return self.status is SessionStatus.CANCELLED


def calendar_entries(
    uow: UnitOfWork, first_day: date, last_day: date, wanted: CalendarFilter | None = None
) -> list[CalendarEntry]:
    """Sessions on first_day..last_day that pass the filter, by day and time.

    Only the asked range is read, so moving a week costs the same on an empty
    database and on ten years of a municipality's groups.
    """
    validate_period(first_day, last_day)
    wanted = wanted or CalendarFilter()
    group_ids = None if wanted.group_id is None else [wanted.group_id]
    if wanted.organisation_id is not None:
        organised = [g.id for g in uow.groups.list() if wanted.organisation_id in g.organiser_ids]
        group_ids = organised if group_ids is None else [i for i in group_ids if i in organised]
    sessions = uow.sessions.between(first_day, last_day, group_ids)
    # Only the groups on screen: a municipality has hundreds, a week shows a few dozen.
    groups = {g.id: g for g in uow.groups.get_many({s.group_id for s in sessions})}
    directory = Directory.load(uow)
    entries = []
    for session in sessions:
        if wanted.worker_id is not None and wanted.worker_id not in session.leader_ids:
            continue
        if wanted.place_id is not None and session.place_id != wanted.place_id:
            continue
        group = groups[session.group_id]
        entries.append(
            CalendarEntry(
                session_id=session.id,
                group_id=group.id,
                group_name=group.name,
                group_type=group.type,
                day=session.day,
                start=session.start,
                end=session.end,
                status=session.status,
                cancel_reason=session.cancel_reason,
                theme=session.theme,
                place=directory.place_name(session.place_id),
                leaders=directory.worker_names(session.leader_ids),
            )
        )
    return entries
