"""The things a person picks from: groups, workers, pairs, organisations, places."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from ryhmat.domain.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class Choice:
    id: uuid.UUID
    name: str
    # Offered only because the edited thing already has it (see load_choices).
    archived: bool = False


@dataclass(frozen=True, slots=True)
class Choices:
    groups: list[Choice]
    workers: list[Choice]
    pairs: list[Choice]
    organisations: list[Choice]
    places: list[Choice]
    # The name of every group, worker, organisation and place, archived or not: for
    # naming what the choices refer to (another group's session in a conflict).
    names: dict[uuid.UUID, str]


def load_choices(uow: UnitOfWork, keep: Iterable[uuid.UUID | None] = ()) -> Choices:
    """Every pickable thing by name, in alphabetical order (pairs as "A + B").

    Archived ones are left out (a pair is, when one of its workers is), except those
    in ``keep``: what the edited thing has already (a past session's leader, a
    group's organiser), which its editor must show and save back as it is.
    """
    kept = {i for i in keep if i is not None}
    groups, workers = uow.groups.names(), uow.workers.names()
    organisations, places = uow.organisations.names(), uow.places.names()
    archived_workers = uow.workers.archived_ids()
    pairs = sorted(
        (
            Choice(
                p.id,
                f"{workers.get(p.first_worker_id, '?')} + {workers.get(p.second_worker_id, '?')}",
                archived=not archived_workers.isdisjoint(p.worker_ids),
            )
            for p in uow.pairs.list()
        ),
        key=lambda c: c.name.casefold(),
    )
    return Choices(
        groups=_offered(groups, uow.groups.archived_ids(), kept),
        workers=_offered(workers, archived_workers, kept),
        pairs=[c for c in pairs if not c.archived or c.id in kept],
        organisations=_offered(organisations, uow.organisations.archived_ids(), kept),
        places=_offered(places, uow.places.archived_ids(), kept),
        names={**groups, **workers, **organisations, **places},
    )


def _offered(
    names: dict[uuid.UUID, str], archived: set[uuid.UUID], kept: set[uuid.UUID]
) -> list[Choice]:
    return [
        Choice(i, name, archived=i in archived)
        for i, name in names.items()
        if i not in archived or i in kept
    ]
