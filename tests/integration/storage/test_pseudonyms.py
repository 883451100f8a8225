"""Stable codes of family members for pseudonymised exports."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select

from ryhmat.domain.model import AdultRole, Family, Member, MemberKind
from ryhmat.storage.database import Database
from ryhmat.storage.orm import PseudonymRow
from ryhmat.storage.pseudonyms import SqlPseudonymRepository


def family(name: str, *first_names: str) -> Family:
    return Family(
        name=name,
        members=[
            Member(first_name=n, last_name=name, kind=MemberKind.ADULT, role=AdultRole.MOTHER)
            for n in first_names
        ],
    )


def saved(database: Database, *families: Family) -> None:
    with database.unit_of_work() as uow:
        for made in families:
            uow.families.save(made)
        uow.commit()


def codes(database: Database, member_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    with database.unit_of_work() as uow:
        found = SqlPseudonymRepository(uow.session).codes_for(member_ids)
        uow.commit()
    return found


def test_codes_are_numbered_upwards_and_kept(database: Database) -> None:
    first = family("Aalto", "Anna", "Aino", "Arja")
    saved(database, first)
    ids = [m.id for m in first.members]

    made = codes(database, ids[:2])
    assert sorted(made.values()) == ["P-0001", "P-0002"]
    # Numbered in the order of the ids, not in the order asked for (nor by name).
    assert [made[i] for i in sorted(ids[:2])] == ["P-0001", "P-0002"]

    later = family("Björk", "Bea")
    saved(database, later)
    again = codes(database, [*reversed(ids), later.members[0].id])
    assert {i: again[i] for i in ids[:2]} == made
    assert sorted([again[ids[2]], again[later.members[0].id]]) == ["P-0003", "P-0004"]
    assert codes(database, [*ids, later.members[0].id]) == again


def test_unknown_members_get_no_code_and_nothing_is_stored(database: Database) -> None:
    assert codes(database, [uuid.uuid4()]) == {}
    assert codes(database, []) == {}
    with database.unit_of_work() as uow:
        assert uow.session.scalar(select(func.count()).select_from(PseudonymRow)) == 0


def test_erasing_a_member_erases_the_code(database: Database) -> None:
    made = family("Aalto", "Anna", "Aino")
    saved(database, made)
    anna, aino = made.members
    assert codes(database, [anna.id, aino.id])
    made.members = [aino]
    saved(database, made)
    with database.unit_of_work() as uow:
        kept = set(uow.session.scalars(select(PseudonymRow.member_id)))
    assert kept == {aino.id}
