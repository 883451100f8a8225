"""What the calendar tests read: the demo week of 23.11.2026 and its cells."""

from __future__ import annotations

from datetime import date

from ryhmat.domain.usecases.calendar import CalendarEntry, calendar_entries
from ryhmat.ui.calendar.models import SESSION_ROLE, WeekModel
from ryhmat.ui.context import AppContext

MONDAY = date(2026, 11, 23)
SEASONS = (date(2026, 8, 1), date(2027, 6, 30))


def column_texts(model: WeekModel, column: int) -> list[str]:
    return [
        model.index(row, column).data()
        for row in range(model.rowCount())
        if model.index(row, column).data(SESSION_ROLE) is not None
    ]


def column_groups(model: WeekModel, column: int) -> list[str]:
    return [text.split("\n")[1] for text in column_texts(model, column)]


def season_entries(context: AppContext) -> list[CalendarEntry]:
    return context.read(lambda uow: calendar_entries(uow, *SEASONS))


def cancelled_entry(context: AppContext) -> CalendarEntry:
    (entry,) = [e for e in season_entries(context) if e.cancel_reason == "Ohjaaja sairastunut"]
    return entry
