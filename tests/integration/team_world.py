"""A team database with two organisations, A and B, for the access tests.

Each organisation has a group, its series, a session it leads, a spare session,
a family enrolled in its group that came to the session, and a row of every other
table. The people of organisation A — one of each role — and a leader of B sign in
with their own login roles, made by ``ryhmat team`` (the use cases), not by hand.

``ROW[table]`` says how to find a table's row of either organisation (for the settings,
A's is the team's eves, which a coordinator may write), ``INSERT``
how to add a new row in either's scope, ``UPDATE`` which column an update sets.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import Connection, make_url, text

from ryhmat.domain.team import TeamRole
from ryhmat.domain.usecases.eves import SKIPPED_EVES_SETTING
from ryhmat.domain.usecases.team import add_team_member, initialise_team
from ryhmat.storage.database import open_database

SIDES = ("a", "b")
ROLES = ("admin", "coordinator", "leader", "volunteer")
NOW = datetime(2026, 12, 7, 12, tzinfo=UTC)
PASSWORD = "a long enough password"


def login(role: str, side: str = "a") -> str:
    return f"{role}_{side}"


def ident(name: str) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"ryhmat-team-test/{name}")


# How to find each table's row of a side: a condition on :key, and the key of each side.
ROW: dict[str, tuple[str, dict[str, object]]] = {}


def _row(table: str, condition: str, key: str) -> None:
    keys: dict[str, object] = {}
    for side in SIDES:
        keys[side] = key.format(s=side) if key.startswith("=") else ident(key.format(s=side))
    ROW[table] = (condition, {s: str(k).removeprefix("=") for s, k in keys.items()})


for _table, _key in [
    ("organisations", "org_{s}"),
    ("places", "place_{s}"),
    ("workers", "worker_leader_{s}"),
    ("worker_pairs", "pair_{s}"),
    ("groups", "group_{s}"),
    ("closure_periods", "closure_{s}"),
    ("feeds", "feed_{s}"),
    ("series", "series_{s}"),
    ("sessions", "session_{s}"),
    ("families", "family_{s}"),
    ("family_members", "member_{s}"),
    ("enrolments", "enrolment_{s}"),
    ("attendance", "mark_{s}"),
    ("audit_entries", "audit_{s}"),
]:
    _row(_table, "id = CAST(:key AS uuid)", _key)
_row("usage_log", "event_id = CAST(:key AS uuid)", "usage_{s}")
for _table, _column, _key in [
    ("group_organisers", "group_id", "group_{s}"),
    ("closure_groups", "closure_id", "closure_{s}"),
    ("feed_publications", "feed_id", "feed_{s}"),
    ("published_events", "session_id", "session_{s}"),
    ("series_slots", "series_id", "series_{s}"),
    ("series_dates", "series_id", "series_{s}"),
    ("series_leaders", "series_id", "series_{s}"),
    ("series_skipped_dates", "series_id", "series_{s}"),
    ("session_leaders", "position = 0 AND session_id", "session_{s}"),
    ("headcounts", "session_id", "session_{s}"),
    ("pseudonyms", "member_id", "member_{s}"),
    ("erasures", "family_id", "erased_{s}"),
    ("family_groups_attended", "family_id", "family_{s}"),
    ("follow_ups", "family_id", "family_{s}"),
    ("season_goals", "series_id", "series_{s}"),
    ("season_evaluations", "series_id", "series_{s}"),
    ("feedback_tallies", "series_id", "series_{s}"),
]:
    _row(_table, f"{_column} = CAST(:key AS uuid)", _key)
# A's setting is the team's eves, the one a coordinator writes; B's one of the admins'.
ROW["settings"] = ("key = :key", {"a": SKIPPED_EVES_SETTING, "b": "team_test_b"})
_row("team_members", "login = :key", "=leader_{s}")

# The column an UPDATE sets to itself.
UPDATE = {
    "organisations": "name",
    "places": "name",
    "workers": "title",
    "worker_pairs": "second_worker_id",
    "groups": "description",
    "group_organisers": "organisation_id",
    "closure_periods": "name",
    "closure_groups": "group_id",
    "feeds": "folder",
    "feed_publications": "content",
    "published_events": "sequence",
    "series": "name",
    "series_slots": "weekday",
    "series_dates": "day",
    "series_leaders": "worker_id",
    "series_skipped_dates": "reason",
    "sessions": "attendance_version",
    "session_leaders": "worker_id",
    "headcounts": "fathers",
    "settings": "value",
    "erasures": "erased_on",
    "team_members": "full_name",
    "families": "name",
    "family_members": "first_name",
    "enrolments": "status",
    "attendance": "mark",
    "audit_entries": "detail",
    "pseudonyms": "number",
    "usage_log": "action",
    "family_groups_attended": "group_id",
    "follow_ups": "done_on",
    "season_goals": "text",
    "season_evaluations": "works_well",
    "feedback_tallies": "count",
}

# A new row in a side's scope: the statement, with {s} for the side and :new for a new id.
INSERT = {
    "organisations": "INSERT INTO organisations VALUES (:new, 'New {s}', 'other')",
    "places": "INSERT INTO places VALUES (:new, 'New place {s}', '', NULL)",
    "workers": "INSERT INTO workers VALUES (:new, 'New worker {s}', '', {org_s}, '')",
    "worker_pairs": "INSERT INTO worker_pairs VALUES (:new, {worker_leader_s}, "
    "{worker_coordinator_s})",
    "groups": "INSERT INTO groups (id, name, type, attendance_mode, is_public, description) "
    "VALUES (:new, 'New group {s}', 'other', 'roster', false, '')",
    "group_organisers": "INSERT INTO group_organisers VALUES ({group_s}, 5, {org_s})",
    "closure_periods": "INSERT INTO closure_periods VALUES (:new, 'New {s}', "
    "'2026-12-21', '2026-12-31')",
    "closure_groups": "INSERT INTO closure_groups VALUES ({closure_s}, 5, {group_s})",
    "feeds": "INSERT INTO feeds VALUES (:new, 'New feed {s}', 'group', {group_s}, 30, 90, "
    "false, 60, 'token', '', '', '', '', NULL)",
    "feed_publications": "INSERT INTO feed_publications VALUES ({spare_feed_s}, '')",
    "published_events": "INSERT INTO published_events VALUES ({spare_session_s}, 'f', 0, now())",
    "series": "INSERT INTO series VALUES (:new, {group_s}, 'New {s}', '2027-01-01', "
    "'2027-05-31', 1, NULL, NULL, NULL)",
    "series_slots": "INSERT INTO series_slots VALUES ({series_s}, 5, 3, '12:00', '13:00')",
    "series_dates": "INSERT INTO series_dates VALUES ({series_s}, '2027-02-02')",
    "series_leaders": "INSERT INTO series_leaders VALUES ({series_s}, 5, {worker_coordinator_s})",
    "series_skipped_dates": "INSERT INTO series_skipped_dates VALUES ({series_s}, '2026-10-20', "
    "'Työpari koulutuksessa')",
    "sessions": 'INSERT INTO sessions (id, group_id, day, start, "end", theme, notes, status, '
    "cancel_reason, edited_individually, sequence, created_at, updated_at) VALUES (:new, "
    "{group_s}, '2027-01-12', '10:00', '11:00', '', '', 'planned', '', false, 0, now(), now())",
    "session_leaders": "INSERT INTO session_leaders VALUES ({session_s}, 5, "
    "{worker_coordinator_s})",
    "headcounts": "INSERT INTO headcounts (session_id) VALUES ({spare_session_s})",
    # A setting of each side's scope is its key (:key): there is one eves.
    "settings": "INSERT INTO settings VALUES (:key, '') ON CONFLICT (key) DO NOTHING",
    "erasures": "INSERT INTO erasures VALUES (:new, '2026-12-01')",
    "team_members": "INSERT INTO team_members VALUES ('ghost_{s}', 'Ghost', {org_s}, "
    "'leader', NULL, now(), NULL)",
    "families": "INSERT INTO families (id, name, phone, notes, created_on) "
    "VALUES (:new, 'New {s}', '', '', '2026-12-07')",
    "family_members": "INSERT INTO family_members VALUES (:new, {family_s}, 5, 'New', "
    "'Member', 'adult', 'mother', NULL, NULL)",
    "enrolments": "INSERT INTO enrolments VALUES (:new, {family_s}, {group_s}, 'waiting', "
    "NULL, NULL)",
    "attendance": "INSERT INTO attendance VALUES (:new, {session_s}, {child_s}, 'present', "
    "false, '2026-12-01')",
    "audit_entries": "INSERT INTO audit_entries VALUES (:new, {family_s}, 'family_changed', "
    "now(), session_user, NULL, NULL, NULL, '')",
    "pseudonyms": "INSERT INTO pseudonyms VALUES ({child_s}, 50{number})",
    "usage_log": "INSERT INTO usage_log VALUES (:new, {family_s}, now(), '', 'family_opened')",
    "family_groups_attended": "INSERT INTO family_groups_attended VALUES ({family_s}, {group_s})",
    "follow_ups": "INSERT INTO follow_ups VALUES ({family_s}, {group_s}, '2026-06-01', "
    "'2026-12-07', session_user)",
    "season_goals": "INSERT INTO season_goals VALUES ({series_s}, 5, 'New goal', NULL, '')",
    # The world's season is evaluated already: the policy is asked all the same.
    "season_evaluations": "INSERT INTO season_evaluations VALUES ({series_s}, '', '', '', "
    "'2026-12-20') ON CONFLICT DO NOTHING",
    "feedback_tallies": "INSERT INTO feedback_tallies VALUES ({series_s}, 'enjoyed', 4, 2)",
}


def insert_statement(table: str, side: str) -> str:
    """The INSERT of a new row in ``side``'s scope, its ids written out."""
    statement = INSERT[table].replace("{s}", side).replace("{number}", str(SIDES.index(side)))
    while "{" in statement:
        start = statement.index("{")
        end = statement.index("}", start)
        name = statement[start + 1 : end].removesuffix("_s") + f"_{side}"
        statement = statement[:start] + f"'{ident(name)}'" + statement[end + 1 :]
    return statement


def _world_statements(side: str) -> list[tuple[str, dict[str, object]]]:
    def i(name: str) -> str:
        return str(ident(f"{name}_{side}"))

    rows: list[tuple[str, dict[str, object]]] = [
        (
            "INSERT INTO organisations VALUES (:id, :name, 'family_work')",
            {"id": i("org"), "name": f"Organisation {side}"},
        ),
        (
            "INSERT INTO places VALUES (:id, :name, '', NULL)",
            {"id": i("place"), "name": f"Place {side}"},
        ),
    ]
    for role in ROLES:
        rows.append(
            (
                "INSERT INTO workers VALUES (:id, :name, '', :org, '')",
                {"id": i(f"worker_{role}"), "name": f"Worker {role} {side}", "org": i("org")},
            )
        )
    rows += [
        (
            "INSERT INTO worker_pairs VALUES (:id, :first, :second)",
            {"id": i("pair"), "first": i("worker_leader"), "second": i("worker_volunteer")},
        ),
        (
            "INSERT INTO groups (id, name, type, attendance_mode, default_place_id, "
            "default_pair_id, is_public, description) "
            "VALUES (:id, :name, 'father_child', 'both', :place, :pair, false, '')",
            {"id": i("group"), "name": f"Group {side}", "place": i("place"), "pair": i("pair")},
        ),
        (
            "INSERT INTO group_organisers VALUES (:group, 0, :org)",
            {"group": i("group"), "org": i("org")},
        ),
        (
            "INSERT INTO closure_periods VALUES (:id, :name, '2026-10-12', '2026-10-16')",
            {"id": i("closure"), "name": f"Syysloma {side}"},
        ),
        (
            "INSERT INTO closure_groups VALUES (:closure, 0, :group)",
            {"closure": i("closure"), "group": i("group")},
        ),
    ]
    for feed in ("feed", "spare_feed"):
        rows.append(
            (
                "INSERT INTO feeds VALUES (:id, :name, 'organisation', :org, 30, 90, false, 60, "
                "'token', '', '', '', '', NULL)",
                {"id": i(feed), "name": f"{feed} {side}", "org": i("org")},
            )
        )
    rows += [
        ("INSERT INTO feed_publications VALUES (:feed, '')", {"feed": i("feed")}),
        (
            "INSERT INTO series VALUES (:id, :group, 'Syksy', '2026-09-01', '2026-12-15', 1, "
            "NULL, NULL, NULL)",
            {"id": i("series"), "group": i("group")},
        ),
        (
            "INSERT INTO series_slots VALUES (:series, 0, 1, '09:30', '11:00')",
            {"series": i("series")},
        ),
        ("INSERT INTO series_dates VALUES (:series, '2026-12-01')", {"series": i("series")}),
        (
            "INSERT INTO series_skipped_dates VALUES (:series, '2026-10-13', 'Koulutus')",
            {"series": i("series")},
        ),
        (
            "INSERT INTO series_leaders VALUES (:series, 0, :worker)",
            {"series": i("series"), "worker": i("worker_leader")},
        ),
        (
            "INSERT INTO season_goals VALUES (:series, 0, 'Isät tutustuvat', 'partly', '')",
            {"series": i("series")},
        ),
        (
            "INSERT INTO season_evaluations VALUES (:series, 'Leikit', 'Aika', 'Tapaamiset', "
            "'2026-12-20')",
            {"series": i("series")},
        ),
        (
            "INSERT INTO feedback_tallies VALUES (:series, 'enjoyed', 5, 3)",
            {"series": i("series")},
        ),
    ]
    for session, day in (("session", "2026-12-01"), ("spare_session", "2026-12-08")):
        rows.append(
            (
                'INSERT INTO sessions (id, group_id, series_id, day, start, "end", theme, notes, '
                "status, cancel_reason, edited_individually, sequence, created_at, updated_at) "
                "VALUES (:id, :group, :series, :day, '09:30', '11:00', '', '', 'planned', '', "
                "false, 0, now(), now())",
                {"id": i(session), "group": i("group"), "series": i("series"), "day": day},
            )
        )
    rows += [
        (
            "INSERT INTO session_leaders VALUES (:session, 0, :worker)",
            {"session": i("session"), "worker": i("worker_leader")},
        ),
        (
            "INSERT INTO session_leaders VALUES (:session, 1, :worker)",
            {"session": i("session"), "worker": i("worker_volunteer")},
        ),
        (
            "INSERT INTO published_events VALUES (:session, 'f', 0, now())",
            {"session": i("session")},
        ),
        (
            "INSERT INTO headcounts (session_id, fathers) VALUES (:session, 3)",
            {"session": i("session")},
        ),
        ("INSERT INTO settings VALUES (:key, '')", {"key": ROW["settings"][1][side]}),
        ("INSERT INTO erasures VALUES (:id, '2026-01-01')", {"id": i("erased")}),
        (
            "INSERT INTO families (id, name, phone, notes, created_on, search_key) "
            "VALUES (:id, :name, '040 123', 'notes', '2026-09-01', '')",
            {"id": i("family"), "name": f"Family {side}"},
        ),
        (
            "INSERT INTO family_members VALUES (:id, :family, 0, 'Isä', :last, 'adult', "
            "'father', NULL, NULL)",
            {"id": i("member"), "family": i("family"), "last": f"Family {side}"},
        ),
        (
            "INSERT INTO family_members VALUES (:id, :family, 1, 'Lapsi', :last, 'child', "
            "NULL, 2024, 5)",
            {"id": i("child"), "family": i("family"), "last": f"Family {side}"},
        ),
        (
            "INSERT INTO enrolments VALUES (:id, :family, :group, 'enrolled', '2026-09-01', NULL)",
            {"id": i("enrolment"), "family": i("family"), "group": i("group")},
        ),
        (
            "INSERT INTO attendance VALUES (:id, :session, :member, 'present', false, "
            "'2026-12-01')",
            {"id": i("mark"), "session": i("session"), "member": i("member")},
        ),
        (
            "INSERT INTO audit_entries VALUES (:id, :family, 'family_added', now(), 'someone', "
            "NULL, NULL, NULL, '')",
            {"id": i("audit"), "family": i("family")},
        ),
        (
            "INSERT INTO pseudonyms VALUES (:member, :number)",
            {"member": i("member"), "number": 1 + SIDES.index(side)},
        ),
        # Read long ago, and past the log's period, so that an admin may delete it.
        (
            "INSERT INTO usage_log VALUES (:id, :family, '2001-01-01', '', 'family_opened')",
            {"id": i("usage"), "family": i("family")},
        ),
        (
            "INSERT INTO follow_ups VALUES (:family, :group, '2026-01-01', '2026-04-01', "
            "'someone')",
            {"family": i("family"), "group": i("group")},
        ),
        (
            "INSERT INTO settings VALUES (:key, '1') ON CONFLICT (key) DO NOTHING",
            {"key": "usage_log_retention_years"},
        ),
    ]
    return rows


def build_team_world(owner_url: str) -> dict[str, str]:
    """Fill the database as its owner and add the people; their URLs by login."""
    database = open_database(owner_url)
    try:
        with database.engine.begin() as connection:
            for side in SIDES:
                for statement, values in _world_statements(side):
                    connection.execute(text(statement), values)
        with database.unit_of_work() as uow:
            initialise_team(uow)
        people = [(role, "a") for role in ROLES] + [("leader", "b")]
        for role, side in people:
            with database.unit_of_work() as uow:
                add_team_member(
                    uow,
                    login(role, side),
                    f"{role.title()} {side.upper()}",
                    f"Organisation {side}",
                    TeamRole(role),
                    NOW,
                    worker=f"Worker {role} {side}",
                    password=PASSWORD,
                )
    finally:
        database.dispose()
    owner = make_url(owner_url)
    return {
        login(role, side): owner.set(
            username=login(role, side), password=PASSWORD
        ).render_as_string(hide_password=False)
        for role, side in people
    }


def count(connection: Connection, statement: str, **values: object) -> int:
    return int(connection.execute(text(statement), values).scalar_one())
