"""What the use cases need from storage, defined here so storage depends on the domain.

Storage implements these protocols with SQLAlchemy; a test may implement them
in memory. Repositories return fresh domain objects; a change reaches the
database when it is passed to ``save`` and the unit of work commits.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Protocol, Self, TypeVar

from ryhmat.domain.calendar import CalendarEntry, CalendarFilter
from ryhmat.domain.evaluation import SeasonEvaluation, SeasonFacts
from ryhmat.domain.feeds import Feed, FeedGroup, FeedPublication, FeedSources, PublishedState
from ryhmat.domain.follow_ups import EnrolmentCourse, FollowUpKey
from ryhmat.domain.model import (
    Attendance,
    AuditAction,
    AuditEntry,
    ClosurePeriod,
    Enrolment,
    Family,
    FamilyMark,
    Group,
    Headcount,
    HeldSession,
    Organisation,
    Place,
    RosterFamily,
    Series,
    Session,
    UsageAction,
    UsageEvent,
    Worker,
    WorkerPair,
)
from ryhmat.domain.statistics import StatisticsQueries
from ryhmat.domain.team import TeamMember, TeamRole

if TYPE_CHECKING:  # the use cases' own types: they import this module
    from ryhmat.domain.statistics import Statistics
    from ryhmat.domain.usecases.roster_import import RosterField, RosterRow, RowProblem
    from ryhmat.domain.usecases.workbook import WorkbookData

E = TypeVar("E")


class Repository(Protocol[E]):
    def get(self, entity_id: uuid.UUID) -> E | None: ...

    def get_many(self, entity_ids: Iterable[uuid.UUID]) -> list[E]:
        """The entities with these ids that exist, in no particular order."""
        ...

    def list(self) -> list[E]: ...

    def is_empty(self) -> bool:
        """True when there is none at all (one cheap look, whatever the number)."""
        ...

    def save(self, entity: E) -> None:
        """Insert the entity, or update the stored one with the same id.

        A versioned entity (one with a ``version``) is saved only if nobody else
        saved it since it was read; otherwise ``ChangedElsewhere`` is raised and
        nothing is written. On success its ``version`` is the stored one.
        """
        ...

    def add_many(self, entities: Sequence[E]) -> None:
        """Insert many new entities at once (demo data, imports); none may exist yet."""
        ...

    def delete(self, entity_id: uuid.UUID) -> None: ...


class NamedRepository(Repository[E], Protocol[E]):
    def by_name(self, name: str) -> E | None:
        """The entity with exactly this name, ignoring case."""
        ...

    def names(self) -> dict[uuid.UUID, str]:
        """Every entity's name by its id, in the order of ``list``: for choices and
        lookups that show no more than the name, without reading the entities."""
        ...


class ArchivableRepository(NamedRepository[E], Protocol[E]):
    def archived_ids(self) -> set[uuid.UUID]:
        """The ids of the archived ones (few): what choices leave out."""
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

    def themes(self) -> list[str]:
        """Every theme a session has, once each, in no particular order (a search
        matches them; there are far fewer of them than sessions)."""
        ...

    def themed(self, themes: Collection[str], around: date, limit: int) -> list[Session]:
        """At most ``limit`` sessions with one of exactly these ``themes``: those on or
        after ``around`` first, nearest first, then the earlier ones, latest first."""
        ...

    def mark_held(self, session_id: uuid.UUID) -> None:
        """A planned session whose attendance is saved is held: only its status moves
        (and its version, so that an edit of the session begun before is refused rather
        than saved over it); a cancelled or held one is left as it is."""
        ...

    def lock_group(self, group_id: uuid.UUID) -> None:
        """Hold the group's sessions until the unit of work ends: a colleague's save of
        their details or attendance waits, and finds them gone if they are deleted."""
        ...

    def unrecorded(self, first_day: date, now: datetime) -> list[Session]:
        """The sessions from first_day on that are not recorded at ``now``, as
        ``ryhmat.domain.statistics`` defines them; in no particular order."""
        ...

    def calendar(
        self, first_day: date, last_day: date, wanted: CalendarFilter
    ) -> list[CalendarEntry]:
        """What the calendar shows of the sessions on first_day..last_day that pass
        ``wanted``, by day and start; a read model, not entities to save."""
        ...

    def held(self, first_day: date, last_day: date, wanted: CalendarFilter) -> list[HeldSession]:
        """The held sessions on first_day..last_day that pass ``wanted``, by day, start
        and id: plain values for reports."""
        ...


class FamilyRepository(Repository[Family], Protocol):
    def rosters(self, family_ids: Iterable[uuid.UUID]) -> list[RosterFamily]:
        """The families with these ids as a roster names them (no phone, no notes),
        in no particular order."""
        ...

    def rosters_having_members(self, member_ids: Iterable[uuid.UUID]) -> list[RosterFamily]:
        """The families that these members belong to, as a roster names them."""
        ...

    def remove(self, family: Family) -> None:
        """Delete the family with its members, enrolments and history, if it is still as
        it was read (its ``version``); else ``ChangedElsewhere`` and nothing is deleted."""
        ...

    def search(self, text: str, limit: int) -> list[RosterFamily]:
        """At most ``limit`` families, not erased, whose name or people's names hold
        every word of ``text`` (names and words compared as ``comparable_name`` makes
        them): those whose own name begins with the text first, then by name. Reads
        the families found, never every family's members."""
        ...

    def inactive_since(self, cutoff: date) -> list[uuid.UUID]:
        """Families not yet erased, in no group now, and with nothing on or after ``cutoff``:
        no session marked, no enrolment begun or ended, no change recorded, not added."""
        ...


class EnrolmentRepository(Repository[Enrolment], Protocol):
    def for_group(self, group_id: uuid.UUID) -> list[Enrolment]: ...

    def for_groups(self, group_ids: Iterable[uuid.UUID]) -> list[Enrolment]:
        """The enrolments of many groups at once (exports)."""
        ...

    def for_family(self, family_id: uuid.UUID) -> list[Enrolment]: ...

    def for_families(self, family_ids: Iterable[uuid.UUID]) -> list[Enrolment]:
        """The enrolments of many families at once (a search's families)."""
        ...


class AttendanceRepository(Protocol):
    def for_session(self, session_id: uuid.UUID) -> list[Attendance]: ...

    def for_sessions(self, session_ids: Iterable[uuid.UUID]) -> list[Attendance]:
        """The marks of many sessions at once (exports)."""
        ...

    def for_members(self, member_ids: Iterable[uuid.UUID]) -> list[Attendance]:
        """Every mark of these people (a family's, for its access request)."""
        ...

    def family_marks(self, session_ids: Iterable[uuid.UUID]) -> Iterator[FamilyMark]:
        """The marks of many sessions with each member's family, as plain values, read
        as they are iterated (within the unit of work): a year's tens of thousands
        never need to be held at once."""
        ...

    def replace_for_session(self, session_id: uuid.UUID, marks: Sequence[Attendance]) -> None:
        """Make ``marks`` the whole attendance of the session; each change is audited."""
        ...

    def add_many(self, marks: Sequence[Attendance]) -> None:
        """Bulk loading (demo data): not audited."""
        ...

    def recorded_version(self, session_id: uuid.UUID) -> int:
        """How many times the session's attendance and headcount have been saved."""
        ...

    def advance_version(self, session_id: uuid.UUID, seen: int) -> int:
        """Claim the next version if it is still ``seen``, else raise ``ChangedElsewhere``."""
        ...


class HeadcountRepository(Protocol):
    def get(self, session_id: uuid.UUID) -> Headcount | None: ...

    def for_sessions(self, session_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Headcount]:
        """The headcounts of many sessions at once (exports), by session id."""
        ...

    def save(self, headcount: Headcount) -> None: ...

    def add_many(self, headcounts: Sequence[Headcount]) -> None: ...


class ClosureRepository(Repository[ClosurePeriod], Protocol):
    def overlapping(self, first_day: date, last_day: date) -> list[ClosurePeriod]: ...


class FeedPublicationRepository(Protocol):
    """What each feed last published (see FeedPublication), and a cheap digest of what
    a feed would be built from now, to tell without building it whether it changed."""

    def get(self, feed_id: uuid.UUID) -> FeedPublication | None: ...

    def save(self, publication: FeedPublication) -> None:
        """Insert or replace the feed's publication."""
        ...

    def forget(self, feed_id: uuid.UUID) -> None:
        """The feed's next publish is a whole one."""
        ...

    def forget_all(self) -> None:
        """Every feed's next publish is a whole one (e.g. after restoring a backup,
        whose record of what was published is older than what is out there)."""
        ...

    def sources(
        self, first_day: date, last_day: date, shows: Callable[[FeedGroup], bool] | None
    ) -> FeedSources:
        """What a feed of these days and of the groups it ``shows`` (None: any group)
        is built from: the sessions with their leaders and published states, and the
        groups, organisations, places and workers whose names a feed shows."""
        ...


class PublishedEventRepository(Protocol):
    def get_many(self, session_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, PublishedState]: ...

    def save_many(self, states: Sequence[PublishedState]) -> None:
        """Insert or replace the states of these sessions."""
        ...


class PseudonymRepository(Protocol):
    def codes_for(self, member_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        """A stable code (P-0042) for each member, made the first time it is asked for."""
        ...

    def forget(self, member_ids: Iterable[uuid.UUID]) -> None:
        """Drop the members' codes, so earlier exports cannot be linked back to them."""
        ...


class AuditRepository(Protocol):
    """The audit trail. Storage records changes to families, enrolments and marks
    itself, with the acting person and the time; use cases add only what storage
    cannot see (an erasure)."""

    def for_family(self, family_id: uuid.UUID) -> list[AuditEntry]:
        """The family's entries, newest first."""
        ...

    def record(self, family_id: uuid.UUID, action: AuditAction, detail: str = "") -> None: ...

    def forget_family(self, family_id: uuid.UUID) -> None:
        """Delete the family's entries: they hold personal data too."""
        ...

    def move_family(self, from_family_id: uuid.UUID, to_family_id: uuid.UUID) -> None:
        """Make one family's entries another's (a merge keeps both families' history)."""
        ...


class UsageQueries(Protocol):
    """What refers to a thing, as deleting it would take away: each answer names one
    group, worker or pair (the first by name) for the message, or is None if nothing."""

    def group_history(self, group_id: uuid.UUID) -> bool:
        """Whether a session of the group is held or has attendance or a headcount."""
        ...

    def series_history(self, series_id: uuid.UUID) -> bool:
        """Whether a session of the season is held or has attendance or a headcount."""
        ...

    def group_at_place(self, place_id: uuid.UUID) -> str | None:
        """A group with a session or a season at the place, or with it as its default."""
        ...

    def group_led_by(self, worker_id: uuid.UUID) -> str | None:
        """A group with a session or a season that the worker leads."""
        ...

    def pair_partner(self, worker_id: uuid.UUID) -> str | None:
        """The other worker of a pair the worker is in."""
        ...

    def group_organised_by(self, organisation_id: uuid.UUID) -> str | None: ...

    def worker_of(self, organisation_id: uuid.UUID) -> str | None:
        """A worker who works for the organisation."""
        ...

    def group_led_by_pair(self, pair_id: uuid.UUID) -> str | None:
        """A group that has the pair as its default leaders."""
        ...


class UsageLog(Protocol):
    """The usage log: who read which families' personal data, when and why.

    Append-only: storage stamps each event with the acting person and the time,
    and the database refuses to change an event or to delete one before the log's
    retention period has passed (``delete_before``)."""

    def record(self, action: UsageAction, family_ids: Iterable[uuid.UUID]) -> None:
        """One event naming these families; nothing for no family."""
        ...

    def for_family(self, family_id: uuid.UUID) -> list[UsageEvent]:
        """The events that name the family (with only it in ``family_ids``), newest first."""
        ...

    def for_actor(self, actor: str) -> list[UsageEvent]:
        """The person's events with all their families, newest first."""
        ...

    def actors(self) -> list[str]:
        """Everyone who has an event in the log, in alphabetical order."""
        ...

    def delete_before(self, cutoff: datetime) -> int:
        """Delete the events before ``cutoff`` (the log's retention); how many."""
        ...


class ErasureLog(Protocol):
    """Which families were erased and when (ids and days only): what restoring an
    older copy of the database must erase again."""

    def record(self, family_id: uuid.UUID, erased_on: date) -> None: ...

    def entries(self) -> dict[uuid.UUID, date]: ...


class FollowUpRepository(Protocol):
    """What follow-ups are reckoned from, and the done ones (``ryhmat.domain.follow_ups``)."""

    def courses(self, since: date) -> list[EnrolmentCourse]:
        """Every enrolment of a family not erased that is enrolled, or left on or after
        ``since``, with the family's last visit to the group on or after ``since`` (None
        if it came only before), in no particular order."""
        ...

    def held_days(self, group_ids: Iterable[uuid.UUID], since: date) -> dict[uuid.UUID, list[date]]:
        """The days of each group's held sessions on or after ``since``, in order."""
        ...

    def done(self) -> set[FollowUpKey]: ...

    def mark_done(self, key: FollowUpKey, done_on: date) -> None:
        """Record it done on ``done_on`` by the person using the unit of work; one done
        already stays as it was."""
        ...

    def unmark(self, key: FollowUpKey) -> None: ...

    def forget_family(self, family_id: uuid.UUID) -> None:
        """Delete the family's records (an erasure)."""
        ...

    def move_family(self, from_family_id: uuid.UUID, to_family_id: uuid.UUID) -> None:
        """Make one family's records another's (a merge); one both have stays once."""
        ...


class EvaluationRepository(Protocol):
    """Seasons' goals, evaluations and feedback tallies (``ryhmat.domain.evaluation``)."""

    def get(self, series_id: uuid.UUID) -> SeasonEvaluation:
        """The season's evaluation; an empty one if nothing is recorded."""
        ...

    def for_series(self, series_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, SeasonEvaluation]:
        """The evaluations of these seasons, empty ones for those without."""
        ...

    def save(self, evaluation: SeasonEvaluation) -> None:
        """Replace the season's goals, answers and tallies with these (a tally of 0 and
        answers left unwritten are not stored)."""
        ...

    def seasons(self) -> list[SeasonFacts]:
        """Every season with whether it is evaluated, by group, then first day."""
        ...


class SettingsRepository(Protocol):
    """Settings shared by everyone using the database (a team's retention period)."""

    def get(self, key: str) -> str | None: ...

    def put(self, key: str, value: str) -> None: ...


class TeamDirectory(Protocol):
    """The people of a team database and their login roles (PostgreSQL only: on SQLite
    every method raises ``UserError``)."""

    def initialise(self) -> None:
        """Create the group roles if missing and grant them the access matrix."""
        ...

    def members(self) -> list[TeamMember]: ...

    def connected_role(self) -> TeamRole | None:
        """The role of the person connected; None when no team member is (SQLite, or
        the database's owner)."""
        ...

    def member(self, login: str) -> TeamMember | None: ...

    def may_record(self, session_id: uuid.UUID) -> bool:
        """Whether the person connected may save the session's marks (always, but on a
        team database, whose policies decide)."""
        ...

    def add(
        self,
        login: str,
        full_name: str,
        organisation_id: uuid.UUID,
        role: TeamRole,
        worker_id: uuid.UUID | None,
        password: str,
        at: datetime,
    ) -> None: ...

    def set_role(self, login: str, role: TeamRole) -> None: ...

    def set_password(self, login: str, password: str) -> None: ...

    def change_own_password(self, password: str) -> None:
        """The connected login's password; once committed, this database's later
        connections sign in with it and the keyring keeps it."""
        ...

    def remove(self, login: str, at: datetime) -> None:
        """The login can no longer sign in; its row stays, marked removed."""
        ...


class UnitOfWork(Protocol):
    """One transaction: everything saved inside commits together or not at all."""

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

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Roll back whatever was not committed."""
        ...

    def serialise_writers(self) -> None:
        """Wait until no other unit of work is writing, and keep every other writer
        waiting until this one ends.

        Call it before reading what a write depends on ("is this family in the
        database already?"), so that two writers checking at the same moment
        cannot both decide to add the same thing.
        """
        ...

    def commit(self) -> None: ...

    def rollback(self) -> None: ...


UnitOfWorkFactory = Callable[[], UnitOfWork]
# Called by long work as it goes: how many steps are done of how many.
Progress = Callable[[int, int], None]


# -- what the use cases need from export --------------------------------------------------
#
# Publishing, the workbook and reading a roster file are done by ryhmat.export; the
# composition root (app.py) hands its implementations to the use cases through these.


class PublishCounts(Protocol):
    """How many calendar-server events one publish created, changed and removed."""

    @property
    def created(self) -> int: ...

    @property
    def updated(self) -> int: ...

    @property
    def deleted(self) -> int: ...


class PublishedFeed(Protocol):
    """Where one feed went: its file (if it has a folder) and the server's counts."""

    @property
    def file(self) -> Path | None: ...

    @property
    def server(self) -> PublishCounts | None: ...

    @property
    def page(self) -> Path | None:
        """The public programme's index page, written beside a public feed's file."""


class FeedPublisher(Protocol):
    """Writes feeds to their folders and calendar servers; each call that reads or
    notes something in the database opens its own units of work from the factory,
    so a slow server never holds a transaction open. Raise a UserError for what the
    person can fix (a folder, a server, a password)."""

    def publish(
        self, unit_of_work: UnitOfWorkFactory, feed_id: uuid.UUID, now: datetime
    ) -> PublishedFeed: ...

    def rotate(
        self, unit_of_work: UnitOfWorkFactory, feed_id: uuid.UUID, now: datetime
    ) -> PublishedFeed:
        """A new secret file name (the old address stops working), published there."""

    def withdraw(self, unit_of_work: UnitOfWorkFactory, feed_id: uuid.UUID) -> None:
        """Delete the feed once its file and its server events are removed."""

    def withdraw_from_former_folder(self, before: Feed, after: Feed) -> None:
        """Remove the file a feed published in the folder it no longer has."""

    def store_password(self, feed: Feed, password: str) -> None:
        """Keep the feed's server password in the operating system's password store."""


class WorkbookWriter(Protocol):
    """Writes the statistics workbook to a file, whole or not at all."""

    def __call__(
        self,
        path: Path,
        statistics: Statistics,
        data: WorkbookData,
        progress: Progress | None = None,
    ) -> None: ...


class RosterContents(Protocol):
    """A roster file's rows, the problems of the rows it could not read, and each
    field's header as the file writes it."""

    @property
    def rows(self) -> Sequence[RosterRow]: ...

    @property
    def problems(self) -> Sequence[RowProblem]: ...

    @property
    def headers(self) -> Mapping[RosterField, str]: ...


class RosterReader(Protocol):
    """Reads a roster file (checked and bounded: it comes from outside)."""

    def __call__(self, path: Path) -> RosterContents: ...
