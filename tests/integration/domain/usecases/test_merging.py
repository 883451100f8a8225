"""Merging a family recorded twice: people, marks, enrolments, history and statistics."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

import pytest

from ryhmat.domain.errors import ChangedElsewhere, InvalidInput, NotFound
from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    Attendance,
    AttendanceMark,
    AuditAction,
    Enrolment,
    EnrolmentStatus,
    Family,
    Group,
    GroupType,
    Headcount,
    Member,
    MemberKind,
    Permission,
    SessionStatus,
)
from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.erasure import erase_family
from ryhmat.domain.usecases.families import family_enrolments, get_family
from ryhmat.domain.usecases.merging import merge_families, merge_preview
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.domain.usecases.workbook import workbook_data
from ryhmat.storage.database import Database
from tests.integration.domain.usecases.test_roster_import import row_counts
from tests.integration.world import World, make_session

TODAY = date(2025, 11, 23)
NOW = datetime(2025, 11, 23, 12, 0, tzinfo=HELSINKI)
NOVEMBER = (date(2025, 11, 1), date(2025, 11, 30))


@dataclass
class Twice:
    keep: Family  # the world's Mäkinen: Jussi and Aino
    duplicate: Family  # Mäkinen again, made at a session: Jussi once more, and Eino
    other_group: Group
    september: uuid.UUID  # a session before the period: the kept Jussi came
    november: uuid.UUID  # in the period: the kept Aino, and the duplicate's Jussi and Eino


@pytest.fixture
def twice(database: Database, world: World) -> Twice:
    duplicate = Family(
        name="Mäkinen",
        members=[
            Member(first_name="Jussi", kind=MemberKind.ADULT, role=AdultRole.FATHER),
            Member(first_name="Eino", kind=MemberKind.CHILD, birth_year=2024, birth_month=2),
        ],
    )
    other_group = Group(name="Perhekahvila", type=GroupType.FAMILY_CAFE)
    september = make_session(world, date(2025, 9, 6), status=SessionStatus.HELD)
    november = make_session(world, date(2025, 11, 15), status=SessionStatus.HELD)
    keep = world.family
    with database.unit_of_work() as uow:
        uow.families.save(duplicate)
        uow.groups.save(other_group)
        uow.sessions.save(september)
        uow.sessions.save(november)
        uow.enrolments.save(
            Enrolment(family_id=keep.id, group_id=world.group.id, enrolled_on=date(2025, 9, 1))
        )
        uow.enrolments.save(
            Enrolment(
                family_id=duplicate.id,
                group_id=world.group.id,
                status=EnrolmentStatus.WAITING,
                enrolled_on=date(2025, 8, 20),
            )
        )
        uow.enrolments.save(
            Enrolment(
                family_id=duplicate.id, group_id=other_group.id, enrolled_on=date(2025, 10, 1)
            )
        )
        present = AttendanceMark.PRESENT
        uow.attendance.replace_for_session(
            september.id,
            [Attendance(session_id=september.id, member_id=keep.members[0].id, mark=present)],
        )
        uow.attendance.replace_for_session(
            november.id,
            [
                Attendance(session_id=november.id, member_id=keep.members[1].id, mark=present),
                *(
                    Attendance(session_id=november.id, member_id=m.id, mark=present, is_guest=True)
                    for m in duplicate.members
                ),
            ],
        )
        uow.headcounts.save(
            Headcount(
                session_id=november.id,
                adults={AdultRole.FATHER: 3},
                children={AgeBand.UNDER_1: 2},
            )
        )
        uow.commit()
    return Twice(keep, duplicate, other_group, september.id, november.id)


def marks_of(database: Database, session_id: uuid.UUID) -> dict[uuid.UUID, AttendanceMark]:
    with database.unit_of_work() as uow:
        return {a.member_id: a.mark for a in uow.attendance.for_session(session_id)}


def november_figures(database: Database) -> tuple[int | None, int | None]:
    with database.unit_of_work() as uow:
        total = compute_statistics(uow, *NOVEMBER, StatisticsFilter(), now=NOW).total
    return total.distinct_families, total.new_families


def merge(database: Database, twice: Twice, seen: tuple[int, int] | None = None) -> None:
    with database.unit_of_work() as uow:
        merge_families(uow, twice.keep.id, twice.duplicate.id, TODAY, seen_versions=seen)


def test_the_preview_says_what_will_move(database: Database, world: World, twice: Twice) -> None:
    with database.unit_of_work() as uow:
        preview = merge_preview(uow, twice.keep.id, twice.duplicate.id)
    assert (preview.keep_name, preview.duplicate_name) == ("Mäkinen", "Mäkinen")
    assert preview.keep_people == ("Jussi Mäkinen", "Aino Mäkinen")
    assert [m.first_name for m in preview.moving_people] == ["Jussi", "Eino"]
    assert [(e.group, e.status, e.enrolled_on, e.combined) for e in preview.enrolments] == [
        ("Isä-lapsi-ryhmä", EnrolmentStatus.ENROLLED, date(2025, 8, 20), True),
        ("Perhekahvila", EnrolmentStatus.ENROLLED, date(2025, 10, 1), False),
    ]
    assert preview.versions == (twice.keep.version, twice.duplicate.version)


def test_a_merge_moves_the_people_with_their_marks_and_deletes_the_duplicate(
    database: Database, world: World, twice: Twice
) -> None:
    marks_before = {s: marks_of(database, s) for s in (twice.september, twice.november)}
    with database.unit_of_work() as uow:
        codes_before = uow.pseudonyms.codes_for(
            m.id for f in (twice.keep, twice.duplicate) for m in f.members
        )
        uow.commit()
        headcount_before = uow.headcounts.get(twice.november)

    merge(database, twice)

    with database.unit_of_work() as uow:
        kept = get_family(uow, twice.keep.id)
        assert uow.families.get(twice.duplicate.id) is None
        codes_after = uow.pseudonyms.codes_for(m.id for m in kept.members)
        assert uow.headcounts.get(twice.november) == headcount_before
    assert [m.id for m in kept.members] == [
        m.id for f in (twice.keep, twice.duplicate) for m in f.members
    ]
    assert {s: marks_of(database, s) for s in marks_before} == marks_before
    assert codes_after == codes_before


def test_enrolments_in_the_same_group_become_one_and_the_others_move(
    database: Database, world: World, twice: Twice
) -> None:
    merge(database, twice)
    with database.unit_of_work() as uow:
        views = family_enrolments(uow, twice.keep.id)
        assert uow.enrolments.for_family(twice.duplicate.id) == []
    assert [(v.group, v.status, v.enrolled_on) for v in views] == [
        ("Isä-lapsi-ryhmä", EnrolmentStatus.ENROLLED, date(2025, 8, 20)),  # the earlier start
        ("Perhekahvila", EnrolmentStatus.ENROLLED, date(2025, 10, 1)),
    ]


def test_statistics_see_one_family_after_the_merge(
    database: Database, world: World, twice: Twice
) -> None:
    assert november_figures(database) == (2, 1)  # the duplicate was "new" in November
    merge(database, twice)
    assert november_figures(database) == (1, 0)  # one family, which came in September


def test_the_history_of_both_is_kept_and_the_merge_recorded_without_names(
    database: Database, world: World, twice: Twice
) -> None:
    with database.unit_of_work() as uow:
        duplicates_entries = {e.id for e in uow.audit.for_family(twice.duplicate.id)}
        keeps_entries = {e.id for e in uow.audit.for_family(twice.keep.id)}
    assert duplicates_entries

    merge(database, twice)

    with database.unit_of_work() as uow:
        entries = uow.audit.for_family(twice.keep.id)
    ids = {e.id for e in entries}
    assert duplicates_entries | keeps_entries <= ids
    [merged] = [e for e in entries if e.action is AuditAction.FAMILIES_MERGED]
    assert merged.detail == "2"  # how many people moved; no names
    assert merged.member_id is None


def test_pseudonymised_the_merged_family_keeps_one_of_its_two_codes(
    database: Database, world: World, twice: Twice
) -> None:
    def family_codes() -> set[str]:
        first, last = date(2025, 9, 1), NOVEMBER[1]
        with database.unit_of_work() as uow:
            figures = compute_statistics(uow, first, last, StatisticsFilter(), now=NOW)
            data = workbook_data(uow, first, last, StatisticsFilter(), True, figures)
        return {person.family for roster in data.rosters for person in roster.people}

    before = family_codes()
    assert len(before) == 2
    merge(database, twice)
    after = family_codes()
    assert len(after) == 1
    assert after <= before


def test_a_merge_after_a_change_elsewhere_is_refused_and_changes_nothing(
    database: Database, world: World, twice: Twice
) -> None:
    with database.unit_of_work() as uow:
        seen = merge_preview(uow, twice.keep.id, twice.duplicate.id).versions
    with database.unit_of_work() as uow:  # a colleague adds a child to the duplicate
        duplicate = get_family(uow, twice.duplicate.id)
        duplicate.members.append(
            Member(first_name="Ilona", kind=MemberKind.CHILD, birth_year=2025, birth_month=1)
        )
        uow.families.save(duplicate)
        uow.commit()
    before = row_counts(database)
    with pytest.raises(ChangedElsewhere):
        merge(database, twice, seen)
    assert row_counts(database) == before


@pytest.mark.parametrize("mistake", ["itself", "erased", "gone"])
def test_a_merge_that_cannot_be_is_refused_and_changes_nothing(
    database: Database, world: World, twice: Twice, mistake: str
) -> None:
    keep_id, duplicate_id = twice.keep.id, twice.duplicate.id
    if mistake == "itself":
        duplicate_id = keep_id
    elif mistake == "erased":
        with database.unit_of_work() as uow:
            erase_family(uow, duplicate_id, TODAY)
    else:
        duplicate_id = uuid.uuid4()
    before = row_counts(database)
    with database.unit_of_work() as uow, pytest.raises((InvalidInput, NotFound)):
        merge_families(uow, keep_id, duplicate_id, TODAY)
    assert row_counts(database) == before


def test_the_notice_day_and_permissions_of_both_are_combined(
    database: Database, twice: Twice
) -> None:
    """The earlier notice day; a permission the kept family was not asked is the
    duplicate's answer, one it answered stays."""
    with database.unit_of_work() as uow:
        keep, duplicate = get_family(uow, twice.keep.id), get_family(uow, twice.duplicate.id)
        keep.privacy_notice_on, duplicate.privacy_notice_on = date(2025, 10, 1), date(2025, 9, 1)
        keep.photo_permission = Permission.NO
        duplicate.photo_permission = duplicate.contact_permission = Permission.YES
        uow.families.save(keep)
        uow.families.save(duplicate)
        uow.commit()
    merge(database, twice)
    with database.unit_of_work() as uow:
        merged = get_family(uow, twice.keep.id)
    assert (merged.privacy_notice_on, merged.photo_permission, merged.contact_permission) == (
        date(2025, 9, 1),
        Permission.NO,
        Permission.YES,
    )
