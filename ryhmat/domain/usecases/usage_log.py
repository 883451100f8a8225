"""The usage log (käyttöloki): who read which families' personal data, when and why.

Each path that shows or hands out a family's personal data records one event once
the read has succeeded (a failed read records nothing): opening the family's window
or a session's attendance view, printing or saving a sign-in sheet, exporting a
workbook with names, importing a roster. The event names the families by id only:
the log outlives an erasure without keeping a name. The log keeps its events for its
own retention period, shared by the team like the families' one.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound
from ryhmat.domain.model import Family, UsageAction, UsageEvent
from ryhmat.domain.names import comparable_name
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.attendance import AttendanceSheet, RosterLine, attendance_sheet
from ryhmat.domain.usecases.erasure import (
    LONGEST_RETENTION_YEARS,
    erase_inactive_families,
    retention_cutoff,
)
from ryhmat.domain.usecases.families import get_family

USAGE_LOG_RETENTION_SETTING = "usage_log_retention_years"


def record_usage(uow: UnitOfWork, action: UsageAction, family_ids: Iterable[uuid.UUID]) -> None:
    """Record that the families' personal data was read for ``action``; commits."""
    uow.usage_log.record(action, family_ids)
    uow.commit()


def open_family(uow: UnitOfWork, family_id: uuid.UUID) -> Family:
    """The family, for its window: a logged read."""
    family = get_family(uow, family_id)
    record_usage(uow, UsageAction.FAMILY_OPENED, [family.id])
    return family


def sheet_families(sheet: AttendanceSheet) -> list[uuid.UUID]:
    """The families whose people a session's sheet names (erased ones have no names)."""
    return _families_named(sheet.lines)


def _families_named(lines: Iterable[RosterLine]) -> list[uuid.UUID]:
    return list(dict.fromkeys(line.family_id for line in lines if not line.is_erased))


def open_attendance(
    uow: UnitOfWork, session_id: uuid.UUID, shown: Collection[uuid.UUID] = ()
) -> AttendanceSheet:
    """A session's attendance sheet, for its view: a read logged for the families the
    view has not ``shown`` yet (a view reloaded after a change logs only newcomers)."""
    sheet = attendance_sheet(uow, session_id)
    new = [family_id for family_id in sheet_families(sheet) if family_id not in shown]
    if new:
        record_usage(uow, UsageAction.ATTENDANCE_OPENED, new)
    return sheet


def show_unlisted(
    uow: UnitOfWork, sheet: AttendanceSheet, shown: Collection[uuid.UUID]
) -> list[uuid.UUID]:
    """The sheet's people whom the group is not for are shown on request: a read logged
    for the families among them the view has not ``shown`` yet, which it returns."""
    new = [family_id for family_id in _families_named(sheet.unlisted) if family_id not in shown]
    if new:
        record_usage(uow, UsageAction.ATTENDANCE_OPENED, new)
    return new


@dataclass(frozen=True, slots=True)
class UsageLine:
    """One event as a person reads it: the families by name, or as erased."""

    at: datetime
    actor: str
    action: UsageAction
    families: tuple[str, ...]  # names; an erased or removed family by its code
    family_ids: tuple[uuid.UUID, ...]


def erased_family_code(family_id: uuid.UUID) -> str:
    """How the log shows a family whose name is gone: a part of its random id."""
    return f"#{family_id.hex[:8]}"


def usage_of_family(uow: UnitOfWork, family_id: uuid.UUID) -> list[UsageLine]:
    """The events that read the family, newest first."""
    return _lines(uow, uow.usage_log.for_family(family_id))


def usage_by(uow: UnitOfWork, actor: str) -> list[UsageLine]:
    """What the person read, newest first."""
    return _lines(uow, uow.usage_log.for_actor(actor))


def usage_actors(uow: UnitOfWork) -> list[str]:
    return uow.usage_log.actors()


def usage_of_families_named(uow: UnitOfWork, name: str) -> list[UsageLine]:
    """The events that read a family of this name (compared as names are everywhere;
    two families may share one), newest first; NotFound if no family has it."""
    wanted = comparable_name(name)
    found = [f.id for f in uow.families.search(name, 50) if comparable_name(f.name) == wanted]
    if not found:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No family is named {name}."), name=name)
    events = [event for family_id in found for event in uow.usage_log.for_family(family_id)]
    return _lines(uow, sorted(events, key=lambda event: event.at, reverse=True))


def _lines(uow: UnitOfWork, events: list[UsageEvent]) -> list[UsageLine]:
    wanted = {family_id for event in events for family_id in event.family_ids}
    names = {f.id: f.name for f in uow.families.get_many(wanted) if not f.is_erased and f.name}
    return [
        UsageLine(
            at=event.at,
            actor=event.actor,
            action=event.action,
            families=tuple(names.get(i) or erased_family_code(i) for i in event.family_ids),
            family_ids=event.family_ids,
        )
        for event in events
    ]


# -- retention ------------------------------------------------------------------------------


def usage_log_retention_years(uow: UnitOfWork) -> int | None:
    """After how many years the log's events are deleted; None: kept."""
    stored = uow.settings.get(USAGE_LOG_RETENTION_SETTING)
    return int(stored) if stored else None


def set_usage_log_retention_years(uow: UnitOfWork, years: int | None) -> None:
    if years is not None and not 1 <= years <= LONGEST_RETENTION_YEARS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The usage log's retention period must be between 1 and {most} years."
            ),
            most=LONGEST_RETENTION_YEARS,
        )
    uow.settings.put(USAGE_LOG_RETENTION_SETTING, "" if years is None else str(years))
    uow.commit()


def usage_log_cutoff(today: date, years: int) -> datetime:
    """Events before this moment are due: the start (UTC) of the day before ``today``,
    ``years`` earlier. The day of slack keeps the cutoff before the one the database
    checks (now, ``years`` earlier), whatever the time of day in Helsinki."""
    return datetime.combine(retention_cutoff(today - timedelta(days=1), years), time(0), UTC)


def delete_expired_usage(uow: UnitOfWork, today: date) -> int:
    """Delete the events older than the log's retention period; how many family
    entries were deleted (none while the period is off). Commits."""
    years = usage_log_retention_years(uow)
    if years is None:
        return 0
    # Counted back from today at the latest: the database refuses to delete an entry
    # younger than the period from now (``ryhmat retention --today`` may be later).
    today = min(today, helsinki_now().date())
    deleted = uow.usage_log.delete_before(usage_log_cutoff(today, years))
    uow.commit()
    return deleted


def apply_retention(uow: UnitOfWork, today: date) -> int:
    """Both retention periods, where the app (at start-up) and `ryhmat retention --erase`
    apply them: erase the families past theirs, then delete the log's events past its
    own. Returns how many families were erased."""
    erased = erase_inactive_families(uow, today)
    delete_expired_usage(uow, today)
    return erased
