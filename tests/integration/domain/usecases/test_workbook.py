"""The workbook's read model: rosters and headcounts of a period, and pseudonyms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

import pytest

from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    Attendance,
    AttendanceMark,
    AttendanceMode,
    ChildrenListed,
    Enrolment,
    EnrolmentStatus,
    Family,
    Group,
    GroupType,
    Headcount,
    Member,
    MemberKind,
    Organisation,
    Place,
    Session,
    SessionStatus,
    Worker,
)
from ryhmat.domain.statistics import Figures, GroupFigures, Statistics, StatisticsFilter
from ryhmat.domain.usecases.workbook import (
    RosterSheet,
    WorkbookData,
    enrolled_during,
    family_code,
    workbook_data,
)
from ryhmat.storage.database import Database
from ryhmat.storage.pseudonyms import SqlPseudonymRepository

FIRST, LAST = date(2026, 8, 1), date(2026, 9, 30)
HELD, CANCELLED, PLANNED = SessionStatus.HELD, SessionStatus.CANCELLED, SessionStatus.PLANNED
PRESENT, ABSENT, EXCUSED = AttendanceMark.PRESENT, AttendanceMark.ABSENT, AttendanceMark.EXCUSED


def adult(first: str, last: str, role: AdultRole) -> Member:
    return Member(first_name=first, last_name=last, kind=MemberKind.ADULT, role=role)


def child(first: str, last: str, year: int, month: int) -> Member:
    return Member(
        first_name=first, last_name=last, kind=MemberKind.CHILD, birth_year=year, birth_month=month
    )


@dataclass
class Town:
    clinic: Organisation
    anna: Worker
    babies: Group  # roster
    drop_in: Group  # headcount
    cafe: Group  # both
    aalto: Family
    bjork: Family
    virta: Family  # comes as a guest
    babies_sessions: list[Session]
    drop_in_sessions: list[Session]
    cafe_session: Session


def session(group: Group, day: date, status: SessionStatus, **changes: object) -> Session:
    made = Session(group_id=group.id, day=day, start=time(9, 30), end=time(11), status=status)
    for name, value in changes.items():
        setattr(made, name, value)
    return made


@pytest.fixture
def town(database: Database) -> Town:
    clinic = Organisation(name="Neuvola")
    anna = Worker(name="Anna Virtanen", title="perhetyöntekijä")
    babies = Group(name="Vauvaryhmä", type=GroupType.BABY_GROUP, organiser_ids=[clinic.id])
    drop_in = Group(
        name="Avoin päiväkoti",
        type=GroupType.OPEN_DAYCARE,
        attendance_mode=AttendanceMode.HEADCOUNT,
    )
    cafe = Group(
        name="Perhekahvila", type=GroupType.FAMILY_CAFE, attendance_mode=AttendanceMode.BOTH
    )
    aalto = Family(
        name="Aalto",
        members=[adult("Antti", "Aalto", AdultRole.FATHER), child("Aada", "Aalto", 2025, 3)],
    )
    bjork = Family(name="Björk", members=[adult("Bea", "Björk", AdultRole.MOTHER)])
    virta = Family(
        name="Virta",
        members=[adult("Vilma", "Virta", AdultRole.MOTHER), child("Veeti", "Virta", 2024, 1)],
    )
    gone = Family(name="Lähtijä", members=[adult("Lasse", "Lähtijä", AdultRole.FATHER)])
    waiting = Family(name="Jono", members=[adult("Jonna", "Jono", AdultRole.MOTHER)])
    babies_sessions = [
        session(babies, date(2026, 7, 28), HELD),  # before the period
        session(babies, date(2026, 9, 8), HELD),  # saved out of order on purpose
        session(babies, date(2026, 9, 1), HELD, leader_ids=[anna.id]),
        session(babies, date(2026, 9, 15), CANCELLED),
        session(babies, date(2026, 9, 22), PLANNED),
    ]
    drop_in_sessions = [
        session(drop_in, date(2026, 9, 2), HELD, leader_ids=[anna.id]),
        session(drop_in, date(2026, 9, 9), HELD),
    ]
    cafe_session = session(cafe, date(2026, 9, 3), HELD)
    with database.unit_of_work() as uow:
        uow.organisations.save(clinic)
        uow.workers.save(anna)
        for group in (babies, drop_in, cafe):
            uow.groups.save(group)
        for family in (aalto, bjork, virta, gone, waiting):
            uow.families.save(family)
        for family, status, left in (
            (aalto, EnrolmentStatus.ENROLLED, None),
            (bjork, EnrolmentStatus.LEFT, date(2026, 9, 5)),  # left during the period
            (gone, EnrolmentStatus.LEFT, date(2026, 6, 1)),
            (waiting, EnrolmentStatus.WAITING, None),
        ):
            uow.enrolments.save(
                Enrolment(
                    family_id=family.id,
                    group_id=babies.id,
                    status=status,
                    enrolled_on=date(2026, 1, 1),
                    left_on=left,
                )
            )
        for made in [*babies_sessions, *drop_in_sessions, cafe_session]:
            uow.sessions.save(made)
        first, second = babies_sessions[2], babies_sessions[1]
        uow.attendance.add_many(
            [
                Attendance(session_id=first.id, member_id=aalto.members[0].id, mark=PRESENT),
                Attendance(session_id=first.id, member_id=aalto.members[1].id, mark=PRESENT),
                Attendance(session_id=first.id, member_id=bjork.members[0].id, mark=ABSENT),
                Attendance(session_id=second.id, member_id=aalto.members[0].id, mark=EXCUSED),
                Attendance(
                    session_id=second.id,
                    member_id=virta.members[0].id,
                    mark=PRESENT,
                    is_guest=True,
                ),
                # Outside the period: not on the sheet, and Lasse not with it.
                Attendance(
                    session_id=babies_sessions[0].id,
                    member_id=gone.members[0].id,
                    mark=PRESENT,
                ),
            ]
        )
        uow.headcounts.save(
            Headcount(
                session_id=drop_in_sessions[0].id,
                adults={AdultRole.FATHER: 2, AdultRole.MOTHER: 5},
                children={AgeBand.UNDER_1: 3, AgeBand.AGE_3_6: 4},
                first_time_visitors=1,
            )
        )
        uow.commit()
    return Town(
        clinic,
        anna,
        babies,
        drop_in,
        cafe,
        aalto,
        bjork,
        virta,
        babies_sessions,
        drop_in_sessions,
        cafe_session,
    )


def statistics(*groups: Group, wanted: StatisticsFilter | None = None) -> Statistics:
    """Hand-made statistics: only the period and the order of the groups matter here."""
    return Statistics(
        first_day=FIRST,
        last_day=LAST,
        wanted=wanted or StatisticsFilter(),
        described=[],
        total=Figures(),
        by_group=[GroupFigures(g.id, g.name, g.type, Figures()) for g in groups],
    )


def data_of(
    database: Database, wanted: StatisticsFilter, *order: Group, pseudonymise: bool = False
) -> WorkbookData:
    with database.unit_of_work() as uow:
        return workbook_data(
            uow,
            FIRST,
            LAST,
            wanted,
            pseudonymise,
            statistics(*order, wanted=wanted),
            pseudonyms=SqlPseudonymRepository(uow.session),
        )


def rows(sheet: RosterSheet) -> list[tuple[str, str, int | None, bool, tuple[int | None, ...]]]:
    return [(p.family, p.name, p.age, p.is_guest, p.marks) for p in sheet.people]


def test_roster_of_the_period_with_enrolled_families_and_guests(
    database: Database, town: Town
) -> None:
    data = data_of(database, StatisticsFilter(), town.cafe, town.babies)

    assert [r.group_name for r in data.rosters] == ["Perhekahvila", "Vauvaryhmä"]
    cafe, babies = data.rosters
    assert cafe.session_days == (date(2026, 9, 3),)
    assert cafe.people == ()
    assert babies.session_days == (date(2026, 9, 1), date(2026, 9, 8))
    assert rows(babies) == [
        ("Aalto", "Antti Aalto", None, False, (1, 0)),
        ("Aalto", "Aada Aalto", 1, False, (1, None)),
        # Left on 5.9.: still on the sheet, for the sessions before.
        ("Björk", "Bea Björk", None, False, (0, None)),
        # A guest's family members who did not come are left out.
        ("Virta", "Vilma Virta", None, True, (None, 1)),
    ]
    assert babies.present_total == 3


def test_headcount_lines_of_held_sessions_with_or_without_a_headcount(
    database: Database, town: Town
) -> None:
    data = data_of(database, StatisticsFilter(), town.cafe, town.babies)

    lines = [(h.group_name, h.day, h.headcount) for h in data.headcounts]
    assert [(name, day) for name, day, _ in lines] == [
        ("Perhekahvila", date(2026, 9, 3)),
        ("Avoin päiväkoti", date(2026, 9, 2)),
        ("Avoin päiväkoti", date(2026, 9, 9)),
    ]
    counted = lines[1][2]
    assert counted is not None
    assert counted.adult_total == 7
    assert counted.child_total == 7
    assert counted.first_time_visitors == 1
    assert lines[0][2] is None
    assert lines[2][2] is None


def test_filters_by_group_and_by_leader(database: Database, town: Town) -> None:
    only_babies = data_of(database, StatisticsFilter(group_ids=(town.babies.id,)))
    assert [r.group_name for r in only_babies.rosters] == ["Vauvaryhmä"]
    assert only_babies.headcounts == []

    annas = data_of(database, StatisticsFilter(worker_id=town.anna.id))
    assert [(r.group_name, r.session_days) for r in annas.rosters] == [
        ("Vauvaryhmä", (date(2026, 9, 1),))
    ]
    assert [(h.group_name, h.day) for h in annas.headcounts] == [
        ("Avoin päiväkoti", date(2026, 9, 2))
    ]

    clinics = data_of(database, StatisticsFilter(organisation_id=town.clinic.id))
    assert [r.group_name for r in clinics.rosters] == ["Vauvaryhmä"]
    assert clinics.headcounts == []


def test_filters_by_place(database: Database, town: Town) -> None:
    hall = Place(name="Seurakuntatalo")
    with database.unit_of_work() as uow:
        uow.places.save(hall)
        moved = uow.sessions.get(town.babies_sessions[1].id)
        assert moved is not None
        moved.place_id = hall.id
        uow.sessions.save(moved)
        uow.commit()

    at_hall = data_of(database, StatisticsFilter(place_id=hall.id))

    assert [(r.group_name, r.session_days) for r in at_hall.rosters] == [
        ("Vauvaryhmä", (date(2026, 9, 8),))
    ]
    assert at_hall.headcounts == []


def test_pseudonymised_rows_show_stable_codes_and_no_names(database: Database, town: Town) -> None:
    first = data_of(database, StatisticsFilter(), pseudonymise=True)
    again = data_of(database, StatisticsFilter(), pseudonymise=True)

    assert first == again
    assert first.pseudonymised
    babies = next(r for r in first.rosters if r.group_name == "Vauvaryhmä")
    texts = {text for p in babies.people for text in (p.family, p.name)}
    names = {"Aalto", "Björk", "Virta", "Antti", "Aada", "Bea", "Vilma"}
    assert not any(name in text for text in texts for name in names)
    with database.unit_of_work() as uow:
        codes = SqlPseudonymRepository(uow.session).codes_for(
            m.id for f in (town.aalto, town.bjork, town.virta) for m in f.members
        )
    aalto = family_code(codes[m.id] for m in town.aalto.members)
    by_member = {p.member_id: (p.family, p.name) for p in babies.people}
    assert by_member[town.aalto.members[1].id] == (aalto, codes[town.aalto.members[1].id])
    # Veeti did not come, yet his code was made so that his family's code stays put.
    assert town.virta.members[1].id in codes
    # Enrolled families by code, a family's adults before its children, guests last.
    families = [p.family for p in babies.people]
    enrolled = families[:3]
    assert enrolled == sorted(enrolled, key=lambda code: int(code[2:]))
    assert babies.people[-1].member_id == town.virta.members[0].id
    assert [p.marks for p in babies.people if p.family == aalto] == [(1, 0), (1, None)]


def test_family_code_is_the_smallest_member_number() -> None:
    assert family_code(["P-0012", "P-0003", "P-0100"]) == "F-0003"
    assert family_code(["P-12345"]) == "F-12345"


@pytest.mark.parametrize(
    ("status", "enrolled_on", "left_on", "expected"),
    [
        (EnrolmentStatus.ENROLLED, None, None, True),
        (EnrolmentStatus.ENROLLED, date(2026, 9, 30), None, True),
        (EnrolmentStatus.ENROLLED, date(2026, 10, 1), None, False),
        (EnrolmentStatus.LEFT, date(2026, 1, 1), date(2026, 8, 2), True),
        (EnrolmentStatus.LEFT, date(2026, 1, 1), date(2026, 8, 1), False),
        (EnrolmentStatus.LEFT, None, None, False),
        (EnrolmentStatus.WAITING, None, None, False),
    ],
)
def test_enrolled_during_the_period(
    status: EnrolmentStatus, enrolled_on: date | None, left_on: date | None, expected: bool
) -> None:
    enrolment = Enrolment(
        family_id=Family(name="x").id,
        group_id=Family(name="y").id,
        status=status,
        enrolled_on=enrolled_on,
        left_on=left_on,
    )
    assert enrolled_during(enrolment, FIRST, LAST) is expected


def test_statistics_of_another_period_are_refused(database: Database, town: Town) -> None:
    with database.unit_of_work() as uow, pytest.raises(ValueError, match="another period"):
        workbook_data(uow, FIRST, date(2026, 12, 31), StatisticsFilter(), False, statistics())


def test_a_roster_lists_whom_the_group_is_for_and_anyone_marked(
    database: Database, town: Town
) -> None:
    """A group for mothers and babies under one: an unmarked father and an older child
    of an enrolled family are left out; a marked father stays."""
    kallio = Family(
        name="Kallio",
        members=[
            adult("Kari", "Kallio", AdultRole.FATHER),
            adult("Kaisa", "Kallio", AdultRole.MOTHER),
            child("Kerttu", "Kallio", 2026, 1),
            child("Kalle", "Kallio", 2023, 5),
        ],
    )
    with database.unit_of_work() as uow:
        babies = uow.groups.get(town.babies.id)
        assert babies is not None
        babies.listed_roles = [AdultRole.MOTHER]
        babies.listed_children = ChildrenListed.TARGET_AGES
        babies.target_age_min_months, babies.target_age_max_months = 0, 11
        uow.groups.save(babies)
        uow.families.save(kallio)
        uow.enrolments.save(
            Enrolment(family_id=kallio.id, group_id=babies.id, enrolled_on=date(2026, 1, 1))
        )
        uow.commit()
    [babies_sheet] = data_of(database, StatisticsFilter(group_ids=(town.babies.id,))).rosters
    assert [name for _family, name, *_ in rows(babies_sheet)] == [
        "Antti Aalto",  # a father, marked
        "Aada Aalto",  # 1 year old, marked
        "Bea Björk",
        "Kaisa Kallio",
        "Kerttu Kallio",  # under one on the period's sessions
        "Vilma Virta",
    ]
