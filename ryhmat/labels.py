"""Names of the domain's choices in the user's language, shared by the CLI and the UI."""

from __future__ import annotations

import enum

from ryhmat.domain.conflicts import ConflictKind
from ryhmat.domain.errors import QT_TRANSLATE_NOOP
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
from ryhmat.i18n import translate

CONTEXT = "Labels"

_SOURCE_TEXTS: dict[enum.Enum, str] = {
    GroupType.FATHER_CHILD: QT_TRANSLATE_NOOP("Labels", "father–child activity"),
    GroupType.OPEN_DAYCARE: QT_TRANSLATE_NOOP("Labels", "open daycare"),
    GroupType.FAMILY_CAFE: QT_TRANSLATE_NOOP("Labels", "family café"),
    GroupType.BABY_GROUP: QT_TRANSLATE_NOOP("Labels", "baby group"),
    GroupType.PEER_GROUP: QT_TRANSLATE_NOOP("Labels", "peer group"),
    GroupType.PARENT_GROUP: QT_TRANSLATE_NOOP("Labels", "parent group"),
    GroupType.OTHER: QT_TRANSLATE_NOOP("Labels", "other"),
    AttendanceMode.ROSTER: QT_TRANSLATE_NOOP("Labels", "named roster"),
    AttendanceMode.HEADCOUNT: QT_TRANSLATE_NOOP("Labels", "headcount"),
    AttendanceMode.BOTH: QT_TRANSLATE_NOOP("Labels", "roster and headcount"),
    SessionStatus.PLANNED: QT_TRANSLATE_NOOP("Labels", "planned"),
    SessionStatus.HELD: QT_TRANSLATE_NOOP("Labels", "held"),
    SessionStatus.CANCELLED: QT_TRANSLATE_NOOP("Labels", "cancelled"),
    AdultRole.FATHER: QT_TRANSLATE_NOOP("Labels", "father"),
    AdultRole.MOTHER: QT_TRANSLATE_NOOP("Labels", "mother"),
    AdultRole.OTHER_GUARDIAN: QT_TRANSLATE_NOOP("Labels", "other guardian"),
    AdultRole.GRANDPARENT: QT_TRANSLATE_NOOP("Labels", "grandparent"),
    AgeBand.UNDER_1: QT_TRANSLATE_NOOP("Labels", "under 1 year"),
    AgeBand.AGE_1_2: QT_TRANSLATE_NOOP("Labels", "1–2 years"),
    AgeBand.AGE_3_6: QT_TRANSLATE_NOOP("Labels", "3–6 years"),
    AgeBand.AGE_7_PLUS: QT_TRANSLATE_NOOP("Labels", "7 years or older"),
    EnrolmentStatus.ENROLLED: QT_TRANSLATE_NOOP("Labels", "enrolled"),
    EnrolmentStatus.WAITING: QT_TRANSLATE_NOOP("Labels", "on the waiting list"),
    EnrolmentStatus.LEFT: QT_TRANSLATE_NOOP("Labels", "left"),
    AttendanceMark.PRESENT: QT_TRANSLATE_NOOP("Labels", "present"),
    AttendanceMark.ABSENT: QT_TRANSLATE_NOOP("Labels", "absent"),
    AttendanceMark.EXCUSED: QT_TRANSLATE_NOOP("Labels", "excused"),
    OrganisationKind.FAMILY_WORK: QT_TRANSLATE_NOOP("Labels", "family work"),
    OrganisationKind.CHILD_HEALTH_CLINIC: QT_TRANSLATE_NOOP("Labels", "child health clinic"),
    OrganisationKind.EARLY_CHILDHOOD_EDUCATION: QT_TRANSLATE_NOOP(
        "Labels", "early childhood education"
    ),
    OrganisationKind.FAMILY_COUNSELLING: QT_TRANSLATE_NOOP("Labels", "family counselling"),
    OrganisationKind.NGO: QT_TRANSLATE_NOOP("Labels", "association"),
    OrganisationKind.PARISH: QT_TRANSLATE_NOOP("Labels", "parish"),
    OrganisationKind.LIBRARY: QT_TRANSLATE_NOOP("Labels", "library"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("Labels", "other organisation"),
    ConflictKind.WORKER: QT_TRANSLATE_NOOP("Labels", "worker"),
    ConflictKind.PLACE: QT_TRANSLATE_NOOP("Labels", "place"),
    SkipKind.HOLIDAY: QT_TRANSLATE_NOOP("Labels", "public holiday"),
    SkipKind.CLOSURE: QT_TRANSLATE_NOOP("Labels", "closure"),
}


def label(choice: enum.Enum) -> str:
    """The name of a domain choice, translated."""
    return translate(CONTEXT, _SOURCE_TEXTS[choice])
