"""Moving one session to another day or time, as the calendar's drag and keys do.

A move is planned first (checked, with the double bookings it would make) so the
person can be asked; it is then saved like any edit of one session, through
``update_session``: the session becomes edited individually, keeps its
occurrence day, and its feed sequence grows.
"""

from __future__ import annotations

import uuid
from copy import deepcopy
from dataclasses import dataclass
from datetime import date, time, timedelta

from ryhmat.domain.errors import (
    QT_TRANSLATE_NOOP,
    SESSION_CHANGED_ELSEWHERE,
    ChangedElsewhere,
    InvalidInput,
)
from ryhmat.domain.model import Session, SessionStatus
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import HolidayCalendar, SkippedDay, closures_pausing, day_left_out
from ryhmat.domain.usecases.bookings import Clash, clashes_to_accept
from ryhmat.domain.usecases.eves import group_skipped_eves
from ryhmat.domain.usecases.sessions import get_session, validate_when

STEP_MINUTES = 15  # a dragged or stepped start lands on a quarter hour
MINUTES_A_DAY = 24 * 60


@dataclass(frozen=True, slots=True)
class MovePlan:
    """A checked move: the stored session, the session moved, its group's name, what
    the move would book twice (to be accepted before saving) and, on another day, why
    the group would not meet on it (a holiday, a closure, an eve, a date its season
    leaves out): the person is told, and may move it all the same."""

    before: Session
    after: Session
    group: str
    clashes: list[Clash]
    left_out: SkippedDay | None = None


def minutes_of(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def end_when_moved(start: time, end: time, new_start: time) -> time | None:
    """The end of a session of ``start``–``end`` moved to begin at ``new_start``, as
    long as before; None if it would end after midnight (a session never crosses it)."""
    end_minutes = minutes_of(new_start) + minutes_of(end) - minutes_of(start)
    return time(*divmod(end_minutes, 60)) if end_minutes < MINUTES_A_DAY else None


def length_of(session: Session) -> timedelta:
    return timedelta(minutes=minutes_of(session.end) - minutes_of(session.start))


def stepped_start(start: time, steps: int) -> time:
    """The quarter hour ``steps`` quarters from ``start``: counted from the quarter
    at or before it going later, at or after it going earlier, so a session at 9.05
    goes to 9.15 or 9.00. No steps keeps ``start`` as it is. Kept within the day."""
    if steps == 0:
        return start
    minutes = minutes_of(start)
    # Going later counts from the quarter at or before; going earlier, at or after.
    counted_from = minutes // STEP_MINUTES if steps > 0 else -(-minutes // STEP_MINUTES)
    quarter = counted_from + steps
    last_quarter = (MINUTES_A_DAY - 1) // STEP_MINUTES
    quarter = max(0, min(quarter, last_quarter))
    return time(*divmod(quarter * STEP_MINUTES, 60))


def moved(session: Session, day: date, start: time) -> Session:
    """A copy of ``session`` on ``day`` from ``start``, as long as before; refused
    if it would then end after midnight."""
    end = end_when_moved(session.start, session.end, start)
    if end is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Starting at {start}, the session would end after midnight."
            ),
            start=start,
        )
    copy = deepcopy(session)
    copy.day, copy.start, copy.end = day, start, end
    return copy


def plan_move(
    uow: UnitOfWork,
    session_id: uuid.UUID,
    seen_version: int,
    day: date,
    start: time,
    holidays: HolidayCalendar,
) -> MovePlan:
    """Check moving the session, as the calendar showed it at ``seen_version``, to
    ``day`` at ``start``; nothing is saved.

    A held or cancelled session stays where it is; a session someone else has
    changed since it was shown is refused as a save over their change would be; the
    new day and times must be ones the session dialog would save.
    """
    stored = get_session(uow, session_id)
    if stored.version != seen_version:
        raise ChangedElsewhere(SESSION_CHANGED_ELSEWHERE)
    if stored.status is SessionStatus.HELD:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This session has been held and its attendance recorded, so it stays "
                "where it was. Nothing was moved.",
            )
        )
    if stored.status is SessionStatus.CANCELLED:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors",
                "A cancelled session is not moved. Restore it first in its own window "
                "if it will be held after all. Nothing was moved.",
            )
        )
    after = moved(stored, day, start)
    validate_when(after, stored)
    group = uow.groups.names().get(stored.group_id, "")
    return MovePlan(
        before=stored,
        after=after,
        group=group,
        clashes=clashes_to_accept(uow, after),
        left_out=None if day == stored.day else _left_out(uow, after, holidays),
    )


def _left_out(uow: UnitOfWork, session: Session, holidays: HolidayCalendar) -> SkippedDay | None:
    """Why ``session``'s group would not meet on its day, as its season's plan says."""
    group = uow.groups.get(session.group_id)
    if group is None:
        return None
    series = uow.series.get(session.series_id) if session.series_id else None
    closures = closures_pausing(group, uow.closures.overlapping(session.day, session.day))
    eves = group_skipped_eves(uow, group)
    return day_left_out(series, session.day, holidays, closures, eves)
