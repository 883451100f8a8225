"""An enrolment made by hand waits for the writer that enrols the same family.

A roster import and a recorded session enrol families as the only writer; an
enrolment saved in the family's form must wait its turn too, or its check against
the family's enrolments reads before the other writer commits and the family ends
enrolled in one group twice. The other writer here is this test holding the
writers' lock with its enrolment written; the form's save is a real process of its
own. PostgreSQL shows which lock a process waits for, so the order is certain.
"""

from __future__ import annotations

import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text

from ryhmat.domain.errors import InvalidInput
from ryhmat.domain.model import AdultRole, Enrolment, EnrolmentStatus, Family, Member, MemberKind
from ryhmat.domain.usecases.families import enrol_from, save_enrolment
from ryhmat.storage.database import Database, open_database
from tests.integration.backends import BACKENDS, databases_of
from tests.integration.racing import READY, ROOT
from tests.integration.world import World, build_world, save_world

DAY = date(2026, 9, 1)
WAIT_S = 60


@pytest.fixture(params=[p for p in BACKENDS if p.id == "postgresql"])
def postgresql_url(request: pytest.FixtureRequest) -> Iterator[str]:
    with databases_of(request).at_head() as url:
        yield url


def enrol_by_hand(url: str, family_id: str, group_id: str) -> int:
    """The family form's enrolment, saved in a process of its own (run by a racer)."""
    enrolment = Enrolment(
        family_id=uuid.UUID(family_id),
        group_id=uuid.UUID(group_id),
        status=EnrolmentStatus.ENROLLED,
        enrolled_on=DAY,
    )
    with open_database(url) as database, database.unit_of_work() as uow:
        try:
            save_enrolment(uow, enrolment)
        except InvalidInput:
            return 2
    return 0


def _waiting_for_lock(database: Database) -> bool:
    with database.engine.connect() as connection:
        waiting = connection.execute(
            text("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")
        ).scalar_one()
    return bool(waiting)


def test_an_enrolment_by_hand_waits_for_the_writer_enrolling_the_family(
    postgresql_url: str,
) -> None:
    database = open_database(postgresql_url)
    world: World = build_world()
    save_world(database, world)
    family = Family(
        name="Jokela",
        members=[Member(first_name="Aino", kind=MemberKind.ADULT, role=AdultRole.MOTHER)],
    )
    with database.unit_of_work() as uow:
        uow.families.save(family)
        uow.commit()
    call = f"{__name__}:enrol_by_hand"
    by_hand = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.integration.racing",
            "--call",
            call,
            postgresql_url,
            str(family.id),
            str(world.group.id),
        ],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert by_hand.stdout is not None
        assert by_hand.stdin is not None
        assert by_hand.stdout.readline().strip() == READY
        with database.unit_of_work() as uow:
            uow.serialise_writers()
            enrol_from(uow, family.id, world.group.id, DAY)
            uow.session.flush()
            by_hand.stdin.write("go\n")
            by_hand.stdin.flush()
            # Until the form's save has ended or waits its turn behind this writer.
            deadline = time.monotonic() + WAIT_S
            while by_hand.poll() is None and not _waiting_for_lock(database):
                assert time.monotonic() < deadline, "the form's save neither ended nor waited"
                time.sleep(0.05)
            uow.commit()
        out, err = by_hand.communicate(timeout=WAIT_S)
    finally:
        if by_hand.poll() is None:
            by_hand.kill()
            by_hand.wait()
    with database.unit_of_work() as uow:
        active = [e for e in uow.enrolments.for_family(family.id) if e.group_id == world.group.id]
    database.dispose()
    # The form's save was refused: the family is enrolled already.
    assert (by_hand.returncode, err) == (2, ""), out
    assert len(active) == 1
