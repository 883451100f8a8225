"""The calendar page: the week and the month of sessions, filtered."""

from ryhmat.ui.calendar.page import CalendarPage

__all__ = ["CalendarPage"]
