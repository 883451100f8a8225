"""Turns group specifications into groups, sessions, enrolments and records.

Shared by both scales; the scale modules decide which groups exist and what
out-of-the-ordinary things (a cancelled session, a guest) happen to them.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from ryhmat.demo.data import DemoData
from ryhmat.demo.families import (
    FamilyFactory,
    Need,
    Participation,
    fits,
    participants,
)
from ryhmat.demo.ids import IdSource
from ryhmat.demo.names import NamePools
from ryhmat.demo.profiles import GroupSpec
from ryhmat.demo.school_calendar import SchoolYear, Season
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    Attendance,
    AttendanceMark,
    AttendanceMode,
    CancelReason,
    ClosurePeriod,
    Enrolment,
    EnrolmentStatus,
    Family,
    Group,
    GroupType,
    Headcount,
    Member,
    MemberKind,
    Series,
    Session,
    SessionStatus,
)
from ryhmat.domain.scheduling import apply_series, closures_pausing, plan_series, skip_reason
from ryhmat.domain.school_holidays import on_or_after
from ryhmat.domain.target_ages import MONTHS_PER_YEAR

PRESENT, ABSENT, EXCUSED = AttendanceMark.PRESENT, AttendanceMark.ABSENT, AttendanceMark.EXCUSED
VISITOR_ROLES = (
    AdultRole.MOTHER,
    AdultRole.FATHER,
    AdultRole.GRANDPARENT,
    AdultRole.OTHER_GUARDIAN,
)
VISITOR_ROLE_WEIGHTS = (70, 18, 8, 4)
BAND_YEARS = {
    AgeBand.UNDER_1: (0, 0),
    AgeBand.AGE_1_2: (1, 2),
    AgeBand.AGE_3_6: (3, 6),
    AgeBand.AGE_7_PLUS: (7, 12),
}
# Open groups draw mostly babies and toddlers: older children are in daycare.
BAND_WEIGHT_PER_YEAR = {
    AgeBand.UNDER_1: 2.5,
    AgeBand.AGE_1_2: 2.0,
    AgeBand.AGE_3_6: 0.8,
    AgeBand.AGE_7_PLUS: 0.3,
}
# Open groups are fullest in the dark months and thin out in August and May.
MONTH_FACTOR = {1: 1.0, 2: 1.1, 3: 1.1, 4: 0.95, 5: 0.75, 6: 0.6, 7: 0.6, 8: 0.7}
MONTH_FACTOR |= {9: 1.0, 10: 1.05, 11: 1.1, 12: 0.9}
NEW_VISITOR_MONTHS = (1, 8, 9)
AUTUMN_PARTY, SPRING_PARTY = "Pikkujoulut", "Kevätjuhla"
MONTHLY_WEEK = 1  # chosen dates fall on the second such weekday of a month

# The worker pair's planning and debrief per session, as teams usually keep it: the
# closed groups' half an hour, the lighter drop-in ones' quarter; none for the open
# daycare, whose planning is part of its staff's day.
PLANNING_MINUTES: dict[GroupType, int] = {
    GroupType.FATHER_CHILD: 30,
    GroupType.BABY_GROUP: 30,
    GroupType.PEER_GROUP: 30,
    GroupType.PARENT_GROUP: 30,
    GroupType.FAMILY_CAFE: 15,
    GroupType.OTHER: 15,
}


@dataclass(slots=True)
class RosterEntry:
    """An enrolled family, the members who take part, and how often they come."""

    enrolment: Enrolment
    members: list[Member]
    rate: float

    def active_on(self, day: date) -> bool:
        e = self.enrolment
        started = e.enrolled_on is None or e.enrolled_on <= day
        return started and (e.left_on is None or day < e.left_on)


@dataclass(slots=True, kw_only=True)
class GroupRun:
    """One group of one school year while it is being built."""

    spec: GroupSpec
    year: SchoolYear
    group: Group
    sessions: list[Session]
    entries: list[RosterEntry] = field(default_factory=list)
    family_ids: set[uuid.UUID] = field(default_factory=set)
    unrecorded: set[uuid.UUID] = field(default_factory=set)
    guest_sessions: set[uuid.UUID] = field(default_factory=set)

    def need(self, day: date) -> Need:
        profile = self.spec.profile
        low, high = profile.entry_months
        return Need(
            day,
            low,
            high,
            father=profile.participation is Participation.FATHER,
            multiples=profile.multiples,
        )

    def past_sessions(self, today: date) -> list[Session]:
        return [s for s in self.sessions if s.day < today and not s.is_cancelled]


class Builder:
    def __init__(self, data: DemoData, names: NamePools, *, reuse_rate: float) -> None:
        self.data = data
        self.today = data.today
        self.rng = random.Random(f"ryhmat-demo-{data.seed}")
        self.ids = IdSource(data.seed)
        self.names = names
        self.families = FamilyFactory(self.rng, self.ids, names, self.today)
        self.holidays = FinnishHolidays()
        self.reuse_rate = reuse_rate
        # Families from this index on may join another group; older ones have grown up.
        self.reuse_from = 0

    # Groups, series and sessions

    def add_group(
        self, spec: GroupSpec, year: SchoolYear, closures: Sequence[ClosurePeriod]
    ) -> GroupRun:
        profile = spec.profile
        group = Group(
            name=spec.name,
            type=profile.type,
            attendance_mode=profile.mode,
            organiser_ids=list(spec.organiser_ids),
            target_age_min_months=profile.ages[0],
            target_age_max_months=profile.ages[1],
            capacity=spec.capacity_count,
            capacity_unit=profile.capacity_unit,
            default_place_id=spec.place_id,
            default_pair_id=spec.pair.id,
            is_public=profile.public,
            description=profile.description,
            planning_minutes=PLANNING_MINUTES.get(profile.type),
            id=self.ids.new(),
        )
        self.data.groups.append(group)
        sessions: list[Session] = []
        for season in year.seasons:
            sessions += self._season(spec, group, season, closures_pausing(group, closures))
        return GroupRun(spec=spec, year=year, group=group, sessions=sessions)

    def _season(
        self, spec: GroupSpec, group: Group, season: Season, closures: Sequence[ClosurePeriod]
    ) -> list[Session]:
        series = Series(
            group_id=group.id,
            name=season.name,
            first_day=season.first_day,
            last_day=season.last_day,
            slots=list(spec.slots),
            interval_weeks=spec.interval_weeks,
            leader_ids=[*spec.pair.worker_ids, *spec.other_leader_ids]
            if spec.other_leader_ids
            else [],
            id=self.ids.new(),
        )
        if spec.monthly_weekday is not None and spec.monthly_times is not None:
            series.slots = []
            series.chosen_dates = self._monthly_dates(spec.monthly_weekday, season, closures)
            series.chosen_start, series.chosen_end = spec.monthly_times
        self.data.series.append(series)
        # The same two calls the app makes when a series is saved, so the demo
        # skips exactly the holidays and closures that the app would skip.
        plan = plan_series(series, self.holidays, closures)
        created = apply_series(
            series,
            plan,
            (),
            set(),
            default_place_id=group.default_place_id,
            default_leader_ids=spec.pair.worker_ids,
            make_id=self.ids.new,
        ).created
        for session in created:
            if self.rng.random() < spec.profile.theme_rate:
                session.theme = self.rng.choice(spec.profile.themes)
        if created and spec.profile.keeps_roster:
            created[-1].theme = AUTUMN_PARTY if season.first_day.month >= 8 else SPRING_PARTY
        self.data.sessions.extend(created)
        return created

    def _monthly_dates(
        self, weekday: int, season: Season, closures: Sequence[ClosurePeriod]
    ) -> list[date]:
        """The dates a coordinator would choose: one a month, none in a break."""
        days: list[date] = []
        month = season.first_day.replace(day=1)
        while month <= season.last_day:
            day = on_or_after(month, weekday) + timedelta(weeks=MONTHLY_WEEK)
            if season.contains(day) and skip_reason(day, self.holidays, closures) is None:
                days.append(day)
            month = (month + timedelta(days=32)).replace(day=1)
        return days

    # Families and enrolments

    def enrol(self, run: GroupRun) -> None:
        spec, start = run.spec, run.year.autumn.first_day
        need = run.need(start)
        for _ in range(spec.enrolled_count):
            self._enrol(run, need, EnrolmentStatus.ENROLLED, start - self._days(3, 30))
        for _ in range(spec.profile.waiting):
            self._enrol(run, need, EnrolmentStatus.WAITING, start - self._days(0, 14))
        joined = self.event_day(run, 0.35) if spec.joiner else None
        if joined is not None:
            self._enrol(run, run.need(joined), EnrolmentStatus.ENROLLED, joined)
        left = self.event_day(run, 0.6) if spec.leaver else None
        if left is not None and len(run.entries) > 1:
            leaving = run.entries[0].enrolment
            leaving.status, leaving.left_on = EnrolmentStatus.LEFT, left

    def event_day(self, run: GroupRun, fraction: float) -> date | None:
        """A day that far into the autumn, but early enough to lie in the past."""
        autumn = run.year.autumn
        first = autumn.first_day + timedelta(days=14)
        last = min(autumn.last_day, self.today - timedelta(days=1))
        if (last - first).days < 7:
            return None
        return first + timedelta(days=round((last - first).days * fraction))

    def _days(self, low: int, high: int) -> timedelta:
        return timedelta(days=self.rng.randint(low, high))

    def _enrol(self, run: GroupRun, need: Need, status: EnrolmentStatus, on: date) -> None:
        family = self._family_for(run, need)
        enrolment = Enrolment(
            family_id=family.id,
            group_id=run.group.id,
            status=status,
            enrolled_on=on,
            id=self.ids.new(),
        )
        self.data.enrolments.append(enrolment)
        run.family_ids.add(family.id)
        if status is not EnrolmentStatus.WAITING:
            members = participants(family, need, run.spec.profile.participation, self.rng)
            rate = min(0.97, run.spec.profile.attend_rate * self.rng.uniform(0.75, 1.2))
            run.entries.append(RosterEntry(enrolment, members, rate))

    def _family_for(self, run: GroupRun, need: Need) -> Family:
        if self.rng.random() < self.reuse_rate:
            found = self._existing_family(run, need)
            if found is not None:
                return found
        return self._new_family(need)

    def _existing_family(self, run: GroupRun, need: Need, tries: int = 8) -> Family | None:
        pool = self.data.families
        if len(pool) <= self.reuse_from:
            return None
        for _ in range(tries):
            family = pool[self.rng.randrange(self.reuse_from, len(pool))]
            if family.id not in run.family_ids and fits(family, need):
                return family
        return None

    def _new_family(self, need: Need) -> Family:
        family = self.families.make(need)
        self.data.families.append(family)
        return family

    # Sessions that did not go as planned

    def cancel(self, session: Session, reason: str, category: CancelReason) -> None:
        session.status = SessionStatus.CANCELLED
        session.cancel_reason = reason
        session.cancel_category = category
        session.edited_individually = True
        session.sequence += 1

    def substitute(self, session: Session, absent: uuid.UUID, substitute: uuid.UUID) -> None:
        session.leader_ids = [substitute if w == absent else w for w in session.leader_ids]
        session.edited_individually = True
        session.sequence += 1

    # Attendance and headcounts of the sessions already held

    def record(self, run: GroupRun) -> None:
        mode = run.group.attendance_mode
        for session in run.past_sessions(self.today):
            if session.id in run.unrecorded:
                continue
            session.status = SessionStatus.HELD
            came: list[Member] = []
            if mode.keeps_roster:
                came = self._roster(run, session)
            if mode.keeps_headcount:
                self.data.headcounts.append(self._headcount(run, session, came))

    def _roster(self, run: GroupRun, session: Session) -> list[Member]:
        """Marks the session's roster; returns the members who were there."""
        active = [e for e in run.entries if e.active_on(session.day)]
        came = [self._who_came(e) if self.rng.random() < e.rate else [] for e in active]
        if active and not any(came):
            # Nobody at all would have made the leaders cancel, not hold, the session.
            pick = self.rng.randrange(len(active))
            came[pick] = list(active[pick].members)
        closed = run.group.attendance_mode is AttendanceMode.ROSTER
        present: list[Member] = []
        for entry, members in zip(active, came, strict=True):
            present += members
            if closed:
                self._mark_all(session, entry.members, members)
            else:
                self._mark(session, members, PRESENT)
        if session.id in run.guest_sessions:
            guests = self._guests(run, session.day)
            self._mark(session, guests, PRESENT, guest=True)
            present += guests
        return present

    def _who_came(self, entry: RosterEntry) -> list[Member]:
        adults = [m for m in entry.members if m.kind is MemberKind.ADULT]
        children = [m for m in entry.members if m.kind is MemberKind.CHILD]
        # With two parents enrolled, often only one of them makes it.
        came = [a for a in adults if len(adults) == 1 or self.rng.random() < 0.7]
        if adults and not came:
            came = [self.rng.choice(adults)]
        came += [c for c in children if len(children) == 1 or self.rng.random() < 0.9]
        return came

    def _mark_all(self, session: Session, members: list[Member], came: list[Member]) -> None:
        if not came:
            # A family that let the leaders know beforehand is excused.
            self._mark(session, members, EXCUSED if self.rng.random() < 0.55 else ABSENT)
            return
        there = {m.id for m in came}
        self._mark(session, came, PRESENT)
        self._mark(session, [m for m in members if m.id not in there], ABSENT)

    def _mark(
        self, session: Session, members: list[Member], mark: AttendanceMark, guest: bool = False
    ) -> None:
        new_id = self.ids.new
        self.data.attendance.extend(
            Attendance(
                session_id=session.id, member_id=m.id, mark=mark, is_guest=guest, id=new_id()
            )
            for m in members
        )

    def _guests(self, run: GroupRun, day: date) -> list[Member]:
        need = run.need(day)
        family = self._existing_family(run, need, tries=30) or self._new_family(need)
        return participants(family, need, run.spec.profile.participation, self.rng)

    def _headcount(self, run: GroupRun, session: Session, came: list[Member]) -> Headcount:
        adults: dict[AdultRole, int] = {}
        children: dict[AgeBand, int] = {}
        for member in came:
            if member.role is not None:
                adults[member.role] = adults.get(member.role, 0) + 1
            else:
                band = AgeBand.for_age(member.age_on(session.day) or 0)
                children[band] = children.get(band, 0) + 1
        visitors = self._anonymous_visitors(run, session, came)
        for role in self.rng.choices(VISITOR_ROLES, VISITOR_ROLE_WEIGHTS, k=visitors):
            adults[role] = adults.get(role, 0) + 1
        kids = round(visitors * self.rng.uniform(1.05, 1.5))
        bands, weights = self._band_weights(run)
        for band in self.rng.choices(bands, weights, k=kids):
            children[band] = children.get(band, 0) + 1
        rate = 0.12 if session.day.month in NEW_VISITOR_MONTHS else 0.05
        first_time = sum(self.rng.random() < rate for _ in range(visitors))
        return Headcount(
            session_id=session.id,
            adults={r: adults[r] for r in AdultRole if r in adults},
            children={b: children[b] for b in AgeBand if b in children},
            first_time_visitors=first_time,
        )

    def _anonymous_visitors(self, run: GroupRun, session: Session, came: list[Member]) -> int:
        mean = run.spec.profile.visitors * MONTH_FACTOR[session.day.month]
        if session.start.hour >= 12:
            mean *= 0.7
        drawn = round(self.rng.gauss(mean, mean * 0.3))
        return max(drawn, 0 if came else 1)

    def _band_weights(self, run: GroupRun) -> tuple[list[AgeBand], list[float]]:
        group = run.group
        low = (group.target_age_min_months or 0) // MONTHS_PER_YEAR
        high = (group.target_age_max_months or 83) // MONTHS_PER_YEAR
        bands = list(BAND_YEARS)
        weights = []
        for band in bands:
            first, last = BAND_YEARS[band]
            overlap = max(0, min(high, last) - max(low, first) + 1)
            # Siblings outside the target ages come along too, now and then.
            weights.append(overlap * BAND_WEIGHT_PER_YEAR[band] or 0.15)
        return bands, weights
