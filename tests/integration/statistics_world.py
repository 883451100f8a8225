"""A small, hand-counted world for the statistics: three groups, four families, two months.

The period of most tests is 1.9.–31.10.2025, and the statistics are made
after it (``NOW``, 3.11.2025). Every figure the tests expect is counted by hand
below, session by session.

Groups (each of its own type, so "by type" equals "by group"):

- A "Vauvaryhmä Pikkuiset" — baby group, named roster, organiser Neuvola,
  capacity 8 (the group's), Perhetalo, Tue 9.30–11.00 (90 min), leaders Anna + Pekka.
- B "Avoin päiväkoti Touhula" — open daycare, headcount only, organiser MLL,
  no capacity of its own: Perhetalo's 20 counts, Fri 9.00–12.00 (180 min), leader Liisa.
- C "Isä–lapsi Sählärit" — father–child, roster AND headcount, organisers Neuvola
  and Seurakunta, no capacity of its own, Sat 10.00–11.30 (90 min), leaders Pekka + Liisa;
  at Kirjasto (no capacity) except C2 at Seurakuntatalo (capacity 10).

Families:

- F1 Virtanen: Jussi (father), Maija (mother), Aino (child). In A and C.
- F2 Korhonen: Sari (mother), Eero (child). In A since August: first visit 26.8.2025.
- F3 Nieminen: Tiina (an adult whose role is not given), Leo (a child whose birth
  year is not given). A guest in A on 7.10.
- F4 Laine: Mikko (father), Onni (child). Enrolled in C mid-season, on 1.10.

Sessions (P = present, - = absent or excused):

- A0 26.8. held (before the period): Sari P, Eero P.
- A1 2.9. held: Jussi P, Maija -, Aino P, Sari P, Eero P  -> adults 2, children 2.
- A2 9.9. cancelled: nothing.
- A3 7.10. held: Jussi P, Maija -, Aino P, Sari -, Eero -, guests Tiina P, Leo P
  -> adults 2, children 2.
- A4 14.10. planned, never recorded: not recorded (kirjaamatta), in no other figure.
- B1 5.9. held, headcount: adults 1 father + 3 mothers + 1 grandparent = 5,
  children 2 + 3 + 1 = 6, first-time visitors 2.
- B2 3.10. held, headcount: adults 4 mothers, children 4 + 1 = 5, first-time 1.
- C1 13.9. held, Kirjasto: roster Jussi P, Aino P; headcount 3 fathers, children
  2 + 2 = 4, first-time 1 -> the headcount counts: adults 3, children 4.
- C2 11.10. held, Seurakuntatalo: roster Mikko P, Onni P, Jussi P, Aino -;
  headcount 2 fathers, children 1 + 1 = 2, first-time 1 -> adults 2, children 2.
- C3 18.10. held, Kirjasto: roster Jussi P, Aino P; a headcount form left at zero
  -> the roster counts: adults 1, children 1.

Visits by role (fathers, mothers, other guardians, grandparents, not given) and by
age band (0, 1–2, 3–6, 7+, not given); the children are born in March, so on the
sessions' days Aino (2024) is 1, Eero (2025) 0 and Onni (2022) 3:
- A1 Jussi, Sari; Aino, Eero -> (1, 1, 0, 0, 0), (1, 1, 0, 0, 0).
- A3 Jussi, Tiina; Aino, Leo -> (1, 0, 0, 0, 1), (0, 1, 0, 0, 1).
- B1 the headcount -> (1, 3, 0, 1, 0), (2, 3, 1, 0, 0); B2 (0, 4, 0, 0, 0), (0, 4, 1, 0, 0).
- C1 the headcount -> (3, 0, 0, 0, 0), (0, 2, 2, 0, 0); C2 (2, 0, 0, 0, 0), (0, 1, 1, 0, 0).
- C3 the roster, Jussi; Aino -> (1, 0, 0, 0, 0), (0, 1, 0, 0, 0).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time

from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    Attendance,
    AttendanceMark,
    AttendanceMode,
    Enrolment,
    Family,
    Group,
    GroupType,
    Headcount,
    Member,
    MemberKind,
    Organisation,
    OrganisationKind,
    Place,
    Session,
    SessionStatus,
    Worker,
)
from ryhmat.domain.statistics import Figures, Statistics
from ryhmat.domain.timezone import HELSINKI
from ryhmat.storage.database import Database

FIRST_DAY = date(2025, 9, 1)
LAST_DAY = date(2025, 10, 31)
NOW = datetime(2025, 11, 3, 12, 0, tzinfo=HELSINKI)

# Group A, the baby group: A1 and A3 held, A2 cancelled, A4 not recorded.
# Visits A1 2 + 2, A3 2 + 2 (the guests Tiina and Leo included). Families F1, F2
# and the guest F3; fathers Jussi only (Maija never came). New: F1 (first 2.9.)
# and F3 (first 7.10.), not F2 (first 26.8.). Capacity 8 + 8, visits 8 (in persons).
# Enrolled F1 and F2: both offered A1 and came; offered A3, only F1 came (F2 excused,
# the guest F3 is not enrolled) -> 4 offered, 3 attended.
A = Figures(
    sessions_held=2,
    sessions_cancelled=1,
    sessions_unrecorded=1,
    adult_visits=4,
    child_visits=4,
    distinct_families=3,
    fathers_reached=1,
    new_families=2,
    first_time_visitors=0,
    capacity=16,
    capacity_filled=8,
    places_offered=4,
    places_attended=3,
    adults_reached=3,  # Jussi, Sari, Tiina
    children_reached=3,  # Aino, Eero, Leo
    adult_visits_by_role=(2, 1, 0, 0, 1),
    child_visits_by_band=(1, 2, 0, 0, 1),
)
# Group B, headcount only: B1 5 + 6, B2 4 + 5; no named families at all.
# Capacity from Perhetalo: 20 + 20, visits 20.
B = Figures(
    sessions_held=2,
    adult_visits=9,
    child_visits=11,
    first_time_visitors=3,
    capacity=40,
    capacity_filled=20,
    adult_visits_by_role=(1, 7, 0, 1, 0),
    child_visits_by_band=(2, 7, 2, 0, 0),
)
# Group C, roster and headcount: C1 3 + 4 and C2 2 + 2 from their headcounts
# (not from the roster marks), C3 1 + 1 from the roster (its headcount is zero).
# Families F1 and F4, fathers Jussi and Mikko, both families new to the group.
# Only C2 has a capacity (Seurakuntatalo's 10, a room's: persons) with its 4 visits.
# Enrolled F1 (all three) and F4 (from 1.10.: C2, C3): C1 1 of 1, C2 2 of 2 (Jussi and
# Mikko), C3 1 of 2 (F4 not marked) -> 5 offered, 4 attended.
C = Figures(
    sessions_held=3,
    adult_visits=6,
    child_visits=7,
    distinct_families=2,
    fathers_reached=2,
    new_families=2,
    first_time_visitors=2,
    capacity=10,
    capacity_filled=4,
    places_offered=5,
    places_attended=4,
    adults_reached=2,  # Jussi, Mikko
    children_reached=2,  # Aino, Onni
    adult_visits_by_role=(6, 0, 0, 0, 0),
    child_visits_by_band=(0, 4, 3, 0, 0),
)
# All of it: new are F1, F3 and F4 (F2 came first in August).
TOTAL = Figures(
    sessions_held=7,
    sessions_cancelled=1,
    sessions_unrecorded=1,
    adult_visits=19,
    child_visits=22,
    distinct_families=4,
    fathers_reached=2,
    new_families=3,
    first_time_visitors=5,
    capacity=66,
    capacity_filled=32,
    places_offered=9,
    places_attended=7,
    adults_reached=4,
    children_reached=4,
    adult_visits_by_role=(9, 8, 0, 1, 1),
    child_visits_by_band=(3, 13, 5, 0, 1),
)


P = AttendanceMark.PRESENT
ABSENT = AttendanceMark.ABSENT
EXCUSED = AttendanceMark.EXCUSED
HELD = SessionStatus.HELD


def adult(first_name: str, role: AdultRole) -> Member:
    return Member(first_name=first_name, kind=MemberKind.ADULT, role=role)


def child(first_name: str, year: int) -> Member:
    return Member(first_name=first_name, kind=MemberKind.CHILD, birth_year=year, birth_month=3)


@dataclass
class StatisticsWorld:
    neuvola: Organisation = field(
        default_factory=lambda: Organisation(
            name="Neuvola", kind=OrganisationKind.CHILD_HEALTH_CLINIC
        )
    )
    mll: Organisation = field(
        default_factory=lambda: Organisation(name="MLL Keskusta", kind=OrganisationKind.NGO)
    )
    parish: Organisation = field(
        default_factory=lambda: Organisation(name="Seurakunta", kind=OrganisationKind.PARISH)
    )
    anna: Worker = field(
        default_factory=lambda: Worker(name="Anna Aalto", title="terveydenhoitaja")
    )
    pekka: Worker = field(
        default_factory=lambda: Worker(name="Pekka Korhonen", title="perhetyöntekijä")
    )
    liisa: Worker = field(default_factory=lambda: Worker(name="Liisa Mäki", title="ohjaaja"))
    perhetalo: Place = field(default_factory=lambda: Place(name="Perhetalo", capacity=20))
    kirjasto: Place = field(default_factory=lambda: Place(name="Kirjasto"))
    seurakuntatalo: Place = field(default_factory=lambda: Place(name="Seurakuntatalo", capacity=10))
    f1: Family = field(
        default_factory=lambda: Family(
            name="Virtanen",
            members=[
                adult("Jussi", AdultRole.FATHER),
                adult("Maija", AdultRole.MOTHER),
                child("Aino", 2024),
            ],
        )
    )
    f2: Family = field(
        default_factory=lambda: Family(
            name="Korhonen", members=[adult("Sari", AdultRole.MOTHER), child("Eero", 2025)]
        )
    )
    f3: Family = field(
        default_factory=lambda: Family(
            name="Nieminen",
            members=[
                Member(first_name="Tiina", kind=MemberKind.ADULT),
                Member(first_name="Leo", kind=MemberKind.CHILD),
            ],
        )
    )
    f4: Family = field(
        default_factory=lambda: Family(
            name="Laine", members=[adult("Mikko", AdultRole.FATHER), child("Onni", 2022)]
        )
    )

    def __post_init__(self) -> None:
        self.a = Group(
            name="Vauvaryhmä Pikkuiset",
            type=GroupType.BABY_GROUP,
            attendance_mode=AttendanceMode.ROSTER,
            organiser_ids=[self.neuvola.id],
            capacity=8,
            default_place_id=self.perhetalo.id,
        )
        self.b = Group(
            name="Avoin päiväkoti Touhula",
            type=GroupType.OPEN_DAYCARE,
            attendance_mode=AttendanceMode.HEADCOUNT,
            organiser_ids=[self.mll.id],
            default_place_id=self.perhetalo.id,
        )
        self.c = Group(
            name="Isä–lapsi Sählärit",
            type=GroupType.FATHER_CHILD,
            attendance_mode=AttendanceMode.BOTH,
            organiser_ids=[self.neuvola.id, self.parish.id],
            default_place_id=self.kirjasto.id,
        )
        a_leaders = [self.anna.id, self.pekka.id]
        c_leaders = [self.pekka.id, self.liisa.id]
        self.a0 = self._a(date(2025, 8, 26))
        self.a1 = self._a(date(2025, 9, 2))
        self.a2 = self._a(date(2025, 9, 9), status=SessionStatus.CANCELLED)
        self.a2.cancel_reason = "Ohjaaja sairastui"
        self.a3 = self._a(date(2025, 10, 7))
        self.a4 = self._a(date(2025, 10, 14), status=SessionStatus.PLANNED)
        for session in (self.a0, self.a1, self.a2, self.a3, self.a4):
            session.leader_ids = list(a_leaders)
        self.b1 = self._b(date(2025, 9, 5))
        self.b2 = self._b(date(2025, 10, 3))
        self.c1 = self._c(date(2025, 9, 13), c_leaders)
        self.c2 = self._c(date(2025, 10, 11), c_leaders, place=self.seurakuntatalo)
        self.c3 = self._c(date(2025, 10, 18), c_leaders)

    def _a(self, day: date, status: SessionStatus = HELD) -> Session:
        return Session(
            group_id=self.a.id,
            day=day,
            start=time(9, 30),
            end=time(11, 0),
            place_id=self.perhetalo.id,
            status=status,
        )

    def _b(self, day: date) -> Session:
        return Session(
            group_id=self.b.id,
            day=day,
            start=time(9, 0),
            end=time(12, 0),
            place_id=self.perhetalo.id,
            leader_ids=[self.liisa.id],
            status=HELD,
        )

    def _c(self, day: date, leaders: list[uuid.UUID], place: Place | None = None) -> Session:
        return Session(
            group_id=self.c.id,
            day=day,
            start=time(10, 0),
            end=time(11, 30),
            place_id=(place or self.kirjasto).id,
            leader_ids=list(leaders),
            status=HELD,
        )

    @property
    def sessions(self) -> list[Session]:
        return [
            self.a0, self.a1, self.a2, self.a3, self.a4,
            self.b1, self.b2,
            self.c1, self.c2, self.c3,
        ]  # fmt: skip

    def marks(self) -> list[Attendance]:
        jussi, maija, aino = self.f1.members
        sari, eero = self.f2.members
        tiina, leo = self.f3.members
        mikko, onni = self.f4.members
        plan: list[tuple[Session, list[tuple[Member, AttendanceMark]], bool]] = [
            (self.a0, [(sari, P), (eero, P)], False),
            (self.a1, [(jussi, P), (maija, ABSENT), (aino, P), (sari, P), (eero, P)], False),
            (
                self.a3,
                [(jussi, P), (maija, ABSENT), (aino, P), (sari, EXCUSED), (eero, EXCUSED)],
                False,
            ),
            (self.a3, [(tiina, P), (leo, P)], True),
            (self.c1, [(jussi, P), (aino, P)], False),
            (self.c2, [(mikko, P), (onni, P), (jussi, P), (aino, ABSENT)], False),
            (self.c3, [(jussi, P), (aino, P)], False),
        ]
        return [
            Attendance(session_id=session.id, member_id=member.id, mark=mark, is_guest=guest)
            for session, marks, guest in plan
            for member, mark in marks
        ]

    def headcounts(self) -> list[Headcount]:
        return [
            Headcount(
                session_id=self.b1.id,
                adults={AdultRole.FATHER: 1, AdultRole.MOTHER: 3, AdultRole.GRANDPARENT: 1},
                children={AgeBand.UNDER_1: 2, AgeBand.AGE_1_2: 3, AgeBand.AGE_3_6: 1},
                first_time_visitors=2,
            ),
            Headcount(
                session_id=self.b2.id,
                adults={AdultRole.MOTHER: 4},
                children={AgeBand.AGE_1_2: 4, AgeBand.AGE_3_6: 1},
                first_time_visitors=1,
            ),
            Headcount(
                session_id=self.c1.id,
                adults={AdultRole.FATHER: 3},
                children={AgeBand.AGE_1_2: 2, AgeBand.AGE_3_6: 2},
                first_time_visitors=1,
            ),
            Headcount(
                session_id=self.c2.id,
                adults={AdultRole.FATHER: 2},
                children={AgeBand.AGE_1_2: 1, AgeBand.AGE_3_6: 1},
                first_time_visitors=1,
            ),
            # The attendance view saves a headcount for every session of a group
            # kept both ways; left at zero it says nothing about who came.
            Headcount(session_id=self.c3.id),
        ]

    def enrolments(self) -> list[Enrolment]:
        august = date(2025, 8, 1)
        return [
            Enrolment(family_id=self.f1.id, group_id=self.a.id, enrolled_on=august),
            Enrolment(family_id=self.f2.id, group_id=self.a.id, enrolled_on=august),
            Enrolment(family_id=self.f1.id, group_id=self.c.id, enrolled_on=august),
            Enrolment(family_id=self.f4.id, group_id=self.c.id, enrolled_on=date(2025, 10, 1)),
        ]


def save_statistics_world(database: Database, world: StatisticsWorld) -> None:
    with database.unit_of_work() as uow:
        for organisation in (world.neuvola, world.mll, world.parish):
            uow.organisations.save(organisation)
        for worker in (world.anna, world.pekka, world.liisa):
            uow.workers.save(worker)
        for place in (world.perhetalo, world.kirjasto, world.seurakuntatalo):
            uow.places.save(place)
        for group in (world.a, world.b, world.c):
            uow.groups.save(group)
        for family in (world.f1, world.f2, world.f3, world.f4):
            uow.families.save(family)
        uow.enrolments.add_many(world.enrolments())
        uow.sessions.add_many(world.sessions)
        uow.attendance.add_many(world.marks())
        uow.headcounts.add_many(world.headcounts())
        uow.commit()


def without_enrolments(statistics: Statistics) -> Statistics:
    """The statistics but the attendance rate's places, which count enrolments: an
    erased family's enrolments go with its personal data."""
    return each_figures(
        statistics, lambda figures: replace(figures, places_offered=0, places_attended=0)
    )


def without_age_bands(statistics: Statistics) -> Statistics:
    """The statistics with every child's visit under "not given" age band: an erased
    family's birth dates go with its personal data."""

    def not_given(figures: Figures) -> Figures:
        bands = figures.child_visits_by_band
        return replace(figures, child_visits_by_band=(0,) * (len(bands) - 1) + (sum(bands),))

    return each_figures(statistics, not_given)


def each_figures(statistics: Statistics, change: Callable[[Figures], Figures]) -> Statistics:
    return replace(
        statistics,
        total=change(statistics.total),
        by_group=[replace(g, figures=change(g.figures)) for g in statistics.by_group],
        by_type={t: change(f) for t, f in statistics.by_type.items()},
        by_month=[replace(m, figures=change(m.figures)) for m in statistics.by_month],
        by_month_total=[replace(m, figures=change(m.figures)) for m in statistics.by_month_total],
        by_organisation=[replace(o, figures=change(o.figures)) for o in statistics.by_organisation],
    )
