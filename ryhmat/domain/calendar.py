"""What the calendar shows of a session, and which sessions it is asked for."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from ryhmat.domain.model import GroupType, SessionStatus


@dataclass(frozen=True, slots=True)
class CalendarFilter:
    """Which sessions to show; None means any."""

    group_id: uuid.UUID | None = None
    worker_id: uuid.UUID | None = None
    organisation_id: uuid.UUID | None = None
    place_id: uuid.UUID | None = None


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """A session as the calendar draws it. ``in_conflict``: it shares a worker, a
    place or its group with another session at an overlapping time (the rule of domain.conflicts);
    which ones is asked for when a tooltip shows. ``version``: the stored version it
    was read at, so a move made from the calendar does not overwrite a change saved
    since."""

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
    in_conflict: bool
    version: int

    @property
    def is_cancelled(self) -> bool:
        return self.status is SessionStatus.CANCELLED
