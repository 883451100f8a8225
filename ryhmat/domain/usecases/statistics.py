"""Statistics for a period: the figures of ``ryhmat.domain.statistics`` put together.

The numbers come from ``StatisticsQueries`` (SQL in storage); this module
checks the period and the filter, adds the names of groups and workers, and
orders the rows as the CLI, the workbook and the Tilastot view show them.

The filter is described by name (``FilterTerm``), not in words: the view and
the CLI put it in the app's language, the workbook in its own (Finnish).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Term
from ryhmat.domain.finnish_names import GROUP_TYPE_NAMES
from ryhmat.domain.model import Group, GroupType, WorkerKind
from ryhmat.domain.names import comparable_name
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import validate_period
from ryhmat.domain.statistics import (
    Figures,
    FiguresKey,
    FilterKind,
    FilterTerm,
    GroupFigures,
    Grouping,
    LeaderHours,
    LeftOut,
    MonthFigures,
    MonthTotal,
    OrganisationFigures,
    Statistics,
    StatisticsFilter,
    StatisticsQueries,
    every_reason,
    hours_by_kind,
    known_only,
)
from ryhmat.domain.usecases.groups import find_group
from ryhmat.domain.usecases.sessions import SessionView, in_time_order, session_views
from ryhmat.domain.validation import lookup_name

_TYPE_ORDER = {group_type: position for position, group_type in enumerate(GroupType)}


def compute_statistics(
    uow: UnitOfWork,
    first_day: date,
    last_day: date,
    wanted: StatisticsFilter,
    *,
    now: datetime,
    statistics: StatisticsQueries | None = None,
) -> Statistics:
    """Every figure of the period for the sessions the filter lets through; ``now``
    decides which sessions have ended without being recorded."""
    validate_period(first_day, last_day)
    described = describe_filter(uow, wanted)
    queries = statistics or uow.statistics
    counted = queries.figures_by_grouping(first_day, last_day, wanted, now)
    groups = uow.groups.get_many(
        [key for key in counted[Grouping.GROUP] if isinstance(key, uuid.UUID)]
    )
    kept = _Kept(groups)
    found = {grouping: kept.known(grouping, figures) for grouping, figures in counted.items()}
    leaders = _leader_hours(uow, queries, first_day, last_day, wanted)
    total = found[Grouping.TOTAL].get(None, Figures())
    return Statistics(
        first_day=first_day,
        last_day=last_day,
        wanted=wanted,
        described=described,
        total=total,
        by_group=_by_group(groups, found[Grouping.GROUP]),
        by_type=_by_type(found[Grouping.GROUP_TYPE]),
        by_month=_by_month(found[Grouping.MONTH_AND_TYPE]),
        by_month_total=_by_month_total(found[Grouping.MONTH], first_day, last_day),
        leader_hours=leaders,
        hours_by_kind=hours_by_kind(leaders),
        cancelled_by_reason=every_reason(queries.cancellations(first_day, last_day, wanted)),
        by_organisation=_by_organisation(uow, found[Grouping.ORGANISATION]),
        left_out=replace(
            kept.left_out(),
            headcount_sessions_from_fill_rate=bool(total.sessions_not_comparable),
        ),
    )


class _Kept:
    """What the groups with figures keep, a list or a headcount, so that a figure no
    group of its key keeps is unknown rather than zero."""

    def __init__(self, groups: Sequence[Group]) -> None:
        self._groups = groups

    def _keeping(self, groups: Sequence[Group]) -> tuple[bool, bool]:
        lists = any(group.attendance_mode.keeps_roster for group in groups)
        headcounts = any(group.attendance_mode.keeps_headcount for group in groups)
        return lists, headcounts

    def _of_key(self, grouping: Grouping, key: FiguresKey) -> Sequence[Group]:
        """The groups a key's figures may come from. A month's are those of its type
        (or all): which groups met in which month is not asked for this."""
        if grouping is Grouping.GROUP:
            return [group for group in self._groups if group.id == key]
        if grouping is Grouping.ORGANISATION:
            return [group for group in self._groups if key in group.organiser_ids]
        if isinstance(key, GroupType):
            return [group for group in self._groups if group.type is key]
        if isinstance(key, tuple):
            return [group for group in self._groups if group.type is key[1]]
        return self._groups

    def known(
        self, grouping: Grouping, found: Mapping[FiguresKey, Figures]
    ) -> dict[FiguresKey, Figures]:
        known: dict[FiguresKey, Figures] = {}
        for key, figures in found.items():
            lists, headcounts = self._keeping(self._of_key(grouping, key))
            # A key with no group of figures (a total of nothing) stays as it is.
            known[key] = (
                known_only(figures, lists=lists, headcounts=headcounts)
                if (lists or headcounts)
                else figures
            )
        return known

    def left_out(self) -> LeftOut:
        lists, headcounts = self._keeping(self._groups)
        return LeftOut(
            headcount_groups_from_families=lists
            and any(not group.attendance_mode.keeps_roster for group in self._groups),
            list_groups_from_first_timers=headcounts
            and any(not group.attendance_mode.keeps_headcount for group in self._groups),
        )


def unrecorded_in_period(
    uow: UnitOfWork,
    first_day: date,
    last_day: date,
    wanted: StatisticsFilter,
    *,
    now: datetime,
    statistics: StatisticsQueries | None = None,
) -> list[SessionView]:
    """The sessions the figures count as not recorded, oldest first, as the
    Kirjaamatta panel lists them."""
    validate_period(first_day, last_day)
    describe_filter(uow, wanted)  # the filter's groups, places… still exist
    queries = statistics or uow.statistics
    found = uow.sessions.get_many(queries.unrecorded(first_day, last_day, wanted, now))
    return session_views(uow, in_time_order(found))


def _by_group(groups: Sequence[Group], found: Mapping[FiguresKey, Figures]) -> list[GroupFigures]:
    rows = [
        GroupFigures(group_id=group.id, name=group.name, type=group.type, figures=found[group.id])
        for group in groups
    ]
    return sorted(rows, key=lambda row: (row.name.casefold(), row.name))


def _by_organisation(
    uow: UnitOfWork, found: Mapping[FiguresKey, Figures]
) -> list[OrganisationFigures]:
    organisations = uow.organisations.get_many([key for key in found if isinstance(key, uuid.UUID)])
    rows = [
        OrganisationFigures(organisation.id, organisation.name, found[organisation.id])
        for organisation in organisations
    ]
    return sorted(rows, key=lambda row: (row.name.casefold(), row.name))


def _by_type(found: Mapping[FiguresKey, Figures]) -> dict[GroupType, Figures]:
    types = sorted(
        (key for key in found if isinstance(key, GroupType)), key=_TYPE_ORDER.__getitem__
    )
    return {group_type: found[group_type] for group_type in types}


def _by_month(found: Mapping[FiguresKey, Figures]) -> list[MonthFigures]:
    rows = [
        MonthFigures(month=key[0], type=key[1], figures=figures)
        for key, figures in found.items()
        if isinstance(key, tuple)
    ]
    return sorted(rows, key=lambda row: (row.month, _TYPE_ORDER[row.type]))


def _by_month_total(
    found: Mapping[FiguresKey, Figures], first_day: date, last_day: date
) -> list[MonthTotal]:
    """Every month of the period, empty ones too, so a chart's axis has no gaps."""
    return [MonthTotal(month, found.get(month, Figures())) for month in months(first_day, last_day)]


def months(first_day: date, last_day: date) -> list[date]:
    """The first days of the months from first_day's to last_day's, in order."""
    found: list[date] = []
    month = first_day.replace(day=1)
    while month <= last_day:
        found.append(month)
        month = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return found


def _leader_hours(
    uow: UnitOfWork,
    queries: StatisticsQueries,
    first_day: date,
    last_day: date,
    wanted: StatisticsFilter,
) -> list[LeaderHours]:
    minutes = queries.leader_minutes(first_day, last_day, wanted)
    workers = {worker.id: worker for worker in uow.workers.get_many(minutes)}
    rows = []
    for worker_id, led in minutes.items():
        worker = workers.get(worker_id)  # removed meanwhile: counted, not named
        rows.append(
            LeaderHours(
                worker_id=worker_id,
                name=worker.name if worker else "?",
                hours=led.session / 60,
                kind=worker.kind if worker else WorkerKind.STAFF,
                planning_hours=led.planning / 60,
            )
        )
    return sorted(rows, key=lambda row: (row.name.casefold(), row.name))


# -- the filter ---------------------------------------------------------------------


def statistics_filter(
    uow: UnitOfWork,
    *,
    groups: Sequence[str] = (),
    group_type: str | None = None,
    organisation: str | None = None,
    place: str | None = None,
    worker: str | None = None,
) -> StatisticsFilter:
    """The filter named by a person: names in any case, a group type by its value
    (baby_group) or its Finnish name (vauvaryhmä)."""
    return StatisticsFilter(
        group_ids=tuple(dict.fromkeys(find_group(uow, name).id for name in groups)),
        group_type=None if group_type is None else parse_group_type(group_type),
        organisation_id=None if organisation is None else _organisation_id(uow, organisation),
        place_id=None if place is None else _place_id(uow, place),
        worker_id=None if worker is None else _worker_id(uow, worker),
    )


def parse_group_type(text: str) -> GroupType:
    text = lookup_name(text, Term(QT_TRANSLATE_NOOP("Errors", "group type")))
    wanted = comparable_name(text)
    for group_type, finnish in GROUP_TYPE_NAMES.items():
        if wanted in (group_type.value, comparable_name(finnish)):
            return group_type
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "“{name}” is not a group type; choose one of: {choices}."),
        name=text,
        choices=", ".join(group_type.value for group_type in GroupType),
    )


def _organisation_id(uow: UnitOfWork, name: str) -> uuid.UUID:
    name = lookup_name(name, Term(QT_TRANSLATE_NOOP("Errors", "name")))
    organisation = uow.organisations.by_name(name)
    if organisation is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no organisation called “{name}”."), name=name
        )
    return organisation.id


def _place_id(uow: UnitOfWork, name: str) -> uuid.UUID:
    name = lookup_name(name, Term(QT_TRANSLATE_NOOP("Errors", "name")))
    place = uow.places.by_name(name)
    if place is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no place called “{name}”."), name=name)
    return place.id


def _worker_id(uow: UnitOfWork, name: str) -> uuid.UUID:
    name = lookup_name(name, Term(QT_TRANSLATE_NOOP("Errors", "name")))
    worker = uow.workers.by_name(name)
    if worker is None:
        raise NotFound(
            QT_TRANSLATE_NOOP("Errors", "There is no worker called “{name}”."), name=name
        )
    return worker.id


def describe_filter(uow: UnitOfWork, wanted: StatisticsFilter) -> list[FilterTerm]:
    """The filter by name, one term per condition; checks that each still exists."""
    terms: list[FilterTerm] = []
    if wanted.group_ids:
        found = {group.id: group.name for group in uow.groups.get_many(wanted.group_ids)}
        if len(found) < len(set(wanted.group_ids)):
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The group no longer exists."))
        names = tuple(found[group_id] for group_id in dict.fromkeys(wanted.group_ids))
        terms.append(FilterTerm(FilterKind.GROUPS, names))
    if wanted.group_type is not None:
        terms.append(FilterTerm(FilterKind.GROUP_TYPE, group_type=wanted.group_type))
    if wanted.organisation_id is not None:
        organisation = uow.organisations.get(wanted.organisation_id)
        if organisation is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The organisation no longer exists."))
        terms.append(FilterTerm(FilterKind.ORGANISER, (organisation.name,)))
    if wanted.place_id is not None:
        place = uow.places.get(wanted.place_id)
        if place is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The place no longer exists."))
        terms.append(FilterTerm(FilterKind.PLACE, (place.name,)))
    if wanted.worker_id is not None:
        worker = uow.workers.get(wanted.worker_id)
        if worker is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The worker no longer exists."))
        terms.append(FilterTerm(FilterKind.LEADER, (worker.name,)))
    return terms
