from __future__ import annotations

from ryhmat.demo import DemoData, load
from tests.unit.demo.fake_uow import FakeUnitOfWork


def test_load_stores_everything_and_commits_once(small: DemoData) -> None:
    uow = FakeUnitOfWork()

    with uow:
        load(uow, small)

    assert uow.commits == 1
    assert uow.organisations.list() == small.organisations
    assert uow.groups.list() == small.groups
    assert uow.series.list() == small.series
    assert uow.sessions.list() == small.sessions
    assert uow.families.list() == small.families
    assert uow.enrolments.list() == small.enrolments
    assert uow.stored_marks.marks == small.attendance
    assert list(uow.stored_headcounts.items.values()) == small.headcounts
    assert len(uow.closures.list()) == len(small.closures)
    assert len(uow.workers.list()) == len(small.workers)
    assert len(uow.pairs.list()) == len(small.pairs)
    assert len(uow.places.list()) == len(small.places)


def test_load_inserts_the_big_collections_in_batches(small: DemoData) -> None:
    uow = FakeUnitOfWork()

    load(uow, small)

    for big in ("sessions", "families", "enrolments", "attendance", "headcounts"):
        assert uow.calls[(big, "add_many")] == 1
        assert uow.calls[(big, "save")] == 0
    assert uow.calls[("groups", "save")] == len(small.groups)
    assert uow.calls[("series", "save")] == len(small.series)
