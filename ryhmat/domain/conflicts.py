"""Conflicts: a worker in two overlapping sessions, a place booked twice at once, a
group with two sessions at once (a moved session landing on its own next one)."""

from __future__ import annotations

import enum
import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from ryhmat.domain.model import Session


class ConflictKind(enum.StrEnum):
    WORKER = "worker"
    PLACE = "place"
    GROUP = "group"  # the resource is the group itself


@dataclass(frozen=True, slots=True)
class Conflict:
    """Two sessions that need the same worker or place, or are of the same group, at
    overlapping times."""

    kind: ConflictKind
    resource_id: uuid.UUID
    first: Session
    second: Session


def _overlap(a: Session, b: Session) -> bool:
    # Sessions never cross midnight, so wall-clock times of one day compare directly;
    # one session ending at 11.00 and the next starting at 11.00 do not overlap.
    return a.day == b.day and a.start < b.end and b.start < a.end


def find_conflicts(
    sessions: Iterable[Session], involving: set[uuid.UUID] | None = None
) -> list[Conflict]:
    """Every pair of overlapping sessions that share a worker, a place or the group.

    Cancelled sessions free their worker and place. With ``involving`` given,
    only conflicts in which at least one of those sessions takes part are
    returned (the check before saving a series).
    """
    bookings: dict[tuple[ConflictKind, uuid.UUID], list[Session]] = defaultdict(list)
    for session in sessions:
        if session.is_cancelled:
            continue
        for worker_id in dict.fromkeys(session.leader_ids):
            bookings[(ConflictKind.WORKER, worker_id)].append(session)
        if session.place_id is not None:
            bookings[(ConflictKind.PLACE, session.place_id)].append(session)
        bookings[(ConflictKind.GROUP, session.group_id)].append(session)

    conflicts: list[Conflict] = []
    for (kind, resource_id), booked in bookings.items():
        booked.sort(key=lambda s: (s.day, s.start, s.end))
        active: list[Session] = []
        for session in booked:
            active = [a for a in active if _overlap(a, session)]
            for earlier in active:
                if involving is None or earlier.id in involving or session.id in involving:
                    conflicts.append(Conflict(kind, resource_id, earlier, session))
            active.append(session)
    conflicts.sort(key=lambda c: (c.first.day, c.first.start, c.kind, str(c.resource_id)))
    return conflicts
