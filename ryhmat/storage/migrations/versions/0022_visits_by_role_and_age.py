"""Visits by adult role and by child age band for every group, and the members' index
that counts them.

``ryhmat_figures`` (0019) is dropped and made anew with ten more counts, the visits
of ``domain/statistics.py`` split as a headcount splits them: a headcount's four
adult columns and four age bands as the leaders counted them; a roster's adults
present by role (a step- or foster father as a father) and children present by the
band of their age on the session's day (whole years of the months from the birth
month, January when none is given, to the session's month, as ``Member.age_on``
counts them), with "not given" for an adult without a role and a child without a
birth year. It still returns counts only, never an id of a family or a member; its
definitions are those of the SQLite statements in ``storage/statistics.py``, which
the statistics tests hold both to. Its arguments are the same, so ``ryhmat team
init``'s grant names it as before; this revision grants it again to the team's
group roles that exist.

The members' covering index of the statistics (0007) gains the birth year and month,
so that SQLite bands the children present without reading their rows.

Revision ID: 0022
Revises: 0021
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from alembic import op

revision: str = "0022"
down_revision: str | Sequence[str] | None = "0021"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = (
    "ryhmat_figures(period_first_day date, period_last_day date, wanted_groups uuid[], "
    "wanted_type text, wanted_organisation uuid, wanted_place uuid, wanted_worker uuid)"
)
DROPPED = "ryhmat_figures(date, date, uuid[], text, uuid, uuid, uuid)"

# The visits' buckets in the order of ``Figures``: (column, kind of member, which of
# the present marks of that kind it counts, the headcount's column that counts it
# instead in a session kept by headcount; None: a headcount gives none).
BUCKETS = (
    ("fathers_visits", "adult", "k.role IN ('father', 'stepfather', 'foster_father')", "fathers"),
    ("mothers_visits", "adult", "k.role = 'mother'", "mothers"),
    ("other_guardians_visits", "adult", "k.role = 'other_guardian'", "other_guardians"),
    ("grandparents_visits", "adult", "k.role = 'grandparent'", "grandparents"),
    ("role_not_given_visits", "adult", "k.role IS NULL", None),
    ("under_1_visits", "child", "k.months_old < 12", "children_under_1"),
    ("age_1_2_visits", "child", "k.months_old >= 12 AND k.months_old < 36", "children_1_2"),
    ("age_3_6_visits", "child", "k.months_old >= 36 AND k.months_old < 84", "children_3_6"),
    ("age_7_plus_visits", "child", "k.months_old >= 84", "children_7_plus"),
    ("age_not_given_visits", "child", "k.months_old IS NULL", None),
)
HEAD_COLUMNS = [column for *_, column in BUCKETS if column is not None]

RESULT = f"""TABLE (
    grouping_set text, group_id uuid, group_type text, month date, organisation_id uuid,
    sessions_held bigint, sessions_cancelled bigint,
    adult_visits bigint, child_visits bigint, first_time_visitors bigint,
    capacity bigint, capacity_filled bigint,
    sessions_over_capacity bigint, sessions_not_comparable bigint,
    places_offered bigint, places_attended bigint,
    {", ".join(f"{name} bigint" for name, *_ in BUCKETS)},
    distinct_families bigint, fathers_reached bigint, new_families bigint,
    adults_reached bigint, children_reached bigint)"""

MEMBERS_INDEX_BEFORE = "ix_family_members_id_family_id_kind_role"
MEMBERS_INDEX = "ix_family_members_for_marks"
MEMBERS_INDEXED = ["id", "family_id", "kind", "role", "birth_year", "birth_month"]

# GROUPING(group_id, group_type, month) of each grouping set: a bit is set for
# each column the set leaves out.
GROUPINGS = {
    "total": 7,
    "group": 3,
    "group_type": 5,
    "month_and_type": 4,
    "month": 6,
}
# Which flag of a reached family says it is new, per grouping: relative to the
# group, the type or all the filtered groups, and by month for the month groupings.
NEW_FLAGS = {
    "total": "new_to_all",
    "group": "new_to_group",
    "group_type": "new_to_type",
    "month_and_type": "new_to_type_this_month",
    "month": "new_to_all_this_month",
}


def _body(s: str) -> str:
    head = ", ".join(f"h.{column} AS head_{column}" for column in HEAD_COLUMNS)
    marked = ", ".join(
        f"count(*) FILTER (WHERE k.kind = '{kind}' AND {condition}) AS {name}"
        for name, kind, condition, _ in BUCKETS
    )
    by_headcount = "coalesce(e.head_adults + e.head_children, 0) > 0"
    by_session = ", ".join(
        f"CASE WHEN {by_headcount} THEN {'0' if column is None else 'e.head_' + column} "
        f"ELSE coalesce(k.{name}, 0) END AS {name}"
        for name, _, _, column in BUCKETS
    )
    facts = (
        ", ".join(
            f"CASE WHEN c.status = 'held' THEN c.{name} ELSE 0 END AS {name}"
            for name, *_ in BUCKETS
        )
        + ","
    )
    zeros = ", ".join("0" for _ in BUCKETS) + ","
    sums = ", ".join(f"sum(f.{name})::bigint" for name, *_ in BUCKETS) + ","
    grouping = "GROUPING(f.group_id, f.group_type, f.month)"
    named = " ".join(f"WHEN {bits} THEN '{name}'" for name, bits in GROUPINGS.items())
    new = " ".join(
        f"WHEN {GROUPINGS[name]} THEN count(DISTINCT f.family_id) FILTER (WHERE f.{flag})"
        for name, flag in NEW_FLAGS.items()
    )
    return f"""
#variable_conflict use_column
BEGIN
    IF {s}.ryhmat_role() IS NULL AND NOT pg_has_role(session_user, current_user, 'USAGE') THEN
        RAISE EXCEPTION 'only the people of the team may count its statistics'
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN QUERY
    WITH chosen_groups AS (
        SELECT g.id, g.type, g.capacity, g.capacity_unit, g.attendance_mode FROM {s}.groups g
        WHERE (coalesce(cardinality(wanted_groups), 0) = 0 OR g.id = ANY (wanted_groups))
          AND (wanted_type IS NULL OR g.type = wanted_type)
          AND (wanted_organisation IS NULL OR g.id IN (
                SELECT o.group_id FROM {s}.group_organisers o
                WHERE o.organisation_id = wanted_organisation))
    ),
    -- Held and cancelled sessions of the filtered groups; "counts": they pass the
    -- place and the worker too.
    period AS (
        SELECT e.id, e.group_id, g.type AS group_type,
               date_trunc('month', e.day)::date AS month, e.day, e.status,
               e.status = 'held' AS held,
               coalesce(g.capacity, p.capacity) AS capacity,
               -- A place's capacity is the room's, in persons.
               CASE WHEN g.capacity IS NOT NULL THEN g.capacity_unit ELSE 'persons' END
                   AS capacity_unit,
               g.attendance_mode IN ('roster', 'both') AS keeps_list,
               (wanted_place IS NULL OR e.place_id = wanted_place)
               AND (wanted_worker IS NULL OR e.id IN (
                    SELECT l.session_id FROM {s}.session_leaders l
                    WHERE l.worker_id = wanted_worker)) AS counts,
               h.fathers + h.mothers + h.other_guardians + h.grandparents AS head_adults,
               h.children_under_1 + h.children_1_2 + h.children_3_6 + h.children_7_plus
                   AS head_children,
               coalesce(h.first_time_visitors, 0) AS first_time,
               {head}
        FROM {s}.sessions e
        JOIN chosen_groups g ON g.id = e.group_id
        LEFT JOIN {s}.places p ON p.id = e.place_id
        LEFT JOIN {s}.headcounts h ON h.session_id = e.id
        WHERE e.day BETWEEN period_first_day AND period_last_day
          AND e.status IN ('held', 'cancelled')
    ),
    -- The "present" marks of the period's held sessions, read once. (A flag, not a
    -- comparison of the status, lets the planner expect half the sessions, not a few.)
    present AS MATERIALIZED (
        SELECT e.id AS session_id, e.group_id, e.group_type, e.month, e.counts,
               m.family_id, m.id AS member_id, m.kind, m.role,
               -- Whole months from the birth month to the session's month:
               -- Member.age_on in years is these over twelve.
               (extract(year FROM e.day)::int - m.birth_year) * 12
                   + extract(month FROM e.day)::int - coalesce(m.birth_month, 1) AS months_old
        FROM period e
        JOIN {s}.attendance a ON a.session_id = e.id
        JOIN {s}.family_members m ON m.id = a.member_id
        WHERE e.held AND a.mark = 'present'
    ),
    marked AS (
        SELECT k.session_id,
               count(*) FILTER (WHERE k.kind = 'adult') AS adults,
               count(*) FILTER (WHERE k.kind = 'child') AS children,
               count(DISTINCT k.family_id) AS families,
               {marked}
        FROM present k GROUP BY k.session_id
    ),
    -- Per held session of a group kept by list: its group's enrolments on its day (not
    -- the waiting list; left_on is the first day away), and those of them whose family
    -- is present in it.
    offered AS (
        SELECT e.id AS session_id, count(*) AS offered,
               count(*) FILTER (WHERE EXISTS (
                   SELECT FROM present k WHERE k.session_id = e.id AND k.family_id = n.family_id
               )) AS attended
        FROM period e
        JOIN {s}.enrolments n ON n.group_id = e.group_id
        WHERE e.held AND e.keeps_list AND n.status IN ('enrolled', 'left')
          AND (n.enrolled_on IS NULL OR n.enrolled_on <= e.day)
          AND (n.left_on IS NULL OR e.day < n.left_on)
        GROUP BY e.id
    ),
    -- A headcount counts everyone who came, unless it counts nobody (a form left empty).
    by_session AS (
        SELECT e.group_id, e.group_type, e.month, e.status, e.capacity, e.first_time,
               e.capacity_unit,
               coalesce(e.head_adults + e.head_children, 0) > 0 AS by_headcount,
               coalesce(k.families, 0) AS families,
               CASE WHEN coalesce(e.head_adults + e.head_children, 0) > 0 THEN e.head_adults
                    ELSE coalesce(k.adults, 0) END AS adults,
               CASE WHEN coalesce(e.head_adults + e.head_children, 0) > 0 THEN e.head_children
                    ELSE coalesce(k.children, 0) END AS children,
               coalesce(o.offered, 0) AS offered, coalesce(o.attended, 0) AS attended,
               {by_session}
        FROM period e
        LEFT JOIN marked k ON k.session_id = e.id
        LEFT JOIN offered o ON o.session_id = e.id
        WHERE e.counts
    ),
    -- Like with like: families present against a capacity in families, visits against
    -- one in persons. A session kept by headcount alone names no family.
    counted AS (
        SELECT b.*,
               CASE WHEN b.capacity_unit = 'families' THEN b.families
                    ELSE b.adults + b.children END AS filled,
               b.capacity_unit <> 'families' OR NOT b.by_headcount OR b.families > 0
                   AS comparable
        FROM by_session b
    ),
    -- Per family and filtered group it came to: the month of its first visit in the
    -- period, or -infinity if it came before the period.
    came AS (
        SELECT k.family_id, k.group_id, k.group_type, min(k.month) AS first_month
        FROM present k GROUP BY k.family_id, k.group_id, k.group_type
        UNION ALL
        SELECT DISTINCT m.family_id, e.group_id, g.type, '-infinity'::date
        FROM {s}.family_members m
        JOIN {s}.attendance a ON a.member_id = m.id
        JOIN {s}.sessions e ON e.id = a.session_id
        JOIN chosen_groups g ON g.id = e.group_id
        WHERE m.family_id IN (SELECT k.family_id FROM present k)
          AND a.mark = 'present' AND a.day < period_first_day AND e.status = 'held'
    ),
    to_group AS (
        SELECT c.family_id, c.group_id, min(c.first_month) AS first_month
        FROM came c GROUP BY c.family_id, c.group_id
    ),
    to_type AS (
        SELECT c.family_id, c.group_type, min(c.first_month) AS first_month
        FROM came c GROUP BY c.family_id, c.group_type
    ),
    to_all AS (
        SELECT c.family_id, min(c.first_month) AS first_month
        FROM came c GROUP BY c.family_id
    ),
    reached AS (
        SELECT k.group_id, k.group_type, k.month, k.family_id,
               tg.first_month > '-infinity' AS new_to_group,
               tt.first_month > '-infinity' AS new_to_type,
               tt.first_month = k.month AS new_to_type_this_month,
               ta.first_month > '-infinity' AS new_to_all,
               ta.first_month = k.month AS new_to_all_this_month
        FROM (SELECT DISTINCT p.group_id, p.group_type, p.month, p.family_id
              FROM present p WHERE p.counts) k
        JOIN to_group tg ON tg.family_id = k.family_id AND tg.group_id = k.group_id
        JOIN to_type tt ON tt.family_id = k.family_id AND tt.group_type = k.group_type
        JOIN to_all ta ON ta.family_id = k.family_id
    ),
    -- One row per session that counts and per family and father reached: summed
    -- and counted in one pass over every grouping.
    facts AS (
        SELECT c.group_id, c.group_type, c.month,
               (c.status = 'held')::int AS held, (c.status = 'cancelled')::int AS cancelled,
               CASE WHEN c.status = 'held' THEN c.adults ELSE 0 END AS adults,
               CASE WHEN c.status = 'held' THEN c.children ELSE 0 END AS children,
               CASE WHEN c.status = 'held' THEN c.first_time ELSE 0 END AS first_time,
               CASE WHEN c.status = 'held' AND c.capacity IS NOT NULL AND c.comparable
                    THEN c.capacity ELSE 0 END AS capacity,
               CASE WHEN c.status = 'held' AND c.capacity IS NOT NULL AND c.comparable
                    THEN c.filled ELSE 0 END AS filled,
               (c.status = 'held' AND c.capacity IS NOT NULL AND c.comparable
                AND c.filled > c.capacity)::int AS over_capacity,
               (c.status = 'held' AND c.capacity IS NOT NULL AND NOT c.comparable)::int
                   AS not_comparable,
               CASE WHEN c.status = 'held' THEN c.offered ELSE 0 END AS offered,
               CASE WHEN c.status = 'held' THEN c.attended ELSE 0 END AS attended,
               {facts}
               NULL::uuid AS family_id, NULL::uuid AS father_id,
               NULL::uuid AS adult_id, NULL::uuid AS child_id,
               false AS new_to_group, false AS new_to_type, false AS new_to_type_this_month,
               false AS new_to_all, false AS new_to_all_this_month
        FROM counted c
        UNION ALL
        SELECT r.group_id, r.group_type, r.month, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
               {zeros}
               r.family_id, NULL::uuid, NULL::uuid, NULL::uuid,
               r.new_to_group, r.new_to_type, r.new_to_type_this_month,
               r.new_to_all, r.new_to_all_this_month
        FROM reached r
        UNION ALL
        SELECT DISTINCT k.group_id, k.group_type, k.month, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
               {zeros}
               NULL::uuid,
               CASE WHEN k.role IN ('father', 'stepfather', 'foster_father')
                    THEN k.member_id END,
               CASE WHEN k.kind = 'adult' THEN k.member_id END,
               CASE WHEN k.kind = 'child' THEN k.member_id END,
               false, false, false, false, false
        FROM present k
        WHERE k.counts
    )
    SELECT CASE {grouping} {named} END,
           f.group_id, f.group_type::text, f.month, NULL::uuid,
           sum(f.held)::bigint, sum(f.cancelled)::bigint,
           sum(f.adults)::bigint, sum(f.children)::bigint, sum(f.first_time)::bigint,
           coalesce(sum(f.capacity), 0)::bigint, sum(f.filled)::bigint,
           sum(f.over_capacity)::bigint, sum(f.not_comparable)::bigint,
           sum(f.offered)::bigint, sum(f.attended)::bigint,
           {sums}
           count(DISTINCT f.family_id), count(DISTINCT f.father_id),
           CASE {grouping} {new} END,
           count(DISTINCT f.adult_id), count(DISTINCT f.child_id)
    FROM facts f
    GROUP BY GROUPING SETS ((), (f.group_id), (f.group_type), (f.month, f.group_type), (f.month))
    -- A key with none of its sessions counting has no figures (but maybe sessions
    -- not recorded, which the app adds).
    HAVING sum(f.held) + sum(f.cancelled) > 0
    UNION ALL
    -- Per organiser: a shared group counts under each of its organisers; new is
    -- relative to all the filtered groups, as in the total.
    SELECT 'organisation', NULL::uuid, NULL::text, NULL::date, o.organisation_id,
           sum(f.held)::bigint, sum(f.cancelled)::bigint,
           sum(f.adults)::bigint, sum(f.children)::bigint, sum(f.first_time)::bigint,
           coalesce(sum(f.capacity), 0)::bigint, sum(f.filled)::bigint,
           sum(f.over_capacity)::bigint, sum(f.not_comparable)::bigint,
           sum(f.offered)::bigint, sum(f.attended)::bigint,
           {sums}
           count(DISTINCT f.family_id), count(DISTINCT f.father_id),
           count(DISTINCT f.family_id) FILTER (WHERE f.new_to_all),
           count(DISTINCT f.adult_id), count(DISTINCT f.child_id)
    FROM facts f
    JOIN {s}.group_organisers o ON o.group_id = f.group_id
    GROUP BY o.organisation_id
    HAVING sum(f.held) + sum(f.cancelled) > 0;
END
"""


# The group roles of ``ryhmat team init``, if it has made them.
GROUP_ROLES = ("ryhmat_admin", "ryhmat_coordinator", "ryhmat_leader", "ryhmat_volunteer")


def _create(body: str, result: str) -> None:
    # Planned for each call's own filter, as in 0015.
    op.execute(
        f"CREATE FUNCTION {SIGNATURE} RETURNS {result} "
        "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp "
        f"SET plan_cache_mode = force_custom_plan AS $$ {body} $$"
    )
    op.execute(f"REVOKE ALL ON FUNCTION {DROPPED} FROM PUBLIC")
    op.execute(
        "DO $$ DECLARE r text; BEGIN "
        f"FOREACH r IN ARRAY ARRAY{list(GROUP_ROLES)!r} LOOP "
        "IF EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN "
        f"EXECUTE format('GRANT EXECUTE ON FUNCTION {DROPPED} TO %I', r); "
        "END IF; END LOOP; END $$"
    )


def _schema() -> str:
    return str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())


def upgrade() -> None:
    op.drop_index(MEMBERS_INDEX_BEFORE, table_name="family_members")
    op.create_index(MEMBERS_INDEX, "family_members", MEMBERS_INDEXED)
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP FUNCTION {DROPPED}")
    _create(_body(_schema()), RESULT)


def _rates() -> ModuleType:
    """Revision 0019, whose function a downgrade makes again."""
    path = Path(__file__).with_name("0019_rates.py")
    spec = importlib.util.spec_from_file_location(f"ryhmat_migration_{path.stem}", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP FUNCTION {DROPPED}")
        before = _rates()
        _create(before._body(_schema()), before.RESULT)
    op.drop_index(MEMBERS_INDEX, table_name="family_members")
    op.create_index(MEMBERS_INDEX_BEFORE, "family_members", MEMBERS_INDEXED[:4])
