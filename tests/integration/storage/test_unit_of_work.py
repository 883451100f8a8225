"""A unit of work commits everything or nothing."""

from __future__ import annotations

from datetime import date

import pytest

from ryhmat.domain.model import Organisation
from ryhmat.domain.ports import UnitOfWork
from ryhmat.storage.database import Database
from tests.integration.world import World, build_world, make_session, save_world


class Boom(Exception):
    pass


def _save_then_fail(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        uow.organisations.save(world.clinic)
        uow.workers.add_many([world.anna])
        raise Boom


def test_an_exception_inside_the_block_leaves_nothing(database: Database) -> None:
    world = build_world()
    with pytest.raises(Boom):
        _save_then_fail(database, world)
    with database.unit_of_work() as uow:
        assert uow.organisations.list() == []
        assert uow.workers.list() == []


def test_leaving_without_commit_rolls_back(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        uow.sessions.add_many([make_session(world, date(2025, 9, 6))])
        uow.organisations.save(Organisation(name="Kirjasto"))
    with database.unit_of_work() as uow:
        assert uow.sessions.list() == []
        assert [o.name for o in uow.organisations.list()] == ["Neuvola", "Seurakunta"]


def test_explicit_rollback_discards_earlier_changes(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.organisations.save(Organisation(name="Kirjasto"))
        uow.rollback()
        uow.organisations.save(Organisation(name="Neuvola"))
        uow.commit()
    with database.unit_of_work() as uow:
        assert [o.name for o in uow.organisations.list()] == ["Neuvola"]


def test_a_whole_world_commits_together(database: Database) -> None:
    world = build_world()
    save_world(database, world)
    with database.unit_of_work() as uow:
        assert uow.groups.list() == [world.group]


def test_satisfies_the_domain_protocol(database: Database) -> None:
    uow: UnitOfWork = database.unit_of_work()
    with uow:
        assert uow.families.list() == []
