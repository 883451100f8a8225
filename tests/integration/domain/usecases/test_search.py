"""The window's search over groups, sessions, families and workers, in storage."""

from __future__ import annotations

import unicodedata
from datetime import date, time, timedelta

import pytest

from ryhmat.domain.model import Group, GroupType, Session, SessionStatus, Worker
from ryhmat.domain.usecases.search import FoundKind, SearchResults, search_everything
from ryhmat.storage.database import Database
from tests.integration.statements import counting
from tests.integration.world import World, make_session

TODAY = date(2025, 10, 1)


def search(database: Database, text: str, limit: int = 8) -> SearchResults:
    with database.unit_of_work() as uow:
        return search_everything(uow, text, TODAY, limit)


def names(results: SearchResults) -> list[tuple[FoundKind, str]]:
    return [(found.kind, found.name) for found in results.every()]


def add_sessions(database: Database, *sessions: Session) -> None:
    with database.unit_of_work() as uow:
        uow.sessions.add_many(list(sessions))
        uow.commit()


@pytest.mark.parametrize("typed", ["isä-lapsi", "ISÄ-LAPSI", "lapsi isä", "  isä-lapsi  "])
def test_a_group_is_found_by_the_words_of_its_name_in_any_case(
    database: Database, world: World, typed: str
) -> None:
    assert names(search(database, typed)) == [(FoundKind.GROUP, "Isä-lapsi-ryhmä")]


def test_names_written_in_decomposed_letters_are_found_as_typed(
    database: Database, world: World
) -> None:
    decomposed = unicodedata.normalize("NFD", "Äitien vertaisryhmä")
    with database.unit_of_work() as uow:
        uow.groups.save(Group(name=decomposed, type=GroupType.PEER_GROUP))
        uow.commit()
    assert names(search(database, "äitien")) == [(FoundKind.GROUP, decomposed)]


def test_a_family_is_found_by_its_name_or_its_peoples_names(
    database: Database, world: World
) -> None:
    for typed in ("mäkinen", "jussi", "AINO"):
        results = search(database, typed)
        assert [(f.kind, f.name, f.detail) for f in results.families] == [
            (FoundKind.FAMILY, "Mäkinen", "Jussi Mäkinen")
        ]


def test_a_worker_is_found_by_name_with_the_title_and_archived_ones_are_not(
    database: Database, world: World
) -> None:
    results = search(database, "virtanen")
    assert [(f.kind, f.name, f.detail) for f in results.workers] == [
        (FoundKind.WORKER, "Anna Virtanen", "perhetyöntekijä")
    ]
    world.anna.archived = True
    with database.unit_of_work() as uow:
        uow.workers.save(world.anna)
        uow.commit()
    assert search(database, "virtanen").workers == []


def test_sessions_are_found_by_theme_the_coming_ones_nearest_first_then_the_past(
    database: Database, world: World
) -> None:
    days = [TODAY - timedelta(days=14), TODAY - timedelta(days=7), TODAY, TODAY + timedelta(7)]
    add_sessions(
        database,
        *(make_session(world, day, theme="Vauvahieronta ja loruja") for day in days),
        make_session(world, TODAY + timedelta(days=1), theme="Retki metsään"),
    )
    results = search(database, "HIERONTA")
    assert [f.day for f in results.sessions] == [days[2], days[3], days[1], days[0]]
    assert {(f.name, f.detail) for f in results.sessions} == {
        ("Isä-lapsi-ryhmä", "Vauvahieronta ja loruja")
    }
    assert [f.day for f in search(database, "hieronta", limit=2).sessions] == days[2:]


@pytest.mark.parametrize("typed", ["6.10.2025", "6.10.", "6.10", "06.10.2025", "6.10.25"])
def test_a_date_typed_the_finnish_way_finds_the_sessions_of_its_day(
    database: Database, world: World, typed: str
) -> None:
    day = date(2025, 10, 6)
    add_sessions(
        database,
        make_session(world, day, start=time(17), end=time(18), theme="Ilta"),
        make_session(world, day, status=SessionStatus.CANCELLED, cancel_reason="Sairaus"),
        make_session(world, day + timedelta(days=1)),
    )
    results = search(database, typed)
    assert [(f.day, f.start, f.cancelled) for f in results.sessions] == [
        (day, time(9, 30), True),
        (day, time(17), False),
    ]
    assert results.groups == results.families == results.workers == []


def test_each_kind_is_cut_to_the_limit(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        for number in range(5):
            uow.groups.save(Group(name=f"Perhekahvila {number}", type=GroupType.FAMILY_CAFE))
            uow.workers.save(Worker(name=f"Perhe Työntekijä {number}", title="ohjaaja"))
        uow.commit()
    results = search(database, "perhe", limit=3)
    assert [f.name for f in results.groups] == [f"Perhekahvila {n}" for n in range(3)]
    assert len(results.workers) == 3


@pytest.mark.parametrize("typed", ["", "   ", "\u200b", "\x00"])
def test_nothing_typed_finds_nothing_and_reads_nothing(
    database: Database, world: World, typed: str
) -> None:
    with database.unit_of_work() as uow, counting(database.engine) as statements:
        assert search_everything(uow, typed, TODAY).every() == []
    assert statements == []


def test_a_search_sends_as_many_statements_for_many_sessions_as_for_few(
    database: Database, world: World
) -> None:
    def statements_for(text: str) -> int:
        with database.unit_of_work() as uow, counting(database.engine) as statements:
            search_everything(uow, text, TODAY)
        return len(statements)

    add_sessions(database, make_session(world, TODAY, theme="Satuhetki"))
    few_words, few_day = statements_for("satu"), statements_for("1.10.")
    add_sessions(
        database,
        *(
            make_session(world, TODAY + timedelta(days=n % 40), theme=f"Satuhetki {n % 7}")
            for n in range(400)
        ),
    )
    assert statements_for("satu") == few_words
    assert statements_for("1.10.") == few_day
