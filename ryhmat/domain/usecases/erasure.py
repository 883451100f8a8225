"""The right to erasure, and erasing families that have not been seen for years.

An erased family keeps no personal data: names, phone, notes, birth dates,
enrolments, pseudonym codes and its audit entries are gone. What stays is a
nameless shell — each member's kind (adult or child) and an adult's role, and
the marks — so every statistic of the past reads exactly as before.

Every erasure is logged (the family's id and the day, nothing else), and the log
travels with the data: restoring an older copy erases again, there, each family
erased since that copy was taken (``reapply_erasures``).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from ryhmat.domain.model import AuditAction, Family, Permission
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.families import get_family

RETENTION_SETTING = "retention_years"
LONGEST_RETENTION_YEARS = 100


def erase_family(uow: UnitOfWork, family_id: uuid.UUID, today: date) -> None:
    # As the only writer: an import adding the family's people meanwhile either
    # finishes first (and is erased with it) or finds the family erased.
    uow.serialise_writers()
    erase(uow, get_family(uow, family_id), today)
    uow.commit()


def erase(uow: UnitOfWork, family: Family, today: date) -> None:
    """Erase within the caller's transaction; the caller commits."""
    for enrolment in uow.enrolments.for_family(family.id):
        uow.enrolments.delete(enrolment.id)
    family.name = family.phone = family.notes = ""
    family.privacy_notice_on = None
    family.photo_permission = family.contact_permission = Permission.NOT_ASKED
    family.erased_on = today
    for member in family.members:
        member.first_name = member.last_name = ""
        member.birth_year = member.birth_month = None
    uow.families.save(family)
    uow.pseudonyms.forget(member.id for member in family.members)
    uow.follow_ups.forget_family(family.id)
    # The entries name members and hold what changed: personal data as well.
    uow.audit.forget_family(family.id)
    uow.audit.record(family.id, AuditAction.FAMILY_ERASED)
    uow.erasures.record(family.id, today)


def reapply_erasures(uow: UnitOfWork, log: Mapping[uuid.UUID, date]) -> int:
    """Erase again every family in ``log`` (another copy's erasure log) that this copy
    still holds unerased, on its original day, and add the log to this one's; commits.

    Returns how many families were erased here. A family id is a random UUID that is
    never given again, so an entry can only ever name the family that was erased.
    """
    known = uow.erasures.entries()
    for family_id, day in log.items():
        if family_id not in known:
            uow.erasures.record(family_id, day)
    due = {family.id: family for family in uow.families.get_many(list(log))}
    erased = 0
    for family_id, family in due.items():
        if family.erased_on is None:
            erase(uow, family, log[family_id])
            erased += 1
    uow.commit()
    return erased


def retention_years(uow: UnitOfWork) -> int | None:
    """After how many inactive years families are erased; None: never."""
    stored = uow.settings.get(RETENTION_SETTING)
    return int(stored) if stored else None


def set_retention_years(uow: UnitOfWork, years: int | None) -> None:
    if years is not None and not 1 <= years <= LONGEST_RETENTION_YEARS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The retention period must be between 1 and {most} years."),
            most=LONGEST_RETENTION_YEARS,
        )
    uow.settings.put(RETENTION_SETTING, "" if years is None else str(years))
    uow.commit()


def retention_cutoff(today: date, years: int) -> date:
    """The same day ``years`` earlier; 29 February becomes the 28th."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:
        return today.replace(year=today.year - years, day=28)


def families_due_for_erasure(uow: UnitOfWork, today: date) -> list[uuid.UUID]:
    years = retention_years(uow)
    if years is None:
        return []
    return uow.families.inactive_since(retention_cutoff(today, years))


def erase_inactive_families(uow: UnitOfWork, today: date) -> int:
    """Erase every family inactive for the retention period; how many were erased."""
    uow.serialise_writers()
    due = families_due_for_erasure(uow, today)
    for family in uow.families.get_many(due):
        erase(uow, family, today)
    uow.commit()
    return len(due)
