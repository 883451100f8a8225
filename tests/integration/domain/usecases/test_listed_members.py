"""The attendance list and the sign-in sheet of a session list whom its group is for,
and anyone already marked."""

from __future__ import annotations

from datetime import date

from ryhmat.domain.model import (
    AdultRole,
    AttendanceMark,
    ChildrenListed,
    Enrolment,
    Member,
    MemberKind,
)
from ryhmat.domain.usecases.attendance import (
    AttendanceRecord,
    attendance_sheet,
    record_attendance,
)
from ryhmat.domain.usecases.families import get_family, save_enrolment, save_family
from ryhmat.domain.usecases.groups import get_group, save_group
from ryhmat.storage.database import Database
from tests.integration.world import World, make_session

DAY = date(2025, 9, 6)  # Aino, born 5/2022, is 3; Eeli, born 1/2025, is 0


def names(database: Database, session_id: object) -> list[str]:
    with database.unit_of_work() as uow:
        return [line.name for line in attendance_sheet(uow, session_id).lines]  # type: ignore[arg-type]


def test_a_father_child_group_of_the_youngest_lists_the_fathers_and_its_ages(
    database: Database, world: World
) -> None:
    session = make_session(world, DAY)
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.commit()
    with database.unit_of_work() as uow:
        family = get_family(uow, world.family.id)
        family.members += [
            Member(first_name="Liisa", kind=MemberKind.ADULT, role=AdultRole.MOTHER),
            Member(first_name="Eeli", kind=MemberKind.CHILD, birth_year=2025, birth_month=1),
        ]
        save_family(uow, family, DAY)
    with database.unit_of_work() as uow:
        save_enrolment(uow, Enrolment(family_id=world.family.id, group_id=world.group.id))
    everyone = ["Jussi Mäkinen", "Liisa", "Aino Mäkinen", "Eeli"]
    assert names(database, session.id) == everyone  # by default the group is for everyone

    with database.unit_of_work() as uow:
        group = get_group(uow, world.group.id)
        group.listed_roles = [AdultRole.FATHER]
        group.listed_children = ChildrenListed.TARGET_AGES
        group.target_age_min_months, group.target_age_max_months = 0, 35  # 0–2 years
        save_group(uow, group)
    assert names(database, session.id) == ["Jussi Mäkinen", "Eeli"]

    # A mother who came anyway is marked, and from then on listed at that session.
    mother = next(m for m in family.members if m.first_name == "Liisa")
    with database.unit_of_work() as uow:
        record_attendance(
            uow, session.id, AttendanceRecord(marks={mother.id: AttendanceMark.PRESENT}), DAY
        )
    assert names(database, session.id) == ["Jussi Mäkinen", "Liisa", "Eeli"]
    with database.unit_of_work() as uow:
        stored = get_group(uow, world.group.id)
    assert (stored.listed_roles, stored.listed_children) == (
        [AdultRole.FATHER],
        ChildrenListed.TARGET_AGES,
    )
