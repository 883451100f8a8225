"""compute_statistics and statistics_filter over the hand-counted world."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from ryhmat.domain.errors import InvalidInput, NotFound
from ryhmat.domain.model import GroupType
from ryhmat.domain.statistics import Statistics, StatisticsFilter
from ryhmat.domain.usecases.statistics import compute_statistics, statistics_filter
from ryhmat.storage.database import Database
from tests.integration.statistics_world import (
    FIRST_DAY,
    LAST_DAY,
    TOTAL,
    A,
    B,
    C,
    StatisticsWorld,
    save_statistics_world,
)


@pytest.fixture
def world(database: Database) -> StatisticsWorld:
    built = StatisticsWorld()
    save_statistics_world(database, built)
    return built


def compute(
    database: Database,
    wanted: StatisticsFilter | None = None,
    first_day: date = FIRST_DAY,
    last_day: date = LAST_DAY,
) -> Statistics:
    with database.unit_of_work() as uow:
        return compute_statistics(uow, first_day, last_day, wanted or StatisticsFilter())


def test_every_part_named_and_in_order(database: Database, world: StatisticsWorld) -> None:
    statistics = compute(database)
    assert statistics.total == TOTAL
    assert statistics.filter_text == ["Kaikki ryhmät"]
    # By name: Avoin…, Isä…, Vauva….
    assert [(g.name, g.type, g.figures) for g in statistics.by_group] == [
        ("Avoin päiväkoti Touhula", GroupType.OPEN_DAYCARE, B),
        ("Isä–lapsi Sählärit", GroupType.FATHER_CHILD, C),
        ("Vauvaryhmä Pikkuiset", GroupType.BABY_GROUP, A),
    ]
    # In the order of the types.
    assert list(statistics.by_type.items()) == [
        (GroupType.FATHER_CHILD, C),
        (GroupType.OPEN_DAYCARE, B),
        (GroupType.BABY_GROUP, A),
    ]
    assert [(m.month, m.type) for m in statistics.by_month] == [
        (date(2025, 9, 1), GroupType.FATHER_CHILD),
        (date(2025, 9, 1), GroupType.OPEN_DAYCARE),
        (date(2025, 9, 1), GroupType.BABY_GROUP),
        (date(2025, 10, 1), GroupType.FATHER_CHILD),
        (date(2025, 10, 1), GroupType.OPEN_DAYCARE),
        (date(2025, 10, 1), GroupType.BABY_GROUP),
    ]


def test_leader_hours_by_name(database: Database, world: StatisticsWorld) -> None:
    # Anna 2 x 1.5 h; Liisa 2 x 3 h + 3 x 1.5 h; Pekka 2 x 1.5 h + 3 x 1.5 h.
    hours = [(h.name, h.hours) for h in compute(database).leader_hours]
    assert hours == [("Anna Aalto", 3.0), ("Liisa Mäki", 10.5), ("Pekka Korhonen", 7.5)]


def test_the_filter_in_finnish_words(database: Database, world: StatisticsWorld) -> None:
    wanted = StatisticsFilter(
        group_ids=(world.c.id,),
        group_type=GroupType.FATHER_CHILD,
        organisation_id=world.parish.id,
        place_id=world.seurakuntatalo.id,
        worker_id=world.liisa.id,
    )
    statistics = compute(database, wanted)
    assert statistics.filter_text == [
        "Ryhmä: Isä–lapsi Sählärit",
        "Ryhmätyyppi: isä–lapsi-toiminta",
        "Järjestäjä: Seurakunta",
        "Paikka: Seurakuntatalo",
        "Ohjaaja: Liisa Mäki",
    ]
    # C2 alone.
    assert statistics.total.visits == 4
    two = StatisticsFilter(group_ids=(world.a.id, world.b.id))
    assert compute(database, two).filter_text == [
        "Ryhmät: Vauvaryhmä Pikkuiset, Avoin päiväkoti Touhula"
    ]


def test_names_are_found_in_any_case(database: Database, world: StatisticsWorld) -> None:
    with database.unit_of_work() as uow:
        wanted = statistics_filter(
            uow,
            groups=["vauvaryhmä pikkuiset", " ISÄ–LAPSI SÄHLÄRIT "],
            group_type="Vauvaryhmä",
            organisation="neuvola",
            place="PERHETALO",
            worker="anna aalto",
        )
    assert wanted == StatisticsFilter(
        group_ids=(world.a.id, world.c.id),
        group_type=GroupType.BABY_GROUP,
        organisation_id=world.neuvola.id,
        place_id=world.perhetalo.id,
        worker_id=world.anna.id,
    )
    # A baby group led by Anna at Perhetalo: group A.
    assert compute(database, wanted).total == A


def test_a_group_type_by_its_value(database: Database, world: StatisticsWorld) -> None:
    with database.unit_of_work() as uow:
        wanted = statistics_filter(uow, group_type="open_daycare")
    assert wanted == StatisticsFilter(group_type=GroupType.OPEN_DAYCARE)


@pytest.mark.parametrize(
    ("names", "error", "message"),
    [
        ({"groups": ["Vauvaryhmä Pikkuiset", "Ei ole"]}, NotFound, "no group called “Ei ole”"),
        ({"group_type": "kerho"}, InvalidInput, "“kerho” is not a group type"),
        ({"organisation": "Kela"}, NotFound, "no organisation called “Kela”"),
        ({"place": "Kuu"}, NotFound, "no place called “Kuu”"),
        ({"worker": "Matti"}, NotFound, "no worker called “Matti”"),
    ],
)
def test_an_unknown_name_is_refused(
    database: Database,
    world: StatisticsWorld,
    names: dict[str, Any],
    error: type[Exception],
    message: str,
) -> None:
    with database.unit_of_work() as uow, pytest.raises(error, match=message):
        statistics_filter(uow, **names)


def test_the_end_before_the_start_is_refused(database: Database, world: StatisticsWorld) -> None:
    with pytest.raises(InvalidInput, match="before the start"):
        compute(database, first_day=LAST_DAY, last_day=FIRST_DAY)


def test_a_group_that_no_longer_exists_is_refused(
    database: Database, world: StatisticsWorld
) -> None:
    with database.unit_of_work() as uow:
        uow.groups.delete(world.b.id)
        uow.commit()
    with pytest.raises(NotFound, match="group no longer exists"):
        compute(database, StatisticsFilter(group_ids=(world.b.id,)))
