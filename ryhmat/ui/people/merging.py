"""Merging a family recorded twice into the one chosen in Perheet.

The person finds the duplicate by name, sees what will move (its people, its
enrolments and whether each becomes one with the kept family's), and confirms a
question that names both families. Nothing is undone afterwards, so the
question says that the duplicate is deleted.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.domain.model import Member, MemberKind
from ryhmat.domain.usecases.families import FamilySummary
from ryhmat.domain.usecases.merging import MergePreview, merge_families, merge_preview
from ryhmat.labels import label
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.fields import buddy_label
from ryhmat.ui.formatting import format_date
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.people.family_search import FamilySearch


def family_text(name: str, people: list[str] | tuple[str, ...]) -> str:
    """A family as a question names it: namesakes are told apart by their people."""
    return f"{name} ({', '.join(people)})" if people else name


class MergeFamiliesDialog(QDialog):
    """``merged(kept family id)`` once the duplicate is merged into the kept family."""

    merged = Signal(object)  # uuid.UUID of the family kept, once the merge is saved

    def __init__(
        self, context: AppContext, keep: FamilySummary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.keep = keep
        self.preview: MergePreview | None = None
        self.setWindowTitle(self.tr("Merge families"))

        kept = QLabel(family_text(keep.name, [*keep.adults, *keep.children]), self)
        kept.setWordWrap(True)
        self.search = FamilySearch(context, parent=self)
        self.search.excluded = frozenset({keep.id})
        self.search.field.setPlaceholderText(self.tr("The duplicate's name or a person's name"))
        self.search.chosen.connect(self.choose_duplicate)
        self.what_moves = QLabel(self)
        self.what_moves.setObjectName("whatMoves")
        self.what_moves.setWordWrap(True)
        self.what_moves.hide()
        self.error = ErrorLabel(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.merge_button = QPushButton(self.tr("&Merge…"), self)
        self.merge_button.setEnabled(False)
        self.merge_button.setAutoDefault(False)
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.merge_button.clicked.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Keep:"), kept)
        form.addRow(buddy_label(self.tr("&Duplicate:"), self.search.field), self.search)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.what_moves)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.search.setFocus()
        self.resize(760, 460)

    def choose_duplicate(self, found: FamilySummary) -> None:
        keep_id, duplicate_id = self.keep.id, found.id
        self.error.clear_error()
        try:
            preview = self.context.read(lambda uow: merge_preview(uow, keep_id, duplicate_id))
        except UserError as error:
            self.error.show_error(error)
            return
        self.preview = preview
        self.what_moves.setText(self._what_moves(preview))
        self.what_moves.show()
        self.merge_button.setEnabled(True)
        self.merge_button.setFocus()

    def _what_moves(self, preview: MergePreview) -> str:
        lines = [
            self.tr("The duplicate %1 moves into %2 and is then deleted.")
            .replace("%1", preview.duplicate_name)
            .replace("%2", preview.keep_name),
            self.tr("People: %1").replace(
                "%1", ", ".join(self._person(m) for m in preview.moving_people)
            ),
        ]
        for enrolment in preview.enrolments:
            text = (
                self.tr("Enrolment in %1: made one with %2's (%3)")
                if enrolment.combined
                else self.tr("Enrolment in %1: moves (%3)")
            )
            start = (
                self.tr("from %1").replace("%1", format_date(enrolment.enrolled_on))
                if enrolment.enrolled_on
                else ""
            )
            status = ", ".join(part for part in (label(enrolment.status), start) if part)
            lines.append(
                text.replace("%1", enrolment.group)
                .replace("%2", preview.keep_name)
                .replace("%3", status)
            )
        lines.append(
            self.tr(
                "Attendance marks, headcounts and the change history are kept; "
                "the people keep their codes."
            )
        )
        return "\n".join(lines)

    def _person(self, member: Member) -> str:
        if member.kind is MemberKind.CHILD:
            who = self.tr("child")
        else:
            who = label(member.role) if member.role else self.tr("adult")
        return f"{member.full_name} ({who})"

    def confirm(self) -> None:
        """Ask, naming both families; merge on yes."""
        preview = self.preview
        if preview is None:
            return
        duplicate = family_text(
            preview.duplicate_name, [m.full_name for m in preview.moving_people]
        )
        keep = family_text(preview.keep_name, preview.keep_people)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Merge families"),
            self.tr(
                "Merge the family %1 into the family %2? %1 is deleted; its people, "
                "enrolments and history move to %2. This cannot be undone."
            )
            .replace("%1", duplicate)
            .replace("%2", keep),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        merge = box.addButton(self.tr("Merge"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.finished.connect(lambda _result: self._answered(box.clickedButton() is merge))
        box.open()

    def _answered(self, yes: bool) -> None:
        preview = self.preview
        if not yes or preview is None:
            return
        keep_id, duplicate_id = preview.keep_id, preview.duplicate_id
        today, seen = self.context.today(), preview.versions
        try:
            self.context.write(
                lambda uow: merge_families(uow, keep_id, duplicate_id, today, seen_versions=seen),
                Changes.FAMILIES | Changes.ATTENDANCE,
                self,
            )
        except UserError as error:
            self.error.show_error(error)
            self.preview = None
            self.merge_button.setEnabled(False)
            return
        self.merged.emit(keep_id)
        self.accept()
