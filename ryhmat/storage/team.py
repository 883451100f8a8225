"""The team's people as PostgreSQL login roles, and the group roles' grants.

Roles belong to the whole PostgreSQL server, not to one database, so migrations do
not make them: the owner that migrates need not be allowed to create roles.
``initialise`` (``ryhmat team init``, by the owner with the right to create roles)
creates the four group roles and grants them the tables as ``team_access``
says; the policies of migration 0012 then narrow the rows. A person's login role
is a member of one group role; an admin's may create roles, to add people.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    DateTime,
    MetaData,
    String,
    Table,
    Uuid,
    event,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session as DbSession

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, UserError
from ryhmat.domain.ports import TeamDirectory
from ryhmat.domain.team import TeamMember, TeamRole, checked_login
from ryhmat.storage.credentials import sign_in_with
from ryhmat.storage.orm import OrganisationRow, WorkerRow
from ryhmat.storage.repositories.base import table_of
from ryhmat.storage.team_access import GROUP_ROLES, ROLES, grants

# Only on PostgreSQL (migration 0012), so not in the ORM's metadata.
TEAM_MEMBERS = Table(
    "team_members",
    MetaData(),
    Column("login", String(63), primary_key=True),
    Column("full_name", String(200), nullable=False),
    Column("organisation_id", Uuid(), nullable=False),
    Column("role", String(40), nullable=False),
    Column("worker_id", Uuid()),
    Column("added_at", DateTime(timezone=True), nullable=False),
    Column("removed_at", DateTime(timezone=True)),
)

FUNCTIONS = (
    "ryhmat_role()",
    "ryhmat_organisation()",
    "ryhmat_worker()",
    "ryhmat_led_groups()",
    "ryhmat_led_sessions()",
    "ryhmat_family_groups()",
    "ryhmat_family_sessions()",
    "ryhmat_visible_families()",
    "ryhmat_unplaced_family(uuid)",
    "ryhmat_largest_pseudonym()",
    # Statistics of every group, as counts, and whether a session is recorded (0015).
    "ryhmat_figures(date, date, uuid[], text, uuid, uuid, uuid)",
    "ryhmat_session_marked(uuid)",
)

# The attendance policy's own rule (migration 0012, MARKED_SESSION): an admin marks every
# session, a coordinator or leader those of their groups, anyone the sessions they lead;
# the database's owner, who is in no team, every one.
MAY_RECORD = text(
    "SELECT ryhmat_role() IS NULL OR ryhmat_role() = 'admin' "
    "OR (CAST(:session AS uuid) IN (SELECT ryhmat_family_sessions()) "
    "AND ryhmat_role() <> 'volunteer') "
    "OR CAST(:session AS uuid) IN (SELECT ryhmat_led_sessions())"
)
ROLE_EXISTS = text("SELECT true FROM pg_roles WHERE rolname = :name")
CURRENT_SCHEMA = text("SELECT current_schema()")
CURRENT_DATABASE = text("SELECT current_database()")

NEEDS_POSTGRESQL = QT_TRANSLATE_NOOP(
    "Errors",
    "Team accounts are for a shared PostgreSQL database; this database is a file on this "
    "computer for one person.",
)


class SqlTeamDirectory:
    def __init__(self, db: DbSession) -> None:
        self._db = db

    def initialise(self) -> None:
        db = self._postgresql()
        for role in ROLES:
            _create_group_role(db, GROUP_ROLES[role])
        schema = _quoted(db, str(db.execute(CURRENT_SCHEMA).scalar_one()))
        database = _quoted(db, str(db.execute(CURRENT_DATABASE).scalar_one()))
        everyone = ", ".join(_quoted(db, GROUP_ROLES[role]) for role in ROLES)
        _run(db, f"GRANT CONNECT ON DATABASE {database} TO {everyone}")
        _run(db, f"GRANT USAGE ON SCHEMA {schema} TO {everyone}")
        _run(db, f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {everyone}")
        # The app reads the revision before it starts on a database.
        _run(db, f"GRANT SELECT ON {schema}.alembic_version TO {everyone}")
        for signature in FUNCTIONS:
            _run(db, f"GRANT EXECUTE ON FUNCTION {schema}.{signature} TO {everyone}")
        for role in ROLES:
            group = _quoted(db, GROUP_ROLES[role])
            for operation, table, columns in grants(role):
                listed = f" ({', '.join(columns)})" if columns else ""
                _run(db, f"GRANT {operation}{listed} ON {schema}.{table} TO {group}")

    def members(self) -> list[TeamMember]:
        return [_member(row) for row in self._postgresql().execute(_members_query())]

    def connected_role(self) -> TeamRole | None:
        if self._db.get_bind().dialect.name != "postgresql":
            return None
        query = select(TEAM_MEMBERS.c.role).where(
            TEAM_MEMBERS.c.login == func.session_user(), TEAM_MEMBERS.c.removed_at.is_(None)
        )
        role = self._db.execute(query).scalar_one_or_none()
        return None if role is None else TeamRole(role)

    def may_record(self, session_id: uuid.UUID) -> bool:
        if self._db.get_bind().dialect.name != "postgresql":
            return True
        return bool(self._db.execute(MAY_RECORD, {"session": session_id}).scalar_one())

    def member(self, login: str) -> TeamMember | None:
        query = _members_query().where(TEAM_MEMBERS.c.login == login)
        row = self._postgresql().execute(query).one_or_none()
        return None if row is None else _member(row)

    def add(
        self,
        login: str,
        full_name: str,
        organisation_id: uuid.UUID,
        role: TeamRole,
        worker_id: uuid.UUID | None,
        password: str,
        at: datetime,
    ) -> None:
        db = self._postgresql()
        person = _quoted(db, checked_login(login))
        exists = db.execute(ROLE_EXISTS, {"name": login}).scalar()
        verb = "ALTER" if exists else "CREATE"
        # An admin adds and removes people, which needs the right to manage roles.
        rights = "CREATEROLE" if role is TeamRole.ADMIN else "NOCREATEROLE"
        _run(db, f"{verb} ROLE {person} LOGIN {rights} PASSWORD {_literal(db, password)}")
        _join(db, person, role)
        values = {
            "full_name": full_name,
            "organisation_id": organisation_id,
            "role": role.value,
            "worker_id": worker_id,
            "added_at": at,
            "removed_at": None,
        }
        # A person removed earlier comes back in their own row: the history names them.
        listed = select(TEAM_MEMBERS.c.login).where(TEAM_MEMBERS.c.login == login)
        if db.execute(listed).first() is None:
            db.execute(insert(TEAM_MEMBERS).values(login=login, **values))
        else:
            db.execute(update(TEAM_MEMBERS).where(TEAM_MEMBERS.c.login == login).values(values))

    def set_role(self, login: str, role: TeamRole) -> None:
        db = self._postgresql()
        person = _quoted(db, checked_login(login))
        rights = "CREATEROLE" if role is TeamRole.ADMIN else "NOCREATEROLE"
        _run(db, f"ALTER ROLE {person} {rights}")
        _join(db, person, role)
        db.execute(
            update(TEAM_MEMBERS).where(TEAM_MEMBERS.c.login == login).values(role=role.value)
        )

    def set_password(self, login: str, password: str) -> None:
        db = self._postgresql()
        person = _quoted(db, checked_login(login))
        _run(db, f"ALTER ROLE {person} PASSWORD {_literal(db, password)}")

    def change_own_password(self, password: str) -> None:
        db = self._postgresql()
        _run(db, f"ALTER ROLE CURRENT_USER PASSWORD {_literal(db, password)}")
        engine = db.get_bind().engine
        # The server takes the new password at commit; the connections open now stay
        # signed in, later ones must give it.
        event.listen(db, "after_commit", lambda _db: sign_in_with(engine, password), once=True)

    def remove(self, login: str, at: datetime) -> None:
        db = self._postgresql()
        person = _quoted(db, checked_login(login))
        # The role stays (it names the person in the history); it can no longer sign in.
        _run(db, f"ALTER ROLE {person} NOLOGIN NOCREATEROLE")
        _leave_groups(db, person)
        db.execute(update(TEAM_MEMBERS).where(TEAM_MEMBERS.c.login == login).values(removed_at=at))

    def _postgresql(self) -> DbSession:
        if self._db.get_bind().dialect.name != "postgresql":
            raise UserError(NEEDS_POSTGRESQL)
        return self._db


def _join(db: DbSession, person: str, role: TeamRole) -> None:
    _leave_groups(db, person)
    _run(db, f"GRANT {_quoted(db, GROUP_ROLES[role.value])} TO {person}")


def _leave_groups(db: DbSession, person: str) -> None:
    groups = ", ".join(_quoted(db, GROUP_ROLES[role]) for role in ROLES)
    _run(db, f"REVOKE {groups} FROM {person}")


def _create_group_role(db: DbSession, name: str) -> None:
    if not db.execute(ROLE_EXISTS, {"name": name}).scalar():
        _run(db, f"CREATE ROLE {_quoted(db, name)} NOLOGIN")


def _members_query() -> Any:
    organisations = table_of(OrganisationRow)
    workers = table_of(WorkerRow)
    return (
        select(
            TEAM_MEMBERS,
            organisations.c.name.label("organisation"),
            workers.c.name.label("worker"),
        )
        .join(organisations, organisations.c.id == TEAM_MEMBERS.c.organisation_id)
        .outerjoin(workers, workers.c.id == TEAM_MEMBERS.c.worker_id)
        .order_by(TEAM_MEMBERS.c.login)
    )


def _member(row: Any) -> TeamMember:
    return TeamMember(
        login=row.login,
        full_name=row.full_name,
        organisation=row.organisation,
        role=TeamRole(row.role),
        worker=row.worker,
        added_at=row.added_at,
        removed_at=row.removed_at,
    )


def _run(db: DbSession, statement: str) -> None:
    # Role and grant statements take no bind parameters; what they name is quoted.
    cursor = _driver_connection(db).cursor()
    try:
        cursor.execute(statement.encode("utf-8"))
    finally:
        cursor.close()


def _quoted(db: DbSession, name: str) -> str:
    from psycopg import sql

    return sql.Identifier(name).as_string(_driver_connection(db))


def _literal(db: DbSession, value: str) -> str:
    from psycopg import sql

    return sql.Literal(value).as_string(_driver_connection(db))


def _driver_connection(db: DbSession) -> Any:
    return db.connection().connection.driver_connection


def _conforms(directory: SqlTeamDirectory) -> TeamDirectory:
    return directory
