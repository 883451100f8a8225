"""Ten school years of a whole town: 30 groups a year, thousands of families."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date, time

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
    street_address,
)
from ryhmat.demo.profiles import FRI, MON, SAT, THU, TUE, WED, GroupSpec, Profile, slot, times
from ryhmat.demo.school_calendar import closures, school_year, school_year_start
from ryhmat.domain.model import AttendanceMode, CancelReason, WeeklySlot, WorkerPair

YEARS = 10
# Families in a town of this size mostly come once; few are met again in a later group.
REUSE_RATE = 0.1
# Children outgrow the groups: only families first met in the last few years return.
REUSE_YEARS = 3
CANCEL_RATE = 0.015
UNRECORDED_RATE = 0.006
GUEST_RATE = 0.04
CHANGE_RATE = 0.4  # how often a group has a family joining, or leaving, mid-autumn
CANCEL_REASONS = (
    ("Ohjaaja sairastunut", CancelReason.LEADER_ILL),
    ("Ohjaajat sairastuneet", CancelReason.LEADER_ILL),
    ("Tila varattu muuhun käyttöön", CancelReason.PLACE_UNAVAILABLE),
    ("Ohjaajien koulutuspäivä", CancelReason.OTHER),
    ("Liian vähän osallistujia", CancelReason.TOO_FEW),
    ("Vesivahinko tiloissa", CancelReason.PLACE_UNAVAILABLE),
)
PANDEMIC = (date(2020, 3, 16), date(2020, 5, 31), "Koronaepidemia: ryhmät tauolla")
PANDEMIC_REASON = CancelReason.FORCE_MAJEURE

AREAS = ("Keskusta", "Mäntylä", "Kirkonkylä", "Itäranta", "Koivikko", "Pohjola")
FAMILY_HOUSES = (
    "Perhekeskus Majakka",
    "Mäntylän perhetalo",
    "Kirkonkylän neuvolan ryhmätila",
    "Itärannan asukastupa",
    "Koivikon perhetupa",
    "Pohjolan monitoimitalo",
)
PLAYGROUNDS = ("Kettukallio", "Myllypuro", "Kirkkomäki", "Rantaniitty", "Koivula", "Tähkäpää")
OPEN_DAYCARES = ("Pikkupesä", "Nappula", "Mesikämmen", "Muksula", "Tähtönen", "Peukaloinen")
MORNING, NOON = ("9.00", "11.30"), ("13.00", "15.00")
OPEN_DAYCARE_SLOTS = (
    *(slot(d, *MORNING) for d in (MON, TUE, WED, THU, FRI)),
    slot(TUE, *NOON),
    slot(WED, *NOON),
    slot(THU, *NOON),
)
CAFE_TIMES = ("9.30", "11.30")
EVENING = ("17.30", "19.00")
SATURDAY = slot(SAT, "10.00", "12.00")
# A town café keeps a register of the many families who drop in now and then.
TOWN_CAFE = replace(p.FAMILY_CAFE, enrolled=120, attend_rate=0.15, capacity=27)
# The town's central open daycare keeps a visitor register beside its headcounts.
REGISTER_DAYCARE = replace(
    p.OPEN_DAYCARE, mode=AttendanceMode.BOTH, enrolled=100, attend_rate=0.07, visitors=6
)
TOWN_CLUB = replace(p.FAMILY_CLUB, enrolled=14, capacity=15)


@dataclass(frozen=True, slots=True)
class Template:
    """A group the town runs every year, under the same leaders and in the same place."""

    name: str
    profile: Profile
    organisers: tuple[str, ...]
    place: str
    leaders: tuple[str, str]
    slots: tuple[WeeklySlot, ...] = ()
    interval_weeks: int = 1
    monthly: tuple[int, tuple[time, time]] | None = None
    fathers: bool = False  # both leaders are men


def _templates() -> list[Template]:
    t: list[Template] = []
    for playground, name in zip(PLAYGROUNDS, OPEN_DAYCARES, strict=True):
        t.append(
            Template(
                f"Avoin päiväkoti {name}",
                REGISTER_DAYCARE if not t else p.OPEN_DAYCARE,
                ("vaka",),
                f"Leikkipuisto {playground}",
                (TEACHER, TEACHER),
                OPEN_DAYCARE_SLOTS,
            )
        )
    cafes = [
        ("Kohtaamo", "Järvelän seurakuntatalo", (MON, WED, FRI), True),
        ("Mäntylä", FAMILY_HOUSES[1], (TUE, THU, FRI), False),
        ("Kirkonkylä", "Kirkonkylän seurakuntakoti", (MON, WED, FRI), True),
        ("Itäranta", FAMILY_HOUSES[3], (TUE, THU, FRI), False),
        ("Koivikko", FAMILY_HOUSES[4], (TUE, THU, FRI), False),
    ]
    for name, where, days, parish in cafes:
        t.append(
            Template(
                f"Perhekahvila {name}",
                TOWN_CAFE,
                ("perhetyo", "seurakunta") if parish else ("perhetyo", "mll"),
                where,
                (FAMILY_WORKER, PARISH_WORKER if parish else FAMILY_WORKER),
                tuple(slot(d, *CAFE_TIMES) for d in days),
            )
        )
    for area, house in zip(AREAS[:5], FAMILY_HOUSES, strict=False):
        t.append(
            Template(
                f"Vauvaryhmä, {area}",
                p.BABY_GROUP,
                ("perhetyo", "neuvola"),
                house,
                (FAMILY_WORKER, NURSE),
                (slot(WED, "9.30", "11.00"),),
            )
        )
    fathers = ("perhetyo", "mll")
    t += [
        Template(
            "Isä–lapsi-ryhmä Karhunpojat",
            p.FATHER_CHILD,
            fathers,
            FAMILY_HOUSES[0],
            (FAMILY_WORKER, VOLUNTEER),
            (SATURDAY,),
            fathers=True,
        ),
        Template(
            "Isä–lapsi-lauantait, Itäranta",
            p.FATHER_CHILD,
            fathers,
            FAMILY_HOUSES[3],
            (FAMILY_WORKER, VOLUNTEER),
            (SATURDAY,),
            interval_weeks=2,
            fathers=True,
        ),
        Template(
            "Iskät ja muksut, Pohjola",
            p.FATHER_CHILD,
            fathers,
            FAMILY_HOUSES[5],
            (FAMILY_WORKER, VOLUNTEER),
            (SATURDAY,),
            fathers=True,
        ),
        Template(
            "Kaksos- ja monikkoperheiden vertaisryhmä",
            p.TWINS_PEER,
            ("perhetyo", "mll"),
            FAMILY_HOUSES[0],
            (SOCIAL_INSTRUCTOR, VOLUNTEER),
            (slot(TUE, *EVENING),),
            interval_weeks=2,
        ),
        Template(
            "Erityislasten vanhempien vertaisryhmä",
            p.PEER_GROUP,
            ("perhetyo", "perheneuvola"),
            FAMILY_HOUSES[1],
            (SOCIAL_INSTRUCTOR, VOLUNTEER),
            (slot(MON, *EVENING),),
            interval_weeks=2,
        ),
        Template(
            "Yksinhuoltajien vertaisryhmä",
            p.PEER_GROUP,
            ("perhetyo", "mll"),
            FAMILY_HOUSES[2],
            (SOCIAL_INSTRUCTOR, VOLUNTEER),
            (slot(THU, *EVENING),),
        ),
        Template(
            "Vahvuutta vanhemmuuteen, Keskusta",
            p.PARENT_GROUP,
            ("perhetyo", "neuvola"),
            FAMILY_HOUSES[0],
            (SOCIAL_INSTRUCTOR, NURSE),
            (slot(MON, *EVENING),),
        ),
        Template(
            "Vahvuutta vanhemmuuteen, Koivikko",
            p.PARENT_GROUP,
            ("perhetyo", "neuvola"),
            FAMILY_HOUSES[4],
            (SOCIAL_INSTRUCTOR, NURSE),
            (slot(TUE, *EVENING),),
        ),
        Template(
            "Vanhempainillat, Itäranta",
            p.PARENT_GROUP,
            ("perhetyo", "neuvola"),
            FAMILY_HOUSES[3],
            (FAMILY_WORKER, NURSE),
            monthly=(WED, times(*EVENING)),
        ),
        Template(
            "Perhekerho Touhutassut",
            TOWN_CLUB,
            ("perhetyo", "vaka"),
            FAMILY_HOUSES[5],
            (FAMILY_WORKER, TEACHER),
            tuple(slot(d, *CAFE_TIMES) for d in (MON, WED, FRI)),
        ),
        Template(
            "Perhekerho Kirkonkylä",
            TOWN_CLUB,
            ("perhetyo", "seurakunta"),
            FAMILY_HOUSES[2],
            (FAMILY_WORKER, PARISH_WORKER),
            tuple(slot(d, *CAFE_TIMES) for d in (TUE, THU, FRI)),
        ),
        Template(
            "Kotoperheiden perhekerho",
            TOWN_CLUB,
            ("perhetyo", "mll"),
            FAMILY_HOUSES[3],
            (FAMILY_WORKER, SOCIAL_INSTRUCTOR),
            (slot(MON, *CAFE_TIMES),),
        ),
        Template(
            "Perheliikunta Hyppyrit",
            p.FAMILY_SPORTS,
            ("perhetyo", "vaka"),
            "Järvelän koulun liikuntasali",
            (TEACHER, FAMILY_WORKER),
            (slot(WED, "17.30", "18.30"),),
        ),
        Template(
            "Satu- ja loruhetki",
            p.STORY_TIME,
            ("kirjasto", "vaka"),
            "Pääkirjaston lastenosasto",
            (LIBRARIAN, TEACHER),
            monthly=(THU, times("10.00", "11.00")),
        ),
    ]
    return t


def build_municipality(builder: Builder, share: float = 1.0) -> None:
    orgs = organisations(builder, list(_org_keys()))
    staff = Staff(builder, orgs)
    templates = _templates()[:: round(1 / share)]
    pairs = [_pair(staff, t) for t in templates]
    places = _places(builder, templates)
    last = school_year_start(builder.today)
    first_family_of_year: dict[int, int] = {}
    for start in range(last - YEARS + 1, last + 1):
        year = school_year(start)
        breaks = closures(year, builder.ids)
        builder.data.closures.extend(breaks)
        first_family_of_year[start] = len(builder.data.families)
        builder.reuse_from = first_family_of_year.get(start - REUSE_YEARS, 0)
        for template, pair in zip(templates, pairs, strict=True):
            organiser_ids = [orgs[key].id for key in template.organisers]
            spec = _spec(builder, template, pair, places, organiser_ids)
            spec.name = f"{template.name} {year.label}"
            run = builder.add_group(spec, year, breaks)
            builder.enrol(run)
            _incidents(builder, run)
            builder.record(run)


def _org_keys() -> tuple[str, ...]:
    return ("perhetyo", "neuvola", "vaka", "perheneuvola", "mll", "seurakunta", "kirjasto")


def _pair(staff: Staff, template: Template) -> WorkerPair:
    male = True if template.fathers else None
    first = staff.hire(template.leaders[0], male=male)
    second = staff.hire(template.leaders[1], male=male)
    return staff.pair(first, second)


def _places(builder: Builder, templates: list[Template]) -> dict[str, uuid.UUID]:
    made: dict[str, uuid.UUID] = {}
    for template in templates:
        if template.place not in made:
            postcode = f"419{len(made) % 5 * 2}0"
            address = street_address(builder.rng, builder.names.streets, postcode)
            capacity = builder.rng.choice((20, 25, 30, 40, 60))
            made[template.place] = place(builder, template.place, address, capacity)
    return made


def _spec(
    builder: Builder,
    template: Template,
    pair: WorkerPair,
    places: dict[str, uuid.UUID],
    organiser_ids: list[uuid.UUID],
) -> GroupSpec:
    profile = template.profile
    spread = builder.rng.randint(-2, 2) if profile.enrolled > 4 else 0
    return GroupSpec(
        name=template.name,
        profile=profile,
        organiser_ids=organiser_ids,
        place_id=places[template.place],
        pair=pair,
        slots=template.slots,
        interval_weeks=template.interval_weeks,
        monthly_weekday=template.monthly[0] if template.monthly else None,
        monthly_times=template.monthly[1] if template.monthly else None,
        enrolled=profile.enrolled + spread,
        joiner=builder.rng.random() < CHANGE_RATE,
        leaver=builder.rng.random() < CHANGE_RATE,
    )


def _incidents(builder: Builder, run: GroupRun) -> None:
    rng, today = builder.rng, builder.today
    keeps_roster = run.group.attendance_mode.keeps_roster
    for session in run.sessions:
        if PANDEMIC[0] <= session.day <= PANDEMIC[1]:
            builder.cancel(session, PANDEMIC[2], PANDEMIC_REASON)
        elif session.day >= today:
            continue
        elif rng.random() < CANCEL_RATE:
            builder.cancel(session, *rng.choice(CANCEL_REASONS))
        elif rng.random() < UNRECORDED_RATE:
            run.unrecorded.add(session.id)
        elif keeps_roster and rng.random() < GUEST_RATE:
            run.guest_sessions.add(session.id)
