"""Groups: find, list and save."""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput, NotFound, Term
from ryhmat.domain.model import (
    AttendanceMode,
    CapacityUnit,
    Group,
    GroupType,
    Series,
    new_id,
)
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.directory import Directory
from ryhmat.domain.usecases.naming import ARCHIVED_NAME
from ryhmat.domain.usecases.removal import archived_as_stored
from ryhmat.domain.validation import (
    clean_name,
    clean_text,
    lookup_name,
    require_existing,
    validate_capacity,
    validate_planning_minutes,
    validate_target_ages,
)


@dataclass(frozen=True, slots=True)
class GroupSummary:
    id: uuid.UUID
    name: str
    type: GroupType
    attendance_mode: AttendanceMode
    organisers: list[str]
    capacity: int | None
    capacity_unit: CapacityUnit
    target_age_min_months: int | None
    target_age_max_months: int | None
    default_place: str | None
    default_leaders: list[str]
    is_public: bool
    archived: bool


def find_group(uow: UnitOfWork, name: str) -> Group:
    name = lookup_name(name, Term(QT_TRANSLATE_NOOP("Errors", "group name")))
    group = uow.groups.by_name(name)
    if group is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no group called “{name}”."), name=name)
    return group


def has_groups(uow: UnitOfWork) -> bool:
    """Whether the database has any group yet (an empty one is offered demo data)."""
    return not uow.groups.is_empty()


def list_groups(uow: UnitOfWork, include_archived: bool = False) -> list[GroupSummary]:
    """The groups by name; archived ones only when asked for."""
    directory = Directory.load(uow)
    pairs = {p.id: p for p in uow.pairs.list()}
    summaries = []
    for group in uow.groups.list():
        if group.archived and not include_archived:
            continue
        pair = pairs.get(group.default_pair_id) if group.default_pair_id else None
        summaries.append(
            GroupSummary(
                id=group.id,
                name=group.name,
                type=group.type,
                attendance_mode=group.attendance_mode,
                organisers=directory.organisation_names(group.organiser_ids),
                capacity=group.capacity,
                capacity_unit=group.capacity_unit,
                target_age_min_months=group.target_age_min_months,
                target_age_max_months=group.target_age_max_months,
                default_place=directory.place_name(group.default_place_id),
                default_leaders=directory.worker_names(pair.worker_ids) if pair else [],
                is_public=group.is_public,
                archived=group.archived,
            )
        )
    return summaries


def validate_group(group: Group) -> None:
    group.name = clean_name(group.name, Term(QT_TRANSLATE_NOOP("Errors", "group name")))
    validate_capacity(group.capacity)
    validate_planning_minutes(group.planning_minutes)
    validate_target_ages(group.target_age_min_months, group.target_age_max_months)


def save_group(uow: UnitOfWork, group: Group) -> None:
    """Insert or update a group; its name must be unique (ignoring case)."""
    validate_group(group)
    same_name = uow.groups.by_name(group.name)
    if same_name is not None and same_name.id != group.id:
        if same_name.archived:
            raise InvalidInput(ARCHIVED_NAME, name=group.name)
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "A group called “{name}” already exists."), name=group.name
        )
    for organisation_id in group.organiser_ids:
        if uow.organisations.get(organisation_id) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The organisation no longer exists."))
    require_existing(uow, place_id=group.default_place_id, pair_id=group.default_pair_id)
    group.description = clean_text(
        group.description, Term(QT_TRANSLATE_NOOP("Errors", "description"))
    )
    group.archived = archived_as_stored(uow.groups, group.id)
    uow.groups.save(group)
    uow.commit()


def get_group(uow: UnitOfWork, group_id: uuid.UUID) -> Group:
    group = uow.groups.get(group_id)
    if group is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The group no longer exists."))
    return group


def list_series(uow: UnitOfWork, group_id: uuid.UUID) -> list[Series]:
    """A group's seasons, earliest first."""
    return sorted(uow.series.for_group(group_id), key=lambda s: (s.first_day, s.name))


def group_copy(uow: UnitOfWork, group_id: uuid.UUID, name: str) -> Group:
    """A new, unsaved group with the settings of another: its type, organisers, audience,
    capacity, place, pair, public flag and description, under ``name``. Its seasons,
    sessions, enrolments and attendance stay with the original."""
    original = get_group(uow, group_id)
    return dataclasses.replace(
        original,
        id=new_id(),
        name=name,
        organiser_ids=list(original.organiser_ids),
        listed_roles=list(original.listed_roles),
        archived=False,
        version=0,
    )
