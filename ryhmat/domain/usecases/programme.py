"""A group's programme for families: a season's (or a period's) sessions with their
dates, times, themes, places and leaders, and the dates the group does not meet with
their reasons. It names no family: it is handed out and pinned up.

The skipped dates come from planning each season again by the rule its preview uses
(``season_skipped_days``: its group's closures and eves too), so that every reason
scheduling knows for skipping a date is printed as the person saw it when planning.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, time

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Term
from ryhmat.domain.model import Group, Series, Session
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import HolidayCalendar, SkippedDay, validate_period
from ryhmat.domain.usecases.directory import Directory
from ryhmat.domain.usecases.groups import get_group, list_series
from ryhmat.domain.usecases.series import season_skipped_days
from ryhmat.domain.usecases.sessions import in_time_order
from ryhmat.domain.validation import lookup_name


@dataclass(frozen=True, slots=True)
class ProgrammePlace:
    name: str
    address: str


@dataclass(frozen=True, slots=True)
class ProgrammeSession:
    """One meeting as families read it; a cancelled one keeps its place in the list."""

    day: date
    start: time
    end: time
    theme: str
    place: ProgrammePlace | None
    leaders: tuple[str, ...]
    cancelled: bool
    cancel_reason: str


@dataclass(frozen=True, slots=True)
class Programme:
    group: str
    description: str
    season: str  # the season's name, or "" for a period
    first_day: date
    last_day: date
    sessions: tuple[ProgrammeSession, ...]
    skipped: tuple[SkippedDay, ...]

    @property
    def shared_place(self) -> ProgrammePlace | None:
        """The one place every session meets at, if they share one."""
        places = {session.place for session in self.sessions}
        return places.pop() if len(places) == 1 else None

    @property
    def shared_leaders(self) -> tuple[str, ...] | None:
        """The leaders of every session, if all sessions have the same ones."""
        leaders = {session.leaders for session in self.sessions}
        return leaders.pop() if len(leaders) == 1 else None


@dataclass(frozen=True, slots=True)
class SeasonChoice:
    id: uuid.UUID
    name: str
    first_day: date
    last_day: date


def group_seasons(uow: UnitOfWork, group_id: uuid.UUID) -> list[SeasonChoice]:
    """A group's seasons, the earliest first."""
    return [SeasonChoice(s.id, s.name, s.first_day, s.last_day) for s in list_series(uow, group_id)]


def current_season(seasons: list[SeasonChoice], today: date) -> SeasonChoice | None:
    """The season going on today, else the next one to begin, else the last one ended."""
    going = [s for s in seasons if s.first_day <= today <= s.last_day]
    coming = [s for s in seasons if today < s.first_day]
    chosen = going or coming or seasons[-1:]
    return chosen[0] if chosen else None


def season_programme(
    uow: UnitOfWork, group_id: uuid.UUID, season_id: uuid.UUID, holidays: HolidayCalendar
) -> Programme:
    """The programme of one season of the group."""
    group = get_group(uow, group_id)
    series = uow.series.get(season_id)
    if series is None or series.group_id != group.id:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The season no longer exists."))
    return _programme(
        uow,
        group,
        series.name,
        (series.first_day, series.last_day),
        uow.sessions.for_series(series.id),
        [series],
        holidays,
    )


def period_programme(
    uow: UnitOfWork, group_id: uuid.UUID, first_day: date, last_day: date, holidays: HolidayCalendar
) -> Programme:
    """The programme of the group's sessions on ``first_day``..``last_day``, whatever
    their season."""
    validate_period(first_day, last_day)
    group = get_group(uow, group_id)
    seasons = [
        s
        for s in uow.series.for_group(group.id)
        if s.first_day <= last_day and first_day <= s.last_day
    ]
    sessions = uow.sessions.between(first_day, last_day, [group.id])
    return _programme(uow, group, "", (first_day, last_day), sessions, seasons, holidays)


def find_season(uow: UnitOfWork, group_id: uuid.UUID, name: str) -> SeasonChoice:
    """The group's season of that name (the first to begin, if two share it)."""
    wanted = lookup_name(name, Term(QT_TRANSLATE_NOOP("Errors", "season name"))).casefold()
    for season in group_seasons(uow, group_id):
        if season.name.casefold() == wanted:
            return season
    raise NotFound(
        QT_TRANSLATE_NOOP("Errors", "The group has no season called “{name}”."), name=name
    )


def _programme(
    uow: UnitOfWork,
    group: Group,
    season: str,
    period: tuple[date, date],
    sessions: list[Session],
    seasons: list[Series],
    holidays: HolidayCalendar,
) -> Programme:
    first, last = period
    directory = Directory.load(uow)
    places = {
        place.id: ProgrammePlace(place.name, place.address)
        for place in uow.places.list()
        if place.id in {s.place_id for s in sessions}
    }
    return Programme(
        group=group.name,
        description=group.description,
        season=season,
        first_day=first,
        last_day=last,
        sessions=tuple(
            ProgrammeSession(
                day=session.day,
                start=session.start,
                end=session.end,
                theme=session.theme,
                place=places.get(session.place_id) if session.place_id else None,
                leaders=tuple(directory.worker_names(session.leader_ids)),
                cancelled=session.is_cancelled,
                cancel_reason=session.cancel_reason if session.is_cancelled else "",
            )
            for session in in_time_order(sessions)
        ),
        skipped=_skipped(uow, seasons, holidays, first, last, {s.day for s in sessions}),
    )


def _skipped(
    uow: UnitOfWork,
    seasons: list[Series],
    holidays: HolidayCalendar,
    first: date,
    last: date,
    session_days: set[date],
) -> tuple[SkippedDay, ...]:
    """The dates the seasons skip in the period, each date once, as planning them gives
    them (the preview's own rule); not those with a session, which says itself whether it meets
    (a date left out after planning has its session cancelled with the reason)."""
    skipped: dict[date, SkippedDay] = {}
    for series in seasons:
        try:
            season_skips = season_skipped_days(uow, series.id, holidays)
        except InvalidInput:
            # A season stored before a rule it breaks now is printed without its skips
            # rather than not at all.
            continue
        for day in season_skips:
            if first <= day.day <= last and day.day not in session_days:
                skipped.setdefault(day.day, day)
    return tuple(sorted(skipped.values(), key=lambda day: day.day))
