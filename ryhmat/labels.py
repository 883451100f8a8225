"""What the CLI and the UI both show in the user's language: the names of the
domain's choices, a statistics filter in words, and numbers."""

from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ryhmat.domain.conflicts import ConflictKind
from ryhmat.domain.errors import QT_TRANSLATE_NOOP
from ryhmat.domain.evaluation import (
    FeedbackQuestion,
    FeedbackScale,
    Goal,
    GoalOutcome,
    LifeCycle,
)
from ryhmat.domain.feeds import FeedKind
from ryhmat.domain.follow_ups import FollowUpReason
from ryhmat.domain.model import (
    LAST_IN_MONTH,
    AdultRole,
    AgeBand,
    AttendanceMark,
    AttendanceMode,
    AuditAction,
    CancelReason,
    CapacityUnit,
    ClosureScope,
    EnrolmentStatus,
    GroupType,
    OrganisationKind,
    Permission,
    SessionStatus,
    UsageAction,
    WorkerKind,
)
from ryhmat.domain.scheduling import SkipKind
from ryhmat.domain.school_holidays import SchoolBreak
from ryhmat.domain.statistics import (
    BREAKDOWNS,
    EXPLAINED_FIGURES,
    Breakdown,
    Figure,
    Figures,
    FilterKind,
    FilterTerm,
    LeftOut,
    Shown,
    Statistics,
)
from ryhmat.domain.target_ages import (
    MONTHS_PER_YEAR,
    MONTHS_UNTIL,
    AgeBound,
    AgeUnit,
    written_bounds,
)
from ryhmat.domain.written import written_date
from ryhmat.i18n import Translate, current_language, translate

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
    (ConflictKind, ConflictKind.GROUP): QT_TRANSLATE_NOOP("Labels", "group"),
    (SkipKind, SkipKind.HOLIDAY): QT_TRANSLATE_NOOP("Labels", "public holiday"),
    (SkipKind, SkipKind.CLOSURE): QT_TRANSLATE_NOOP("Labels", "closure"),
    (SkipKind, SkipKind.EVE): QT_TRANSLATE_NOOP("Labels", "the group does not meet on this eve"),
    (SkipKind, SkipKind.CLOCK_CHANGE): QT_TRANSLATE_NOOP("Labels", "the clocks change that night"),
    (SkipKind, SkipKind.CHOSEN): QT_TRANSLATE_NOOP("Labels", "left out this season"),
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
    (WorkerKind, WorkerKind.STAFF): QT_TRANSLATE_NOOP("Labels", "staff"),
    (WorkerKind, WorkerKind.VOLUNTEER): QT_TRANSLATE_NOOP("Labels", "volunteer"),
    (WorkerKind, WorkerKind.STUDENT): QT_TRANSLATE_NOOP("Labels", "student"),
    (ClosureScope, ClosureScope.ALL): QT_TRANSLATE_NOOP("Labels", "All groups"),
    (SchoolBreak, SchoolBreak.AUTUMN): QT_TRANSLATE_NOOP("Labels", "Autumn break"),
    (SchoolBreak, SchoolBreak.CHRISTMAS): QT_TRANSLATE_NOOP("Labels", "Christmas break"),
    (SchoolBreak, SchoolBreak.WINTER): QT_TRANSLATE_NOOP("Labels", "Winter break"),
    (SchoolBreak, SchoolBreak.SUMMER): QT_TRANSLATE_NOOP("Labels", "Summer break"),
    (ClosureScope, ClosureScope.ORGANISATION): QT_TRANSLATE_NOOP(
        "Labels", "The groups of one organisation"
    ),
    (ClosureScope, ClosureScope.GROUPS): QT_TRANSLATE_NOOP("Labels", "Chosen groups"),
    (CancelReason, CancelReason.NOT_GIVEN): QT_TRANSLATE_NOOP("Labels", "not given"),
    (CancelReason, CancelReason.LEADER_ILL): QT_TRANSLATE_NOOP("Labels", "leader ill"),
    (CancelReason, CancelReason.CLOSURE): QT_TRANSLATE_NOOP("Labels", "closure or holiday"),
    (CancelReason, CancelReason.TOO_FEW): QT_TRANSLATE_NOOP("Labels", "too few coming"),
    (CancelReason, CancelReason.PLACE_UNAVAILABLE): QT_TRANSLATE_NOOP(
        "Labels", "place not available"
    ),
    (CancelReason, CancelReason.FORCE_MAJEURE): QT_TRANSLATE_NOOP(
        "Labels", "weather or other force majeure"
    ),
    (CancelReason, CancelReason.OTHER): QT_TRANSLATE_NOOP("Labels", "other reason"),
    (LifeCycle, LifeCycle.PLANNED): QT_TRANSLATE_NOOP("Labels", "being planned"),
    (LifeCycle, LifeCycle.RUNNING): QT_TRANSLATE_NOOP("Labels", "running"),
    (LifeCycle, LifeCycle.TO_EVALUATE): QT_TRANSLATE_NOOP("Labels", "to be evaluated"),
    (LifeCycle, LifeCycle.ENDED): QT_TRANSLATE_NOOP("Labels", "ended"),
    (GoalOutcome, GoalOutcome.ACHIEVED): QT_TRANSLATE_NOOP("Labels", "achieved"),
    (GoalOutcome, GoalOutcome.PARTLY): QT_TRANSLATE_NOOP("Labels", "partly achieved"),
    (GoalOutcome, GoalOutcome.NOT_ACHIEVED): QT_TRANSLATE_NOOP("Labels", "not achieved"),
    # The feedback forms' questions, as the forms ask them.
    (FeedbackQuestion, FeedbackQuestion.ENJOYED): QT_TRANSLATE_NOOP(
        "Labels", "I enjoyed the group"
    ),
    (FeedbackQuestion, FeedbackQuestion.PARENTING_SUPPORT): QT_TRANSLATE_NOOP(
        "Labels", "I got support in being a parent"
    ),
    (FeedbackQuestion, FeedbackQuestion.PEER_SUPPORT): QT_TRANSLATE_NOOP(
        "Labels", "I got peer support from other parents"
    ),
    (FeedbackQuestion, FeedbackQuestion.WILL_COME_AGAIN): QT_TRANSLATE_NOOP(
        "Labels", "I will come again"
    ),
    (FeedbackQuestion, FeedbackQuestion.CHILD_HAD_FUN): QT_TRANSLATE_NOOP(
        "Labels", "Child: Was it fun?"
    ),
    (FeedbackScale, FeedbackScale.ONE_TO_FIVE): QT_TRANSLATE_NOOP(
        "Labels", "adults, 1 = not at all … 5 = fully"
    ),
    (FeedbackScale, FeedbackScale.SMILEYS): QT_TRANSLATE_NOOP(
        "Labels", "children, a sad, a neutral or a happy face"
    ),
}


def label(choice: enum.Enum) -> str:
    """The name of a domain choice, translated."""
    return translate(CONTEXT, _SOURCE_TEXTS[(type(choice), choice)])


# -- a group's target ages -----------------------------------------------------------


_IN_MONTHS = QT_TRANSLATE_NOOP("Labels", "{months} mo")
_IN_YEARS = QT_TRANSLATE_NOOP("Labels", "{years} y")
_AT_LEAST = QT_TRANSLATE_NOOP("Labels", "at least {age}")
_AT_MOST = QT_TRANSLATE_NOOP("Labels", "at most {age}")


def _in_unit(unit: AgeUnit, amount: object, words: Translate = translate) -> str:
    """A number of months or years, or a range of them: "6 kk", "0–6 kk", "1–3 v"."""
    if unit is AgeUnit.MONTHS:
        return words(CONTEXT, _IN_MONTHS).format(months=amount)
    return words(CONTEXT, _IN_YEARS).format(years=amount)


def age_bound_text(bound: AgeBound, words: Translate = translate) -> str:
    """One end of a range: "6 kk", "3 v"."""
    return _in_unit(bound.unit, bound.amount, words)


def target_ages_text(low: int | None, high: int | None, words: Translate = translate) -> str:
    """A group's target ages (whole months, domain/target_ages.py) as a person writes
    them: "0–6 kk", "1–3 v", "6 kk – 2 v", "at least 3 v"; empty when not given. In
    the app's language, or in that of ``words`` (the public pages, in two at once)."""
    lower, upper = written_bounds(low, high)
    if lower is None and upper is None:
        return ""
    if upper is None:
        assert lower is not None
        return words(CONTEXT, _AT_LEAST).format(age=age_bound_text(lower, words))
    if lower is None:
        return words(CONTEXT, _AT_MOST).format(age=age_bound_text(upper, words))
    if lower.unit is upper.unit:
        amounts = f"{lower.amount}" if lower == upper else f"{lower.amount}–{upper.amount}"
        return _in_unit(upper.unit, amounts, words)
    return f"{age_bound_text(lower, words)} – {age_bound_text(upper, words)}"


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


def chart_caption(first: date, last: date, described: Sequence[FilterTerm]) -> str:
    """What a chart saved as a picture says under it, so that it is never read for
    another period or other groups: "Period 1.1.2026–31.12.2026 · Group type: baby group"."""
    period = translate("Labels", "Period {first}–{last}").format(
        first=written_date(first), last=written_date(last)
    )
    return " · ".join([period, *filter_lines(described)])


# -- the statistics' own words --------------------------------------------------------


def unrecorded_note() -> str:
    """What the count of sessions not recorded means for the figures beside it."""
    return translate("Labels", "Their attendance is not in the figures until it is recorded.")


def unrecorded_sentence(count: int) -> str:
    """What the number of past sessions not recorded means for the figures below."""
    if count == 1:
        return translate(
            "Workbook",
            "1 past session whose attendance is not recorded: its visits are not in the figures.",
        )
    return translate(
        "Workbook",
        "{count} past sessions whose attendance is not recorded: "
        "their visits are not in the figures.",
    ).format(count=count)


def left_out_notes(left_out: LeftOut) -> list[str]:
    """Which groups the totals' family counts or first-time visitors leave out, a
    sentence each."""
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
    return notes


def left_out_note(left_out: LeftOut) -> str:
    """``left_out_notes`` as one text; empty if nothing is left out."""
    return " ".join(left_out_notes(left_out))


# -- the figures, named and explained as every report names them ------------------------


def figure_name(figure: Figure) -> str:
    return translate("Labels", figure.name)


def figure_definition(figure: Figure) -> str:
    return translate("Labels", figure.definition)


def figure_definitions(figures: Sequence[Figure] = EXPLAINED_FIGURES) -> list[tuple[str, str]]:
    """Each figure's name and what it counts, for a report's legend."""
    return [(figure_name(figure), figure_definition(figure)) for figure in figures]


def breakdown_name(breakdown: Breakdown) -> str:
    return translate("Labels", breakdown.name)


def breakdown_definition(breakdown: Breakdown) -> str:
    return translate("Labels", breakdown.definition)


def breakdown_columns(breakdown: Breakdown) -> list[str]:
    return [translate("Labels", column) for column in breakdown.columns]


def breakdown_definitions() -> list[tuple[str, str]]:
    """Each breakdown's name and what it counts, for a report's legend."""
    return [(breakdown_name(each), breakdown_definition(each)) for each in BREAKDOWNS]


def figure_text(figure: Figure, figures: Figures) -> str:
    """A figure's value as the reports write it in the user's language ("–" unknown)."""
    value = figure.value(figures)
    if figure.marks_over_capacity:
        return fill_rate(figures)
    if figure.shown is Shown.RATE:
        return percent(value)
    if figure.shown is Shown.AVERAGE:
        return decimal(value)
    if figure.shown is Shown.HOURS:
        return "–" if value is None else hours(value)
    return count(None if value is None else int(value))


def figure_explained(figure: Figure, figures: Figures) -> str:
    """What a figure's value means beyond its definition, for a cell's tooltip: a fill
    rate over capacity says so; empty otherwise."""
    return fill_rate_explained(figures) if figure.marks_over_capacity else ""


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


def over_capacity_note(total: Figures) -> str:
    """For a report's notes: how many sessions were over capacity; empty if none."""
    if not total.sessions_over_capacity:
        return ""
    return translate(
        "Labels",
        "A fill rate over 100 % is shown as it is and marked over capacity. "
        "Sessions over capacity: {count}.",
    ).format(count=total.sessions_over_capacity)


ORGANISER = QT_TRANSLATE_NOOP("Labels", "Organiser")


def organiser_name() -> str:
    return translate("Labels", ORGANISER)


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


# Leaders' time and cancellations: each name once, with what it counts, in every report.
LEADER_HOURS = QT_TRANSLATE_NOOP("Labels", "Leader hours")
PLANNING_HOURS = QT_TRANSLATE_NOOP("Labels", "Planning and debrief hours")
HOURS_IN_ALL = QT_TRANSLATE_NOOP("Labels", "Hours in all")
LEADERS = QT_TRANSLATE_NOOP("Labels", "Leaders")
LEADER = QT_TRANSLATE_NOOP("Labels", "Leader")
WORKER_KIND = QT_TRANSLATE_NOOP("Labels", "Kind")
CANCEL_CATEGORY = QT_TRANSLATE_NOOP("Labels", "Reason")
LEADER_HOURS_BY_KIND = QT_TRANSLATE_NOOP("Labels", "Leader hours by kind")
CANCELLED_BY_REASON = QT_TRANSLATE_NOOP("Labels", "Cancelled sessions by reason")
_LEADER_TIME_DEFINITIONS = {
    LEADER_HOURS: QT_TRANSLATE_NOOP(
        "Labels", "the length of each held session, for every leader of it"
    ),
    PLANNING_HOURS: QT_TRANSLATE_NOOP(
        "Labels",
        "the group's planning and debrief time for each held session, for every leader of "
        "it; not included in the leader hours",
    ),
    LEADER_HOURS_BY_KIND: QT_TRANSLATE_NOOP(
        "Labels", "the hours of the staff, the volunteers and the students who led sessions"
    ),
    CANCELLED_BY_REASON: QT_TRANSLATE_NOOP(
        "Labels",
        "cancelled sessions by the kind of reason chosen when cancelling; those cancelled "
        "before reasons were grouped are “not given”",
    ),
}
# The kinds of workers as a total names them.
_KIND_TOTALS = {
    WorkerKind.STAFF: QT_TRANSLATE_NOOP("Labels", "Staff"),
    WorkerKind.VOLUNTEER: QT_TRANSLATE_NOOP("Labels", "Volunteers"),
    WorkerKind.STUDENT: QT_TRANSLATE_NOOP("Labels", "Students"),
}


def leader_time_name(name: str) -> str:
    """One of the leader-time names above, in the user's language."""
    return translate("Labels", name)


def leader_time_definition(name: str) -> str:
    """What one of the leader-time figures above counts, in the user's language."""
    return translate("Labels", _LEADER_TIME_DEFINITIONS[name])


def leader_time_definitions() -> list[tuple[str, str]]:
    """Each leader-time and cancellation figure's name and what it counts."""
    return [
        (leader_time_name(name), leader_time_definition(name)) for name in _LEADER_TIME_DEFINITIONS
    ]


def kind_total_name(kind: WorkerKind) -> str:
    """The workers of a kind together: "Volunteers"."""
    return translate("Labels", _KIND_TOTALS[kind])


# -- evaluation -----------------------------------------------------------------------

# The worker pair's three questions at a season's end, in the order they are asked.
WORKS_WELL = QT_TRANSLATE_NOOP("Labels", "What works well?")
TO_IMPROVE = QT_TRANSLATE_NOOP("Labels", "What could be improved?")
CARRIES_ON = QT_TRANSLATE_NOOP("Labels", "How do the good changes carry on?")
EVALUATIONS = QT_TRANSLATE_NOOP("Labels", "Evaluations")
GOALS = QT_TRANSLATE_NOOP("Labels", "Goals")
FEEDBACK = QT_TRANSLATE_NOOP("Labels", "Participants' feedback")
# The evaluations' report (the workbook's sheet, the statistics page, the summary).
SEASON = QT_TRANSLATE_NOOP("Labels", "Season")
GROUP = QT_TRANSLATE_NOOP("Labels", "Group")
FIRST_DAY = QT_TRANSLATE_NOOP("Labels", "First day")
LAST_DAY = QT_TRANSLATE_NOOP("Labels", "Last day")
EVALUATED_ON = QT_TRANSLATE_NOOP("Labels", "Evaluated")
NOT_EVALUATED = QT_TRANSLATE_NOOP("Labels", "not evaluated")
QUESTION = QT_TRANSLATE_NOOP("Labels", "Question")
ANSWERED = QT_TRANSLATE_NOOP("Labels", "Answers")
AVERAGE_ANSWER = QT_TRANSLATE_NOOP("Labels", "Average")
FEEDBACK_NOTE = QT_TRANSLATE_NOOP(
    "Labels",
    "Anonymous feedback forms counted: how many gave each answer. Adults answer from "
    "1 (not at all) to 5 (fully); children point at a face, 1 sad, 2 neutral, 3 happy.",
)
_FACES = {
    1: QT_TRANSLATE_NOOP("Labels", "sad"),
    2: QT_TRANSLATE_NOOP("Labels", "neutral"),
    3: QT_TRANSLATE_NOOP("Labels", "happy"),
}


def evaluation_text(name: str) -> str:
    """One of the evaluation's words above, in the user's language."""
    return translate("Labels", name)


def goal_line(goal: Goal) -> str:
    """A goal with its outcome: "Isät tutustuvat — partly achieved: a phone circle"."""
    if goal.outcome is None:
        return goal.text
    line = f"{goal.text} — {label(goal.outcome)}"
    return f"{line}: {goal.note}" if goal.note else line


def evaluation_questions() -> list[str]:
    return [evaluation_text(name) for name in (WORKS_WELL, TO_IMPROVE, CARRIES_ON)]


def scale_value(scale: FeedbackScale, value: int) -> str:
    """A value of a feedback scale as its column is headed: "4", or "happy"."""
    if scale is FeedbackScale.SMILEYS:
        return translate("Labels", _FACES[value])
    return str(value)


def feedback_line(scale: FeedbackScale, counts: Sequence[tuple[int, int]]) -> str:
    """A question's tallies on one line: "5: 6, 4: 2" or "happy: 9", answered values only."""
    return ", ".join(f"{scale_value(scale, value)}: {n}" for value, n in counts if n)


def count(value: int | None) -> str:
    """A count; "–" when it is unknown (not zero: nothing counted it)."""
    return "–" if value is None else str(value)


# -- ages -----------------------------------------------------------------------------


def written_age(months: int) -> str:
    """A child's age as family work writes it: months under two years ("8 kk"), then
    whole years ("2 v")."""
    if months < MONTHS_UNTIL:
        return _in_unit(AgeUnit.MONTHS, months)
    return _in_unit(AgeUnit.YEARS, months // MONTHS_PER_YEAR)


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


def hours(value: float) -> str:
    """Hours to the quarter as the workbook's 0.0# shows them: 1,5, 0,25, 3,0."""
    text = decimal(value, 2)
    return text[:-1] if text.endswith("0") else text


def percent(share: float | None) -> str:
    """A share (0.35) in whole percent as the language writes it (35 %, 35%); "–" for none."""
    if share is None:
        return "–"
    return translate("Labels", "{number}%").format(number=decimal(share * 100, 0))


# How a monthly season repeats, a phrase per weekday (0 = Monday): languages inflect the
# weekday with the ordinal ("första lördagen i varje månad").
_NUMBERED_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Labels", "the {ordinal} Monday of every month"),
    QT_TRANSLATE_NOOP("Labels", "the {ordinal} Tuesday of every month"),
    QT_TRANSLATE_NOOP("Labels", "the {ordinal} Wednesday of every month"),
    QT_TRANSLATE_NOOP("Labels", "the {ordinal} Thursday of every month"),
    QT_TRANSLATE_NOOP("Labels", "the {ordinal} Friday of every month"),
    QT_TRANSLATE_NOOP("Labels", "the {ordinal} Saturday of every month"),
    QT_TRANSLATE_NOOP("Labels", "the {ordinal} Sunday of every month"),
)
_LAST_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Labels", "the last Monday of the month"),
    QT_TRANSLATE_NOOP("Labels", "the last Tuesday of the month"),
    QT_TRANSLATE_NOOP("Labels", "the last Wednesday of the month"),
    QT_TRANSLATE_NOOP("Labels", "the last Thursday of the month"),
    QT_TRANSLATE_NOOP("Labels", "the last Friday of the month"),
    QT_TRANSLATE_NOOP("Labels", "the last Saturday of the month"),
    QT_TRANSLATE_NOOP("Labels", "the last Sunday of the month"),
)
_ORDINALS = {
    1: QT_TRANSLATE_NOOP("Labels", "first"),
    2: QT_TRANSLATE_NOOP("Labels", "second"),
    3: QT_TRANSLATE_NOOP("Labels", "third"),
    4: QT_TRANSLATE_NOOP("Labels", "fourth"),
    LAST_IN_MONTH: QT_TRANSLATE_NOOP("Labels", "last"),
}


def ordinal_name(ordinal: int) -> str:
    """ "first" … "fourth", or "last", as a monthly rule's choice names it."""
    return translate("Labels", _ORDINALS[ordinal])


def monthly_rule_words(ordinal: int, weekday: int) -> str:
    """A monthly season's rule in words: "joka kuukauden ensimmäinen lauantai",
    "kuukauden viimeinen keskiviikko"."""
    if ordinal == LAST_IN_MONTH:
        return translate("Labels", _LAST_WEEKDAYS[weekday])
    template = translate("Labels", _NUMBERED_WEEKDAYS[weekday])
    return template.format(ordinal=ordinal_name(ordinal))
