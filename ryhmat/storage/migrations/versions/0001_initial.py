"""The initial schema.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 15:16:16.813235
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "closure_periods",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_closure_periods")),
    )
    op.create_table(
        "families",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_families")),
    )
    op.create_table(
        "organisations",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "family_work",
                "child_health_clinic",
                "early_childhood_education",
                "family_counselling",
                "ngo",
                "parish",
                "library",
                "other",
                name="organisationkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("name", name=op.f("uq_organisations_name")),
    )
    op.create_table(
        "places",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=500), nullable=False),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_places")),
        sa.UniqueConstraint("name", name=op.f("uq_places_name")),
    )
    op.create_table(
        "family_members",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=200), nullable=False),
        sa.Column("last_name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("adult", "child", name="memberkind", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column(
            "role",
            sa.Enum(
                "father",
                "mother",
                "other_guardian",
                "grandparent",
                name="adultrole",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("birth_month", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["families.id"],
            name=op.f("fk_family_members_family_id_families"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_family_members")),
    )
    op.create_index(op.f("ix_family_members_family_id"), "family_members", ["family_id"])

    op.create_table(
        "workers",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=True),
        sa.Column("email", sa.String(length=320), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_workers_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workers")),
    )
    op.create_index(op.f("ix_workers_organisation_id"), "workers", ["organisation_id"])

    op.create_table(
        "worker_pairs",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("first_worker_id", sa.Uuid(), nullable=False),
        sa.Column("second_worker_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["first_worker_id"],
            ["workers.id"],
            name=op.f("fk_worker_pairs_first_worker_id_workers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["second_worker_id"],
            ["workers.id"],
            name=op.f("fk_worker_pairs_second_worker_id_workers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worker_pairs")),
    )
    op.create_index(op.f("ix_worker_pairs_first_worker_id"), "worker_pairs", ["first_worker_id"])
    op.create_index(op.f("ix_worker_pairs_second_worker_id"), "worker_pairs", ["second_worker_id"])

    op.create_table(
        "groups",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "type",
            sa.Enum(
                "father_child",
                "open_daycare",
                "family_cafe",
                "baby_group",
                "peer_group",
                "parent_group",
                "other",
                name="grouptype",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "attendance_mode",
            sa.Enum(
                "roster", "headcount", "both", name="attendancemode", native_enum=False, length=40
            ),
            nullable=False,
        ),
        sa.Column("target_age_min", sa.Integer(), nullable=True),
        sa.Column("target_age_max", sa.Integer(), nullable=True),
        sa.Column("capacity", sa.Integer(), nullable=True),
        sa.Column("default_place_id", sa.Uuid(), nullable=True),
        sa.Column("default_pair_id", sa.Uuid(), nullable=True),
        sa.Column("is_public", sa.Boolean(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["default_pair_id"],
            ["worker_pairs.id"],
            name=op.f("fk_groups_default_pair_id_worker_pairs"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["default_place_id"],
            ["places.id"],
            name=op.f("fk_groups_default_place_id_places"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_groups")),
        sa.UniqueConstraint("name", name=op.f("uq_groups_name")),
    )
    op.create_table(
        "enrolments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("family_id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "enrolled", "waiting", "left", name="enrolmentstatus", native_enum=False, length=40
            ),
            nullable=False,
        ),
        sa.Column("enrolled_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["family_id"],
            ["families.id"],
            name=op.f("fk_enrolments_family_id_families"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_enrolments_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrolments")),
    )
    op.create_index(op.f("ix_enrolments_family_id"), "enrolments", ["family_id"])
    op.create_index(op.f("ix_enrolments_group_id"), "enrolments", ["group_id"])

    op.create_table(
        "group_organisers",
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_group_organisers_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_group_organisers_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "position", name=op.f("pk_group_organisers")),
    )
    op.create_index(
        op.f("ix_group_organisers_organisation_id"), "group_organisers", ["organisation_id"]
    )

    op.create_table(
        "series",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("first_day", sa.Date(), nullable=False),
        sa.Column("last_day", sa.Date(), nullable=False),
        sa.Column("interval_weeks", sa.Integer(), nullable=False),
        sa.Column("chosen_start", sa.Time(), nullable=True),
        sa.Column("chosen_end", sa.Time(), nullable=True),
        sa.Column("place_id", sa.Uuid(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"], ["groups.id"], name=op.f("fk_series_group_id_groups"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["place_id"], ["places.id"], name=op.f("fk_series_place_id_places"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_series")),
    )
    op.create_index(op.f("ix_series_group_id"), "series", ["group_id"])

    op.create_table(
        "series_dates",
        sa.Column("series_id", sa.Uuid(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["series.id"],
            name=op.f("fk_series_dates_series_id_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("series_id", "day", name=op.f("pk_series_dates")),
    )
    op.create_table(
        "series_leaders",
        sa.Column("series_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["series.id"],
            name=op.f("fk_series_leaders_series_id_series"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["workers.id"],
            name=op.f("fk_series_leaders_worker_id_workers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("series_id", "position", name=op.f("pk_series_leaders")),
    )
    op.create_index(op.f("ix_series_leaders_worker_id"), "series_leaders", ["worker_id"])

    op.create_table(
        "series_slots",
        sa.Column("series_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("weekday", sa.Integer(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["series.id"],
            name=op.f("fk_series_slots_series_id_series"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("series_id", "position", name=op.f("pk_series_slots")),
    )
    op.create_table(
        "sessions",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("group_id", sa.Uuid(), nullable=False),
        sa.Column("series_id", sa.Uuid(), nullable=True),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start", sa.Time(), nullable=False),
        sa.Column("end", sa.Time(), nullable=False),
        sa.Column("occurrence_day", sa.Date(), nullable=True),
        sa.Column("place_id", sa.Uuid(), nullable=True),
        sa.Column("theme", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned", "held", "cancelled", name="sessionstatus", native_enum=False, length=40
            ),
            nullable=False,
        ),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("edited_individually", sa.Boolean(), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_sessions_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["places.id"],
            name=op.f("fk_sessions_place_id_places"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["series_id"],
            ["series.id"],
            name=op.f("fk_sessions_series_id_series"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sessions")),
    )
    op.create_index(op.f("ix_sessions_day"), "sessions", ["day"])
    op.create_index(op.f("ix_sessions_group_id_day"), "sessions", ["group_id", "day"])
    op.create_index(op.f("ix_sessions_series_id"), "sessions", ["series_id"])

    op.create_table(
        "attendance",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("member_id", sa.Uuid(), nullable=False),
        sa.Column(
            "mark",
            sa.Enum(
                "present", "absent", "excused", name="attendancemark", native_enum=False, length=40
            ),
            nullable=False,
        ),
        sa.Column("is_guest", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["member_id"],
            ["family_members.id"],
            name=op.f("fk_attendance_member_id_family_members"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_attendance_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint(
            "session_id", "member_id", name=op.f("uq_attendance_session_id_member_id")
        ),
    )
    op.create_index(op.f("ix_attendance_member_id"), "attendance", ["member_id"])

    op.create_table(
        "headcounts",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("fathers", sa.Integer(), server_default="0", nullable=False),
        sa.Column("mothers", sa.Integer(), server_default="0", nullable=False),
        sa.Column("other_guardians", sa.Integer(), server_default="0", nullable=False),
        sa.Column("grandparents", sa.Integer(), server_default="0", nullable=False),
        sa.Column("children_under_1", sa.Integer(), server_default="0", nullable=False),
        sa.Column("children_1_2", sa.Integer(), server_default="0", nullable=False),
        sa.Column("children_3_6", sa.Integer(), server_default="0", nullable=False),
        sa.Column("children_7_plus", sa.Integer(), server_default="0", nullable=False),
        sa.Column("first_time_visitors", sa.Integer(), server_default="0", nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_headcounts_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", name=op.f("pk_headcounts")),
    )
    op.create_table(
        "session_leaders",
        sa.Column("session_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("worker_id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_session_leaders_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["workers.id"],
            name=op.f("fk_session_leaders_worker_id_workers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "position", name=op.f("pk_session_leaders")),
    )
    op.create_index(op.f("ix_session_leaders_worker_id"), "session_leaders", ["worker_id"])


def downgrade() -> None:
    op.drop_table("session_leaders")
    op.drop_table("headcounts")
    op.drop_table("attendance")
    op.drop_table("sessions")
    op.drop_table("series_slots")
    op.drop_table("series_leaders")
    op.drop_table("series_dates")
    op.drop_table("series")
    op.drop_table("group_organisers")
    op.drop_table("enrolments")
    op.drop_table("groups")
    op.drop_table("worker_pairs")
    op.drop_table("workers")
    op.drop_table("family_members")
    op.drop_table("places")
    op.drop_table("organisations")
    op.drop_table("families")
    op.drop_table("closure_periods")
