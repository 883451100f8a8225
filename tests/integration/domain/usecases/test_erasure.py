"""Erasing a family: its personal data leaves the database, its visits stay as counts."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import String, Text, inspect, select

from ryhmat.domain.errors import InvalidInput, NotFound
from ryhmat.domain.model import AuditAction
from ryhmat.domain.statistics import Statistics, StatisticsFilter
from ryhmat.domain.timezone import helsinki_now
from ryhmat.domain.usecases.erasure import (
    erase_family,
    erase_inactive_families,
    families_due_for_erasure,
    retention_years,
    set_retention_years,
)
from ryhmat.domain.usecases.families import get_family, list_families, save_family
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.storage.database import Database
from ryhmat.storage.orm import metadata
from tests.integration.statistics_world import (
    NOW,
    StatisticsWorld,
    save_statistics_world,
    without_age_bands,
    without_enrolments,
)

TODAY = date(2026, 11, 23)
PERSONAL = ("Virtanen", "Jussi", "Maija", "Aino", "040 765 4321", "Kotikäynti sovittu")


@pytest.fixture
def world(database: Database) -> StatisticsWorld:
    built = StatisticsWorld()
    save_statistics_world(database, built)
    with database.unit_of_work() as uow:
        family = get_family(uow, built.f1.id)
        family.phone, family.notes = PERSONAL[4], PERSONAL[5]
        save_family(uow, family, TODAY)
        uow.pseudonyms.codes_for(member.id for member in family.members)
        uow.commit()
    return built


def every_statistic(database: Database) -> list[Statistics]:
    periods = [(date(2025, 1, 1), date(2025, 12, 31)), (date(2025, 9, 1), date(2025, 10, 31))]
    with database.unit_of_work() as uow:
        return [compute_statistics(uow, *period, StatisticsFilter(), now=NOW) for period in periods]


def stored_texts(database: Database) -> list[str]:
    """Every text value in every table of the database."""
    texts: list[str] = []
    with database.unit_of_work() as uow:
        for table in metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            if columns:
                for row in uow.session.execute(select(*columns)):
                    texts.extend(str(value) for value in row if value is not None)
    return texts


def test_personal_data_is_gone_and_statistics_are_unchanged(
    database: Database, world: StatisticsWorld
) -> None:
    before = every_statistic(database)
    assert any(name in text for text in stored_texts(database) for name in PERSONAL)
    with database.unit_of_work() as uow:
        erase_family(uow, world.f1.id, TODAY)

    after = every_statistic(database)
    assert [without_age_bands(without_enrolments(s)) for s in after] == [
        without_age_bands(without_enrolments(s)) for s in before
    ]
    # Only the children's age bands changed: F1's Aino (1 year old) has no birth date
    # now, so her three visits of the autumn (A1, A3, C3) count under "not given".
    assert before[1].total.child_visits_by_band == (3, 13, 5, 0, 1)
    assert after[1].total.child_visits_by_band == (3, 10, 5, 0, 4)
    leftovers = [t for t in stored_texts(database) for name in PERSONAL if name in t]
    assert leftovers == []
    with database.unit_of_work() as uow:
        assert world.f1.id not in {summary.id for summary in list_families(uow)}
        with pytest.raises(NotFound):
            get_family(uow, world.f1.id)
        assert uow.enrolments.for_family(world.f1.id) == []
        shell = uow.families.get(world.f1.id)
        assert shell is not None
        assert shell.erased_on == TODAY
        assert [(m.kind, m.role, m.birth_year) for m in shell.members] == [
            (m.kind, m.role, None) for m in world.f1.members
        ]
        assert [e.action for e in uow.audit.for_family(world.f1.id)] == [AuditAction.FAMILY_ERASED]
    with database.unit_of_work() as uow:
        members = [m.id for m in world.f1.members]
        codes = uow.session.execute(select(inspect(metadata.tables["pseudonyms"]).c.member_id))
        assert not set(members) & {row.member_id for row in codes}


def test_an_erased_family_cannot_be_erased_again(
    database: Database, world: StatisticsWorld
) -> None:
    with database.unit_of_work() as uow:
        erase_family(uow, world.f1.id, TODAY)
    with database.unit_of_work() as uow, pytest.raises(NotFound):
        erase_family(uow, world.f1.id, TODAY)


def test_retention_is_off_until_set(database: Database, world: StatisticsWorld) -> None:
    with database.unit_of_work() as uow:
        assert retention_years(uow) is None
        assert families_due_for_erasure(uow, date(2040, 1, 1)) == []
        assert erase_inactive_families(uow, date(2040, 1, 1)) == 0


@pytest.mark.parametrize("years", [0, -1, 101])
def test_an_impossible_retention_period_is_refused(
    database: Database, world: StatisticsWorld, years: int
) -> None:
    with database.unit_of_work() as uow, pytest.raises(InvalidInput):
        set_retention_years(uow, years)
    with database.unit_of_work() as uow:
        assert retention_years(uow) is None


def test_retention_erases_only_families_inactive_for_the_period(
    database: Database, world: StatisticsWorld
) -> None:
    """F3 only ever came as a guest (7.10.2025); the others are enrolled in a group now."""
    with database.unit_of_work() as uow:
        set_retention_years(uow, 2)
    # Everyone was added (and audited) on the real today, so nobody is due a year on.
    today = helsinki_now().date()
    with database.unit_of_work() as uow:
        assert families_due_for_erasure(uow, today.replace(day=1)) == []
    later = date(today.year + 3, 1, 1)
    before = every_statistic(database)
    with database.unit_of_work() as uow:
        assert families_due_for_erasure(uow, later) == [world.f3.id]
        assert erase_inactive_families(uow, later) == 1
    after = every_statistic(database)
    # Leo, F3's child, was never given a birth date: even the age bands are the same.
    assert [without_enrolments(s) for s in after] == [without_enrolments(s) for s in before]
    with database.unit_of_work() as uow:
        assert {s.name for s in list_families(uow)} == {"Virtanen", "Korhonen", "Laine"}
        assert families_due_for_erasure(uow, later) == []
