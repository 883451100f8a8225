"""A writer for the crash-safety test, run as its own process and killed mid-write.

    python crash_writer.py DATABASE_FILE PREFIX

Opens the SQLite file with the app's ``open_database``, prints ``ready``, then
records one session after another until it is killed. Each one is a single
transaction through the app's use case: a new session, a guest family of three
members, their attendance marks and the session's headcount (five tables). The
line ``committed <key>`` is printed only after that commit has returned.
"""

from __future__ import annotations

import sys
import uuid
from datetime import date, time, timedelta

from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    AttendanceMark,
    Family,
    Group,
    GroupType,
    Headcount,
    Member,
    MemberKind,
    Session,
)
from ryhmat.domain.usecases.attendance import AttendanceRecord, record_attendance
from ryhmat.storage.database import Database, open_database

GROUP_NAME = "Kaatumistesti"
TODAY = date(2026, 11, 23)
MOST_WRITES = 100_000
# Keys name their rows: the test finds them by these without the app's code.
KEY_NAMESPACE = uuid.UUID("0b5e3c52-7f0c-4c1e-8a3e-2f6d1c9a4b70")


def session_id(key: str) -> uuid.UUID:
    return uuid.uuid5(KEY_NAMESPACE, key)


def family_name(key: str) -> str:
    return f"Perhe {key}"


def ensure_group(database: Database) -> uuid.UUID:
    with database.unit_of_work() as uow:
        group = uow.groups.by_name(GROUP_NAME)
        if group is None:
            group = Group(name=GROUP_NAME, type=GroupType.OPEN_DAYCARE)
            uow.groups.save(group)
            uow.commit()
        return group.id


def guest_family(key: str) -> Family:
    return Family(
        name=family_name(key),
        notes="Tuli ensimmäistä kertaa — ystävän suosittelemana.",
        members=[
            Member(first_name="Äiti", kind=MemberKind.ADULT, role=AdultRole.MOTHER),
            Member(first_name="Isä", kind=MemberKind.ADULT, role=AdultRole.FATHER),
            Member(first_name="Öljy", kind=MemberKind.CHILD, birth_year=2024, birth_month=5),
        ],
    )


def record_one(database: Database, group_id: uuid.UUID, key: str, number: int) -> None:
    session = Session(
        id=session_id(key),
        group_id=group_id,
        day=TODAY - timedelta(days=number % 300),
        start=time(9, 30),
        end=time(11, 0),
        theme=key,
    )
    family = guest_family(key)
    record = AttendanceRecord(
        marks={member.id: AttendanceMark.PRESENT for member in family.members},
        guest_families=[family],
        headcount=Headcount(
            session_id=session.id,
            adults={AdultRole.MOTHER: 1, AdultRole.FATHER: 1},
            children={AgeBand.AGE_1_2: 1},
            first_time_visitors=2,
        ),
    )
    with database.unit_of_work() as uow:
        # Saved in the same unit of work: the session commits with its attendance.
        uow.sessions.save(session)
        record_attendance(uow, session.id, record, TODAY)


def main(path: str, prefix: str) -> int:
    database = open_database(f"sqlite:///{path}")
    try:
        group_id = ensure_group(database)
        print("ready", flush=True)
        for number in range(MOST_WRITES):
            key = f"{prefix}-{number}"
            record_one(database, group_id, key, number)
            print(f"committed {key}", flush=True)
    finally:
        database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
