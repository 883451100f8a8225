"""Kinds of groups: who they are for, how they keep attendance and how full they run."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import time

from ryhmat.demo.families import Participation
from ryhmat.domain.model import AttendanceMode, CapacityUnit, GroupType, WeeklySlot, WorkerPair
from ryhmat.domain.target_ages import AgeBound, AgeUnit, lower_months, upper_months

MON, TUE, WED, THU, FRI, SAT = range(6)


def _years(low: int, high: int) -> tuple[int, int]:
    """Target ages given in years, in months: 1–3 v is 12 to 47 months."""
    return lower_months(AgeBound(low, AgeUnit.YEARS)), upper_months(AgeBound(high, AgeUnit.YEARS))


def _months(low: int, high: int) -> tuple[int, int]:
    return low, high


PLAY = ("Liikuntaleikit", "Satuhetki", "Askartelu", "Ulkoilu", "Laulut ja lorut", "Leivonta")
BABY = (
    "Vauvahieronta",
    "Vauvan uni",
    "Imetys ja kiinteät ruoat",
    "Vauvan kehitys",
    "Vauvaperheen arki",
    "Vauvamuskari",
)
PARENT = (
    "Parisuhde vauva-arjessa",
    "Oma jaksaminen",
    "Vanhemmuuden roolit",
    "Tunteet ja rajat",
    "Arjen voimavarat",
)
PEER = ("Vapaata keskustelua", "Vieraana puheterapeutti", "Arjen vinkit", "Sisarussuhteet")


@dataclass(frozen=True, slots=True, kw_only=True)
class Profile:
    type: GroupType
    mode: AttendanceMode
    ages: tuple[int, int]  # the group's target ages in whole months (domain/target_ages.py)
    # The age in months of the children who join, narrower than the group's
    # range where a group takes its children young (a vauvaryhmä starts from
    # a few months and goes on while the babies turn one).
    entry_months: tuple[int, int]
    # Room for about half again the families that come on an average day (groups run
    # two-thirds full); a group kept by headcount alone names no family: persons.
    capacity: int
    capacity_unit: CapacityUnit = CapacityUnit.FAMILIES
    enrolled: int = 0  # families enrolled when the season starts
    waiting: int = 0
    participation: Participation = Participation.ONE_ADULT
    attend_rate: float = 0.8
    multiples: bool = False
    visitors: int = 0  # adults on an average day, when headcounts are kept
    themes: tuple[str, ...] = PLAY
    theme_rate: float = 0.25
    description: str = ""
    public: bool = True

    @property
    def keeps_roster(self) -> bool:
        return self.mode.keeps_roster


FATHER_CHILD = Profile(
    type=GroupType.FATHER_CHILD,
    mode=AttendanceMode.ROSTER,
    ages=_years(1, 6),
    entry_months=(12, 72),
    capacity=11,
    enrolled=9,
    waiting=1,
    participation=Participation.FATHER,
    attend_rate=0.75,
    themes=(*PLAY, "Retki lähimetsään", "Pihapelit", "Isä–lapsi-kokkaus"),
    description="Isille ja lapsille yhteistä tekemistä lauantaiaamuisin.",
)
OPEN_DAYCARE = Profile(
    type=GroupType.OPEN_DAYCARE,
    mode=AttendanceMode.HEADCOUNT,
    ages=_years(0, 6),
    entry_months=(0, 83),
    capacity=32,
    capacity_unit=CapacityUnit.PERSONS,
    visitors=9,
    theme_rate=0.15,
    description="Avoin kohtaamispaikka alle kouluikäisille ja heidän aikuisilleen.",
)
FAMILY_CAFE = Profile(
    type=GroupType.FAMILY_CAFE,
    mode=AttendanceMode.BOTH,
    ages=_years(0, 6),
    entry_months=(0, 83),
    capacity=12,
    enrolled=24,
    participation=Participation.ADULTS,
    attend_rate=0.35,
    visitors=3,
    theme_rate=0.15,
    description="Matalan kynnyksen perhekahvila: tule kun ehdit, kahvi on keitetty.",
)
BABY_GROUP = Profile(
    type=GroupType.BABY_GROUP,
    mode=AttendanceMode.ROSTER,
    ages=_months(0, 12),
    entry_months=(1, 7),
    capacity=11,
    enrolled=9,
    waiting=2,
    attend_rate=0.85,
    themes=BABY,
    theme_rate=0.6,
    description="Vauvaperheiden ryhmä neuvolan ja perhetyön yhteistyönä.",
)
TWINS_PEER = Profile(
    type=GroupType.PEER_GROUP,
    mode=AttendanceMode.ROSTER,
    ages=_years(0, 6),
    entry_months=(2, 60),
    capacity=6,
    enrolled=6,
    multiples=True,
    attend_rate=0.7,
    themes=PEER,
    theme_rate=0.3,
    description="Kaksos- ja monikkoperheiden vanhempien vertaistukiryhmä.",
)
PEER_GROUP = Profile(
    type=GroupType.PEER_GROUP,
    mode=AttendanceMode.ROSTER,
    ages=_years(0, 12),
    entry_months=(6, 140),
    capacity=8,
    enrolled=8,
    attend_rate=0.7,
    themes=PEER,
    theme_rate=0.3,
    description="Vertaistukea toisilta vanhemmilta.",
    public=False,
)
PARENT_GROUP = Profile(
    type=GroupType.PARENT_GROUP,
    mode=AttendanceMode.ROSTER,
    ages=_years(0, 2),
    entry_months=(1, 10),
    capacity=8,
    enrolled=7,
    waiting=1,
    participation=Participation.ADULTS,
    attend_rate=0.8,
    themes=PARENT,
    theme_rate=0.8,
    description="Ensimmäistä lastaan odottaville ja vauvaperheille: vahvuutta vanhemmuuteen.",
)
FAMILY_SPORTS = Profile(
    type=GroupType.OTHER,
    mode=AttendanceMode.ROSTER,
    ages=_years(2, 6),
    entry_months=(24, 80),
    capacity=13,
    enrolled=12,
    waiting=2,
    attend_rate=0.75,
    themes=("Pallopelit", "Temppurata", "Tanssi", "Liikuntaleikit"),
    theme_rate=0.4,
    description="Koko perheen liikuntakerho.",
)
FAMILY_CLUB = Profile(
    type=GroupType.OTHER,
    mode=AttendanceMode.ROSTER,
    ages=_years(0, 6),
    entry_months=(6, 70),
    capacity=13,
    enrolled=12,
    waiting=2,
    attend_rate=0.72,
    description="Perhekerho aikuisille ja lapsille yhdessä.",
)
STORY_TIME = Profile(
    type=GroupType.OTHER,
    mode=AttendanceMode.HEADCOUNT,
    ages=_years(1, 6),
    entry_months=(12, 83),
    capacity=18,
    capacity_unit=CapacityUnit.PERSONS,
    visitors=8,
    themes=("Satuhetki", "Lorut ja laulut", "Kuvakirjat", "Nukketeatteri"),
    theme_rate=0.9,
    description="Satuja, loruja ja laulua kirjaston lastenosastolla.",
)


@dataclass(slots=True, kw_only=True)
class GroupSpec:
    """One group to create: its kind, where and when it meets, who leads it."""

    name: str
    profile: Profile
    organiser_ids: list[uuid.UUID]
    place_id: uuid.UUID
    pair: WorkerPair
    slots: tuple[WeeklySlot, ...] = ()
    interval_weeks: int = 1
    # Chosen dates: the second such weekday of every month of a season.
    monthly_weekday: int | None = None
    monthly_times: tuple[time, time] | None = None
    enrolled: int | None = None  # overrides the profile's number
    capacity: int | None = None  # overrides the profile's, for fewer or more families
    joiner: bool = False  # a family joins in the middle of the autumn
    leaver: bool = False  # a family leaves in the middle of the autumn
    # Who leads every session beside the pair, e.g. a volunteer peer leader.
    other_leader_ids: tuple[uuid.UUID, ...] = ()

    @property
    def enrolled_count(self) -> int:
        return self.profile.enrolled if self.enrolled is None else self.enrolled

    @property
    def capacity_count(self) -> int:
        return self.profile.capacity if self.capacity is None else self.capacity


def slot(weekday: int, start: str, end: str) -> WeeklySlot:
    """A weekly slot from Finnish-style times such as ``"9.30"``."""
    return WeeklySlot(weekday, _time(start), _time(end))


def _time(text: str) -> time:
    hours, _, minutes = text.partition(".")
    return time(int(hours), int(minutes or 0))


def times(start: str, end: str) -> tuple[time, time]:
    return _time(start), _time(end)
