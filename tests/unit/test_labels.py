from __future__ import annotations

import enum

import pytest

from ryhmat.domain.conflicts import ConflictKind
from ryhmat.domain.feeds import FeedKind
from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    AttendanceMark,
    AttendanceMode,
    AuditAction,
    EnrolmentStatus,
    GroupType,
    OrganisationKind,
    SessionStatus,
)
from ryhmat.domain.scheduling import SkipKind
from ryhmat.labels import label

CHOICES: list[type[enum.Enum]] = [
    FeedKind,
    AdultRole,
    AgeBand,
    AttendanceMark,
    AttendanceMode,
    EnrolmentStatus,
    GroupType,
    OrganisationKind,
    SessionStatus,
    ConflictKind,
    SkipKind,
    AuditAction,
]


@pytest.mark.parametrize("choice", [member for kind in CHOICES for member in kind])
def test_every_choice_has_a_label(choice: enum.Enum) -> None:
    assert label(choice).strip()


@pytest.mark.parametrize("kind", CHOICES)
def test_the_choices_of_one_kind_have_distinct_labels(kind: type[enum.Enum]) -> None:
    labels = [label(member) for member in kind]
    assert len(set(labels)) == len(labels)


def test_same_valued_choices_of_different_kinds_keep_their_own_labels() -> None:
    assert GroupType.OTHER.value == OrganisationKind.OTHER.value == "other"
    assert label(GroupType.OTHER) != label(OrganisationKind.OTHER)
