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
- by organiser: an organisation's groups together, a group that several organise
  under each of them (so the organisers do not add up to the total); new families
  are new to all the filtered groups, as in the total.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Protocol

from ryhmat.domain.model import GroupType


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
    ) -> Mapping[uuid.UUID, int]: ...

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
class LeaderHours:
    worker_id: uuid.UUID
    name: str
    hours: float


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
