"""Undoing mistakes: delete what nothing uses yet, archive what has history.

Deleting is for what was made by mistake or never used: a group with no held
session and nothing recorded, a season likewise, a place, worker, organisation
or pair that nothing refers to, and any closure. Deleting something in use is
refused with one message that says why and what to do instead; nothing changes.

Archiving is for what has history: an archived group, place, worker or
organisation is left out of the choices and lists (on request they list it),
keeps everything that refers to it, still counts in statistics and in the
calendar, and can be restored. Archiving a group first deals with its planned
future sessions as the person chooses: cancelled (partners' calendars show them
cancelled) or removed (they disappear from the calendars at the next publish).
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, NotFound, UserError
from ryhmat.domain.feeds import FeedKind
from ryhmat.domain.model import (
    CancelReason,
    Group,
    Organisation,
    Place,
    Session,
    SessionStatus,
    Worker,
)
from ryhmat.domain.ports import ArchivableRepository, UnitOfWork
from ryhmat.domain.timezone import HELSINKI


class InUse(UserError):
    """Deleting it would take away what refers to it: nothing is deleted."""


class Kind(enum.StrEnum):
    """The kinds of things a person can delete here (feeds: export/publishing.py)."""

    GROUP = "group"
    SEASON = "season"
    PLACE = "place"
    CLOSURE = "closure"
    WORKER = "worker"
    PAIR = "pair"
    ORGANISATION = "organisation"


ARCHIVABLE = frozenset({Kind.GROUP, Kind.PLACE, Kind.WORKER, Kind.ORGANISATION})


class FutureSessions(enum.StrEnum):
    """What archiving a group does to its planned sessions that are still to come."""

    CANCEL = "cancel"  # kept, cancelled: partners see them struck out
    REMOVE = "remove"  # deleted, cancelled ones too: gone from the calendar and the feeds


Archivable = Group | Place | Worker | Organisation


_GONE = {
    Kind.GROUP: QT_TRANSLATE_NOOP("Errors", "The group no longer exists."),
    Kind.SEASON: QT_TRANSLATE_NOOP("Errors", "The season no longer exists."),
    Kind.PLACE: QT_TRANSLATE_NOOP("Errors", "The place no longer exists."),
    Kind.CLOSURE: QT_TRANSLATE_NOOP("Errors", "The closure no longer exists."),
    Kind.WORKER: QT_TRANSLATE_NOOP("Errors", "The worker no longer exists."),
    Kind.PAIR: QT_TRANSLATE_NOOP("Errors", "The worker pair no longer exists."),
    Kind.ORGANISATION: QT_TRANSLATE_NOOP("Errors", "The organisation no longer exists."),
}

PUBLISHED_BY_FEED = QT_TRANSLATE_NOOP(
    "Errors",
    "The calendar feed “{feed}” publishes “{name}”, so it cannot be deleted. "
    "Delete the feed first, or archive “{name}” instead.",
)


def _found(kind: Kind, entity: Any) -> Any:
    if entity is None:
        raise NotFound(_GONE[kind])
    return entity


# -- what refers to each kind ------------------------------------------------------------


def _feed_of(uow: UnitOfWork, kind: FeedKind, target_id: uuid.UUID) -> str | None:
    names = sorted(f.name for f in uow.feeds.list() if f.kind is kind and f.target_id == target_id)
    return names[0] if names else None


def _group_refusal(uow: UnitOfWork, group_id: uuid.UUID) -> InUse | None:
    group = _found(Kind.GROUP, uow.groups.get(group_id))
    if uow.usage.group_history(group_id):
        return InUse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” has held sessions or recorded attendance, so it cannot be deleted. "
                "Archive it instead: it is hidden from lists and choices, and its history "
                "and statistics are kept.",
            ),
            name=group.name,
        )
    if feed := _feed_of(uow, FeedKind.GROUP, group_id):
        return InUse(PUBLISHED_BY_FEED, feed=feed, name=group.name)
    return None


def _season_refusal(uow: UnitOfWork, series_id: uuid.UUID) -> InUse | None:
    series = _found(Kind.SEASON, uow.series.get(series_id))
    if uow.usage.series_history(series_id):
        return InUse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The season “{name}” has held sessions or recorded attendance, so it cannot "
                "be deleted. Change its last day instead: sessions with attendance are "
                "always kept.",
            ),
            name=series.name,
        )
    return None


def _place_refusal(uow: UnitOfWork, place_id: uuid.UUID) -> InUse | None:
    place = _found(Kind.PLACE, uow.places.get(place_id))
    if group := uow.usage.group_at_place(place_id):
        return InUse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is used by the group “{group}”, so it cannot be deleted. Archive it "
                "instead: it is no longer offered, and the sessions there keep it.",
            ),
            name=place.name,
            group=group,
        )
    return None


def _worker_refusal(uow: UnitOfWork, worker_id: uuid.UUID) -> InUse | None:
    worker = _found(Kind.WORKER, uow.workers.get(worker_id))
    if group := uow.usage.group_led_by(worker_id):
        return InUse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” leads sessions of “{group}”, so the worker cannot be deleted. "
                "Archive the worker instead: no longer offered as a leader, the name stays "
                "in the sessions.",
            ),
            name=worker.name,
            group=group,
        )
    if partner := uow.usage.pair_partner(worker_id):
        return InUse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” is in a pair with “{other}”, so the worker cannot be deleted. "
                "Delete the pair first, or archive the worker instead.",
            ),
            name=worker.name,
            other=partner,
        )
    if feed := _feed_of(uow, FeedKind.WORKER, worker_id):
        return InUse(PUBLISHED_BY_FEED, feed=feed, name=worker.name)
    return None


def _organisation_refusal(uow: UnitOfWork, organisation_id: uuid.UUID) -> InUse | None:
    organisation = _found(Kind.ORGANISATION, uow.organisations.get(organisation_id))
    if group := uow.usage.group_organised_by(organisation_id):
        return InUse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{name}” organises “{group}”, so it cannot be deleted. Archive it instead: "
                "it is no longer offered, and its groups keep it as their organiser.",
            ),
            name=organisation.name,
            group=group,
        )
    if worker := uow.usage.worker_of(organisation_id):
        return InUse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "“{worker}” works for “{name}”, so it cannot be deleted. Archive it instead, "
                "or change the worker's organisation first.",
            ),
            name=organisation.name,
            worker=worker,
        )
    if feed := _feed_of(uow, FeedKind.ORGANISATION, organisation_id):
        return InUse(PUBLISHED_BY_FEED, feed=feed, name=organisation.name)
    return None


def _pair_refusal(uow: UnitOfWork, pair_id: uuid.UUID) -> InUse | None:
    pair = _found(Kind.PAIR, uow.pairs.get(pair_id))
    if group := uow.usage.group_led_by_pair(pair_id):
        names = uow.workers.names()
        return InUse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The pair “{name}” is the default leaders of “{group}”, so it cannot be "
                "deleted. Choose other default leaders for the group first.",
            ),
            name=" + ".join(names.get(i, "?") for i in pair.worker_ids),
            group=group,
        )
    return None


def _closure_refusal(uow: UnitOfWork, closure_id: uuid.UUID) -> InUse | None:
    # Nothing refers to a closure: seasons planned after it skipped its days, and the
    # sessions it cancelled are planned again when it goes (delete_closure).
    _found(Kind.CLOSURE, uow.closures.get(closure_id))
    return None


_REFUSALS: dict[Kind, Callable[[UnitOfWork, uuid.UUID], InUse | None]] = {
    Kind.GROUP: _group_refusal,
    Kind.SEASON: _season_refusal,
    Kind.PLACE: _place_refusal,
    Kind.CLOSURE: _closure_refusal,
    Kind.WORKER: _worker_refusal,
    Kind.PAIR: _pair_refusal,
    Kind.ORGANISATION: _organisation_refusal,
}


def deletion_refusal(uow: UnitOfWork, kind: Kind, entity_id: uuid.UUID) -> InUse | None:
    """Why the thing cannot be deleted, or None if it can; asked before the person is
    asked to confirm. NotFound if it no longer exists."""
    return _REFUSALS[kind](uow, entity_id)


# -- deleting --------------------------------------------------------------------------


def delete(uow: UnitOfWork, kind: Kind, entity_id: uuid.UUID) -> None:
    """Delete the thing and what belongs to it, or raise InUse and change nothing."""
    if kind is Kind.GROUP:
        # A colleague saving a session's attendance now either finishes first (and
        # the group is refused) or finds the session gone.
        uow.sessions.lock_group(entity_id)
    elif kind is Kind.SEASON:
        series = _found(Kind.SEASON, uow.series.get(entity_id))
        uow.sessions.lock_group(series.group_id)
    refusal = deletion_refusal(uow, kind, entity_id)
    if refusal is not None:
        raise refusal
    if kind is Kind.GROUP:
        _delete_group(uow, entity_id)
    elif kind is Kind.SEASON:
        for session in uow.sessions.for_series(entity_id):
            uow.sessions.delete(session.id)
        uow.series.delete(entity_id)
    elif kind is Kind.CLOSURE:
        # Imported here: closures reach this module through sessions and groups.
        from ryhmat.domain.usecases.closures import delete_closure

        delete_closure(uow, entity_id)
        return
    else:
        _REPOSITORIES[kind](uow).delete(entity_id)
    uow.commit()


def _delete_group(uow: UnitOfWork, group_id: uuid.UUID) -> None:
    """The database cascades to seasons, sessions and what subscribers last saw of them;
    enrolments are deleted one by one first, so each family's trail records it."""
    for enrolment in uow.enrolments.for_group(group_id):
        uow.enrolments.delete(enrolment.id)
    uow.groups.delete(group_id)


_REPOSITORIES: dict[Kind, Callable[[UnitOfWork], Any]] = {
    Kind.PLACE: lambda uow: uow.places,
    Kind.CLOSURE: lambda uow: uow.closures,
    Kind.WORKER: lambda uow: uow.workers,
    Kind.PAIR: lambda uow: uow.pairs,
    Kind.ORGANISATION: lambda uow: uow.organisations,
    Kind.GROUP: lambda uow: uow.groups,
}


# -- archiving -------------------------------------------------------------------------


def _archivable(uow: UnitOfWork, kind: Kind) -> ArchivableRepository[Any]:
    if kind not in ARCHIVABLE:
        raise ValueError(f"a {kind} is deleted, never archived")
    repository: ArchivableRepository[Any] = _REPOSITORIES[kind](uow)
    return repository


def future_sessions(uow: UnitOfWork, group_id: uuid.UUID, now: datetime) -> list[Session]:
    """The group's planned sessions that start after ``now`` and have nothing recorded:
    what archiving it would leave in the partners' calendars as if it still met."""
    return [s for s in _to_come(uow, group_id, now) if s.status is SessionStatus.PLANNED]


def _to_come(uow: UnitOfWork, group_id: uuid.UUID, now: datetime) -> list[Session]:
    """Planned or cancelled sessions that start after ``now``, with nothing recorded."""
    today = now.astimezone(HELSINKI).date()
    coming = [
        s
        for s in uow.sessions.between(today, date.max, [group_id])
        if s.status is not SessionStatus.HELD and s.starts_at > now
    ]
    recorded = uow.sessions.with_attendance(s.id for s in coming)
    return [s for s in coming if s.id not in recorded]


def archive(
    uow: UnitOfWork,
    kind: Kind,
    entity_id: uuid.UUID,
    now: datetime,
    future: FutureSessions = FutureSessions.CANCEL,
    reason: str = "",
) -> None:
    """Archive a group, place, worker or organisation. A group's future planned sessions
    are cancelled with ``reason`` or removed, as ``future`` says."""
    repository = _archivable(uow, kind)
    entity: Archivable = _found(kind, repository.get(entity_id))
    if entity.archived:
        return
    if isinstance(entity, Group):
        _end_future(uow, entity.id, now, future, reason)
    entity.archived = True
    repository.save(entity)
    uow.commit()


def _end_future(
    uow: UnitOfWork, group_id: uuid.UUID, now: datetime, future: FutureSessions, reason: str
) -> None:
    if future is FutureSessions.REMOVE:
        # Those cancelled earlier go too: nothing of the group is left to come.
        for session in _to_come(uow, group_id, now):
            uow.sessions.delete(session.id)
        return
    for session in future_sessions(uow, group_id, now):
        session.status, session.cancel_reason = SessionStatus.CANCELLED, reason
        # The group ends: none of the kinds a report groups (ill, closure, too few…).
        session.cancel_category = CancelReason.OTHER
        # As a cancellation in the session dialog: the series leaves it so, and
        # subscribers get a new version of the event.
        session.edited_individually = True
        session.sequence += 1
        uow.sessions.save(session)


def restore(uow: UnitOfWork, kind: Kind, entity_id: uuid.UUID) -> None:
    """Bring an archived thing back to the lists and choices. Sessions cancelled or
    removed when a group was archived stay so."""
    repository = _archivable(uow, kind)
    entity: Archivable = _found(kind, repository.get(entity_id))
    if not entity.archived:
        return
    entity.archived = False
    repository.save(entity)
    uow.commit()


def archived_as_stored(repository: ArchivableRepository[Any], entity_id: uuid.UUID) -> bool:
    """What an edited entity's ``archived`` must stay: only archive and restore change it,
    so an editor that knows nothing of it never brings an archived thing back."""
    stored = repository.get(entity_id)
    return bool(stored is not None and stored.archived)
