"""The follow-ups due (``ryhmat.domain.follow_ups``): listing them, marking one done or
not done, and the team's follow-up period."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from ryhmat.domain.follow_ups import (
    DEFAULT_PERIOD_MONTHS,
    LONGEST_PERIOD_MONTHS,
    FollowUp,
    FollowUpKey,
    follow_up_of,
    is_listed,
    reckoned_since,
)
from ryhmat.domain.model import UsageAction
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.usage_log import record_usage

FOLLOW_UP_PERIOD_SETTING = "follow_up_months"


@dataclass(frozen=True, slots=True)
class FollowUpLine:
    """A follow-up due, with the names the list shows."""

    follow_up: FollowUp
    family_name: str
    group_name: str


def follow_up_months(uow: UnitOfWork) -> int:
    """The team's follow-up period: how many months after a family's work in a group
    ended its follow-up falls due."""
    stored = uow.settings.get(FOLLOW_UP_PERIOD_SETTING)
    return int(stored) if stored and stored.isdigit() else DEFAULT_PERIOD_MONTHS


def set_follow_up_months(uow: UnitOfWork, months: int) -> None:
    if not 1 <= months <= LONGEST_PERIOD_MONTHS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The follow-up period must be between 1 and {most} months."
            ),
            most=LONGEST_PERIOD_MONTHS,
        )
    uow.settings.put(FOLLOW_UP_PERIOD_SETTING, str(months))
    uow.commit()


def due_follow_ups(uow: UnitOfWork, today: date) -> list[FollowUpLine]:
    """The follow-ups listed as due and not done, the longest due first, then by family
    and group; a read of personal data the caller logs (``open_follow_ups``)."""
    period = follow_up_months(uow)
    since = reckoned_since(today, period)
    courses = uow.follow_ups.courses(since)
    held = uow.follow_ups.held_days({course.group_id for course in courses}, since)
    done = uow.follow_ups.done()
    due = [
        follow_up
        for course in courses
        if (follow_up := follow_up_of(course, held.get(course.group_id, []), today, period))
        and is_listed(follow_up, today)
        and follow_up.key not in done
    ]
    families = {f.id: f.name for f in uow.families.rosters({f.family_id for f in due})}
    groups = uow.groups.names()
    lines = [
        FollowUpLine(f, families.get(f.family_id, ""), groups.get(f.group_id, ""))
        for f in due
        if f.family_id in families
    ]
    lines.sort(key=lambda line: (line.follow_up.due_on, line.family_name, line.group_name))
    return lines


def open_follow_ups(
    uow: UnitOfWork, today: date, shown: frozenset[uuid.UUID] = frozenset()
) -> list[FollowUpLine]:
    """The follow-ups due, for the list: a read logged for the families the list has not
    ``shown`` yet (a list reloaded after a change logs only newcomers)."""
    lines = due_follow_ups(uow, today)
    new = [line.follow_up.family_id for line in lines if line.follow_up.family_id not in shown]
    if new:
        record_usage(uow, UsageAction.FOLLOW_UPS_OPENED, new)
    return lines


def mark_follow_up_done(uow: UnitOfWork, key: FollowUpKey, done_on: date) -> None:
    uow.follow_ups.mark_done(key, done_on)
    uow.commit()


def unmark_follow_up(uow: UnitOfWork, key: FollowUpKey) -> None:
    """Undo marking it done: it is due again."""
    uow.follow_ups.unmark(key)
    uow.commit()
