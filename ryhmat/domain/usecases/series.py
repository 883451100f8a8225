"""Planning a season: preview its dates, then save it and its sessions in one go."""

from __future__ import annotations

from dataclasses import dataclass

from ryhmat.domain.conflicts import Conflict, find_conflicts
from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, Term
from ryhmat.domain.model import Series
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import (
    HolidayCalendar,
    SeriesChanges,
    SeriesPlan,
    apply_series,
    closures_pausing,
    plan_series,
)
from ryhmat.domain.usecases.eves import group_skipped_eves
from ryhmat.domain.validation import clean_name, require_existing


@dataclass(frozen=True, slots=True)
class SeriesProposal:
    """What saving a series would do, shown to the person before it is done."""

    plan: SeriesPlan
    changes: SeriesChanges
    conflicts: list[Conflict]


def preview_series(uow: UnitOfWork, series: Series, holidays: HolidayCalendar) -> SeriesProposal:
    """The dates, skipped days, session changes and conflicts of a series; saves nothing."""
    series.name = clean_name(series.name, Term(QT_TRANSLATE_NOOP("Errors", "season name")))
    group = uow.groups.get(series.group_id)
    if group is None:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "The series belongs to a group that does not exist.")
        )
    require_existing(uow, place_id=series.place_id, worker_ids=series.leader_ids)
    closures = closures_pausing(group, uow.closures.overlapping(series.first_day, series.last_day))
    plan = plan_series(series, holidays, closures, group_skipped_eves(uow, group))
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
    for removed in proposal.changes.removed:
        uow.sessions.delete(removed.id)
    for session in [*proposal.changes.created, *proposal.changes.updated]:
        uow.sessions.save(session)
    uow.commit()
    return proposal
