"""Merging a family recorded twice into one.

The duplicate's people move to the kept family as they are: the same member
ids, so their attendance marks, their pseudonym codes (P-0042) and every
statistic of the past stay theirs, and the statistics count the two families as
one from then on. A family's code in pseudonymised exports (F-0042) is read from
its members' smallest code, so the merged family keeps the smaller of the two
codes it had. Headcounts are anonymous and untouched.

Enrolments move with the people; where both families are in the same group now
(enrolled or waiting), the two become one: the earlier start, and enrolled
rather than waiting. Enrolments that ended stay as the history they are. The
duplicate's change history moves to the kept family, the merge itself is
recorded there (how many people moved, no names), and the duplicate is deleted.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, ChangedElsewhere, InvalidInput, NotFound
from ryhmat.domain.model import (
    AuditAction,
    Enrolment,
    EnrolmentStatus,
    Family,
    Member,
    Permission,
)
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.families import validate_family


@dataclass(frozen=True, slots=True)
class EnrolmentMerge:
    """What merging does to one of the duplicate's enrolments."""

    group_id: uuid.UUID
    group: str
    status: EnrolmentStatus  # the status after the merge
    enrolled_on: date | None
    combined: bool  # made one with the kept family's enrolment in the group


@dataclass(frozen=True, slots=True)
class MergePreview:
    """What a merge will do, shown before the person confirms it. ``versions`` are the
    two families' as read: the merge refuses to run if either has changed since."""

    keep_id: uuid.UUID
    keep_name: str
    keep_people: tuple[str, ...]
    duplicate_id: uuid.UUID
    duplicate_name: str
    moving_people: tuple[Member, ...]
    enrolments: tuple[EnrolmentMerge, ...]
    versions: tuple[int, int]


@dataclass(frozen=True, slots=True)
class EnrolmentChanges:
    """The kept family's enrolments to save (its own, and the duplicate's moved to it),
    the duplicate's to delete (made one with the kept family's), and what to show."""

    save: tuple[Enrolment, ...]
    delete: tuple[uuid.UUID, ...]
    shown: tuple[EnrolmentMerge, ...]


def merge_preview(uow: UnitOfWork, keep_id: uuid.UUID, duplicate_id: uuid.UUID) -> MergePreview:
    keep, duplicate = _families(uow, keep_id, duplicate_id)
    changes = _enrolment_changes(uow, keep, duplicate)
    return MergePreview(
        keep_id=keep.id,
        keep_name=keep.name,
        keep_people=tuple(m.full_name for m in keep.members),
        duplicate_id=duplicate.id,
        duplicate_name=duplicate.name,
        moving_people=tuple(duplicate.members),
        enrolments=changes.shown,
        versions=(keep.version, duplicate.version),
    )


def merge_families(
    uow: UnitOfWork,
    keep_id: uuid.UUID,
    duplicate_id: uuid.UUID,
    today: date,
    *,
    seen_versions: tuple[int, int] | None = None,
) -> None:
    """Move the duplicate's people, enrolments and history to the kept family and
    delete the duplicate, in one commit. With ``seen_versions`` (a preview's), nothing
    is merged if either family was changed since (``ChangedElsewhere``)."""
    # The enrolments are combined as read: no import or recording may enrol either
    # family meanwhile.
    uow.serialise_writers()
    keep, duplicate = _families(uow, keep_id, duplicate_id)
    if seen_versions is not None and seen_versions != (keep.version, duplicate.version):
        raise ChangedElsewhere(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else changed one of these families while you were merging them. "
                "Look at them again and merge if it is still needed.",
            )
        )
    changes = _enrolment_changes(uow, keep, duplicate)
    for enrolment_id in changes.delete:
        uow.enrolments.delete(enrolment_id)
    for enrolment in changes.save:
        uow.enrolments.save(enrolment)
    moving = list(duplicate.members)
    keep.members = [*keep.members, *moving]
    _combine_consents(keep, duplicate)
    validate_family(keep, today)
    # The duplicate's entries first: deleting it would delete them.
    uow.audit.move_family(duplicate.id, keep.id)
    uow.follow_ups.move_family(duplicate.id, keep.id)
    uow.families.save(keep)
    uow.families.remove(duplicate)
    uow.audit.record(keep.id, AuditAction.FAMILIES_MERGED, str(len(moving)))
    uow.commit()


def _combine_consents(keep: Family, duplicate: Family) -> None:
    """The notice was first given on the earlier day either record has; a permission
    the kept family was not asked is the duplicate's answer (where both were asked,
    the kept family's answer stands)."""
    keep.privacy_notice_on = _earlier(keep.privacy_notice_on, duplicate.privacy_notice_on)
    if keep.photo_permission is Permission.NOT_ASKED:
        keep.photo_permission = duplicate.photo_permission
    if keep.contact_permission is Permission.NOT_ASKED:
        keep.contact_permission = duplicate.contact_permission


def _families(
    uow: UnitOfWork, keep_id: uuid.UUID, duplicate_id: uuid.UUID
) -> tuple[Family, Family]:
    if keep_id == duplicate_id:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A family cannot be merged with itself."))
    found = {f.id: f for f in uow.families.get_many([keep_id, duplicate_id])}
    if len(found) < 2:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The family no longer exists."))
    if any(f.is_erased for f in found.values()):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A family whose personal data was erased cannot be merged.")
        )
    return found[keep_id], found[duplicate_id]


def _enrolment_changes(uow: UnitOfWork, keep: Family, duplicate: Family) -> EnrolmentChanges:
    groups = uow.groups.names()
    return combine_enrolments(
        keep.id,
        uow.enrolments.for_family(keep.id),
        uow.enrolments.for_family(duplicate.id),
        groups,
    )


def combine_enrolments(
    keep_id: uuid.UUID,
    kept: Sequence[Enrolment],
    duplicates: Sequence[Enrolment],
    groups: dict[uuid.UUID, str],
) -> EnrolmentChanges:
    """The kept family's enrolments to save and the duplicate's to delete: each of the
    duplicate's moves to the kept family, except one that is current (enrolled or
    waiting) in a group where the kept family is current too: the two become one."""
    current = {e.group_id: e for e in kept if e.status is not EnrolmentStatus.LEFT}
    save: dict[uuid.UUID, Enrolment] = {}
    delete: list[uuid.UUID] = []
    shown: list[EnrolmentMerge] = []
    for enrolment in sorted(duplicates, key=lambda e: groups.get(e.group_id, "").casefold()):
        other = current.get(enrolment.group_id)
        if other is not None and enrolment.status is not EnrolmentStatus.LEFT:
            merged = replace(
                other,
                status=_more_current(other.status, enrolment.status),
                enrolled_on=_earlier(other.enrolled_on, enrolment.enrolled_on),
            )
            save[merged.id] = merged
            current[merged.group_id] = merged
            delete.append(enrolment.id)
        else:
            merged = replace(enrolment, family_id=keep_id)
            save[merged.id] = merged
        shown.append(
            EnrolmentMerge(
                group_id=merged.group_id,
                group=groups.get(merged.group_id, ""),
                status=merged.status,
                enrolled_on=merged.enrolled_on,
                combined=other is not None and enrolment.status is not EnrolmentStatus.LEFT,
            )
        )
    return EnrolmentChanges(tuple(save.values()), tuple(delete), tuple(shown))


def _more_current(first: EnrolmentStatus, second: EnrolmentStatus) -> EnrolmentStatus:
    if EnrolmentStatus.ENROLLED in (first, second):
        return EnrolmentStatus.ENROLLED
    return first


def _earlier(first: date | None, second: date | None) -> date | None:
    known = [day for day in (first, second) if day is not None]
    return min(known) if known else None
