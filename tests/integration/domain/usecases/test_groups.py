"""Saving and listing groups."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from ryhmat.domain.errors import InvalidInput
from ryhmat.domain.model import Group, GroupType
from ryhmat.domain.usecases.groups import list_groups, save_group
from ryhmat.storage.database import Database
from tests.integration.backends import on_sqlite_and_postgresql_for
from tests.integration.world import World


def test_the_list_names_organisers_place_and_default_leaders(
    database: Database, world: World
) -> None:
    with database.unit_of_work() as uow:
        (summary,) = list_groups(uow)
    assert summary.name == "Isä-lapsi-ryhmä"
    assert summary.organisers == ["Seurakunta", "Neuvola"]
    assert summary.default_place == "Perhetalo Lumo"
    assert summary.default_leaders == ["Anna Virtanen", "Pekka Korhonen"]


def test_a_name_is_trimmed_and_cleaned_of_control_characters(database: Database) -> None:
    group = Group(name="  Vauva\x07ryhmä \n Aamu ", type=GroupType.BABY_GROUP)
    with database.unit_of_work() as uow:
        save_group(uow, group)
    with database.unit_of_work() as uow:
        assert [g.name for g in uow.groups.list()] == ["Vauvaryhmä Aamu"]


# A name already taken is found by the database; the rest is checked before it.
@on_sqlite_and_postgresql_for(
    ("changes", "message"),
    [
        ({"name": "ISÄ-LAPSI-RYHMÄ"}, "already exists"),
        ({"name": "Isa\u0308-lapsi-ryhma\u0308"}, "already exists"),  # a and a diaeresis
        ({"name": "Isä-lapsi-\u200bryhmä"}, "already exists"),  # a zero-width space
        ({"name": " "}, "group name"),
        ({"name": "x" * 201}, "200"),
        ({"capacity": 0}, "capacity"),
        ({"target_age_min_months": 5, "target_age_max_months": 2}, "target age"),
        ({"target_age_min_months": -1}, "negative"),
        ({"target_age_min_months": 30}, "whole years"),
        ({"target_age_max_months": 36}, "whole years"),
    ],
    on_postgresql=lambda case: case.endswith("already exists"),
)
def test_mistakes_are_refused_and_change_nothing(
    database: Database, world: World, changes: dict[str, Any], message: str
) -> None:
    group = dataclasses.replace(Group(name="Uusi ryhmä", type=GroupType.PEER_GROUP), **changes)
    with database.unit_of_work() as uow, pytest.raises(InvalidInput, match=message):
        save_group(uow, group)
    with database.unit_of_work() as uow:
        assert [g.name for g in uow.groups.list()] == ["Isä-lapsi-ryhmä"]
