"""Malformed input through the use cases, on SQLite and PostgreSQL alike.

What a person may legitimately type (an emoji, a name that looks like SQL) is
stored verbatim and read back identical, changing nothing else. What is
invalid for its field (an impossible or reversed date, a number out of range,
a name of something that does not exist, a text too long for its column, a
character no database can keep) is refused with a readable ``UserError`` and
the database is left exactly as it was: every row of every table compared.

Every text stored runs on both backends. A refusal is the domain's, made before the
value it refuses reaches a statement, so PostgreSQL runs a representative of each
refusal test (and the two far-off seasons, whose dates do reach a query) while
SQLite runs every case.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ryhmat.domain.errors import InvalidInput, NotFound, UserError
from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.finnish_holidays import FinnishHolidays
from ryhmat.domain.model import (
    AdultRole,
    AgeBand,
    AttendanceMark,
    ClosurePeriod,
    Enrolment,
    EnrolmentStatus,
    Family,
    Group,
    GroupType,
    Headcount,
    Member,
    MemberKind,
    Organisation,
    Place,
    Series,
    SessionStatus,
    WeeklySlot,
    Worker,
    WorkerPair,
)
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.statistics import StatisticsFilter
from ryhmat.domain.timezone import HELSINKI
from ryhmat.domain.usecases.attendance import AttendanceRecord, record_attendance
from ryhmat.domain.usecases.closures import save_closure
from ryhmat.domain.usecases.conflicts import list_conflicts
from ryhmat.domain.usecases.families import save_enrolment, save_family
from ryhmat.domain.usecases.feeds import build_feed, feed_of, find_feed, save_feed
from ryhmat.domain.usecases.groups import find_group, save_group
from ryhmat.domain.usecases.places import save_organisation, save_place
from ryhmat.domain.usecases.roster_import import (
    ImportRejected,
    RosterRow,
    apply_import,
    plan_import,
)
from ryhmat.domain.usecases.series import save_series
from ryhmat.domain.usecases.sessions import get_session, list_group_sessions, update_session
from ryhmat.domain.usecases.statistics import compute_statistics, statistics_filter
from ryhmat.domain.usecases.workers import save_pair, save_worker
from ryhmat.domain.validation import BIDI_CONTROLS
from ryhmat.storage.database import Database
from tests.integration.backends import cases, on_sqlite_and_postgresql_for
from tests.integration.snapshots import Snapshot, snapshot
from tests.integration.world import World, make_session

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)
HOLIDAYS = FinnishHolidays()
SESSION_DAY = date(2025, 9, 6)

SQL_LOOKING = [
    "'; DROP TABLE families; --",
    "Robert'); DELETE FROM groups;--",
    "1 OR 1=1",
    "%' OR name LIKE '%",
]
EMOJI = ["👨‍👩‍👧‍👦 Perhe", "🌈🦄", "Ääliö 😀", "🏳️‍🌈"]
# What a person may type into any text field: stored as it is.
VERBATIM = [
    *SQL_LOOKING,
    *EMOJI,
    "O'Brien",
    'Quote " and \\ backslash',
    "Åström-Ääliö",
    "نور الهدى",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    "Dir\u200fection marks\u200e stay",
]
# NUL (PostgreSQL cannot store it) and lone surrogates (UTF-8 cannot encode them).
UNSTORABLE = {"a\x00b": 2, "ab\ud800": 3, "\udcff": 1}
ONE_MEGABYTE = "x" * 1_000_000


@dataclass(frozen=True)
class Context:
    world: World
    session_id: uuid.UUID


@pytest.fixture
def context(database: Database, world: World) -> Context:
    """The integration world and one held session of its group, in the past."""
    session = make_session(world, SESSION_DAY)
    with database.unit_of_work() as uow:
        uow.sessions.save(session)
        uow.commit()
    return Context(world, session.id)


def refused(database: Database, change: Callable[[UnitOfWork], object]) -> UserError:
    """The error ``change`` raises; it must be a UserError with a one-line message
    and must leave every row of every table as it was."""
    before = snapshot(database)
    with database.unit_of_work() as uow, pytest.raises(UserError) as raised:
        change(uow)
    assert snapshot(database) == before
    message = shown(raised.value)
    assert message.strip()
    assert "\n" not in message
    return raised.value


def shown(error: UserError) -> str:
    """The message as the app shows it untranslated: dates as d.M.yyyy."""
    return error.message(lambda context, text: text)


def changed_tables(before: Snapshot, after: Snapshot) -> set[str]:
    return {name for name in before.keys() | after.keys() if before.get(name) != after.get(name)}


# -- every text field ---------------------------------------------------------------------


def _adult(first_name: str = "Aino", last_name: str = "") -> Member:
    return Member(
        first_name=first_name, last_name=last_name, kind=MemberKind.ADULT, role=AdultRole.MOTHER
    )


def _family(**fields: object) -> Family:
    family = Family(name="Testinen", members=[_adult()])
    for name, value in fields.items():
        setattr(family, name, value)
    return family


def _store_family(uow: UnitOfWork, family: Family) -> uuid.UUID:
    save_family(uow, family, TODAY)
    return family.id


def _family_field(field: str) -> Callable[[UnitOfWork, Context, str], uuid.UUID]:
    return lambda uow, _, value: _store_family(uow, _family(**{field: value}))


def _member_field(field: str) -> Callable[[UnitOfWork, Context, str], uuid.UUID]:
    def store(uow: UnitOfWork, _: Context, value: str) -> uuid.UUID:
        member = _adult()
        setattr(member, field, value)
        return _store_family(uow, _family(members=[member]))

    return store


def _read_member(field: str) -> Callable[[UnitOfWork, uuid.UUID], str]:
    def read(uow: UnitOfWork, family_id: uuid.UUID) -> str:
        family = uow.families.get(family_id)
        assert family is not None
        return str(getattr(family.members[0], field))

    return read


def _store_group(uow: UnitOfWork, _: Context, value: str, field: str) -> uuid.UUID:
    group = Group(name=f"Ryhmä {uuid.uuid4()}", type=GroupType.PEER_GROUP)
    setattr(group, field, value)
    save_group(uow, group)
    return group.id


def _store_series(uow: UnitOfWork, context: Context, value: str) -> uuid.UUID:
    series = Series(
        group_id=context.world.group.id,
        name=value,
        first_day=date(2026, 1, 5),
        last_day=date(2026, 1, 30),
        slots=[WeeklySlot(weekday=0, start=time(13, 0), end=time(14, 0))],
    )
    save_series(uow, series, HOLIDAYS, accept_conflicts=True)
    return series.id


def _store_session(field: str) -> Callable[[UnitOfWork, Context, str], uuid.UUID]:
    def store(uow: UnitOfWork, context: Context, value: str) -> uuid.UUID:
        session = get_session(uow, context.session_id)
        setattr(session, field, value)
        if field == "cancel_reason":
            session.status = SessionStatus.CANCELLED
        update_session(uow, session)
        return session.id

    return store


def _store_place(field: str) -> Callable[[UnitOfWork, Context, str], uuid.UUID]:
    def store(uow: UnitOfWork, _: Context, value: str) -> uuid.UUID:
        place = Place(name=f"Paikka {uuid.uuid4()}")
        setattr(place, field, value)
        save_place(uow, place)
        return place.id

    return store


def _store_organisation(uow: UnitOfWork, _: Context, value: str) -> uuid.UUID:
    organisation = Organisation(name=value)
    save_organisation(uow, organisation)
    return organisation.id


def _store_closure(uow: UnitOfWork, _: Context, value: str) -> uuid.UUID:
    closure = ClosurePeriod(name=value, first_day=date(2026, 2, 23), last_day=date(2026, 3, 1))
    save_closure(uow, closure)
    return closure.id


def _store_worker(field: str) -> Callable[[UnitOfWork, Context, str], uuid.UUID]:
    def store(uow: UnitOfWork, _: Context, value: str) -> uuid.UUID:
        worker = Worker(name="Outi Ohjaaja", title="perhetyöntekijä")
        setattr(worker, field, value)
        save_worker(uow, worker)
        return worker.id

    return store


def _store_feed(field: str) -> Callable[[UnitOfWork, Context, str], uuid.UUID]:
    def store(uow: UnitOfWork, _: Context, value: str) -> uuid.UUID:
        feed = Feed(name=f"Syöte {uuid.uuid4()}", kind=FeedKind.PUBLIC)
        setattr(feed, field, value)
        save_feed(uow, feed)
        return feed.id

    return store


def _read(repository: str, field: str) -> Callable[[UnitOfWork, uuid.UUID], str]:
    def read(uow: UnitOfWork, entity_id: uuid.UUID) -> str:
        entity = getattr(uow, repository).get(entity_id)
        assert entity is not None
        return str(getattr(entity, field))

    return read


@dataclass(frozen=True)
class TextField:
    name: str
    limit: int
    store: Callable[[UnitOfWork, Context, str], uuid.UUID]
    read: Callable[[UnitOfWork, uuid.UUID], str]
    tables: frozenset[str]  # the tables a saved value may change
    multiline: bool = False  # keeps line breaks and tabs
    required: bool = False
    free_text: bool = True  # False: the field has a format of its own (an email address)

    def __str__(self) -> str:
        return self.name


FAMILY_TABLES = frozenset({"families", "family_members", "audit_entries"})
SESSION_TABLES = frozenset({"sessions"})
TEXT_FIELDS = [
    TextField(
        "family name",
        200,
        _family_field("name"),
        _read("families", "name"),
        FAMILY_TABLES,
        required=True,
    ),
    TextField("phone", 50, _family_field("phone"), _read("families", "phone"), FAMILY_TABLES),
    TextField(
        "family notes",
        4000,
        _family_field("notes"),
        _read("families", "notes"),
        FAMILY_TABLES,
        multiline=True,
    ),
    TextField(
        "first name",
        200,
        _member_field("first_name"),
        _read_member("first_name"),
        FAMILY_TABLES,
        required=True,
    ),
    TextField(
        "last name", 200, _member_field("last_name"), _read_member("last_name"), FAMILY_TABLES
    ),
    TextField(
        "group name",
        200,
        lambda uow, c, v: _store_group(uow, c, v, "name"),
        _read("groups", "name"),
        frozenset({"groups"}),
        required=True,
    ),
    TextField(
        "group description",
        4000,
        lambda uow, c, v: _store_group(uow, c, v, "description"),
        _read("groups", "description"),
        frozenset({"groups"}),
        multiline=True,
    ),
    TextField(
        "season name",
        200,
        _store_series,
        _read("series", "name"),
        frozenset({"series", "series_slots", "sessions", "session_leaders"}),
        required=True,
    ),
    TextField("theme", 500, _store_session("theme"), _read("sessions", "theme"), SESSION_TABLES),
    TextField(
        "session notes",
        4000,
        _store_session("notes"),
        _read("sessions", "notes"),
        SESSION_TABLES,
        multiline=True,
    ),
    TextField(
        "reason for cancelling",
        4000,
        _store_session("cancel_reason"),
        _read("sessions", "cancel_reason"),
        SESSION_TABLES,
        multiline=True,
        required=True,
    ),
    TextField(
        "place name",
        200,
        _store_place("name"),
        _read("places", "name"),
        frozenset({"places"}),
        required=True,
    ),
    TextField(
        "address", 500, _store_place("address"), _read("places", "address"), frozenset({"places"})
    ),
    TextField(
        "organisation name",
        200,
        _store_organisation,
        _read("organisations", "name"),
        frozenset({"organisations"}),
        required=True,
    ),
    TextField(
        "closure name",
        200,
        _store_closure,
        _read("closures", "name"),
        frozenset({"closure_periods"}),
        required=True,
    ),
    TextField(
        "worker name",
        200,
        _store_worker("name"),
        _read("workers", "name"),
        frozenset({"workers"}),
        required=True,
    ),
    TextField(
        "title",
        200,
        _store_worker("title"),
        _read("workers", "title"),
        frozenset({"workers"}),
        required=True,
    ),
    TextField(
        "email",
        320,
        _store_worker("email"),
        _read("workers", "email"),
        frozenset({"workers"}),
        free_text=False,
    ),
    TextField(
        "feed name",
        200,
        _store_feed("name"),
        _read("feeds", "name"),
        frozenset({"feeds"}),
        required=True,
    ),
    TextField(
        "calendar user name",
        200,
        _store_feed("caldav_username"),
        _read("feeds", "caldav_username"),
        frozenset({"feeds"}),
    ),
    TextField(
        "calendar name",
        200,
        _store_feed("caldav_calendar"),
        _read("feeds", "caldav_calendar"),
        frozenset({"feeds"}),
    ),
    TextField(
        "feed folder", 4000, _store_feed("folder"), _read("feeds", "folder"), frozenset({"feeds"})
    ),
]
FREE_TEXT_FIELDS = [f for f in TEXT_FIELDS if f.free_text]


def stored(database: Database, context: Context, field: TextField, value: str) -> str:
    """Save ``value`` into the field and read it back with a unit of work of its own;
    only the field's own tables may change."""
    before = snapshot(database)
    with database.unit_of_work() as uow:
        entity_id = field.store(uow, context, value)
    with database.unit_of_work() as uow:
        read_back = field.read(uow, entity_id)
    assert changed_tables(before, snapshot(database)) <= field.tables
    return read_back


def storing(field: TextField, context: Context, value: str) -> Callable[[UnitOfWork], object]:
    return lambda uow: field.store(uow, context, value)


def email_like(text: str) -> str:
    return f"{text.replace(' ', '')}@example.fi"


@pytest.mark.parametrize("field", FREE_TEXT_FIELDS, ids=str)
def test_any_text_a_person_types_is_stored_verbatim(
    database: Database, context: Context, field: TextField
) -> None:
    texts = [*VERBATIM, "x" * field.limit, "😀" * field.limit]
    if field.multiline:
        texts.append("Rivi 1\n\tRivi 2 'sisennetty'\n\nRivi 4")
    for text in texts:
        assert stored(database, context, field, text) == text


def test_an_email_address_is_stored_verbatim(database: Database, context: Context) -> None:
    email = next(f for f in TEXT_FIELDS if f.name == "email")
    for text in [*SQL_LOOKING, *EMOJI, "o'brien@example.fi"]:
        assert stored(database, context, email, email_like(text)) == email_like(text)


@on_sqlite_and_postgresql_for("field", TEXT_FIELDS, ids=str, on_postgresql=cases("family name"))
def test_a_text_too_long_for_its_column_is_refused_naming_the_limit(
    database: Database, context: Context, field: TextField
) -> None:
    too_long = ["x" * (field.limit + 1), "😀" * (field.limit + 1), ONE_MEGABYTE]
    for text in too_long:
        value = email_like(text[: len(text) - len("@example.fi")]) if not field.free_text else text
        error = refused(database, storing(field, context, value))
        assert isinstance(error, InvalidInput)
        assert str(field.limit) in error.message()


@on_sqlite_and_postgresql_for("field", TEXT_FIELDS, ids=str, on_postgresql=cases("family name"))
def test_characters_no_database_can_keep_are_refused(
    database: Database, context: Context, field: TextField
) -> None:
    for text, position in UNSTORABLE.items():
        value = text if field.free_text else f"a{text}@example.fi"
        expected = position if field.free_text else position + 1
        error = refused(database, storing(field, context, value))
        assert isinstance(error, InvalidInput)
        assert f"invalid character at position {expected}" in error.message()


@on_sqlite_and_postgresql_for(
    "field", FREE_TEXT_FIELDS, ids=str, on_postgresql=cases("family notes")
)
def test_terminal_controls_and_bidi_overrides_are_stripped(
    database: Database, context: Context, field: TextField
) -> None:
    text = "Esc\x1b[31mape\x07 ja \u202eyli\u202c\u2066ajo\u2069"
    assert stored(database, context, field, text) == "Esc[31mape ja yliajo"
    lines = "  eka\trivi\r\ntoka\x0brivi  "
    expected = "eka\trivi\ntokarivi" if field.multiline else "eka rivi toka rivi"
    assert stored(database, context, field, lines) == expected


@on_sqlite_and_postgresql_for(
    "field", [f for f in TEXT_FIELDS if f.required], ids=str, on_postgresql=cases("family name")
)
def test_a_required_text_left_blank_is_refused(
    database: Database, context: Context, field: TextField
) -> None:
    for blank in ["", "   ", "\t\n", "\x1b\x07"]:
        error = refused(database, storing(field, context, blank))
        assert "Fill in the field" in error.message() or "reason" in error.message()


def _refusal(change: Callable[[], object]) -> str | None:
    """The message of the InvalidInput ``change`` raises, None when it succeeds."""
    try:
        change()
    except InvalidInput as error:
        return error.message()
    return None


def _clean(text: str) -> bool:
    """Text a person could have typed into a one-line field, already tidy."""
    return text == " ".join(text.split()) and all(
        unicodedata.category(ch) not in ("Cc", "Cs") and ch not in BIDI_CONTROLS for ch in text
    )


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(name=st.text(alphabet=st.characters(exclude_categories=()), max_size=260))
def test_any_family_name_is_stored_as_shown_or_refused_clearly(
    database: Database, name: str
) -> None:
    family = _family(name=name)
    with database.unit_of_work() as uow:
        families_before = len(uow.families.list())
        refusal = _refusal(lambda: save_family(uow, family, TODAY))
    if refusal is not None:
        assert refusal.strip()
        with database.unit_of_work() as uow:
            assert len(uow.families.list()) == families_before
        return
    with database.unit_of_work() as uow:
        read_back = uow.families.get(family.id)
    assert read_back is not None
    assert read_back.name == family.name
    assert 0 < len(read_back.name) <= 200
    assert _clean(read_back.name)
    if _clean(name):
        assert read_back.name == name


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(notes=st.text(alphabet=st.characters(exclude_categories=()), max_size=300))
def test_any_session_notes_are_stored_as_shown_or_refused_clearly(
    database: Database, context: Context, notes: str
) -> None:
    with database.unit_of_work() as uow:
        session = get_session(uow, context.session_id)
        session.notes = notes
        refusal = _refusal(lambda: update_session(uow, session))
    if refusal is not None:
        assert "invalid character" in refusal
        assert any(ch == "\x00" or unicodedata.category(ch) == "Cs" for ch in notes)
        return
    with database.unit_of_work() as uow:
        assert get_session(uow, context.session_id).notes == session.notes
    kept = "".join(ch for ch in notes if ch in "\n\t" or unicodedata.category(ch) != "Cc")
    if kept == notes == notes.strip() and not BIDI_CONTROLS.intersection(notes):
        assert session.notes == notes


# -- dates, periods, numbers and references -----------------------------------------------


def _series(context: Context, **changes: Any) -> Series:
    series = Series(
        group_id=context.world.group.id,
        name="Kevät 2026",
        first_day=date(2026, 1, 5),
        last_day=date(2026, 5, 29),
        slots=[WeeklySlot(weekday=2, start=time(17, 0), end=time(18, 30))],
    )
    return replace(series, **changes)


def _edit_session(context: Context, **changes: object) -> Callable[[UnitOfWork], object]:
    def change(uow: UnitOfWork) -> object:
        session = get_session(uow, context.session_id)
        for name, value in changes.items():
            setattr(session, name, value)
        return update_session(uow, session)

    return change


def _group(**changes: Any) -> Group:
    return replace(Group(name="Uusi ryhmä", type=GroupType.BABY_GROUP), **changes)


def _child(year: int, month: int) -> Family:
    child = Member(first_name="Lapsi", kind=MemberKind.CHILD, birth_year=year, birth_month=month)
    return _family(members=[_adult(), child])


def _record(context: Context, record: AttendanceRecord, today: date = TODAY) -> Callable[..., None]:
    return lambda uow: record_attendance(uow, context.session_id, record, today)


def _headcount(context: Context, **fields: object) -> AttendanceRecord:
    headcount = Headcount(session_id=context.session_id)
    for name, value in fields.items():
        setattr(headcount, name, value)
    return AttendanceRecord(headcount=headcount)


def _statistics(first: date, last: date) -> Callable[[UnitOfWork], object]:
    return lambda uow: compute_statistics(uow, first, last, StatisticsFilter(), now=NOW)


Case = Callable[[Context], Callable[[UnitOfWork], object]]

# (what is wrong, the change that must be refused, a piece of the message)
REFUSED: list[tuple[str, Case, str]] = [
    # impossible and far-fetched dates
    (
        "season in year 1",
        lambda c: (
            lambda uow: save_series(
                uow, _series(c, first_day=date(1, 1, 1), last_day=date(1, 3, 1)), HOLIDAYS
            )
        ),
        "is not between 1.1.1900 and 31.12.2999",
    ),
    (
        "season in year 9999",
        lambda c: (
            lambda uow: save_series(
                uow, _series(c, first_day=date(9999, 10, 1), last_day=date(9999, 12, 31)), HOLIDAYS
            )
        ),
        "The date 1.10.9999 is not between",
    ),
    (
        "session in year 1",
        lambda c: _edit_session(c, day=date(1, 1, 1)),
        "is not between",
    ),
    (
        "session on the last day there is",
        lambda c: _edit_session(c, day=date.max),
        "is not between",
    ),
    (
        "closure in year 1",
        lambda c: (
            lambda uow: save_closure(
                uow, ClosurePeriod(name="Tauko", first_day=date(1, 1, 1), last_day=date(1, 1, 7))
            )
        ),
        "is not between",
    ),
    (
        "statistics from year 1 to 9999",
        lambda c: _statistics(date(1, 1, 1), date(9999, 12, 31)),
        "is not between",
    ),
    (
        "feed window of whole millennia",
        lambda c: (
            lambda uow: build_feed(
                uow,
                Feed(name="Kaikki", kind=FeedKind.PUBLIC),
                NOW,
                (date(1, 1, 1), date(9999, 12, 31)),
            )
        ),
        "is not between",
    ),
    (
        "child born in month 13",
        lambda c: lambda uow: save_family(uow, _child(2024, 13), TODAY),
        "13/2024",
    ),
    (
        "child born in month 0",
        lambda c: lambda uow: save_family(uow, _child(2024, 0), TODAY),
        "0/2024",
    ),
    (
        "child born in the future",
        lambda c: lambda uow: save_family(uow, _child(2027, 1), TODAY),
        "1/2027",
    ),
    (
        "child born in year 10000",
        lambda c: lambda uow: save_family(uow, _child(10_000, 1), TODAY),
        "is not possible",
    ),
    # end before start
    (
        "season whose last day is before its first",
        lambda c: (
            lambda uow: save_series(
                uow, _series(c, first_day=date(2026, 5, 29), last_day=date(2026, 1, 5)), HOLIDAYS
            )
        ),
        "The end date 5.1.2026 is before the start date 29.5.2026",
    ),
    (
        "season slot ending before it starts",
        lambda c: (
            lambda uow: save_series(
                uow,
                _series(c, slots=[WeeklySlot(weekday=2, start=time(18, 0), end=time(17, 0))]),
                HOLIDAYS,
            )
        ),
        "is not after the start time",
    ),
    (
        "chosen dates of zero length",
        lambda c: (
            lambda uow: save_series(
                uow,
                _series(
                    c,
                    slots=[],
                    chosen_dates=[date(2026, 2, 4)],
                    chosen_start=time(10, 0),
                    chosen_end=time(10, 0),
                ),
                HOLIDAYS,
            )
        ),
        "is not after the start time",
    ),
    (
        "session ending before it starts",
        lambda c: _edit_session(c, start=time(11, 0), end=time(9, 30)),
        "The end time 9.30 is not after the start time 11.00",
    ),
    (
        "session of zero length",
        lambda c: _edit_session(c, start=time(9, 30), end=time(9, 30)),
        "is not after the start time",
    ),
    (
        "closure ending before it starts",
        lambda c: (
            lambda uow: save_closure(
                uow,
                ClosurePeriod(
                    name="Hiihtoloma", first_day=date(2026, 3, 1), last_day=date(2026, 2, 1)
                ),
            )
        ),
        "is before the start date",
    ),
    (
        "statistics period ending before it starts",
        lambda c: _statistics(date(2026, 12, 31), date(2026, 1, 1)),
        "The end date 1.1.2026 is before the start date 31.12.2026",
    ),
    (
        "feed window ending before it starts",
        lambda c: (
            lambda uow: build_feed(
                uow,
                Feed(name="Kaikki", kind=FeedKind.PUBLIC),
                NOW,
                (date(2026, 6, 1), date(2026, 1, 1)),
            )
        ),
        "is before the start date",
    ),
    (
        "feed window of negative days back",
        lambda c: (
            lambda uow: save_feed(uow, Feed(name="Syöte", kind=FeedKind.PUBLIC, days_back=-1))
        ),
        "ten years",
    ),
    (
        "feed window of negative days ahead",
        lambda c: (
            lambda uow: save_feed(uow, Feed(name="Syöte", kind=FeedKind.PUBLIC, days_ahead=-30))
        ),
        "ten years",
    ),
    (
        "feed window of a billion days",
        lambda c: (
            lambda uow: save_feed(uow, Feed(name="Syöte", kind=FeedKind.PUBLIC, days_ahead=10**9))
        ),
        "ten years",
    ),
    (
        "sessions listed over a reversed period",
        lambda c: (
            lambda uow: list_group_sessions(
                uow, c.world.group.name, HOLIDAYS, date(2026, 2, 1), date(2026, 1, 1)
            )
        ),
        "is before the start date",
    ),
    (
        "conflicts over a reversed period",
        lambda c: lambda uow: list_conflicts(uow, date(2026, 2, 1), date(2026, 1, 1)),
        "is before the start date",
    ),
    (
        "family that left before it was enrolled",
        lambda c: (
            lambda uow: save_enrolment(
                uow,
                Enrolment(
                    family_id=c.world.family.id,
                    group_id=c.world.group.id,
                    status=EnrolmentStatus.LEFT,
                    enrolled_on=date(2026, 3, 1),
                    left_on=date(2026, 2, 1),
                ),
            )
        ),
        "left before it was enrolled",
    ),
    # numbers out of range
    (
        "group capacity of 0",
        lambda c: lambda uow: save_group(uow, _group(capacity=0)),
        "10\u00a0000",
    ),
    (
        "group capacity beyond any integer column",
        lambda c: lambda uow: save_group(uow, _group(capacity=10**12)),
        "between 1 and 10\u00a0000",
    ),
    (
        "negative target age",
        lambda c: lambda uow: save_group(uow, _group(target_age_min_months=-1)),
        "cannot be negative",
    ),
    (
        "target age beyond any integer column",
        lambda c: lambda uow: save_group(uow, _group(target_age_max_months=10**12)),
        "at most 18 years",
    ),
    (
        "upper target age below the lower",
        lambda c: (
            lambda uow: save_group(uow, _group(target_age_min_months=6, target_age_max_months=3))
        ),
        "below the lower one",
    ),
    (
        "place capacity beyond any integer column",
        lambda c: lambda uow: save_place(uow, Place(name="Sali", capacity=2**63)),
        "between 1 and 10\u00a0000",
    ),
    (
        "season every 0 weeks",
        lambda c: lambda uow: save_series(uow, _series(c, interval_weeks=0), HOLIDAYS),
        "between 1 and 52 weeks",
    ),
    (
        "season every 10**12 weeks",
        lambda c: lambda uow: save_series(uow, _series(c, interval_weeks=10**12), HOLIDAYS),
        "between 1 and 52 weeks",
    ),
    (
        "season on weekday 7",
        lambda c: (
            lambda uow: save_series(
                uow,
                _series(c, slots=[WeeklySlot(weekday=7, start=time(9), end=time(10))]),
                HOLIDAYS,
            )
        ),
        "between Monday and Sunday",
    ),
    (
        "feed refreshed every minute",
        lambda c: (
            lambda uow: save_feed(uow, Feed(name="Syöte", kind=FeedKind.PUBLIC, refresh_minutes=1))
        ),
        "between 5 minutes and a week",
    ),
    (
        "negative headcount",
        lambda c: _record(c, _headcount(c, adults={AdultRole.FATHER: -1})),
        "cannot be negative",
    ),
    (
        "headcount beyond any integer column",
        lambda c: _record(c, _headcount(c, children={AgeBand.AGE_1_2: 10**12})),
        "implausibly large",
    ),
    (
        "more first-time visitors than visitors",
        lambda c: _record(
            c, _headcount(c, adults={AdultRole.MOTHER: 2}, first_time_visitors=10**12)
        ),
        "more first-time visitors",
    ),
    # references to what does not exist
    (
        "group by a SQL-looking name",
        lambda c: lambda uow: find_group(uow, "'; DROP TABLE families; --"),
        "There is no group called “'; DROP TABLE families; --”.",
    ),
    (
        "group by a NUL in its name",
        lambda c: lambda uow: find_group(uow, "Isä-lapsi\x00ryhmä"),
        "group name contains an invalid character at position 10",
    ),
    (
        "group by a name of undecodable bytes",
        lambda c: lambda uow: find_group(uow, "\udcff\udcfe"),
        "invalid character at position 1",
    ),
    (
        "group by a name with a line break",
        lambda c: lambda uow: find_group(uow, "Ei\nollenkaan"),
        "There is no group called “Ei ollenkaan”.",
    ),
    (
        "statistics of a group that does not exist",
        lambda c: lambda uow: statistics_filter(uow, groups=["Robert'); DELETE FROM groups;--"]),
        "Robert'); DELETE FROM groups;--",
    ),
    (
        "statistics of a SQL-looking group type",
        lambda c: lambda uow: statistics_filter(uow, group_type="1 OR 1=1"),
        "“1 OR 1=1” is not a group type",
    ),
    (
        "statistics of a place that does not exist",
        lambda c: lambda uow: statistics_filter(uow, place="🏠"),
        "There is no place called “🏠”.",
    ),
    (
        "statistics of a worker with a surrogate in the name",
        lambda c: lambda uow: statistics_filter(uow, worker="Anna\ud800"),
        "invalid character at position 5",
    ),
    (
        "statistics of an organisation with a NUL in the name",
        lambda c: lambda uow: statistics_filter(uow, organisation="\x00"),
        "invalid character at position 1",
    ),
    (
        "feed that does not exist",
        lambda c: lambda uow: find_feed(uow, "1 OR 1=1"),
        "There is no calendar feed called “1 OR 1=1”.",
    ),
    (
        "feed of a worker with a NUL in the name",
        lambda c: lambda uow: feed_of(uow, FeedKind.WORKER, "Anna\x00"),
        "invalid character at position 5",
    ),
    (
        "feed of a target that does not exist",
        lambda c: (
            lambda uow: save_feed(
                uow, Feed(name="Syöte", kind=FeedKind.GROUP, target_id=uuid.uuid4())
            )
        ),
        "Choose the organisation, group or worker",
    ),
    (
        "group with a place that does not exist",
        lambda c: lambda uow: save_group(uow, _group(default_place_id=uuid.uuid4())),
        "The place no longer exists.",
    ),
    (
        "group with a pair that does not exist",
        lambda c: lambda uow: save_group(uow, _group(default_pair_id=uuid.uuid4())),
        "The worker pair no longer exists.",
    ),
    (
        "group with an organiser that does not exist",
        lambda c: lambda uow: save_group(uow, _group(organiser_ids=[uuid.uuid4()])),
        "The organisation no longer exists.",
    ),
    (
        "group under a name in use, in other case",
        lambda c: lambda uow: save_group(uow, _group(name="ISÄ-LAPSI-RYHMÄ")),
        "already exists",
    ),
    (
        "season of a group that does not exist",
        lambda c: lambda uow: save_series(uow, _series(c, group_id=uuid.uuid4()), HOLIDAYS),
        "group that does not exist",
    ),
    (
        "season at a place that does not exist",
        lambda c: lambda uow: save_series(uow, _series(c, place_id=uuid.uuid4()), HOLIDAYS),
        "The place no longer exists.",
    ),
    (
        "season led by a worker who does not exist",
        lambda c: (
            lambda uow: save_series(
                uow, _series(c, leader_ids=[c.world.anna.id, uuid.uuid4()]), HOLIDAYS
            )
        ),
        "The worker no longer exists.",
    ),
    (
        "session at a place that does not exist",
        lambda c: _edit_session(c, place_id=uuid.uuid4()),
        "The place no longer exists.",
    ),
    (
        "session led by a worker who does not exist",
        lambda c: _edit_session(c, leader_ids=[uuid.uuid4()]),
        "The worker no longer exists.",
    ),
    (
        "session led twice by the same worker",
        lambda c: _edit_session(c, leader_ids=[c.world.anna.id, c.world.anna.id]),
        "listed twice",
    ),
    (
        "session that does not exist",
        lambda c: lambda uow: update_session(uow, make_session(c.world, SESSION_DAY)),
        "The session no longer exists.",
    ),
    (
        "session cancelled without a reason",
        lambda c: _edit_session(c, status=SessionStatus.CANCELLED, cancel_reason=" \x07 "),
        "Give a reason for cancelling.",
    ),
    (
        "attendance of someone not on the list",
        lambda c: _record(c, AttendanceRecord(marks={uuid.uuid4(): AttendanceMark.PRESENT})),
        "not on the session's list",
    ),
    (
        "attendance of a session not yet held",
        lambda c: _record(c, AttendanceRecord(), today=SESSION_DAY.replace(day=5)),
        "has not been held yet",
    ),
    (
        "attendance with a guest family of a NUL name",
        lambda c: _record(c, AttendanceRecord(guest_families=[_family(name="Vieras\x00")])),
        "invalid character at position 7",
    ),
    (
        "headcount of another session",
        lambda c: _record(
            c, AttendanceRecord(headcount=Headcount(session_id=uuid.uuid4(), first_time_visitors=0))
        ),
        "another session",
    ),
    (
        "enrolment in a group that does not exist",
        lambda c: (
            lambda uow: save_enrolment(
                uow, Enrolment(family_id=c.world.family.id, group_id=uuid.uuid4())
            )
        ),
        "The group no longer exists.",
    ),
    (
        "enrolment of a family that does not exist",
        lambda c: (
            lambda uow: save_enrolment(
                uow, Enrolment(family_id=uuid.uuid4(), group_id=c.world.group.id)
            )
        ),
        "The family no longer exists.",
    ),
    (
        "pair of one worker twice",
        lambda c: (
            lambda uow: save_pair(
                uow, WorkerPair(first_worker_id=c.world.anna.id, second_worker_id=c.world.anna.id)
            )
        ),
        "two different workers",
    ),
    (
        "pair with a worker who does not exist",
        lambda c: (
            lambda uow: save_pair(
                uow, WorkerPair(first_worker_id=c.world.anna.id, second_worker_id=uuid.uuid4())
            )
        ),
        "The worker no longer exists.",
    ),
    (
        "email address without an at sign",
        lambda c: (
            lambda uow: save_worker(
                uow, Worker(name="Outi", title="sosiaaliohjaaja", email="1 OR 1=1")
            )
        ),
        "is not an email address",
    ),
    (
        "calendar server that is not a web address",
        lambda c: (
            lambda uow: save_feed(
                uow, Feed(name="Syöte", kind=FeedKind.PUBLIC, caldav_url="javascript:alert(1)")
            )
        ),
        "must start with https://",
    ),
]


@on_sqlite_and_postgresql_for(
    ("case", "fragment"),
    [(c, f) for _, c, f in REFUSED],
    ids=[what for what, _, _ in REFUSED],
    on_postgresql=cases("season in year 1", "season in year 9999"),
)
def test_malformed_input_is_refused_and_changes_nothing(
    database: Database, context: Context, case: Case, fragment: str
) -> None:
    error = refused(database, case(context))
    assert fragment in shown(error)


# -- roster import --------------------------------------------------------------------------


def _rows(*names: tuple[str, str]) -> list[RosterRow]:
    return [
        RosterRow(row=number, family_name=family, first_name=first, role=AdultRole.MOTHER)
        for number, (family, first) in enumerate(names, start=2)
    ]


def _import(rows: list[RosterRow], group: str = "Isä-lapsi-ryhmä") -> Callable[..., object]:
    def change(uow: UnitOfWork) -> object:
        return apply_import(uow, plan_import(uow, group, rows, [], TODAY), valid_only=False)

    return change


@pytest.mark.parametrize(
    "rows",
    [
        _rows(("x" * 201, "Aino")),
        _rows(("Virtanen", "😀" * 201)),
        _rows(("Virtanen", "Aino"), ("Virtanen\x00", "Eino")),
        _rows(("Virtanen", "Aino"), ("", "Eino")),
    ],
    ids=["overlong family", "overlong first name", "NUL", "no family name"],
)
def test_a_roster_with_a_malformed_row_imports_nothing(
    database: Database, context: Context, rows: list[RosterRow]
) -> None:
    error = refused(database, _import(rows))
    assert isinstance(error, ImportRejected)


def test_a_roster_for_a_group_that_does_not_exist_imports_nothing(
    database: Database, context: Context
) -> None:
    error = refused(database, _import(_rows(("Virtanen", "Aino")), group="1 OR 1=1"))
    assert isinstance(error, NotFound)


def test_sql_looking_and_emoji_names_in_a_roster_are_imported_verbatim(
    database: Database, context: Context
) -> None:
    names = [
        ("'; DROP TABLE families; --", "Robert'); DELETE FROM groups;--"),
        ("🌈🦄", "Ääliö 😀"),
    ]
    with database.unit_of_work() as uow:
        _import(_rows(*names))(uow)
    with database.unit_of_work() as uow:
        stored_names = {f.name: [m.first_name for m in f.members] for f in uow.families.list()}
        groups = [g.name for g in uow.groups.list()]
    assert stored_names["'; DROP TABLE families; --"] == ["Robert'); DELETE FROM groups;--"]
    assert stored_names["🌈🦄"] == ["Ääliö 😀"]
    assert stored_names["Mäkinen"] == ["Jussi", "Aino"]
    assert groups == ["Isä-lapsi-ryhmä"]


def test_sql_looking_names_are_found_by_their_own_text(
    database: Database, context: Context
) -> None:
    name = "Robert'); DELETE FROM groups;--"
    with database.unit_of_work() as uow:
        save_group(uow, _group(name=name))
    with database.unit_of_work() as uow:
        assert find_group(uow, f"  {name.upper()} ").name == name
        assert len(uow.groups.list()) == 2
