"""A writer killed with SIGKILL mid-write loses nothing it reported as committed.

``crash_writer.py`` records sessions through the app, one transaction each
(session, guest family, members, marks, headcount), and prints ``committed
<key>`` after each commit returns. The test kills it at a random point many
times over the same file, so damage would pile up, and after every kill checks
the file with SQLite's own checks and looks for every reported write, whole.

The run is random but seeded: the seed is in every failure message, and
``RYHMAT_CRASH_SEED`` repeats a run.
"""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from tests.integration.storage import crash_writer

KILLS = 20
MOST_COMMITS_BEFORE_KILL = 6
WRITER = Path(crash_writer.__file__)
REPOSITORY = Path(__file__).parents[3]
MEMBERS_PER_FAMILY = 3


@dataclass(frozen=True)
class Kill:
    run: int
    commits_before_kill: int

    @property
    def prefix(self) -> str:
        return f"r{self.run}"


def read_line(stream: IO[str], stderr: Path, seed: int) -> str:
    line = stream.readline()
    assert line, f"the writer stopped by itself (seed {seed}):\n{stderr.read_text()}"
    return line.rstrip("\n")


def write_until_killed(path: Path, kill: Kill, seed: int, stderr: Path) -> list[str]:
    """Start the writer, kill it after ``kill.commits_before_kill`` commits; the keys it
    reported, including those still in the pipe when it died."""
    with stderr.open("w") as errors:
        writer = subprocess.Popen(
            [sys.executable, str(WRITER), str(path), kill.prefix],
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            cwd=REPOSITORY,
        )
        try:
            assert writer.stdout is not None
            assert read_line(writer.stdout, stderr, seed) == "ready"
            for _ in range(kill.commits_before_kill):
                read_line(writer.stdout, stderr, seed)
            # No waiting: the writer is somewhere in its next transactions now.
            writer.kill()
            writer.wait()
            reported = writer.stdout.read().splitlines()
        finally:
            if writer.poll() is None:
                writer.kill()
                writer.wait()
            if writer.stdout is not None:
                writer.stdout.close()
    keys = [f"{kill.prefix}-{n}" for n in range(kill.commits_before_kill)]
    # A line cut short by the kill was not reported.
    keys += [line.removeprefix("committed ") for line in reported if line.startswith("committed ")]
    return keys


COMPLETE = ("held", MEMBERS_PER_FAMILY, MEMBERS_PER_FAMILY, 1)


def recorded_sessions(connection: sqlite3.Connection) -> dict[str, tuple[str, int, int, int]]:
    """Per key: the session's status, its family's members, their marks and its headcounts
    (a complete write is ``COMPLETE``)."""
    rows = connection.execute(
        """
        SELECT s.theme,
               s.status,
               (SELECT count(*) FROM family_members m JOIN families f ON f.id = m.family_id
                 WHERE f.name = 'Perhe ' || s.theme),
               (SELECT count(*) FROM attendance a
                  JOIN family_members m ON m.id = a.member_id
                  JOIN families f ON f.id = m.family_id
                 WHERE a.session_id = s.id AND f.name = 'Perhe ' || s.theme
                   AND a.mark = 'present' AND a.is_guest),
               (SELECT count(*) FROM headcounts h
                 WHERE h.session_id = s.id AND h.fathers = 1 AND h.mothers = 1
                   AND h.children_1_2 = 1 AND h.first_time_visitors = 2)
          FROM sessions s
        """
    ).fetchall()
    return {
        str(theme): (str(status), members, marks, headcounts)
        for theme, status, members, marks, headcounts in rows
    }


def check_after_kill(path: Path, reported: list[str], context: str) -> None:
    # An ordinary connection, as the app's next start would open it: it reads
    # the -wal the killed writer left.
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], context
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == [], context
        recorded = recorded_sessions(connection)
        (families,) = connection.execute(
            "SELECT count(*) FROM families WHERE name LIKE 'Perhe r%'"
        ).fetchone()
    missing = [key for key in reported if recorded.get(key) != COMPLETE]
    assert missing == [], f"reported as committed but not whole: {missing} ({context})"
    partial = {key: found for key, found in recorded.items() if found != COMPLETE}
    assert partial == {}, f"half-written transactions: {partial} ({context})"
    assert families == len(recorded), f"families without their session ({context})"


def test_killed_writers_lose_nothing_they_reported_committed(tmp_path: Path) -> None:
    seed = int(os.environ.get("RYHMAT_CRASH_SEED") or random.randrange(2**32))
    chosen = random.Random(seed)
    path = tmp_path / "ryhmat.sqlite3"
    reported: list[str] = []
    for run in range(KILLS):
        kill = Kill(run=run, commits_before_kill=chosen.randint(0, MOST_COMMITS_BEFORE_KILL))
        reported += write_until_killed(path, kill, seed, tmp_path / "writer-stderr.txt")
        check_after_kill(path, reported, f"seed {seed}, {kill}")
    # Enough happened for the test to mean something: kills after and between commits.
    assert len(reported) >= KILLS, f"seed {seed}"
