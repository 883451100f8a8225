"""Names of the small reference tables, looked up once per use case."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from ryhmat.domain.ports import UnitOfWork


@dataclass(frozen=True, slots=True)
class Directory:
    """Display names of organisations, workers and places by id."""

    organisations: dict[uuid.UUID, str]
    workers: dict[uuid.UUID, str]
    places: dict[uuid.UUID, str]

    @classmethod
    def load(cls, uow: UnitOfWork) -> Directory:
        return cls(
            organisations=uow.organisations.names(),
            workers=uow.workers.names(),
            places=uow.places.names(),
        )

    def worker_names(self, ids: Iterable[uuid.UUID]) -> list[str]:
        return [self.workers.get(i, "?") for i in ids]

    def organisation_names(self, ids: Iterable[uuid.UUID]) -> list[str]:
        return [self.organisations.get(i, "?") for i in ids]

    def place_name(self, place_id: uuid.UUID | None) -> str | None:
        return None if place_id is None else self.places.get(place_id, "?")
