"""Closure periods: whom they pause, and what adding one does to sessions already planned."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from ryhmat.domain.calendar import CalendarFilter
from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, Term
from ryhmat.domain.model import (
    CancelReason,
    ClosurePeriod,
    ClosureScope,
    Group,
    Session,
    SessionStatus,
)
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import validate_period
from ryhmat.domain.usecases.sessions import SessionView, in_time_order, session_views
from ryhmat.domain.validation import clean_name

MAX_CLOSURE_DAYS = 366


@dataclass(frozen=True, slots=True)
class ClosureEffect:
    """What saving a closure does to the sessions in its days and scope: the planned
    ones it cancels, and those held or edited by hand that it leaves as they are."""

    cancelled: list[SessionView]
    left_as_they_are: list[SessionView]


def validate_closure(uow: UnitOfWork, closure: ClosurePeriod) -> None:
    """Tidy and check a closure as typed; raises InvalidInput with the first problem."""
    closure.name = clean_name(closure.name, Term(QT_TRANSLATE_NOOP("Errors", "name")))
    validate_period(closure.first_day, closure.last_day)
    if (closure.last_day - closure.first_day).days >= MAX_CLOSURE_DAYS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A closure can last at most a year."))
    if closure.scope is not ClosureScope.ORGANISATION:
        closure.organisation_id = None
    if closure.scope is not ClosureScope.GROUPS:
        closure.group_ids = []
    if closure.scope is ClosureScope.ORGANISATION and (
        closure.organisation_id is None or uow.organisations.get(closure.organisation_id) is None
    ):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose the organisation whose groups the closure pauses.")
        )
    if closure.scope is ClosureScope.GROUPS:
        closure.group_ids = list(dict.fromkeys(closure.group_ids))
        known = {group.id for group in uow.groups.get_many(closure.group_ids)}
        if not closure.group_ids or not known.issuperset(closure.group_ids):
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Choose at least one group the closure pauses.")
            )


def _sessions_in_scope(uow: UnitOfWork, closure: ClosurePeriod) -> list[Session]:
    groups = {group.id: group for group in uow.groups.list()}
    return [
        session
        for session in uow.sessions.between(closure.first_day, closure.last_day)
        if session.status is not SessionStatus.CANCELLED
        and (group := groups.get(session.group_id)) is not None
        and closure.applies_to(group.id, group.organiser_ids)
    ]


def _split(
    uow: UnitOfWork, closures: Sequence[ClosurePeriod]
) -> tuple[list[tuple[Session, ClosurePeriod]], list[Session]]:
    """The sessions the closures cancel, each with the closure that cancels it, and
    those they leave: held, recorded or edited by hand."""
    found: dict[uuid.UUID, tuple[Session, ClosurePeriod]] = {}
    for closure in closures:
        for session in _sessions_in_scope(uow, closure):
            found.setdefault(session.id, (session, closure))
    recorded = uow.sessions.with_attendance(found)
    cancelled: list[tuple[Session, ClosurePeriod]] = []
    kept: list[Session] = []
    for session in in_time_order([session for session, _ in found.values()]):
        closure = found[session.id][1]
        untouchable = (
            session.edited_individually
            or session.status is not SessionStatus.PLANNED
            or session.id in recorded
        )
        if untouchable:
            kept.append(session)
        else:
            cancelled.append((session, closure))
    return cancelled, kept


def _effect(
    uow: UnitOfWork, cancelled: list[tuple[Session, ClosurePeriod]], kept: list[Session]
) -> ClosureEffect:
    return ClosureEffect(
        session_views(uow, [session for session, _ in cancelled]), session_views(uow, kept)
    )


def same_closure(one: ClosurePeriod, other: ClosurePeriod) -> bool:
    """Whether two closures pause the same groups on the same days, whatever their names."""
    return (one.first_day, one.last_day, one.scope, one.organisation_id) == (
        other.first_day,
        other.last_day,
        other.scope,
        other.organisation_id,
    ) and set(one.group_ids) == set(other.group_ids)


def new_closures(uow: UnitOfWork, proposed: Sequence[ClosurePeriod]) -> list[ClosurePeriod]:
    """Those of ``proposed`` not stored already (nor proposed twice): a template added a
    second time adds nothing."""
    validate_closures(uow, proposed)
    known = uow.closures.overlapping(
        min((c.first_day for c in proposed), default=date.max),
        max((c.last_day for c in proposed), default=date.min),
    )
    fresh: list[ClosurePeriod] = []
    for closure in proposed:
        if not any(same_closure(closure, other) for other in [*known, *fresh]):
            fresh.append(closure)
    return fresh


def validate_closures(uow: UnitOfWork, closures: Sequence[ClosurePeriod]) -> None:
    for closure in closures:
        validate_closure(uow, closure)


def preview_closures(uow: UnitOfWork, closures: Sequence[ClosurePeriod]) -> ClosureEffect:
    """What saving ``closures`` would cancel and leave; saves nothing."""
    validate_closures(uow, closures)
    return _effect(uow, *_split(uow, closures))


def preview_closure(uow: UnitOfWork, closure: ClosurePeriod) -> ClosureEffect:
    return preview_closures(uow, [closure])


def save_closures(
    uow: UnitOfWork, closures: Sequence[ClosurePeriod], cancel_planned: bool = False
) -> ClosureEffect:
    """Save closures; with ``cancel_planned`` also cancel the planned sessions in their days
    and scopes, each with its closure's name as the reason, in the same transaction.

    A cancelled session's sequence moves on, so calendar subscribers see the change as
    they see any cancellation; held, recorded and hand-edited sessions are never touched.
    """
    validate_closures(uow, closures)
    cancelled, kept = _split(uow, closures) if cancel_planned else ([], [])
    effect = _effect(uow, cancelled, kept)
    for closure in closures:
        uow.closures.save(closure)
    for session, closure in cancelled:
        session.status = SessionStatus.CANCELLED
        session.cancel_category = CancelReason.CLOSURE
        session.cancel_reason = closure.name
        # As a cancellation in the session dialog does: the series leaves it be.
        session.edited_individually = True
        session.sequence += 1
        uow.sessions.save(session)
    uow.commit()
    return effect


def save_closure(
    uow: UnitOfWork, closure: ClosurePeriod, cancel_planned: bool = False
) -> ClosureEffect:
    return save_closures(uow, [closure], cancel_planned)


@dataclass(frozen=True, slots=True)
class ClosureOnCalendar:
    """A closure as the calendar shows it: its days, and the shown groups it pauses
    (empty when it pauses every group)."""

    name: str
    first_day: date
    last_day: date
    groups: list[str]

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


def calendar_closures(
    uow: UnitOfWork, first_day: date, last_day: date, wanted: CalendarFilter | None = None
) -> list[ClosureOnCalendar]:
    """The closures on first_day..last_day that pause a group the calendar shows with
    ``wanted``: its group, its organisation's groups, or the groups its worker or place
    meets with on those days or by default.

    Read on every flip of the calendar: the groups are read only when a closure's
    scope or the filter asks for them (a municipality has hundreds).
    """
    validate_period(first_day, last_day)
    closures = uow.closures.overlapping(first_day, last_day)
    wanted = wanted or CalendarFilter()
    # Unfiltered, the calendar shows every group: a closure of all groups needs none read.
    everyone = wanted == CalendarFilter()
    if everyone and all(c.scope is ClosureScope.ALL for c in closures):
        return [_on_calendar(closure, []) for closure in closures]
    shown = _groups_shown(uow, first_day, last_day, wanted, closures)
    result = []
    for closure in closures:
        if everyone and closure.scope is ClosureScope.ALL:
            result.append(_on_calendar(closure, []))
            continue
        paused = [g for g in shown if closure.applies_to(g.id, g.organiser_ids)]
        if paused:
            names = [] if closure.scope is ClosureScope.ALL else sorted(g.name for g in paused)
            result.append(_on_calendar(closure, names))
    return result


def _on_calendar(closure: ClosurePeriod, groups: list[str]) -> ClosureOnCalendar:
    return ClosureOnCalendar(closure.name, closure.first_day, closure.last_day, groups)


def _groups_shown(
    uow: UnitOfWork,
    first_day: date,
    last_day: date,
    wanted: CalendarFilter,
    closures: Sequence[ClosurePeriod],
) -> list[Group]:
    """The groups the filter shows, or at least those of them the closures may pause."""
    if wanted.group_id is not None:
        candidates = uow.groups.get_many([wanted.group_id])
    elif wanted == CalendarFilter() and all(
        c.scope is not ClosureScope.ORGANISATION for c in closures
    ):
        # Unfiltered, a closure of all groups is shown without them, and one of chosen
        # groups can pause only those.
        chosen = {i for c in closures if c.scope is ClosureScope.GROUPS for i in c.group_ids}
        candidates = uow.groups.get_many(chosen)
    else:
        candidates = uow.groups.list()
    groups = [g for g in candidates if not g.archived or g.id == wanted.group_id]
    if wanted.organisation_id is not None:
        groups = [g for g in groups if wanted.organisation_id in g.organiser_ids]
    if wanted.worker_id is None and wanted.place_id is None:
        return groups
    meeting = {
        s.group_id
        for s in uow.sessions.between(first_day, last_day, [g.id for g in groups])
        if wanted.place_id in (None, s.place_id)
        and (wanted.worker_id is None or wanted.worker_id in s.leader_ids)
    }
    pairs = {p.id: p for p in uow.pairs.list()}

    def by_default(group: Group) -> bool:
        pair = pairs.get(group.default_pair_id) if group.default_pair_id else None
        return (wanted.place_id is None or group.default_place_id == wanted.place_id) and (
            wanted.worker_id is None or (pair is not None and wanted.worker_id in pair.worker_ids)
        )

    return [g for g in groups if g.id in meeting or by_default(g)]


def undo_closures(
    uow: UnitOfWork,
    added: Sequence[uuid.UUID],
    restored: Sequence[ClosurePeriod],
    cancelled: Sequence[uuid.UUID],
) -> None:
    """Take back a save of closures: delete those it ``added``, put back the closures it
    changed as they were (``restored``), and plan again the sessions it ``cancelled``
    that are still cancelled for a closure (one restored or changed since is left)."""
    for closure_id in added:
        uow.closures.delete(closure_id)
    for closure in restored:
        uow.closures.save(closure)
    for session in uow.sessions.get_many(cancelled):
        if (
            session.status is not SessionStatus.CANCELLED
            or session.cancel_category is not CancelReason.CLOSURE
        ):
            continue
        session.status = SessionStatus.PLANNED
        session.cancel_reason = ""
        session.cancel_category = CancelReason.NOT_GIVEN
        # Only sessions the series still held were cancelled: it holds them again.
        session.edited_individually = False
        session.sequence += 1
        uow.sessions.save(session)
    uow.commit()
