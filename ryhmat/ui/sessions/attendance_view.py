"""Recording one session's attendance: roster marks, guests on the spot, and headcount."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from functools import partial

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import ChangedElsewhere, UserError
from ryhmat.domain.model import AttendanceMark, Headcount, SessionStatus
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.attendance import (
    AttendanceRecord,
    AttendanceSheet,
    record_attendance,
)
from ryhmat.domain.usecases.directory import Directory
from ryhmat.domain.usecases.sessions import SessionView, session_view
from ryhmat.domain.usecases.usage_log import open_attendance, sheet_families, show_unlisted
from ryhmat.labels import label
from ryhmat.ui.changes import SESSIONS_AS_SHOWN, Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date, format_time_range
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.printing import SessionPrintButton
from ryhmat.ui.sessions.attendance_model import AttendanceModel, Mark, next_mark
from ryhmat.ui.sessions.attendance_table import AttendanceTable
from ryhmat.ui.sessions.guest_form import GuestFamily, GuestFamilyForm
from ryhmat.ui.sessions.headcount import HeadcountPanel
from ryhmat.ui.sessions.summary import day_text
from ryhmat.ui.unsaved import GuardedDialog

Change = dict[uuid.UUID, tuple[Mark, Mark]]  # member → (before, after)


class MarksCommand(QUndoCommand):
    """Changes marks in the view only; nothing is saved until the leader saves."""

    def __init__(
        self,
        model: AttendanceModel,
        changes: Change,
        text: str,
        show: Callable[[uuid.UUID], None],
    ) -> None:
        super().__init__(text)
        self._model = model
        self._changes = changes
        self._show = show

    def _apply(self, pick: int) -> None:
        for member_id, marks in self._changes.items():
            self._model.set_mark(member_id, marks[pick])
        if len(self._changes) == 1:
            self._show(next(iter(self._changes)))

    def redo(self) -> None:
        self._apply(1)

    def undo(self) -> None:
        self._apply(0)


class AddGuestsCommand(QUndoCommand):
    def __init__(self, model: AttendanceModel, guest: GuestFamily, day: date, text: str) -> None:
        super().__init__(text)
        self._model = model
        self._guest = guest
        self._day = day

    def redo(self) -> None:
        guest = self._guest
        self._model.add_guest_family(
            guest.family, self._day, is_new=guest.is_new, enrolling=guest.enrol
        )

    def undo(self) -> None:
        self._model.remove_guest_family(self._guest.family.id)


def _load(
    session_id: uuid.UUID, shown: set[uuid.UUID], uow: UnitOfWork
) -> tuple[AttendanceSheet, SessionView]:
    sheet = open_attendance(uow, session_id, shown)
    return sheet, session_view(sheet.session, sheet.group.name, Directory.load(uow))


def _reactivate_session_undo(context: AppContext) -> None:
    # At shutdown the context may go first; then there is nothing to reactivate.
    if not shiboken6.isValid(context) or not shiboken6.isValid(context.undo_group):
        return
    if context.undo_group.activeStack() is None:
        context.undo_group.setActiveStack(context.session_undo)


class AttendanceView(QWidget):
    """The people of one session with their marks, and/or its headcount; one Save."""

    saved = Signal()  # the marks and/or headcount are saved and the views told

    def __init__(
        self, context: AppContext, session_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.session_id = session_id
        self._sheet: AttendanceSheet | None = None
        # The families whose reading this view has logged (see open_attendance).
        self._shown_families: set[uuid.UUID] = set()
        self._loaded_counts: Headcount | None = None
        # The version of the marks and counts shown, which is not the latest sheet's
        # when a refresh kept the leader's unsaved entries.
        self._shown_version = 0
        self._focused_once = False

        # Marks are undone here before saving; the app's Edit menu follows focus.
        self.undo_stack = QUndoStack(self)
        context.undo_group.addStack(self.undo_stack)
        self.undo_stack.destroyed.connect(partial(_reactivate_session_undo, context))
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

        self.title = QLabel(self)
        self.title.setObjectName("attendanceTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel(self)
        self.details.setWordWrap(True)
        self.status_note = QLabel(self)
        self.status_note.setWordWrap(True)

        self.roster = self._build_roster()
        self.headcount = HeadcountPanel(self)
        self.headcount.setMaximumWidth(420)
        self.error = ErrorLabel(self)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the marks, guests and headcount (Enter)"))
        self.save_button.clicked.connect(self.save)
        self.print_button = SessionPrintButton(context, session_id, self)
        self.print_button.failed.connect(self.error.show_error)
        # The people of the families whom the group is not for (a mother at a
        # father–child group): listed only when asked, to mark one who came anyway.
        self.others_button = QPushButton(self)
        self.others_button.clicked.connect(self.show_others)
        self.others_button.hide()

        body = QHBoxLayout()
        body.addWidget(self.roster, 3)
        body.addWidget(self.headcount, 1, Qt.AlignmentFlag.AlignTop)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 10)
        bottom.addStretch(1)
        bottom.addWidget(self.others_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addWidget(self.status_note)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)

        # A focused button answers Return itself, also outside a dialog.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)
        # The session with its place and leaders, its group's enrolled families and
        # their marks.
        context.when_changed(
            self,
            SESSIONS_AS_SHOWN | Changes.FAMILIES,
            self.refresh,
            skip_own=True,
        )
        self.refresh()

    def _build_roster(self) -> QWidget:
        roster = QWidget(self)
        self.model = AttendanceModel(self)
        self.model.marks_changed.connect(self._update_count)
        self.table = AttendanceTable(roster)
        self.table.setModel(self.model)
        self.table.cycle_requested.connect(self.cycle_current)
        self.table.mark_requested.connect(self.mark_current)
        self.table.all_present_requested.connect(self.mark_all_present)
        self.table.save_requested.connect(self.save)
        self.table.undo_requested.connect(self.undo_stack.undo)
        self.table.redo_requested.connect(self.undo_stack.redo)

        self.count = QLabel(roster)
        self.count.setObjectName("presentCount")
        self.mark_all_button = QPushButton(self.tr("Mark all &present"), roster)
        self.mark_all_button.setToolTip(self.tr("Ctrl+A in the list"))
        self.mark_all_button.clicked.connect(self.mark_all_present)
        self.guest_button = QPushButton(self.tr("Add &guest family…"), roster)
        self.guest_button.clicked.connect(self._open_guest_form)
        self.guest_form = GuestFamilyForm(self.context, roster)
        self.guest_form.hide()
        self.guest_form.family_added.connect(self.add_guest_family)
        self.guest_form.closed.connect(self.table.setFocus)
        hint = QLabel(
            self.tr(
                "Space changes the mark · 1 present · 2 absent · 3 excused · 0 clears · "
                "Enter saves · Ctrl+Z undoes"
            ),
            roster,
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)  # drawn in the calm, greyed tone of a hint

        actions = QHBoxLayout()
        actions.addWidget(self.count, 1)
        actions.addWidget(self.mark_all_button)
        actions.addWidget(self.guest_button)
        # With nobody listed, "Add a family…" stands in for the table and these.
        self._listed_parts = (self.table, hint, self.count, self.mark_all_button, self.guest_button)
        layout = QVBoxLayout(roster)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._build_nobody_listed(roster), 1)
        layout.addWidget(hint)
        layout.addLayout(actions)
        layout.addWidget(self.guest_form)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._show_whether_anyone_is_listed)
        return roster

    def _build_nobody_listed(self, parent: QWidget) -> QWidget:
        """Instead of an empty table: why nobody is listed, and a way to add a family."""
        self.nobody_listed = QWidget(parent)
        self.nobody_note = QLabel(self.nobody_listed)
        self.nobody_note.setObjectName("nobodyListed")
        self.nobody_note.setWordWrap(True)
        self.nobody_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.add_family_button = QPushButton(self.tr("Add a &family…"), self.nobody_listed)
        self.add_family_button.clicked.connect(self._open_guest_form)
        layout = QVBoxLayout(self.nobody_listed)
        layout.addStretch(1)
        layout.addWidget(self.nobody_note)
        layout.addWidget(self.add_family_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.nobody_listed.hide()
        return self.nobody_listed

    def _show_whether_anyone_is_listed(self) -> None:
        nobody = self.model.rowCount() == 0 and self._sheet is not None
        if nobody and self._sheet is not None:
            self.nobody_note.setText(
                self.tr("Nobody was enrolled in the group on %1.").replace(
                    "%1", format_date(self._sheet.session.day)
                )
            )
        self.nobody_listed.setVisible(nobody)
        for part in self._listed_parts:
            part.setVisible(not nobody)

    # -- loading ----------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        counts_changed = (
            self._loaded_counts is not None
            and self.headcount.headcount(self.session_id) != self._loaded_counts
        )
        guest_typed = self.guest_form.isVisible() and self.guest_form.has_content()
        return not self.undo_stack.isClean() or counts_changed or guest_typed

    def refresh(self) -> None:
        try:
            sheet, view = self.context.read_logged(
                partial(_load, self.session_id, self._shown_families)
            )
        except UserError as error:
            self.error.show_error(error)
            self.save_button.setEnabled(False)
            return
        self._sheet = sheet
        self._shown_families.update(sheet_families(sheet))
        self._show_header(sheet, view)
        for part in (self.save_button, self.mark_all_button, self.guest_button, self.headcount):
            part.setEnabled(sheet.may_record)
        self.roster.setVisible(sheet.keeps_roster)
        self.headcount.setVisible(sheet.keeps_headcount)
        # A change elsewhere must not wipe marks the leader has not saved yet.
        if not self.has_unsaved_changes():
            self._shown_version = sheet.version
            self.model.set_lines(sheet.lines)
            self._offer_others(sheet)
            self.table.resizeColumnsToContents()
            self.headcount.set_headcount(sheet.headcount)
            self._loaded_counts = self.headcount.headcount(self.session_id)
            self.undo_stack.clear()
            if self.model.rowCount():
                self.table.setCurrentIndex(self.model.index(0, 0))

    def _offer_others(self, sheet: AttendanceSheet) -> None:
        count = len(sheet.unlisted)
        self.others_button.setText(self.tr("Show the families' other members (%n)", "", count))
        self.others_button.setToolTip(
            self.tr("People of the same families whom the group is not for")
        )
        self.others_button.setVisible(bool(count) and sheet.keeps_roster)

    def show_others(self) -> None:
        sheet = self._sheet
        if sheet is None:
            return
        shown = set(self._shown_families)
        try:
            logged = self.context.read_logged(lambda uow: show_unlisted(uow, sheet, shown))
        except UserError as error:
            self.error.show_error(error)
            return
        self._shown_families.update(logged)
        self.model.add_lines(sheet.unlisted)
        self.others_button.hide()
        self.table.setFocus()

    def _show_header(self, sheet: AttendanceSheet, view: SessionView) -> None:
        session = sheet.session
        self.title.setText(view.group)
        parts = [day_text(session.day), format_time_range(session.start, session.end)]
        if view.place:
            parts.append(view.place)
        if view.leaders:
            parts.append(", ".join(view.leaders))
        self.details.setText(" · ".join(parts))
        if session.status is SessionStatus.CANCELLED:
            note = self.tr("Cancelled: %1").replace("%1", session.cancel_reason)
        elif not sheet.may_record:
            note = self.tr("The session's leaders record it; you see it as it is recorded now.")
        elif sheet.recorded:
            note = self.tr("Recorded earlier; saving replaces that record.")
        else:
            note = ""
        self.status_note.setText(note)
        self.status_note.setVisible(bool(note))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self._focus_start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Spin boxes of the headcount pass Return on: it saves, as in the roster.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
        else:
            super().keyPressEvent(event)

    def _focus_start(self) -> None:
        if self._sheet is not None and self._sheet.keeps_roster and not self.model.rowCount():
            self.add_family_button.setFocus()
        elif self._sheet is not None and self._sheet.keeps_roster:
            self.table.setFocus()
        elif self._sheet is not None and self._sheet.keeps_headcount:
            next(iter(self.headcount.adult_boxes.values())).setFocus()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        group = self.context.undo_group
        if new is not None and (new is self or self.isAncestorOf(new)):
            group.setActiveStack(self.undo_stack)
        elif new is not None and group.activeStack() is self.undo_stack:
            group.setActiveStack(self.context.session_undo)

    # -- marking ----------------------------------------------------------------------

    def _current_member(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.line(index.row()).member_id

    def _show_member(self, member_id: uuid.UUID) -> None:
        self.table.setCurrentIndex(self.model.index(self.model.row_of(member_id), 0))

    def _recordable(self) -> bool:
        return self._sheet is not None and self._sheet.may_record

    def _change(self, changes: Change, text: str) -> None:
        if not self._recordable():
            return
        changes = {m: marks for m, marks in changes.items() if marks[0] != marks[1]}
        if changes:
            self.undo_stack.push(MarksCommand(self.model, changes, text, self._show_member))

    def mark_current(self, mark: Mark) -> None:
        member_id = self._current_member()
        if member_id is None:
            return
        line = self.model.line(self.model.row_of(member_id))
        if line.is_erased:  # an anonymous count now: it stays as recorded
            return
        name = line.name
        if mark is None:
            text = self.tr("Clear the mark of %1").replace("%1", name)
        else:
            text = self.tr("Mark %1 %2").replace("%1", name).replace("%2", label(mark))
        self._change({member_id: (self.model.mark(member_id), mark)}, text)

    def cycle_current(self) -> None:
        member_id = self._current_member()
        if member_id is not None:
            self.mark_current(next_mark(self.model.mark(member_id)))

    def mark_all_present(self) -> None:
        present = AttendanceMark.PRESENT
        changes: Change = {}
        for row in range(self.model.rowCount()):
            line = self.model.line(row)
            if not line.is_erased:
                changes[line.member_id] = (self.model.mark(line.member_id), present)
        self._change(changes, self.tr("Mark all present"))

    def _open_guest_form(self) -> None:
        if self._sheet is None:
            return
        listed = frozenset(self.model.line(row).family_id for row in range(self.model.rowCount()))
        self.guest_form.start(self._sheet.session.day, listed)

    def add_guest_family(self, guest: GuestFamily) -> None:
        if self._sheet is None or not self._recordable():
            return
        family = guest.family
        if not self.model.has_family(family.id):
            text = self.tr("Add guest family %1").replace("%1", family.name)
            self.undo_stack.push(AddGuestsCommand(self.model, guest, self._sheet.session.day, text))
        # A family on the list already is shown, not added twice.
        self._show_member(family.members[0].id)
        self.table.setFocus()

    def _update_count(self) -> None:
        total = self.model.rowCount()
        present = self.model.count(AttendanceMark.PRESENT)
        self.count.setText(
            self.tr("Present %1 of %2").replace("%1", str(present)).replace("%2", str(total))
        )

    # -- saving -----------------------------------------------------------------------

    def record(self) -> AttendanceRecord:
        """Everything entered, as record_attendance takes it."""
        sheet = self._sheet
        keeps_roster = sheet is not None and sheet.keeps_roster
        keeps_headcount = sheet is not None and sheet.keeps_headcount
        return AttendanceRecord(
            marks=self.model.marks() if keeps_roster else {},
            guest_families=self.model.new_guest_families if keeps_roster else [],
            headcount=self.headcount.headcount(self.session_id) if keeps_headcount else None,
            version=self._shown_version,
            known_guests=self.model.known_guest_families if keeps_roster else [],
            enrol=self.model.enrolling_families if keeps_roster else [],
        )

    def save(self) -> None:
        if not self._recordable():
            return
        if self.guest_form.isVisible() and self.guest_form.has_content():
            # A guest family typed but not yet added is added first, or nothing is saved.
            self.guest_form.submit()
            if self.guest_form.isVisible():
                return
        record, today = self.record(), self.context.today()
        try:
            # Guests may be new families, who may join the group. The view shows the
            # stored state itself afterwards (_reload), so it skips its own change.
            self.context.write(
                lambda uow: record_attendance(uow, self.session_id, record, today),
                Changes.ATTENDANCE | Changes.FAMILIES,
                self,
            )
        except ChangedElsewhere as error:
            # Show what the other person recorded; the leader enters changes again.
            self._reload()
            self.error.show_error(error)
            return
        except UserError as error:
            self.error.show_error(error)
            return
        self.error.clear_error()
        self._reload()
        self.saved.emit()

    def _reload(self) -> None:
        """Show the stored marks and counts, dropping what was entered here."""
        self.undo_stack.clear()
        self._loaded_counts = None
        self.refresh()


class AttendanceDialog(GuardedDialog):
    """The attendance view in its own window, closed once saved; closing it with marks,
    guests or counts not yet saved asks first."""

    def __init__(
        self, context: AppContext, session_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attendance"))
        self.view = AttendanceView(context, session_id, self)
        self.view.saved.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(960, 640)

    def has_unsaved_changes(self) -> bool:
        return self.view.has_unsaved_changes()

    def save(self) -> None:
        self.view.save()
