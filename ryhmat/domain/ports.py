"""What the use cases need from storage, defined here so storage depends on the domain.

Storage implements these protocols with SQLAlchemy; a test may implement them
in memory. Repositories return fresh domain objects; a change reaches the
database when it is passed to ``save`` and the unit of work commits.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from types import TracebackType
from typing import Protocol, Self, TypeVar

from ryhmat.domain.feeds import Feed, PublishedState
from ryhmat.domain.model import (
    Attendance,
    ClosurePeriod,
    Enrolment,
    Family,
    Group,
    Headcount,
    Organisation,
    Place,
    Series,
    Session,
    Worker,
    WorkerPair,
)
from ryhmat.domain.statistics import StatisticsQueries

E = TypeVar("E")


class Repository(Protocol[E]):
    def get(self, entity_id: uuid.UUID) -> E | None: ...

    def get_many(self, entity_ids: Iterable[uuid.UUID]) -> list[E]:
        """The entities with these ids that exist, in no particular order."""
        ...

    def list(self) -> list[E]: ...

    def save(self, entity: E) -> None:
        """Insert the entity, or update the stored one with the same id."""
        ...

    def add_many(self, entities: Sequence[E]) -> None:
        """Insert many new entities at once (demo data, imports); none may exist yet."""
        ...

    def delete(self, entity_id: uuid.UUID) -> None: ...


class NamedRepository(Repository[E], Protocol[E]):
    def by_name(self, name: str) -> E | None:
        """The entity with exactly this name, ignoring case."""
        ...


class SeriesRepository(Repository[Series], Protocol):
    def for_group(self, group_id: uuid.UUID) -> list[Series]: ...


class SessionRepository(Repository[Session], Protocol):
    def for_series(self, series_id: uuid.UUID) -> list[Session]: ...

    def between(
        self, first_day: date, last_day: date, group_ids: Sequence[uuid.UUID] | None = None
    ) -> list[Session]:
        """Sessions on the days first_day..last_day, optionally of some groups only."""
        ...

    def with_attendance(self, session_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Those of the given sessions that have attendance or a headcount."""
        ...

    def unrecorded(self, first_day: date, last_day: date) -> list[Session]:
        """Sessions in the period, not cancelled, with neither attendance nor a headcount."""
        ...


class FamilyRepository(Repository[Family], Protocol):
    def having_members(self, member_ids: Iterable[uuid.UUID]) -> list[Family]:
        """The families that these members belong to."""
        ...


class EnrolmentRepository(Repository[Enrolment], Protocol):
    def for_group(self, group_id: uuid.UUID) -> list[Enrolment]: ...

    def for_family(self, family_id: uuid.UUID) -> list[Enrolment]: ...


class AttendanceRepository(Protocol):
    def for_session(self, session_id: uuid.UUID) -> list[Attendance]: ...

    def for_sessions(self, session_ids: Iterable[uuid.UUID]) -> list[Attendance]:
        """The marks of many sessions at once (exports)."""
        ...

    def replace_for_session(self, session_id: uuid.UUID, marks: Sequence[Attendance]) -> None:
        """Make ``marks`` the whole attendance of the session."""
        ...

    def add_many(self, marks: Sequence[Attendance]) -> None: ...


class HeadcountRepository(Protocol):
    def get(self, session_id: uuid.UUID) -> Headcount | None: ...

    def for_sessions(self, session_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Headcount]:
        """The headcounts of many sessions at once (exports), by session id."""
        ...

    def save(self, headcount: Headcount) -> None: ...

    def add_many(self, headcounts: Sequence[Headcount]) -> None: ...


class ClosureRepository(Repository[ClosurePeriod], Protocol):
    def overlapping(self, first_day: date, last_day: date) -> list[ClosurePeriod]: ...


class PublishedEventRepository(Protocol):
    def get_many(self, session_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, PublishedState]: ...

    def save_many(self, states: Sequence[PublishedState]) -> None:
        """Insert or replace the states of these sessions."""
        ...


class PseudonymRepository(Protocol):
    def codes_for(self, member_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        """A stable code (P-0042) for each member, made the first time it is asked for."""
        ...


class UnitOfWork(Protocol):
    """One transaction: everything saved inside commits together or not at all."""

    organisations: NamedRepository[Organisation]
    workers: NamedRepository[Worker]
    pairs: Repository[WorkerPair]
    places: NamedRepository[Place]
    closures: ClosureRepository
    groups: NamedRepository[Group]
    series: SeriesRepository
    sessions: SessionRepository
    families: FamilyRepository
    enrolments: EnrolmentRepository
    attendance: AttendanceRepository
    headcounts: HeadcountRepository
    feeds: NamedRepository[Feed]
    published_events: PublishedEventRepository
    statistics: StatisticsQueries
    pseudonyms: PseudonymRepository

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Roll back whatever was not committed."""
        ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...
