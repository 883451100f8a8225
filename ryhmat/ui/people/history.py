"""A family's change history (muutoshistoria): who changed what of its data, and when."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ryhmat.domain.errors import UserError
from ryhmat.domain.model import AttendanceMark, AuditAction, EnrolmentStatus
from ryhmat.domain.usecases.history import HistoryLine, family_history
from ryhmat.labels import label
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date, format_moment
from ryhmat.ui.records import Column, RecordListView

WHEN, WHO, WHAT = range(3)


def _moment(line: HistoryLine) -> str:
    return format_moment(line.at)


def _mark(value: str) -> str:
    return label(AttendanceMark(value))


class HistoryPanel(QWidget):
    """The family's history, newest first, searchable; follows every change in the app."""

    def __init__(
        self, context: AppContext, family_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.family_id = family_id
        self.sentences = HistorySentences(self)
        self.list = RecordListView[HistoryLine](
            [
                Column[HistoryLine](self.tr("When"), _moment, sort_key=lambda h: h.at.timestamp()),
                Column[HistoryLine](self.tr("Who"), lambda h: h.actor),
                Column[HistoryLine](self.tr("What"), self.sentences.sentence),
            ],
            self,
        )
        self.list.add_button.hide()
        self.list.edit_button.hide()
        self.list.table.sortByColumn(WHEN, Qt.SortOrder.DescendingOrder)
        self.model = self.list.model
        hint = QLabel(
            self.tr(
                "Changes to the family's details, members, enrolments and attendance marks, "
                "newest first."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        self.setFocusProxy(self.list)
        # A family's changes, its marks among them, naming groups.
        context.when_changed(
            self, Changes.FAMILIES | Changes.ATTENDANCE | Changes.GROUPS, self.refresh
        )
        self.refresh()

    def refresh(self) -> None:
        family_id = self.family_id
        try:
            lines = self.context.read(lambda uow: family_history(uow, family_id))
        except UserError:  # erased or removed: there is no history to show any more
            lines = []
        self.list.set_records(lines)


class HistorySentences(QObject):
    """A change of the history as a sentence in the UI's language: for the history
    panel and for the printed record of a family."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._field_names = {
            "name": self.tr("name"),
            "phone": self.tr("phone"),
            "notes": self.tr("notes"),
            "privacy_notice_on": self.tr("privacy notice date"),
            "photo_permission": self.tr("photo permission"),
            "contact_permission": self.tr("contact permission"),
            "first_name": self.tr("first name"),
            "last_name": self.tr("last name"),
            "kind": self.tr("adult or child"),
            "role": self.tr("role"),
            "birth_year": self.tr("birth year"),
            "birth_month": self.tr("birth month"),
            "status": self.tr("status"),
            "enrolled_on": self.tr("enrolment date"),
            "left_on": self.tr("leaving date"),
        }

    def _fields(self, line: HistoryLine) -> str:
        return QLocale().createSeparatedList([self._field_names.get(f, f) for f in line.fields])

    def _person(self, line: HistoryLine) -> str:
        return line.person or self.tr("a removed member")

    def _group(self, line: HistoryLine) -> str:
        return line.group or self.tr("a removed group")

    def sentence(self, line: HistoryLine) -> str:
        """What happened, as a sentence in the UI's language."""
        action = line.action
        if action is AuditAction.MARK_CHANGED:
            return self._mark_sentence(line)
        if action is AuditAction.FAMILY_ADDED:
            return self.tr("Added the family")
        if action is AuditAction.FAMILY_CHANGED:
            return self.tr("Changed the %1").replace("%1", self._fields(line))
        if action is AuditAction.MEMBER_ADDED:
            return self.tr("Added member %1").replace("%1", self._person(line))
        if action is AuditAction.MEMBER_CHANGED:
            text = self.tr("Changed the %1 of %2").replace("%1", self._fields(line))
            return text.replace("%2", self._person(line))
        if action is AuditAction.MEMBER_REMOVED:
            return self.tr("Removed member %1").replace("%1", self._person(line))
        if action is AuditAction.ENROLMENT_ADDED:
            text = self.tr("New enrolment in %1: %2").replace("%1", self._group(line))
            return text.replace("%2", label(EnrolmentStatus(line.after)) if line.after else "")
        if action is AuditAction.ENROLMENT_CHANGED:
            text = self.tr("Changed the %1 of the enrolment in %2")
            return text.replace("%1", self._fields(line)).replace("%2", self._group(line))
        if action is AuditAction.ENROLMENT_REMOVED:
            return self.tr("Removed the enrolment in %1").replace("%1", self._group(line))
        if action is AuditAction.FAMILIES_MERGED:
            moved = int(line.after) if line.after.isdigit() else 0
            return self.tr(
                "Merged a duplicate of the family into it: %n person(s) moved", "", moved
            )
        return self.tr("Erased the family's personal data")

    def _mark_sentence(self, line: HistoryLine) -> str:
        if not line.after:
            text = self.tr("Cleared the mark of %1 at %3 on %4 (was %5)")
        elif line.before:
            text = self.tr("Marked %1 %2 at %3 on %4 (was %5)")
        else:
            text = self.tr("Marked %1 %2 at %3 on %4")
        day = format_date(line.session_day) if line.session_day else self.tr("an unknown day")
        return (
            text.replace("%1", self._person(line))
            .replace("%2", _mark(line.after) if line.after else "")
            .replace("%3", self._group(line))
            .replace("%4", day)
            .replace("%5", _mark(line.before) if line.before else "")
        )
