"""Sessions of the small demo database that the tests of this package need."""

from __future__ import annotations

import uuid
from datetime import timedelta
from functools import partial

import pytest

from ryhmat.domain.model import AttendanceMode
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.attendance import (
    AttendanceSheet,
    attendance_sheet,
    unrecorded_sessions,
)
from ryhmat.domain.usecases.calendar import calendar_entries, calendar_leaders
from ryhmat.ui.context import AppContext


def unrecorded_session(context: AppContext, mode: AttendanceMode) -> uuid.UUID:
    """A past session of the demo in a group kept this way, not recorded yet."""

    def find(uow: UnitOfWork) -> uuid.UUID:
        for session in unrecorded_sessions(uow, context.now()):
            sheet = attendance_sheet(uow, session.id)
            if sheet.group.attendance_mode is mode and (
                not mode.keeps_roster or len(sheet.lines) >= 3
            ):
                return session.id
        raise LookupError(f"the demo has no unrecorded {mode} session")

    return context.read(find)


@pytest.fixture
def roster_session(demo_context: AppContext) -> uuid.UUID:
    """A past roster session of the demo with nobody marked yet."""
    return unrecorded_session(demo_context, AttendanceMode.ROSTER)


@pytest.fixture
def headcount_session(demo_context: AppContext) -> uuid.UUID:
    """A past headcount-only session of the demo, not counted yet."""
    return unrecorded_session(demo_context, AttendanceMode.HEADCOUNT)


def future_sessions(context: AppContext) -> list[uuid.UUID]:
    """Planned sessions of the coming two weeks that have leaders, soonest first."""
    today = context.today()
    entries = context.read(
        lambda uow: calendar_entries(uow, today + timedelta(days=1), today + timedelta(days=14))
    )
    leaders = context.read(lambda uow: calendar_leaders(uow, [e.session_id for e in entries]))
    return [e.session_id for e in entries if e.session_id in leaders and not e.is_cancelled]


@pytest.fixture
def future_session(demo_context: AppContext) -> uuid.UUID:
    return future_sessions(demo_context)[0]


def _sheet(session_id: uuid.UUID, uow: UnitOfWork) -> AttendanceSheet:
    return attendance_sheet(uow, session_id)


@pytest.fixture
def future_roster_session(demo_context: AppContext) -> uuid.UUID:
    for session_id in future_sessions(demo_context):
        sheet = demo_context.read(partial(_sheet, session_id))
        if sheet.keeps_roster and sheet.lines:
            return session_id
    raise LookupError("the demo has no future roster session")
