"""The tables of Ryhmät as SQLAlchemy declarative rows.

Rows are a storage detail: repositories translate them to and from the
domain dataclasses, so nothing outside storage ever holds a row. Ordered
lists of the domain (organisers, leaders, weekly slots) become child rows
with a ``position`` in their primary key.
"""

from __future__ import annotations

import enum
import uuid
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    Uuid,
    false,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ryhmat.domain.evaluation import ANSWER_LENGTH, GOAL_LENGTH, FeedbackQuestion, GoalOutcome
from ryhmat.domain.feeds import FeedKind
from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    AttendanceMark,
    AttendanceMode,
    AuditAction,
    CancelReason,
    CapacityUnit,
    ChildrenListed,
    ClosureScope,
    EnrolmentStatus,
    GroupType,
    MemberKind,
    OrganisationKind,
    Permission,
    SessionStatus,
    UsageAction,
    WorkerKind,
)
from ryhmat.domain.timezone import helsinki_now

# Explicit constraint names keep Alembic migrations identical on SQLite and
# PostgreSQL and let a later batch migration on SQLite drop a constraint by name.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

NAME_LENGTH = 200
ENUM_LENGTH = 40


def utc_now() -> datetime:
    return datetime.now(UTC)


def helsinki_today() -> date:
    return helsinki_now().date()


class UtcDateTime(TypeDecorator[datetime]):
    """An aware UTC moment on every database: SQLite keeps no zone, so store UTC
    and say so again on the way out."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a naive date-time cannot be stored as a moment")
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def enum_column(enum_type: type[enum.Enum]) -> Enum:
    """Store the enum's string values in a VARCHAR.

    No CHECK constraint and no native type, so that adding a value later needs
    no migration (SQLite would have to rebuild the table to change a CHECK).
    """
    return Enum(
        enum_type,
        native_enum=False,
        create_constraint=False,
        length=ENUM_LENGTH,
        values_callable=_enum_values,
        validate_strings=True,
    )


def _enum_values(enum_type: type[enum.Enum]) -> list[str]:
    return [str(member.value) for member in enum_type]


LISTED_ROLES_LENGTH = 200
SKIPPED_EVES_LENGTH = 200
ALL_ROLES = ",".join(AdultRole)
# What migration 0014 gave the rows it found; the app always writes the column itself.
ROLES_OF_0014 = "father,mother,other_guardian,grandparent"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class IdRow(Base):
    """A row of an entity that the domain knows by its own UUID."""

    __abstract__ = True

    # sort_order puts the id first in every CREATE TABLE.
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, sort_order=-1)


def _fk(target: str, ondelete: str) -> ForeignKey:
    return ForeignKey(target, ondelete=ondelete)


def _archived() -> Any:
    """Hidden from choices and lists by default; the history stays (migration 0008)."""
    return mapped_column(Boolean, default=False, server_default=false())


def _version() -> Any:
    """The optimistic lock: every save checks it and raises it by one."""
    return mapped_column(Integer, default=1, server_default="1")


class OrganisationRow(IdRow):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    kind: Mapped[OrganisationKind] = mapped_column(enum_column(OrganisationKind))
    archived: Mapped[bool] = _archived()


class WorkerRow(IdRow):
    __tablename__ = "workers"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    title: Mapped[str] = mapped_column(String(NAME_LENGTH))
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        _fk("organisations.id", "SET NULL"), index=True
    )
    email: Mapped[str] = mapped_column(String(320))
    # Staff, volunteer or student (migration 0020), for leader hours by kind.
    kind: Mapped[WorkerKind] = mapped_column(
        enum_column(WorkerKind), default=WorkerKind.STAFF, server_default="staff"
    )
    archived: Mapped[bool] = _archived()


class WorkerPairRow(IdRow):
    __tablename__ = "worker_pairs"

    first_worker_id: Mapped[uuid.UUID] = mapped_column(_fk("workers.id", "CASCADE"), index=True)
    second_worker_id: Mapped[uuid.UUID] = mapped_column(_fk("workers.id", "CASCADE"), index=True)


class PlaceRow(IdRow):
    __tablename__ = "places"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    address: Mapped[str] = mapped_column(String(500))
    capacity: Mapped[int | None] = mapped_column(Integer)
    archived: Mapped[bool] = _archived()


class ClosurePeriodRow(IdRow):
    __tablename__ = "closure_periods"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    # Whom it pauses (migration 0023); closures made before it paused every group.
    scope: Mapped[ClosureScope] = mapped_column(
        enum_column(ClosureScope), default=ClosureScope.ALL, server_default="all"
    )
    # An organisation's own closure goes with the organisation.
    organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        _fk("organisations.id", "CASCADE"), index=True
    )


class ClosureGroupRow(Base):
    """The groups a closure of chosen groups pauses (migration 0023)."""

    __tablename__ = "closure_groups"

    closure_id: Mapped[uuid.UUID] = mapped_column(
        _fk("closure_periods.id", "CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Indexed for the cascade when a group is deleted.
    group_id: Mapped[uuid.UUID] = mapped_column(_fk("groups.id", "CASCADE"), index=True)


class GroupRow(IdRow):
    __tablename__ = "groups"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    type: Mapped[GroupType] = mapped_column(enum_column(GroupType))
    attendance_mode: Mapped[AttendanceMode] = mapped_column(enum_column(AttendanceMode))
    # In whole months, both ends inclusive (migration 0025; domain/target_ages.py).
    target_age_min_months: Mapped[int | None] = mapped_column(Integer)
    target_age_max_months: Mapped[int | None] = mapped_column(Integer)
    capacity: Mapped[int | None] = mapped_column(Integer)
    # What the capacity counts (migration 0019); groups made before it said nothing: persons,
    # which is what their fill rate compared the capacity with until then.
    capacity_unit: Mapped[CapacityUnit] = mapped_column(
        enum_column(CapacityUnit), default=CapacityUnit.PERSONS, server_default="persons"
    )
    default_place_id: Mapped[uuid.UUID | None] = mapped_column(_fk("places.id", "SET NULL"))
    default_pair_id: Mapped[uuid.UUID | None] = mapped_column(_fk("worker_pairs.id", "SET NULL"))
    is_public: Mapped[bool] = mapped_column(Boolean)
    description: Mapped[str] = mapped_column(Text)
    # Whom the group is for (migration 0014): the adult roles listed, comma-separated.
    listed_roles: Mapped[str] = mapped_column(
        String(LISTED_ROLES_LENGTH), default=ALL_ROLES, server_default=ROLES_OF_0014
    )
    listed_children: Mapped[ChildrenListed] = mapped_column(
        enum_column(ChildrenListed), default=ChildrenListed.ALL, server_default="all"
    )
    # Planning and debrief per session, in minutes (migration 0020); NULL: none.
    planning_minutes: Mapped[int | None] = mapped_column(Integer)
    # The eves its seasons skip, comma-separated (migration 0023); NULL: the team's.
    skipped_eves: Mapped[str | None] = mapped_column(String(SKIPPED_EVES_LENGTH))
    archived: Mapped[bool] = _archived()
    version: Mapped[int] = _version()


class GroupOrganiserRow(Base):
    __tablename__ = "group_organisers"

    group_id: Mapped[uuid.UUID] = mapped_column(_fk("groups.id", "CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Indexed for the per-organisation calendar feeds and for the cascade.
    organisation_id: Mapped[uuid.UUID] = mapped_column(
        _fk("organisations.id", "CASCADE"), index=True
    )


class SeriesRow(IdRow):
    __tablename__ = "series"

    group_id: Mapped[uuid.UUID] = mapped_column(_fk("groups.id", "CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    first_day: Mapped[date] = mapped_column(Date)
    last_day: Mapped[date] = mapped_column(Date)
    interval_weeks: Mapped[int] = mapped_column(Integer)
    chosen_start: Mapped[time | None] = mapped_column(Time)
    chosen_end: Mapped[time | None] = mapped_column(Time)
    place_id: Mapped[uuid.UUID | None] = mapped_column(_fk("places.id", "SET NULL"))
    # A monthly season: the 1st–4th (or -1, the last) weekday of the month, at these times.
    monthly_ordinal: Mapped[int | None] = mapped_column(Integer)
    monthly_weekday: Mapped[int | None] = mapped_column(Integer)
    monthly_start: Mapped[time | None] = mapped_column(Time)
    monthly_end: Mapped[time | None] = mapped_column(Time)


class SeriesSlotRow(Base):
    __tablename__ = "series_slots"

    series_id: Mapped[uuid.UUID] = mapped_column(_fk("series.id", "CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start: Mapped[time] = mapped_column(Time)
    end: Mapped[time] = mapped_column(Time)


class SeriesDateRow(Base):
    __tablename__ = "series_dates"

    series_id: Mapped[uuid.UUID] = mapped_column(_fk("series.id", "CASCADE"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)


class SeriesSkippedDateRow(Base):
    """A date the season's leaders left out, and the reason they gave."""

    __tablename__ = "series_skipped_dates"

    series_id: Mapped[uuid.UUID] = mapped_column(_fk("series.id", "CASCADE"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    reason: Mapped[str] = mapped_column(String(NAME_LENGTH))


class SeriesLeaderRow(Base):
    __tablename__ = "series_leaders"

    series_id: Mapped[uuid.UUID] = mapped_column(_fk("series.id", "CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    worker_id: Mapped[uuid.UUID] = mapped_column(_fk("workers.id", "CASCADE"), index=True)


class SessionRow(IdRow):
    """A session's day and times are Helsinki wall-clock values, not instants."""

    __tablename__ = "sessions"
    __table_args__ = (
        Index("ix_sessions_group_id_day", "group_id", "day"),
        # Covers the statistics' look-up of a mark's session (migration 0005).
        Index("ix_sessions_id_status_day_group_id", "id", "status", "day", "group_id"),
    )

    group_id: Mapped[uuid.UUID] = mapped_column(_fk("groups.id", "CASCADE"))
    series_id: Mapped[uuid.UUID | None] = mapped_column(_fk("series.id", "SET NULL"), index=True)
    day: Mapped[date] = mapped_column(Date, index=True)
    start: Mapped[time] = mapped_column(Time)
    end: Mapped[time] = mapped_column(Time)
    occurrence_day: Mapped[date | None] = mapped_column(Date)
    place_id: Mapped[uuid.UUID | None] = mapped_column(_fk("places.id", "SET NULL"))
    theme: Mapped[str] = mapped_column(String(500))
    notes: Mapped[str] = mapped_column(Text)
    status: Mapped[SessionStatus] = mapped_column(enum_column(SessionStatus))
    cancel_reason: Mapped[str] = mapped_column(Text)
    # The reason's category (migration 0020); sessions cancelled before it: not given.
    cancel_category: Mapped[CancelReason] = mapped_column(
        enum_column(CancelReason), default=CancelReason.NOT_GIVEN, server_default="not_given"
    )
    edited_individually: Mapped[bool] = mapped_column(Boolean)
    sequence: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), default=utc_now, onupdate=utc_now
    )
    version: Mapped[int] = _version()
    # Locks the attendance and headcount apart from the session's own details, so
    # a leader recording who came does not collide with someone renaming the theme.
    attendance_version: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class SessionLeaderRow(Base):
    __tablename__ = "session_leaders"

    session_id: Mapped[uuid.UUID] = mapped_column(_fk("sessions.id", "CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    # Indexed for a worker's own calendar and for the cascade.
    worker_id: Mapped[uuid.UUID] = mapped_column(_fk("workers.id", "CASCADE"), index=True)


class FamilyRow(IdRow):
    __tablename__ = "families"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    phone: Mapped[str] = mapped_column(String(50))
    notes: Mapped[str] = mapped_column(Text)
    # What the family was told and allowed (migration 0014).
    privacy_notice_on: Mapped[date | None] = mapped_column(Date)
    photo_permission: Mapped[Permission] = mapped_column(
        enum_column(Permission), default=Permission.NOT_ASKED, server_default="not_asked"
    )
    contact_permission: Mapped[Permission] = mapped_column(
        enum_column(Permission), default=Permission.NOT_ASKED, server_default="not_asked"
    )
    erased_on: Mapped[date | None] = mapped_column(Date)
    # For retention: a family added and never seen again is inactive from this day.
    created_on: Mapped[date | None] = mapped_column(Date, default=helsinki_today)
    version: Mapped[int] = _version()
    # The family's and its people's names as searches compare them (migration 0009).
    search_key: Mapped[str] = mapped_column(Text, default="", server_default="")


# Covers the statistics' look-up of each mark's member (migrations 0007 and 0022). Named
# for SQLite's INDEXED BY: without ANALYZE it prefers the primary key's index,
# which needs the table row besides.
MEMBERS_FOR_MARKS = "ix_family_members_for_marks"


class FamilyMemberRow(IdRow):
    __tablename__ = "family_members"
    __table_args__ = (
        Index(MEMBERS_FOR_MARKS, "id", "family_id", "kind", "role", "birth_year", "birth_month"),
    )

    family_id: Mapped[uuid.UUID] = mapped_column(_fk("families.id", "CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    first_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    last_name: Mapped[str] = mapped_column(String(NAME_LENGTH))
    kind: Mapped[MemberKind] = mapped_column(enum_column(MemberKind))
    role: Mapped[AdultRole | None] = mapped_column(enum_column(AdultRole))
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_month: Mapped[int | None] = mapped_column(Integer)


class EnrolmentRow(IdRow):
    __tablename__ = "enrolments"

    family_id: Mapped[uuid.UUID] = mapped_column(_fk("families.id", "CASCADE"), index=True)
    group_id: Mapped[uuid.UUID] = mapped_column(_fk("groups.id", "CASCADE"), index=True)
    status: Mapped[EnrolmentStatus] = mapped_column(enum_column(EnrolmentStatus))
    enrolled_on: Mapped[date | None] = mapped_column(Date)
    left_on: Mapped[date | None] = mapped_column(Date)


class AttendanceRow(IdRow):
    __tablename__ = "attendance"
    # The unique index leads with session_id, so it also serves the lookups by
    # session; a second index on session_id alone would only slow bulk inserts.
    __table_args__ = (
        UniqueConstraint("session_id", "member_id"),
        # Covers the statistics' walk from members to their earlier marks (migration 0007).
        Index(
            "ix_attendance_member_id_mark_day_session_id", "member_id", "mark", "day", "session_id"
        ),
        # Covers the statistics' count of a session's "present" marks (migration 0006).
        Index("ix_attendance_session_id_mark_member_id", "session_id", "mark", "member_id"),
    )

    session_id: Mapped[uuid.UUID] = mapped_column(_fk("sessions.id", "CASCADE"))
    # Indexed so erasing a member does not scan every mark.
    member_id: Mapped[uuid.UUID] = mapped_column(_fk("family_members.id", "CASCADE"), index=True)
    mark: Mapped[AttendanceMark] = mapped_column(enum_column(AttendanceMark))
    is_guest: Mapped[bool] = mapped_column(Boolean)
    # The session's day, so a family's earlier marks are found without looking up
    # each one's session. Never written here: the database's triggers (migration
    # 0007) copy it when a mark is written and when its session moves.
    day: Mapped[date | None] = mapped_column(Date)


# One column per category keeps statistics a plain SUM over the table.
ADULT_COLUMNS: dict[AdultRole, str] = {
    AdultRole.FATHER: "fathers",
    AdultRole.MOTHER: "mothers",
    AdultRole.OTHER_GUARDIAN: "other_guardians",
    AdultRole.GRANDPARENT: "grandparents",
}
CHILD_COLUMNS: dict[AgeBand, str] = {
    AgeBand.UNDER_1: "children_under_1",
    AgeBand.AGE_1_2: "children_1_2",
    AgeBand.AGE_3_6: "children_3_6",
    AgeBand.AGE_7_PLUS: "children_7_plus",
}


def _count() -> Any:
    return mapped_column(Integer, default=0, server_default="0")


class HeadcountRow(Base):
    __tablename__ = "headcounts"

    session_id: Mapped[uuid.UUID] = mapped_column(_fk("sessions.id", "CASCADE"), primary_key=True)
    fathers: Mapped[int] = _count()
    mothers: Mapped[int] = _count()
    other_guardians: Mapped[int] = _count()
    grandparents: Mapped[int] = _count()
    children_under_1: Mapped[int] = _count()
    children_1_2: Mapped[int] = _count()
    children_3_6: Mapped[int] = _count()
    children_7_plus: Mapped[int] = _count()
    first_time_visitors: Mapped[int] = _count()


metadata = Base.metadata


class FeedRow(IdRow):
    __tablename__ = "feeds"

    name: Mapped[str] = mapped_column(String(NAME_LENGTH), unique=True)
    kind: Mapped[FeedKind] = mapped_column(enum_column(FeedKind))
    # An organisation, group or worker by kind, so no foreign key; a feed whose
    # target is gone publishes nothing rather than disappearing.
    target_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    days_back: Mapped[int] = mapped_column(Integer)
    days_ahead: Mapped[int] = mapped_column(Integer)
    show_leaders: Mapped[bool] = mapped_column(Boolean)
    refresh_minutes: Mapped[int] = mapped_column(Integer)
    token: Mapped[str] = mapped_column(String(NAME_LENGTH))
    folder: Mapped[str] = mapped_column(Text)
    caldav_url: Mapped[str] = mapped_column(Text)
    caldav_username: Mapped[str] = mapped_column(String(NAME_LENGTH))
    caldav_calendar: Mapped[str] = mapped_column(String(NAME_LENGTH))
    last_published_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class PublishedEventRow(Base):
    """What subscribers last saw of a session, so SEQUENCE and stamps stay put
    until something they can see changes."""

    __tablename__ = "published_events"

    session_id: Mapped[uuid.UUID] = mapped_column(_fk("sessions.id", "CASCADE"), primary_key=True)
    fingerprint: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer)
    modified_at: Mapped[datetime] = mapped_column(UtcDateTime)


class FeedPublicationRow(Base):
    """What a feed last published, so that republishing costs what changed: the
    digests of its settings, its sources and its file, and each event's digest and
    place on the calendar server, as JSON (see FeedPublication). No personal data."""

    __tablename__ = "feed_publications"

    feed_id: Mapped[uuid.UUID] = mapped_column(_fk("feeds.id", "CASCADE"), primary_key=True)
    content: Mapped[str] = mapped_column(Text)


class PseudonymRow(Base):
    """A member's code in pseudonymised exports (P-0042): made once, never changed.

    Erasing the member erases the code with it."""

    __tablename__ = "pseudonyms"

    member_id: Mapped[uuid.UUID] = mapped_column(
        _fk("family_members.id", "CASCADE"), primary_key=True
    )
    number: Mapped[int] = mapped_column(Integer, unique=True)


class AuditEntryRow(IdRow):
    """Who changed which of a family's data, and when (see AuditEntry).

    No foreign keys to members, groups or sessions: the entry outlives them."""

    __tablename__ = "audit_entries"
    __table_args__ = (Index("ix_audit_entries_family_id_at", "family_id", "at"),)

    family_id: Mapped[uuid.UUID] = mapped_column(_fk("families.id", "CASCADE"))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction))
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(NAME_LENGTH))
    member_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    group_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    session_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    detail: Mapped[str] = mapped_column(Text)


class ErasureRow(Base):
    """The erasure log: which family was erased on which day, and nothing else.

    Family ids are random UUIDs, never reused, so an entry names one family in
    every copy of the database; restoring an older copy erases it again there.
    No foreign key: the entry must outlive the family's row."""

    __tablename__ = "erasures"

    family_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    erased_on: Mapped[date] = mapped_column(Date)


class UsageLogRow(Base):
    """The usage log: one row for each family an event read (see UsageEvent).

    No foreign key: the log outlives the family's row and keeps only its id. The
    migration adds the triggers that keep it append-only on both databases, and on
    PostgreSQL the one that names the connected role as the actor."""

    __tablename__ = "usage_log"
    __table_args__ = (
        Index("ix_usage_log_family_id_at", "family_id", "at"),
        Index("ix_usage_log_actor_at", "actor", "at"),
        Index("ix_usage_log_at", "at"),
    )

    event_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    family_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime)
    actor: Mapped[str] = mapped_column(String(NAME_LENGTH))
    action: Mapped[UsageAction] = mapped_column(enum_column(UsageAction))


class FollowUpRow(Base):
    """A follow-up done (see ``ryhmat.domain.follow_ups``): that it was done, when and by
    whom, and nothing of what was said."""

    __tablename__ = "follow_ups"

    family_id: Mapped[uuid.UUID] = mapped_column(_fk("families.id", "CASCADE"), primary_key=True)
    group_id: Mapped[uuid.UUID] = mapped_column(
        _fk("groups.id", "CASCADE"), primary_key=True, index=True
    )
    ended_on: Mapped[date] = mapped_column(Date, primary_key=True)
    done_on: Mapped[date] = mapped_column(Date)
    done_by: Mapped[str] = mapped_column(String(NAME_LENGTH))


class SeasonGoalRow(Base):
    """A goal set at a season's start, in its place in the season's list, and its
    outcome once the season is evaluated."""

    __tablename__ = "season_goals"

    series_id: Mapped[uuid.UUID] = mapped_column(_fk("series.id", "CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    text: Mapped[str] = mapped_column(String(GOAL_LENGTH))
    outcome: Mapped[GoalOutcome | None] = mapped_column(enum_column(GoalOutcome))
    note: Mapped[str] = mapped_column(String(GOAL_LENGTH))


class SeasonEvaluationRow(Base):
    """The worker pair's evaluation of a season: there once it is written."""

    __tablename__ = "season_evaluations"

    series_id: Mapped[uuid.UUID] = mapped_column(_fk("series.id", "CASCADE"), primary_key=True)
    works_well: Mapped[str] = mapped_column(String(ANSWER_LENGTH))
    to_improve: Mapped[str] = mapped_column(String(ANSWER_LENGTH))
    carries_on: Mapped[str] = mapped_column(String(ANSWER_LENGTH))
    evaluated_on: Mapped[date] = mapped_column(Date)


class FeedbackTallyRow(Base):
    """How many anonymous feedback forms of a season gave one answer to one question:
    counts only, nobody named."""

    __tablename__ = "feedback_tallies"

    series_id: Mapped[uuid.UUID] = mapped_column(_fk("series.id", "CASCADE"), primary_key=True)
    question: Mapped[FeedbackQuestion] = mapped_column(
        enum_column(FeedbackQuestion), primary_key=True
    )
    value: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer)


class SettingRow(Base):
    """Settings that belong to the shared database rather than to one laptop."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(NAME_LENGTH), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
