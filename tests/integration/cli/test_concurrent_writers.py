"""Two writers at the same moment cannot make a family twice.

Each test lets real `ryhmat` processes go at the same instant (``racing.race``)
on SQLite and on PostgreSQL, then counts the families through a use case.
Repeated, because a race lost once in four runs is still lost.
"""

from __future__ import annotations

import re
import uuid
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from ryhmat.domain.model import AdultRole, AttendanceMark, Family, Member, MemberKind
from ryhmat.domain.usecases.attendance import AttendanceRecord, record_attendance
from ryhmat.domain.usecases.families import list_families
from ryhmat.storage.database import Database, open_database
from tests.integration.racing import race, race_calls
from tests.integration.world import World, make_session
from tests.roster_files import FINNISH_HEADER, big_rows, write_csv, write_xlsx

FAMILIES = 400
ATTEMPTS = 3
GROUP = "Isä-lapsi-ryhmä"


def family_names(database: Database) -> Counter[str]:
    with database.unit_of_work() as uow:
        return Counter(f.name for f in list_families(uow))


@pytest.mark.parametrize("attempt", range(ATTEMPTS))
def test_two_imports_of_one_roster_at_once_make_each_family_once(
    attempt: int, database: Database, world: World, database_url: str, tmp_path: Path
) -> None:
    roster = write_xlsx(tmp_path / "nimilista.xlsx", big_rows(FAMILIES))
    before = family_names(database)
    command = ["--database", database_url, "import", "roster", str(roster), "--group", GROUP]

    first, second = race(command, command)

    assert (first.code, first.err, second.code, second.err) == (0, "", 0, "")
    names = family_names(database) - before
    assert len(names) == FAMILIES
    assert set(names.values()) == {1}
    # One run made the families, the other found them made. When it had checked before
    # they were written (the two overlapped; on a busy machine not always), it says so.
    made, found = sorted([first.out, second.out], reverse=True)
    assert made.startswith(f"Families created: {FAMILIES}; recognised: 0;")
    found_lines = found.splitlines()
    assert found_lines[0] == (
        f"Families created: 0; recognised: {FAMILIES}; members added: 0; enrolments created: 0."
    )
    assert found_lines[1:] in (
        [],
        [
            f"{FAMILIES} families were added by someone else while this import waited its "
            "turn; they were recognised and nothing was added twice."
        ],
    )


def test_demo_data_loaded_twice_at_once_is_there_once(
    database: Database, database_url: str
) -> None:
    command = ["--database", database_url, "demo", "--today", "2026-11-23"]

    finished = race(command, command)

    assert sorted(f.code for f in finished) == [0, 2]
    refused = next(f for f in finished if f.code == 2)
    assert refused.err == ("The database already has groups; demo data goes into an empty one.\n")
    loaded = next(f for f in finished if f.code == 0)
    made = re.search(r"(\d+) families", loaded.out)
    assert made is not None, loaded.out
    assert sum(family_names(database).values()) == int(made.group(1))


# -- a guest family entered in two windows at once ------------------------------------------

GUEST_DAYS = [date(2025, 9, 6), date(2025, 9, 13)]
GUEST_FAMILY = "Vieraskoski"
TODAY = date(2026, 11, 23)


def record_a_guest_family(url: str, session_id: str) -> int:
    """A leader records a new guest family, the same in each window (run by a racer)."""
    family = Family(
        name=GUEST_FAMILY,
        phone="040 111 2222",
        members=[
            Member(first_name="Aila", kind=MemberKind.ADULT, role=AdultRole.MOTHER),
            Member(first_name="Onni", kind=MemberKind.CHILD, birth_year=2023, birth_month=4),
        ],
    )
    record = AttendanceRecord(
        marks={m.id: AttendanceMark.PRESENT for m in family.members},
        guest_families=[family],
        enrol=[family.id],
    )
    with open_database(url) as database, database.unit_of_work() as uow:
        record_attendance(uow, uuid.UUID(session_id), record, TODAY)
    return 0


def test_a_guest_family_recorded_from_two_windows_at_once_is_saved_once(
    database: Database, world: World, database_url: str
) -> None:
    sessions = [make_session(world, day) for day in GUEST_DAYS]
    with database.unit_of_work() as uow:
        for session in sessions:
            uow.sessions.save(session)
        uow.commit()
    call = f"{__name__}:record_a_guest_family"

    finished = race_calls(*([call, database_url, str(s.id)] for s in sessions))

    assert [(f.code, f.err) for f in finished] == [(0, ""), (0, "")]
    assert family_names(database)[GUEST_FAMILY] == 1
    with database.unit_of_work() as uow:
        (guest,) = [f for f in uow.families.list() if f.name == GUEST_FAMILY]
        members = {m.id for m in guest.members}
        for session in sessions:
            # Both sessions' marks are the one family's people.
            marked = {a.member_id for a in uow.attendance.for_session(session.id)}
            assert marked == members
        enrolments = uow.enrolments.for_family(guest.id)
        assert [e.group_id for e in enrolments] == [world.group.id]


# -- erasure while an import adds to the family being erased -------------------------------


INACTIVE = 100


def test_erasure_while_an_import_adds_to_the_same_family_leaves_it_once_and_nothing_in_a_shell(
    database: Database, world: World, database_url: str, tmp_path: Path
) -> None:
    # The world's family Mäkinen is in no group: past a year's retention it is due for
    # erasure, while the roster brings it a new child and enrols it. Many other families
    # due keep the erasure writing long enough for the import to check in the meantime.
    with database.unit_of_work() as uow:
        uow.families.add_many(
            [
                Family(
                    name=f"Vanha {n:04d}",
                    members=[Member(first_name="Aapo", kind=MemberKind.ADULT)],
                )
                for n in range(INACTIVE)
            ]
        )
        uow.commit()
    rows = [FINNISH_HEADER, ["Mäkinen", "Jussi", "isä", "", "", ""]]
    rows.append(["Mäkinen", "Eetu", "lapsi", "3/2025", "", ""])
    roster = write_csv(tmp_path / "nimilista.csv", rows)
    importing = ["--database", database_url, "import", "roster", str(roster), "--group", GROUP]
    erasing = ["--database", database_url, "retention", "--years", "1", "--erase"]
    erasing += ["--today", "2030-01-01"]

    finished = race(erasing, importing)

    assert [(f.code, f.err) for f in finished] == [(0, ""), (0, "")]
    with database.unit_of_work() as uow:
        families = uow.families.list()
    kept = [f for f in families if f.name == "Mäkinen"]
    assert len(kept) == 1
    assert "Eetu" in {m.first_name for m in kept[0].members}
    for shell in (f for f in families if f.is_erased):
        assert (shell.name, shell.phone, shell.notes) == ("", "", "")
        assert {(m.first_name, m.last_name) for m in shell.members} == {("", "")}
