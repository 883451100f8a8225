"""A group's target ages in whole months, so that a baby group can say "0–6 kk".

``groups.target_age_min`` and ``target_age_max`` held whole years, both ends inclusive:
a group of 1–3 years listed a child from the month it turned one until the month it
turned four. ``target_age_min_months`` and ``target_age_max_months`` hold whole months,
both ends inclusive (``domain/target_ages.py``), and the years convert exactly: the
lower end's first month (1 year: 12 months) and the upper end's last (3 years: 47
months), so every group lists the same children as before. An age the app never took
(below 0 or above 18 years: a database edited by hand) becomes the nearest it takes, so
that the months stay within the column. Going back, months are cut to whole years (0–6
months becomes 0–0 years, a year of months).

The columns are renamed in place and readable and writable by the team's roles as the
table is, so no grant or policy changes.

Revision ID: 0025
Revises: 0024
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0025"
down_revision: str | Sequence[str] | None = "0024"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


MAX_YEARS = 18


def _years(column: str) -> str:
    """The column's years within 0..18 (NULL stays NULL)."""
    return (
        f"(CASE WHEN {column} < 0 THEN 0 WHEN {column} > {MAX_YEARS} THEN {MAX_YEARS} "
        f"ELSE {column} END)"
    )


def _rename(old: str, new: str) -> None:
    # Renamed in place (SQLite 3.25+, PostgreSQL): the columns keep their places, so that
    # going back gives the table exactly as it was.
    op.execute(f"ALTER TABLE groups RENAME COLUMN {old} TO {new}")


def upgrade() -> None:
    op.execute(
        f"UPDATE groups SET target_age_min = {_years('target_age_min')} * 12, "
        f"target_age_max = {_years('target_age_max')} * 12 + 11"
    )
    _rename("target_age_min", "target_age_min_months")
    _rename("target_age_max", "target_age_max_months")


def downgrade() -> None:
    _rename("target_age_min_months", "target_age_min")
    _rename("target_age_max_months", "target_age_max")
    op.execute(
        "UPDATE groups SET target_age_min = target_age_min / 12, "
        "target_age_max = target_age_max / 12"
    )
