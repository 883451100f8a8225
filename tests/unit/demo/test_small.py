from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from datetime import date

import pytest

from ryhmat.demo import DemoData, generate
from ryhmat.domain.conflicts import find_conflicts
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import (
    AdultRole,
    AttendanceMark,
    AttendanceMode,
    CancelReason,
    EnrolmentStatus,
    Group,
    GroupType,
    MemberKind,
    OrganisationKind,
    Permission,
    Session,
    SessionStatus,
    WorkerKind,
)
from ryhmat.domain.scheduling import SkipKind, plan_series
from tests.unit.demo.conftest import TODAY

HOLIDAYS = FinnishHolidays()


def group_of(data: DemoData, kind: GroupType) -> Group:
    found = [g for g in data.groups if g.type is kind]
    assert found, kind
    return found[0]


def sessions_of(data: DemoData, group: Group) -> list[Session]:
    return [s for s in data.sessions if s.group_id == group.id]


def leader_titles(data: DemoData, group: Group) -> set[str]:
    pair = next(p for p in data.pairs if p.id == group.default_pair_id)
    return {w.title for w in data.workers if w.id in pair.worker_ids}


def marks_by_session(data: DemoData) -> dict[uuid.UUID, list[AttendanceMark]]:
    marks: dict[uuid.UUID, list[AttendanceMark]] = defaultdict(list)
    for mark in data.attendance:
        marks[mark.session_id].append(mark.mark)
    return marks


def test_summary_counts_what_was_made(small: DemoData) -> None:
    summary = small.summary()

    assert summary["groups"] == 8
    assert summary["series"] == 16
    assert summary["sessions"] == len(small.sessions)
    assert summary["attendance"] == len(small.attendance)
    assert 8 <= summary["workers"] <= 12
    assert 3 <= summary["pairs"] <= 5
    assert 35 <= summary["families"] <= 50
    assert summary["sessions_cancelled"] == 1


def test_organisations_are_the_towns_partners(small: DemoData) -> None:
    kinds = {o.kind for o in small.organisations}

    assert {o.name for o in small.organisations} >= {"MLL:n Järvelän yhdistys"}
    assert kinds >= {
        OrganisationKind.FAMILY_WORK,
        OrganisationKind.CHILD_HEALTH_CLINIC,
        OrganisationKind.EARLY_CHILDHOOD_EDUCATION,
        OrganisationKind.NGO,
        OrganisationKind.PARISH,
        OrganisationKind.LIBRARY,
    }


def test_places_have_addresses_and_capacities(small: DemoData) -> None:
    assert all(p.address and p.capacity for p in small.places)


def test_the_father_child_group_meets_on_saturdays_with_the_mll(small: DemoData) -> None:
    group = group_of(small, GroupType.FATHER_CHILD)
    organisers = {o.kind for o in small.organisations if o.id in group.organiser_ids}

    assert OrganisationKind.NGO in organisers
    assert {s.day.weekday() for s in sessions_of(small, group)} == {5}


def test_the_open_daycare_counts_heads_on_several_weekdays(small: DemoData) -> None:
    group = group_of(small, GroupType.OPEN_DAYCARE)

    assert group.attendance_mode is AttendanceMode.HEADCOUNT
    assert len({s.day.weekday() for s in sessions_of(small, group)}) >= 3


def test_the_family_cafe_keeps_both_with_the_parish(small: DemoData) -> None:
    group = group_of(small, GroupType.FAMILY_CAFE)
    organisers = {o.kind for o in small.organisations if o.id in group.organiser_ids}

    assert group.attendance_mode is AttendanceMode.BOTH
    assert OrganisationKind.PARISH in organisers


def test_the_baby_group_is_led_by_a_family_worker_and_a_nurse(small: DemoData) -> None:
    group = group_of(small, GroupType.BABY_GROUP)

    assert group.attendance_mode is AttendanceMode.ROSTER
    assert leader_titles(small, group) == {"perhetyöntekijä", "terveydenhoitaja"}


def test_there_are_peer_and_parent_groups(small: DemoData) -> None:
    assert group_of(small, GroupType.PEER_GROUP)
    assert group_of(small, GroupType.PARENT_GROUP).name == "Vahvuutta vanhemmuuteen"


def test_series_recur_weekly_every_other_week_and_on_chosen_dates(small: DemoData) -> None:
    assert any(s.interval_weeks == 2 for s in small.series)
    assert any(s.uses_chosen_dates for s in small.series)
    assert any(len(s.slots) >= 3 for s in small.series)


def test_every_group_has_an_autumn_and_a_spring_series(small: DemoData) -> None:
    names = Counter(s.group_id for s in small.series)

    assert set(names.values()) == {2}
    autumn = [s for s in small.series if s.name.startswith("Syyskausi")]
    spring = [s for s in small.series if s.name.startswith("Kevätkausi")]
    assert {(s.first_day, s.last_day) for s in autumn} == {(date(2026, 8, 17), date(2026, 12, 20))}
    assert {(s.first_day, s.last_day) for s in spring} == {(date(2027, 1, 11), date(2027, 5, 30))}


def test_closures_are_the_school_breaks(small: DemoData) -> None:
    by_name = {c.name.split()[0]: c for c in small.closures}

    assert set(by_name) == {"Syysloma", "Joululoma", "Talviloma", "Kesätauko"}
    assert by_name["Syysloma"].first_day.isocalendar()[1] == 42
    assert by_name["Talviloma"].first_day.isocalendar()[1] in (8, 9)
    assert by_name["Joululoma"].covers(date(2026, 12, 24))
    assert by_name["Kesätauko"].covers(date(2027, 7, 1))


def test_sessions_lie_in_their_season_and_never_on_a_holiday_or_break(small: DemoData) -> None:
    series = {s.id: s for s in small.series}

    for session in small.sessions:
        assert session.series_id is not None
        season = series[session.series_id]
        assert season.first_day <= session.day <= season.last_day
        assert session.occurrence_day == session.day
        assert HOLIDAYS.holiday_name(session.day) is None, session.day
        assert not any(c.covers(session.day) for c in small.closures), session.day


def test_the_sessions_are_exactly_what_the_app_would_plan(small: DemoData) -> None:
    for series in small.series:
        plan = plan_series(series, HOLIDAYS, small.closures)
        days = sorted(s.day for s in small.sessions if s.series_id == series.id)
        assert days == [o.day for o in plan.occurrences]


def test_the_father_child_group_skips_pyhainpaiva_on_saturday(small: DemoData) -> None:
    group = group_of(small, GroupType.FATHER_CHILD)
    autumn = next(s for s in small.series if s.group_id == group.id and s.first_day.month == 8)
    skipped = plan_series(autumn, HOLIDAYS, small.closures).skipped

    assert date(2026, 10, 31) not in {s.day for s in sessions_of(small, group)}
    assert any(s.day == date(2026, 10, 31) and s.kind is SkipKind.HOLIDAY for s in skipped)


def test_sessions_are_led_by_the_groups_pair_or_their_seasons_leaders_unless_edited(
    small: DemoData,
) -> None:
    pairs = {p.id: list(p.worker_ids) for p in small.pairs}
    groups = {g.id: g for g in small.groups}
    seasons = {s.id: s.leader_ids for s in small.series}
    substituted = 0

    for session in small.sessions:
        default = groups[session.group_id].default_pair_id
        assert default is not None
        assert session.series_id is not None
        planned = seasons[session.series_id] or pairs[default]
        if session.leader_ids != planned:
            assert session.edited_individually
            substituted += 1
    assert substituted == 1


def test_nobody_and_nothing_is_booked_twice(small: DemoData) -> None:
    assert find_conflicts(small.sessions) == []


def test_one_session_is_cancelled_with_a_reason(small: DemoData) -> None:
    cancelled = [s for s in small.sessions if s.status is SessionStatus.CANCELLED]

    assert len(cancelled) == 1
    assert cancelled[0].cancel_reason == "Ohjaaja sairastunut"
    assert cancelled[0].edited_individually
    assert cancelled[0].id not in marks_by_session(small)


def test_past_roster_sessions_have_attendance_but_one_or_two(small: DemoData) -> None:
    groups = {g.id: g for g in small.groups}
    marks = marks_by_session(small)
    unrecorded = []

    for session in small.sessions:
        if not groups[session.group_id].attendance_mode.keeps_roster:
            continue
        if session.day >= TODAY:
            assert session.status is SessionStatus.PLANNED
            assert session.id not in marks
        elif session.status is SessionStatus.HELD:
            assert AttendanceMark.PRESENT in marks[session.id]
        elif session.status is SessionStatus.PLANNED:
            assert session.id not in marks
            unrecorded.append(session)
    assert 1 <= len(unrecorded) <= 2


def test_headcount_sessions_have_plausible_counts(small: DemoData) -> None:
    counted = {h.session_id: h for h in small.headcounts}
    group = group_of(small, GroupType.OPEN_DAYCARE)
    held = [s for s in sessions_of(small, group) if s.day < TODAY]

    assert held
    for session in held:
        headcount = counted[session.id]
        assert session.status is SessionStatus.HELD
        assert 1 <= headcount.adult_total <= 30
        assert headcount.child_total >= headcount.adult_total
        assert headcount.first_time_visitors <= headcount.adult_total
    assert any(AdultRole.FATHER in counted[s.id].adults for s in held)


def test_a_cafe_headcount_includes_the_registered_visitors(small: DemoData) -> None:
    group = group_of(small, GroupType.FAMILY_CAFE)
    counted = {h.session_id: h for h in small.headcounts}
    present = Counter(a.session_id for a in small.attendance if a.mark is AttendanceMark.PRESENT)

    for session in sessions_of(small, group):
        if session.status is SessionStatus.HELD:
            headcount = counted[session.id]
            assert headcount.adult_total + headcount.child_total >= present[session.id]


def test_families_have_adults_with_roles_and_children_with_birth_months(small: DemoData) -> None:
    for family in small.families:
        assert family.adults
        assert family.children
        assert all(a.role is not None for a in family.adults)
        assert all(c.birth_year and c.birth_month for c in family.children)


def test_fathers_are_men_and_mothers_women(small: DemoData) -> None:
    from ryhmat.demo.names import name_pools

    names = name_pools(small.seed)
    adults = [m for f in small.families for m in f.members if m.kind is MemberKind.ADULT]

    assert all(a.first_name in names.male for a in adults if a.role is AdultRole.FATHER)
    assert all(a.first_name in names.female for a in adults if a.role is AdultRole.MOTHER)


def test_enrolled_children_are_of_the_groups_ages(small: DemoData) -> None:
    families = {f.id: f for f in small.families}
    groups = {g.id: g for g in small.groups}
    autumn_start = date(2026, 8, 17)

    for enrolment in small.enrolments:
        group = groups[enrolment.group_id]
        low, high = group.target_age_min_months, group.target_age_max_months
        assert low is not None
        assert high is not None
        day = max(autumn_start, enrolment.enrolled_on or autumn_start)
        ages = [c.months_old_on(day) for c in families[enrolment.family_id].children]
        assert any(low <= (a or 0) <= high for a in ages)


def test_enrolments_include_waiting_leaving_and_joining_families(small: DemoData) -> None:
    statuses = Counter(e.status for e in small.enrolments)
    left = [e for e in small.enrolments if e.status is EnrolmentStatus.LEFT]
    joined = [
        e
        for e in small.enrolments
        if e.status is EnrolmentStatus.ENROLLED
        and e.enrolled_on
        and e.enrolled_on > date(2026, 9, 1)
    ]

    assert statuses[EnrolmentStatus.ENROLLED] > 3 * statuses[EnrolmentStatus.WAITING] > 0
    assert len(left) == 1
    assert left[0].left_on is not None
    assert date(2026, 8, 17) < left[0].left_on < TODAY
    assert len(joined) == 1


def test_marks_fall_only_while_a_family_is_enrolled(small: DemoData) -> None:
    sessions = {s.id: s for s in small.sessions}
    family_of = {m.id: f.id for f in small.families for m in f.members}
    enrolments = {(e.family_id, e.group_id): e for e in small.enrolments}

    for mark in small.attendance:
        session = sessions[mark.session_id]
        enrolment = enrolments.get((family_of[mark.member_id], session.group_id))
        if mark.is_guest:
            assert enrolment is None
            continue
        assert enrolment is not None
        assert enrolment.status is not EnrolmentStatus.WAITING
        assert enrolment.enrolled_on is None or enrolment.enrolled_on <= session.day
        assert enrolment.left_on is None or session.day < enrolment.left_on


def test_one_guest_family_came_once(small: DemoData) -> None:
    guests = [a for a in small.attendance if a.is_guest]

    assert guests
    assert len({a.session_id for a in guests}) == 1
    assert all(a.mark is AttendanceMark.PRESENT for a in guests)


def test_sometimes_only_the_father_came(small: DemoData) -> None:
    member = {m.id: (f.id, m.role) for f in small.families for m in f.members}
    by_visit: dict[tuple[uuid.UUID, uuid.UUID], dict[AdultRole | None, AttendanceMark]]
    by_visit = defaultdict(dict)
    for mark in small.attendance:
        family_id, role = member[mark.member_id]
        by_visit[(mark.session_id, family_id)][role] = mark.mark

    assert any(
        marks.get(AdultRole.FATHER) is AttendanceMark.PRESENT
        and marks.get(AdultRole.MOTHER) is AttendanceMark.ABSENT
        for marks in by_visit.values()
    )


def test_some_sessions_have_themes(small: DemoData) -> None:
    themes = {s.theme for s in small.sessions if s.theme}

    assert len(themes) >= 5
    assert "Pikkujoulut" in themes


@pytest.mark.parametrize("today", [date(2026, 8, 1), date(2026, 8, 20)])
def test_early_in_the_autumn_nothing_is_recorded_yet(today: date) -> None:
    data = generate("small", today=today)

    assert not [s for s in data.sessions if s.status is SessionStatus.HELD and s.day >= today]
    assert len([s for s in data.sessions if s.is_cancelled]) == 1
    assert find_conflicts(data.sessions) == []


def test_families_were_given_the_privacy_notice_and_answered_the_permissions(
    small: DemoData,
) -> None:
    notices = [f.privacy_notice_on for f in small.families]
    given = [day for day in notices if day is not None]
    assert len(given) > 0.8 * len(notices)
    assert max(given) <= TODAY
    for answers in (
        Counter(f.photo_permission for f in small.families),
        Counter(f.contact_permission for f in small.families),
    ):
        assert set(answers) == set(Permission)
        assert answers[Permission.YES] > answers[Permission.NO]


def test_volunteers_are_volunteers_and_one_leads_the_parent_group_beside_its_pair(
    small: DemoData,
) -> None:
    kinds = {w.title: w.kind for w in small.workers}
    assert kinds["vapaaehtoinen vertaisohjaaja"] is WorkerKind.VOLUNTEER
    assert kinds["perhetyöntekijä"] is WorkerKind.STAFF
    parents = next(g for g in small.groups if g.name == "Vahvuutta vanhemmuuteen")
    pair = next(p for p in small.pairs if p.id == parents.default_pair_id)
    volunteers = {w.id for w in small.workers if w.kind is WorkerKind.VOLUNTEER}
    for session in sessions_of(small, parents):
        assert session.leader_ids[:2] == list(pair.worker_ids)
        [third] = session.leader_ids[2:]
        assert third in volunteers


def test_groups_keep_planning_time_and_cancellations_a_reason_category(small: DemoData) -> None:
    planning = {g.type: g.planning_minutes for g in small.groups}
    assert planning[GroupType.BABY_GROUP] == 30
    assert planning[GroupType.OPEN_DAYCARE] is None
    cancelled = [s for s in small.sessions if s.status is SessionStatus.CANCELLED]
    assert cancelled
    assert {s.cancel_category for s in cancelled} == {CancelReason.LEADER_ILL}
