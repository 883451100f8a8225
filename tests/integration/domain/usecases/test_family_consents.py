"""What a family was told and allowed: the privacy notice's day and its photo and
contact permissions are saved, recorded in the change history, refused for a day
to come, and erased with the family's other personal data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from ryhmat.domain.errors import InvalidInput
from ryhmat.domain.model import AuditAction, Permission
from ryhmat.domain.usecases.erasure import erase_family
from ryhmat.domain.usecases.families import get_family, list_families, save_family
from ryhmat.domain.usecases.history import family_history
from ryhmat.storage.database import Database
from tests.integration.domain.usecases.test_roster_import import row_counts
from tests.integration.world import World

TODAY = date(2026, 11, 23)


def test_the_notice_day_and_permissions_are_saved_and_listed(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        family = get_family(uow, world.family.id)
        assert family.privacy_notice_on is None
        assert family.photo_permission is Permission.NOT_ASKED
        assert family.contact_permission is Permission.NOT_ASKED
        family.privacy_notice_on = date(2026, 9, 1)
        family.photo_permission = Permission.NO
        family.contact_permission = Permission.YES
        save_family(uow, family, TODAY)
    with database.unit_of_work() as uow:
        stored = get_family(uow, world.family.id)
        [summary] = [s for s in list_families(uow) if s.id == world.family.id]
        history = family_history(uow, world.family.id)
    assert (stored.privacy_notice_on, stored.photo_permission, stored.contact_permission) == (
        date(2026, 9, 1),
        Permission.NO,
        Permission.YES,
    )
    assert summary.privacy_notice_on == date(2026, 9, 1)
    [changed] = [line for line in history if line.action is AuditAction.FAMILY_CHANGED]
    assert set(changed.fields) == {"privacy_notice_on", "photo_permission", "contact_permission"}


@pytest.mark.parametrize("days_ahead", [1, 400])
def test_a_notice_given_on_a_day_to_come_is_refused_and_nothing_changes(
    database: Database, world: World, days_ahead: int
) -> None:
    before = row_counts(database)
    with database.unit_of_work() as uow:
        family = get_family(uow, world.family.id)
        family.privacy_notice_on = TODAY + timedelta(days=days_ahead)
        with pytest.raises(InvalidInput) as raised:
            save_family(uow, family, TODAY)
    assert "privacy notice" in raised.value.message()
    assert row_counts(database) == before
    with database.unit_of_work() as uow:
        assert get_family(uow, world.family.id).privacy_notice_on is None


def test_a_notice_given_today_is_accepted(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        family = replace(get_family(uow, world.family.id), privacy_notice_on=TODAY)
        save_family(uow, family, TODAY)
    with database.unit_of_work() as uow:
        assert get_family(uow, world.family.id).privacy_notice_on == TODAY


def test_erasing_the_family_erases_what_it_was_told_and_allowed(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        family = get_family(uow, world.family.id)
        family.privacy_notice_on = date(2026, 9, 1)
        family.photo_permission = family.contact_permission = Permission.YES
        save_family(uow, family, TODAY)
    with database.unit_of_work() as uow:
        erase_family(uow, world.family.id, TODAY)
    with database.unit_of_work() as uow:
        erased = uow.families.get(world.family.id)
    assert erased is not None
    assert erased.privacy_notice_on is None
    assert erased.photo_permission is Permission.NOT_ASKED
    assert erased.contact_permission is Permission.NOT_ASKED
