"""What a save changed, so that each view reloads only for what it shows.

Every save and every long operation announces a ``ChangeSet`` through
``AppContext.data_changed``: the kinds of data it changed and the view that
started it. A view listens with ``AppContext.when_changed``, naming the kinds it
shows (the names of other things included: the calendar shows groups', workers'
and places' names) and, where it already shows what it saved itself, skipping its
own saves.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Changes(enum.Flag):
    """The kinds of data a change may touch. A change names all it touched: deleting a
    group removes its seasons and sessions too."""

    NONE = 0
    SESSIONS = enum.auto()  # sessions and seasons: days, times, places, leaders, status
    ATTENDANCE = enum.auto()  # marks, headcounts, guests
    FAMILIES = enum.auto()  # families, their members, enrolments and change history
    GROUPS = enum.auto()  # groups' own fields: type, organisers, defaults
    # The Workers view's data, shown by name in groups, sessions and feeds: workers,
    # pairs and organisations.
    WORKERS = enum.auto()
    # The Groups view's other tabs, drawn on by the plans: places and closure periods.
    PLACES = enum.auto()
    FEEDS = enum.auto()  # calendar feeds: their settings, secret and when published
    SETTINGS = enum.auto()  # what the database itself keeps as settings (retention)
    # Seasons' goals, evaluations and feedback tallies (a season deleted is SESSIONS).
    EVALUATIONS = enum.auto()
    # Only for what replaces the database's data wholesale (the demo data); a save
    # names what it changed.
    EVERYTHING = (
        SESSIONS
        | ATTENDANCE
        | FAMILIES
        | GROUPS
        | WORKERS
        | PLACES
        | FEEDS
        | SETTINGS
        | EVALUATIONS
    )


# What a session is shown with wherever it is shown: its group, its place and leaders by
# name, and whether its attendance is recorded.
SESSIONS_AS_SHOWN = (
    Changes.SESSIONS | Changes.ATTENDANCE | Changes.GROUPS | Changes.WORKERS | Changes.PLACES
)


@dataclass(frozen=True, slots=True)
class ChangeSet:
    """One announcement: the kinds changed, and the view (any object) that started the
    change; None when no view did (the start-up's erasure, a colleague's save)."""

    kinds: Changes
    origin: object | None = None

    def touches(self, kinds: Changes) -> bool:
        return bool(self.kinds & kinds)
