"""The things a person picks from: groups, workers, pairs, organisations, places."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from ryhmat.domain.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class Choice:
    id: uuid.UUID
    name: str


@dataclass(frozen=True, slots=True)
class Choices:
    groups: list[Choice]
    workers: list[Choice]
    pairs: list[Choice]
    organisations: list[Choice]
    places: list[Choice]


def load_choices(uow: UnitOfWork) -> Choices:
    """Every pickable thing by name, in alphabetical order (pairs as "A + B")."""
    workers = uow.workers.names()
    pairs = sorted(
        (
            Choice(
                p.id,
                f"{workers.get(p.first_worker_id, '?')} + {workers.get(p.second_worker_id, '?')}",
            )
            for p in uow.pairs.list()
        ),
        key=lambda c: c.name.casefold(),
    )
    return Choices(
        groups=[Choice(i, n) for i, n in uow.groups.names().items()],
        workers=[Choice(i, n) for i, n in workers.items()],
        pairs=pairs,
        organisations=[Choice(o.id, o.name) for o in uow.organisations.list()],
        places=[Choice(p.id, p.name) for p in uow.places.list()],
    )
