"""Repositories of the reference data: organisations, workers, worker pairs, places
and closure periods.
"""

from __future__ import annotations

import builtins  # the repositories' own `list` method hides the builtin in class bodies
import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from ryhmat.domain.model import (
    ClosurePeriod,
    Organisation,
    Place,
    Worker,
    WorkerPair,
)
from ryhmat.storage.orm import (
    ClosureGroupRow,
    ClosurePeriodRow,
    OrganisationRow,
    PlaceRow,
    WorkerPairRow,
    WorkerRow,
)
from ryhmat.storage.repositories.base import (
    Child,
    ChildValues,
    LoadedChildren,
    SqlRepository,
    Values,
    _positions,
    table_of,
)


class SqlOrganisationRepository(SqlRepository[Organisation, OrganisationRow]):
    domain_type = Organisation
    row_type = OrganisationRow

    def _order(self) -> Sequence[Any]:
        return (OrganisationRow.name, OrganisationRow.id)

    def by_name(self, name: str) -> Organisation | None:
        return self._by_name(OrganisationRow.name, name)

    def names(self) -> dict[uuid.UUID, str]:
        return self._names(OrganisationRow.name)

    def archived_ids(self) -> set[uuid.UUID]:
        return self._ids_where(OrganisationRow.archived.is_(True))


class SqlWorkerRepository(SqlRepository[Worker, WorkerRow]):
    domain_type = Worker
    row_type = WorkerRow

    def _order(self) -> Sequence[Any]:
        return (WorkerRow.name, WorkerRow.id)

    def by_name(self, name: str) -> Worker | None:
        return self._by_name(WorkerRow.name, name)

    def names(self) -> dict[uuid.UUID, str]:
        return self._names(WorkerRow.name)

    def archived_ids(self) -> set[uuid.UUID]:
        return self._ids_where(WorkerRow.archived.is_(True))


class SqlWorkerPairRepository(SqlRepository[WorkerPair, WorkerPairRow]):
    domain_type = WorkerPair
    row_type = WorkerPairRow


class SqlPlaceRepository(SqlRepository[Place, PlaceRow]):
    domain_type = Place
    row_type = PlaceRow

    def _order(self) -> Sequence[Any]:
        return (PlaceRow.name, PlaceRow.id)

    def by_name(self, name: str) -> Place | None:
        return self._by_name(PlaceRow.name, name)

    def names(self) -> dict[uuid.UUID, str]:
        return self._names(PlaceRow.name)

    def archived_ids(self) -> set[uuid.UUID]:
        return self._ids_where(PlaceRow.archived.is_(True))


_CLOSURE_GROUPS = Child(table_of(ClosureGroupRow), "closure_id")


class SqlClosureRepository(SqlRepository[ClosurePeriod, ClosurePeriodRow]):
    domain_type = ClosurePeriod
    row_type = ClosurePeriodRow
    children = (_CLOSURE_GROUPS,)

    def _values(self, entity: ClosurePeriod) -> Values:
        return {
            "id": entity.id,
            "name": entity.name,
            "first_day": entity.first_day,
            "last_day": entity.last_day,
            "scope": entity.scope,
            "organisation_id": entity.organisation_id,
        }

    def _child_values(self, entity: ClosurePeriod) -> ChildValues:
        return {_CLOSURE_GROUPS.name: _positions(entity.group_ids, "group_id")}

    def _to_domain(self, row: ClosurePeriodRow, children: LoadedChildren) -> ClosurePeriod:
        return ClosurePeriod(
            id=row.id,
            name=row.name,
            first_day=row.first_day,
            last_day=row.last_day,
            scope=row.scope,
            organisation_id=row.organisation_id,
            group_ids=[c.group_id for c in children.of(_CLOSURE_GROUPS.name, row.id)],
        )

    def _order(self) -> Sequence[Any]:
        # A list of holidays reads in calendar order, not alphabetically.
        return (ClosurePeriodRow.first_day, ClosurePeriodRow.name, ClosurePeriodRow.id)

    def overlapping(self, first_day: date, last_day: date) -> builtins.list[ClosurePeriod]:
        return self._find(
            ClosurePeriodRow.first_day <= last_day, ClosurePeriodRow.last_day >= first_day
        )
