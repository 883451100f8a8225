"""Repositories of groups, series and sessions, with the calendar's reads."""

from __future__ import annotations

import builtins  # the repositories' own `list` method hides the builtin in class bodies
import functools
import uuid
from collections.abc import Collection, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    Uuid,
    and_,
    bindparam,
    case,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
    union_all,
    update,
)
from sqlalchemy.orm import aliased

from ryhmat.domain.calendar import CalendarEntry, CalendarFilter
from ryhmat.domain.errors import QT_TRANSLATE_NOOP, SESSION_CHANGED_ELSEWHERE
from ryhmat.domain.finnish_holidays import Eve
from ryhmat.domain.model import (
    AdultRole,
    Group,
    HeldSession,
    MonthlyRule,
    Series,
    Session,
    SessionStatus,
    SkippedDate,
    WeeklySlot,
)
from ryhmat.storage.orm import (
    AttendanceRow,
    GroupOrganiserRow,
    GroupRow,
    HeadcountRow,
    PlaceRow,
    SeriesDateRow,
    SeriesLeaderRow,
    SeriesRow,
    SeriesSkippedDateRow,
    SeriesSlotRow,
    SessionLeaderRow,
    SessionRow,
    utc_now,
)
from ryhmat.storage.repositories.base import (
    IN_CHUNK,
    Child,
    ChildValues,
    LoadedChildren,
    SqlRepository,
    Values,
    _positions,
    chunks,
    table_of,
    unrecorded_criteria,
    uuid_reader,
)

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
            "target_age_min_months": entity.target_age_min_months,
            "target_age_max_months": entity.target_age_max_months,
            "capacity": entity.capacity,
            "capacity_unit": entity.capacity_unit,
            "default_place_id": entity.default_place_id,
            "default_pair_id": entity.default_pair_id,
            "is_public": entity.is_public,
            "listed_roles": ",".join(entity.listed_roles),
            "listed_children": entity.listed_children,
            "planning_minutes": entity.planning_minutes,
            "skipped_eves": None if entity.skipped_eves is None else ",".join(entity.skipped_eves),
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
            target_age_min_months=row.target_age_min_months,
            target_age_max_months=row.target_age_max_months,
            capacity=row.capacity,
            capacity_unit=row.capacity_unit,
            default_place_id=row.default_place_id,
            default_pair_id=row.default_pair_id,
            is_public=row.is_public,
            listed_roles=[AdultRole(role) for role in row.listed_roles.split(",") if role],
            listed_children=row.listed_children,
            planning_minutes=row.planning_minutes,
            skipped_eves=None
            if row.skipped_eves is None
            else [Eve(eve) for eve in row.skipped_eves.split(",") if eve],
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
_SKIPPED = Child(table_of(SeriesSkippedDateRow), "series_id", order=("day",))


class SqlSeriesRepository(SqlRepository[Series, SeriesRow]):
    row_type = SeriesRow
    children = (_SLOTS, _DATES, _SERIES_LEADERS, _SKIPPED)

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
            **_monthly_values(entity.monthly),
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
            _SKIPPED.name: [{"day": s.day, "reason": s.reason} for s in entity.skipped_dates],
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
            monthly=_monthly_rule(row),
            skipped_dates=[
                SkippedDate(s.day, s.reason) for s in children.of(_SKIPPED.name, row.id)
            ],
            place_id=row.place_id,
            leader_ids=[c.worker_id for c in children.of(_SERIES_LEADERS.name, row.id)],
        )

    def for_group(self, group_id: uuid.UUID) -> builtins.list[Series]:
        # A group's seasons read in calendar order.
        order = (SeriesRow.first_day, SeriesRow.name, SeriesRow.id)
        return self._find(SeriesRow.group_id == group_id, order=order)


def _monthly_values(rule: MonthlyRule | None) -> Values:
    return {
        "monthly_ordinal": rule.ordinal if rule else None,
        "monthly_weekday": rule.weekday if rule else None,
        "monthly_start": rule.start if rule else None,
        "monthly_end": rule.end if rule else None,
    }


def _monthly_rule(row: SeriesRow) -> MonthlyRule | None:
    ordinal, weekday = row.monthly_ordinal, row.monthly_weekday
    start, end = row.monthly_start, row.monthly_end
    if ordinal is None or weekday is None or start is None or end is None:
        return None
    return MonthlyRule(ordinal=ordinal, weekday=weekday, start=start, end=end)


_SESSION_LEADERS = Child(table_of(SessionLeaderRow), "session_id")


# Sessions in time order; the id settles ties so every read agrees.
SESSION_ORDER = (SessionRow.day, SessionRow.start, SessionRow.id)


class SqlSessionRepository(SqlRepository[Session, SessionRow]):
    row_type = SessionRow
    children = (_SESSION_LEADERS,)
    versioned = True
    changed_elsewhere = SESSION_CHANGED_ELSEWHERE
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
            "cancel_category": entity.cancel_category,
            "edited_individually": entity.edited_individually,
            "sequence": entity.sequence,
            "version": entity.version,
        }

    def _child_values(self, entity: Session) -> ChildValues:
        return {_SESSION_LEADERS.name: _positions(entity.leader_ids, "worker_id")}

    def mark_held(self, session_id: uuid.UUID) -> None:
        self._db.flush()
        # Only these columns are written (a team's volunteer is granted no others);
        # "evaluate" brings a session row already read up to date with them.
        self._db.execute(
            update(SessionRow)
            .where(SessionRow.id == session_id, SessionRow.status == SessionStatus.PLANNED)
            .values(status=SessionStatus.HELD, version=SessionRow.version + 1, updated_at=utc_now())
            .execution_options(synchronize_session="evaluate")
        )

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
            cancel_category=row.cancel_category,
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

    def themes(self) -> builtins.list[str]:
        self._db.flush()
        query = select(SessionRow.theme).where(SessionRow.theme != "").distinct()
        return builtins.list(self._db.scalars(query))

    def themed(self, themes: Collection[str], around: date, limit: int) -> builtins.list[Session]:
        if not themes or limit < 1:
            return []
        self._db.flush()
        coming = SessionRow.day >= around
        order = (
            case((coming, 0), else_=1),
            case((coming, SessionRow.day)),  # the coming ones nearest first
            SessionRow.day.desc(),  # the past ones (equal above) latest first
            SessionRow.start,
            SessionRow.id,
        )
        ids: builtins.list[uuid.UUID] = []
        for chunk in chunks(sorted(set(themes)), IN_CHUNK):
            query = select(SessionRow.id).where(SessionRow.theme.in_(chunk))
            ids.extend(self._db.scalars(query.order_by(*order).limit(limit)))
        found = self.get_many(ids)
        found.sort(key=lambda s: _nearest_first(s, around))
        return found[:limit]

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
            SessionRow.day >= first_day, *unrecorded_criteria(now), *self._marks_seen()
        )
        return self.get_many(self._db.scalars(unrecorded))

    def _marks_seen(self) -> builtins.list[ColumnElement[bool]]:
        """On a team database a person sees the marks of their own groups' sessions only
        (row-level security): another group's session, recorded by its marks, would look
        unrecorded to them. So the sessions whose marks the database shows them, as its
        own function says (every one to an admin, and to the owner, who is in no team)."""
        if self._db.get_bind().dialect.name != "postgresql":
            return []
        seen = select(func.ryhmat_family_sessions(type_=Uuid))
        return [or_(func.ryhmat_role().is_(None), SessionRow.id.in_(seen))]

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
                version=row[12],
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


def _nearest_first(session: Session, around: date) -> tuple[int, int, int, str]:
    """``themed``'s order: the coming sessions nearest first, then the past latest first."""
    distance = (session.day - around).days
    minute = session.start.hour * 60 + session.start.minute
    if distance >= 0:
        return 0, distance, minute, str(session.id)
    return 1, -distance, minute, str(session.id)


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
    """Whether the outer query's session shares a worker, a place or its group with
    another session at an overlapping time: domain.conflicts.find_conflicts's rule.

    The bookings (session, place, worker or group) of the range's days are gathered once
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
    # The group books itself: two sessions of one group at once clash too.
    groups: AnySelect = select(*when, literal_column("'group'"), SessionRow.group_id).where(*booked)
    bookings = union_all(places, workers, groups).cte("bookings")
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
            SessionRow.version,
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
