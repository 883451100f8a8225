"""A database for the public programme pages' tests: the small demo, a public group whose
name and theme are HTML, a group that is not public, a family and a worker's notes whose
words must never reach a page, and one cancelled session with its reason."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ryhmat.demo import generate, load
from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.model import (
    AdultRole,
    Enrolment,
    Family,
    Group,
    GroupType,
    Member,
    MemberKind,
    Place,
    Session,
)
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.feeds import save_feed
from ryhmat.domain.usecases.sessions import cancel_session
from ryhmat.storage.database import Database

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)
BABY_GROUP = "Vauvaryhmä Pikkuiset"
HOSTILE_GROUP = '<script>alert("x")</script> & "Perhe" <b>'
HOSTILE_THEME = 'Leikki "ulkona" <img src=x onerror=alert(1)>'
PRIVATE_GROUP = "Suljettu tukiryhmä Qrönvald"
CANCEL_REASON = "Ohjaaja sairastui"
# Words that no page may show: a family's, a worker's note, a group that is not public.
SECRETS = ["Zyxqvörtz", "Qwyllbrandt", "040 987 6543", "Vrumplestad", "Qrönvald"]


@dataclass(frozen=True)
class ProgrammeWorld:
    feed: Feed
    hostile_group: uuid.UUID
    cancelled_session: uuid.UUID


def build_programme_world(database: Database, folder: Path) -> ProgrammeWorld:
    """The demo and the additions above, and the public feed that publishes to ``folder``."""
    with database.unit_of_work() as uow:
        load(uow, generate("small", seed=1, today=TODAY))
        place = Place(name="Perhetalo <Aurinko>", address='Puistotie 1 "A"')
        uow.places.save(place)
        hostile = Group(
            name=HOSTILE_GROUP,
            type=GroupType.OTHER,
            description='Kaikille "perheille" <i>tervetuloa</i>\n\nToinen kappale & loppu',
            target_age_min_months=0,
            target_age_max_months=47,
        )
        private = Group(name=PRIVATE_GROUP, type=GroupType.PEER_GROUP, is_public=False)
        for group in (hostile, private):
            uow.groups.save(group)
        sessions = [
            Session(
                group_id=group.id,
                day=TODAY + timedelta(days=days),
                start=time(17, 30),
                end=time(19, 0),
                place_id=place.id,
                theme=HOSTILE_THEME if group is hostile else "Vertaistuki",
                notes=f"Soita {SECRETS[3]}:lle",
            )
            for group in (hostile, private)
            for days in (1, 8, 15)
        ]
        uow.sessions.add_many(sessions)
        family = Family(
            name=SECRETS[0],
            phone=SECRETS[2],
            members=[
                Member(
                    first_name=SECRETS[1],
                    last_name=SECRETS[0],
                    kind=MemberKind.ADULT,
                    role=AdultRole.FATHER,
                )
            ],
        )
        uow.families.save(family)
        for group in uow.groups.list():
            uow.enrolments.save(Enrolment(family_id=family.id, group_id=group.id))
        uow.commit()
        baby = uow.groups.by_name(BABY_GROUP)
        assert baby is not None
        coming = list(uow.sessions.between(TODAY, TODAY + timedelta(days=30), [baby.id]))
        cancelled = cancel_session(uow, coming[1].id, CANCEL_REASON)
        feed = Feed(name="Kaikki julkiset ryhmät", kind=FeedKind.PUBLIC, folder=str(folder))
        save_feed(uow, feed)
    return ProgrammeWorld(feed, hostile.id, cancelled.id)
