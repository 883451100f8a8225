"""Finding anything by what is typed: groups, sessions, families and workers at once.

The window's search (Ctrl+K) asks this once the typing pauses. Names and themes are
compared word by word as ``comparable_name`` makes them, as the family search does:
each word typed must be in the name (or theme), in any case and however its letters
were composed. A date typed the Finnish way (6.1.2027, 6.1.) finds that day's sessions.
Each kind is cut to ``limit``; nothing reads every session or family.
"""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from datetime import date, time

from ryhmat.domain.model import Session, SessionStatus
from ryhmat.domain.names import comparable_name
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.typed_values import searched_day
from ryhmat.domain.usecases.families import find_families
from ryhmat.domain.usecases.team import reads_rosters_only
from ryhmat.domain.validation import MAX_NAME_LENGTH, strip_control_characters

# Of each kind: enough to find one among namesakes, few enough to read at a glance.
SEARCH_LIMIT = 8


class FoundKind(enum.Enum):
    GROUP = "group"
    SESSION = "session"
    FAMILY = "family"
    WORKER = "worker"


@dataclass(frozen=True, slots=True)
class Found:
    """One thing found: its kind and id (to open it), its name and a line about it.

    A session's name is its group's; its ``day``, ``start`` and theme (``detail``)
    say which of the group's sessions it is."""

    kind: FoundKind
    id: uuid.UUID
    name: str
    detail: str = ""
    day: date | None = None
    start: time | None = None
    cancelled: bool = False


@dataclass(frozen=True, slots=True)
class SearchResults:
    groups: list[Found] = field(default_factory=list)
    sessions: list[Found] = field(default_factory=list)
    families: list[Found] = field(default_factory=list)
    workers: list[Found] = field(default_factory=list)

    def every(self) -> list[Found]:
        """All that was found, kind by kind in the order above."""
        return [*self.groups, *self.sessions, *self.families, *self.workers]


def matches(words: list[str], text: str) -> bool:
    """Whether every one of ``words`` (each made by ``comparable_name``) is in ``text``."""
    compared = comparable_name(text)
    return bool(words) and all(word in compared for word in words)


def search_everything(
    uow: UnitOfWork, text: str, today: date, limit: int = SEARCH_LIMIT
) -> SearchResults:
    """What ``text`` names, by kind, at most ``limit`` of each.

    A date finds the sessions of its day; other text finds groups and workers (not
    archived) by name, sessions by theme (the coming ones first, nearest first, then
    the past ones, latest first) and families by any of their people's names — but
    not for a person who reads of families only what an attendance list names (a
    team's volunteer), whose view has no families to open."""
    typed = strip_control_characters(text)[:MAX_NAME_LENGTH]
    words = comparable_name(typed).split()
    if not words or limit < 1:
        return SearchResults()
    groups = uow.groups.names()
    day = searched_day(typed, today)
    if day is not None:
        on_day = sorted(uow.sessions.between(day, day), key=lambda s: (s.start, s.id))
        return SearchResults(sessions=_sessions(on_day[:limit], groups))
    archived_groups = uow.groups.archived_ids()
    found_groups = [
        Found(FoundKind.GROUP, group_id, name)
        for group_id, name in groups.items()
        if group_id not in archived_groups and matches(words, name)
    ]
    themes = [theme for theme in uow.sessions.themes() if matches(words, theme)]
    themed = uow.sessions.themed(themes, today, limit) if themes else []
    return SearchResults(
        groups=_by_name(found_groups)[:limit],
        sessions=_sessions(themed, groups),
        families=_families(uow, typed, limit),
        workers=_workers(uow, words, limit),
    )


def _by_name(found: list[Found]) -> list[Found]:
    return sorted(found, key=lambda f: (f.name.casefold(), f.name, f.id))


def _sessions(sessions: list[Session], groups: dict[uuid.UUID, str]) -> list[Found]:
    return [
        Found(
            FoundKind.SESSION,
            session.id,
            groups.get(session.group_id, ""),
            detail=session.theme,
            day=session.day,
            start=session.start,
            cancelled=session.status is SessionStatus.CANCELLED,
        )
        for session in sessions
    ]


def _families(uow: UnitOfWork, typed: str, limit: int) -> list[Found]:
    if reads_rosters_only(uow):
        return []
    return [
        Found(FoundKind.FAMILY, family.id, family.name, detail=", ".join(family.adults))
        for family in find_families(uow, typed, limit)
    ]


def _workers(uow: UnitOfWork, words: list[str], limit: int) -> list[Found]:
    archived = uow.workers.archived_ids()
    named = [
        Found(FoundKind.WORKER, worker_id, name)
        for worker_id, name in uow.workers.names().items()
        if worker_id not in archived and matches(words, name)
    ]
    shown = _by_name(named)[:limit]
    titles = {worker.id: worker.title for worker in uow.workers.get_many(f.id for f in shown)}
    return [Found(f.kind, f.id, f.name, detail=titles.get(f.id, "")) for f in shown]
