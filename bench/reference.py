"""The reference workload: what turns a fixed budget into a budget for this machine.

A human budget (one 60 Hz frame, 200 ms for a year's statistics, 100 ms that feels
instant) was set on one machine, the reference machine. On a machine half as fast the
same code takes twice as long while every ratio to a floor of the same run holds, so a
fixed budget would judge the machine, not the code. Each budget is therefore scaled by
how long a fixed workload takes in the same run, against how long it took on the
reference machine.

The workload does what the budgeted figures do, in the same parts, and touches no code
of Ryhmät (so a change to the app never moves the yardstick):

- SQLite: an in-memory table of sessions and attendance marks, indexed, a join with a
  GROUP BY read back row by row (statistics and the views read the database this way);
- pure Python: the rows turned into small objects, sorted and counted in dicts (what the
  domain does with what it reads);
- Qt: a widget of labels and buttons in a grid laid out and painted into an image (what
  the calendar and the attendance view do on the offscreen platform).

The SQLite and Python part takes about 9 ms, the Qt part about 11 ms on the reference
machine: together about as long as a calendar flip, and long enough for a timer's
granularity not to matter. The machine's speed at single-threaded Python, SQLite and Qt
painting moves it as it moves the measured figures. It is measured in the same process
before and after the budgeted figures, so the machine's load at that time weighs on both
alike; its median over both runs gives the factor.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from dataclasses import dataclass

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from bench.timing import median, run_times

# The reference workload's median on the machine the budgets were set on (and the
# committed tables made): 20.7 ms median of 45 runs, fastest 19.8 ms, with the load
# average at 2.2 (Python 3.11.7, SQLite 3.40.1, Qt 6.11.3 offscreen). Measure it again
# on a quiet machine only when the workload or the budgets change.
REFERENCE_MACHINE_SECONDS = 0.0205
REFERENCE_MACHINE = "Intel(R) Xeon(R) Processor, 2 cores, 2026-12-07"
RUNS = 11
GROUPS = 6
SESSIONS_PER_GROUP = 50
PEOPLE_PER_SESSION = 12
GRID_ROWS = 24
GRID_COLUMNS = 10


@dataclass(frozen=True, slots=True)
class Mark:
    group: int
    session: int
    person: int
    present: bool


def sqlite_and_python() -> int:
    connection = sqlite3.connect(":memory:")
    try:
        connection.execute(
            "CREATE TABLE sessions (id INTEGER PRIMARY KEY, grp INTEGER, day INTEGER)"
        )
        connection.execute("CREATE TABLE marks (session INTEGER, person INTEGER, present INTEGER)")
        connection.execute("CREATE INDEX marks_session ON marks (session)")
        sessions = [
            (group * SESSIONS_PER_GROUP + number, group, number * 7)
            for group in range(GROUPS)
            for number in range(SESSIONS_PER_GROUP)
        ]
        connection.executemany("INSERT INTO sessions VALUES (?, ?, ?)", sessions)
        connection.executemany(
            "INSERT INTO marks VALUES (?, ?, ?)",
            (
                (session, person, (session + person) % 5 != 0)
                for session, _, _ in sessions
                for person in range(PEOPLE_PER_SESSION)
            ),
        )
        rows = connection.execute(
            "SELECT s.grp, s.id, m.person, m.present FROM sessions s "
            "JOIN marks m ON m.session = s.id WHERE s.day BETWEEN ? AND ? ORDER BY s.day",
            (0, 7 * SESSIONS_PER_GROUP // 2),
        ).fetchall()
        totals = connection.execute(
            "SELECT s.grp, count(*), sum(m.present) FROM sessions s "
            "JOIN marks m ON m.session = s.id GROUP BY s.grp"
        ).fetchall()
    finally:
        connection.close()
    marks = sorted(
        (Mark(group, session, person, bool(present)) for group, session, person, present in rows),
        key=lambda mark: (mark.person, mark.group, mark.session),
    )
    present = Counter(mark.group for mark in marks if mark.present)
    people = {mark.person for mark in marks}
    return len(totals) + sum(present.values()) + len(people)


def qt_paint() -> None:
    widget = QWidget()
    layout = QGridLayout(widget)
    for row in range(GRID_ROWS):
        for column in range(GRID_COLUMNS):
            if column % 4 == 0:
                layout.addWidget(QPushButton(f"Ryhmäkerta {row}.{column}"), row, column)
            else:
                layout.addWidget(QLabel(f"Perhe {row * GRID_COLUMNS + column}"), row, column)
    widget.resize(1000, 700)
    widget.grab()
    widget.deleteLater()


def workload() -> None:
    sqlite_and_python()
    qt_paint()


def reference_times(runs: int = RUNS) -> list[float]:
    """Seconds of each run of the reference workload (a QApplication must exist)."""
    return run_times(workload, runs=runs, warmups=2)


@dataclass(frozen=True, slots=True)
class Reference:
    """The reference workload's times in this run and the factor they make."""

    times: list[float]

    @property
    def value(self) -> float:
        return median(self.times)

    @property
    def factor(self) -> float:
        """How much longer than on the reference machine: budgets here are this many
        times the fixed budgets."""
        return self.value / REFERENCE_MACHINE_SECONDS

    def scaled(self, budget: float) -> float:
        return budget * self.factor

    def describe(self) -> str:
        return (
            f"{self.value * 1000:.1f} ms here ({len(self.times)} runs), "
            f"{REFERENCE_MACHINE_SECONDS * 1000:.1f} ms on the reference machine "
            f"({REFERENCE_MACHINE}): fixed budgets × {self.factor:.2f}"
        )
