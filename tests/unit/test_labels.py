from __future__ import annotations

import enum

import pytest

from ryhmat.domain.conflicts import ConflictKind
from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    AttendanceMark,
    AttendanceMode,
    EnrolmentStatus,
    GroupType,
    OrganisationKind,
    SessionStatus,
)
from ryhmat.domain.scheduling import SkipKind
from ryhmat.labels import label

CHOICES: list[type[enum.Enum]] = [
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
]


@pytest.mark.parametrize("choice", [member for kind in CHOICES for member in kind])
def test_every_choice_has_a_label(choice: enum.Enum) -> None:
    assert label(choice).strip()
