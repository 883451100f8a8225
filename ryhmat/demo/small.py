"""One school year of Järvelä: eight groups, about forty families, a few surprises."""

from __future__ import annotations

import uuid

from ryhmat.demo import profiles as p
from ryhmat.demo.builder import Builder, GroupRun
from ryhmat.demo.directory import (
    FAMILY_WORKER,
    LIBRARIAN,
    NURSE,
    PARISH_WORKER,
    SOCIAL_INSTRUCTOR,
    TEACHER,
    VOLUNTEER,
    Staff,
    organisations,
    place,
)
from ryhmat.demo.profiles import FRI, MON, SAT, THU, TUE, WED, GroupSpec, slot, times
from ryhmat.demo.school_calendar import closures, school_year, school_year_start
from ryhmat.domain.model import CancelReason

# Families are few here, so many take part in more than one group.
REUSE_RATE = 0.35
SICK_LEADER = ("Ohjaaja sairastunut", CancelReason.LEADER_ILL)

FATHERS = "Isä–lapsi-ryhmä Karhunpojat"
OPEN_DAYCARE = "Avoin päiväkoti Pikkupesä"
CAFE = "Perhekahvila Kohtaamo"
BABIES = "Vauvaryhmä Pikkuiset"
TWINS = "Kaksos- ja monikkoperheiden vertaisryhmä"
PARENTS = "Vahvuutta vanhemmuuteen"
STORIES = "Satu- ja loruhetki"
SPORTS = "Perheliikunta Hyppyrit"


def build_small(builder: Builder) -> None:
    year = school_year(school_year_start(builder.today))
    breaks = closures(year, builder.ids)
    builder.data.closures.extend(breaks)
    specs = _specs(builder)
    runs = {spec.name: builder.add_group(spec, year, breaks) for spec in specs}
    for run in runs.values():
        builder.enrol(run)
    _surprises(builder, runs, specs)
    for run in runs.values():
        builder.record(run)


def _specs(builder: Builder) -> list[GroupSpec]:
    orgs = organisations(builder, ["perhetyo", "neuvola", "vaka", "mll", "seurakunta", "kirjasto"])
    staff = Staff(builder, orgs)
    anna = staff.hire(FAMILY_WORKER, male=False)
    mikko = staff.hire(FAMILY_WORKER, male=True)
    nurse = staff.hire(NURSE, male=False)
    social = staff.hire(SOCIAL_INSTRUCTOR, male=True)
    teacher_a = staff.hire(TEACHER, male=False)
    teacher_b = staff.hire(TEACHER, male=False)
    dad_volunteer = staff.hire(VOLUNTEER, male=True)
    twin_volunteer = staff.hire(VOLUNTEER, male=False)
    deacon = staff.hire(PARISH_WORKER, male=False)
    staff.hire(LIBRARIAN, male=False)
    babies_pair = staff.pair(anna, nurse)
    fathers_pair = staff.pair(mikko, dad_volunteer)
    teachers_pair = staff.pair(teacher_a, teacher_b)
    cafe_pair = staff.pair(deacon, mikko)
    peers_pair = staff.pair(social, twin_volunteer)

    centre = place(builder, "Perhekeskus Majakka", "Keskuskatu 12, 41900 Järvelä", 25)
    parish_hall = place(builder, "Järvelän seurakuntatalo", "Kirkkotie 3, 41900 Järvelä", 60)
    library = place(builder, "Kirjaston lastenosasto", "Kirjastonkuja 1, 41900 Järvelä", 30)
    playground = place(builder, "Leikkipuisto Kettukallio", "Kettukalliontie 8, 41920 Järvelä", 25)
    gym = place(builder, "Järvelän koulun liikuntasali", "Koulutie 4, 41900 Järvelä", 40)

    family_work, mll = orgs["perhetyo"].id, orgs["mll"].id
    return [
        GroupSpec(
            name=FATHERS,
            profile=p.FATHER_CHILD,
            organiser_ids=[family_work, mll],
            place_id=centre,
            pair=fathers_pair,
            # Saturday mornings: pyhäinpäivä falls on a Saturday and is skipped.
            slots=(slot(SAT, "10.00", "12.00"),),
            joiner=True,
        ),
        GroupSpec(
            name=OPEN_DAYCARE,
            profile=p.OPEN_DAYCARE,
            organiser_ids=[orgs["vaka"].id],
            place_id=playground,
            pair=teachers_pair,
            slots=tuple(slot(day, "9.00", "11.30") for day in (MON, TUE, WED, FRI)),
        ),
        GroupSpec(
            name=CAFE,
            profile=p.FAMILY_CAFE,
            organiser_ids=[family_work, orgs["seurakunta"].id],
            place_id=parish_hall,
            pair=cafe_pair,
            slots=(slot(WED, "9.30", "11.30"),),
            enrolled=14,
            capacity=8,
        ),
        GroupSpec(
            name=BABIES,
            profile=p.BABY_GROUP,
            organiser_ids=[family_work, orgs["neuvola"].id],
            place_id=centre,
            pair=babies_pair,
            slots=(slot(TUE, "9.30", "11.00"),),
            leaver=True,
        ),
        GroupSpec(
            name=TWINS,
            profile=p.TWINS_PEER,
            organiser_ids=[family_work, mll],
            place_id=centre,
            pair=peers_pair,
            slots=(slot(TUE, "17.30", "19.00"),),
            interval_weeks=2,
            enrolled=5,
            capacity=5,
        ),
        GroupSpec(
            name=PARENTS,
            profile=p.PARENT_GROUP,
            organiser_ids=[family_work, orgs["neuvola"].id],
            place_id=centre,
            pair=babies_pair,
            slots=(slot(MON, "17.30", "19.00"),),
            # A mother who came to the group herself leads it now beside the pair.
            other_leader_ids=(twin_volunteer.id,),
        ),
        GroupSpec(
            name=STORIES,
            profile=p.STORY_TIME,
            organiser_ids=[orgs["kirjasto"].id, orgs["vaka"].id],
            place_id=library,
            pair=teachers_pair,
            monthly_weekday=THU,
            monthly_times=times("10.00", "11.00"),
        ),
        GroupSpec(
            name=SPORTS,
            profile=p.FAMILY_SPORTS,
            organiser_ids=[family_work, orgs["vaka"].id],
            place_id=gym,
            pair=teachers_pair,
            slots=(slot(WED, "17.30", "18.30"),),
            enrolled=9,
            capacity=10,
        ),
    ]


def _surprises(builder: Builder, runs: dict[str, GroupRun], specs: list[GroupSpec]) -> None:
    """The things that make a demo look lived in: illness, a guest, a forgotten record."""
    today = builder.today
    babies = runs[BABIES].past_sessions(today) or runs[BABIES].sessions
    builder.cancel(babies[-1], *SICK_LEADER)
    for name in (SPORTS, PARENTS):
        past = runs[name].past_sessions(today)
        if past:
            runs[name].unrecorded.add(past[-1].id)
    fathers = runs[FATHERS].past_sessions(today)
    if len(fathers) >= 3:
        runs[FATHERS].guest_sessions.add(fathers[len(fathers) // 2].id)
        pair = next(s.pair for s in specs if s.name == FATHERS)
        social = _worker_titled(builder, SOCIAL_INSTRUCTOR)
        builder.substitute(fathers[1], pair.first_worker_id, social)


def _worker_titled(builder: Builder, title: str) -> uuid.UUID:
    return next(w.id for w in builder.data.workers if w.title == title)
