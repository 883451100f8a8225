"""Which enrolments a merge makes one and which it moves."""

from __future__ import annotations

import uuid
from datetime import date

from ryhmat.domain.model import Enrolment, EnrolmentStatus
from ryhmat.domain.usecases.merging import combine_enrolments

KEEP, DUPLICATE, GROUP = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
ENROLLED, WAITING, LEFT = EnrolmentStatus.ENROLLED, EnrolmentStatus.WAITING, EnrolmentStatus.LEFT


def enrolment(family: uuid.UUID, status: EnrolmentStatus, start: date | None) -> Enrolment:
    left = date(2025, 5, 31) if status is LEFT else None
    return Enrolment(
        family_id=family, group_id=GROUP, status=status, enrolled_on=start, left_on=left
    )


def test_two_current_enrolments_become_one_enrolled_from_the_earlier_start() -> None:
    kept = enrolment(KEEP, WAITING, date(2025, 9, 1))
    duplicate = enrolment(DUPLICATE, ENROLLED, date(2025, 8, 20))
    changes = combine_enrolments(KEEP, [kept], [duplicate], {GROUP: "Karhunpojat"})
    [saved] = changes.save
    assert (saved.id, saved.family_id, saved.status, saved.enrolled_on) == (
        kept.id,
        KEEP,
        ENROLLED,
        date(2025, 8, 20),
    )
    assert changes.delete == (duplicate.id,)
    assert [(e.group, e.combined) for e in changes.shown] == [("Karhunpojat", True)]


def test_an_unknown_start_gives_way_to_a_known_one() -> None:
    kept = enrolment(KEEP, ENROLLED, None)
    duplicate = enrolment(DUPLICATE, WAITING, date(2025, 8, 20))
    [saved] = combine_enrolments(KEEP, [kept], [duplicate], {}).save
    assert (saved.status, saved.enrolled_on) == (ENROLLED, date(2025, 8, 20))


def test_an_enrolment_that_ended_is_history_and_moves_as_it_is() -> None:
    kept = enrolment(KEEP, LEFT, date(2024, 9, 1))
    duplicate = enrolment(DUPLICATE, ENROLLED, date(2025, 8, 20))
    changes = combine_enrolments(KEEP, [kept], [duplicate], {})
    [moved] = changes.save
    assert (moved.id, moved.family_id, moved.status) == (duplicate.id, KEEP, ENROLLED)
    assert changes.delete == ()

    ended = enrolment(DUPLICATE, LEFT, date(2024, 9, 1))
    current = enrolment(KEEP, ENROLLED, date(2025, 8, 20))
    changes = combine_enrolments(KEEP, [current], [ended], {})
    assert [(e.id, e.family_id, e.status) for e in changes.save] == [(ended.id, KEEP, LEFT)]
    assert changes.delete == ()


def test_an_enrolment_in_another_group_moves() -> None:
    other_group = uuid.uuid4()
    duplicate = enrolment(DUPLICATE, WAITING, None)
    duplicate.group_id = other_group
    changes = combine_enrolments(KEEP, [enrolment(KEEP, ENROLLED, None)], [duplicate], {})
    assert [(e.id, e.family_id, e.group_id) for e in changes.save] == [
        (duplicate.id, KEEP, other_group)
    ]
