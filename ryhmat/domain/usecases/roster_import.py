"""Importing a roster: families from the rows of a file, enrolled in one group.

The file format is read in ``ryhmat.export.roster_file``; here its rows become
families. A family already in the database is recognised, not duplicated: it
has the same family name and at least one member of the same kind (adult or
child) with the same first name, names compared as ``comparable_name`` does
(ignoring case, Unicode composition, invisible characters and extra spaces).
Only the members it lacks are added, and an enrolment only
when the family is not already in the group, so the same file can be imported
twice without creating anything the second time.

The import is all or nothing: with any problem in the file nothing is written,
unless the person asks for the valid rows only; then a family with a bad row is
left out whole (half a family would be worse than none) and the rest is
written in one commit.
"""

from __future__ import annotations

import enum
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ryhmat.domain.errors import (
    QT_TRANSLATE_NOOP,
    InvalidInput,
    NotFound,
    Translate,
    UserError,
)
from ryhmat.domain.model import (
    AdultRole,
    Enrolment,
    EnrolmentStatus,
    Family,
    Member,
    MemberKind,
    Permission,
    UsageAction,
)
from ryhmat.domain.names import comparable_name
from ryhmat.domain.ports import RosterReader, UnitOfWork, UnitOfWorkFactory
from ryhmat.domain.usecases.families import member_key, recognise_family, validate_family
from ryhmat.domain.usecases.groups import find_group


class RosterField(enum.StrEnum):
    """What a column of a roster holds; problems name the column as the file does."""

    FAMILY = "family"
    LAST_NAME = "last_name"
    FIRST_NAME = "first_name"
    ROLE = "role"
    BIRTH = "birth"
    ENROLLED_ON = "enrolled_on"
    STATUS = "status"
    PRIVACY_NOTICE = "privacy_notice"
    PHOTO_PERMISSION = "photo_permission"
    CONTACT_PERMISSION = "contact_permission"


# Used when the file's own header is not known (a plan made from rows alone).
DEFAULT_HEADERS: Mapping[RosterField, str] = {
    RosterField.FAMILY: "Perhe",
    RosterField.LAST_NAME: "Sukunimi",
    RosterField.FIRST_NAME: "Etunimi",
    RosterField.ROLE: "Rooli",
    RosterField.BIRTH: "Syntynyt",
    RosterField.ENROLLED_ON: "Ilmoittautunut",
    RosterField.STATUS: "Tila",
    RosterField.PRIVACY_NOTICE: "Tietosuojaseloste annettu",
    RosterField.PHOTO_PERMISSION: "Valokuvauslupa",
    RosterField.CONTACT_PERMISSION: "Yhteydenottolupa",
}


@dataclass(frozen=True, slots=True, kw_only=True)
class RosterRow:
    """One person on one row of a roster file.

    A value the reader could not understand is None here, and a ``RowProblem``
    of the same row says why; the row still counts for its family.
    """

    row: int  # as the person sees it in the file: the header is row 1
    family_name: str
    first_name: str
    last_name: str = ""  # the family name unless the file has both columns
    kind: MemberKind | None = None
    role: AdultRole | None = None
    birth_year: int | None = None
    birth_month: int | None = None
    enrolled_on: date | None = None
    status: EnrolmentStatus | None = None
    # The family's: the first row of the family that gives one counts.
    privacy_notice_on: date | None = None
    photo_permission: Permission | None = None
    contact_permission: Permission | None = None


@dataclass(frozen=True, slots=True)
class RowProblem:
    """Something wrong on one row: ``problem`` is an English template (context "Errors")."""

    row: int
    column: str
    problem: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, translate: Translate | None = None) -> str:
        return UserError(self.problem, **self.params).message(translate)


@dataclass(frozen=True, slots=True)
class BadRow:
    """A row of the file with everything wrong on it. The check lists each bad row
    once, so the rows it lists are the rows it counts."""

    row: int
    problems: tuple[RowProblem, ...]

    @property
    def columns(self) -> str:
        return ", ".join(dict.fromkeys(p.column for p in self.problems if p.column))

    def message(self, translate: Translate | None = None) -> str:
        return " ".join(p.message(translate) for p in self.problems)


def bad_rows_of(problems: Iterable[RowProblem]) -> tuple[BadRow, ...]:
    """The problems by row, in the order of the rows."""
    by_row: dict[int, list[RowProblem]] = {}
    for problem in sorted(problems, key=lambda p: p.row):
        by_row.setdefault(problem.row, []).append(problem)
    return tuple(BadRow(row, tuple(found)) for row, found in by_row.items())


class ImportRejected(UserError):
    """The file has problems and the person did not ask for the valid rows only."""


@dataclass(frozen=True, slots=True)
class FamilyPlan:
    """What importing one family of the file does."""

    name: str
    rows: tuple[int, ...]
    family: Family  # a new family, or the recognised one as stored
    is_new: bool
    new_members: tuple[Member, ...]  # members of a recognised family that it lacks
    # A recognised family whose notice day or permissions the file changes.
    consents_changed: bool
    enrolment: Enrolment | None  # None when the family is in the group already
    valid: bool  # False when one of its rows has a problem


@dataclass(frozen=True, slots=True)
class ImportPlan:
    group_id: uuid.UUID
    group_name: str
    families: tuple[FamilyPlan, ...]
    problems: tuple[RowProblem, ...]
    # What the plan was made from, so that applying it can check it again.
    rows: tuple[RosterRow, ...]
    file_problems: tuple[RowProblem, ...]
    headers: Mapping[RosterField, str]
    today: date

    @property
    def _valid(self) -> list[FamilyPlan]:
        return [f for f in self.families if f.valid]

    @property
    def families_to_create(self) -> int:
        return sum(1 for f in self._valid if f.is_new)

    @property
    def families_recognised(self) -> int:
        return sum(1 for f in self._valid if not f.is_new)

    @property
    def members_to_add(self) -> int:
        return sum(len(f.family.members) if f.is_new else len(f.new_members) for f in self._valid)

    @property
    def enrolments_to_create(self) -> int:
        return sum(1 for f in self._valid if f.enrolment is not None)

    @property
    def families_with_problems(self) -> int:
        return sum(1 for f in self.families if not f.valid)

    @property
    def rows_with_problems(self) -> tuple[BadRow, ...]:
        return bad_rows_of(self.problems)

    @property
    def bad_rows(self) -> int:
        return len(self.rows_with_problems)


@dataclass(frozen=True, slots=True)
class ImportResult:
    families_created: int
    families_recognised: int
    members_added: int
    enrolments_created: int
    families_skipped: int
    rows_skipped: int  # the bad rows and the good rows of the families left out with them
    bad_rows: int
    # Families the check meant to create that someone else (another import, say)
    # created before this one could write: recognised, not created twice.
    added_meanwhile: int = 0


def check_roster(
    unit_of_work: UnitOfWorkFactory, read: RosterReader, path: Path, group_name: str, today: date
) -> ImportPlan:
    """Read the file, then plan its import into the group; writes nothing. The file is
    read before the database is opened: a broken file touches nothing."""
    roster = read(path)
    with unit_of_work() as uow:
        return plan_import(uow, group_name, roster.rows, roster.problems, today, roster.headers)


def plan_import(
    uow: UnitOfWork,
    group_name: str,
    rows: Sequence[RosterRow],
    problems: Sequence[RowProblem],
    today: date,
    headers: Mapping[RosterField, str] | None = None,
) -> ImportPlan:
    """What importing the rows into the group would do; writes nothing."""
    group = find_group(uow, group_name)
    return _plan(uow, group.id, group.name, tuple(rows), tuple(problems), headers or {}, today)


def apply_import(uow: UnitOfWork, plan: ImportPlan, valid_only: bool) -> ImportResult:
    """Write the plan in one commit, or raise ``ImportRejected`` and write nothing."""
    # The database may have changed since the check: planning again as the only
    # writer keeps a family from being created twice, also by two imports at once.
    uow.serialise_writers()
    group = uow.groups.get(plan.group_id)
    if group is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The group no longer exists."))
    checked = plan
    plan = _plan(uow, group.id, group.name, plan.rows, plan.file_problems, plan.headers, plan.today)
    if plan.problems and not valid_only:
        raise ImportRejected(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Rows with problems: {count}. Nothing was imported; correct the rows, "
                "or import only the valid rows.",
            ),
            count=plan.bad_rows,
        )
    chosen = [f for f in plan.families if f.valid]
    uow.families.add_many([f.family for f in chosen if f.is_new])
    for recognised in (f for f in chosen if not f.is_new and (f.new_members or f.consents_changed)):
        recognised.family.members.extend(recognised.new_members)
        uow.families.save(recognised.family)
    uow.enrolments.add_many([f.enrolment for f in chosen if f.enrolment is not None])
    # The import matched the file's people against these families' stored ones.
    uow.usage_log.record(UsageAction.ROSTER_IMPORTED, (f.family.id for f in chosen))
    uow.commit()
    skipped_rows = {p.row for p in plan.problems}
    skipped_rows.update(row for f in plan.families if not f.valid for row in f.rows)
    return ImportResult(
        families_created=plan.families_to_create,
        families_recognised=plan.families_recognised,
        members_added=plan.members_to_add,
        enrolments_created=plan.enrolments_to_create,
        families_skipped=plan.families_with_problems,
        rows_skipped=len(skipped_rows),
        bad_rows=plan.bad_rows,
        added_meanwhile=max(0, checked.families_to_create - plan.families_to_create),
    )


# -- planning -------------------------------------------------------------------------------


def family_key(name: str) -> str:
    """Family names match as every name does (``comparable_name``)."""
    return comparable_name(name)


def _plan(
    uow: UnitOfWork,
    group_id: uuid.UUID,
    group_name: str,
    rows: tuple[RosterRow, ...],
    file_problems: tuple[RowProblem, ...],
    headers: Mapping[RosterField, str],
    today: date,
) -> ImportPlan:
    problems = list(file_problems)
    bad = {p.row for p in problems}
    members: dict[int, Member] = {}
    for row in rows:
        if row.row in bad:
            continue
        member, problem = _member(row, today, headers)
        if problem is None:
            members[row.row] = member
        else:
            problems.append(problem)
    by_family: dict[str, list[RosterRow]] = {}
    for row in rows:
        key = family_key(row.family_name)
        if key:  # a row without a family name has a problem already
            by_family.setdefault(key, []).append(row)
    problems += _repeated_people(by_family.values(), members, headers)
    bad = {p.row for p in problems}

    stored = _stored_by_name(f for f in uow.families.list() if not f.is_erased)
    in_group = _enrolments_by_family(uow.enrolments.for_group(group_id))
    families = tuple(
        _family_plan(family_rows, members, bad, stored, in_group, group_id, today)
        for family_rows in by_family.values()
    )
    return ImportPlan(
        group_id=group_id,
        group_name=group_name,
        families=families,
        problems=tuple(sorted(problems, key=lambda p: p.row)),
        rows=rows,
        file_problems=file_problems,
        headers=headers,
        today=today,
    )


def _member(
    row: RosterRow, today: date, headers: Mapping[RosterField, str]
) -> tuple[Member, RowProblem | None]:
    member = Member(
        first_name=row.first_name,
        last_name=row.last_name or row.family_name,
        kind=row.kind or MemberKind.ADULT,
        role=row.role,
        birth_year=row.birth_year,
        birth_month=row.birth_month,
    )
    family = Family(name=row.family_name, members=[member], privacy_notice_on=row.privacy_notice_on)
    try:
        validate_family(family, today)
    except InvalidInput as error:
        column = _header(headers, _field_of(error))
        return member, RowProblem(row.row, column, error.template, error.params)
    return member, None


# The field a problem of validate_family is about, by the Term it names.
_FIELD_OF_TERM = {
    "first name": RosterField.FIRST_NAME,
    "last name": RosterField.LAST_NAME,
    "family name": RosterField.FAMILY,
}


def _field_of(error: InvalidInput) -> RosterField:
    what = error.params.get("what")
    if what is not None:
        return _FIELD_OF_TERM.get(str(what), RosterField.FIRST_NAME)
    if "year" in error.params or "birth" in error.template:
        return RosterField.BIRTH
    if "privacy notice" in error.template:
        return RosterField.PRIVACY_NOTICE
    if "role" in error.template:
        return RosterField.ROLE
    return RosterField.FIRST_NAME


def _header(headers: Mapping[RosterField, str], wanted: RosterField) -> str:
    if wanted is RosterField.LAST_NAME and wanted not in headers:
        wanted = RosterField.FAMILY  # the family name stands for the last name
    return headers.get(wanted) or DEFAULT_HEADERS[wanted]


def _repeated_people(
    families: Iterable[list[RosterRow]],
    members: Mapping[int, Member],
    headers: Mapping[RosterField, str],
) -> list[RowProblem]:
    """A person on two rows of the same family (a copy-paste slip) is a problem."""
    problems = []
    for family_rows in families:
        seen: dict[tuple[str, MemberKind], int] = {}
        for row in family_rows:
            member = members.get(row.row)
            if member is None:
                continue
            key = member_key(member)
            if key in seen:
                problems.append(
                    RowProblem(
                        row.row,
                        _header(headers, RosterField.FIRST_NAME),
                        QT_TRANSLATE_NOOP("Errors", "{name} is on row {row} already."),
                        {"name": member.first_name, "row": seen[key]},
                    )
                )
            else:
                seen[key] = row.row
    return problems


def _stored_by_name(families: Iterable[Family]) -> dict[str, list[Family]]:
    stored: dict[str, list[Family]] = {}
    for family in families:
        stored.setdefault(family_key(family.name), []).append(family)
    return stored


def _enrolments_by_family(enrolments: Iterable[Enrolment]) -> dict[uuid.UUID, list[Enrolment]]:
    by_family: dict[uuid.UUID, list[Enrolment]] = {}
    for enrolment in enrolments:
        by_family.setdefault(enrolment.family_id, []).append(enrolment)
    return by_family


def _family_plan(
    rows: list[RosterRow],
    members: Mapping[int, Member],
    bad: set[int],
    stored: Mapping[str, list[Family]],
    in_group: Mapping[uuid.UUID, list[Enrolment]],
    group_id: uuid.UUID,
    today: date,
) -> FamilyPlan:
    numbers = tuple(r.row for r in rows)
    valid = not bad.intersection(numbers)
    people = [members[r.row] for r in rows if r.row in members]
    name = " ".join(rows[0].family_name.split())
    recognised = recognise_family(stored.get(family_key(name), []), people)
    consents_changed = False
    if recognised is None:
        family = Family(name=name, members=people)
        _take_consents(family, rows)
        new_members: tuple[Member, ...] = ()
    else:
        consents_changed = _take_consents(recognised, rows)
        family = recognised
        known = {member_key(m) for m in recognised.members}
        new_members = tuple(m for m in people if member_key(m) not in known)
        for member in new_members:  # the family's name as the database already writes it
            if family_key(member.last_name) == family_key(recognised.name):
                member.last_name = recognised.name
    enrolment = _enrolment(rows, family.id, in_group.get(family.id, []), group_id, today)
    return FamilyPlan(
        name=name,
        rows=numbers,
        family=family,
        is_new=recognised is None,
        new_members=new_members,
        consents_changed=consents_changed,
        enrolment=enrolment,
        valid=valid,
    )


def _take_consents(family: Family, rows: list[RosterRow]) -> bool:
    """Give the family the notice day and permissions its rows give (the first row that
    gives each); what the rows leave empty stays as it is. True when something changed."""
    before = (family.privacy_notice_on, family.photo_permission, family.contact_permission)
    notice = next((r.privacy_notice_on for r in rows if r.privacy_notice_on is not None), None)
    photo = next((r.photo_permission for r in rows if r.photo_permission is not None), None)
    contact = next((r.contact_permission for r in rows if r.contact_permission is not None), None)
    family.privacy_notice_on = notice or family.privacy_notice_on
    family.photo_permission = photo or family.photo_permission
    family.contact_permission = contact or family.contact_permission
    return before != (family.privacy_notice_on, family.photo_permission, family.contact_permission)


def _enrolment(
    rows: list[RosterRow],
    family_id: uuid.UUID,
    existing: list[Enrolment],
    group_id: uuid.UUID,
    today: date,
) -> Enrolment | None:
    status = next((r.status for r in rows if r.status is not None), EnrolmentStatus.ENROLLED)
    enrolled_on = next((r.enrolled_on for r in rows if r.enrolled_on is not None), None)
    if status is EnrolmentStatus.LEFT:
        # A family that left is recorded once; any enrolment in the group says enough.
        if existing:
            return None
        # The roster does not say when it left; the import day is the latest it can be.
        left_on = max(today, enrolled_on) if enrolled_on else today
        return Enrolment(
            family_id=family_id,
            group_id=group_id,
            status=status,
            enrolled_on=enrolled_on,
            left_on=left_on,
        )
    if any(e.status is not EnrolmentStatus.LEFT for e in existing):
        return None
    return Enrolment(family_id=family_id, group_id=group_id, status=status, enrolled_on=enrolled_on)
