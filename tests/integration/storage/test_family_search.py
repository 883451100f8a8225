"""Finding families by any of their names as a person types them, in storage."""

from __future__ import annotations

import unicodedata
import uuid
from datetime import date

import pytest
import sqlalchemy as sa

from ryhmat.domain.model import AdultRole, Family, Member, MemberKind
from ryhmat.domain.usecases.erasure import erase_family
from ryhmat.domain.usecases.families import find_families
from ryhmat.storage.database import (
    Database,
    create_database_engine,
    open_database,
    upgrade_to,
)
from tests.integration.statements import counting

TODAY = date(2026, 11, 23)


def adult(first: str, last: str, role: AdultRole = AdultRole.MOTHER) -> Member:
    return Member(first_name=first, last_name=last, kind=MemberKind.ADULT, role=role)


def child(first: str, last: str) -> Member:
    return Member(
        first_name=first, last_name=last, kind=MemberKind.CHILD, birth_year=2023, birth_month=4
    )


def virtanen() -> Family:
    return Family(
        name="Virtanen",
        members=[
            adult("Miro", "Virtanen", AdultRole.FATHER),
            adult("Anna", "Korhonen"),
            child("Aino", "Virtanen"),
        ],
    )


def save(database: Database, *families: Family) -> None:
    with database.unit_of_work() as uow:
        for family in families:
            uow.families.save(family)
        uow.commit()


def found(database: Database, text: str) -> list[str]:
    with database.unit_of_work() as uow:
        return [f"{f.name}: {', '.join(f.adults + f.children)}" for f in find_families(uow, text)]


VIRTANEN = "Virtanen: Miro Virtanen, Anna Korhonen, Aino Virtanen"


@pytest.mark.parametrize(
    "typed",
    [
        "virt",
        "VIRTANEN",
        " virtanen  ",
        "vi\u200brtanen",  # a zero-width space, as a paste brings it
        "miro",
        "korhonen",  # the mother's own last name
        "aino virt",  # a child's name and the family's, in any order
        "virtanen miro",
        "virta\x00nen",  # a NUL, which PostgreSQL cannot take, is left out
        "virtanen" + " " * 500 + "x" * 500,  # a long paste is cut to a name's length
    ],
)
def test_a_family_is_found_by_any_of_its_names(database: Database, typed: str) -> None:
    save(database, virtanen())
    assert found(database, typed) == [VIRTANEN]


def test_names_written_decomposed_are_found_typed_composed_and_back(database: Database) -> None:
    save(database, Family(name=unicodedata.normalize("NFD", "Mäkelä"), members=[adult("Säde", "")]))
    assert [f.split(":")[0] for f in found(database, "mäkelä")] == [
        unicodedata.normalize("NFD", "Mäkelä")
    ]
    assert found(database, unicodedata.normalize("NFD", "SÄDE"))


def test_every_word_must_match_and_nothing_matches_across_two_names(database: Database) -> None:
    save(database, virtanen())
    assert found(database, "miro aino korhonen") == [VIRTANEN]
    assert found(database, "miro pekka") == []
    assert found(database, "nen anna") == [VIRTANEN]
    assert found(database, "virtanenmiro") == []
    assert found(database, "") == []
    assert found(database, "  \u200b ") == []


def test_like_wildcards_typed_are_plain_characters(database: Database) -> None:
    save(database, virtanen(), Family(name="Laine_100%", members=[adult("Eeva", "Laine")]))
    assert [f.split(":")[0] for f in found(database, "_100%")] == ["Laine_100%"]
    assert found(database, "%") == ["Laine_100%: Eeva Laine"]  # not every family
    assert found(database, "_") == ["Laine_100%: Eeva Laine"]


def test_the_family_of_that_name_comes_before_families_with_a_person_of_it(
    database: Database,
) -> None:
    save(
        database,
        Family(name="Aaltonen", members=[adult("Lahja", "Lahtinen")]),
        Family(name="Lahtinen", members=[adult("Pia", "Lahtinen")]),
        Family(name="Kivi", members=[adult("Lahtinen", "Kivi")]),
    )
    assert [f.split(":")[0] for f in found(database, "lahtinen")] == [
        "Lahtinen",
        "Aaltonen",
        "Kivi",
    ]


def test_erased_families_are_not_found(database: Database) -> None:
    family = virtanen()
    save(database, family)
    with database.unit_of_work() as uow:
        erase_family(uow, family.id, TODAY)
    assert found(database, "virtanen") == []


def test_a_family_renamed_or_given_a_new_member_is_found_by_the_new_names(
    database: Database,
) -> None:
    family = virtanen()
    save(database, family)
    family.name = "Virtanen-Lahti"
    family.members.append(child("Eeli", "Lahti"))
    save(database, family)
    assert found(database, "eeli") == [
        "Virtanen-Lahti: Miro Virtanen, Anna Korhonen, Aino Virtanen, Eeli Lahti"
    ]
    assert found(database, "lahti virtanen")


def test_groups_are_shown_and_the_number_shown_is_bounded(database: Database) -> None:
    save(
        database,
        *(Family(name=f"Nieminen {n:02d}", members=[adult("Eila", "")]) for n in range(30)),
    )
    with database.unit_of_work() as uow:
        shown = find_families(uow, "nieminen", limit=5)
    assert [f.name for f in shown] == [f"Nieminen {n:02d}" for n in range(5)]


def test_a_search_sends_the_same_statements_for_three_families_as_for_three_hundred(
    database: Database,
) -> None:
    def statements() -> int:
        with database.unit_of_work() as uow, counting(database.engine) as sent:
            find_families(uow, "perhe")
        return len(sent)

    save(database, *(Family(name=f"Perhe {n}", members=[adult("A", "")]) for n in range(3)))
    few = statements()
    save(database, *(Family(name=f"Perhe {n}", members=[adult("B", "")]) for n in range(300)))
    assert statements() == few


def test_families_of_an_older_database_are_found_after_the_upgrade(
    empty_database_url: str,
) -> None:
    """A database of revision 0007 has no search keys; the upgrade makes them."""
    family_id, member_id = uuid.uuid4(), uuid.uuid4()
    families = sa.table(
        "families",
        *(sa.column(c) for c in ("name", "phone", "notes", "version")),
        sa.column("id", sa.Uuid()),
    )
    members = sa.table(
        "family_members",
        *(sa.column(c) for c in ("position", "first_name", "last_name", "kind")),
        sa.column("id", sa.Uuid()),
        sa.column("family_id", sa.Uuid()),
    )
    engine = create_database_engine(empty_database_url)
    try:
        upgrade_to(engine, "0007")
        with engine.begin() as connection:
            connection.execute(
                sa.insert(families).values(
                    id=family_id, name="Ma\u0308kela\u0308", phone="", notes="", version=1
                )
            )
            connection.execute(
                sa.insert(members).values(
                    id=member_id,
                    family_id=family_id,
                    position=0,
                    first_name="Säde",
                    last_name="Korhonen",
                    kind="adult",
                )
            )
    finally:
        engine.dispose()
    with open_database(empty_database_url) as database:
        assert found(database, "mäkelä") == ["Ma\u0308kela\u0308: Säde Korhonen"]
        assert found(database, "korhonen säde") == ["Ma\u0308kela\u0308: Säde Korhonen"]
