"""Names that must be unique, ignoring case: groups, organisations, places."""

from __future__ import annotations

import uuid
from typing import Protocol

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput


class _Named(Protocol):
    id: uuid.UUID
    name: str


class _ByName(Protocol):
    def by_name(self, name: str) -> _Named | None: ...


def ensure_unique_name(repository: _ByName, entity: _Named) -> None:
    same = repository.by_name(entity.name)
    if same is not None and same.id != entity.id:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The name “{name}” is already in use."), name=entity.name
        )
