"""The groups each family has come to, kept by triggers for the row-level policies
(``family_groups_attended``): they follow every mark added, changed or removed, a member
moved to another family (a merge) and a session moved to another group; and what each
person may see is the same as when the policies walked every mark themselves."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Connection, create_engine, text

from tests.integration.backends import PostgresqlDatabases
from tests.integration.team_world import build_team_world, ident, login

pytestmark = pytest.mark.postgresql

FAMILY_A, FAMILY_B = ident("family_a"), ident("family_b")
GROUP_A, GROUP_B = ident("group_a"), ident("group_b")

# What a person saw before the groups were kept: every mark of their groups' sessions.
WALKED = """
    SELECT n.family_id FROM enrolments n WHERE n.group_id = ANY(CAST(:groups AS uuid[]))
    UNION
    SELECT m.family_id FROM attendance a JOIN family_members m ON m.id = a.member_id
    WHERE a.session_id = ANY(CAST(:sessions AS uuid[]))"""


@pytest.fixture(scope="module")
def owner_url(postgresql_databases: PostgresqlDatabases) -> Iterator[str]:
    with postgresql_databases.at_head() as url:
        build_team_world(url)
        yield url


@pytest.fixture
def owner(owner_url: str) -> Iterator[Connection]:
    """The owner's connection, in a transaction that is rolled back at the end."""
    engine = create_engine(owner_url)
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            yield connection
        finally:
            transaction.rollback()
    engine.dispose()


def pairs(connection: Connection) -> set[tuple[uuid.UUID, uuid.UUID]]:
    rows = connection.execute(text("SELECT family_id, group_id FROM family_groups_attended"))
    return {(family, group) for family, group in rows}


def mark(connection: Connection, session: str, member: str) -> uuid.UUID:
    new = uuid.uuid4()
    connection.execute(
        text(
            "INSERT INTO attendance VALUES (:id, :session, :member, 'present', false, '2026-12-01')"
        ),
        {"id": new, "session": ident(session), "member": ident(member)},
    )
    return new


def test_the_world_starts_with_each_family_in_its_own_group(owner: Connection) -> None:
    assert pairs(owner) == {(FAMILY_A, GROUP_A), (FAMILY_B, GROUP_B)}


def test_the_groups_follow_the_marks_added_changed_and_removed(owner: Connection) -> None:
    visit = mark(owner, "session_b", "child_a")
    assert (FAMILY_A, GROUP_B) in pairs(owner)
    # Another of the family's marks in that group keeps it there when one goes.
    second = mark(owner, "spare_session_b", "member_a")
    owner.execute(text("DELETE FROM attendance WHERE id = :id"), {"id": visit})
    assert (FAMILY_A, GROUP_B) in pairs(owner)
    owner.execute(text("DELETE FROM attendance WHERE id = :id"), {"id": second})
    assert pairs(owner) == {(FAMILY_A, GROUP_A), (FAMILY_B, GROUP_B)}

    # A mark moved to a session of another group takes the family with it.
    owner.execute(
        text("UPDATE attendance SET session_id = :session WHERE id = :id"),
        {"session": ident("session_b"), "id": ident("mark_a")},
    )
    assert pairs(owner) == {(FAMILY_A, GROUP_B), (FAMILY_B, GROUP_B)}
    # Changing only the mark changes nothing.
    owner.execute(text("UPDATE attendance SET mark = 'absent'"))
    assert pairs(owner) == {(FAMILY_A, GROUP_B), (FAMILY_B, GROUP_B)}


def test_a_member_moved_to_another_family_takes_the_groups_along(owner: Connection) -> None:
    owner.execute(
        text("UPDATE family_members SET family_id = :family WHERE family_id = :old"),
        {"family": FAMILY_B, "old": FAMILY_A},
    )
    assert pairs(owner) == {(FAMILY_B, GROUP_A), (FAMILY_B, GROUP_B)}
    # The family merged away goes, and its groups with it.
    owner.execute(text("DELETE FROM families WHERE id = :id"), {"id": FAMILY_A})
    assert pairs(owner) == {(FAMILY_B, GROUP_A), (FAMILY_B, GROUP_B)}


def test_a_session_moved_to_another_group_moves_its_families(owner: Connection) -> None:
    owner.execute(
        text("UPDATE sessions SET group_id = :group WHERE id = :id"),
        {"group": GROUP_B, "id": ident("session_a")},
    )
    assert pairs(owner) == {(FAMILY_A, GROUP_B), (FAMILY_B, GROUP_B)}


def test_an_erased_family_leaves_no_trace(owner: Connection) -> None:
    owner.execute(text("DELETE FROM families WHERE id = :id"), {"id": FAMILY_A})
    assert pairs(owner) == {(FAMILY_B, GROUP_B)}


@pytest.mark.parametrize(
    "person",
    [login(role) for role in ("admin", "coordinator", "leader", "volunteer")]
    + [login("leader", "b")],
)
def test_each_person_sees_the_families_the_walk_over_every_mark_found(
    owner: Connection, person: str
) -> None:
    # A guest visit: family b's child came once to group a.
    mark(owner, "spare_session_a", "child_b")
    owner.execute(text(f'SET LOCAL SESSION AUTHORIZATION "{person}"'))
    kept = set(owner.execute(text("SELECT ryhmat_visible_families()")).scalars())
    groups = [str(g) for g in owner.execute(text("SELECT ryhmat_family_groups()")).scalars()]
    sessions = [str(s) for s in owner.execute(text("SELECT ryhmat_family_sessions()")).scalars()]
    owner.execute(text("RESET SESSION AUTHORIZATION"))
    walked = set(owner.execute(text(WALKED), {"groups": groups, "sessions": sessions}).scalars())
    assert kept == walked
    if person == login("leader"):
        assert kept == {FAMILY_A, FAMILY_B}
