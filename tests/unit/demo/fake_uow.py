"""A dict-backed unit of work: enough to see what `load` stores, and what the removal
use cases decide."""

from __future__ import annotations

import builtins
import uuid
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from copy import deepcopy
from dataclasses import replace
from datetime import UTC, date, datetime
from types import TracebackType
from typing import Any, Generic, Protocol, Self, TypeVar, cast

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
    SessionStatus,
    UsageAction,
    UsageEvent,
    Worker,
    WorkerPair,
)
from ryhmat.domain.names import comparable_name
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
    UsageLog,
    UsageQueries,
)
from ryhmat.domain.statistics import StatisticsQueries
from ryhmat.domain.team import TeamMember, TeamRole


class HasId(Protocol):
    id: uuid.UUID


E = TypeVar("E", bound=HasId)
Calls = Counter[tuple[str, str]]


class FakeRepository(Generic[E]):
    """Every query method of every repository protocol, answered from one dict."""

    def __init__(self, name: str, calls: Calls) -> None:
        self.items: dict[uuid.UUID, E] = {}
        self._name = name
        self._calls = calls

    def get(self, entity_id: uuid.UUID) -> E | None:
        return self.items.get(entity_id)

    def get_many(self, entity_ids: Iterable[uuid.UUID]) -> builtins.list[E]:
        return [self.items[i] for i in set(entity_ids) if i in self.items]

    def list(self) -> builtins.list[E]:
        return builtins.list(self.items.values())

    def is_empty(self) -> bool:
        return not self.items

    def save(self, entity: E) -> None:
        self._calls[(self._name, "save")] += 1
        self.items[entity.id] = entity

    def add_many(self, entities: Sequence[E]) -> None:
        self._calls[(self._name, "add_many")] += 1
        for entity in entities:
            assert entity.id not in self.items
            self.items[entity.id] = entity

    def delete(self, entity_id: uuid.UUID) -> None:
        del self.items[entity_id]

    def by_name(self, name: str) -> E | None:
        wanted = comparable_name(name)
        return next(
            (e for e in self.items.values() if comparable_name(_attr(e, "name")) == wanted), None
        )

    def names(self) -> dict[uuid.UUID, str]:
        return {e.id: _attr(e, "name") for e in self.items.values()}

    def archived_ids(self) -> set[uuid.UUID]:
        return {e.id for e in self.items.values() if _attr(e, "archived")}

    def lock_group(self, group_id: uuid.UUID) -> None:
        pass

    def mark_held(self, session_id: uuid.UUID) -> None:
        session = self.items.get(session_id)
        if _attr(session, "status") is SessionStatus.PLANNED:
            self.items[session_id] = replace(cast(Any, session), status=SessionStatus.HELD)

    def for_group(self, group_id: uuid.UUID) -> builtins.list[E]:
        return [e for e in self.items.values() if _attr(e, "group_id") == group_id]

    def for_groups(self, group_ids: Iterable[uuid.UUID]) -> builtins.list[E]:
        wanted = set(group_ids)
        return [e for e in self.items.values() if _attr(e, "group_id") in wanted]

    def for_series(self, series_id: uuid.UUID) -> builtins.list[E]:
        return [e for e in self.items.values() if _attr(e, "series_id") == series_id]

    def for_family(self, family_id: uuid.UUID) -> builtins.list[E]:
        return [e for e in self.items.values() if _attr(e, "family_id") == family_id]

    def between(
        self, first_day: date, last_day: date, group_ids: Sequence[uuid.UUID] | None = None
    ) -> builtins.list[E]:
        return [
            e
            for e in self.items.values()
            if first_day <= _attr(e, "day") <= last_day
            and (group_ids is None or _attr(e, "group_id") in group_ids)
        ]

    def with_attendance(self, session_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        return set()

    def rosters(self, family_ids: Iterable[uuid.UUID]) -> builtins.list[RosterFamily]:
        wanted = set(family_ids)
        return [RosterFamily.of(cast(Family, e)) for e in self.items.values() if e.id in wanted]

    def rosters_having_members(
        self, member_ids: Iterable[uuid.UUID]
    ) -> builtins.list[RosterFamily]:
        wanted = set(member_ids)
        return [
            RosterFamily.of(cast(Family, e))
            for e in self.items.values()
            if wanted & {m.id for m in _attr(e, "members")}
        ]

    def unrecorded(self, first_day: date, now: datetime) -> builtins.list[E]:
        return []

    def calendar(
        self, first_day: date, last_day: date, wanted: CalendarFilter
    ) -> builtins.list[CalendarEntry]:
        return []

    def held(
        self, first_day: date, last_day: date, wanted: CalendarFilter
    ) -> builtins.list[HeldSession]:
        return []

    def inactive_since(self, cutoff: date) -> builtins.list[uuid.UUID]:
        return []

    def search(self, text: str, limit: int) -> builtins.list[RosterFamily]:
        return []

    def remove(self, family: E) -> None:
        del self.items[family.id]

    def for_families(self, family_ids: Iterable[uuid.UUID]) -> builtins.list[E]:
        wanted = set(family_ids)
        return [e for e in self.items.values() if _attr(e, "family_id") in wanted]

    def overlapping(self, first_day: date, last_day: date) -> builtins.list[E]:
        return builtins.list(self.items.values())


def _attr(entity: object, name: str) -> Any:
    return getattr(entity, name, None)


class FakeAttendance:
    def __init__(self, calls: Calls) -> None:
        self.marks: list[Attendance] = []
        self._calls = calls

    def for_session(self, session_id: uuid.UUID) -> list[Attendance]:
        return [m for m in self.marks if m.session_id == session_id]

    def for_sessions(self, session_ids: Iterable[uuid.UUID]) -> list[Attendance]:
        wanted = set(session_ids)
        return [m for m in self.marks if m.session_id in wanted]

    def for_members(self, member_ids: Iterable[uuid.UUID]) -> list[Attendance]:
        wanted = set(member_ids)
        return [m for m in self.marks if m.member_id in wanted]

    def family_marks(self, session_ids: Iterable[uuid.UUID]) -> Iterator[FamilyMark]:
        return iter([])

    def replace_for_session(self, session_id: uuid.UUID, marks: Sequence[Attendance]) -> None:
        self.marks = [m for m in self.marks if m.session_id != session_id] + list(marks)

    def add_many(self, marks: Sequence[Attendance]) -> None:
        self._calls[("attendance", "add_many")] += 1
        self.marks += marks

    def recorded_version(self, session_id: uuid.UUID) -> int:
        return 0

    def advance_version(self, session_id: uuid.UUID, seen: int) -> int:
        return seen + 1


class FakeSessions(FakeRepository[Session]):
    """Sessions that know which of them have marks or a headcount."""

    def __init__(self, calls: Calls, marks: FakeAttendance, headcounts: FakeHeadcounts) -> None:
        super().__init__("sessions", calls)
        self._marks = marks
        self._headcounts = headcounts

    def with_attendance(self, session_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        recorded = {m.session_id for m in self._marks.marks} | set(self._headcounts.items)
        return recorded & set(session_ids)

    def themes(self) -> builtins.list[str]:
        return sorted({s.theme for s in self.items.values() if s.theme})

    def themed(self, themes: Collection[str], around: date, limit: int) -> builtins.list[Session]:
        return [s for s in self.items.values() if s.theme in themes][:limit]


class FakeHeadcounts:
    def __init__(self, calls: Calls) -> None:
        self.items: dict[uuid.UUID, Headcount] = {}
        self._calls = calls

    def get(self, session_id: uuid.UUID) -> Headcount | None:
        return self.items.get(session_id)

    def for_sessions(self, session_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Headcount]:
        return {i: self.items[i] for i in session_ids if i in self.items}

    def save(self, headcount: Headcount) -> None:
        self.items[headcount.session_id] = headcount

    def add_many(self, headcounts: Sequence[Headcount]) -> None:
        self._calls[("headcounts", "add_many")] += 1
        for headcount in headcounts:
            self.items[headcount.session_id] = headcount


class FakePublishedEvents:
    def __init__(self) -> None:
        self.states: dict[uuid.UUID, PublishedState] = {}

    def get_many(self, session_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, PublishedState]:
        return {i: self.states[i] for i in session_ids if i in self.states}

    def save_many(self, states: Sequence[PublishedState]) -> None:
        self.states.update((s.session_id, s) for s in states)


class FakeFeedPublications:
    def __init__(self) -> None:
        self.publications: dict[uuid.UUID, FeedPublication] = {}

    def get(self, feed_id: uuid.UUID) -> FeedPublication | None:
        return self.publications.get(feed_id)

    def save(self, publication: FeedPublication) -> None:
        self.publications[publication.feed_id] = publication

    def forget(self, feed_id: uuid.UUID) -> None:
        self.publications.pop(feed_id, None)

    def forget_all(self) -> None:
        self.publications.clear()

    def sources(
        self, first_day: date, last_day: date, shows: Callable[[FeedGroup], bool] | None
    ) -> FeedSources:
        raise NotImplementedError("the fake keeps no sources to read")


class FakePseudonyms:
    def __init__(self) -> None:
        self.codes: dict[uuid.UUID, str] = {}

    def codes_for(self, member_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        for member_id in member_ids:
            self.codes.setdefault(member_id, f"P-{len(self.codes) + 1:04d}")
        return dict(self.codes)

    def forget(self, member_ids: Iterable[uuid.UUID]) -> None:
        for member_id in member_ids:
            self.codes.pop(member_id, None)


class FakeAudit:
    def __init__(self) -> None:
        self.entries: list[AuditEntry] = []

    def for_family(self, family_id: uuid.UUID) -> list[AuditEntry]:
        return [e for e in self.entries if e.family_id == family_id]

    def record(self, family_id: uuid.UUID, action: AuditAction, detail: str = "") -> None:
        at = datetime(2026, 11, 23, tzinfo=UTC)
        self.entries.append(
            AuditEntry(family_id=family_id, action=action, at=at, actor="test", detail=detail)
        )

    def forget_family(self, family_id: uuid.UUID) -> None:
        self.entries = [e for e in self.entries if e.family_id != family_id]

    def move_family(self, from_family_id: uuid.UUID, to_family_id: uuid.UUID) -> None:
        self.entries = [
            replace(e, family_id=to_family_id) if e.family_id == from_family_id else e
            for e in self.entries
        ]


class FakeErasureLog(dict[uuid.UUID, date]):
    def record(self, family_id: uuid.UUID, erased_on: date) -> None:
        self.setdefault(family_id, erased_on)

    def entries(self) -> dict[uuid.UUID, date]:
        return dict(self)


class FakeUsageLog(list[UsageEvent]):
    """The events in the order written, stamped "tester" at a fixed moment."""

    actor = "tester"
    at = datetime(2026, 1, 1, tzinfo=UTC)

    def record(self, action: UsageAction, family_ids: Iterable[uuid.UUID]) -> None:
        ids = tuple(dict.fromkeys(family_ids))
        if ids:
            self.append(
                UsageEvent(
                    id=uuid.uuid4(), at=self.at, actor=self.actor, action=action, family_ids=ids
                )
            )

    def for_family(self, family_id: uuid.UUID) -> builtins.list[UsageEvent]:
        return [
            replace(e, family_ids=(family_id,)) for e in reversed(self) if family_id in e.family_ids
        ]

    def for_actor(self, actor: str) -> builtins.list[UsageEvent]:
        return [e for e in reversed(self) if e.actor == actor]

    def actors(self) -> builtins.list[str]:
        return sorted({e.actor for e in self})

    def delete_before(self, cutoff: datetime) -> int:
        kept = [e for e in self if e.at >= cutoff]
        deleted = sum(len(e.family_ids) for e in self if e.at < cutoff)
        self[:] = kept
        return deleted


class FakeSettings(dict[str, str]):
    def put(self, key: str, value: str) -> None:
        self[key] = value


class FakeUsage:
    """What refers to what, read from the fake's own dicts as storage reads its tables."""

    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow

    def _recorded(self, sessions: Iterable[Session]) -> bool:
        sessions = builtins.list(sessions)
        recorded = self._uow.sessions.with_attendance(s.id for s in sessions)
        return any(s.status is SessionStatus.HELD or s.id in recorded for s in sessions)

    def _first_group(self, group_ids: Iterable[uuid.UUID]) -> str | None:
        names = self._uow.groups.names()
        return min((names[i] for i in set(group_ids) if i in names), default=None)

    def _sessions(self) -> builtins.list[Session]:
        return self._uow.sessions.list()

    def group_history(self, group_id: uuid.UUID) -> bool:
        return self._recorded(s for s in self._sessions() if s.group_id == group_id)

    def series_history(self, series_id: uuid.UUID) -> bool:
        return self._recorded(s for s in self._sessions() if s.series_id == series_id)

    def group_at_place(self, place_id: uuid.UUID) -> str | None:
        uow = self._uow
        return self._first_group(
            [s.group_id for s in self._sessions() if s.place_id == place_id]
            + [s.group_id for s in uow.series.list() if s.place_id == place_id]
            + [g.id for g in uow.groups.list() if g.default_place_id == place_id]
        )

    def group_led_by(self, worker_id: uuid.UUID) -> str | None:
        return self._first_group(
            [s.group_id for s in self._sessions() if worker_id in s.leader_ids]
            + [s.group_id for s in self._uow.series.list() if worker_id in s.leader_ids]
        )

    def pair_partner(self, worker_id: uuid.UUID) -> str | None:
        names = self._uow.workers.names()
        partners = [
            names[other]
            for pair in self._uow.pairs.list()
            if worker_id in pair.worker_ids
            for other in pair.worker_ids
            if other != worker_id
        ]
        return min(partners, default=None)

    def group_organised_by(self, organisation_id: uuid.UUID) -> str | None:
        groups = self._uow.groups.list()
        return self._first_group(g.id for g in groups if organisation_id in g.organiser_ids)

    def worker_of(self, organisation_id: uuid.UUID) -> str | None:
        workers = self._uow.workers.list()
        return min((w.name for w in workers if w.organisation_id == organisation_id), default=None)

    def group_led_by_pair(self, pair_id: uuid.UUID) -> str | None:
        return self._first_group(
            g.id for g in self._uow.groups.list() if g.default_pair_id == pair_id
        )


class FakeTeam:
    """The people of a team database, with the passwords their login roles were given."""

    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow
        self.people: dict[str, TeamMember] = {}
        self.passwords: dict[str, str] = {}
        self.own_password: str | None = None
        self.initialised = False

    def initialise(self) -> None:
        self.initialised = True

    def members(self) -> list[TeamMember]:
        return list(self.people.values())

    def member(self, login: str) -> TeamMember | None:
        return self.people.get(login)

    def connected_role(self) -> TeamRole | None:
        return None

    def may_record(self, session_id: uuid.UUID) -> bool:
        return True

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
        organisation = self._uow.organisations.get(organisation_id)
        worker = None if worker_id is None else self._uow.workers.get(worker_id)
        self.people[login] = TeamMember(
            login=login,
            full_name=full_name,
            organisation=organisation.name if organisation else "",
            role=role,
            worker=worker.name if worker else None,
            added_at=at,
        )
        self.passwords[login] = password

    def set_role(self, login: str, role: TeamRole) -> None:
        self.people[login] = replace(self.people[login], role=role)

    def set_password(self, login: str, password: str) -> None:
        self.passwords[login] = password

    def change_own_password(self, password: str) -> None:
        self.own_password = password

    def remove(self, login: str, at: datetime) -> None:
        self.people[login] = replace(self.people[login], removed_at=at)
        self.passwords.pop(login, None)


class FakeFollowUps:
    """Done follow-ups only: the demo's tests reckon none."""

    def __init__(self) -> None:
        self.stored: dict[FollowUpKey, date] = {}

    def courses(self, since: date) -> builtins.list[EnrolmentCourse]:
        return []

    def held_days(
        self, group_ids: Iterable[uuid.UUID], since: date
    ) -> dict[uuid.UUID, builtins.list[date]]:
        return {}

    def done(self) -> set[FollowUpKey]:
        return set(self.stored)

    def mark_done(self, key: FollowUpKey, done_on: date) -> None:
        self.stored.setdefault(key, done_on)

    def unmark(self, key: FollowUpKey) -> None:
        self.stored.pop(key, None)

    def forget_family(self, family_id: uuid.UUID) -> None:
        self.stored = {k: v for k, v in self.stored.items() if k.family_id != family_id}

    def move_family(self, from_family_id: uuid.UUID, to_family_id: uuid.UUID) -> None:
        for key in [k for k in self.stored if k.family_id == from_family_id]:
            day = self.stored.pop(key)
            self.stored.setdefault(replace(key, family_id=to_family_id), day)


class FakeEvaluations:
    """Seasons' evaluations by series, the seasons read from the unit of work's series."""

    def __init__(self, uow: FakeUnitOfWork) -> None:
        self._uow = uow
        self.stored: dict[uuid.UUID, SeasonEvaluation] = {}

    def get(self, series_id: uuid.UUID) -> SeasonEvaluation:
        stored = self.stored.get(series_id)
        return deepcopy(stored) if stored else SeasonEvaluation(series_id=series_id)

    def for_series(self, series_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, SeasonEvaluation]:
        return {series_id: self.get(series_id) for series_id in series_ids}

    def save(self, evaluation: SeasonEvaluation) -> None:
        self.stored[evaluation.series_id] = deepcopy(evaluation)

    def seasons(self) -> builtins.list[SeasonFacts]:
        found = [
            SeasonFacts(
                s.id,
                s.group_id,
                s.name,
                s.first_day,
                s.last_day,
                self.get(s.id).evaluated,
            )
            for s in self._uow.series.list()
        ]
        return sorted(found, key=lambda s: (str(s.group_id), s.first_day, s.name))


class FakeUnitOfWork:
    # Declared with the protocols' own types: a unit of work's repositories
    # are settable attributes, which a protocol matches only invariantly.
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

    def __init__(self) -> None:
        self.calls: Calls = Counter()
        self.organisations = FakeRepository[Organisation]("organisations", self.calls)
        self.workers = FakeRepository[Worker]("workers", self.calls)
        self.pairs = FakeRepository[WorkerPair]("pairs", self.calls)
        self.places = FakeRepository[Place]("places", self.calls)
        self.closures = FakeRepository[ClosurePeriod]("closures", self.calls)
        self.groups = FakeRepository[Group]("groups", self.calls)
        self.series = FakeRepository[Series]("series", self.calls)
        self.families = FakeRepository[Family]("families", self.calls)
        self.enrolments = FakeRepository[Enrolment]("enrolments", self.calls)
        self.stored_marks = FakeAttendance(self.calls)
        self.attendance = self.stored_marks
        self.stored_headcounts = FakeHeadcounts(self.calls)
        self.headcounts = self.stored_headcounts
        self.sessions = FakeSessions(self.calls, self.stored_marks, self.stored_headcounts)
        self.feeds = FakeRepository[Feed]("feeds", self.calls)
        self.published_events = FakePublishedEvents()
        self.feed_publications = FakeFeedPublications()
        self.pseudonyms = FakePseudonyms()
        self.audit = FakeAudit()
        self.usage = FakeUsage(self)
        self.settings = FakeSettings()
        self.erasures = FakeErasureLog()
        self.usage_log = FakeUsageLog()
        self.follow_ups = FakeFollowUps()
        self.stored_evaluations = FakeEvaluations(self)
        self.evaluations = self.stored_evaluations
        self.stored_team = FakeTeam(self)
        self.team = self.stored_team
        self.commits = 0

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        pass

    def serialise_writers(self) -> None:
        pass

    def commit(self) -> None:
        self.commits += 1

    def rollback(self) -> None:
        pass
