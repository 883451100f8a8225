"""Two writers at the same moment cannot make a family twice.

Each test lets real `ryhmat` processes go at the same instant (``racing.race``)
on SQLite and on PostgreSQL, then counts the families through a use case.
Repeated, because a race lost once in four runs is still lost.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from ryhmat.domain.usecases.families import list_families
from ryhmat.storage.database import Database
from tests.integration.racing import race
from tests.integration.world import World
from tests.roster_files import big_rows, write_xlsx

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
    # One run made the families; the other had checked before they were written (the
    # two truly overlapped), found them made when its turn came, and says so.
    made, found = sorted([first.out, second.out], reverse=True)
    assert made.startswith(f"Families created: {FAMILIES}; recognised: 0;")
    assert found.splitlines() == [
        f"Families created: 0; recognised: {FAMILIES}; members added: 0; enrolments created: 0.",
        f"{FAMILIES} families were added by someone else while this import waited its turn; "
        "they were recognised and nothing was added twice.",
    ]


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
