"""The entities of Ryhmät: plain Python, no persistence and no GUI.

Aggregates refer to each other by identity (a UUID), never by object, so
that storage can load any of them on its own and a use case can be tested
with plain in-memory objects.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import NamedTuple

from ryhmat.domain.finnish_holidays import Eve
from ryhmat.domain.timezone import wall_clock


def new_id() -> uuid.UUID:
    return uuid.uuid4()


UID_DOMAIN = "ryhmat"


def session_uid(session_id: uuid.UUID) -> str:
    """The iCalendar UID of a session: derived once, never changes."""
    return f"{session_id}@{UID_DOMAIN}"


class OrganisationKind(enum.StrEnum):
    FAMILY_WORK = "family_work"
    CHILD_HEALTH_CLINIC = "child_health_clinic"
    EARLY_CHILDHOOD_EDUCATION = "early_childhood_education"
    FAMILY_COUNSELLING = "family_counselling"
    NGO = "ngo"
    PARISH = "parish"
    LIBRARY = "library"
    OTHER = "other"


class GroupType(enum.StrEnum):
    FATHER_CHILD = "father_child"
    OPEN_DAYCARE = "open_daycare"
    FAMILY_CAFE = "family_cafe"
    BABY_GROUP = "baby_group"
    PEER_GROUP = "peer_group"
    PARENT_GROUP = "parent_group"
    OTHER = "other"


class AttendanceMode(enum.StrEnum):
    ROSTER = "roster"
    HEADCOUNT = "headcount"
    BOTH = "both"

    @property
    def keeps_roster(self) -> bool:
        return self in (AttendanceMode.ROSTER, AttendanceMode.BOTH)

    @property
    def keeps_headcount(self) -> bool:
        return self in (AttendanceMode.HEADCOUNT, AttendanceMode.BOTH)


class CapacityUnit(enum.StrEnum):
    """What a group's capacity counts: the families it has room for, or persons (a
    place's capacity is the room's, always in persons)."""

    FAMILIES = "families"
    PERSONS = "persons"


class SessionStatus(enum.StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class CancelReason(enum.StrEnum):
    """Why a session was cancelled, as reports group it; the free-text reason says more."""

    NOT_GIVEN = "not_given"  # cancelled before categories were kept, or left unsaid
    LEADER_ILL = "leader_ill"
    CLOSURE = "closure"  # a closure period or a holiday
    TOO_FEW = "too_few"  # too few coming
    PLACE_UNAVAILABLE = "place_unavailable"
    FORCE_MAJEURE = "force_majeure"  # weather or another force majeure
    OTHER = "other"


class ClosureScope(enum.StrEnum):
    """Whom a closure pauses."""

    ALL = "all"  # every group of the team
    ORGANISATION = "organisation"  # the groups one organisation organises alone
    GROUPS = "groups"  # the groups chosen by name


class WorkerKind(enum.StrEnum):
    """What a worker is to the team's reports: paid staff, a volunteer (also a peer
    leader, vertaisohjaaja) or a student on placement. Not a team login role: a
    volunteer worker may sign in as a leader, a staff member as a volunteer."""

    STAFF = "staff"
    VOLUNTEER = "volunteer"
    STUDENT = "student"


class AdultRole(enum.StrEnum):
    FATHER = "father"  # isä
    MOTHER = "mother"  # äiti
    OTHER_GUARDIAN = "other_guardian"  # muu huoltaja
    GRANDPARENT = "grandparent"  # isovanhempi
    STEPFATHER = "stepfather"  # isäpuoli
    FOSTER_FATHER = "foster_father"  # sijaisisä


# Who counts as a father: in fathers reached, and in a headcount's "fathers".
FATHER_ROLES = frozenset({AdultRole.FATHER, AdultRole.STEPFATHER, AdultRole.FOSTER_FATHER})
# A headcount's four adult columns; step- and foster fathers are counted as fathers there.
HEADCOUNT_ROLES = (
    AdultRole.FATHER,
    AdultRole.MOTHER,
    AdultRole.OTHER_GUARDIAN,
    AdultRole.GRANDPARENT,
)


class MemberKind(enum.StrEnum):
    ADULT = "adult"
    CHILD = "child"


class EnrolmentStatus(enum.StrEnum):
    ENROLLED = "enrolled"
    WAITING = "waiting"
    LEFT = "left"


class AttendanceMark(enum.StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    EXCUSED = "excused"


class Permission(enum.StrEnum):
    """A family's answer to a permission asked of it (photos, being contacted)."""

    NOT_ASKED = "not_asked"
    YES = "yes"
    NO = "no"


class AgeBand(enum.StrEnum):
    """Children's age bands of a headcount: 0, 1–2, 3–6 and 7+ years."""

    UNDER_1 = "0"
    AGE_1_2 = "1-2"
    AGE_3_6 = "3-6"
    AGE_7_PLUS = "7+"

    @staticmethod
    def for_age(years: int) -> AgeBand:
        older = (band for band in reversed(AgeBand) if years >= AGE_BAND_FROM[band])
        return next(older, AgeBand.UNDER_1)


# The age in whole years (``Member.age_on``) each band starts at; the statistics'
# SQL bands a child by these too.
AGE_BAND_FROM: dict[AgeBand, int] = {
    AgeBand.UNDER_1: 0,
    AgeBand.AGE_1_2: 1,
    AgeBand.AGE_3_6: 3,
    AgeBand.AGE_7_PLUS: 7,
}


class ChildrenListed(enum.StrEnum):
    """Which children a group's sign-in sheets and named workbooks list."""

    ALL = "all"
    TARGET_AGES = "target_ages"  # those of the group's target ages on the session's day
    NONE = "none"


@dataclass(slots=True, kw_only=True)
class Organisation:
    name: str
    kind: OrganisationKind = OrganisationKind.OTHER
    # Hidden from choices and lists, its history kept (see usecases/removal.py).
    archived: bool = False
    id: uuid.UUID = field(default_factory=new_id)


@dataclass(slots=True, kw_only=True)
class Worker:
    name: str
    title: str
    organisation_id: uuid.UUID | None = None
    email: str = ""
    kind: WorkerKind = WorkerKind.STAFF
    archived: bool = False
    id: uuid.UUID = field(default_factory=new_id)


@dataclass(slots=True, kw_only=True)
class WorkerPair:
    """Two workers who lead together, e.g. a family worker and a clinic nurse."""

    first_worker_id: uuid.UUID
    second_worker_id: uuid.UUID
    id: uuid.UUID = field(default_factory=new_id)

    @property
    def worker_ids(self) -> tuple[uuid.UUID, uuid.UUID]:
        return (self.first_worker_id, self.second_worker_id)


@dataclass(slots=True, kw_only=True)
class Place:
    name: str
    address: str = ""
    capacity: int | None = None
    archived: bool = False
    id: uuid.UUID = field(default_factory=new_id)


@dataclass(slots=True, kw_only=True)
class ClosurePeriod:
    """Days on which the groups of its scope do not meet: syysloma, joululoma, talviloma,
    kesätauko. A clinic's baby group may run through the municipality's syysloma, and
    MLL and parish groups keep their own calendars, so a closure names whom it pauses."""

    name: str
    first_day: date
    last_day: date
    scope: ClosureScope = ClosureScope.ALL
    # The organisation of an ORGANISATION scope; None otherwise.
    organisation_id: uuid.UUID | None = None
    # The groups of a GROUPS scope; empty otherwise.
    group_ids: list[uuid.UUID] = field(default_factory=list)
    id: uuid.UUID = field(default_factory=new_id)

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day

    def applies_to(self, group_id: uuid.UUID, organiser_ids: Collection[uuid.UUID]) -> bool:
        """Whether the group of ``group_id``, organised by ``organiser_ids``, pauses.

        An organisation's closure pauses the groups it organises alone: a group shared
        with another organisation pauses only when the closure names every organiser,
        which one organisation cannot, so a shared group keeps meeting unless it is
        chosen by name (a GROUPS closure)."""
        if self.scope is ClosureScope.ALL:
            return True
        if self.scope is ClosureScope.ORGANISATION:
            return bool(organiser_ids) and set(organiser_ids) == {self.organisation_id}
        return group_id in self.group_ids


@dataclass(slots=True, kw_only=True)
class Group:
    name: str
    type: GroupType
    attendance_mode: AttendanceMode = AttendanceMode.ROSTER
    organiser_ids: list[uuid.UUID] = field(default_factory=list)
    # Whom it is for, in whole months of age, both ends inclusive (domain/target_ages.py).
    target_age_min_months: int | None = None
    target_age_max_months: int | None = None
    capacity: int | None = None
    capacity_unit: CapacityUnit = CapacityUnit.PERSONS
    default_place_id: uuid.UUID | None = None
    default_pair_id: uuid.UUID | None = None
    is_public: bool = True
    description: str = ""
    # Whom the group is for: the adults of these roles and these children are listed on
    # its sign-in sheets and named workbooks (domain/audience.py); by default everyone.
    listed_roles: list[AdultRole] = field(default_factory=lambda: list(AdultRole))
    listed_children: ChildrenListed = ChildrenListed.ALL
    # The worker pair's planning and debrief around each session, counted as each
    # leader's planning hours apart from the session's own time; None: none kept.
    planning_minutes: int | None = None
    # The eves its seasons skip (kiirastorstai, vapunaatto...); None: those the team skips.
    skipped_eves: list[Eve] | None = None
    archived: bool = False
    # The stored version this object was read at; 0 until first saved.
    version: int = 0
    id: uuid.UUID = field(default_factory=new_id)


@dataclass(frozen=True, slots=True)
class WeeklySlot:
    """A weekday (0 = Monday) and the wall-clock times of a recurring session."""

    weekday: int
    start: time
    end: time


LAST_IN_MONTH = -1  # a monthly rule's ordinal for "the last weekday of the month"
MONTHLY_ORDINALS = (1, 2, 3, 4, LAST_IN_MONTH)


@dataclass(frozen=True, slots=True)
class MonthlyRule:
    """The first to fourth, or the last, given weekday (0 = Monday) of every month, and
    the wall-clock times of its session: "the first Saturday of every month, 10–12"."""

    ordinal: int  # 1–4, or LAST_IN_MONTH
    weekday: int
    start: time
    end: time


@dataclass(frozen=True, slots=True)
class SkippedDate:
    """A date the season's leaders chose to leave out, and why ("työpari koulutuksessa");
    the season keeps it, so planning the season again leaves the date out again."""

    day: date
    reason: str


@dataclass(slots=True, kw_only=True)
class Series:
    """A season of a group: weekly or every N weeks on given slots, monthly on one
    weekday of the month, or chosen dates.

    With ``chosen_dates`` set the other rules are ignored and every chosen date gets
    ``chosen_start``–``chosen_end``; otherwise with ``monthly`` set the weekday slots
    are ignored. ``skipped_dates`` are left out whichever rule the season follows.
    """

    group_id: uuid.UUID
    name: str
    first_day: date
    last_day: date
    slots: list[WeeklySlot] = field(default_factory=list)
    interval_weeks: int = 1
    chosen_dates: list[date] = field(default_factory=list)
    chosen_start: time | None = None
    chosen_end: time | None = None
    monthly: MonthlyRule | None = None
    skipped_dates: list[SkippedDate] = field(default_factory=list)
    place_id: uuid.UUID | None = None
    leader_ids: list[uuid.UUID] = field(default_factory=list)
    id: uuid.UUID = field(default_factory=new_id)

    @property
    def uses_chosen_dates(self) -> bool:
        return bool(self.chosen_dates)

    @property
    def uses_monthly_rule(self) -> bool:
        return not self.uses_chosen_dates and self.monthly is not None

    def skip_reason(self, day: date) -> str | None:
        """The reason the season's leaders gave for leaving ``day`` out, or None."""
        return next((s.reason for s in self.skipped_dates if s.day == day), None)


@dataclass(slots=True, kw_only=True)
class Session:
    """One meeting of a group (ryhmäkerta)."""

    group_id: uuid.UUID
    day: date
    start: time
    end: time
    series_id: uuid.UUID | None = None
    # The date the series generated this session for; a moved session keeps it.
    occurrence_day: date | None = None
    place_id: uuid.UUID | None = None
    theme: str = ""
    notes: str = ""
    leader_ids: list[uuid.UUID] = field(default_factory=list)
    status: SessionStatus = SessionStatus.PLANNED
    cancel_reason: str = ""
    cancel_category: CancelReason = CancelReason.NOT_GIVEN
    edited_individually: bool = False
    # Grows on every change a calendar subscriber can see (iCalendar SEQUENCE).
    sequence: int = 0
    # The stored version this object was read at; 0 until first saved.
    version: int = 0
    id: uuid.UUID = field(default_factory=new_id)

    @property
    def uid(self) -> str:
        return session_uid(self.id)

    @property
    def starts_at(self) -> datetime:
        return wall_clock(self.day, self.start)

    @property
    def ends_at(self) -> datetime:
        return wall_clock(self.day, self.end)

    @property
    def is_cancelled(self) -> bool:
        return self.status is SessionStatus.CANCELLED


class HeldSession(NamedTuple):
    """A held session as a report over a period lists it: which group's, and when."""

    session_id: uuid.UUID
    group_id: uuid.UUID
    day: date
    start: time


# Personal data is left out of a family's and a member's repr: a repr can reach a
# log or a traceback, where a name or a phone number must never go.
@dataclass(slots=True, kw_only=True)
class Member:
    first_name: str = field(repr=False)
    kind: MemberKind
    last_name: str = field(default="", repr=False)
    role: AdultRole | None = None  # adults only
    birth_year: int | None = field(default=None, repr=False)  # children only
    birth_month: int | None = field(default=None, repr=False)  # children only
    id: uuid.UUID = field(default_factory=new_id)

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def months_old_on(self, day: date) -> int | None:
        """Age in whole months, counting from the first of the birth month (the month
        of January when it is not given): the months from the birth month to the day's
        month; 0 before that. The statistics' SQL counts it the same way."""
        if self.birth_year is None:
            return None
        months = (day.year - self.birth_year) * 12 + day.month - (self.birth_month or 1)
        return max(months, 0)

    def age_on(self, day: date) -> int | None:
        """Age in whole years: the whole years of ``months_old_on``."""
        months = self.months_old_on(day)
        return None if months is None else months // 12


@dataclass(slots=True, kw_only=True)
class Family:
    name: str = field(repr=False)
    members: list[Member] = field(default_factory=list)
    phone: str = field(default="", repr=False)
    notes: str = field(default="", repr=False)
    # The day the family was given the privacy notice (tietosuojaseloste); None: not yet.
    privacy_notice_on: date | None = None
    photo_permission: Permission = Permission.NOT_ASKED  # valokuvauslupa
    contact_permission: Permission = Permission.NOT_ASKED  # yhteydenottolupa
    # Set when the family's personal data was erased; what remains is anonymous.
    erased_on: date | None = None
    # The stored version this object was read at; 0 until first saved.
    version: int = 0
    id: uuid.UUID = field(default_factory=new_id)

    @property
    def is_erased(self) -> bool:
        return self.erased_on is not None

    @property
    def adults(self) -> list[Member]:
        return [m for m in self.members if m.kind is MemberKind.ADULT]

    @property
    def children(self) -> list[Member]:
        return [m for m in self.members if m.kind is MemberKind.CHILD]


@dataclass(frozen=True, slots=True, kw_only=True)
class RosterFamily:
    """A family as a roster or a search names it: its name, its people and its photo
    permission, never its phone, notes or other consents. Reading only this much is
    what a team's volunteer is granted, so every list of people reads it so."""

    id: uuid.UUID
    name: str = field(repr=False)
    members: list[Member] = field(default_factory=list)
    photo_permission: Permission = Permission.NOT_ASKED
    erased_on: date | None = None

    @classmethod
    def of(cls, family: Family) -> RosterFamily:
        return cls(
            id=family.id,
            name=family.name,
            members=family.members,
            photo_permission=family.photo_permission,
            erased_on=family.erased_on,
        )

    @property
    def is_erased(self) -> bool:
        return self.erased_on is not None

    @property
    def adults(self) -> list[Member]:
        return [m for m in self.members if m.kind is MemberKind.ADULT]

    @property
    def children(self) -> list[Member]:
        return [m for m in self.members if m.kind is MemberKind.CHILD]


@dataclass(slots=True, kw_only=True)
class Enrolment:
    family_id: uuid.UUID
    group_id: uuid.UUID
    status: EnrolmentStatus = EnrolmentStatus.ENROLLED
    enrolled_on: date | None = None
    left_on: date | None = None
    id: uuid.UUID = field(default_factory=new_id)


@dataclass(slots=True, kw_only=True)
class Attendance:
    """One person's mark for one session; a guest is someone not enrolled."""

    session_id: uuid.UUID
    member_id: uuid.UUID
    mark: AttendanceMark
    is_guest: bool = False
    id: uuid.UUID = field(default_factory=new_id)


class FamilyMark(NamedTuple):
    """A mark and the family of the person marked: what a report over a year of
    sessions reads, tens of thousands at once, lighter than ``Attendance``."""

    session_id: uuid.UUID
    member_id: uuid.UUID
    family_id: uuid.UUID
    mark: AttendanceMark


@dataclass(slots=True, kw_only=True)
class Headcount:
    """Anonymous counts of an open session (kävijämäärä)."""

    session_id: uuid.UUID
    adults: dict[AdultRole, int] = field(default_factory=dict)
    children: dict[AgeBand, int] = field(default_factory=dict)
    first_time_visitors: int = 0

    @property
    def adult_total(self) -> int:
        return sum(self.adults.values())

    @property
    def child_total(self) -> int:
        return sum(self.children.values())


# How AuditEntry.detail joins changed field names, and a mark before and after.
AUDIT_FIELD_SEPARATOR = ","
AUDIT_MARK_SEPARATOR = ">"


class AuditAction(enum.StrEnum):
    """What a person did to a family's data (the audit trail, muutoshistoria)."""

    FAMILY_ADDED = "family_added"
    FAMILY_CHANGED = "family_changed"  # detail: the changed fields
    MEMBER_ADDED = "member_added"  # detail: the member's name
    MEMBER_CHANGED = "member_changed"  # detail: the changed fields
    MEMBER_REMOVED = "member_removed"  # detail: the member's name
    ENROLMENT_ADDED = "enrolment_added"  # detail: the status
    ENROLMENT_CHANGED = "enrolment_changed"  # detail: the changed fields
    ENROLMENT_REMOVED = "enrolment_removed"
    MARK_CHANGED = "mark_changed"  # detail: "old>new", a side empty when there was none
    FAMILY_ERASED = "family_erased"
    FAMILIES_MERGED = "families_merged"  # detail: how many people moved from the duplicate


class UsageAction(enum.StrEnum):
    """Why a person read families' personal data (the usage log, käyttöloki)."""

    FAMILY_OPENED = "family_opened"  # the family's window
    ATTENDANCE_OPENED = "attendance_opened"  # a session's attendance view
    SIGN_IN_SHEET_PRINTED = "sign_in_sheet_printed"
    SIGN_IN_SHEET_SAVED = "sign_in_sheet_saved"  # as a PDF file
    WORKBOOK_EXPORTED = "workbook_exported"  # with names, not pseudonymised
    ROSTER_IMPORTED = "roster_imported"
    FAMILY_REPORT_SAVED = "family_report_saved"  # everything held about a family
    FOLLOW_UPS_OPENED = "follow_ups_opened"  # the list of follow-ups due


@dataclass(frozen=True, slots=True, kw_only=True)
class UsageEvent:
    """One read of personal data: who, when, why and which families (ids only, so an
    erased family stays in the log without its name)."""

    id: uuid.UUID
    at: datetime
    actor: str
    action: UsageAction
    family_ids: tuple[uuid.UUID, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class AuditEntry:
    """One change to a family's data: who, what and when.

    Names the member, group or session it concerns by id; ``detail`` holds the
    changed field names or marks, and a member's name only when the member
    itself was added or removed. Erasing the family erases its entries.
    """

    family_id: uuid.UUID
    action: AuditAction
    at: datetime
    actor: str
    member_id: uuid.UUID | None = None
    group_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None
    detail: str = ""
    id: uuid.UUID = field(default_factory=new_id)
