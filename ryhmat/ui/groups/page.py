"""The Groups page: groups, places and closure periods, each on its own tab."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget

from ryhmat.domain.evaluation import LifeCycle
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.target_ages import MAX_TARGET_AGE_MONTHS
from ryhmat.domain.usecases.evaluations import group_life_cycles
from ryhmat.domain.usecases.groups import GroupSummary, list_groups
from ryhmat.domain.usecases.removal import Kind
from ryhmat.labels import label, target_ages_text
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.groups.closures import ClosuresTab
from ryhmat.ui.groups.due_evaluations import DueEvaluationsPanel
from ryhmat.ui.groups.group_editor import GroupEditor
from ryhmat.ui.groups.places import PlacesTab
from ryhmat.ui.lifetime import while_alive
from ryhmat.ui.people.widgets import reload, select_record
from ryhmat.ui.records import Column, RecordListView
from ryhmat.ui.removal import RemovalActions
from ryhmat.ui.unsaved import ask_before_leaving, unsaved_editors

_STAGES = list(LifeCycle)


def _capacity(group: GroupSummary) -> str:
    """ "11 perhettä", "32 henkeä": the number with the unit the fill rate compares with."""
    return "" if group.capacity is None else f"{group.capacity} {label(group.capacity_unit)}"


def _ages_order(group: GroupSummary) -> int:
    """Youngest first, then the narrower range; a group for all ages last."""
    low = group.target_age_min_months or 0
    high = group.target_age_max_months
    return low * 1000 + (MAX_TARGET_AGE_MONTHS + 1 if high is None else high)


class GroupsTab(QWidget):
    """Every group in a searchable table; Add and Edit open the group editor."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.editor: GroupEditor | None = None
        self._cycles: dict[uuid.UUID, LifeCycle] = {}
        self.list: RecordListView[GroupSummary] = RecordListView(
            [
                Column[GroupSummary](self.tr("Name"), lambda r: r.name),
                Column[GroupSummary](
                    self.tr("Stage"),
                    self._stage,
                    sort_key=lambda r: _STAGES.index(self._cycles.get(r.id, LifeCycle.PLANNED)),
                    explanation=self.tr(
                        "Being planned: no season has started. Running: a season is on. "
                        "To be evaluated: the last season has ended without an evaluation. "
                        "Ended: evaluated, or archived."
                    ),
                ),
                Column[GroupSummary](self.tr("Type"), lambda r: label(r.type)),
                Column[GroupSummary](self.tr("Attendance"), lambda r: label(r.attendance_mode)),
                Column[GroupSummary](self.tr("Organisers"), lambda r: ", ".join(r.organisers)),
                Column[GroupSummary](
                    self.tr("Children's ages"),
                    lambda r: target_ages_text(r.target_age_min_months, r.target_age_max_months),
                    sort_key=_ages_order,
                ),
                Column[GroupSummary](
                    self.tr("Capacity"),
                    _capacity,
                    sort_key=lambda r: r.capacity or 0,
                ),
                Column[GroupSummary](
                    self.tr("Default leaders"), lambda r: ", ".join(r.default_leaders)
                ),
                Column[GroupSummary](self.tr("Default place"), lambda r: r.default_place or ""),
            ],
            self,
        )
        self.list.add_button.setText(self.tr("&New group…"))
        self.list.edit_button.setText(self.tr("E&dit group…"))
        self.list.add_requested.connect(self.add_group)
        self.list.edit_requested.connect(self.edit_group)
        # A new group like the one chosen: its settings, not its seasons or families.
        self.duplicate_button = QPushButton(self.tr("Du&plicate group…"), self)
        self.duplicate_button.clicked.connect(self.duplicate_group)
        self.list.buttons.insertWidget(3, self.duplicate_button)
        self.removal = RemovalActions(context, self.list, Kind.GROUP, lambda r: r.name)
        self.removal.show_archived_changed.connect(self.refresh)
        # Arvioimatta under the groups (their columns need the width): evaluating a season
        # is the group's work, and the list's Stage column says which groups wait for it.
        self.due = DueEvaluationsPanel(context, self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.list)
        split.addWidget(self.due)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.setFocusProxy(self.list)
        # A group's stage follows its seasons and their evaluations.
        context.when_changed(self, Changes.SESSIONS | Changes.EVALUATIONS, self.refresh)

    def _stage(self, row: GroupSummary) -> str:
        cycle = self._cycles.get(row.id)
        return "" if cycle is None else label(cycle)

    def refresh(self) -> None:
        archived, today = self.removal.show_archived, self._context.today()

        def read(uow: UnitOfWork) -> tuple[list[GroupSummary], dict[uuid.UUID, LifeCycle]]:
            return list_groups(uow, archived), group_life_cycles(uow, today)

        groups, self._cycles = self._context.read(read)
        reload(self.list, groups)

    def add_group(self) -> None:
        self._open(GroupEditor(self._context, None, self))

    def edit_group(self, row: GroupSummary) -> None:
        self.open_group(row.id)

    def open_group(self, group_id: uuid.UUID) -> None:
        """The group chosen in the list and its editor open (the window's search)."""
        select_record(self.list, group_id)
        self._open(GroupEditor(self._context, group_id, self))

    def duplicate_group(self) -> None:
        row = self.list.current_record()
        if row is not None:
            self._open(GroupEditor(self._context, None, self, copy_of=row.id))

    def _open(self, editor: GroupEditor) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = editor
        # The group saved is the chosen row, as every list chooses what its editor saved.
        editor.saved.connect(lambda: select_record(self.list, editor.group_id))
        editor.open()


class GroupsPage(QWidget):
    """Groups with their seasons, and the places and closures that plans draw on."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.groups = GroupsTab(context, self)
        self.places = PlacesTab(context, self)
        self.closures = ClosuresTab(context, self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.groups, self.tr("Groups"))
        self.tabs.addTab(self.places, self.tr("Places"))
        self.tabs.addTab(self.closures, self.tr("Closures"))
        self._shown_tab = 0
        # Deleting the page removes its tabs, each announced (ryhmat/ui/lifetime.py).
        self.tabs.currentChanged.connect(while_alive(self, self._tab_changed))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.setFocusProxy(self.tabs)
        # Groups name their organisers, default place and leaders.
        context.when_changed(self, Changes.GROUPS | Changes.PLACES | Changes.WORKERS, self.refresh)
        self.refresh()

    def _tab_changed(self, index: int) -> None:
        leaving = self.tabs.widget(self._shown_tab)
        # The tab has gone from view already: ask about what it holds all the same.
        pending = [] if leaving is None else unsaved_editors(leaving, shown_only=False)
        if pending and index != self._shown_tab:
            # Stay on the tab until the person has answered for its edits.
            self.tabs.blockSignals(True)
            self.tabs.setCurrentIndex(self._shown_tab)
            self.tabs.blockSignals(False)
            ask_before_leaving(pending[0], lambda: self.tabs.setCurrentIndex(index), self)
            return
        self._shown_tab = index

    def open_group(self, group_id: uuid.UUID) -> None:
        """The Groups tab, the group chosen on it and its editor open."""
        self.tabs.setCurrentWidget(self.groups)
        if self.tabs.currentWidget() is self.groups:  # not held by another tab's edits
            self.groups.open_group(group_id)

    def refresh(self) -> None:
        self.groups.refresh()
        self.places.refresh()
        self.closures.refresh()
