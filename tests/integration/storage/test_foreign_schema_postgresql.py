"""The app does not start on a PostgreSQL database whose schema it did not make.

Each case adds to a real database on the test server what its owner (or anyone
with the right) could: a trigger and the function it calls that copy families'
data into public themes, a replaced body of the app's own trigger function, a
view, a rule, an extra table, a row-level policy, an event trigger. Opening is
refused with one message, and nothing the app would have written is there.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from ryhmat.storage.database import (
    DatabaseError,
    create_database_engine,
    known_revisions,
    open_database,
    upgrade_to,
)
from tests.integration.backends import PostgresqlDatabases

pytestmark = pytest.mark.postgresql

REFUSED = "that Ryhmät did not make"

LEAK_INTO_THEMES = """
    CREATE FUNCTION enrolment_note() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE sessions SET theme = (SELECT string_agg(name || ' ' || phone, '; ') FROM families);
        RETURN NEW;
    END $$;
    CREATE TRIGGER enrolment_note AFTER INSERT ON enrolments
    FOR EACH ROW EXECUTE FUNCTION enrolment_note();
"""
ADDITIONS = {
    "a trigger leaking families into themes": LEAK_INTO_THEMES,
    "the app's trigger function replaced": """
        CREATE OR REPLACE FUNCTION attendance_day() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            NEW.day := (SELECT day FROM sessions WHERE id = NEW.session_id);
            DELETE FROM audit_entries;
            RETURN NEW;
        END $$
    """,
    "a trigger keeping erased families": """
        CREATE TABLE families_archive (name text, phone text);
        CREATE FUNCTION keep() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            INSERT INTO families_archive VALUES (OLD.name, OLD.phone);
            RETURN NEW;
        END $$;
        CREATE TRIGGER keep BEFORE UPDATE ON families FOR EACH ROW EXECUTE FUNCTION keep();
    """,
    "a trigger calling a function of another schema": """
        CREATE SCHEMA elsewhere;
        CREATE FUNCTION elsewhere.forget() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN DELETE FROM audit_entries; RETURN NULL; END $$;
        CREATE TRIGGER forget AFTER INSERT ON audit_entries
        FOR EACH STATEMENT EXECUTE FUNCTION elsewhere.forget();
    """,
    "a function alone": "CREATE FUNCTION helper() RETURNS int LANGUAGE sql AS 'SELECT 1'",
    "a view": "CREATE VIEW family_phones AS SELECT name, phone FROM families",
    "a rule": "CREATE RULE forget AS ON INSERT TO audit_entries DO INSTEAD NOTHING",
    "an extra table": "CREATE TABLE notes_copy (body text)",
    "a sequence": "CREATE SEQUENCE counter",
    "a column default changed": "ALTER TABLE families ALTER COLUMN notes SET DEFAULT 'x'",
    "an index": "CREATE INDEX ix_families_phone ON families (phone)",
    "a row-level policy": """
        ALTER TABLE families ENABLE ROW LEVEL SECURITY;
        CREATE POLICY everyone ON families USING (true);
    """,
    "the app's trigger disabled": "ALTER TABLE attendance DISABLE TRIGGER attendance_day",
    "an operator of the app's schema calling a function of another": """
        CREATE SCHEMA elsewhere;
        CREATE FUNCTION elsewhere.same(a varchar, b varchar) RETURNS boolean
        LANGUAGE plpgsql AS $$ BEGIN DELETE FROM audit_entries; RETURN a::text = b::text; END $$;
        CREATE OPERATOR = (LEFTARG = varchar, RIGHTARG = varchar, FUNCTION = elsewhere.same);
    """,
    "another schema on the search path, its functions before the built-in ones": """
        CREATE SCHEMA elsewhere;
        CREATE FUNCTION elsewhere.lower(a varchar) RETURNS text
        LANGUAGE plpgsql AS $$ BEGIN DELETE FROM audit_entries; RETURN pg_catalog.lower(a); END $$;
        DO $$ BEGIN
            EXECUTE format('ALTER DATABASE %%I SET search_path = public, elsewhere',
                           current_database());
        END $$;
    """,
    "an event trigger": """
        CREATE FUNCTION on_ddl() RETURNS event_trigger LANGUAGE plpgsql AS $$
        BEGIN END $$;
        CREATE EVENT TRIGGER on_ddl ON ddl_command_end EXECUTE FUNCTION on_ddl();
    """,
}


@pytest.fixture(scope="module")
def databases(postgresql_databases: PostgresqlDatabases) -> PostgresqlDatabases:
    return postgresql_databases


@pytest.fixture
def head_url(databases: PostgresqlDatabases) -> Iterator[str]:
    with databases.at_head() as url:
        yield url


def execute(url: str, script: str) -> None:
    engine = create_database_engine(url)
    try:
        with engine.begin() as connection:
            connection.exec_driver_sql(script)
    finally:
        engine.dispose()


@pytest.mark.parametrize("script", ADDITIONS.values(), ids=ADDITIONS.keys())
def test_a_database_with_sql_added_is_refused(head_url: str, script: str) -> None:
    execute(head_url, script)
    with pytest.raises(DatabaseError, match=REFUSED) as raised:
        open_database(head_url)
    assert "CREATE" not in str(raised.value)


def test_the_trigger_never_fires_through_the_app(head_url: str) -> None:
    execute(head_url, LEAK_INTO_THEMES)
    with pytest.raises(DatabaseError, match=REFUSED):
        open_database(head_url)
    engine = create_database_engine(head_url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT count(*) FROM enrolments")).scalar_one() == 0
    finally:
        engine.dispose()


def test_an_empty_database_with_an_event_trigger_is_refused(
    databases: PostgresqlDatabases,
) -> None:
    """An event trigger could add triggers to the tables as the first start makes them."""
    with databases.empty() as url:
        execute(url, ADDITIONS["an event trigger"])
        with pytest.raises(DatabaseError, match=REFUSED):
            open_database(url)
        engine = create_database_engine(url)
        try:
            with engine.connect() as connection:
                tables = connection.execute(
                    text("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
                )
                assert tables.scalar_one() == 0
        finally:
            engine.dispose()


@pytest.mark.parametrize("revision", known_revisions())
def test_a_database_made_by_each_revision_the_apps_way_opens(
    databases: PostgresqlDatabases, revision: str
) -> None:
    with databases.empty() as url:
        engine = create_database_engine(url)
        try:
            upgrade_to(engine, revision)
        finally:
            engine.dispose()
        open_database(url).dispose()


def test_every_revision_has_a_current_postgresql_snapshot(databases: PostgresqlDatabases) -> None:
    from ryhmat.storage.schema_snapshot import stale_revisions
    from ryhmat.storage.sqlite_schema import REGENERATE

    stale = [name for name in stale_revisions(databases.url("postgres")) if "postgresql" in name]
    assert stale == [], f"run: {REGENERATE}"
