"""Sessions live in Helsinki wall-clock time: 9.30 stays 9.30 across DST changes.

Twice a year a wall-clock time is not one moment: on the last Sunday of March the
clocks go from 3.00 to 4.00, so 3.30 never comes; on the last Sunday of October they
go from 4.00 back to 3.00, so 3.30 comes twice. ``clock_change_at`` names both.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")


def helsinki_now() -> datetime:
    """The clock of the app and the command line: this moment, as Helsinki clocks
    show it. Code that is given a clock (an ``AppContext``, a ``DesktopApp``) asks
    that one instead, so that a test or a screenshot can stop it."""
    return datetime.now(HELSINKI)


class ClockChange(enum.Enum):
    SKIPPED = "skipped"  # the clocks go forward over it: the time never comes
    REPEATED = "repeated"  # the clocks go back over it: the time comes twice


def wall_clock(day: date, at: time) -> datetime:
    """The aware moment at which Helsinki clocks show ``at`` on ``day``."""
    return datetime.combine(day, at, tzinfo=HELSINKI)


def clock_change_at(day: date, at: time) -> ClockChange | None:
    """Whether Helsinki clocks skip ``at`` on ``day`` or show it twice; None on any other
    day and time, when it is exactly one moment."""
    first = wall_clock(day, at.replace(fold=0))  # a time's fold is no part of a session
    if first.utcoffset() == first.replace(fold=1).utcoffset():
        return None
    # A skipped time comes back from UTC as another wall-clock time.
    shown = first.astimezone(UTC).astimezone(HELSINKI)
    if shown.replace(tzinfo=None) != first.replace(tzinfo=None):
        return ClockChange.SKIPPED
    return ClockChange.REPEATED
