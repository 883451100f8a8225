"""Names that must be unique, ignoring case, archived ones too: groups, organisations,
places."""

from __future__ import annotations

import uuid
from typing import Protocol

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput

ARCHIVED_NAME = QT_TRANSLATE_NOOP(
    "Errors",
    "The name “{name}” is already in use by an archived one. Restore that one "
    "(show the archived ones in the list), or choose another name.",
)


class _Named(Protocol):
    id: uuid.UUID
    name: str


class _ByName(Protocol):
    def by_name(self, name: str) -> _Named | None: ...


def ensure_unique_name(repository: _ByName, entity: _Named) -> None:
    same = repository.by_name(entity.name)
    if same is not None and same.id != entity.id:
        if getattr(same, "archived", False):
            raise InvalidInput(ARCHIVED_NAME, name=entity.name)
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The name “{name}” is already in use."), name=entity.name
        )
