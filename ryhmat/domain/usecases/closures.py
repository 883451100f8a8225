"""Closure periods: whom they pause, and what adding one does to sessions already planned."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from ryhmat.domain.calendar import CalendarFilter
from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Term
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
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.sessions import SessionView, in_time_order, session_views
from ryhmat.domain.validation import clean_name

MAX_CLOSURE_DAYS = 366


@dataclass(frozen=True, slots=True)
class ClosureEffect:
    """What saving a closure does to the sessions in its days and scope: the planned
    ones it cancels, and those held or edited by hand that it leaves as they are."""

    cancelled: list[SessionView]
    left_as_they_are: list[SessionView]
    # Cancelled by the closure as it was and no longer covered: planned again.
    planned_again: list[SessionView] = field(default_factory=list)

    @property
    def changes_sessions(self) -> bool:
        return bool(self.cancelled or self.left_as_they_are or self.planned_again)


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
    uow: UnitOfWork,
    cancelled: list[tuple[Session, ClosurePeriod]],
    kept: list[Session],
    given_back: GivenBack | None = None,
) -> ClosureEffect:
    planned_again = given_back.planned_again if given_back else []
    return ClosureEffect(
        session_views(uow, [session for session, _ in cancelled]),
        session_views(uow, kept),
        session_views(uow, in_time_order(planned_again)),
    )


@dataclass(slots=True)
class GivenBack:
    """What changing or deleting closures does to the sessions they cancelled: those
    planned again, and those kept cancelled under another closure's name (or the
    closure's new name)."""

    planned_again: list[Session] = field(default_factory=list)
    renamed: list[tuple[Session, str]] = field(default_factory=list)


def _cancelled_by(
    uow: UnitOfWork, closure: ClosurePeriod, groups: dict[uuid.UUID, Group]
) -> list[Session]:
    """The sessions ``closure`` cancelled and nobody has touched since: still cancelled
    for a closure under its name, neither moved by hand nor recorded. A closure's
    cancellation leaves a session to its season (see save_closures), so a session moved
    or edited by hand afterwards is marked edited individually."""
    found = [
        session
        for session in uow.sessions.between(closure.first_day, closure.last_day)
        if session.status is SessionStatus.CANCELLED
        and session.cancel_category is CancelReason.CLOSURE
        and session.cancel_reason == closure.name
        and not session.edited_individually
        and (group := groups.get(session.group_id)) is not None
        and closure.applies_to(group.id, group.organiser_ids)
    ]
    recorded = uow.sessions.with_attendance(s.id for s in found)
    return [s for s in found if s.id not in recorded]


def _given_back(
    uow: UnitOfWork,
    changes: Sequence[tuple[ClosurePeriod, ClosurePeriod | None]],
    today: date,
) -> GivenBack:
    """What the closures lose, each stored one becoming its new version (None: deleted).

    A session a closure no longer covers is planned again if no other closure pauses its
    group that day and it is today or later: a past one stays cancelled, as it would
    otherwise show as not recorded. One still paused keeps the name of the closure that
    now pauses it."""
    result = GivenBack()
    if not changes:
        return result
    groups = {group.id: group for group in uow.groups.list()}
    changing = {stored.id for stored, _ in changes}
    first = min(stored.first_day for stored, _ in changes)
    last = max(stored.last_day for stored, _ in changes)
    others = [c for c in uow.closures.overlapping(first, last) if c.id not in changing]
    others += [new for _, new in changes if new is not None]
    seen: set[uuid.UUID] = set()
    for stored, _new in changes:
        for session in _cancelled_by(uow, stored, groups):
            if session.id in seen:
                continue
            seen.add(session.id)
            group = groups[session.group_id]
            pausing = [
                c
                for c in others
                if c.covers(session.day) and c.applies_to(group.id, group.organiser_ids)
            ]
            if pausing:
                # Its own closure's new version first: a rename renames its reason.
                name = next((c.name for c in pausing if c.id == stored.id), pausing[0].name)
                if name != session.cancel_reason:
                    result.renamed.append((session, name))
            elif session.day >= today:
                result.planned_again.append(session)
    return result


def _apply_given_back(uow: UnitOfWork, given_back: GivenBack) -> None:
    for session in given_back.planned_again:
        session.status = SessionStatus.PLANNED
        session.cancel_reason = ""
        session.cancel_category = CancelReason.NOT_GIVEN
        session.sequence += 1
        uow.sessions.save(session)
    for session, name in given_back.renamed:
        session.cancel_reason = name
        session.sequence += 1  # the reason shows in the partners' calendars
        uow.sessions.save(session)


def _stored_versions(
    uow: UnitOfWork, closures: Sequence[ClosurePeriod]
) -> list[tuple[ClosurePeriod, ClosurePeriod | None]]:
    stored = {c.id: c for c in uow.closures.get_many([c.id for c in closures])}
    return [(stored[c.id], c) for c in closures if c.id in stored]


def _today(today: date | None) -> date:
    return today if today is not None else helsinki_now().date()


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


def preview_closures(
    uow: UnitOfWork, closures: Sequence[ClosurePeriod], today: date | None = None
) -> ClosureEffect:
    """What saving ``closures`` would cancel, leave and plan again; saves nothing."""
    validate_closures(uow, closures)
    given_back = _given_back(uow, _stored_versions(uow, closures), _today(today))
    return _effect(uow, *_split(uow, closures), given_back)


def preview_closure(
    uow: UnitOfWork, closure: ClosurePeriod, today: date | None = None
) -> ClosureEffect:
    return preview_closures(uow, [closure], today)


def save_closures(
    uow: UnitOfWork,
    closures: Sequence[ClosurePeriod],
    cancel_planned: bool = False,
    today: date | None = None,
) -> ClosureEffect:
    """Save closures; with ``cancel_planned`` also cancel the planned sessions in their days
    and scopes, each with its closure's name as the reason, and give back what a changed
    closure no longer covers (see _given_back), in the same transaction.

    A cancelled session's sequence moves on, so calendar subscribers see the change as
    they see any cancellation; held, recorded and hand-edited sessions are never touched.
    """
    validate_closures(uow, closures)
    cancelled, kept = _split(uow, closures) if cancel_planned else ([], [])
    given_back = (
        _given_back(uow, _stored_versions(uow, closures), _today(today))
        if cancel_planned
        else GivenBack()
    )
    effect = _effect(uow, cancelled, kept, given_back)
    for closure in closures:
        uow.closures.save(closure)
    _apply_given_back(uow, given_back)
    _cancel_for(uow, cancelled)
    uow.commit()
    return effect


def _cancel_for(uow: UnitOfWork, cancelled: Sequence[tuple[Session, ClosurePeriod]]) -> None:
    for session, closure in cancelled:
        session.status = SessionStatus.CANCELLED
        session.cancel_category = CancelReason.CLOSURE
        session.cancel_reason = closure.name
        # Not marked edited by hand: a cancelled session is left be by its season all
        # the same, and the mark tells a session moved or edited afterwards from one
        # the closure may give back when it is deleted or narrowed.
        session.sequence += 1
        uow.sessions.save(session)


def save_closure(
    uow: UnitOfWork, closure: ClosurePeriod, cancel_planned: bool = False, today: date | None = None
) -> ClosureEffect:
    return save_closures(uow, [closure], cancel_planned, today)


def _stored_closure(uow: UnitOfWork, closure_id: uuid.UUID) -> ClosurePeriod:
    closure = uow.closures.get(closure_id)
    if closure is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The closure no longer exists."))
    return closure


def preview_closure_removal(
    uow: UnitOfWork, closure_id: uuid.UUID, today: date | None = None
) -> ClosureEffect:
    """The sessions deleting the closure would plan again; deletes nothing."""
    closure = _stored_closure(uow, closure_id)
    return _effect(uow, [], [], _given_back(uow, [(closure, None)], _today(today)))


def delete_closure(
    uow: UnitOfWork, closure_id: uuid.UUID, today: date | None = None
) -> ClosureEffect:
    """Delete a closure and plan again the sessions it cancelled that nothing else
    pauses, from ``today`` on; those it renamed keep another closure's name."""
    closure = _stored_closure(uow, closure_id)
    given_back = _given_back(uow, [(closure, None)], _today(today))
    effect = _effect(uow, [], [], given_back)
    uow.closures.delete(closure_id)
    _apply_given_back(uow, given_back)
    uow.commit()
    return effect


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
    planned_again: Sequence[uuid.UUID] = (),
) -> None:
    """Take back a save or deletion of closures: delete those it ``added``, put back the
    closures it changed or deleted as they were (``restored``, with the reasons of the
    sessions they still cancel), plan again the sessions it ``cancelled`` that are still
    cancelled for a closure (one restored or changed since is left), and cancel again
    those it ``planned_again`` that are still merely planned."""
    changes = _stored_versions(uow, restored)
    given_back = _given_back(uow, changes, helsinki_now().date())
    for closure_id in added:
        uow.closures.delete(closure_id)
    for closure in restored:
        uow.closures.save(closure)
    # Putting a closure back never plans anything again: it only renames.
    _apply_given_back(uow, GivenBack(renamed=given_back.renamed))
    wanted = set(planned_again)
    again, _ = _split(uow, restored) if wanted else ([], [])
    _cancel_for(uow, [(s, c) for s, c in again if s.id in wanted])
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
