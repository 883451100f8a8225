"""One session: editing it (with undo), recording its attendance, and what is left to record."""

from ryhmat.ui.sessions.attendance_model import AttendanceModel
from ryhmat.ui.sessions.attendance_view import AttendanceDialog, AttendanceView
from ryhmat.ui.sessions.session_dialog import SessionDialog, SessionEditCommand
from ryhmat.ui.sessions.unrecorded import SessionsToRecord, UnrecordedList

__all__ = [
    "AttendanceDialog",
    "AttendanceModel",
    "AttendanceView",
    "SessionDialog",
    "SessionEditCommand",
    "SessionsToRecord",
    "UnrecordedList",
]
