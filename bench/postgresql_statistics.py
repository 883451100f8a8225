"""A year's statistics on a team database, as its owner and as a coordinator.

Not part of ``make bench`` (which measures the SQLite file a leader's laptop holds):
``python -m bench.postgresql_statistics`` loads the municipality demo into a new
database on the server named by ``RYHMAT_TEST_POSTGRESQL_URL`` (a user who may create
databases and roles), else on a throwaway server started as the tests start theirs,
prepares the team, adds a coordinator, and prints the median of ``compute_statistics``
for the demo's last year through each login. Row-level security shows the coordinator
only their organisation's families; the figures must still be the owner's, and are
checked to be.
"""

from __future__ import annotations

import os
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from datetime import time as clock_time
from functools import partial

from sqlalchemy import make_url, text

from bench.databases import MUNICIPALITY, TODAY
from bench.timing import median, run_times
from ryhmat.demo import generate, load
from ryhmat.domain.statistics import Statistics, StatisticsFilter
from ryhmat.domain.team import TeamRole
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.statistics import compute_statistics
from ryhmat.domain.usecases.team import add_team_member, initialise_team
from ryhmat.storage.database import Database, create_database_engine, open_database

NOW = datetime.combine(TODAY, clock_time(12), tzinfo=HELSINKI)
LAST_DAY = TODAY
FIRST_DAY = TODAY - timedelta(days=364)
RUNS = 11
PASSWORD = "a long enough password"


@contextmanager
def _server_url() -> Iterator[str]:
    existing = os.environ.get("RYHMAT_TEST_POSTGRESQL_URL")
    if existing:
        yield existing
        return
    from tests.postgres_server import running_postgresql_server

    with running_postgresql_server() as server:
        yield server.url()


@contextmanager
def _new_database(server: str) -> Iterator[str]:
    name = f"ryhmat_bench_{uuid.uuid4().hex[:8]}"
    admin = create_database_engine(server).execution_options(isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE "{name}" WITH (FORCE)'))
        admin.dispose()


def _statistics(database: Database) -> Statistics:
    with database.unit_of_work() as uow:
        return compute_statistics(uow, FIRST_DAY, LAST_DAY, StatisticsFilter(), now=NOW)


def _prepared(owner: Database, login: str) -> None:
    started = time.perf_counter()
    with owner.unit_of_work() as uow:
        load(uow, generate(MUNICIPALITY.scale, seed=1, today=TODAY))
    with owner.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("ANALYZE"))
        organisation = connection.execute(
            text("SELECT name FROM organisations ORDER BY name LIMIT 1")
        ).scalar_one()
    with owner.unit_of_work() as uow:
        initialise_team(uow)
    with owner.unit_of_work() as uow:
        add_team_member(
            uow, login, "Bench Coordinator", organisation, TeamRole.COORDINATOR, NOW,
            password=PASSWORD,
        )  # fmt: skip
    print(f"loaded and prepared in {time.perf_counter() - started:.0f} s", flush=True)


def main() -> int:
    login = f"bench_coordinator_{uuid.uuid4().hex[:6]}"
    with _server_url() as server, _new_database(server) as owner_url:
        owner = open_database(owner_url)
        _prepared(owner, login)
        person_url = make_url(owner_url).set(username=login, password=PASSWORD)
        person = open_database(person_url.render_as_string(hide_password=False))
        try:
            same = _statistics(owner) == _statistics(person)
            for name, database in (("owner", owner), ("coordinator", person)):
                times = run_times(partial(_statistics, database), runs=RUNS)
                print(f"{name}: {median(times) * 1000:.0f} ms (median of {RUNS})")
            print("the same figures for both:", same)
        finally:
            person.dispose()
            with owner.engine.connect() as connection:
                connection.execute(text(f'DROP ROLE IF EXISTS "{login}"'))
                connection.commit()
            owner.dispose()
        return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
