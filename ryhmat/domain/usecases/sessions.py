"""A group's sessions with the dates its series skip, and editing one session."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Term
from ryhmat.domain.model import CancelReason, Session, SessionStatus
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import (
    HolidayCalendar,
    SkippedDay,
    closures_pausing,
    plan_series,
    validate_period,
    validate_times,
    validate_wall_clock,
)
from ryhmat.domain.usecases.bookings import refuse_double_booking
from ryhmat.domain.usecases.directory import Directory
from ryhmat.domain.usecases.eves import group_skipped_eves
from ryhmat.domain.usecases.groups import find_group
from ryhmat.domain.validation import (
    MAX_LINE_LENGTH,
    clean_line,
    clean_text,
    require_existing,
    validate_day,
)

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
    cancel_category: CancelReason = CancelReason.NOT_GIVEN


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
        cancel_category=session.cancel_category,
    )


def session_views(uow: UnitOfWork, sessions: Sequence[Session]) -> list[SessionView]:
    """Sessions of any groups with their names looked up once, in the given order."""
    if not sessions:
        return []
    directory = Directory.load(uow)
    groups = uow.groups.names()
    return [session_view(s, groups[s.group_id], directory) for s in sessions]


def in_time_order(sessions: Sequence[Session]) -> list[Session]:
    """Oldest first; sessions at the same moment in a stable order."""
    return sorted(sessions, key=lambda session: (session.day, session.start, session.id))


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
        closures = closures_pausing(
            group,
            uow.closures.overlapping(
                min(s.first_day for s in series_list), max(s.last_day for s in series_list)
            ),
        )
        eves = group_skipped_eves(uow, group)
        for series in series_list:
            for day in plan_series(series, holidays, closures, eves).skipped:
                if first <= day.day <= last:
                    skipped.setdefault(day.day, day)
    return SessionListing(
        group=group.name,
        sessions=[session_view(s, group.name, directory) for s in sessions],
        skipped=sorted(skipped.values(), key=lambda d: d.day),
    )


def get_session(uow: UnitOfWork, session_id: uuid.UUID) -> Session:
    session = uow.sessions.get(session_id)
    if session is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The session no longer exists."))
    return session


def validate_when(edited: Session, stored: Session) -> None:
    """Refuse a day or times a session cannot have: out of range, ending before it
    starts, or a time the clocks skip or show twice."""
    validate_day(edited.day)
    validate_times(edited.start, edited.end)
    if (edited.day, edited.start, edited.end) != (stored.day, stored.start, stored.end):
        # A session stored at such a time before this rule (an older backup) can still be
        # cancelled or given its theme; only a new time must be one the clocks show once.
        validate_wall_clock(edited.day, edited.start, edited.end)


def _visible(session: Session) -> tuple[object, ...]:
    """What a calendar subscriber sees of a session."""
    return (
        session.day,
        session.start,
        session.end,
        session.place_id,
        session.theme,
        tuple(session.leader_ids),
        session.status,
        session.cancel_reason,
    )


def _moved(session: Session) -> tuple[object, ...]:
    """What, when changed by hand, takes a session out of its series' hands."""
    return (
        session.day,
        session.start,
        session.end,
        session.place_id,
        tuple(session.leader_ids),
        session.status,
    )


def update_session(
    uow: UnitOfWork, edited: Session, accept_conflicts: bool = False, *, restoring: bool = False
) -> Session:
    """Save one session's own changes: a move, a substitute, a theme, a cancellation.

    A change of when, where or who that books a worker or a place twice is refused
    with DoubleBooking unless the conflicts are accepted. A session changed this way
    is marked edited individually, so re-applying its series never moves it back; a
    change a subscriber can see raises its sequence. ``restoring`` puts back a state
    the session had (Edit → Undo): its mark of being edited by hand is as it was
    then, so a move undone leaves the session to its season again.
    """
    stored = get_session(uow, edited.id)
    validate_when(edited, stored)
    require_existing(uow, place_id=edited.place_id, worker_ids=edited.leader_ids)
    edited.theme = clean_line(
        edited.theme, Term(QT_TRANSLATE_NOOP("Errors", "theme")), MAX_LINE_LENGTH
    )
    edited.notes = clean_text(edited.notes, Term(QT_TRANSLATE_NOOP("Errors", "notes")))
    edited.cancel_reason = clean_text(
        edited.cancel_reason, Term(QT_TRANSLATE_NOOP("Errors", "reason for cancelling"))
    )
    if edited.status is SessionStatus.CANCELLED and not edited.cancel_reason:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Give a reason for cancelling."))
    if edited.status is not SessionStatus.CANCELLED:
        edited.cancel_reason = ""
        edited.cancel_category = CancelReason.NOT_GIVEN
    if len(set(edited.leader_ids)) != len(edited.leader_ids):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A leader is listed twice."))
    edited.group_id, edited.series_id = stored.group_id, stored.series_id
    refuse_double_booking(uow, edited, stored, accept_conflicts)
    edited.occurrence_day = stored.occurrence_day
    if not restoring:
        edited.edited_individually = stored.edited_individually or _moved(edited) != _moved(stored)
    edited.sequence = stored.sequence + (1 if _visible(edited) != _visible(stored) else 0)
    uow.sessions.save(edited)
    uow.commit()
    return edited


def cancel_session(
    uow: UnitOfWork,
    session_id: uuid.UUID,
    reason: str,
    category: CancelReason = CancelReason.NOT_GIVEN,
) -> Session:
    session = get_session(uow, session_id)
    session.status, session.cancel_reason = SessionStatus.CANCELLED, reason
    session.cancel_category = category
    return update_session(uow, session)


def restore_session(
    uow: UnitOfWork, session_id: uuid.UUID, accept_conflicts: bool = False
) -> Session:
    """Undo a cancellation: held again if it has attendance, else planned. Refused with
    DoubleBooking if its worker or place has been booked meanwhile, unless accepted."""
    session = get_session(uow, session_id)
    recorded = bool(uow.sessions.with_attendance([session_id]))
    session.status = SessionStatus.HELD if recorded else SessionStatus.PLANNED
    return update_session(uow, session, accept_conflicts)
