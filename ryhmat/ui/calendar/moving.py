"""Moving a session from the calendar: asked first, saved as an undoable edit.

Every move asks, by mouse or by key. A drag slips easily, and a moved session is at
once what families and partner organisations see in their calendar feeds; the
question costs one Enter (Move is its default unless the move books someone twice),
and Edit → Undo is there for second thoughts. The question names the move and why
the group would not meet on the new day, if it would not; if it books a leader or a
place twice, it lists the clashes as the session dialog does and the person must
choose "Move anyway".
"""

from __future__ import annotations

import dataclasses
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, ChangedElsewhere, NotFound, UserError
from ryhmat.domain.model import SessionStatus
from ryhmat.domain.scheduling import SkipKind
from ryhmat.domain.usecases.bookings import DoubleBooking
from ryhmat.domain.usecases.calendar import CalendarEntry
from ryhmat.domain.usecases.moving import MovePlan, plan_move, stepped_start
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.double_booking import clash_text
from ryhmat.ui.formatting import format_date, format_time, weekday_name
from ryhmat.ui.messages import error_text, open_box, show_error
from ryhmat.ui.sessions.session_dialog import SessionEditCommand

CONTEXT = "CalendarMove"

# The keys that move the current session, for the calendar and for a list of the app's
# shortcuts: (key sequence, what it does as English source text of the "CalendarMove"
# context; shortcut_descriptions() gives it translated). Alt+Left and Alt+Right alone
# already turn the week or the month.
EARLIER_DAY_KEY = QKeySequence("Alt+Shift+Left")
LATER_DAY_KEY = QKeySequence("Alt+Shift+Right")
EARLIER_KEY = QKeySequence("Alt+Shift+Up")
LATER_KEY = QKeySequence("Alt+Shift+Down")
MOVE_SHORTCUTS: tuple[tuple[QKeySequence, str], ...] = (
    (EARLIER_DAY_KEY, QT_TRANSLATE_NOOP("CalendarMove", "Move the session a day earlier")),
    (LATER_DAY_KEY, QT_TRANSLATE_NOOP("CalendarMove", "Move the session a day later")),
    (
        EARLIER_KEY,
        QT_TRANSLATE_NOOP(
            "CalendarMove", "Move the session 15 minutes earlier (in the month: a week earlier)"
        ),
    ),
    (
        LATER_KEY,
        QT_TRANSLATE_NOOP(
            "CalendarMove", "Move the session 15 minutes later (in the month: a week later)"
        ),
    ),
)


def shortcut_descriptions() -> list[tuple[QKeySequence, str]]:
    """MOVE_SHORTCUTS in the language of the app."""
    return [(key, QCoreApplication.translate(CONTEXT, text)) for key, text in MOVE_SHORTCUTS]


def when_text(day: date, start: time) -> str:
    """ "ti 6.1.2027 klo 9.30"."""
    return (
        QCoreApplication.translate("CalendarMove", "%1 %2 at %3")
        .replace("%1", weekday_name(day))
        .replace("%2", format_date(day))
        .replace("%3", format_time(start))
    )


def move_question(plan: MovePlan) -> str:
    """ "Move Vauvaryhmä Pikkuiset Tue 6.1.2027 at 9.30 → Wed 7.1.2027 at 10.00?"."""
    before, after = plan.before, plan.after
    return (
        QCoreApplication.translate("CalendarMove", "Move %1 %2 → %3?")
        .replace("%1", plan.group)
        .replace("%2", when_text(before.day, before.start))
        .replace("%3", when_text(after.day, after.start))
    )


# Why the group would not meet on the day a session is moved to, as the move names it.
LEFT_OUT_NOTES = {
    SkipKind.HOLIDAY: QT_TRANSLATE_NOOP("CalendarMove", "%1 is a public holiday: %2."),
    SkipKind.CLOSURE: QT_TRANSLATE_NOOP("CalendarMove", "On %1 the group is paused: %2."),
    SkipKind.EVE: QT_TRANSLATE_NOOP("CalendarMove", "%1 is %2, when the group does not meet."),
    SkipKind.CHOSEN: QT_TRANSLATE_NOOP("CalendarMove", "The season leaves %1 out: %2."),
}


def move_details(plan: MovePlan) -> str:
    """What the person should know before saying yes: why the group would not meet on
    the new day (a holiday, a closure, an eve, a date its season leaves out), and whom
    or what the move books twice."""
    lines = []
    left_out = plan.left_out
    if left_out is not None and left_out.kind in LEFT_OUT_NOTES:
        note = QCoreApplication.translate("CalendarMove", LEFT_OUT_NOTES[left_out.kind])
        lines.append(note.replace("%1", format_date(left_out.day)).replace("%2", left_out.reason))
    if plan.clashes:
        lines.append(
            QCoreApplication.translate("CalendarMove", "The move books someone or a place twice:")
        )
        lines += [clash_text(clash) for clash in plan.clashes]
    return "\n".join(lines)


class SessionMover(QObject):
    """Checks, asks and saves the moves the calendar's views and keys ask for.

    ``moved(session_id, day)`` says a move was saved. A mistake (a held session, a time
    past midnight, a change someone else saved first) is shown calmly and moves nothing.
    """

    moved = Signal(object, object)  # uuid.UUID, date

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self._context = context
        self._window = parent
        self.question: QMessageBox | None = None

    def move(self, entry: CalendarEntry, day: date, start: time) -> None:
        """Ask to move the session as ``entry`` shows it to ``day`` at ``start``."""
        try:
            plan = self._context.read(
                lambda uow: plan_move(
                    uow, entry.session_id, entry.version, day, start, self._context.holidays
                )
            )
        except UserError as error:
            self._refuse(error)
            return
        self._ask(plan)

    def step(self, entry: CalendarEntry, days: int, quarters: int) -> None:
        """Move the session ``days`` days and ``quarters`` quarter hours away; nothing
        when the step cannot go further (before 0.00)."""
        day, start = entry.day + timedelta(days=days), stepped_start(entry.start, quarters)
        if (day, start) != (entry.day, entry.start) or entry.status is not SessionStatus.PLANNED:
            self.move(entry, day, start)

    def _ask(self, plan: MovePlan) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("moveQuestion")
        box.setWindowTitle(QCoreApplication.translate("CalendarMove", "Move session"))
        box.setText(move_question(plan))
        details = move_details(plan)
        if details:
            box.setInformativeText(details)
        if plan.clashes:
            box.setIcon(QMessageBox.Icon.Warning)
            go = box.addButton(
                QCoreApplication.translate("CalendarMove", "Move &anyway"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        else:
            box.setIcon(QMessageBox.Icon.Question)
            go = box.addButton(
                QCoreApplication.translate("CalendarMove", "&Move"),
                QMessageBox.ButtonRole.AcceptRole,
            )
        stay = box.addButton(
            QCoreApplication.translate("CalendarMove", "&Don't move"),
            QMessageBox.ButtonRole.RejectRole,
        )
        # A double booking is confirmed by choosing it, never by Enter alone.
        box.setDefaultButton(stay if plan.clashes else go)
        box.setEscapeButton(stay)

        def answered() -> None:
            self.question = None
            if box.clickedButton() is go:
                self._save(plan)

        box.finished.connect(answered)
        self.question = open_box(box)

    def _save(self, plan: MovePlan) -> None:
        try:
            saved = SessionEditCommand.save(
                self._context,
                plan.before,
                plan.after,
                QCoreApplication.translate("CalendarMove", "Move %1 session").replace(
                    "%1", plan.group
                ),
                accept_conflicts=bool(plan.clashes),
            )
        except DoubleBooking as refused:
            # Booked meanwhile by someone else: ask again with what it clashes with now.
            self._ask(dataclasses.replace(plan, clashes=refused.clashes))
            return
        except UserError as error:
            self._refuse(error)
            return
        self.moved.emit(saved.id, saved.day)

    def _refuse(self, error: UserError) -> None:
        if isinstance(error, ChangedElsewhere | NotFound):
            # Nothing was written, so no view heard of their change (or their removal of
            # the session): show it everywhere.
            self._context.announce(Changes.SESSIONS | Changes.ATTENDANCE)
        self.question = show_error(self._window, error_text(error))
