"""Shared plumbing of the SQL repositories: the generic repository, child rows,
chunked inserts and the criteria other storage modules reuse.

Parent rows go through the ORM (``_apply`` copies a domain object onto a row);
child rows (ordered leaders, slots, members) are read and written with Core
statements and always read as plain tuples, so the session's identity map never
holds a child row that a Core statement has replaced behind its back.
"""

from __future__ import annotations

import builtins  # the repositories' own `list` method hides the builtin in class bodies
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar, cast

from sqlalchemy import (
    Boolean,
    ColumnElement,
    CursorResult,
    Row,
    Table,
    and_,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import InstrumentedAttribute
from sqlalchemy.orm import Session as DbSession
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from ryhmat.domain.errors import ChangedElsewhere, NotFound
from ryhmat.domain.model import (
    SessionStatus,
)
from ryhmat.domain.names import comparable_name
from ryhmat.domain.timezone import HELSINKI
from ryhmat.storage.orm import (
    AttendanceRow,
    Base,
    HeadcountRow,
    IdRow,
    SessionRow,
)

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
    sessions, headcounts = table_of(SessionRow), table_of(HeadcountRow)
    clock = now.astimezone(HELSINKI)
    today = clock.date()
    return [
        sessions.c.status != SessionStatus.CANCELLED,
        or_(sessions.c.day < today, and_(sessions.c.day == today, sessions.c.end <= clock.time())),
        # The headcounts first: a smaller index, and a counted session needs no
        # look in the marks' (SQLite tries the conditions in this order).
        ~select(headcounts.c.session_id).where(headcounts.c.session_id == sessions.c.id).exists(),
        ~_SessionMarked(sessions.c.id),
    ]


class _SessionMarked(FunctionElement[bool]):
    """Whether the session (its id) has an attendance mark (present, absent or excused).

    On PostgreSQL the server answers with its owner's rights (``ryhmat_session_marked``,
    migration 0015): row-level security hides the marks of other groups' families
    from a person, and a session someone else recorded is recorded for everyone, so
    the statistics count the same sessions not recorded whoever makes them.
    """

    type = Boolean()
    inherit_cache = True


@compiles(_SessionMarked)
def _marks_exist(element: _SessionMarked, compiler: SQLCompiler, **kw: Any) -> str:
    (session_id,) = element.clauses
    marks = table_of(AttendanceRow)
    exists = select(marks.c.session_id).where(marks.c.session_id == session_id).exists()
    return compiler.process(exists, **kw)


@compiles(_SessionMarked, "postgresql")
def _marked_says_the_server(element: _SessionMarked, compiler: SQLCompiler, **kw: Any) -> str:
    (session_id,) = element.clauses
    return compiler.process(func.ryhmat_session_marked(session_id), **kw)


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
