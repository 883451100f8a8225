"""The families the groups are for, with their members and the groups they attend."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSplitter, QVBoxLayout, QWidget

from ryhmat.domain.errors import UserError
from ryhmat.domain.usecases.families import FamilySummary, list_families
from ryhmat.domain.usecases.usage_log import open_family
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import format_date
from ryhmat.ui.messages import error_text, show_error
from ryhmat.ui.people.family_editor import FamilyEditor
from ryhmat.ui.people.follow_ups import FollowUpsPanel
from ryhmat.ui.people.merging import MergeFamiliesDialog
from ryhmat.ui.people.roster_import import RosterImportDialog
from ryhmat.ui.people.widgets import reload, select_record
from ryhmat.ui.records import Column, RecordListView


def _names(names: list[str]) -> str:
    return ", ".join(names)


class FamiliesPage(QWidget):
    """Personal data, shown only here and in the editor: nothing about it is logged."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor: FamilyEditor | None = None
        self.importer: RosterImportDialog | None = None
        self.merger: MergeFamiliesDialog | None = None
        self.setWindowTitle(self.tr("Families"))
        self.families = RecordListView[FamilySummary](
            [
                Column[FamilySummary](self.tr("Family"), lambda f: f.name),
                # "not given" is a word the search finds: the families still to be told.
                Column[FamilySummary](
                    self.tr("Privacy notice"),
                    self._privacy_notice,
                    sort_key=lambda f: f.privacy_notice_on or date.min,
                ),
                Column[FamilySummary](self.tr("Adults"), lambda f: _names(f.adults)),
                Column[FamilySummary](self.tr("Children"), lambda f: _names(f.children)),
                Column[FamilySummary](self.tr("Groups"), lambda f: _names(f.groups)),
            ],
            self,
        )
        self.families.add_button.setText(self.tr("&New family…"))
        # Not Alt+D: the follow-ups beside the list take it ("Mark as done").
        self.families.edit_button.setText(self.tr("Edi&t family…"))
        self.import_button = QPushButton(self.tr("&Import roster…"), self)
        self.import_button.clicked.connect(self.import_roster)
        self.merge_button = QPushButton(self.tr("&Merge families…"), self)
        self.merge_button.setToolTip(self.tr("Merge a family recorded twice into the chosen one"))
        self.merge_button.clicked.connect(self.merge_families)
        self.families.buttons.addWidget(self.merge_button)
        self.families.buttons.addWidget(self.import_button)
        # Kuulumiset beside the list: a family to ask after is looked up (its phone) here.
        self.follow_ups = FollowUpsPanel(context, self)
        self.follow_ups.family_requested.connect(self.open_family)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.families)
        split.addWidget(self.follow_ups)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        # The panel's four columns shown whole beside the families' five.
        split.setSizes([620, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.setFocusProxy(self.families)
        self.families.add_requested.connect(lambda: self.edit_family(None))
        self.families.edit_requested.connect(self.edit_family)
        # Families with the groups they are enrolled in.
        context.when_changed(self, Changes.FAMILIES | Changes.GROUPS, self.refresh)
        self.refresh()

    def _privacy_notice(self, family: FamilySummary) -> str:
        if family.privacy_notice_on is None:
            return self.tr("not given")
        return format_date(family.privacy_notice_on)

    def refresh(self) -> None:
        reload(self.families, self.context.read(list_families))

    def edit_family(self, summary: FamilySummary | None) -> None:
        self.open_family(None if summary is None else summary.id)

    def open_family(self, family_id: uuid.UUID | None) -> None:
        """The family's window (a new family's for None)."""
        try:
            family = (
                None
                if family_id is None
                else self.context.read_logged(lambda uow: open_family(uow, family_id))
            )
        except UserError as error:  # removed elsewhere meanwhile
            show_error(self, error_text(error))
            return
        select_record(self.families, family_id)
        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = FamilyEditor(self.context, family, self)
        self.editor.saved.connect(lambda family_id: select_record(self.families, family_id))
        self.editor.open()

    def merge_families(self) -> MergeFamiliesDialog | None:
        """Merge a duplicate into the chosen family (the one kept)."""
        keep = self.families.current_record()
        if keep is None:
            show_error(self, self.tr("Choose the family to keep first, then merge."))
            return None
        if self.merger is not None:
            self.merger.deleteLater()
        self.merger = MergeFamiliesDialog(self.context, keep, self)
        self.merger.merged.connect(lambda family_id: select_record(self.families, family_id))
        self.merger.open()
        return self.merger

    def import_roster(self) -> RosterImportDialog:
        if self.importer is not None and not self.importer.busy:
            self.importer.deleteLater()
        self.importer = RosterImportDialog(self.context, self)
        self.importer.open()
        return self.importer
