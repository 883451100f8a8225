"""A team database counts the statistics itself: the same figures for everyone, no names.

Row-level security lets a leader, volunteer or coordinator read the attendance
marks and family members of their own groups only, so statistics counted from
what they can read would leave out other groups' visitors and silently come out
too small. ``ryhmat_figures`` counts with its owner's rights and returns counts
only: per grouping (the five of ``domain/statistics.Grouping``) and key, every
figure of ``Figures`` but the sessions not recorded, which the app counts from
the sessions everyone reads. No id of a family or a member leaves it: even
pseudonymous ids per group or month would let a leader follow a family known from
their own group to its visits elsewhere.

The definitions are those of the SQLite path in ``storage/statistics.py``
(``_period_rows``, ``_looked_back``, ``_grouped``), which the statistics tests
hold both to:

- the sessions that count are held or cancelled ones of the period in the filtered
  groups that pass the place and worker too;
- a held session's visits are its headcount's if it counts someone, else its
  "present" marks by the member's kind; first-time visitors come from the
  headcount; capacity (the group's, else the place's) and its visits only from
  held sessions that have one;
- families and fathers reached are those present in the sessions that count;
- a family is new if it came to none of the scope's groups before the period
  (the scope: the group, the group type, or all the filtered groups), and for the
  month groupings also to none in an earlier month of the period. What it came
  to is any held session of the filtered groups, wherever and whoever led it:
  the place and the worker filter what counts, not what "new" is relative to.

Whether a session is recorded reads its marks too: ``ryhmat_session_marked`` tells
(a yes or a no per session, no more), so a session recorded by marks a person may not
read is recorded for them as well, and the sessions not recorded that the statistics
count are the same for everyone.

The functions are callable by the people of the team (``ryhmat team init`` grants
EXECUTE, and this revision does when the team's group roles exist already) and by
whoever holds the owner's rights, who reads every row anyway; ``ryhmat_figures``
also refuses anyone not (or no longer) in the team (insufficient_privilege).

SQLite stays a one-person database: nothing changes there.

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0015"
down_revision: str | Sequence[str] | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SIGNATURE = (
    "ryhmat_figures(period_first_day date, period_last_day date, wanted_groups uuid[], "
    "wanted_type text, wanted_organisation uuid, wanted_place uuid, wanted_worker uuid)"
)
DROPPED = "ryhmat_figures(date, date, uuid[], text, uuid, uuid, uuid)"

RESULT = """TABLE (
    grouping_set text, group_id uuid, group_type text, month date,
    sessions_held bigint, sessions_cancelled bigint,
    adult_visits bigint, child_visits bigint, first_time_visitors bigint,
    capacity bigint, visits_with_capacity bigint,
    distinct_families bigint, fathers_reached bigint, new_families bigint)"""

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
        SELECT g.id, g.type, g.capacity FROM {s}.groups g
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
               date_trunc('month', e.day)::date AS month, e.status,
               e.status = 'held' AS held,
               coalesce(g.capacity, p.capacity) AS capacity,
               (wanted_place IS NULL OR e.place_id = wanted_place)
               AND (wanted_worker IS NULL OR e.id IN (
                    SELECT l.session_id FROM {s}.session_leaders l
                    WHERE l.worker_id = wanted_worker)) AS counts,
               h.fathers + h.mothers + h.other_guardians + h.grandparents AS head_adults,
               h.children_under_1 + h.children_1_2 + h.children_3_6 + h.children_7_plus
                   AS head_children,
               coalesce(h.first_time_visitors, 0) AS first_time
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
               m.family_id, m.id AS member_id, m.kind, m.role
        FROM period e
        JOIN {s}.attendance a ON a.session_id = e.id
        JOIN {s}.family_members m ON m.id = a.member_id
        WHERE e.held AND a.mark = 'present'
    ),
    marked AS (
        SELECT k.session_id,
               count(*) FILTER (WHERE k.kind = 'adult') AS adults,
               count(*) FILTER (WHERE k.kind = 'child') AS children
        FROM present k GROUP BY k.session_id
    ),
    -- A headcount counts everyone who came, unless it counts nobody (a form left empty).
    counted AS (
        SELECT e.group_id, e.group_type, e.month, e.status, e.capacity, e.first_time,
               CASE WHEN coalesce(e.head_adults + e.head_children, 0) > 0 THEN e.head_adults
                    ELSE coalesce(k.adults, 0) END AS adults,
               CASE WHEN coalesce(e.head_adults + e.head_children, 0) > 0 THEN e.head_children
                    ELSE coalesce(k.children, 0) END AS children
        FROM period e LEFT JOIN marked k ON k.session_id = e.id
        WHERE e.counts
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
               CASE WHEN c.status = 'held' THEN c.capacity ELSE 0 END AS capacity,
               CASE WHEN c.status = 'held' AND c.capacity IS NOT NULL
                    THEN c.adults + c.children ELSE 0 END AS visits_with_capacity,
               NULL::uuid AS family_id, NULL::uuid AS father_id,
               false AS new_to_group, false AS new_to_type, false AS new_to_type_this_month,
               false AS new_to_all, false AS new_to_all_this_month
        FROM counted c
        UNION ALL
        SELECT r.group_id, r.group_type, r.month, 0, 0, 0, 0, 0, 0, 0, r.family_id, NULL::uuid,
               r.new_to_group, r.new_to_type, r.new_to_type_this_month,
               r.new_to_all, r.new_to_all_this_month
        FROM reached r
        UNION ALL
        SELECT DISTINCT k.group_id, k.group_type, k.month, 0, 0, 0, 0, 0, 0, 0, NULL::uuid,
               k.member_id, false, false, false, false, false
        FROM present k
        WHERE k.counts AND k.role = 'father'
    )
    SELECT CASE {grouping} {named} END,
           f.group_id, f.group_type::text, f.month,
           sum(f.held)::bigint, sum(f.cancelled)::bigint,
           sum(f.adults)::bigint, sum(f.children)::bigint, sum(f.first_time)::bigint,
           coalesce(sum(f.capacity), 0)::bigint, sum(f.visits_with_capacity)::bigint,
           count(DISTINCT f.family_id), count(DISTINCT f.father_id),
           CASE {grouping} {new} END
    FROM facts f
    GROUP BY GROUPING SETS ((), (f.group_id), (f.group_type), (f.month, f.group_type), (f.month))
    -- A key with none of its sessions counting has no figures (but maybe sessions
    -- not recorded, which the app adds).
    HAVING sum(f.held) + sum(f.cancelled) > 0;
END
"""


# The group roles of ``ryhmat team init``, if it has made them.
GROUP_ROLES = ("ryhmat_admin", "ryhmat_coordinator", "ryhmat_leader", "ryhmat_volunteer")

# Whether a session has an attendance mark: what makes it recorded, for the statistics'
# sessions not recorded and the Kirjaamatta panel alike, whoever asks.
MARKED_SIGNATURE = "ryhmat_session_marked(session uuid)"
MARKED_DROPPED = "ryhmat_session_marked(uuid)"


def _marked_body(s: str) -> str:
    return f"SELECT EXISTS (SELECT FROM {s}.attendance a WHERE a.session_id = session)"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    schema = str(op.get_bind().exec_driver_sql("SELECT current_schema()").scalar_one())
    # Planned for each call's own filter: after five calls PL/pgSQL would otherwise
    # keep one generic plan for every filter, three times slower for a year of the
    # municipality (600 ms instead of 190).
    op.execute(
        f"CREATE FUNCTION {SIGNATURE} RETURNS {RESULT} "
        "LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp "
        f"SET plan_cache_mode = force_custom_plan AS $$ {_body(schema)} $$"
    )
    op.execute(
        f"CREATE FUNCTION {MARKED_SIGNATURE} RETURNS boolean "
        "LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp "
        f"AS $$ {_marked_body(schema)} $$"
    )
    for signature in (DROPPED, MARKED_DROPPED):
        op.execute(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC")
        # A team's people use them at once, not only after ``team init`` is run again:
        # the Kirjaamatta panel asks every session's marks through the function.
        op.execute(
            "DO $$ DECLARE r text; BEGIN "
            f"FOREACH r IN ARRAY ARRAY{list(GROUP_ROLES)!r} LOOP "
            "IF EXISTS (SELECT FROM pg_roles WHERE rolname = r) THEN "
            f"EXECUTE format('GRANT EXECUTE ON FUNCTION {signature} TO %I', r); "
            "END IF; END LOOP; END $$"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for signature in (DROPPED, MARKED_DROPPED):
        op.execute(f"DROP FUNCTION {signature}")
