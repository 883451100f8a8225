"""The access matrix is written once: the README shows it as it is, and the grants
``ryhmat team init`` gives follow from it."""

from __future__ import annotations

from pathlib import Path

from ryhmat.storage.repositories.people import ROSTER_COLUMNS
from ryhmat.storage.team_access import (
    ACCESS,
    COLUMNS,
    OPERATIONS,
    ROLES,
    Reach,
    grants,
    markdown_table,
    reach,
)

README = Path(__file__).parents[3] / "README.md"
START = "<!-- access matrix: generated from ryhmat/storage/team_access.py -->\n"
END = "\n<!-- end of access matrix -->"


def test_the_readme_shows_the_access_matrix_as_the_code_has_it() -> None:
    text = README.read_text(encoding="utf-8")
    shown = text[text.index(START) + len(START) : text.index(END)]
    assert shown == markdown_table()


def test_every_role_of_every_table_has_a_reach_for_each_operation() -> None:
    for roles in ACCESS.values():
        assert set(roles) == set(ROLES)
        assert all(len(reaches) == len(OPERATIONS) for reaches in roles.values())


def test_a_role_is_granted_exactly_what_it_reaches() -> None:
    for role in ROLES:
        granted = {(operation, table) for operation, table, _columns in grants(role)}
        reached = {
            (operation, table)
            for table in ACCESS
            for operation in OPERATIONS
            if reach(table, role, operation) is not Reach.NONE
        }
        assert granted == reached


def test_column_limits_are_of_granted_operations() -> None:
    for table, role, operation in COLUMNS:
        assert reach(table, role, operation) is not Reach.NONE


def test_nobody_but_an_admin_erases_changes_settings_or_manages_people() -> None:
    for role in ROLES:
        if role == "admin":
            continue
        assert reach("families", role, "DELETE") is Reach.NONE
        for table in ("settings", "team_members", "erasures"):
            if (table, role) == ("settings", "coordinator"):
                continue
            assert [reach(table, role, op) for op in OPERATIONS[1:]] == [Reach.NONE] * 3


def test_a_coordinator_writes_only_the_teams_eves_of_the_settings() -> None:
    # "own" settings: the eves alone (migration 0026); the policy is tried on PostgreSQL.
    reaches = [reach("settings", "coordinator", op) for op in OPERATIONS]
    assert reaches == [Reach.ALL, Reach.OWN, Reach.OWN, Reach.NONE]


def test_a_roster_reads_no_more_of_a_family_than_a_volunteer_is_granted() -> None:
    granted = COLUMNS[("families", "volunteer", "SELECT")]
    assert set(ROSTER_COLUMNS) <= set(granted)
    assert not {"phone", "notes", "contact_permission", "privacy_notice_on"} & set(granted)
