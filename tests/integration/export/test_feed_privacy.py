"""No family's personal data ever reaches a calendar feed, whatever the feed."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from ryhmat.demo import generate, load
from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.model import (
    AdultRole,
    Attendance,
    AttendanceMark,
    Enrolment,
    Family,
    Member,
    MemberKind,
)
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.feeds import build_feed, default_feeds
from ryhmat.domain.usecases.sessions import update_session
from ryhmat.export.ical import render_feed
from ryhmat.storage.database import Database

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)
# Names no feed text could contain by chance.
SECRETS = ["Zyxqvörtz", "Qwyllbrandt", "Ökxjäppö", "Vrumplestad", "040 987 6543"]


def unfolded(content: bytes) -> str:
    return content.decode().replace("\r\n ", "")


def test_no_family_name_reaches_any_feed(database: Database) -> None:
    with database.unit_of_work() as uow:
        load(uow, generate("small", seed=1, today=TODAY))
        groups = uow.groups.list()
        family = Family(
            name=SECRETS[0],
            phone=SECRETS[4],
            notes=f"Perheen {SECRETS[0]} asiat",
            members=[
                Member(
                    first_name=SECRETS[1],
                    last_name=SECRETS[0],
                    kind=MemberKind.ADULT,
                    role=AdultRole.FATHER,
                ),
                Member(
                    first_name=SECRETS[2],
                    last_name=SECRETS[0],
                    kind=MemberKind.CHILD,
                    birth_year=2023,
                    birth_month=4,
                ),
            ],
        )
        uow.families.save(family)
        sessions = uow.sessions.between(TODAY - timedelta(days=30), TODAY + timedelta(days=60))
        for group in groups:
            uow.enrolments.save(Enrolment(family_id=family.id, group_id=group.id))
        past = [s for s in sessions if s.day < TODAY]
        for session in past:
            uow.attendance.add_many(
                [
                    Attendance(session_id=session.id, member_id=m.id, mark=AttendanceMark.PRESENT)
                    for m in family.members
                ]
            )
        uow.commit()
        # A worker's private note about the family stays inside the app.
        noted = sessions[-1]
        noted.notes = f"Soita {SECRETS[3]}:lle, {SECRETS[0]}"
        update_session(uow, noted)

    with database.unit_of_work() as uow:
        feeds = [*default_feeds(uow), Feed(name="Kaikki", kind=FeedKind.PUBLIC)]
        contents = [render_feed(build_feed(uow, feed, NOW)) for feed in feeds]
    assert len(contents) > 10
    assert any(b"BEGIN:VEVENT" in content for content in contents)
    for content in contents:
        text = unfolded(content).casefold()
        for secret in SECRETS:
            assert secret.casefold() not in text
