"""The unit of work: one database transaction behind the domain's ``UnitOfWork``."""

from __future__ import annotations

import getpass
import sqlite3
from types import TracebackType
from typing import Self, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm import sessionmaker

from ryhmat.domain.feeds import Feed
from ryhmat.domain.model import Group, Organisation, Place, Worker, WorkerPair
from ryhmat.domain.ports import (
    ArchivableRepository,
    AttendanceRepository,
    AuditRepository,
    ClosureRepository,
    EnrolmentRepository,
    ErasureLog,
    EvaluationRepository,
    FamilyRepository,
    FeedPublicationRepository,
    FollowUpRepository,
    HeadcountRepository,
    NamedRepository,
    PseudonymRepository,
    PublishedEventRepository,
    Repository,
    SeriesRepository,
    SessionRepository,
    SettingsRepository,
    TeamDirectory,
    UnitOfWork,
    UsageLog,
    UsageQueries,
)
from ryhmat.domain.statistics import StatisticsQueries
from ryhmat.storage.audit import Actor, SqlAuditRepository, SqlErasureLog, SqlSettingsRepository
from ryhmat.storage.evaluations import SqlEvaluationRepository
from ryhmat.storage.failures import storage_failure
from ryhmat.storage.follow_ups import SqlFollowUpRepository
from ryhmat.storage.pseudonyms import SqlPseudonymRepository
from ryhmat.storage.repositories.attendance import (
    SqlAttendanceRepository,
    SqlHeadcountRepository,
)
from ryhmat.storage.repositories.feeds import (
    SqlFeedPublicationRepository,
    SqlFeedRepository,
    SqlPublishedEventRepository,
)
from ryhmat.storage.repositories.people import SqlEnrolmentRepository, SqlFamilyRepository
from ryhmat.storage.repositories.reference import (
    SqlClosureRepository,
    SqlOrganisationRepository,
    SqlPlaceRepository,
    SqlWorkerPairRepository,
    SqlWorkerRepository,
)
from ryhmat.storage.repositories.sessions import (
    SqlGroupRepository,
    SqlSeriesRepository,
    SqlSessionRepository,
)
from ryhmat.storage.statistics import SqlStatisticsQueries
from ryhmat.storage.team import SqlTeamDirectory
from ryhmat.storage.usage import SqlUsageQueries
from ryhmat.storage.usage_log import SqlUsageLog

# The advisory lock that serialised writers share on PostgreSQL ("RYHMÄT" in bytes).
WRITERS_LOCK_KEY = 0x52_59_48_4D_C3_84_54


class SqlAlchemyUnitOfWork:
    """Use as ``with uow: ...; uow.commit()``; leaving the block rolls back the rest."""

    organisations: ArchivableRepository[Organisation]
    workers: ArchivableRepository[Worker]
    pairs: Repository[WorkerPair]
    places: ArchivableRepository[Place]
    closures: ClosureRepository
    groups: ArchivableRepository[Group]
    series: SeriesRepository
    sessions: SessionRepository
    families: FamilyRepository
    enrolments: EnrolmentRepository
    attendance: AttendanceRepository
    headcounts: HeadcountRepository
    feeds: NamedRepository[Feed]
    published_events: PublishedEventRepository
    feed_publications: FeedPublicationRepository
    statistics: StatisticsQueries
    pseudonyms: PseudonymRepository
    audit: AuditRepository
    usage: UsageQueries
    settings: SettingsRepository
    erasures: ErasureLog
    usage_log: UsageLog
    follow_ups: FollowUpRepository
    evaluations: EvaluationRepository
    team: TeamDirectory

    def __init__(self, session_factory: sessionmaker[DbSession], actor: Actor) -> None:
        self._session_factory = session_factory
        self._session: DbSession | None = None
        self._actor = actor

    @property
    def session(self) -> DbSession:
        """The open database session, for storage-level queries (reports, statistics)."""
        if self._session is None:
            raise RuntimeError("the unit of work is used outside its with-block")
        return self._session

    def __enter__(self) -> Self:
        if self._session is not None:
            raise RuntimeError("the unit of work is already open")
        self._session = db = self._session_factory()
        audit = SqlAuditRepository(db, self._actor)
        self.organisations = SqlOrganisationRepository(db)
        self.workers = SqlWorkerRepository(db)
        self.pairs = SqlWorkerPairRepository(db)
        self.places = SqlPlaceRepository(db)
        self.closures = SqlClosureRepository(db)
        self.groups = SqlGroupRepository(db)
        self.series = SqlSeriesRepository(db)
        self.sessions = SqlSessionRepository(db)
        self.families = SqlFamilyRepository(db, audit)
        self.enrolments = SqlEnrolmentRepository(db, audit)
        self.attendance = SqlAttendanceRepository(db, audit)
        self.headcounts = SqlHeadcountRepository(db)
        self.feeds = SqlFeedRepository(db)
        self.published_events = SqlPublishedEventRepository(db)
        self.feed_publications = SqlFeedPublicationRepository(db)
        self.statistics = SqlStatisticsQueries(db)
        self.pseudonyms = SqlPseudonymRepository(db)
        self.audit = audit
        self.usage = SqlUsageQueries(db)
        self.settings = SqlSettingsRepository(db)
        self.erasures = self._erasure_log = SqlErasureLog(db)
        self.usage_log = SqlUsageLog(db, audit.actor_name)
        self.follow_ups = SqlFollowUpRepository(db, audit.actor_name)
        self.evaluations = SqlEvaluationRepository(db)
        self.team = SqlTeamDirectory(db)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session, self._session = self.session, None
        try:
            session.rollback()
        finally:
            session.close()
        failure = None if exc is None else storage_failure(exc)
        if failure is not None:
            # Not chained: the failed statement's text and values stay out of tracebacks.
            raise failure from None

    def serialise_writers(self) -> None:
        """SQLite: the transaction begins as the database's one writer (``BEGIN
        IMMEDIATE``), so what it reads next is the newest state and no one can
        write until it ends; one that has written already holds that lock.
        PostgreSQL: a transaction-scoped advisory lock every serialised writer
        takes; each statement after it sees what the previous holder committed."""
        connection = self.session.connection()
        if connection.dialect.name == "sqlite":
            # A connection in use always has its sqlite3 connection; the stubs say "or None".
            driver = cast(sqlite3.Connection, connection.connection.driver_connection)
            if not driver.in_transaction:
                connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.execute(select(func.pg_advisory_xact_lock(WRITERS_LOCK_KEY)))

    def commit(self) -> None:
        self.session.commit()
        if self._erasure_log.recorded:
            self._register_erasures()

    def _register_erasures(self) -> None:
        """Committed erasures reach the register outside the database, so that an older
        copy of it opened later erases them again."""
        from ryhmat.storage.erasure_register import add_to_register
        from ryhmat.storage.identity import DATABASE_ID_SETTING

        owner = self.settings.get(DATABASE_ID_SETTING)
        if owner:
            add_to_register(owner, self._erasure_log.recorded)
        self._erasure_log.recorded = {}

    def rollback(self) -> None:
        self.session.rollback()
        self._erasure_log.recorded = {}


def operating_system_user() -> str:
    """Who is logged in, for the audit trail when no worker is configured."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (some containers)
        return "?"


def _conforms(uow: SqlAlchemyUnitOfWork) -> UnitOfWork:
    """Lets mypy check that the class satisfies the domain's protocol."""
    return uow
