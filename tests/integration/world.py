"""A small saved world of related entities that integration tests build on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from ryhmat.domain.model import (
    AdultRole,
    AttendanceMode,
    ClosurePeriod,
    Family,
    Group,
    GroupType,
    Member,
    MemberKind,
    Organisation,
    OrganisationKind,
    Place,
    Series,
    Session,
    WeeklySlot,
    Worker,
    WorkerPair,
)
from ryhmat.storage.database import Database


@dataclass
class World:
    clinic: Organisation
    parish: Organisation
    anna: Worker
    pekka: Worker
    pair: WorkerPair
    place: Place
    group: Group
    series: Series
    family: Family
    closure: ClosurePeriod

    @property
    def father(self) -> Member:
        return self.family.members[0]

    @property
    def child(self) -> Member:
        return self.family.members[1]


def build_world() -> World:
    clinic = Organisation(name="Neuvola", kind=OrganisationKind.CHILD_HEALTH_CLINIC)
    parish = Organisation(name="Seurakunta", kind=OrganisationKind.PARISH)
    anna = Worker(name="Anna Virtanen", title="perhetyöntekijä", organisation_id=clinic.id)
    pekka = Worker(name="Pekka Korhonen", title="diakoni", organisation_id=parish.id)
    pair = WorkerPair(first_worker_id=anna.id, second_worker_id=pekka.id)
    place = Place(name="Perhetalo Lumo", address="Kauppakatu 1", capacity=20)
    group = Group(
        name="Isä-lapsi-ryhmä",
        type=GroupType.FATHER_CHILD,
        attendance_mode=AttendanceMode.BOTH,
        organiser_ids=[parish.id, clinic.id],
        target_age_min_months=0,
        target_age_max_months=83,  # 0–6 years
        capacity=12,
        default_place_id=place.id,
        default_pair_id=pair.id,
        description="Lauantaiaamut isille ja lapsille",
    )
    series = Series(
        group_id=group.id,
        name="Syksy 2025",
        first_day=date(2025, 8, 11),
        last_day=date(2025, 12, 12),
        slots=[WeeklySlot(weekday=5, start=time(9, 30), end=time(11, 0))],
        place_id=place.id,
        leader_ids=[pekka.id, anna.id],
    )
    family = Family(
        name="Mäkinen",
        phone="040 123 4567",
        members=[
            Member(
                first_name="Jussi",
                last_name="Mäkinen",
                kind=MemberKind.ADULT,
                role=AdultRole.FATHER,
            ),
            Member(
                first_name="Aino",
                last_name="Mäkinen",
                kind=MemberKind.CHILD,
                birth_year=2022,
                birth_month=5,
            ),
        ],
    )
    closure = ClosurePeriod(
        name="Syysloma", first_day=date(2025, 10, 13), last_day=date(2025, 10, 19)
    )
    return World(clinic, parish, anna, pekka, pair, place, group, series, family, closure)


def save_world(database: Database, world: World) -> None:
    with database.unit_of_work() as uow:
        uow.organisations.save(world.clinic)
        uow.organisations.save(world.parish)
        uow.workers.save(world.anna)
        uow.workers.save(world.pekka)
        uow.pairs.save(world.pair)
        uow.places.save(world.place)
        uow.groups.save(world.group)
        uow.series.save(world.series)
        uow.families.save(world.family)
        uow.closures.save(world.closure)
        uow.commit()


def make_session(world: World, day: date, **changes: object) -> Session:
    session = Session(
        group_id=world.group.id,
        series_id=world.series.id,
        day=day,
        occurrence_day=day,
        start=time(9, 30),
        end=time(11, 0),
        place_id=world.place.id,
        leader_ids=[world.pekka.id, world.anna.id],
    )
    for name, value in changes.items():
        setattr(session, name, value)
    return session
