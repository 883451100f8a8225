"""Sessions live in Helsinki wall-clock time: 9.30 stays 9.30 across DST changes."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

HELSINKI = ZoneInfo("Europe/Helsinki")


def wall_clock(day: date, at: time) -> datetime:
    """The aware moment at which Helsinki clocks show ``at`` on ``day``."""
    return datetime.combine(day, at, tzinfo=HELSINKI)
