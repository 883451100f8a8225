"""Conflicts over a period, with names a person can read."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ryhmat.domain.conflicts import ConflictKind, find_conflicts
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import validate_period
from ryhmat.domain.usecases.bookings import booked_name
from ryhmat.domain.usecases.directory import Directory
from ryhmat.domain.usecases.sessions import EARLIEST, LATEST, SessionView, session_view


@dataclass(frozen=True, slots=True)
class ConflictView:
    kind: ConflictKind
    resource: str
    first: SessionView
    second: SessionView


def list_conflicts(
    uow: UnitOfWork, first_day: date | None = None, last_day: date | None = None
) -> list[ConflictView]:
    first, last = first_day or EARLIEST, last_day or LATEST
    validate_period(first, last)
    directory = Directory.load(uow)
    group_names = uow.groups.names()
    views = []
    for conflict in find_conflicts(uow.sessions.between(first, last)):
        views.append(
            ConflictView(
                kind=conflict.kind,
                resource=booked_name(conflict, directory, group_names),
                first=session_view(conflict.first, group_names[conflict.first.group_id], directory),
                second=session_view(
                    conflict.second, group_names[conflict.second.group_id], directory
                ),
            )
        )
    return views
