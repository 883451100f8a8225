"""What the CLI and the UI both show in the user's language: the names of the
domain's choices, a statistics filter in words, and numbers."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ryhmat.domain.conflicts import ConflictKind
from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.domain.feeds import FeedKind
from ryhmat.domain.follow_ups import FollowUpReason
from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    AttendanceMark,
    AttendanceMode,
    AuditAction,
    CapacityUnit,
    EnrolmentStatus,
    GroupType,
    OrganisationKind,
    Permission,
    SessionStatus,
    UsageAction,
)
from ryhmat.domain.scheduling import SkipKind
from ryhmat.domain.statistics import Figures, FilterKind, FilterTerm, LeftOut, Statistics
from ryhmat.i18n import current_language, translate

CONTEXT = "Labels"

# Keyed by (enum class, member): StrEnum members of different classes with the
# same value (GroupType.OTHER, OrganisationKind.OTHER) are equal as dict keys.
_SOURCE_TEXTS: dict[tuple[type[enum.Enum], enum.Enum], str] = {
    (GroupType, GroupType.FATHER_CHILD): QT_TRANSLATE_NOOP("Labels", "father–child activity"),
    (GroupType, GroupType.OPEN_DAYCARE): QT_TRANSLATE_NOOP("Labels", "open daycare"),
    (GroupType, GroupType.FAMILY_CAFE): QT_TRANSLATE_NOOP("Labels", "family café"),
    (GroupType, GroupType.BABY_GROUP): QT_TRANSLATE_NOOP("Labels", "baby group"),
    (GroupType, GroupType.PEER_GROUP): QT_TRANSLATE_NOOP("Labels", "peer group"),
    (GroupType, GroupType.PARENT_GROUP): QT_TRANSLATE_NOOP("Labels", "parent group"),
    (GroupType, GroupType.OTHER): QT_TRANSLATE_NOOP("Labels", "other"),
    (AttendanceMode, AttendanceMode.ROSTER): QT_TRANSLATE_NOOP("Labels", "named roster"),
    (AttendanceMode, AttendanceMode.HEADCOUNT): QT_TRANSLATE_NOOP("Labels", "headcount"),
    (AttendanceMode, AttendanceMode.BOTH): QT_TRANSLATE_NOOP("Labels", "roster and headcount"),
    (CapacityUnit, CapacityUnit.FAMILIES): QT_TRANSLATE_NOOP("Labels", "families"),
    (CapacityUnit, CapacityUnit.PERSONS): QT_TRANSLATE_NOOP("Labels", "persons"),
    (SessionStatus, SessionStatus.PLANNED): QT_TRANSLATE_NOOP("Labels", "planned"),
    (SessionStatus, SessionStatus.HELD): QT_TRANSLATE_NOOP("Labels", "held"),
    (SessionStatus, SessionStatus.CANCELLED): QT_TRANSLATE_NOOP("Labels", "cancelled"),
    (AdultRole, AdultRole.FATHER): QT_TRANSLATE_NOOP("Labels", "father"),
    (AdultRole, AdultRole.MOTHER): QT_TRANSLATE_NOOP("Labels", "mother"),
    (AdultRole, AdultRole.OTHER_GUARDIAN): QT_TRANSLATE_NOOP("Labels", "other guardian"),
    (AdultRole, AdultRole.GRANDPARENT): QT_TRANSLATE_NOOP("Labels", "grandparent"),
    (AdultRole, AdultRole.STEPFATHER): QT_TRANSLATE_NOOP("Labels", "stepfather"),
    (AdultRole, AdultRole.FOSTER_FATHER): QT_TRANSLATE_NOOP("Labels", "foster father"),
    (AgeBand, AgeBand.UNDER_1): QT_TRANSLATE_NOOP("Labels", "under 1 year"),
    (AgeBand, AgeBand.AGE_1_2): QT_TRANSLATE_NOOP("Labels", "1–2 years"),
    (AgeBand, AgeBand.AGE_3_6): QT_TRANSLATE_NOOP("Labels", "3–6 years"),
    (AgeBand, AgeBand.AGE_7_PLUS): QT_TRANSLATE_NOOP("Labels", "7 years or older"),
    (EnrolmentStatus, EnrolmentStatus.ENROLLED): QT_TRANSLATE_NOOP("Labels", "enrolled"),
    (EnrolmentStatus, EnrolmentStatus.WAITING): QT_TRANSLATE_NOOP("Labels", "on the waiting list"),
    (EnrolmentStatus, EnrolmentStatus.LEFT): QT_TRANSLATE_NOOP("Labels", "left"),
    (Permission, Permission.NOT_ASKED): QT_TRANSLATE_NOOP("Labels", "not asked"),
    (Permission, Permission.YES): QT_TRANSLATE_NOOP("Labels", "yes"),
    (Permission, Permission.NO): QT_TRANSLATE_NOOP("Labels", "no"),
    (AttendanceMark, AttendanceMark.PRESENT): QT_TRANSLATE_NOOP("Labels", "present"),
    (AttendanceMark, AttendanceMark.ABSENT): QT_TRANSLATE_NOOP("Labels", "absent"),
    (AttendanceMark, AttendanceMark.EXCUSED): QT_TRANSLATE_NOOP("Labels", "excused"),
    (OrganisationKind, OrganisationKind.FAMILY_WORK): QT_TRANSLATE_NOOP("Labels", "family work"),
    (OrganisationKind, OrganisationKind.CHILD_HEALTH_CLINIC): QT_TRANSLATE_NOOP(
        "Labels", "child health clinic"
    ),
    (OrganisationKind, OrganisationKind.EARLY_CHILDHOOD_EDUCATION): QT_TRANSLATE_NOOP(
        "Labels", "early childhood education"
    ),
    (OrganisationKind, OrganisationKind.FAMILY_COUNSELLING): QT_TRANSLATE_NOOP(
        "Labels", "family counselling"
    ),
    (OrganisationKind, OrganisationKind.NGO): QT_TRANSLATE_NOOP("Labels", "association"),
    (OrganisationKind, OrganisationKind.PARISH): QT_TRANSLATE_NOOP("Labels", "parish"),
    (OrganisationKind, OrganisationKind.LIBRARY): QT_TRANSLATE_NOOP("Labels", "library"),
    (OrganisationKind, OrganisationKind.OTHER): QT_TRANSLATE_NOOP("Labels", "other organisation"),
    (ConflictKind, ConflictKind.WORKER): QT_TRANSLATE_NOOP("Labels", "worker"),
    (ConflictKind, ConflictKind.PLACE): QT_TRANSLATE_NOOP("Labels", "place"),
    (SkipKind, SkipKind.HOLIDAY): QT_TRANSLATE_NOOP("Labels", "public holiday"),
    (SkipKind, SkipKind.CLOSURE): QT_TRANSLATE_NOOP("Labels", "closure"),
    (SkipKind, SkipKind.CLOCK_CHANGE): QT_TRANSLATE_NOOP("Labels", "the clocks change that night"),
    (FeedKind, FeedKind.ORGANISATION): QT_TRANSLATE_NOOP("Labels", "Partner organisation"),
    (FeedKind, FeedKind.GROUP): QT_TRANSLATE_NOOP("Labels", "Group"),
    (FeedKind, FeedKind.WORKER): QT_TRANSLATE_NOOP("Labels", "Worker"),
    (FeedKind, FeedKind.PUBLIC): QT_TRANSLATE_NOOP("Labels", "All public groups"),
    (AuditAction, AuditAction.FAMILY_ADDED): QT_TRANSLATE_NOOP("Labels", "family added"),
    (AuditAction, AuditAction.FAMILY_CHANGED): QT_TRANSLATE_NOOP(
        "Labels", "family details changed"
    ),
    (AuditAction, AuditAction.MEMBER_ADDED): QT_TRANSLATE_NOOP("Labels", "member added"),
    (AuditAction, AuditAction.MEMBER_CHANGED): QT_TRANSLATE_NOOP("Labels", "member changed"),
    (AuditAction, AuditAction.MEMBER_REMOVED): QT_TRANSLATE_NOOP("Labels", "member removed"),
    (AuditAction, AuditAction.ENROLMENT_ADDED): QT_TRANSLATE_NOOP("Labels", "enrolment added"),
    (AuditAction, AuditAction.ENROLMENT_CHANGED): QT_TRANSLATE_NOOP("Labels", "enrolment changed"),
    (AuditAction, AuditAction.ENROLMENT_REMOVED): QT_TRANSLATE_NOOP("Labels", "enrolment removed"),
    (AuditAction, AuditAction.MARK_CHANGED): QT_TRANSLATE_NOOP("Labels", "attendance mark changed"),
    (AuditAction, AuditAction.FAMILY_ERASED): QT_TRANSLATE_NOOP("Labels", "personal data erased"),
    (AuditAction, AuditAction.FAMILIES_MERGED): QT_TRANSLATE_NOOP("Labels", "families merged"),
    (UsageAction, UsageAction.FAMILY_OPENED): QT_TRANSLATE_NOOP("Labels", "family opened"),
    (UsageAction, UsageAction.ATTENDANCE_OPENED): QT_TRANSLATE_NOOP(
        "Labels", "attendance view opened"
    ),
    (UsageAction, UsageAction.SIGN_IN_SHEET_PRINTED): QT_TRANSLATE_NOOP(
        "Labels", "sign-in sheet printed"
    ),
    (UsageAction, UsageAction.SIGN_IN_SHEET_SAVED): QT_TRANSLATE_NOOP(
        "Labels", "sign-in sheet saved as PDF"
    ),
    (UsageAction, UsageAction.WORKBOOK_EXPORTED): QT_TRANSLATE_NOOP(
        "Labels", "workbook with names exported"
    ),
    (UsageAction, UsageAction.ROSTER_IMPORTED): QT_TRANSLATE_NOOP("Labels", "roster imported"),
    (UsageAction, UsageAction.FAMILY_REPORT_SAVED): QT_TRANSLATE_NOOP(
        "Labels", "family's data report saved"
    ),
    (UsageAction, UsageAction.FOLLOW_UPS_OPENED): QT_TRANSLATE_NOOP(
        "Labels", "follow-ups due listed"
    ),
    (FollowUpReason, FollowUpReason.LEFT): QT_TRANSLATE_NOOP("Labels", "left"),
    (FollowUpReason, FollowUpReason.STOPPED_COMING): QT_TRANSLATE_NOOP("Labels", "stopped coming"),
}


def label(choice: enum.Enum) -> str:
    """The name of a domain choice, translated."""
    return translate(CONTEXT, _SOURCE_TEXTS[(type(choice), choice)])


# -- a statistics filter --------------------------------------------------------------


def filter_lines(described: Sequence[FilterTerm]) -> list[str]:
    """The filter in words, one line per condition ("Group type: baby group")."""
    if not described:
        return [translate("Labels", "All groups")]
    return [_filter_line(term) for term in described]


def _filter_line(term: FilterTerm) -> str:
    names = ", ".join(term.names)
    if term.kind is FilterKind.GROUPS:
        if len(term.names) == 1:
            return translate("Labels", "Group: {names}").format(names=names)
        return translate("Labels", "Groups: {names}").format(names=names)
    if term.kind is FilterKind.GROUP_TYPE:
        assert term.group_type is not None
        return translate("Labels", "Group type: {name}").format(name=label(term.group_type))
    if term.kind is FilterKind.ORGANISER:
        return translate("Labels", "Organiser: {name}").format(name=names)
    if term.kind is FilterKind.PLACE:
        return translate("Labels", "Place: {name}").format(name=names)
    return translate("Labels", "Leader: {name}").format(name=names)


# -- the statistics' own words --------------------------------------------------------


def unrecorded_note() -> str:
    """What the count of sessions not recorded means for the figures beside it."""
    return translate("Labels", "Their attendance is not in the figures until it is recorded.")


def left_out_note(left_out: LeftOut) -> str:
    """Which groups the totals' family counts or first-time visitors leave out; empty
    if none."""
    notes = []
    if left_out.headcount_groups_from_families:
        notes.append(
            translate(
                "Labels",
                "Groups kept by headcount alone are left out of the family counts "
                "(families, fathers reached, new families, adults and children reached): "
                "a headcount names nobody.",
            )
        )
    if left_out.headcount_sessions_from_fill_rate:
        notes.append(
            translate(
                "Labels",
                "Sessions kept by headcount alone are left out of the fill rate where the "
                "group's capacity is in families: a headcount names no family.",
            )
        )
    if left_out.list_groups_from_first_timers:
        notes.append(
            translate(
                "Labels",
                "Groups kept by attendance list alone are left out of the first-time "
                "visitors, which only a headcount counts.",
            )
        )
    return " ".join(notes)


# The family figures' one name each, and what each counts, in every report.
FAMILIES = QT_TRANSLATE_NOOP("Labels", "Families")
FATHERS_REACHED = QT_TRANSLATE_NOOP("Labels", "Fathers reached")
NEW_FAMILIES = QT_TRANSLATE_NOOP("Labels", "New families")
ADULTS_REACHED = QT_TRANSLATE_NOOP("Labels", "Adults reached")
CHILDREN_REACHED = QT_TRANSLATE_NOOP("Labels", "Children reached")
FIRST_TIME_VISITORS = QT_TRANSLATE_NOOP("Labels", "First-time visitors")
# The rates' names, and what each compares.
FILL_RATE = QT_TRANSLATE_NOOP("Labels", "Fill rate")
ATTENDANCE_RATE = QT_TRANSLATE_NOOP("Labels", "Attendance rate")
SESSIONS_OVER_CAPACITY = QT_TRANSLATE_NOOP("Labels", "Sessions over capacity")
_DEFINITIONS = {
    FAMILIES: QT_TRANSLATE_NOOP(
        "Labels",
        "different families with someone present at least once in the period, from the "
        "attendance lists",
    ),
    FATHERS_REACHED: QT_TRANSLATE_NOOP(
        "Labels",
        "different fathers (stepfathers and foster fathers too) present at least once in "
        "the period, from the attendance lists",
    ),
    NEW_FAMILIES: QT_TRANSLATE_NOOP(
        "Labels",
        "families whose first visit ever to these groups is in the period, from the "
        "attendance lists",
    ),
    ADULTS_REACHED: QT_TRANSLATE_NOOP(
        "Labels",
        "different adults present at least once in the period, from the attendance lists",
    ),
    CHILDREN_REACHED: QT_TRANSLATE_NOOP(
        "Labels",
        "different children present at least once in the period, from the attendance lists",
    ),
    FIRST_TIME_VISITORS: QT_TRANSLATE_NOOP(
        "Labels",
        "people the leaders counted on a headcount as there for the first time; nobody is "
        "named, so they are not counted as families",
    ),
    FILL_RATE: QT_TRANSLATE_NOOP(
        "Labels",
        "how full the held sessions with a capacity were, like with like: the families "
        "present against a capacity in families, the visits against one in persons (a "
        "place's capacity is in persons); over 100 % is over capacity",
    ),
    SESSIONS_OVER_CAPACITY: QT_TRANSLATE_NOOP(
        "Labels", "held sessions that more came to than their capacity had room for"
    ),
    ATTENDANCE_RATE: QT_TRANSLATE_NOOP(
        "Labels",
        "of the families enrolled in a group on the day of each held session, the share "
        "present, over all its sessions (groups with an attendance list)",
    ),
}


def figure_name(name: str) -> str:
    """One of the figures' names above, in the user's language."""
    return translate("Labels", name)


def figure_definition(name: str) -> str:
    return translate("Labels", _DEFINITIONS[name])


def figure_definitions() -> list[tuple[str, str]]:
    """Each figure's name above and what it counts, for a report's legend."""
    return [(figure_name(name), figure_definition(name)) for name in _DEFINITIONS]


def fill_rate(figures: Figures) -> str:
    """The fill rate as it is, never capped, and marked when over capacity:
    "112 % – over capacity"; "–" without a capacity to compare with."""
    rate = percent(figures.fill_rate)
    if not figures.over_capacity:
        return rate
    return translate("Labels", "{rate} – over capacity").format(rate=rate)


def fill_rate_explained(figures: Figures) -> str:
    """What a fill rate's over capacity means, for a cell's tooltip; empty if it is not."""
    if not figures.over_capacity:
        return ""
    return translate(
        "Labels",
        "Over capacity: more came than the capacity had room for. Sessions over capacity: {count}.",
    ).format(count=figures.sessions_over_capacity)


ORGANISER = QT_TRANSLATE_NOOP("Labels", "Organiser")


def organiser_row(name: str) -> str:
    """An organiser's row among groups and group types."""
    return translate("Labels", "Organiser: {name}").format(name=name)


def shared_groups_note(statistics: Statistics) -> str:
    """Why the organisers' rows do not add up to the total; empty when they do."""
    held = sum(row.figures.sessions_held for row in statistics.by_organisation)
    if held == statistics.total.sessions_held:
        return ""
    return translate(
        "Labels",
        "A group that several organisations organise counts under each of them, so the "
        "organisers' rows do not add up to the total.",
    )


def over_capacity_note(total: Figures) -> str:
    """For a report's notes: how many sessions were over capacity; empty if none."""
    if not total.sessions_over_capacity:
        return ""
    return translate(
        "Labels",
        "A fill rate over 100 % is shown as it is and marked over capacity. "
        "Sessions over capacity: {count}.",
    ).format(count=total.sessions_over_capacity)


def count(value: int | None) -> str:
    """A count; "–" when it is unknown (not zero: nothing counted it)."""
    return "–" if value is None else str(value)


# -- numbers --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NumberStyle:
    """How a locale writes a number: its decimal point, digit group separator and minus."""

    point: str
    group: str
    minus: str


# Qt's (CLDR's) styles of the app's locales, written out so that the CLI need not load
# Qt to write a number; tests/unit/test_labels.py checks them against QLocale.
_FINNISH = NumberStyle(",", "\u00a0", "\u2212")
NUMBER_STYLES = {
    "fi_FI": _FINNISH,
    "sv_FI": _FINNISH,
    "en_FI": NumberStyle(",", "\u00a0", "-"),
    "en_GB": NumberStyle(".", ",", "-"),
}


def locale_number(value: float, decimals: int, locale: str) -> str:
    """``value`` as ``QLocale(locale).toString(value, "f", decimals)`` writes it: digits
    grouped, and a tie rounded away from zero (0.25 → 0.3), as Qt does."""
    style = NUMBER_STYLES[locale]
    rounded = Decimal(abs(value)).quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    digits = f"{rounded:,f}".translate({ord(","): style.group, ord("."): style.point})
    return f"{style.minus}{digits}" if value < 0 else digits


def finland_number(value: float, decimals: int) -> str:
    """A number as the app's own locale (Finnish, Swedish or English in Finland) writes it."""
    return locale_number(value, decimals, f"{current_language()}_FI")


def decimal(value: float | None, decimals: int = 1) -> str:
    """A number as the language writes it (3,5 in Finnish, 3.5 in English); "–" for none.

    The app's locales are Finnish ones (dates and times as in Finland), but English in
    Finland (en_FI) writes a decimal comma: an English text reads 3.5."""
    if value is None:
        return "–"
    language = current_language()
    return locale_number(float(value), decimals, "en_GB" if language == "en" else f"{language}_FI")


def percent(share: float | None) -> str:
    """A share (0.35) in whole percent as the language writes it (35 %, 35%); "–" for none."""
    if share is None:
        return "–"
    return translate("Labels", "{number}%").format(number=decimal(share * 100, 0))
