"""Organisations, places and closure periods: the small reference lists."""

from __future__ import annotations

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, Term
from ryhmat.domain.model import ClosurePeriod, Organisation, Place
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.naming import ensure_unique_name
from ryhmat.domain.usecases.removal import archived_as_stored
from ryhmat.domain.validation import MAX_CAPACITY as MAX_CAPACITY  # the editors' limit too
from ryhmat.domain.validation import (
    MAX_LINE_LENGTH,
    clean_line,
    clean_name,
    validate_capacity,
)


def list_organisations(uow: UnitOfWork, include_archived: bool = False) -> list[Organisation]:
    return [o for o in uow.organisations.list() if include_archived or not o.archived]


def list_places(uow: UnitOfWork, include_archived: bool = False) -> list[Place]:
    return [p for p in uow.places.list() if include_archived or not p.archived]


def list_closures(uow: UnitOfWork) -> list[ClosurePeriod]:
    """Every closure period, in calendar order."""
    return uow.closures.list()


def save_organisation(uow: UnitOfWork, organisation: Organisation) -> None:
    organisation.name = clean_name(organisation.name, Term(QT_TRANSLATE_NOOP("Errors", "name")))
    ensure_unique_name(uow.organisations, organisation)
    organisation.archived = archived_as_stored(uow.organisations, organisation.id)
    uow.organisations.save(organisation)
    uow.commit()


def save_place(uow: UnitOfWork, place: Place) -> None:
    place.name = clean_name(place.name, Term(QT_TRANSLATE_NOOP("Errors", "name")))
    place.address = clean_line(
        place.address, Term(QT_TRANSLATE_NOOP("Errors", "address")), MAX_LINE_LENGTH
    )
    validate_capacity(place.capacity)
    ensure_unique_name(uow.places, place)
    place.archived = archived_as_stored(uow.places, place.id)
    uow.places.save(place)
    uow.commit()
