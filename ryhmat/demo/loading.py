"""Stores demo data through the repositories of a unit of work."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from ryhmat.demo.data import DemoData
from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from ryhmat.domain.ports import UnitOfWork

T = TypeVar("T")
# Hands the storage layer bounded batches, so that no single insert holds
# hundreds of thousands of rows in memory at once.
BATCH = 10_000


def load_into_empty(uow: UnitOfWork, data: DemoData) -> None:
    """``load``, refused unless the database has no groups yet; two loads at the
    same moment (two windows, the command twice) end with the data once."""
    uow.serialise_writers()
    if uow.groups.list():
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The database already has groups; demo data goes into an empty one."
            )
        )
    load(uow, data)


def load(uow: UnitOfWork, data: DemoData) -> None:
    """Save every object of ``data`` in ``uow`` and commit; the caller enters ``uow``.

    Parents go before children, so that foreign keys hold at every step.
    """
    _save_each(uow.organisations.save, data.organisations)
    _save_each(uow.workers.save, data.workers)
    _save_each(uow.pairs.save, data.pairs)
    _save_each(uow.places.save, data.places)
    _save_each(uow.closures.save, data.closures)
    _save_each(uow.groups.save, data.groups)
    _save_each(uow.series.save, data.series)
    _save_each(uow.evaluations.save, data.evaluations)
    _add_batches(uow.sessions.add_many, data.sessions)
    _add_batches(uow.families.add_many, data.families)
    _add_batches(uow.enrolments.add_many, data.enrolments)
    _add_batches(uow.attendance.add_many, data.attendance)
    _add_batches(uow.headcounts.add_many, data.headcounts)
    uow.commit()


def _save_each(save: Callable[[T], None], items: Sequence[T]) -> None:
    for item in items:
        save(item)


def _add_batches(add_many: Callable[[Sequence[T]], None], items: Sequence[T]) -> None:
    for start in range(0, len(items), BATCH):
        add_many(items[start : start + BATCH])
