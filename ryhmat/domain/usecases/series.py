"""Planning a season: preview its dates, then save it and its sessions in one go."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from ryhmat.domain.conflicts import Conflict, find_conflicts
from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Term
from ryhmat.domain.model import Group, Series, SkippedDate, new_id
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import (
    HolidayCalendar,
    SeriesChanges,
    SeriesPlan,
    SkippedDay,
    apply_series,
    closures_pausing,
    plan_series,
)
from ryhmat.domain.usecases.eves import group_skipped_eves
from ryhmat.domain.validation import clean_name, require_existing, validate_day


@dataclass(frozen=True, slots=True)
class SeriesProposal:
    """What saving a series would do, shown to the person before it is done."""

    plan: SeriesPlan
    changes: SeriesChanges
    conflicts: list[Conflict]


def preview_series(uow: UnitOfWork, series: Series, holidays: HolidayCalendar) -> SeriesProposal:
    """The dates, skipped days, session changes and conflicts of a series; saves nothing."""
    series.name = clean_name(series.name, Term(QT_TRANSLATE_NOOP("Errors", "season name")))
    series.skipped_dates = sorted(
        (
            SkippedDate(s.day, clean_name(s.reason, Term(QT_TRANSLATE_NOOP("Errors", "reason"))))
            for s in series.skipped_dates
        ),
        key=lambda s: s.day,
    )
    group = uow.groups.get(series.group_id)
    if group is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The series belongs to a group that does not exist.")
        )
    require_existing(uow, place_id=series.place_id, worker_ids=series.leader_ids)
    plan = _planned(uow, group, series, holidays)
    existing = uow.sessions.for_series(series.id)
    recorded = uow.sessions.with_attendance(s.id for s in existing)
    pair = uow.pairs.get(group.default_pair_id) if group.default_pair_id else None
    changes = apply_series(
        series,
        plan,
        existing,
        recorded,
        default_place_id=group.default_place_id,
        default_leader_ids=pair.worker_ids if pair else (),
        skipped_before=_skipped_before(uow.series.get(series.id)),
    )
    after = changes.sessions_after
    if after:
        others = [
            s for s in uow.sessions.between(after[0].day, after[-1].day) if s.series_id != series.id
        ]
        conflicts = find_conflicts([*others, *after], involving={s.id for s in after})
    else:
        conflicts = []
    return SeriesProposal(plan, changes, conflicts)


def _skipped_before(stored: Series | None) -> dict[date, str]:
    """The dates the saved season left out, with their reasons."""
    return {} if stored is None else {s.day: s.reason for s in stored.skipped_dates}


def save_series(
    uow: UnitOfWork, series: Series, holidays: HolidayCalendar, accept_conflicts: bool = False
) -> SeriesProposal:
    """Save a series and bring its sessions in line; refuses conflicts unless accepted."""
    proposal = preview_series(uow, series, holidays)
    if proposal.conflicts and not accept_conflicts:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The season has {count} conflicts; confirm them before saving."
            ),
            count=len(proposal.conflicts),
        )
    uow.series.save(series)
    changes = proposal.changes
    for removed in changes.removed:
        uow.sessions.delete(removed.id)
    for session in [*changes.created, *changes.updated, *changes.cancelled, *changes.restored]:
        uow.sessions.save(session)
    uow.commit()
    return proposal


def get_series(uow: UnitOfWork, series_id: uuid.UUID) -> Series:
    series = uow.series.get(series_id)
    if series is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The season no longer exists."))
    return series


def season_skipped_days(
    uow: UnitOfWork, series_id: uuid.UUID, holidays: HolidayCalendar
) -> list[SkippedDay]:
    """The dates a saved season does not meet on, with their reasons, in date order: the
    dates its leaders left out, public holidays, closures and clock changes."""
    series = get_series(uow, series_id)
    group = uow.groups.get(series.group_id)
    assert group is not None  # a season goes with its group
    return list(_planned(uow, group, series, holidays).skipped)


def _planned(
    uow: UnitOfWork, group: Group, series: Series, holidays: HolidayCalendar
) -> SeriesPlan:
    """The season's dates and skipped days for its group: the closures that pause the
    group and the eves it does not meet on."""
    closures = closures_pausing(group, uow.closures.overlapping(series.first_day, series.last_day))
    return plan_series(series, holidays, closures, group_skipped_eves(uow, group))


@dataclass(frozen=True, slots=True)
class SeasonCopy:
    """A new, unsaved season and the names of the archived leaders and place that were
    not carried into it (a new period is not planned with a worker who has left)."""

    series: Series
    left_out: list[str]


def copy_season(
    uow: UnitOfWork, series: Series, name: str, first_day: date, last_day: date
) -> SeasonCopy:
    """``series`` moved to another period (season_moved_to), without its archived
    leaders and place."""
    copy = season_moved_to(series, name, first_day, last_day)
    archived = {w.id: w.name for w in uow.workers.get_many(copy.leader_ids) if w.archived}
    left_out = [archived[i] for i in copy.leader_ids if i in archived]
    copy.leader_ids = [i for i in copy.leader_ids if i not in archived]
    place = uow.places.get(copy.place_id) if copy.place_id else None
    if place is not None and place.archived:
        left_out.append(place.name)
        copy.place_id = None
    return SeasonCopy(copy, left_out)


def season_moved_to(series: Series, name: str, first_day: date, last_day: date) -> Series:
    """A new, unsaved season like ``series`` for another period: the same rule, times,
    interval, place and leaders; chosen dates moved by whole weeks (so each keeps its
    weekday) with those outside the new period left out. Dates skipped with a reason
    belong to their own period and are not copied."""
    validate_day(first_day)
    validate_day(last_day)
    weeks = round((first_day - series.first_day).days / 7)
    moved = (day + timedelta(weeks=weeks) for day in series.chosen_dates)
    return dataclasses.replace(
        series,
        id=new_id(),
        name=name,
        first_day=first_day,
        last_day=last_day,
        slots=list(series.slots),
        chosen_dates=sorted({d for d in moved if first_day <= d <= last_day}),
        skipped_dates=[],
        leader_ids=list(series.leader_ids),
    )
