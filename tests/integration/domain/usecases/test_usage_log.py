"""The usage log on both databases: what a read writes, that nothing can change or
delete it before its retention period, and what reading it shows."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import Connection, insert, text
from sqlalchemy.exc import DBAPIError

from ryhmat.domain.errors import InvalidInput, NotFound
from ryhmat.domain.model import (
    ChildrenListed,
    Enrolment,
    EnrolmentStatus,
    Family,
    Member,
    MemberKind,
    UsageAction,
)
from ryhmat.domain.usecases.attendance import attendance_sheet
from ryhmat.domain.usecases.erasure import erase_family
from ryhmat.domain.usecases.families import get_family
from ryhmat.domain.usecases.usage_log import (
    delete_expired_usage,
    erased_family_code,
    open_attendance,
    open_family,
    set_usage_log_retention_years,
    show_unlisted,
    usage_actors,
    usage_by,
    usage_log_retention_years,
    usage_of_families_named,
    usage_of_family,
)
from ryhmat.storage.database import Database, create_database_engine
from ryhmat.storage.orm import UsageLogRow
from tests.integration.domain.usecases.test_query_counts import statements_of
from tests.integration.world import World, make_session

TODAY = date(2026, 12, 7)
SATURDAY = date(2025, 9, 6)


@pytest.fixture
def anna(database: Database) -> Database:
    database.actor = "Anna Virtanen"
    return database


def connected_role(database: Database) -> str:
    """Who the log names: the app's actor on SQLite, the connected role on PostgreSQL."""
    if database.engine.dialect.name == "sqlite":
        return str(database.actor)
    with database.engine.connect() as connection:
        return str(connection.scalar(text("SELECT current_user")))


def old_entry(database: Database, family_id: uuid.UUID, at: datetime) -> None:
    """An entry written ``at`` (as a read long ago would have written it)."""
    with database.engine.begin() as connection:
        connection.execute(
            insert(UsageLogRow),
            {
                "event_id": uuid.uuid4(),
                "family_id": family_id,
                "at": at,
                "actor": "Vanha Työntekijä",
                "action": UsageAction.FAMILY_OPENED.value,
            },
        )


def entries(database: Database) -> int:
    with database.engine.connect() as connection:
        return int(connection.scalar(text("SELECT count(*) FROM usage_log")) or 0)


def test_opening_a_family_logs_who_when_why_and_which(anna: Database, world: World) -> None:
    with anna.unit_of_work() as uow:
        family = open_family(uow, world.family.id)
    assert family.name == world.family.name
    with anna.unit_of_work() as uow:
        (line,) = usage_of_family(uow, world.family.id)
        assert usage_by(uow, connected_role(anna)) == [line]
        assert usage_actors(uow) == [connected_role(anna)]
    assert line.action is UsageAction.FAMILY_OPENED
    assert line.actor == connected_role(anna)
    assert line.families == (world.family.name,)
    assert timedelta(0) <= datetime.now(UTC) - line.at < timedelta(minutes=5)


def test_a_read_that_fails_logs_nothing(anna: Database, world: World) -> None:
    with pytest.raises(NotFound), anna.unit_of_work() as uow:
        open_family(uow, uuid.uuid4())
    assert entries(anna) == 0


def test_the_attendance_view_logs_the_families_on_its_list_once(
    anna: Database, world: World
) -> None:
    session = make_session(world, SATURDAY)
    with anna.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.enrolments.save(
            Enrolment(
                family_id=world.family.id, group_id=world.group.id, status=EnrolmentStatus.ENROLLED
            )
        )
        uow.commit()
    with anna.unit_of_work() as uow:
        sheet = open_attendance(uow, session.id)
    assert {line.family_id for line in sheet.lines} == {world.family.id}
    with anna.unit_of_work() as uow:  # reloaded after a change: nobody new, nothing logged
        open_attendance(uow, session.id, {world.family.id})
    with anna.unit_of_work() as uow:
        (line,) = usage_of_family(uow, world.family.id)
    assert line.action is UsageAction.ATTENDANCE_OPENED


def test_the_people_a_group_is_not_for_shown_on_request_log_their_families_once(
    anna: Database, world: World
) -> None:
    session = make_session(world, SATURDAY)
    group = dataclasses.replace(world.group, listed_roles=[], listed_children=ChildrenListed.NONE)
    with anna.unit_of_work() as uow:
        uow.groups.save(group)
        uow.sessions.save(session)
        uow.enrolments.save(
            Enrolment(
                family_id=world.family.id, group_id=world.group.id, status=EnrolmentStatus.ENROLLED
            )
        )
        uow.commit()
    with anna.unit_of_work() as uow:
        sheet = open_attendance(uow, session.id)
    assert sheet.lines == []  # the family is on the list of others only
    assert sheet.unlisted
    assert entries(anna) == 0
    with anna.unit_of_work() as uow:
        assert show_unlisted(uow, sheet, set()) == [world.family.id]
    with anna.unit_of_work() as uow:  # shown again: already logged
        assert show_unlisted(uow, sheet, {world.family.id}) == []
    with anna.unit_of_work() as uow:
        (line,) = usage_of_family(uow, world.family.id)
    assert line.action is UsageAction.ATTENDANCE_OPENED


def test_an_erased_family_stays_in_the_log_without_its_name(anna: Database, world: World) -> None:
    with anna.unit_of_work() as uow:
        open_family(uow, world.family.id)
    with anna.unit_of_work() as uow:
        erase_family(uow, world.family.id, TODAY)
    with anna.unit_of_work() as uow:
        (line,) = usage_by(uow, connected_role(anna))
    assert line.families == (erased_family_code(world.family.id),)
    assert line.family_ids == (world.family.id,)


def test_the_log_is_read_by_the_familys_name(anna: Database, world: World) -> None:
    with anna.unit_of_work() as uow:
        open_family(uow, world.family.id)
    with anna.unit_of_work() as uow:
        (line,) = usage_of_families_named(uow, f"  {world.family.name.upper()} ")
        assert line.family_ids == (world.family.id,)
        with pytest.raises(NotFound):
            usage_of_families_named(uow, "Ei ketään")


def test_logging_a_read_costs_one_statement(anna: Database, world: World) -> None:
    family_id = world.family.id
    read = statements_of(anna, lambda uow: get_family(uow, family_id))
    logged = statements_of(anna, lambda uow: open_family(uow, family_id))
    assert logged == read + 1


def test_logging_an_attendance_view_costs_one_statement_whatever_the_families(
    anna: Database, world: World
) -> None:
    session = make_session(world, SATURDAY)
    families = [
        Family(name=f"Perhe {n}", members=[Member(first_name="Aino", kind=MemberKind.ADULT)])
        for n in range(30)
    ]
    with anna.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.families.add_many(families)
        uow.enrolments.add_many(
            [
                Enrolment(family_id=f.id, group_id=world.group.id, status=EnrolmentStatus.ENROLLED)
                for f in families
            ]
        )
        uow.commit()
    read = statements_of(anna, lambda uow: attendance_sheet(uow, session.id))
    logged = statements_of(anna, lambda uow: open_attendance(uow, session.id))
    assert logged == read + 1
    with anna.unit_of_work() as uow:
        (event,) = usage_by(uow, connected_role(anna))
    assert len(event.family_ids) == 30


@pytest.mark.parametrize(
    "statement",
    ["UPDATE usage_log SET actor = 'joku muu'", "DELETE FROM usage_log"],
    ids=["update", "delete"],
)
def test_nobody_changes_or_deletes_the_log(anna: Database, world: World, statement: str) -> None:
    with anna.unit_of_work() as uow:
        open_family(uow, world.family.id)
    with pytest.raises(DBAPIError), anna.engine.begin() as connection:
        connection.execute(text(statement))
    assert entries(anna) == 1


def test_the_retention_deletes_only_what_is_older_than_its_period(
    anna: Database, world: World
) -> None:
    now = datetime.now(UTC)
    old_entry(anna, world.family.id, now - timedelta(days=3 * 366))
    old_entry(anna, world.family.id, now - timedelta(days=300))
    with anna.unit_of_work() as uow:
        assert delete_expired_usage(uow, now.date()) == 0  # off: kept
    with anna.unit_of_work() as uow:
        set_usage_log_retention_years(uow, 2)
    with anna.unit_of_work() as uow:
        assert usage_log_retention_years(uow) == 2
        assert delete_expired_usage(uow, now.date()) == 1
    with anna.unit_of_work() as uow:
        (kept,) = usage_of_family(uow, world.family.id)
    assert now - kept.at < timedelta(days=301)
    # Not even the retention's own path deletes an entry younger than the period.
    with pytest.raises(DBAPIError), anna.engine.begin() as connection:
        connection.execute(text("DELETE FROM usage_log"))
    assert entries(anna) == 1


def test_the_retention_period_is_bounded(anna: Database) -> None:
    with pytest.raises(InvalidInput), anna.unit_of_work() as uow:
        set_usage_log_retention_years(uow, 0)


# -- PostgreSQL: a person's own login role --------------------------------------------------


def as_role(database: Database, role: str) -> str:
    """The database's URL for ``role`` (the test server trusts its loopback)."""
    url = database.engine.url.set(username=role, password=None)
    return url.render_as_string(hide_password=False)


@pytest.fixture
def plain_role(database: Database) -> Iterator[Connection]:
    """A connection as a login role that is not the owner, granted every privilege on
    the log that a careless grant could give (the team's grants give fewer)."""
    if database.engine.dialect.name != "postgresql":
        pytest.fail("a PostgreSQL test")
    role = f"ryhmat_test_{uuid.uuid4().hex[:12]}"
    with database.engine.begin() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN"))
        connection.execute(text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON usage_log TO {role}"))
        connection.execute(text(f"GRANT SELECT ON settings TO {role}"))
    engine = create_database_engine(as_role(database, role))
    try:
        with engine.connect() as connection:
            yield connection
    finally:
        engine.dispose()
        with database.engine.begin() as connection:
            connection.execute(text(f"DROP OWNED BY {role}"))
            connection.execute(text(f"DROP ROLE {role}"))


POSTGRESQL_ONLY = pytest.mark.parametrize(
    "database_url", [pytest.param("postgresql", marks=pytest.mark.postgresql)], indirect=True
)


@POSTGRESQL_ONLY
@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE usage_log SET actor = 'joku muu'",
        "DELETE FROM usage_log",
        "TRUNCATE usage_log",
    ],
    ids=["update", "delete", "truncate"],
)
def test_a_login_role_cannot_change_or_delete_the_log(
    anna: Database, world: World, plain_role: Connection, statement: str
) -> None:
    with anna.unit_of_work() as uow:
        set_usage_log_retention_years(uow, 1)
    old_entry(anna, world.family.id, datetime.now(UTC) - timedelta(days=30))
    with anna.engine.connect() as connection:
        written = connection.scalar(text("SELECT actor FROM usage_log"))
    # Refused by the log's triggers, or, where row-level security hides the log from a
    # role that is no admin of the team, finding nothing to change.
    try:
        changed = plain_role.execute(text(statement)).rowcount
    except DBAPIError:
        changed = 0
    plain_role.rollback()
    assert changed == 0
    assert entries(anna) == 1
    with anna.engine.connect() as connection:
        assert connection.scalar(text("SELECT actor FROM usage_log")) == written


@POSTGRESQL_ONLY
def test_the_log_names_the_connected_role_whatever_the_app_writes(
    anna: Database, world: World, plain_role: Connection
) -> None:
    role = plain_role.scalar(text("SELECT current_user"))
    plain_role.execute(
        insert(UsageLogRow),
        {
            "event_id": uuid.uuid4(),
            "family_id": world.family.id,
            "at": datetime.now(UTC),
            "actor": "Anna Virtanen",
            "action": UsageAction.FAMILY_OPENED.value,
        },
    )
    plain_role.commit()
    with anna.unit_of_work() as uow:
        (line,) = usage_of_family(uow, world.family.id)
    assert line.actor == role


@POSTGRESQL_ONLY
def test_a_role_without_grants_reads_nothing_of_the_log(database: Database) -> None:
    role = f"ryhmat_test_{uuid.uuid4().hex[:12]}"
    with database.engine.begin() as connection:
        connection.execute(text(f"CREATE ROLE {role} LOGIN"))
    engine = create_database_engine(as_role(database, role))
    try:
        with pytest.raises(DBAPIError), engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM usage_log"))
    finally:
        engine.dispose()
        with database.engine.begin() as connection:
            connection.execute(text(f"DROP ROLE {role}"))
