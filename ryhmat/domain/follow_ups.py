"""Follow-up (kuulumisten kysyminen): asking a family how it is doing some months after
its work in a group ended, as perhetyö does ("Perheen kuulumiset kysytään 2–4 kk:n
päästä työskentelyn päättymisestä").

The work of a family in a group ends in one of two ways:

- **it left**: its enrolment is marked left; the work ended on the day it left (or,
  had it stopped coming before, when it stopped).
- **it stopped coming**: it is still enrolled, but it has not come for
  ``STOPPED_AFTER`` (six weeks) and the group has held at least ``MISSED_SESSIONS``
  (two) sessions since, so one illness or a holiday break without sessions is not
  "stopping". The work ended on its last visit (on the day it joined if it has not
  come since joining).

A follow-up falls due the team's follow-up period (``DEFAULT_PERIOD_MONTHS``, three
months, unless the team sets another) after the day the work ended. Only the fact
that it was done, when and by whom is recorded, keyed by the day the work ended: a
family that comes back and stops again is due a new follow-up, and changing the
period does not bring back a done one. A follow-up not done within ``LISTED_FOR``
(a year) of falling due leaves the list: asking after so long is a new contact, not a
follow-up, and an old database's history does not flood the list.

Pure rules over dates: the facts come from storage (``FollowUpQueries``).
"""

from __future__ import annotations

import enum
import uuid
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from ryhmat.domain.model import EnrolmentStatus

DEFAULT_PERIOD_MONTHS = 3
LONGEST_PERIOD_MONTHS = 24
STOPPED_AFTER = timedelta(weeks=6)
MISSED_SESSIONS = 2
LISTED_FOR = timedelta(days=365)


class FollowUpReason(enum.StrEnum):
    LEFT = "left"
    STOPPED_COMING = "stopped_coming"


@dataclass(frozen=True, slots=True)
class EnrolmentCourse:
    """What storage knows of a family's time in a group: its enrolment and its last visit
    (the last held session a member of it was marked present at), if any."""

    family_id: uuid.UUID
    group_id: uuid.UUID
    status: EnrolmentStatus
    enrolled_on: date | None
    left_on: date | None
    last_visit: date | None


@dataclass(frozen=True, slots=True)
class FollowUp:
    """A follow-up a family is due in a group, identified by the day its work there
    ended (``ended_on``)."""

    family_id: uuid.UUID
    group_id: uuid.UUID
    reason: FollowUpReason
    ended_on: date
    due_on: date

    @property
    def key(self) -> FollowUpKey:
        return FollowUpKey(self.family_id, self.group_id, self.ended_on)


@dataclass(frozen=True, slots=True)
class FollowUpKey:
    """What a done follow-up is recorded by."""

    family_id: uuid.UUID
    group_id: uuid.UUID
    ended_on: date


def months_after(day: date, months: int) -> date:
    """The same day ``months`` later; a day the month lacks becomes its last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("every month has 28 days")


def work_ended(
    course: EnrolmentCourse, held_days: Sequence[date], today: date
) -> tuple[FollowUpReason, date] | None:
    """Why and on which day the family's work in the group ended, as of ``today``; None
    while it goes on (or never began: the waiting list). ``held_days`` are the days of
    the group's held sessions, in order.

    A family marked left after it had already stopped coming ended when it stopped: its
    follow-up is the one it was due then, not a second one from the day it was marked."""
    if course.status is EnrolmentStatus.LEFT:
        left_on = course.left_on or course.last_visit or course.enrolled_on
        if left_on is None or left_on > today:
            return None
        stopped = _stopped_on(course, held_days, left_on)
        if stopped is not None:
            return FollowUpReason.STOPPED_COMING, stopped
        return FollowUpReason.LEFT, left_on
    if course.status is not EnrolmentStatus.ENROLLED:
        return None
    stopped = _stopped_on(course, held_days, today)
    return None if stopped is None else (FollowUpReason.STOPPED_COMING, stopped)


def _stopped_on(course: EnrolmentCourse, held_days: Sequence[date], day: date) -> date | None:
    """The day the family's last visit (or its joining) was, if it had stopped coming by
    ``day``."""
    since = max((d for d in (course.last_visit, course.enrolled_on) if d), default=None)
    if since is None or day - since < STOPPED_AFTER:
        return None
    missed = bisect_right(held_days, day) - bisect_right(held_days, since)
    return since if missed >= MISSED_SESSIONS else None


def follow_up_of(
    course: EnrolmentCourse, held_days: Sequence[date], today: date, period_months: int
) -> FollowUp | None:
    """The follow-up the family is due in the group as of ``today``, if it is due (not
    necessarily listed: see ``is_listed``)."""
    ended = work_ended(course, held_days, today)
    if ended is None:
        return None
    reason, ended_on = ended
    due_on = months_after(ended_on, period_months)
    if due_on > today:
        return None
    return FollowUp(course.family_id, course.group_id, reason, ended_on, due_on)


def is_listed(follow_up: FollowUp, today: date) -> bool:
    return today - follow_up.due_on <= LISTED_FOR


def reckoned_since(today: date, period_months: int) -> date:
    """The earliest day a family's work may have ended for its follow-up to be listed
    ``today``: visits, sessions and leavings before it need not be read (a ten years'
    history is not read for the last year and a half)."""
    return today - LISTED_FOR - timedelta(days=31 * period_months)
