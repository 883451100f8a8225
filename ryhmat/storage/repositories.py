"""SQLAlchemy implementations of the repository protocols of ``ryhmat.domain.ports``.

Parent rows go through the ORM (``_apply`` copies a domain object onto a row);
child rows (ordered leaders, slots, members) are read and written with Core
statements and always read as plain tuples, so the session's identity map never
holds a child row that a Core statement has replaced behind its back.
"""

from __future__ import annotations

import builtins  # the repositories' own `list` method hides the builtin in class bodies
import functools
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, cast

from sqlalchemy import (
    ColumnElement,
    CursorResult,
    Row,
    Select,
    String,
    Table,
    and_,
    bindparam,
    case,
    delete,
    insert,
    literal_column,
    or_,
    select,
    type_coerce,
    union_all,
    update,
)
from sqlalchemy.orm import InstrumentedAttribute, aliased
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm.attributes import set_committed_value

from ryhmat.domain.calendar import CalendarEntry, CalendarFilter
from ryhmat.domain.errors import QT_TRANSLATE_NOOP, ChangedElsewhere, NotFound
from ryhmat.domain.feeds import Feed, PublishedState
from ryhmat.domain.model import (
    AUDIT_FIELD_SEPARATOR,
    AUDIT_MARK_SEPARATOR,
    Attendance,
    AttendanceMark,
    AuditAction,
    ClosurePeriod,
    Enrolment,
    EnrolmentStatus,
    Family,
    FamilyMark,
    Group,
    Headcount,
    HeldSession,
    Member,
    Organisation,
    Place,
    Series,
    Session,
    SessionStatus,
    WeeklySlot,
    Worker,
    WorkerPair,
)
from ryhmat.domain.names import comparable_name
from ryhmat.domain.timezone import HELSINKI
from ryhmat.storage.orm import (
    ADULT_COLUMNS,
    CHILD_COLUMNS,
    AttendanceRow,
    AuditEntryRow,
    Base,
    ClosurePeriodRow,
    EnrolmentRow,
    FamilyMemberRow,
    FamilyRow,
    FeedRow,
    GroupOrganiserRow,
    GroupRow,
    HeadcountRow,
    IdRow,
    OrganisationRow,
    PlaceRow,
    PublishedEventRow,
    SeriesDateRow,
    SeriesLeaderRow,
    SeriesRow,
    SeriesSlotRow,
    SessionLeaderRow,
    SessionRow,
    WorkerPairRow,
    WorkerRow,
    utc_now,
)

if TYPE_CHECKING:
    from ryhmat.storage.audit import SqlAuditRepository

E = TypeVar("E")
R = TypeVar("R", bound=IdRow)
T = TypeVar("T")

Values = dict[str, Any]
# Child rows by child table name, without the parent key.
ChildValues = dict[str, list[Values]]
RowsById = dict[uuid.UUID, list[Row[Any]]]

# Rows per executemany: bounds memory on big imports without many round trips.
INSERT_CHUNK = 5000
# Ids per IN list: well under SQLite's bound-parameter limit.
IN_CHUNK = 500


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for first in range(0, len(items), size):
        yield items[first : first + size]


def uuid_reader() -> Callable[[Any], uuid.UUID]:
    """Turns ids read as stored (``type_coerce(column, String)``) into UUIDs, each
    distinct id once: a read of tens of thousands of rows names a few thousand
    sessions and members, and a UUID costs more to make than to look up. SQLite
    gives the hex text, PostgreSQL's driver a UUID already."""
    made: dict[Any, uuid.UUID] = {}

    def read(stored: Any) -> uuid.UUID:
        found = made.get(stored)
        if found is None:
            found = stored if isinstance(stored, uuid.UUID) else uuid.UUID(stored)
            made[stored] = found
        return found

    return read


def table_of(row_type: type[Base]) -> Table:
    return cast(Table, row_type.__table__)


def unrecorded_criteria(now: datetime) -> list[ColumnElement[bool]]:
    """What makes a session (a row of the sessions table) not recorded at ``now``,
    as ``ryhmat.domain.statistics`` defines it: not cancelled, ended by then on
    Helsinki clocks, with neither an attendance mark nor a headcount. The
    Kirjaamatta panel and the statistics both ask this, and only this."""
    sessions, marks, headcounts = (
        table_of(SessionRow),
        table_of(AttendanceRow),
        table_of(HeadcountRow),
    )
    clock = now.astimezone(HELSINKI)
    today = clock.date()
    return [
        sessions.c.status != SessionStatus.CANCELLED,
        or_(sessions.c.day < today, and_(sessions.c.day == today, sessions.c.end <= clock.time())),
        # The headcounts first: a smaller index, and a counted session needs no
        # look in the marks' (SQLite tries the conditions in this order).
        ~select(headcounts.c.session_id).where(headcounts.c.session_id == sessions.c.id).exists(),
        ~select(marks.c.session_id).where(marks.c.session_id == sessions.c.id).exists(),
    ]


def insert_rows(db: DbSession, table: Table, rows: Sequence[Values]) -> None:
    """Core executemany: far faster than ORM objects for tens of thousands of rows."""
    for chunk in chunks(rows, INSERT_CHUNK):
        db.execute(insert(table), list(chunk))


@dataclass(frozen=True, slots=True)
class Child:
    """A child table of an entity: rows that live and die with their parent."""

    table: Table
    parent_key: str
    order: tuple[str, ...] = ("position",)

    @property
    def name(self) -> str:
        return self.table.name

    def own_columns(self) -> list[Any]:
        return [column for column in self.table.c if column.name != self.parent_key]


class LoadedChildren:
    """Child rows of a batch of parents, grouped by parent id."""

    def __init__(self, by_table: Mapping[str, Mapping[uuid.UUID, list[Row[Any]]]]) -> None:
        self._by_table = by_table

    def of(self, table: str, parent_id: uuid.UUID) -> list[Row[Any]]:
        return self._by_table[table].get(parent_id, [])


class SqlRepository(Generic[E, R]):
    """get / list / save / add_many / delete for one entity and its child tables."""

    row_type: ClassVar[type[IdRow]]
    # A flat entity (its dataclass fields are exactly its row's columns) needs
    # nothing more; an entity with child tables overrides _values and _to_domain.
    domain_type: ClassVar[type[Any]]
    children: ClassVar[tuple[Child, ...]] = ()
    # A versioned entity has a ``version`` field and its row a ``version`` column;
    # the messages say what was changed or removed by someone else.
    versioned: ClassVar[bool] = False
    changed_elsewhere: ClassVar[str] = ""
    removed_elsewhere: ClassVar[str] = ""

    def __init__(self, db: DbSession) -> None:
        self._db = db

    # -- what each entity defines -------------------------------------------------

    def _order(self) -> Sequence[Any]:
        return (self.row_type.id,)

    def _values(self, entity: E) -> Values:
        """The parent row's columns, ``id`` included."""
        return {f.name: getattr(entity, f.name) for f in fields(self.domain_type)}

    def _child_values(self, entity: E) -> ChildValues:
        return {}

    def _to_domain(self, row: R, children: LoadedChildren) -> E:
        entity: E = self.domain_type(
            **{f.name: getattr(row, f.name) for f in fields(self.domain_type)}
        )
        return entity

    def _children_changed(self, row: R) -> None:
        """Called on save when child rows of an existing parent changed."""

    # -- the protocol ---------------------------------------------------------------

    def get(self, entity_id: uuid.UUID) -> E | None:
        found = self._find(self.row_type.id == entity_id)
        return found[0] if found else None

    def get_many(self, entity_ids: Iterable[uuid.UUID]) -> builtins.list[E]:
        wanted = list(set(entity_ids))
        return [
            entity
            for chunk in chunks(wanted, IN_CHUNK)
            for entity in self._find(self.row_type.id.in_(chunk))
        ]

    def list(self) -> builtins.list[E]:
        return self._find()

    def is_empty(self) -> bool:
        return self._db.scalar(select(self.row_type.id).limit(1)) is None

    def save(self, entity: E) -> None:
        values = self._values(entity)
        seen = values.pop("version", None)
        row = cast(R | None, self._db.get(self.row_type, values["id"]))
        is_new = row is None
        if self.versioned:
            self._check_version(row, seen)
        if row is None:
            row = cast(R, self.row_type())
            self._db.add(row)
            if self.versioned:
                values["version"] = 1
        _apply(row, values)
        changed = self._db.is_modified(row)
        self._db.flush()
        children_changed = self._sync_children(values["id"], self._child_values(entity))
        if children_changed and not is_new:
            self._children_changed(row)
        if self.versioned and not is_new and (changed or children_changed):
            values["version"] = self._claim_version(row, cast(int, seen))
        if self.versioned and "version" in values:
            cast(Any, entity).version = values["version"]

    def _check_version(self, row: R | None, seen: int | None) -> None:
        """Refuse to save over a change (or a removal) someone else saved since ``seen``."""
        if row is None and seen:
            raise NotFound(self.removed_elsewhere)
        if row is not None and cast(Any, row).version != seen:
            raise ChangedElsewhere(self.changed_elsewhere)

    def _claim_version(self, row: R, seen: int) -> int:
        """Raise the stored version by one, if it is still ``seen``.

        ``_check_version`` compared with what this transaction read; this guarded
        UPDATE closes the race with a concurrent save. On PostgreSQL the second of
        two concurrent saves waits for the first to commit and then finds the
        version moved on; raising rolls back everything this save wrote.
        """
        table = table_of(self.row_type)
        claimed = cast(
            CursorResult[Any],
            self._db.execute(
                update(table)
                .where(table.c.id == row.id, table.c.version == seen)
                .values(version=seen + 1)
            ),
        )
        if claimed.rowcount != 1:
            raise ChangedElsewhere(self.changed_elsewhere)
        # The row object must not write its stale version back at the next flush.
        set_committed_value(row, "version", seen + 1)
        return seen + 1

    def add_many(self, entities: Sequence[E]) -> None:
        self._db.flush()
        parents = [self._values(entity) for entity in entities]
        if self.versioned:
            for entity, values in zip(entities, parents, strict=True):
                cast(Any, entity).version = values["version"] = 1
        insert_rows(self._db, table_of(self.row_type), parents)
        children = [self._child_values(entity) for entity in entities]
        for child in self.children:
            rows = [
                {**row, child.parent_key: parent["id"]}
                for parent, values in zip(parents, children, strict=True)
                for row in values[child.name]
            ]
            insert_rows(self._db, child.table, rows)

    def delete(self, entity_id: uuid.UUID) -> None:
        self._db.flush()
        self._db.execute(
            delete(table_of(self.row_type)).where(table_of(self.row_type).c.id == entity_id)
        )
        # ON DELETE CASCADE / SET NULL changed rows the identity map may hold;
        # every change is flushed already, so forgetting the map loses nothing.
        self._db.expunge_all()

    # -- helpers ----------------------------------------------------------------------

    def _find(
        self, *criteria: ColumnElement[bool], order: Sequence[Any] | None = None
    ) -> builtins.list[E]:
        """Parents matching ``criteria`` and their children: one query per table."""
        query = select(self.row_type).where(*criteria).order_by(*(order or self._order()))
        rows = cast(Sequence[R], self._db.scalars(query).all())
        if not rows:
            return []
        loaded = LoadedChildren(
            {child.name: self._load_children(child, criteria) for child in self.children}
        )
        return [self._to_domain(row, loaded) for row in rows]

    def _first(self, *criteria: ColumnElement[bool]) -> E | None:
        found = self._find(*criteria)
        return found[0] if found else None

    def _names(self, column: InstrumentedAttribute[str]) -> dict[uuid.UUID, str]:
        query = select(self.row_type.id, column).order_by(*self._order())
        return dict(self._db.execute(query).all())

    def _ids_where(self, *criteria: ColumnElement[bool]) -> set[uuid.UUID]:
        return set(self._db.scalars(select(self.row_type.id).where(*criteria)))

    def _by_name(self, column: InstrumentedAttribute[str], name: str) -> E | None:
        """The entity whose name compares equal (``comparable_name``), the exactly
        equal one first. Compared here, not in SQL, so that both databases agree to
        the letter; named entities (groups, places…) are hundreds, and only their
        ids and names are read."""
        wanted = comparable_name(name)
        same = {i: n for i, n in self._names(column).items() if comparable_name(n) == wanted}
        if not same:
            return None
        exact = [i for i, stored in same.items() if stored == name]
        return self.get((exact or list(same))[0])

    def _load_children(self, child: Child, criteria: Sequence[ColumnElement[bool]]) -> RowsById:
        parent_key = child.table.c[child.parent_key]
        query = (
            select(parent_key, *child.own_columns())
            .join(self.row_type, parent_key == self.row_type.id)
            .where(*criteria)
            .order_by(parent_key, *(child.table.c[name] for name in child.order))
        )
        grouped: RowsById = defaultdict(list)
        for row in self._db.execute(query):
            grouped[row[0]].append(row)
        return grouped

    def _sync_children(self, parent_id: uuid.UUID, values: ChildValues) -> bool:
        changed = False
        for child in self.children:
            changed |= self._replace_children(child, parent_id, values[child.name])
        return changed

    def _replace_children(
        self, child: Child, parent_id: uuid.UUID, rows: builtins.list[Values]
    ) -> bool:
        """Rewrite the child rows if they differ; nothing refers to these rows."""
        parent_key = child.table.c[child.parent_key]
        current_query = (
            select(*child.own_columns())
            .where(parent_key == parent_id)
            .order_by(*(child.table.c[name] for name in child.order))
        )
        current = [dict(row._mapping) for row in self._db.execute(current_query)]
        if current == rows:
            return False
        self._db.execute(delete(child.table).where(parent_key == parent_id))
        insert_rows(self._db, child.table, [{**row, child.parent_key: parent_id} for row in rows])
        return True


def _apply(row: Base, values: Values) -> None:
    for name, value in values.items():
        setattr(row, name, value)


def _positions(ids: Sequence[uuid.UUID], column: str) -> list[Values]:
    return [{"position": index, column: value} for index, value in enumerate(ids)]


# -- organisations, workers, places, closures ----------------------------------------


class SqlOrganisationRepository(SqlRepository[Organisation, OrganisationRow]):
    domain_type = Organisation
    row_type = OrganisationRow

    def _order(self) -> Sequence[Any]:
        return (OrganisationRow.name, OrganisationRow.id)

    def by_name(self, name: str) -> Organisation | None:
        return self._by_name(OrganisationRow.name, name)

    def names(self) -> dict[uuid.UUID, str]:
        return self._names(OrganisationRow.name)

    def archived_ids(self) -> set[uuid.UUID]:
        return self._ids_where(OrganisationRow.archived.is_(True))


class SqlWorkerRepository(SqlRepository[Worker, WorkerRow]):
    domain_type = Worker
    row_type = WorkerRow

    def _order(self) -> Sequence[Any]:
        return (WorkerRow.name, WorkerRow.id)

    def by_name(self, name: str) -> Worker | None:
        return self._by_name(WorkerRow.name, name)

    def names(self) -> dict[uuid.UUID, str]:
        return self._names(WorkerRow.name)

    def archived_ids(self) -> set[uuid.UUID]:
        return self._ids_where(WorkerRow.archived.is_(True))


class SqlWorkerPairRepository(SqlRepository[WorkerPair, WorkerPairRow]):
    domain_type = WorkerPair
    row_type = WorkerPairRow


class SqlPlaceRepository(SqlRepository[Place, PlaceRow]):
    domain_type = Place
    row_type = PlaceRow

    def _order(self) -> Sequence[Any]:
        return (PlaceRow.name, PlaceRow.id)

    def by_name(self, name: str) -> Place | None:
        return self._by_name(PlaceRow.name, name)

    def names(self) -> dict[uuid.UUID, str]:
        return self._names(PlaceRow.name)

    def archived_ids(self) -> set[uuid.UUID]:
        return self._ids_where(PlaceRow.archived.is_(True))


class SqlClosureRepository(SqlRepository[ClosurePeriod, ClosurePeriodRow]):
    domain_type = ClosurePeriod
    row_type = ClosurePeriodRow

    def _order(self) -> Sequence[Any]:
        # A list of holidays reads in calendar order, not alphabetically.
        return (ClosurePeriodRow.first_day, ClosurePeriodRow.name, ClosurePeriodRow.id)

    def overlapping(self, first_day: date, last_day: date) -> builtins.list[ClosurePeriod]:
        return self._find(
            ClosurePeriodRow.first_day <= last_day, ClosurePeriodRow.last_day >= first_day
        )


# -- groups and series ------------------------------------------------------------------

_ORGANISERS = Child(table_of(GroupOrganiserRow), "group_id")


class SqlGroupRepository(SqlRepository[Group, GroupRow]):
    row_type = GroupRow
    children = (_ORGANISERS,)
    versioned = True
    changed_elsewhere = QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed this group while you were editing it. Its saved state is "
        "shown now; make your change again if it is still needed.",
    )
    removed_elsewhere = QT_TRANSLATE_NOOP(
        "Errors", "Someone else removed this group while you were editing it."
    )

    def _order(self) -> Sequence[Any]:
        return (GroupRow.name, GroupRow.id)

    def _values(self, entity: Group) -> Values:
        return {
            "id": entity.id,
            "name": entity.name,
            "type": entity.type,
            "attendance_mode": entity.attendance_mode,
            "target_age_min": entity.target_age_min,
            "target_age_max": entity.target_age_max,
            "capacity": entity.capacity,
            "default_place_id": entity.default_place_id,
            "default_pair_id": entity.default_pair_id,
            "is_public": entity.is_public,
            "description": entity.description,
            "archived": entity.archived,
            "version": entity.version,
        }

    def _child_values(self, entity: Group) -> ChildValues:
        return {_ORGANISERS.name: _positions(entity.organiser_ids, "organisation_id")}

    def _to_domain(self, row: GroupRow, children: LoadedChildren) -> Group:
        return Group(
            id=row.id,
            name=row.name,
            type=row.type,
            attendance_mode=row.attendance_mode,
            organiser_ids=[c.organisation_id for c in children.of(_ORGANISERS.name, row.id)],
            target_age_min=row.target_age_min,
            target_age_max=row.target_age_max,
            capacity=row.capacity,
            default_place_id=row.default_place_id,
            default_pair_id=row.default_pair_id,
            is_public=row.is_public,
            description=row.description,
            archived=row.archived,
            version=row.version,
        )

    def by_name(self, name: str) -> Group | None:
        return self._by_name(GroupRow.name, name)

    def names(self) -> dict[uuid.UUID, str]:
        return self._names(GroupRow.name)

    def archived_ids(self) -> set[uuid.UUID]:
        return self._ids_where(GroupRow.archived.is_(True))


_SLOTS = Child(table_of(SeriesSlotRow), "series_id")
_DATES = Child(table_of(SeriesDateRow), "series_id", order=("day",))
_SERIES_LEADERS = Child(table_of(SeriesLeaderRow), "series_id")


class SqlSeriesRepository(SqlRepository[Series, SeriesRow]):
    row_type = SeriesRow
    children = (_SLOTS, _DATES, _SERIES_LEADERS)

    def _order(self) -> Sequence[Any]:
        return (SeriesRow.name, SeriesRow.id)

    def _values(self, entity: Series) -> Values:
        return {
            "id": entity.id,
            "group_id": entity.group_id,
            "name": entity.name,
            "first_day": entity.first_day,
            "last_day": entity.last_day,
            "interval_weeks": entity.interval_weeks,
            "chosen_start": entity.chosen_start,
            "chosen_end": entity.chosen_end,
            "place_id": entity.place_id,
        }

    def _child_values(self, entity: Series) -> ChildValues:
        slots = [
            {"position": index, "weekday": slot.weekday, "start": slot.start, "end": slot.end}
            for index, slot in enumerate(entity.slots)
        ]
        # Chosen dates are a set in the database: stored once each, read back sorted.
        dates = [{"day": day} for day in sorted(set(entity.chosen_dates))]
        return {
            _SLOTS.name: slots,
            _DATES.name: dates,
            _SERIES_LEADERS.name: _positions(entity.leader_ids, "worker_id"),
        }

    def _to_domain(self, row: SeriesRow, children: LoadedChildren) -> Series:
        return Series(
            id=row.id,
            group_id=row.group_id,
            name=row.name,
            first_day=row.first_day,
            last_day=row.last_day,
            slots=[
                WeeklySlot(weekday=s.weekday, start=s.start, end=s.end)
                for s in children.of(_SLOTS.name, row.id)
            ],
            interval_weeks=row.interval_weeks,
            chosen_dates=[d.day for d in children.of(_DATES.name, row.id)],
            chosen_start=row.chosen_start,
            chosen_end=row.chosen_end,
            place_id=row.place_id,
            leader_ids=[c.worker_id for c in children.of(_SERIES_LEADERS.name, row.id)],
        )

    def for_group(self, group_id: uuid.UUID) -> builtins.list[Series]:
        # A group's seasons read in calendar order.
        order = (SeriesRow.first_day, SeriesRow.name, SeriesRow.id)
        return self._find(SeriesRow.group_id == group_id, order=order)


# -- sessions ---------------------------------------------------------------------------

_SESSION_LEADERS = Child(table_of(SessionLeaderRow), "session_id")


# Sessions in time order; the id settles ties so every read agrees.
SESSION_ORDER = (SessionRow.day, SessionRow.start, SessionRow.id)


class SqlSessionRepository(SqlRepository[Session, SessionRow]):
    row_type = SessionRow
    children = (_SESSION_LEADERS,)
    versioned = True
    changed_elsewhere = QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed this session while you were editing it. Its saved state is "
        "shown now; make your change again if it is still needed.",
    )
    removed_elsewhere = QT_TRANSLATE_NOOP(
        "Errors", "Someone else removed this session while you were editing it."
    )

    def _order(self) -> Sequence[Any]:
        return SESSION_ORDER

    def _values(self, entity: Session) -> Values:
        return {
            "id": entity.id,
            "group_id": entity.group_id,
            "series_id": entity.series_id,
            "day": entity.day,
            "start": entity.start,
            "end": entity.end,
            "occurrence_day": entity.occurrence_day,
            "place_id": entity.place_id,
            "theme": entity.theme,
            "notes": entity.notes,
            "status": entity.status,
            "cancel_reason": entity.cancel_reason,
            "edited_individually": entity.edited_individually,
            "sequence": entity.sequence,
            "version": entity.version,
        }

    def _child_values(self, entity: Session) -> ChildValues:
        return {_SESSION_LEADERS.name: _positions(entity.leader_ids, "worker_id")}

    def _children_changed(self, row: SessionRow) -> None:
        row.updated_at = utc_now()

    def _to_domain(self, row: SessionRow, children: LoadedChildren) -> Session:
        return Session(
            id=row.id,
            group_id=row.group_id,
            day=row.day,
            start=row.start,
            end=row.end,
            series_id=row.series_id,
            occurrence_day=row.occurrence_day,
            place_id=row.place_id,
            theme=row.theme,
            notes=row.notes,
            leader_ids=[c.worker_id for c in children.of(_SESSION_LEADERS.name, row.id)],
            status=row.status,
            cancel_reason=row.cancel_reason,
            edited_individually=row.edited_individually,
            sequence=row.sequence,
            version=row.version,
        )

    def for_series(self, series_id: uuid.UUID) -> builtins.list[Session]:
        return self._find(SessionRow.series_id == series_id)

    def between(
        self, first_day: date, last_day: date, group_ids: Sequence[uuid.UUID] | None = None
    ) -> builtins.list[Session]:
        criteria = [SessionRow.day >= first_day, SessionRow.day <= last_day]
        if group_ids is not None:
            if not group_ids:
                return []
            criteria.append(SessionRow.group_id.in_(list(group_ids)))
        return self._find(*criteria)

    def with_attendance(self, session_ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        self._db.flush()
        found: set[uuid.UUID] = set()
        for chunk in chunks(list(set(session_ids)), IN_CHUNK):
            marked = select(AttendanceRow.session_id).where(AttendanceRow.session_id.in_(chunk))
            counted = select(HeadcountRow.session_id).where(HeadcountRow.session_id.in_(chunk))
            found.update(self._db.scalars(marked.union(counted)))
        return found

    def lock_group(self, group_id: uuid.UUID) -> None:
        # FOR UPDATE waits for a colleague's uncommitted save of these rows (their
        # details, or their attendance, which claims the session's attendance
        # version). SQLite has no row locks: the UPDATE takes its one writer's lock.
        self._db.flush()
        table = table_of(SessionRow)
        if self._db.get_bind().dialect.name == "sqlite":
            self._db.execute(
                update(table).where(table.c.group_id == group_id).values(version=table.c.version)
            )
            return
        locked = select(table.c.id).where(table.c.group_id == group_id).with_for_update()
        self._db.execute(locked).all()

    def unrecorded(self, first_day: date, now: datetime) -> builtins.list[Session]:
        """The sessions are looked through once, for the ids of those not recorded,
        which are then read by id: with the conditions in the leaders' query as
        well, a year of sessions and their marks would be looked through twice."""
        unrecorded = select(SessionRow.id).where(
            SessionRow.day >= first_day, *unrecorded_criteria(now)
        )
        return self.get_many(self._db.scalars(unrecorded))

    def calendar(
        self, first_day: date, last_day: date, wanted: CalendarFilter
    ) -> builtins.list[CalendarEntry]:
        """One statement of plain columns, names joined in: a flip of the calendar
        builds no ORM entities, loads no directory of places and no leaders (a
        tooltip asks for those, through calendar_leaders), and says of each session
        whether it is in conflict, not with which (stored_clashes, for a tooltip)."""
        # Iterating a result fetches one row per call to the driver; all() fetches them at once.
        rows = self._db.connection().execute(
            _calendar_statement(_shape_of(wanted)), _calendar_values(first_day, last_day, wanted)
        )
        read = uuid_reader()
        return [
            CalendarEntry(
                session_id=read(row[0]),
                group_id=read(row[1]),
                group_name=row[2],
                group_type=row[3],
                day=row[4],
                start=row[5],
                end=row[6],
                status=row[7],
                cancel_reason=row[8],
                theme=row[9],
                place=row[10],
                in_conflict=bool(row[11]),
            )
            for row in rows.all()
        ]

    def held(
        self, first_day: date, last_day: date, wanted: CalendarFilter
    ) -> builtins.list[HeldSession]:
        query = _held_statement(_shape_of(wanted))
        values = _calendar_values(first_day, last_day, wanted)
        read = uuid_reader()
        return [
            HeldSession(read(session), read(group), day, start)
            for session, group, day, start in self._db.connection().execute(query, values).all()
        ]


# The calendar's statements are built once for each kind of filter, its values bound
# at each read: building them was a fifth of a week's flip.
FilterShape = frozenset[str]
AnySelect = Select[*tuple[Any, ...]]
_FILTER_FIELDS = ("group_id", "organisation_id", "place_id", "worker_id")


def _shape_of(wanted: CalendarFilter) -> FilterShape:
    return frozenset(name for name in _FILTER_FIELDS if getattr(wanted, name) is not None)


def _calendar_values(first_day: date, last_day: date, wanted: CalendarFilter) -> dict[str, Any]:
    values: dict[str, Any] = {"first_day": first_day, "last_day": last_day}
    values.update((name, getattr(wanted, name)) for name in _shape_of(wanted))
    return values


def _calendar_criteria(shape: FilterShape) -> builtins.list[ColumnElement[bool]]:
    criteria = [SessionRow.day >= bindparam("first_day"), SessionRow.day <= bindparam("last_day")]
    if "group_id" in shape:
        criteria.append(SessionRow.group_id == bindparam("group_id"))
    if "organisation_id" in shape:
        organised = select(GroupOrganiserRow.group_id).where(
            GroupOrganiserRow.organisation_id == bindparam("organisation_id")
        )
        criteria.append(SessionRow.group_id.in_(organised))
    if "place_id" in shape:
        criteria.append(SessionRow.place_id == bindparam("place_id"))
    if "worker_id" in shape:
        # A list of the worker's sessions, made once: a correlated EXISTS was
        # planned on the worker's index and read all their sessions per session.
        led = aliased(SessionLeaderRow)
        criteria.append(
            SessionRow.id.in_(select(led.session_id).where(led.worker_id == bindparam("worker_id")))
        )
    return criteria


def _in_conflict() -> ColumnElement[bool]:
    """Whether the outer query's session shares a worker or a place with another
    session at an overlapping time: domain.conflicts.find_conflicts's rule.

    The bookings (session, place or worker) of the range's days are gathered once
    and joined with themselves, for every session of those days whatever the filter
    shows; a correlated EXISTS per session cost a month flip several times more.
    """
    booked = (
        SessionRow.day >= bindparam("first_day"),
        SessionRow.day <= bindparam("last_day"),
        SessionRow.status != SessionStatus.CANCELLED,  # a cancelled session frees both
    )
    when = (SessionRow.id, SessionRow.day, SessionRow.start, SessionRow.end)
    places: AnySelect = select(
        *when, literal_column("'place'").label("kind"), SessionRow.place_id.label("booked")
    ).where(*booked, SessionRow.place_id.is_not(None))
    workers: AnySelect = (
        select(*when, literal_column("'worker'"), SessionLeaderRow.worker_id)
        .join(SessionLeaderRow, SessionLeaderRow.session_id == SessionRow.id)
        .where(*booked)
    )
    bookings = union_all(places, workers).cte("bookings")
    mine, theirs = bookings.alias("mine"), bookings.alias("theirs")
    clashing = select(mine.c.id).join(
        theirs,
        and_(
            theirs.c.booked == mine.c.booked,  # the place or the worker
            theirs.c.kind == mine.c.kind,
            theirs.c.day == mine.c.day,
            # Not with itself, even if a worker is listed twice in it.
            theirs.c.id != mine.c.id,
            # Sessions never cross midnight; one ending as the next starts does not overlap.
            theirs.c.start < mine.c.end,
            mine.c.start < theirs.c.end,
        ),
    )
    return SessionRow.id.in_(clashing)


@functools.cache
def _calendar_statement(shape: FilterShape) -> AnySelect:
    return (
        select(
            type_coerce(SessionRow.id, String),
            type_coerce(SessionRow.group_id, String),
            GroupRow.name,
            GroupRow.type,
            SessionRow.day,
            SessionRow.start,
            SessionRow.end,
            SessionRow.status,
            SessionRow.cancel_reason,
            SessionRow.theme,
            PlaceRow.name,
            _in_conflict(),
        )
        .join(GroupRow, GroupRow.id == SessionRow.group_id)
        .outerjoin(PlaceRow, PlaceRow.id == SessionRow.place_id)
        .where(*_calendar_criteria(shape))
        .order_by(*SESSION_ORDER)
    )


@functools.cache
def _held_statement(shape: FilterShape) -> AnySelect:
    return (
        select(
            type_coerce(SessionRow.id, String),
            type_coerce(SessionRow.group_id, String),
            SessionRow.day,
            SessionRow.start,
        )
        .where(SessionRow.status == SessionStatus.HELD, *_calendar_criteria(shape))
        .order_by(*SESSION_ORDER)
    )


# -- families and enrolments ------------------------------------------------------------

_MEMBERS = Child(table_of(FamilyMemberRow), "family_id")


class SqlFamilyRepository(SqlRepository[Family, FamilyRow]):
    row_type = FamilyRow
    children = (_MEMBERS,)
    versioned = True
    changed_elsewhere = QT_TRANSLATE_NOOP(
        "Errors",
        "Someone else changed this family's details while you were editing them. The saved "
        "details are shown now; make your change again if it is still needed.",
    )
    removed_elsewhere = QT_TRANSLATE_NOOP(
        "Errors", "Someone else removed this family while you were editing it."
    )

    def __init__(self, db: DbSession, audit: SqlAuditRepository) -> None:
        super().__init__(db)
        self._audit = audit

    def _order(self) -> Sequence[Any]:
        return (FamilyRow.name, FamilyRow.id)

    def _values(self, entity: Family) -> Values:
        return {
            "id": entity.id,
            "name": entity.name,
            "phone": entity.phone,
            "notes": entity.notes,
            "erased_on": entity.erased_on,
            "version": entity.version,
            "search_key": family_search_key(entity.name, (m.full_name for m in entity.members)),
        }

    def _child_values(self, entity: Family) -> ChildValues:
        return {_MEMBERS.name: [_member_values(m, i) for i, m in enumerate(entity.members)]}

    def _to_domain(self, row: FamilyRow, children: LoadedChildren) -> Family:
        return Family(
            id=row.id,
            name=row.name,
            members=[_member(m) for m in children.of(_MEMBERS.name, row.id)],
            phone=row.phone,
            notes=row.notes,
            erased_on=row.erased_on,
            version=row.version,
        )

    def save(self, entity: Family) -> None:
        before = self.get(entity.id)
        super().save(entity)
        self._audit.write(_family_changes(self._audit, before, entity))

    def add_many(self, entities: Sequence[Family]) -> None:
        super().add_many(entities)
        self._audit.write(
            [self._audit.entry(family.id, AuditAction.FAMILY_ADDED) for family in entities]
        )

    def _replace_children(
        self, child: Child, parent_id: uuid.UUID, rows: builtins.list[Values]
    ) -> bool:
        """Members are matched by id: attendance refers to them and must survive an edit."""
        table = child.table
        current_query = (
            select(*child.own_columns())
            .where(table.c.family_id == parent_id)
            .order_by(table.c.position)
        )
        if [dict(row._mapping) for row in self._db.execute(current_query)] == rows:
            return False
        wanted = [row["id"] for row in rows]
        existing = set(self._db.scalars(select(table.c.id).where(table.c.id.in_(wanted))))
        self._db.execute(
            delete(table).where(table.c.family_id == parent_id, table.c.id.not_in(wanted))
        )
        updates = [row for row in rows if row["id"] in existing]
        for row in updates:
            changes = {**row, "family_id": parent_id}
            self._db.execute(update(table).where(table.c.id == row["id"]).values(changes))
        inserts = [{**row, "family_id": parent_id} for row in rows if row["id"] not in existing]
        insert_rows(self._db, table, inserts)
        return True

    def having_members(self, member_ids: Iterable[uuid.UUID]) -> builtins.list[Family]:
        members = table_of(FamilyMemberRow)
        wanted = list(set(member_ids))
        family_ids: set[uuid.UUID] = set()
        for chunk in chunks(wanted, IN_CHUNK):
            query = select(members.c.family_id).where(members.c.id.in_(chunk))
            family_ids.update(self._db.scalars(query))
        return self.get_many(family_ids)

    def remove(self, family: Family) -> None:
        self._db.flush()
        row = cast(FamilyRow | None, self._db.get(FamilyRow, family.id))
        self._check_version(row, family.version)
        if row is None:
            return
        # Claimed like a save: a colleague's save of it meanwhile wins, this waits.
        self._claim_version(row, family.version)
        self.delete(family.id)

    def search(self, text: str, limit: int) -> builtins.list[Family]:
        words = comparable_name(text).split()
        if not words or limit < 1:
            return []
        self._db.flush()
        families = table_of(FamilyRow)
        key = families.c.search_key
        # The key begins with the family's own name: a family called what was typed first.
        named_so = case((key.startswith(" ".join(words), autoescape=True), 0), else_=1)
        query = (
            select(families.c.id)
            .where(
                families.c.erased_on.is_(None),
                *(key.contains(word, autoescape=True) for word in words),
            )
            .order_by(named_so, families.c.name, families.c.id)
            .limit(limit)
        )
        order = {family_id: i for i, family_id in enumerate(self._db.scalars(query))}
        return sorted(self.get_many(order), key=lambda family: order[family.id])

    def inactive_since(self, cutoff: date) -> builtins.list[uuid.UUID]:
        self._db.flush()
        families, members = table_of(FamilyRow), table_of(FamilyMemberRow)
        enrolments, marks = table_of(EnrolmentRow), table_of(AttendanceRow)
        sessions, entries = table_of(SessionRow), table_of(AuditEntryRow)
        in_a_group = select(enrolments.c.id).where(
            enrolments.c.family_id == families.c.id,
            or_(
                enrolments.c.status != EnrolmentStatus.LEFT,
                enrolments.c.enrolled_on >= cutoff,
                enrolments.c.left_on >= cutoff,
            ),
        )
        came = (
            select(marks.c.id)
            .join(members, members.c.id == marks.c.member_id)
            .join(sessions, sessions.c.id == marks.c.session_id)
            .where(members.c.family_id == families.c.id, sessions.c.day >= cutoff)
        )
        changed = select(entries.c.id).where(
            entries.c.family_id == families.c.id,
            entries.c.at >= datetime.combine(cutoff, datetime.min.time(), UTC),
        )
        query = (
            select(families.c.id)
            .where(
                families.c.erased_on.is_(None),
                families.c.created_on < cutoff,
                ~in_a_group.exists(),
                ~came.exists(),
                ~changed.exists(),
            )
            .order_by(families.c.id)
        )
        return builtins.list(self._db.scalars(query))


def family_search_key(name: str, people: Iterable[str]) -> str:
    """A family's name and its people's names, each as ``comparable_name`` makes it,
    one per line: a word typed in a search is found inside one name, never across two."""
    return "\n".join(comparable_name(n) for n in (name, *people))


_FAMILY_FIELDS = ("name", "phone", "notes")
_MEMBER_FIELDS = ("first_name", "last_name", "kind", "role", "birth_year", "birth_month")


def _changed_fields(before: object, after: object, names: Sequence[str]) -> str:
    changed = (name for name in names if getattr(before, name) != getattr(after, name))
    return AUDIT_FIELD_SEPARATOR.join(changed)


def _family_changes(
    audit: SqlAuditRepository, before: Family | None, after: Family
) -> builtins.list[Values]:
    """Audit entries for what a save changed in a family and its members."""
    if before is None:
        return [audit.entry(after.id, AuditAction.FAMILY_ADDED)]
    entries = []
    if changed := _changed_fields(before, after, _FAMILY_FIELDS):
        entries.append(audit.entry(after.id, AuditAction.FAMILY_CHANGED, detail=changed))
    old = {member.id: member for member in before.members}
    new = {member.id: member for member in after.members}
    for member_id, member in new.items():
        if member_id not in old:
            action, detail = AuditAction.MEMBER_ADDED, member.full_name
        elif changed := _changed_fields(old[member_id], member, _MEMBER_FIELDS):
            action, detail = AuditAction.MEMBER_CHANGED, changed
        else:
            continue
        entries.append(audit.entry(after.id, action, member_id=member_id, detail=detail))
    entries.extend(
        audit.entry(
            after.id, AuditAction.MEMBER_REMOVED, member_id=member_id, detail=member.full_name
        )
        for member_id, member in old.items()
        if member_id not in new
    )
    return entries


def _member_values(member: Member, position: int) -> Values:
    return {
        "id": member.id,
        "position": position,
        "first_name": member.first_name,
        "last_name": member.last_name,
        "kind": member.kind,
        "role": member.role,
        "birth_year": member.birth_year,
        "birth_month": member.birth_month,
    }


def _member(row: Row[Any]) -> Member:
    return Member(
        id=row.id,
        first_name=row.first_name,
        last_name=row.last_name,
        kind=row.kind,
        role=row.role,
        birth_year=row.birth_year,
        birth_month=row.birth_month,
    )


class SqlEnrolmentRepository(SqlRepository[Enrolment, EnrolmentRow]):
    domain_type = Enrolment
    row_type = EnrolmentRow

    def __init__(self, db: DbSession, audit: SqlAuditRepository) -> None:
        super().__init__(db)
        self._audit = audit

    def for_group(self, group_id: uuid.UUID) -> builtins.list[Enrolment]:
        return self._find(EnrolmentRow.group_id == group_id)

    def for_groups(self, group_ids: Iterable[uuid.UUID]) -> builtins.list[Enrolment]:
        wanted = builtins.list(set(group_ids))
        return [
            enrolment
            for chunk in chunks(wanted, IN_CHUNK)
            for enrolment in self._find(EnrolmentRow.group_id.in_(chunk))
        ]

    def for_family(self, family_id: uuid.UUID) -> builtins.list[Enrolment]:
        return self._find(EnrolmentRow.family_id == family_id)

    def for_families(self, family_ids: Iterable[uuid.UUID]) -> builtins.list[Enrolment]:
        wanted = builtins.list(set(family_ids))
        return [
            enrolment
            for chunk in chunks(wanted, IN_CHUNK)
            for enrolment in self._find(EnrolmentRow.family_id.in_(chunk))
        ]

    def save(self, entity: Enrolment) -> None:
        before = self.get(entity.id)
        super().save(entity)
        if before is None:
            action, detail = AuditAction.ENROLMENT_ADDED, str(entity.status)
        elif changed := _changed_fields(before, entity, _ENROLMENT_FIELDS):
            action, detail = AuditAction.ENROLMENT_CHANGED, changed
        else:
            return
        self._audit.write([self._enrolment_entry(entity, action, detail)])

    def add_many(self, entities: Sequence[Enrolment]) -> None:
        super().add_many(entities)
        self._audit.write(
            [self._enrolment_entry(e, AuditAction.ENROLMENT_ADDED, str(e.status)) for e in entities]
        )

    def delete(self, entity_id: uuid.UUID) -> None:
        before = self.get(entity_id)
        super().delete(entity_id)
        if before is not None:
            self._audit.write([self._enrolment_entry(before, AuditAction.ENROLMENT_REMOVED)])

    def _enrolment_entry(
        self, enrolment: Enrolment, action: AuditAction, detail: str = ""
    ) -> Values:
        return self._audit.entry(
            enrolment.family_id, action, group_id=enrolment.group_id, detail=detail
        )


_ENROLMENT_FIELDS = ("status", "enrolled_on", "left_on")


# -- attendance and headcounts ----------------------------------------------------------


def _attendance_values(mark: Attendance) -> Values:
    return {
        "id": mark.id,
        "session_id": mark.session_id,
        "member_id": mark.member_id,
        "mark": mark.mark,
        "is_guest": mark.is_guest,
    }


def _attendance(row: Row[Any]) -> Attendance:
    return Attendance(
        id=row.id,
        session_id=row.session_id,
        member_id=row.member_id,
        mark=row.mark,
        is_guest=row.is_guest,
    )


# A mark as stored (its value) and as the domain knows it.
_MARKS = {str(mark.value): mark for mark in AttendanceMark}


class SqlAttendanceRepository:
    def __init__(self, db: DbSession, audit: SqlAuditRepository) -> None:
        self._db = db
        self._audit = audit

    def for_session(self, session_id: uuid.UUID) -> builtins.list[Attendance]:
        self._db.flush()
        table = table_of(AttendanceRow)
        query = select(table).where(table.c.session_id == session_id).order_by(table.c.id)
        return [_attendance(row) for row in self._db.execute(query)]

    def for_sessions(self, session_ids: Iterable[uuid.UUID]) -> builtins.list[Attendance]:
        self._db.flush()
        table = table_of(AttendanceRow)
        marks: builtins.list[Attendance] = []
        for chunk in chunks(list(set(session_ids)), IN_CHUNK):
            query = select(table).where(table.c.session_id.in_(chunk))
            marks.extend(_attendance(row) for row in self._db.execute(query))
        return marks

    def family_marks(self, session_ids: Iterable[uuid.UUID]) -> Iterator[FamilyMark]:
        self._db.flush()
        marks, members = table_of(AttendanceRow), table_of(FamilyMemberRow)
        # Every column as stored, made into domain values here: SQLAlchemy's own
        # conversions cost more than the query for a year of marks.
        query = select(
            type_coerce(marks.c.session_id, String),
            type_coerce(marks.c.member_id, String),
            type_coerce(members.c.family_id, String),
            type_coerce(marks.c.mark, String),
        ).join(members, members.c.id == marks.c.member_id)
        read = uuid_reader()
        for chunk in chunks(builtins.list(set(session_ids)), IN_CHUNK):
            for session, member, family, mark in self._db.execute(
                query.where(marks.c.session_id.in_(chunk))
            ):
                yield FamilyMark(read(session), read(member), read(family), _MARKS[mark])

    def replace_for_session(self, session_id: uuid.UUID, marks: Sequence[Attendance]) -> None:
        if any(mark.session_id != session_id for mark in marks):
            raise ValueError("every mark must belong to the session being replaced")
        before = {mark.member_id: mark.mark for mark in self.for_session(session_id)}
        table = table_of(AttendanceRow)
        self._db.execute(delete(table).where(table.c.session_id == session_id))
        insert_rows(self._db, table, [_attendance_values(mark) for mark in marks])
        self._audit_changes(session_id, before, {mark.member_id: mark.mark for mark in marks})

    def _audit_changes(
        self,
        session_id: uuid.UUID,
        before: Mapping[uuid.UUID, AttendanceMark],
        after: Mapping[uuid.UUID, AttendanceMark],
    ) -> None:
        changed = [m for m in before.keys() | after.keys() if before.get(m) != after.get(m)]
        if not changed:
            return
        members = table_of(FamilyMemberRow)
        family_of: dict[uuid.UUID, uuid.UUID] = {}
        for chunk in chunks(changed, IN_CHUNK):
            query = select(members.c.id, members.c.family_id).where(members.c.id.in_(chunk))
            family_of.update((row.id, row.family_id) for row in self._db.execute(query))
        group_id = self._db.scalar(select(SessionRow.group_id).where(SessionRow.id == session_id))
        self._audit.write(
            [
                self._audit.entry(
                    family_of[member_id],
                    AuditAction.MARK_CHANGED,
                    member_id=member_id,
                    group_id=group_id,
                    session_id=session_id,
                    detail=AUDIT_MARK_SEPARATOR.join(
                        (before.get(member_id) or "", after.get(member_id) or "")
                    ),
                )
                for member_id in sorted(changed)
                if member_id in family_of
            ]
        )

    def add_many(self, marks: Sequence[Attendance]) -> None:
        self._db.flush()
        insert_rows(self._db, table_of(AttendanceRow), [_attendance_values(m) for m in marks])

    def recorded_version(self, session_id: uuid.UUID) -> int:
        self._db.flush()
        table = table_of(SessionRow)
        version = self._db.scalar(
            select(table.c.attendance_version).where(table.c.id == session_id)
        )
        return version or 0

    def advance_version(self, session_id: uuid.UUID, seen: int) -> int:
        self._db.flush()
        table = table_of(SessionRow)
        claimed = cast(
            CursorResult[Any],
            self._db.execute(
                update(table)
                .where(table.c.id == session_id, table.c.attendance_version == seen)
                .values(attendance_version=seen + 1)
            ),
        )
        if claimed.rowcount == 1:
            return seen + 1
        if self._db.scalar(select(table.c.id).where(table.c.id == session_id)) is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "The session no longer exists."))
        raise ChangedElsewhere(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Someone else recorded this session's attendance while you were entering it. "
                "The saved marks are shown now; enter your changes again if they are still "
                "needed.",
            )
        )


def _headcount_values(headcount: Headcount) -> Values:
    values: Values = {"session_id": headcount.session_id}
    for role, column in ADULT_COLUMNS.items():
        values[column] = headcount.adults.get(role, 0)
    for band, column in CHILD_COLUMNS.items():
        values[column] = headcount.children.get(band, 0)
    values["first_time_visitors"] = headcount.first_time_visitors
    return values


def _headcount(row: Row[Any]) -> Headcount:
    """Only categories with someone in them: a zero and a missing count are the same."""
    adults = {role: row._mapping[column] for role, column in ADULT_COLUMNS.items()}
    children = {band: row._mapping[column] for band, column in CHILD_COLUMNS.items()}
    return Headcount(
        session_id=row.session_id,
        adults={role: count for role, count in adults.items() if count},
        children={band: count for band, count in children.items() if count},
        first_time_visitors=row.first_time_visitors,
    )


class SqlHeadcountRepository:
    def __init__(self, db: DbSession) -> None:
        self._db = db

    def get(self, session_id: uuid.UUID) -> Headcount | None:
        self._db.flush()
        table = table_of(HeadcountRow)
        row = self._db.execute(select(table).where(table.c.session_id == session_id)).first()
        return None if row is None else _headcount(row)

    def for_sessions(self, session_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, Headcount]:
        self._db.flush()
        table = table_of(HeadcountRow)
        found: dict[uuid.UUID, Headcount] = {}
        for chunk in chunks(list(set(session_ids)), IN_CHUNK):
            for row in self._db.execute(select(table).where(table.c.session_id.in_(chunk))):
                found[row.session_id] = _headcount(row)
        return found

    def save(self, headcount: Headcount) -> None:
        self._db.flush()
        table = table_of(HeadcountRow)
        values = _headcount_values(headcount)
        where = table.c.session_id == headcount.session_id
        result = cast(
            CursorResult[Any], self._db.execute(update(table).where(where).values(values))
        )
        if result.rowcount == 0:
            self._db.execute(insert(table).values(values))

    def add_many(self, headcounts: Sequence[Headcount]) -> None:
        self._db.flush()
        insert_rows(self._db, table_of(HeadcountRow), [_headcount_values(h) for h in headcounts])


# -- calendar feeds -------------------------------------------------------------------


class SqlFeedRepository(SqlRepository[Feed, FeedRow]):
    domain_type = Feed
    row_type = FeedRow

    def _order(self) -> Sequence[Any]:
        return (FeedRow.name, FeedRow.id)

    def by_name(self, name: str) -> Feed | None:
        return self._by_name(FeedRow.name, name)

    def names(self) -> dict[uuid.UUID, str]:
        return self._names(FeedRow.name)


class SqlPublishedEventRepository:
    def __init__(self, db: DbSession) -> None:
        self._db = db

    def get_many(self, session_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, PublishedState]:
        found: dict[uuid.UUID, PublishedState] = {}
        for chunk in chunks(list(set(session_ids)), IN_CHUNK):
            query = select(PublishedEventRow).where(PublishedEventRow.session_id.in_(chunk))
            for row in self._db.scalars(query):
                found[row.session_id] = PublishedState(
                    session_id=row.session_id,
                    fingerprint=row.fingerprint,
                    sequence=row.sequence,
                    modified_at=row.modified_at,
                )
        return found

    def save_many(self, states: Sequence[PublishedState]) -> None:
        self._db.flush()
        table = table_of(PublishedEventRow)
        ids = [state.session_id for state in states]
        for chunk in chunks(ids, IN_CHUNK):
            self._db.execute(delete(table).where(table.c.session_id.in_(chunk)))
        insert_rows(
            self._db,
            table,
            [
                {
                    "session_id": state.session_id,
                    "fingerprint": state.fingerprint,
                    "sequence": state.sequence,
                    "modified_at": state.modified_at,
                }
                for state in states
            ],
        )
