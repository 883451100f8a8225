"""Statistics on a team database: every person counts the same figures, other groups'
families included, and gets counts only.

The team world of ``team_world`` (two organisations, a person of each role, each
side's session held with its family present) gets the hand-counted
``statistics_world`` besides, whose groups are organised by none of the team's
organisations: row-level security shows its families and marks to the admin
alone. The owner (who reads every row) is the reference; each person signs in
with their own login.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import Connection, create_engine, text
from sqlalchemy.exc import DBAPIError

from ryhmat.domain.errors import UserError
from ryhmat.domain.model import GroupType
from ryhmat.domain.statistics import Grouping, Statistics, StatisticsFilter
from ryhmat.domain.usecases.statistics import compute_statistics, unrecorded_in_period
from ryhmat.storage.database import Database, open_database
from ryhmat.storage.failures import NOT_PERMITTED
from ryhmat.storage.team_access import GROUP_ROLES
from tests.integration.backends import PostgresqlDatabases
from tests.integration.statistics_world import (
    NOW,
    TOTAL,
    StatisticsWorld,
    save_statistics_world,
)
from tests.integration.team_world import PASSWORD, ROLES, build_team_world, ident, login

pytestmark = pytest.mark.postgresql

WORLD = StatisticsWorld()
PEOPLE = [login(role) for role in ROLES] + [login("leader", "b")]
INSUFFICIENT_PRIVILEGE = "42501"
OUTSIDERS = ("stats_stranger", "stats_removed")

PERIODS = {
    "autumn-2025": (date(2025, 9, 1), date(2025, 10, 31)),
    "december-2026": (date(2026, 12, 1), date(2026, 12, 31)),
    "both": (date(2025, 8, 1), date(2026, 12, 31)),
}
FILTERS = {
    "all": StatisticsFilter(),
    "organisation-b": StatisticsFilter(organisation_id=ident("org_b")),
    "neuvola": StatisticsFilter(organisation_id=WORLD.neuvola.id),
    "father-child": StatisticsFilter(group_type=GroupType.FATHER_CHILD),
    "groups": StatisticsFilter(group_ids=(WORLD.a.id, ident("group_b"))),
    "place": StatisticsFilter(place_id=WORLD.kirjasto.id),
    "worker": StatisticsFilter(worker_id=WORLD.pekka.id),
    "leader-b": StatisticsFilter(worker_id=ident("worker_leader_b")),
}


@pytest.fixture(scope="module")
def team(postgresql_databases: PostgresqlDatabases) -> Iterator[dict[str, str]]:
    with postgresql_databases.at_head() as owner_url:
        urls = build_team_world(owner_url)
        owner = open_database(owner_url)
        try:
            save_statistics_world(owner, WORLD)
            hold_the_sessions(owner)
        finally:
            owner.dispose()
        yield {"owner": owner_url, **urls}


def hold_the_sessions(owner: Database) -> None:
    """The team world's session of each side was held (its mark and headcount count)."""
    with owner.engine.begin() as connection:
        connection.execute(
            text("UPDATE sessions SET status = 'held' WHERE id IN (:a, :b)"),
            {"a": ident("session_a"), "b": ident("session_b")},
        )


@contextmanager
def connected(url: str) -> Iterator[Connection]:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()


def statistics(url: str, period: str, wanted: StatisticsFilter) -> Statistics:
    database = open_database(url)
    try:
        with database.unit_of_work() as uow:
            return compute_statistics(uow, *PERIODS[period], wanted, now=NOW)
    finally:
        database.dispose()


@pytest.mark.parametrize("period", PERIODS)
@pytest.mark.parametrize("wanted", FILTERS)
def test_every_person_counts_the_owners_figures(
    team: dict[str, str], period: str, wanted: str
) -> None:
    expected = statistics(team["owner"], period, FILTERS[wanted])
    for person in PEOPLE:
        assert statistics(team[person], period, FILTERS[wanted]) == expected, person


@pytest.mark.parametrize("person", PEOPLE)
def test_the_figures_are_the_hand_counted_ones_though_the_marks_are_hidden(
    team: dict[str, str], person: str
) -> None:
    counted = statistics(team[person], "autumn-2025", StatisticsFilter())
    assert counted.total == TOTAL
    assert {row.group_id for row in counted.by_group} == {WORLD.a.id, WORLD.b.id, WORLD.c.id}
    with connected(team[person]) as connection:
        marks = connection.execute(text("SELECT count(*) FROM attendance")).scalar_one()
    # The statistics world's marks are the admin's to read alone; each side's one
    # mark is read by that side's people.
    assert marks == (len(WORLD.marks()) + 2 if person == login("admin") else 1)


@pytest.mark.parametrize("person", PEOPLE)
def test_the_sessions_not_recorded_are_the_same_for_everyone(
    team: dict[str, str], person: str
) -> None:
    """A session recorded by a roster whose families a person may not read is recorded
    for them too: A1 and A3 are, A4 alone is not. The Kirjaamatta panel lists none of
    the recorded ones either (which of the others it lists is the panel's own rule)."""
    first_day, last_day = PERIODS["autumn-2025"]
    database = open_database(team[person])
    try:
        with database.unit_of_work() as uow:
            unrecorded = unrecorded_in_period(uow, first_day, last_day, StatisticsFilter(), now=NOW)
            panel = uow.sessions.unrecorded(first_day, NOW)
    finally:
        database.dispose()
    assert [session.id for session in unrecorded] == [WORLD.a4.id]
    assert {session.id for session in panel} <= {WORLD.a4.id}


def test_the_function_returns_counts_only(team: dict[str, str]) -> None:
    """Its result has no column for a family or a member; the only ids in it are groups'."""
    with connected(team[login("leader")]) as connection:
        columns = connection.execute(
            text(
                "SELECT a.name, format_type(a.type, NULL) FROM pg_proc p, "
                "unnest(p.proallargtypes, p.proargmodes::text[], p.proargnames) "
                "AS a(type, mode, name) WHERE p.proname = 'ryhmat_figures' AND a.mode = 't'"
            )
        ).all()
        group_ids = {row.id for row in connection.execute(text("SELECT id FROM groups"))}
        rows = connection.execute(
            text(
                "SELECT * FROM ryhmat_figures('2025-08-01', '2026-12-31', '{}', NULL, NULL, "
                "NULL, NULL)"
            )
        ).all()
    counts = [
        "sessions_held",
        "sessions_cancelled",
        "adult_visits",
        "child_visits",
        "first_time_visitors",
        "capacity",
        "capacity_filled",
        "sessions_over_capacity",
        "sessions_not_comparable",
        "places_offered",
        "places_attended",
        "fathers_visits",
        "mothers_visits",
        "other_guardians_visits",
        "grandparents_visits",
        "role_not_given_visits",
        "under_1_visits",
        "age_1_2_visits",
        "age_3_6_visits",
        "age_7_plus_visits",
        "age_not_given_visits",
        "distinct_families",
        "fathers_reached",
        "new_families",
        "adults_reached",
        "children_reached",
    ]
    assert columns == [
        ("grouping_set", "text"),
        ("group_id", "uuid"),
        ("group_type", "text"),
        ("month", "date"),
        ("organisation_id", "uuid"),
        *[(name, "bigint") for name in counts],
    ]
    assert {row.grouping_set for row in rows} == set(Grouping)
    assert {row.group_id for row in rows} - {None} <= group_ids


@pytest.fixture(scope="module")
def outsiders(team: dict[str, str]) -> Iterator[dict[str, str]]:
    """Logins the team does not hold: one never added, and one of a person whose
    row says removed but who was left the team's group role (by hand, say)."""
    owner = create_engine(team["owner"])
    with owner.begin() as connection:
        for name in OUTSIDERS:
            connection.execute(text(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}'"))
        connection.execute(text(f"GRANT {GROUP_ROLES['leader']} TO stats_removed"))
        connection.execute(
            text(
                "INSERT INTO team_members VALUES ('stats_removed', 'Removed', :org, 'leader', "
                "NULL, now(), now())"
            ),
            {"org": ident("org_a")},
        )
    leader = team[login("leader")]
    urls = {name: leader.replace(f"{login('leader')}:", f"{name}:") for name in OUTSIDERS}
    try:
        yield urls
    finally:
        with owner.begin() as connection:
            connection.execute(text("DELETE FROM team_members WHERE login = 'stats_removed'"))
            for name in OUTSIDERS:
                connection.execute(text(f"DROP OWNED BY {name}"))
                connection.execute(text(f"DROP ROLE {name}"))
        owner.dispose()


@pytest.mark.parametrize("outsider", OUTSIDERS)
def test_someone_not_in_the_team_is_refused(outsiders: dict[str, str], outsider: str) -> None:
    with connected(outsiders[outsider]) as connection, pytest.raises(DBAPIError) as refused:
        connection.execute(
            text(
                "SELECT * FROM ryhmat_figures('2025-01-01', '2026-12-31', '{}', NULL, "
                "NULL, NULL, NULL)"
            )
        )
    assert refused.value.orig is not None
    assert getattr(refused.value.orig, "sqlstate", None) == INSUFFICIENT_PRIVILEGE


def test_the_app_tells_a_removed_person_they_may_not(outsiders: dict[str, str]) -> None:
    database = open_database(outsiders["stats_removed"])
    try:
        with pytest.raises(UserError) as refused, database.unit_of_work() as uow:
            compute_statistics(uow, *PERIODS["both"], StatisticsFilter(), now=NOW)
    finally:
        database.dispose()
    assert refused.value.template == NOT_PERMITTED


def test_after_the_upgrade_the_team_counts_before_team_init_is_run_again(
    postgresql_databases: PostgresqlDatabases,
) -> None:
    from alembic import command

    from ryhmat.storage.database import _alembic_config, create_database_engine, upgrade_to

    with postgresql_databases.at_head() as owner_url:
        urls = build_team_world(owner_url)
        engine = create_database_engine(owner_url)
        try:
            with engine.begin() as connection:
                config = _alembic_config()
                config.attributes["connection"] = connection
                command.downgrade(config, "0014")
            upgrade_to(engine, "0015")
        finally:
            engine.dispose()
        owner = open_database(owner_url)
        try:
            hold_the_sessions(owner)
        finally:
            owner.dispose()
        for person in PEOPLE:
            counted = statistics(urls[person], "december-2026", StatisticsFilter())
            assert counted.total.sessions_held == 2, person
