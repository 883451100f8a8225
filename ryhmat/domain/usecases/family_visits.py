"""How often the enrolled families come, and who has not been seen for a while.

The counts come from ``StatisticsQueries.family_visits`` (SQL in storage); this
module checks the input, adds the names of families and groups, and picks the
families a worker may want to call: none of them present for ``weeks`` weeks.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import validate_period
from ryhmat.domain.statistics import (
    FamilyVisits,
    FilterTerm,
    StatisticsFilter,
    StatisticsQueries,
)
from ryhmat.domain.usecases.statistics import describe_filter

MIN_WEEKS = 1
MAX_WEEKS = 104  # two years: longer ago is "never" for a family worker


@dataclass(frozen=True, slots=True)
class FamilyVisitRow:
    family_id: uuid.UUID
    name: str
    groups: list[str]  # the filtered groups it was enrolled in during the period, by name
    sessions_offered: int
    sessions_attended: int
    rate: float | None  # attended / offered; None when nothing was offered
    last_seen: date | None  # ever, in the filtered groups; None: never present


@dataclass(frozen=True, slots=True)
class FamilyVisitReport:
    first_day: date
    last_day: date
    wanted: StatisticsFilter
    described: list[FilterTerm]  # the filter by name; empty: all groups
    today: date
    weeks: int
    rows: list[FamilyVisitRow] = field(default_factory=list)  # by name
    # Not present since before today - weeks (or never): never seen first, then
    # the longest gone, so the list reads as whom to call first.
    not_seen: list[FamilyVisitRow] = field(default_factory=list)


def family_visit_report(
    uow: UnitOfWork,
    first_day: date,
    last_day: date,
    wanted: StatisticsFilter,
    today: date,
    weeks: int,
    statistics: StatisticsQueries | None = None,
) -> FamilyVisitReport:
    validate_period(first_day, last_day)
    validate_weeks(weeks)
    described = describe_filter(uow, wanted)
    queries = statistics or uow.statistics
    rows = _rows(uow, queries.family_visits(first_day, last_day, wanted))
    since = today - timedelta(weeks=weeks)
    not_seen = [row for row in rows if row.last_seen is None or row.last_seen < since]
    # The sort is stable, so families gone equally long stay in name order.
    not_seen.sort(key=lambda row: (row.last_seen is not None, row.last_seen or date.min))
    return FamilyVisitReport(
        first_day=first_day,
        last_day=last_day,
        wanted=wanted,
        described=described,
        today=today,
        weeks=weeks,
        rows=rows,
        not_seen=not_seen,
    )


def validate_weeks(weeks: int) -> None:
    if not MIN_WEEKS <= weeks <= MAX_WEEKS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "The number of weeks must be between {low} and {high}, not {weeks}."
            ),
            low=MIN_WEEKS,
            high=MAX_WEEKS,
            weeks=weeks,
        )


def _rows(uow: UnitOfWork, visits: list[FamilyVisits]) -> list[FamilyVisitRow]:
    # Their names only: what a team's volunteer may read of families.
    families = {
        family.id: family.name for family in uow.families.rosters(v.family_id for v in visits)
    }
    group_ids = {group_id for v in visits for group_id in v.group_ids}
    groups = {group.id: group.name for group in uow.groups.get_many(group_ids)}
    rows = [
        FamilyVisitRow(
            family_id=v.family_id,
            name=families.get(v.family_id, "?"),
            groups=sorted(
                (groups[group_id] for group_id in v.group_ids if group_id in groups),
                key=lambda name: (name.casefold(), name),
            ),
            sessions_offered=v.sessions_offered,
            sessions_attended=v.sessions_attended,
            rate=v.rate,
            last_seen=v.last_seen,
        )
        for v in visits
    ]
    return sorted(rows, key=lambda row: (row.name.casefold(), row.name, str(row.family_id)))
