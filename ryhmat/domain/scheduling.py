"""Scheduling rules: a series becomes dated sessions, holidays and closures are skipped.

All times are Helsinki wall-clock times: a series at 9.30 yields sessions at
9.30 on both sides of the March and October clock changes, because a session
is a local date and a local time, turned into an aware moment only on demand.
"""

from __future__ import annotations

import enum
import uuid
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from typing import Protocol, TypeVar

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from ryhmat.domain.finnish_holidays import Eve, eve_of
from ryhmat.domain.model import (
    LAST_IN_MONTH,
    MONTHLY_ORDINALS,
    CancelReason,
    ClosurePeriod,
    Group,
    MonthlyRule,
    Series,
    Session,
    SessionStatus,
    new_id,
)
from ryhmat.domain.timezone import ClockChange, clock_change_at
from ryhmat.domain.validation import validate_day

MAX_SEASON_DAYS = 3 * 366
MAX_INTERVAL_WEEKS = 52


class HolidayCalendar(Protocol):
    def holiday_name(self, day: date) -> str | None:
        """The name of the public holiday on ``day``, or None on an ordinary day."""
        ...

    def eve_name(self, eve: Eve) -> str:
        """The name of an eve groups may not meet on, in the language of the moment."""
        ...


class SkipKind(enum.StrEnum):
    HOLIDAY = "holiday"
    CLOSURE = "closure"
    EVE = "eve"  # an eve the group does not meet on (kiirastorstai, vapunaatto...)
    CLOCK_CHANGE = "clock change"  # the time never comes that night, or comes twice
    CHOSEN = "chosen"  # left out by the season's leaders, with their reason


@dataclass(frozen=True, slots=True)
class Occurrence:
    day: date
    start: time
    end: time


@dataclass(frozen=True, slots=True)
class SkippedDay:
    """A date the series would have met on, and why it does not."""

    day: date
    reason: str
    kind: SkipKind


@dataclass(frozen=True, slots=True)
class SeriesPlan:
    occurrences: tuple[Occurrence, ...]
    skipped: tuple[SkippedDay, ...]


def validate_times(start: time, end: time) -> None:
    if end <= start:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The end time {end} is not after the start time {start}."),
            start=start,
            end=end,
        )


def validate_wall_clock(day: date, start: time, end: time) -> None:
    """Refuse a start or end the clocks skip or show twice on ``day``: the session would
    be saved an hour short, of no length at all, or an hour long."""
    for at in (start, end):
        change = clock_change_at(day, at)
        if change is ClockChange.SKIPPED:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "On {day} the clocks go forward an hour, so {time} never comes that "
                    "night. Choose another time.",
                ),
                day=day,
                time=at,
            )
        if change is ClockChange.REPEATED:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "On {day} the clocks go back an hour, so {time} comes twice that night. "
                    "Choose another time.",
                ),
                day=day,
                time=at,
            )


def validate_period(first_day: date, last_day: date) -> None:
    validate_day(first_day)
    validate_day(last_day)
    if last_day < first_day:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The end date {last} is before the start date {first}."),
            first=first_day,
            last=last_day,
        )


def validate_series(series: Series) -> None:
    validate_period(series.first_day, series.last_day)
    if (series.last_day - series.first_day).days > MAX_SEASON_DAYS:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A season can last at most three years."))
    if series.uses_chosen_dates:
        if series.chosen_start is None or series.chosen_end is None:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "Chosen dates need a start and an end time.")
            )
        validate_times(series.chosen_start, series.chosen_end)
        outside = sorted(
            d for d in series.chosen_dates if not series.first_day <= d <= series.last_day
        )
        if outside:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "The chosen date {day} is outside the season."),
                day=outside[0],
            )
        _validate_skipped_dates(series)
        return
    if series.monthly is not None:
        _validate_monthly(series.monthly)
        _validate_skipped_dates(series)
        return
    if not series.slots:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Choose at least one weekday, or chosen dates.")
        )
    if not 1 <= series.interval_weeks <= MAX_INTERVAL_WEEKS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The interval must be between 1 and 52 weeks.")
        )
    for slot in series.slots:
        if not 0 <= slot.weekday <= 6:
            raise InvalidInput(
                QT_TRANSLATE_NOOP("Errors", "A weekday must be between Monday and Sunday.")
            )
        validate_times(slot.start, slot.end)
    _validate_skipped_dates(series)


def _validate_monthly(rule: MonthlyRule) -> None:
    if rule.ordinal not in MONTHLY_ORDINALS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "A monthly season meets on the first to fourth or the last weekday."
            )
        )
    if not 0 <= rule.weekday <= 6:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A weekday must be between Monday and Sunday.")
        )
    validate_times(rule.start, rule.end)


def _validate_skipped_dates(series: Series) -> None:
    """A skipped date is one the season would otherwise meet on, and skipped once."""
    days = [s.day for s in series.skipped_dates]
    if len(set(days)) != len(days):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "A date is skipped twice."))
    meets = {o.day for o in _candidates(series)}
    for day in sorted(days):
        if day not in meets:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors", "The season does not meet on {day}, so it cannot be skipped."
                ),
                day=day,
            )


def nth_weekday(year: int, month: int, ordinal: int, weekday: int) -> date:
    """The ``ordinal``-th (1–4) or the last (LAST_IN_MONTH) ``weekday`` of a month."""
    if ordinal == LAST_IN_MONTH:
        following = date(year + month // 12, month % 12 + 1, 1)
        last = following - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (ordinal - 1))


def _monthly_candidates(series: Series, rule: MonthlyRule) -> list[Occurrence]:
    result: list[Occurrence] = []
    year, month = series.first_day.year, series.first_day.month
    while date(year, month, 1) <= series.last_day:
        day = nth_weekday(year, month, rule.ordinal, rule.weekday)
        if series.first_day <= day <= series.last_day:
            result.append(Occurrence(day, rule.start, rule.end))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return result


def _candidates(series: Series) -> list[Occurrence]:
    """Every date and time the season's rule gives, before anything is skipped."""
    if series.uses_chosen_dates:
        start, end = series.chosen_start, series.chosen_end
        assert start is not None
        assert end is not None
        return [Occurrence(day, start, end) for day in sorted(set(series.chosen_dates))]
    if series.monthly is not None:
        return _monthly_candidates(series, series.monthly)
    # Week 0 is the week of the season's first day, so "every other week"
    # always includes the first week of the season.
    week = series.first_day - timedelta(days=series.first_day.weekday())
    step = timedelta(weeks=series.interval_weeks)
    slots = sorted(series.slots, key=lambda s: (s.weekday, s.start))
    result: list[Occurrence] = []
    while week <= series.last_day:
        for slot in slots:
            day = week + timedelta(days=slot.weekday)
            if series.first_day <= day <= series.last_day:
                result.append(Occurrence(day, slot.start, slot.end))
        week += step
    return result


def closures_pausing(group: Group, closures: Iterable[ClosurePeriod]) -> list[ClosurePeriod]:
    """Those of ``closures`` whose scope takes in ``group``: the only ones its plans skip."""
    return [c for c in closures if c.applies_to(group.id, group.organiser_ids)]


def skip_reason(
    day: date,
    holidays: HolidayCalendar,
    closures: Sequence[ClosurePeriod],
    skipped_eves: Collection[Eve] = (),
) -> SkippedDay | None:
    """Why the series does not meet on ``day`` at all: a holiday, a closure, or an eve
    its group does not meet on."""
    name = holidays.holiday_name(day)
    if name:
        return SkippedDay(day, name, SkipKind.HOLIDAY)
    for closure in closures:
        if closure.covers(day):
            return SkippedDay(day, closure.name, SkipKind.CLOSURE)
    eve = eve_of(day) if skipped_eves else None
    if eve is not None and eve in skipped_eves:
        return SkippedDay(day, holidays.eve_name(eve), SkipKind.EVE)
    return None


def plan_series(
    series: Series,
    holidays: HolidayCalendar,
    closures: Sequence[ClosurePeriod],
    skipped_eves: Collection[Eve] = (),
) -> SeriesPlan:
    """The dates a series meets on, and the dates it skips with their reasons."""
    validate_series(series)
    occurrences: list[Occurrence] = []
    skipped: list[SkippedDay] = []
    seen_skips: set[date] = set()
    for candidate in _candidates(series):
        reason = day_left_out(
            series, candidate.day, holidays, closures, skipped_eves
        ) or _clock_change(candidate)
        if reason is None:
            occurrences.append(candidate)
        elif candidate.day not in seen_skips:
            seen_skips.add(candidate.day)
            skipped.append(reason)
    return SeriesPlan(tuple(occurrences), tuple(skipped))


def day_left_out(
    series: Series | None,
    day: date,
    holidays: HolidayCalendar,
    closures: Sequence[ClosurePeriod],
    skipped_eves: Collection[Eve] = (),
) -> SkippedDay | None:
    """Why a group (of ``series``, if it has one) does not meet on ``day``: a date its
    season leaves out, a holiday, a closure pausing it or an eve it does not meet on."""
    return (series and _chosen_skip(series, day)) or skip_reason(
        day, holidays, closures, skipped_eves
    )


def _chosen_skip(series: Series, day: date) -> SkippedDay | None:
    """The season's own reason comes first: it is what the leaders told the families."""
    reason = series.skip_reason(day)
    return None if reason is None else SkippedDay(day, reason, SkipKind.CHOSEN)


def _clock_change(occurrence: Occurrence) -> SkippedDay | None:
    """A weekly time the clocks skip or show twice that night is left out that week, as a
    holiday is, and shown with its reason; the other weeks keep the time."""
    day, start, end = occurrence.day, occurrence.start, occurrence.end
    if clock_change_at(day, start) is None and clock_change_at(day, end) is None:
        return None
    return SkippedDay(day, "", SkipKind.CLOCK_CHANGE)


@dataclass(slots=True)
class SeriesChanges:
    """What applying a series does to the sessions it generated before."""

    created: list[Session] = field(default_factory=list)
    updated: list[Session] = field(default_factory=list)
    removed: list[Session] = field(default_factory=list)
    kept: list[Session] = field(default_factory=list)  # protected, left as they are
    # Planned on a date the season now skips: cancelled with the season's reason.
    cancelled: list[Session] = field(default_factory=list)
    # Cancelled for a date the season skipped and skips no more: planned again.
    restored: list[Session] = field(default_factory=list)
    unchanged: list[Session] = field(default_factory=list)

    @property
    def sessions_after(self) -> list[Session]:
        return sorted(
            [
                *self.created,
                *self.updated,
                *self.kept,
                *self.unchanged,
                *self.cancelled,
                *self.restored,
            ],
            key=lambda s: (s.day, s.start),
        )


def is_protected(session: Session, sessions_with_attendance: set[uuid.UUID]) -> bool:
    """A session the series may no longer touch: edited by hand, recorded, or not planned."""
    return (
        session.edited_individually
        or session.status is not SessionStatus.PLANNED
        or session.id in sessions_with_attendance
    )


_Key = tuple[date, int]
T = TypeVar("T")


def _keyed(items: Iterable[tuple[date, time, T]]) -> dict[_Key, T]:
    """Key each item by its occurrence day and its order among that day's items."""
    by_day: dict[date, list[tuple[time, T]]] = defaultdict(list)
    for day, start, item in items:
        by_day[day].append((start, item))
    keyed: dict[_Key, T] = {}
    for day, entries in by_day.items():
        entries.sort(key=lambda e: e[0])
        for ordinal, (_, item) in enumerate(entries):
            keyed[(day, ordinal)] = item
    return keyed


def _match(
    occurrences: Sequence[Occurrence], existing: Sequence[Session]
) -> tuple[list[tuple[Occurrence, Session | None]], list[Session]]:
    """Pair each occurrence with the session generated for it; the rest are leftovers.

    A session still at its occurrence's start time is that occurrence's. Only the
    others pair up by their order within the day, so that a session edited to another
    time of day does not shift the other sessions of its day onto other occurrences.
    """
    at_start: dict[tuple[date, time], list[Session]] = defaultdict(list)
    # Of two sessions at the same time, the one edited by hand is matched last.
    for session in sorted(existing, key=lambda s: s.edited_individually):
        at_start[(session.occurrence_day or session.day, session.start)].append(session)
    found: dict[int, Session] = {}
    for index, occurrence in enumerate(occurrences):
        same = at_start.get((occurrence.day, occurrence.start))
        if same:
            found[index] = same.pop(0)
    planned = _keyed((o.day, o.start, i) for i, o in enumerate(occurrences) if i not in found)
    current = _keyed(
        (s.occurrence_day or s.day, s.start, s) for rest in at_start.values() for s in rest
    )
    for key, index in planned.items():
        if key in current:
            found[index] = current.pop(key)
    return [(o, found.get(i)) for i, o in enumerate(occurrences)], list(current.values())


def apply_series(
    series: Series,
    plan: SeriesPlan,
    existing: Sequence[Session],
    sessions_with_attendance: set[uuid.UUID],
    default_place_id: uuid.UUID | None = None,
    default_leader_ids: Sequence[uuid.UUID] = (),
    make_id: Callable[[], uuid.UUID] = new_id,
    skipped_before: Mapping[date, str] = {},
) -> SeriesChanges:
    """Bring a series' sessions in line with its plan.

    A session that has attendance, was edited individually or is no longer
    merely planned is never moved or removed; the plan does not create a
    second session for its occurrence either. A planned session on a date the
    season skips with a reason is cancelled with that reason, not removed, so
    the families see why. ``skipped_before`` are the dates the season left out
    when it was saved, with the reasons it gave: a session cancelled with that
    reason (and not edited or recorded) is planned again if its date is no longer
    left out, removed if the season no longer meets that day, and given the new
    reason if the reason was changed.
    ``make_id`` gives new sessions
    their identity (demo data passes a seeded one to stay reproducible).
    """
    place_id = series.place_id or default_place_id
    leader_ids = list(series.leader_ids or default_leader_ids)
    matched, leftovers = _match(plan.occurrences, existing)
    changes = SeriesChanges()
    for item, found in matched:
        if found is None:
            changes.created.append(
                Session(
                    id=make_id(),
                    group_id=series.group_id,
                    series_id=series.id,
                    day=item.day,
                    occurrence_day=item.day,
                    start=item.start,
                    end=item.end,
                    place_id=place_id,
                    leader_ids=list(leader_ids),
                )
            )
            continue
        if _cancelled_for(found, skipped_before, sessions_with_attendance):
            _restore(found)
            _retime(found, item, place_id, leader_ids)
            changes.restored.append(found)
        elif is_protected(found, sessions_with_attendance):
            changes.kept.append(found)
        elif _retime(found, item, place_id, leader_ids):
            changes.updated.append(found)
        else:
            changes.unchanged.append(found)
    for leftover in leftovers:
        reason = series.skip_reason(leftover.occurrence_day or leftover.day)
        if _cancelled_for(leftover, skipped_before, sessions_with_attendance):
            # Cancelled only because its date was left out: it follows the season as
            # a planned session would, and says the reason as it now reads.
            if reason is None:
                changes.removed.append(leftover)
            elif reason != leftover.cancel_reason:
                _cancel(leftover, reason)
                changes.cancelled.append(leftover)
            else:
                changes.kept.append(leftover)
        elif is_protected(leftover, sessions_with_attendance):
            changes.kept.append(leftover)
        elif reason is not None:
            _cancel(leftover, reason)
            changes.cancelled.append(leftover)
        else:
            changes.removed.append(leftover)
    return changes


def _cancelled_for(
    session: Session, skipped_before: Mapping[date, str], sessions_with_attendance: set[uuid.UUID]
) -> bool:
    """Whether the session was cancelled because its date was left out, by the reason."""
    reason = skipped_before.get(session.occurrence_day or session.day)
    return (
        reason is not None
        and session.status is SessionStatus.CANCELLED
        and session.cancel_reason == reason
        and not session.edited_individually
        and session.id not in sessions_with_attendance
    )


def _restore(session: Session) -> None:
    session.status = SessionStatus.PLANNED
    session.cancel_reason = ""
    session.cancel_category = CancelReason.NOT_GIVEN
    session.sequence += 1


def _cancel(session: Session, reason: str) -> None:
    session.status = SessionStatus.CANCELLED
    session.cancel_reason = reason
    session.cancel_category = CancelReason.OTHER
    session.sequence += 1


def _retime(
    session: Session,
    occurrence: Occurrence,
    place_id: uuid.UUID | None,
    leader_ids: list[uuid.UUID],
) -> bool:
    """Give an unprotected session the series' values; True when something changed."""
    wanted = (occurrence.day, occurrence.start, occurrence.end, place_id, leader_ids)
    actual = (session.day, session.start, session.end, session.place_id, session.leader_ids)
    if wanted == actual:
        return False
    session.day, session.start, session.end = occurrence.day, occurrence.start, occurrence.end
    session.place_id = place_id
    session.leader_ids = list(leader_ids)
    session.sequence += 1
    return True
