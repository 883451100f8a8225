"""Double bookings of one session: what saving it would clash with, named for a person.

The rule is ``find_conflicts``'s, the same the season editor and ``ryhmat conflicts``
use; here it is asked for one session among the other sessions of its day.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, time

from ryhmat.domain.conflicts import Conflict, ConflictKind, find_conflicts
from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from ryhmat.domain.model import Session
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.directory import Directory


@dataclass(frozen=True, slots=True)
class Clash:
    """A conflict seen from one session: who or where is booked twice, and the other
    session that books them."""

    session_id: uuid.UUID
    kind: ConflictKind
    resource: str  # the worker's, the place's or the group's name
    other_id: uuid.UUID
    other_group: str
    other_day: date
    other_start: time
    other_end: time


class DoubleBooking(InvalidInput):
    """Saving would book a worker, a place or the group twice, and the person has not
    accepted it.

    Nothing is saved; ``clashes`` name what the change clashes with, for the question
    the person is asked before saving again with the conflicts accepted.
    """

    def __init__(self, clashes: list[Clash]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The change books someone or a place twice; confirm it before saving.",
            )
        )
        self.clashes = clashes


def _booking(session: Session) -> tuple[object, ...]:
    """What a session books: when, where and who, unless it is cancelled."""
    if session.is_cancelled:
        return ()
    return (
        session.day,
        session.start,
        session.end,
        session.place_id,
        frozenset(session.leader_ids),
    )


def refuse_double_booking(
    uow: UnitOfWork, edited: Session, stored: Session, accept_conflicts: bool
) -> None:
    """Raise DoubleBooking if saving ``edited`` over ``stored`` makes or keeps a double
    booking the person has not accepted."""
    found = [] if accept_conflicts else _clashes_to_accept(uow, edited, stored)
    if found:
        raise DoubleBooking(found)


def clashes_to_accept(uow: UnitOfWork, edited: Session) -> list[Clash]:
    """What saving ``edited`` would ask the person to accept (update_session's rule),
    for asking before the save: none if nothing would be booked twice."""
    stored = uow.sessions.get(edited.id)
    return [] if stored is None else _clashes_to_accept(uow, edited, stored)


def _clashes_to_accept(uow: UnitOfWork, edited: Session, stored: Session) -> list[Clash]:
    # A change that books nothing new (a theme, notes, a cancellation) does not ask
    # again about a conflict the session already had; a change of when, where or who
    # does, whether it makes the double booking or keeps it.
    if _booking(edited) == _booking(stored):
        return []
    return clashes_of(uow, edited)


def clashes_of(uow: UnitOfWork, session: Session) -> list[Clash]:
    """The conflicts ``session`` would have in this state (saved or not), in time order."""
    if session.is_cancelled:
        return []
    same_day = [s for s in uow.sessions.between(session.day, session.day) if s.id != session.id]
    conflicts = find_conflicts([*same_day, session], involving={session.id})
    return _named(uow, conflicts, {session.id})


def stored_clashes(
    uow: UnitOfWork, session_ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, list[Clash]]:
    """The conflicts of the given stored sessions, for the calendar's tooltips; a
    session without conflicts is left out. Reads each of their days once."""
    wanted = set(session_ids)
    days = sorted({s.day for s in uow.sessions.get_many(wanted) if not s.is_cancelled})
    conflicts = [
        conflict
        for day in days
        for conflict in find_conflicts(uow.sessions.between(day, day), involving=wanted)
    ]
    found: dict[uuid.UUID, list[Clash]] = defaultdict(list)
    for clash in _named(uow, conflicts, wanted):
        found[clash.session_id].append(clash)
    return dict(found)


def booked_name(conflict: Conflict, directory: Directory, groups: dict[uuid.UUID, str]) -> str:
    """The name of the worker, the place or the group ``conflict`` books twice."""
    names = {
        ConflictKind.WORKER: directory.workers,
        ConflictKind.PLACE: directory.places,
        ConflictKind.GROUP: groups,
    }[conflict.kind]
    return names.get(conflict.resource_id, "?")


def _named(uow: UnitOfWork, conflicts: list[Conflict], seen_from: set[uuid.UUID]) -> list[Clash]:
    """Each conflict from the side of each session of ``seen_from`` that takes part."""
    if not conflicts:
        return []
    directory = Directory.load(uow)
    groups = uow.groups.names()
    clashes = []
    for conflict in conflicts:
        resource = booked_name(conflict, directory, groups)
        for own, other in ((conflict.first, conflict.second), (conflict.second, conflict.first)):
            if own.id in seen_from:
                clashes.append(
                    Clash(
                        session_id=own.id,
                        kind=conflict.kind,
                        resource=resource,
                        other_id=other.id,
                        other_group=groups.get(other.group_id, "?"),
                        other_day=other.day,
                        other_start=other.start,
                        other_end=other.end,
                    )
                )
    return clashes
