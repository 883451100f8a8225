"""What coordinators report: one definition of every figure, computed by storage in SQL.

Definitions (the single source of truth; the workbook, the CLI and the app's
Tilastot view all show these numbers):

- sessions held: sessions in the period whose status is held; cancelled likewise.
- sessions not recorded (kirjaamatta): sessions in the period that are not
  cancelled, have ended by the moment the statistics are made (``now``: the
  session's day and end on Helsinki clocks are not after that moment's), and
  have neither an attendance mark (present, absent or excused) nor a headcount.
  These are the sessions the calendar's Kirjaamatta panel lists (it shows those
  of the past year). Nobody's visits to them are in any figure below, so every
  report shows their number beside the figures. (Saving an empty attendance
  sheet makes a session held with nothing recorded: it counts as held and as
  not recorded.)
- visits (käyntikerrat) of adults and of children, in held sessions: a session
  with a headcount counts its headcount (adults by role, children by band), a
  session without one counts its roster marks "present" (guests included) by
  the member's kind. A headcount counts everyone who came, so a group kept by
  both a roster and a headcount is never counted twice.
- visits by adult role and by child age band (käyntikerrat rooleittain ja
  ikäryhmittäin): the adults' and the children's visits above, split as a
  headcount splits them. A headcount's four adult columns (fathers, mothers,
  other guardians, grandparents) and four age bands count as the leaders
  counted them; a roster's adult present counts under their role, a step- or
  foster father as a father (``visit_role``), a child under the band of their
  age on the session's day (``Member.age_on``, ``AgeBand.for_age``). An adult
  whose role, or a child whose birth year, the family's record does not give
  counts as "not given" (``None``). The roles add up to the adults' visits and
  the bands to the children's.
- distinct families (eri perheet): families with at least one "present" mark in
  the period.
- fathers reached (tavoitetut isät): distinct adults with a "present" mark whose
  role counts as a father (``FATHER_ROLES``: isä, isäpuoli, sijaisisä).
- adults reached and children reached (tavoitetut aikuiset, tavoitetut lapset):
  distinct adults, and distinct children, with a "present" mark.
- new families (uudet perheet): families whose first "present" mark in the
  filtered groups ever falls inside the period — known from attendance lists.
- first-time visitors (ensikertalaiset): the sum of the headcounts' first-time
  visitors — people the leaders counted as there for the first time, known from
  headcounts; nobody is named, so they are not families and not "new families".
- Unknown is not zero: the family counts (families, fathers, new families, adults
  and children reached) come from attendance lists, so
  they are unknown (None, shown "–") for figures whose groups all keep only a
  headcount; first-time visitors come from headcounts, so they are unknown for
  figures whose groups all keep only a list. A figure over both kinds counts what
  is known and says which groups it leaves out (``Statistics.left_out``).
- average attendance: visits per held session.
- fill rate (täyttöaste): what filled the held sessions that have a capacity,
  divided by the sum of those capacities, each session compared like with like.
  A session's capacity is its group's, in the group's unit (``CapacityUnit``),
  else its place's, which is the room's and in persons. Against a capacity in
  persons a session is filled by its visits; against one in families, by the
  families present (families with at least one "present" mark). A session kept
  by headcount alone (its headcount counts it and nobody is marked present)
  names no family, so against a capacity in families it cannot be compared: it
  is left out of the fill rate and counted (sessions not comparable,
  ``LeftOut.headcount_sessions_from_fill_rate``). A total over groups of both
  units adds what filled each session, in its unit, over their capacities.
- over capacity (ylitäyttö): a fill rate over 100 % is shown as it is, never
  capped, and marked over capacity; sessions over capacity counts the compared
  sessions that were filled beyond their own capacity.
- attendance rate (osallistumisaste), groups kept by attendance list: for each
  held session of such a group, the families enrolled in the group on the
  session's day (enrolled on or before it, not left by it; not the waiting list;
  each enrolment once) are offered the session, and those of them with a
  "present" mark in it attended. The rate is the attended over the offered,
  summed over the sessions. Unknown ("–") where no session offered a place.
- leader hours: the length of each held session, for every leader of it.
- planning hours: the group's planning-and-debrief time per session (none if the
  group keeps none), for every leader of each held session — apart from the
  leader hours, never added into them.
- leader hours by kind: the leader hours and planning hours of the leaders of each
  kind (staff, volunteers, students), as each worker's kind is now.
- cancelled by reason: the cancelled sessions of the period by their reason's
  category; those cancelled before categories were kept are "not given". They add
  up to the sessions cancelled.
- by organiser: an organisation's groups together, a group that several organise
  under each of them (so the organisers do not add up to the total); new families
  are new to all the filtered groups, as in the total.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from operator import attrgetter
from typing import Protocol

from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.domain.model import (
    FATHER_ROLES,
    HEADCOUNT_ROLES,
    AdultRole,
    AgeBand,
    CancelReason,
    GroupType,
    WorkerKind,
)


@dataclass(frozen=True, slots=True)
class StatisticsFilter:
    """Which sessions count; empty means all."""

    group_ids: tuple[uuid.UUID, ...] = ()
    group_type: GroupType | None = None
    organisation_id: uuid.UUID | None = None
    place_id: uuid.UUID | None = None
    worker_id: uuid.UUID | None = None


class Grouping(enum.StrEnum):
    TOTAL = "total"  # key: None
    GROUP = "group"  # key: the group's id
    GROUP_TYPE = "group_type"  # key: GroupType
    MONTH_AND_TYPE = "month_and_type"  # key: (first day of the month, GroupType)
    MONTH = "month"  # key: the first day of the month
    # key: an organisation's id; a shared group counts under each of its organisers,
    # so the keys do not add up to the total.
    ORGANISATION = "organisation"


# The buckets of the visits by role and by band, in the order of ``Figures``'
# tuples and of every report: a headcount's, then "not given" (None).
VISIT_ROLES: tuple[AdultRole | None, ...] = (*HEADCOUNT_ROLES, None)
VISIT_BANDS: tuple[AgeBand | None, ...] = (*AgeBand, None)
_NO_VISITS = (0,) * len(VISIT_ROLES)


def visit_role(role: AdultRole | None) -> AdultRole | None:
    """The bucket of ``VISIT_ROLES`` an adult's visit counts under: a step- or foster
    father's under fathers, as a headcount counts them."""
    return AdultRole.FATHER if role in FATHER_ROLES else role


@dataclass(frozen=True, slots=True)
class Figures:
    sessions_held: int = 0
    sessions_cancelled: int = 0
    sessions_unrecorded: int = 0
    adult_visits: int = 0
    child_visits: int = 0
    # None: unknown, as no group of the figures keeps what counts it (see above).
    distinct_families: int | None = 0
    fathers_reached: int | None = 0
    new_families: int | None = 0
    adults_reached: int | None = 0
    children_reached: int | None = 0
    first_time_visitors: int | None = 0
    # The fill rate's parts (see above): the summed capacity of the held sessions
    # compared with theirs, what filled them (in each one's unit), how many were
    # filled beyond it, and the sessions with a capacity that could not be compared.
    capacity: int = 0
    capacity_filled: int = 0
    sessions_over_capacity: int = 0
    sessions_not_comparable: int = 0
    # The attendance rate's parts: enrolled families offered a session, summed over
    # the sessions, and how many of those came.
    places_offered: int = 0
    places_attended: int = 0
    # The visits by role and by band, in the order of ``VISIT_ROLES`` and
    # ``VISIT_BANDS``: they add up to ``adult_visits`` and ``child_visits``.
    adult_visits_by_role: tuple[int, ...] = _NO_VISITS
    child_visits_by_band: tuple[int, ...] = (0,) * len(VISIT_BANDS)

    def visits_by_role(self) -> dict[AdultRole | None, int]:
        return dict(zip(VISIT_ROLES, self.adult_visits_by_role, strict=True))

    def visits_by_band(self) -> dict[AgeBand | None, int]:
        return dict(zip(VISIT_BANDS, self.child_visits_by_band, strict=True))

    @property
    def visits(self) -> int:
        return self.adult_visits + self.child_visits

    @property
    def average_attendance(self) -> float | None:
        return self.visits / self.sessions_held if self.sessions_held else None

    @property
    def fill_rate(self) -> float | None:
        return self.capacity_filled / self.capacity if self.capacity else None

    @property
    def over_capacity(self) -> bool:
        """Filled beyond the capacity overall (ylitäyttö): the rate is over 100 %."""
        return self.capacity_filled > self.capacity > 0

    @property
    def attendance_rate(self) -> float | None:
        return self.places_attended / self.places_offered if self.places_offered else None


FiguresKey = None | uuid.UUID | GroupType | date | tuple[date, GroupType]


class Shown(enum.Enum):
    """How a figure is written: a count, a mean with one decimal, a share as percent, or
    hours to the quarter."""

    COUNT = "count"
    AVERAGE = "average"
    RATE = "rate"
    HOURS = "hours"


@dataclass(frozen=True, slots=True)
class Figure:
    """A figure as every report names and explains it: the Tilastot view, ``ryhmat
    stats``, the workbook and the one-page summary. ``name`` and ``definition`` are
    English source texts, translated in the context "Labels" (ryhmat/labels.py)."""

    name: str
    definition: str
    value: Callable[[Figures], int | float | None]
    shown: Shown = Shown.COUNT
    # The fill rate: over 100 % it is written as it is and marked over capacity.
    marks_over_capacity: bool = False


SESSIONS_HELD = Figure(
    QT_TRANSLATE_NOOP("Labels", "Sessions held"),
    QT_TRANSLATE_NOOP("Labels", "sessions of the period that were held"),
    attrgetter("sessions_held"),
)
SESSIONS_CANCELLED = Figure(
    QT_TRANSLATE_NOOP("Labels", "Sessions cancelled"),
    QT_TRANSLATE_NOOP("Labels", "sessions of the period that were cancelled"),
    attrgetter("sessions_cancelled"),
)
SESSIONS_UNRECORDED = Figure(
    QT_TRANSLATE_NOOP("Labels", "Sessions not recorded"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "past sessions, not cancelled, with neither attendance marks nor a headcount: "
        "their visits are in no figure",
    ),
    attrgetter("sessions_unrecorded"),
)
ADULT_VISITS = Figure(
    QT_TRANSLATE_NOOP("Labels", "Visits, adults"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "adults present in held sessions: a headcount's adults, else the adults marked "
        "present on the list",
    ),
    attrgetter("adult_visits"),
)
CHILD_VISITS = Figure(
    QT_TRANSLATE_NOOP("Labels", "Visits, children"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "children present in held sessions: a headcount's children, else the children "
        "marked present on the list",
    ),
    attrgetter("child_visits"),
)
VISITS = Figure(
    QT_TRANSLATE_NOOP("Labels", "Visits in all"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "adults' and children's visits together: someone who came ten times is ten visits",
    ),
    attrgetter("visits"),
)
FAMILIES = Figure(
    QT_TRANSLATE_NOOP("Labels", "Families"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "different families with someone present at least once in the period, from the "
        "attendance lists",
    ),
    attrgetter("distinct_families"),
)
FATHERS_REACHED = Figure(
    QT_TRANSLATE_NOOP("Labels", "Fathers reached"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "different fathers (stepfathers and foster fathers too) present at least once in "
        "the period, from the attendance lists",
    ),
    attrgetter("fathers_reached"),
)
NEW_FAMILIES = Figure(
    QT_TRANSLATE_NOOP("Labels", "New families"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "families whose first visit ever to these groups is in the period, from the "
        "attendance lists",
    ),
    attrgetter("new_families"),
)
ADULTS_REACHED = Figure(
    QT_TRANSLATE_NOOP("Labels", "Adults reached"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "different adults present at least once in the period, from the attendance lists",
    ),
    attrgetter("adults_reached"),
)
CHILDREN_REACHED = Figure(
    QT_TRANSLATE_NOOP("Labels", "Children reached"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "different children present at least once in the period, from the attendance lists",
    ),
    attrgetter("children_reached"),
)
FIRST_TIME_VISITORS = Figure(
    QT_TRANSLATE_NOOP("Labels", "First-time visitors"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "people the leaders counted on a headcount as there for the first time; nobody is "
        "named, so they are not counted as families",
    ),
    attrgetter("first_time_visitors"),
)
AVERAGE_ATTENDANCE = Figure(
    QT_TRANSLATE_NOOP("Labels", "Average attendance"),
    QT_TRANSLATE_NOOP("Labels", "visits per held session"),
    attrgetter("average_attendance"),
    Shown.AVERAGE,
)
FILL_RATE = Figure(
    QT_TRANSLATE_NOOP("Labels", "Fill rate"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "how full the held sessions with a capacity were, like with like: the families "
        "present against a capacity in families, the visits against one in persons (a "
        "place's capacity is in persons); over 100 % is over capacity",
    ),
    attrgetter("fill_rate"),
    Shown.RATE,
    marks_over_capacity=True,
)
SESSIONS_OVER_CAPACITY = Figure(
    QT_TRANSLATE_NOOP("Labels", "Sessions over capacity"),
    QT_TRANSLATE_NOOP("Labels", "held sessions that more came to than their capacity had room for"),
    attrgetter("sessions_over_capacity"),
)
ATTENDANCE_RATE = Figure(
    QT_TRANSLATE_NOOP("Labels", "Attendance rate"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "of the families enrolled in a group on the day of each held session, the share "
        "present, over all its sessions (groups with an attendance list)",
    ),
    attrgetter("attendance_rate"),
    Shown.RATE,
)

# Every figure of ``Figures``, in the order every report shows them.
FIGURES: tuple[Figure, ...] = (
    SESSIONS_HELD,
    SESSIONS_CANCELLED,
    SESSIONS_UNRECORDED,
    ADULT_VISITS,
    CHILD_VISITS,
    VISITS,
    FAMILIES,
    FATHERS_REACHED,
    NEW_FAMILIES,
    ADULTS_REACHED,
    CHILDREN_REACHED,
    FIRST_TIME_VISITORS,
    AVERAGE_ATTENDANCE,
    FILL_RATE,
    SESSIONS_OVER_CAPACITY,
    ATTENDANCE_RATE,
)
# The figures whose definitions a report spells out beside them, as their names alone
# are easily read wrong.
EXPLAINED_FIGURES: tuple[Figure, ...] = (
    FAMILIES,
    FATHERS_REACHED,
    NEW_FAMILIES,
    ADULTS_REACHED,
    CHILDREN_REACHED,
    FIRST_TIME_VISITORS,
    FILL_RATE,
    SESSIONS_OVER_CAPACITY,
    ATTENDANCE_RATE,
)


@dataclass(frozen=True, slots=True)
class Breakdown:
    """Visits split into buckets, a table every report shows beside the figures (a row
    per group type and the total, a column per bucket): named, explained and its
    columns named once here. ``name``, ``definition`` and ``columns`` are English
    source texts, translated in the context "Labels" (ryhmat/labels.py); ``keys``
    name the columns in JSON."""

    name: str
    definition: str
    columns: tuple[str, ...]
    keys: tuple[str, ...]
    values: Callable[[Figures], tuple[int, ...]]

    def by_key(self, figures: Figures) -> dict[str, int]:
        return dict(zip(self.keys, self.values(figures), strict=True))


NOT_GIVEN_KEY = "not_given"
VISITS_BY_ROLE = Breakdown(
    QT_TRANSLATE_NOOP("Labels", "Visits by role"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "adults' visits by their role: in groups with an attendance list from the roles in "
        "the families' records (stepfathers and foster fathers as fathers), in headcounts "
        "from the leaders' count; not given: no role recorded",
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "Fathers"),
        QT_TRANSLATE_NOOP("Labels", "Mothers"),
        QT_TRANSLATE_NOOP("Labels", "Other guardians"),
        QT_TRANSLATE_NOOP("Labels", "Grandparents"),
        QT_TRANSLATE_NOOP("Labels", "Not given"),
    ),
    tuple(NOT_GIVEN_KEY if role is None else str(role) for role in VISIT_ROLES),
    attrgetter("adult_visits_by_role"),
)
VISITS_BY_AGE = Breakdown(
    QT_TRANSLATE_NOOP("Labels", "Visits by age band"),
    QT_TRANSLATE_NOOP(
        "Labels",
        "children's visits by their age on the day of the session: in groups with an "
        "attendance list from the birth dates in the families' records, in headcounts from "
        "the leaders' count; not given: no birth year recorded",
    ),
    (
        QT_TRANSLATE_NOOP("Labels", "Under 1 year"),
        QT_TRANSLATE_NOOP("Labels", "1–2 years"),
        QT_TRANSLATE_NOOP("Labels", "3–6 years"),
        QT_TRANSLATE_NOOP("Labels", "7 years or older"),
        QT_TRANSLATE_NOOP("Labels", "Not given"),
    ),
    tuple(NOT_GIVEN_KEY if band is None else str(band) for band in VISIT_BANDS),
    attrgetter("child_visits_by_band"),
)
# The visits by role and by age band, in the order every report shows them.
BREAKDOWNS: tuple[Breakdown, ...] = (VISITS_BY_ROLE, VISITS_BY_AGE)


@dataclass(frozen=True, slots=True)
class FamilyVisits:
    """How often an enrolled family came: held sessions of its groups while it was
    enrolled in them, those it came to (any member present), and its last visit."""

    family_id: uuid.UUID
    sessions_offered: int
    sessions_attended: int
    last_seen: date | None  # the last day any member was present, ever (not only in the period)
    # The filtered groups it was enrolled in during the period, so the report
    # can name them without asking for every family's enrolments.
    group_ids: tuple[uuid.UUID, ...] = ()

    @property
    def rate(self) -> float | None:
        return self.sessions_attended / self.sessions_offered if self.sessions_offered else None


class StatisticsQueries(Protocol):
    """The heavy reads, done by the database: storage implements them in SQL.

    ``now`` is the moment the statistics are made: it decides which sessions
    have ended and are not recorded (the caller reads the clock, never the domain).
    """

    def figures(
        self,
        first_day: date,
        last_day: date,
        wanted: StatisticsFilter,
        grouping: Grouping,
        now: datetime,
    ) -> Mapping[FiguresKey, Figures]: ...

    def figures_by_grouping(
        self, first_day: date, last_day: date, wanted: StatisticsFilter, now: datetime
    ) -> Mapping[Grouping, Mapping[FiguresKey, Figures]]:
        """``figures`` of every grouping at once, from one reading of the period."""
        ...

    def unrecorded(
        self, first_day: date, last_day: date, wanted: StatisticsFilter, now: datetime
    ) -> list[uuid.UUID]:
        """The sessions not recorded that the figures count, by day and start time."""
        ...

    def leader_minutes(
        self, first_day: date, last_day: date, wanted: StatisticsFilter
    ) -> Mapping[uuid.UUID, LeaderMinutes]:
        """Each leader's minutes of held sessions and of their planning and debrief."""
        ...

    def cancellations(
        self, first_day: date, last_day: date, wanted: StatisticsFilter
    ) -> Mapping[CancelReason, int]:
        """The cancelled sessions by reason category; a category none has is left out."""
        ...

    def family_visits(
        self, first_day: date, last_day: date, wanted: StatisticsFilter
    ) -> list[FamilyVisits]:
        """Every family enrolled (status enrolled or left) in a filtered group at some
        time in the period, with its visits to the filtered groups' held sessions."""
        ...


@dataclass(frozen=True, slots=True)
class GroupFigures:
    group_id: uuid.UUID
    name: str
    type: GroupType
    figures: Figures


@dataclass(frozen=True, slots=True)
class OrganisationFigures:
    """An organiser's groups together; a shared group is in each of its organisers'."""

    organisation_id: uuid.UUID
    name: str
    figures: Figures


@dataclass(frozen=True, slots=True)
class MonthFigures:
    month: date  # the first day of the month
    type: GroupType
    figures: Figures


@dataclass(frozen=True, slots=True)
class MonthTotal:
    month: date  # the first day of the month
    figures: Figures


@dataclass(frozen=True, slots=True)
class LeaderMinutes:
    """One leader's minutes in held sessions, and of the groups' planning and debrief
    for those sessions."""

    session: int = 0
    planning: int = 0

    def __add__(self, other: LeaderMinutes) -> LeaderMinutes:
        return LeaderMinutes(self.session + other.session, self.planning + other.planning)


@dataclass(frozen=True, slots=True)
class LeaderHours:
    worker_id: uuid.UUID
    name: str
    hours: float  # in held sessions
    kind: WorkerKind = WorkerKind.STAFF
    planning_hours: float = 0.0  # planning and debrief of those sessions

    @property
    def total_hours(self) -> float:
        return self.hours + self.planning_hours


@dataclass(frozen=True, slots=True)
class KindHours:
    """The leader hours of the leaders of one kind, together."""

    kind: WorkerKind
    leaders: int = 0
    hours: float = 0.0
    planning_hours: float = 0.0

    @property
    def total_hours(self) -> float:
        return self.hours + self.planning_hours


def hours_by_kind(leaders: Sequence[LeaderHours]) -> list[KindHours]:
    """Every kind of worker in order, with the hours of its leaders (zero if none led)."""
    return [
        KindHours(
            kind=kind,
            leaders=sum(1 for leader in leaders if leader.kind is kind),
            hours=sum(leader.hours for leader in leaders if leader.kind is kind),
            planning_hours=sum(leader.planning_hours for leader in leaders if leader.kind is kind),
        )
        for kind in WorkerKind
    ]


def every_reason(found: Mapping[CancelReason, int]) -> dict[CancelReason, int]:
    """Every reason category in order with its count, zero if none was cancelled so."""
    return {reason: found.get(reason, 0) for reason in CancelReason}


class FilterKind(enum.StrEnum):
    GROUPS = "groups"
    GROUP_TYPE = "group_type"
    ORGANISER = "organiser"
    PLACE = "place"
    LEADER = "leader"


@dataclass(frozen=True, slots=True)
class FilterTerm:
    """One condition of a filter by name, for a report to put in its own words."""

    kind: FilterKind
    names: tuple[str, ...] = ()  # the groups, or the organisation, place or worker
    group_type: GroupType | None = None  # for GROUP_TYPE


@dataclass(frozen=True, slots=True)
class LeftOut:
    headcount_groups_from_families: bool = False
    list_groups_from_first_timers: bool = False
    # Sessions kept by headcount alone whose capacity is in families: not in the fill rate.
    headcount_sessions_from_fill_rate: bool = False


@dataclass(frozen=True, slots=True)
class Statistics:
    first_day: date
    last_day: date
    wanted: StatisticsFilter
    described: list[FilterTerm]  # the filter by name; empty: all groups
    total: Figures
    by_group: list[GroupFigures] = field(default_factory=list)
    by_type: dict[GroupType, Figures] = field(default_factory=dict)
    by_month: list[MonthFigures] = field(default_factory=list)
    # Every month of the period in order (empty months too), all groups together:
    # what the charts draw; distinct counts (fathers) are right per month here.
    by_month_total: list[MonthTotal] = field(default_factory=list)
    leader_hours: list[LeaderHours] = field(default_factory=list)
    # The leader hours of staff, volunteers and students: every kind, in order.
    hours_by_kind: list[KindHours] = field(default_factory=list)
    # The cancelled sessions by reason category: every category, in order.
    cancelled_by_reason: dict[CancelReason, int] = field(default_factory=dict)
    # By organiser, by name: a shared group counts under each of its organisers, so
    # these do not add up to the total.
    by_organisation: list[OrganisationFigures] = field(default_factory=list)
    # What the totals leave out: groups keeping only a headcount are not in the
    # family counts, groups keeping only a list not in the first-time visitors.
    left_out: LeftOut = field(default_factory=LeftOut)


def known_only(figures: Figures, *, lists: bool, headcounts: bool) -> Figures:
    """``figures`` of groups of which some keep an attendance list (``lists``) and
    some a headcount (``headcounts``): what none of them keeps is unknown."""
    if lists and headcounts:
        return figures
    return replace(
        figures,
        distinct_families=figures.distinct_families if lists else None,
        fathers_reached=figures.fathers_reached if lists else None,
        new_families=figures.new_families if lists else None,
        adults_reached=figures.adults_reached if lists else None,
        children_reached=figures.children_reached if lists else None,
        first_time_visitors=figures.first_time_visitors if headcounts else None,
    )
