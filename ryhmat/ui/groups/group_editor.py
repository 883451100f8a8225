"""A group's own details and the list of its seasons."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import ChangedElsewhere, UserError
from ryhmat.domain.model import (
    AdultRole,
    AttendanceMode,
    CapacityUnit,
    ChildrenListed,
    Group,
    GroupType,
    Series,
)
from ryhmat.domain.usecases.choices import load_choices
from ryhmat.domain.usecases.groups import get_group, group_copy, list_series, save_group
from ryhmat.domain.usecases.places import MAX_CAPACITY
from ryhmat.domain.usecases.removal import Kind, delete
from ryhmat.domain.validation import MAX_PLANNING_MINUTES
from ryhmat.labels import label, target_ages_text
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.fields import buddy_label
from ryhmat.ui.formatting import archived_name, format_date
from ryhmat.ui.groups.evaluation import EvaluationDialog, GoalsDialog, SessionFormsDialog
from ryhmat.ui.groups.eves import GroupEves
from ryhmat.ui.groups.place_editor import PlaceEditor
from ryhmat.ui.groups.programme_dialog import ProgrammeDialog
from ryhmat.ui.groups.season_copy import SeasonCopyDialog
from ryhmat.ui.groups.series_editor import SeriesEditor, by_name, recurrence_text
from ryhmat.ui.groups.widgets import CheckList, IdComboBox, OptionalSpinBox, TargetAgesField
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.people.widgets import EditorDialog
from ryhmat.ui.people.worker_editors import OrganisationEditor, PairEditor
from ryhmat.ui.records import Column, RecordListView
from ryhmat.ui.removal import REMOVAL_CHANGES, RemovalActions
from ryhmat.ui.unsaved import GuardedDialog, typed_fields

# A season's goals, its feedback forms of a session, its evaluation and its programme.
SeasonDialog = GoalsDialog | SessionFormsDialog | EvaluationDialog | ProgrammeDialog
M = TypeVar("M", bound=EditorDialog)


class GroupEditor(GuardedDialog):
    """Creates or edits a group; nothing is saved until the person presses Save.

    A new group's seasons can be planned at once: adding the first season
    saves the group, after which the editor edits that group. Cancelling then
    deletes the group and its seasons again (``discard_created_group``), so that
    Cancel leaves nothing made.
    """

    saved = Signal()  # the group is saved

    def __init__(
        self,
        context: AppContext,
        group_id: uuid.UUID | None,
        parent: QWidget | None = None,
        copy_of: uuid.UUID | None = None,
    ) -> None:
        """``group_id`` is the group to edit, None for a new one; a new group can start
        as a copy of the settings of the group ``copy_of``."""
        super().__init__(parent)
        self._context = context
        self._group_id = group_id
        self._copy_of = copy_of
        self.copy_dialog: SeasonCopyDialog | None = None
        # The stored version the form was filled from; saving checks it is still current.
        self._version = 0
        # Saved by this editor (for a season) and not yet kept by Save: Cancel deletes it.
        self._created = False
        self.series_editor: SeriesEditor | None = None
        # The organisation, place or worker pair being made on the spot.
        self.maker: EditorDialog | None = None
        self.season_dialog: SeasonDialog | None = None
        self.error = ErrorLabel(self)

        details = QGroupBox(self.tr("Group"), self)
        self._build_details(details)
        seasons = QGroupBox(self.tr("Seasons"), self)
        self._build_seasons(seasons)

        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.buttons = QDialogButtonBox(self)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)

        columns = QHBoxLayout()
        columns.addWidget(details, 3)
        columns.addWidget(seasons, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(1000, 640)

        self._load()
        context.when_changed(
            self, Changes.SESSIONS | Changes.PLACES | Changes.WORKERS, self._data_changed
        )

    def _build_details(self, box: QGroupBox) -> None:
        self.name = QLineEdit(box)
        self.type = QComboBox(box)
        for group_type in GroupType:
            self.type.addItem(label(group_type), group_type.value)
        self.attendance_mode = QComboBox(box)
        for mode in AttendanceMode:
            self.attendance_mode.addItem(label(mode), mode.value)
        self.organisers = CheckList(box)
        # Babies' groups in months ("0–6 kk"), older children's in years ("1–3 v").
        self.ages = TargetAgesField(box)
        self.ages_shown = QLabel(box)
        self.ages.changed.connect(self._show_ages)
        ages = QHBoxLayout()
        ages.addWidget(self.ages)
        ages.addWidget(self.ages_shown, 1)
        self.capacity = OptionalSpinBox(1, MAX_CAPACITY, box)
        # What the capacity counts: the fill rate compares like with like.
        self.capacity_unit = QComboBox(box)
        for unit in CapacityUnit:
            self.capacity_unit.addItem(label(unit), unit.value)
        self.capacity_unit.setAccessibleName(self.tr("Capacity counts"))
        capacity = QHBoxLayout()
        capacity.addWidget(self.capacity)
        capacity.addWidget(self.capacity_unit)
        capacity.addStretch(1)
        # The pair's planning and debrief around each session, counted apart from it.
        self.planning = OptionalSpinBox(1, MAX_PLANNING_MINUTES, box)
        self.planning.setSuffix(self.tr(" min per session"))
        self.planning.setToolTip(
            self.tr(
                "Time the leaders spend planning and debriefing each session; the statistics "
                "count it for every leader apart from the session's own time."
            )
        )
        self.place = IdComboBox(box)
        self.pair = IdComboBox(box)
        # Made on the spot, without leaving what is typed here: a new team's first group
        # needs its organisation, place and pair, which live on other pages.
        self.new_organisation_button = QPushButton(self.tr("New o&rganisation…"), box)
        self.new_organisation_button.clicked.connect(self.new_organisation)
        self.new_place_button = QPushButton(self.tr("Ne&w place…"), box)
        self.new_place_button.clicked.connect(self.new_place)
        self.new_pair_button = QPushButton(self.tr("New wor&ker pair…"), box)
        self.new_pair_button.clicked.connect(self.new_pair)
        organisers = QVBoxLayout()
        organisers.addWidget(self.organisers)
        organisers.addWidget(self.new_organisation_button, 0, Qt.AlignmentFlag.AlignLeft)
        place = QHBoxLayout()
        place.addWidget(self.place, 1)
        place.addWidget(self.new_place_button)
        pair = QHBoxLayout()
        pair.addWidget(self.pair, 1)
        pair.addWidget(self.new_pair_button)
        self.public = QCheckBox(
            self.tr("P&ublic: shown in the calendar feed of all public groups"), box
        )
        self.description = QPlainTextEdit(box)
        self.description.setTabChangesFocus(True)
        # Whom the group is for: who its sign-in sheets and named workbooks list.
        self.listed_roles = {role: QCheckBox(label(role), box) for role in AdultRole}
        roles = QHBoxLayout()
        for check in self.listed_roles.values():
            check.setChecked(True)
            roles.addWidget(check)
        roles.addStretch(1)
        self.listed_children = QComboBox(box)
        for choice, text in (
            (ChildrenListed.ALL, self.tr("all children")),
            (ChildrenListed.TARGET_AGES, self.tr("the children of its ages on the day")),
            (ChildrenListed.NONE, self.tr("no children")),
        ):
            self.listed_children.addItem(text, choice.value)
        listed_hint = QLabel(
            self.tr(
                "Sign-in sheets, the attendance list and named workbooks list these members "
                "of the families; anyone already marked is listed too."
            ),
            box,
        )
        listed_hint.setWordWrap(True)

        form = QFormLayout(box)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Type:"), self.type)
        form.addRow(self.tr("&Attendance:"), self.attendance_mode)
        form.addRow(buddy_label(self.tr("&Organisers:"), self.organisers), organisers)
        age_label = QLabel(self.tr("C&hildren's age:"), box)
        age_label.setBuddy(self.ages.lowest.amount)
        form.addRow(age_label, ages)
        capacity_label = QLabel(self.tr("&Capacity:"), box)
        capacity_label.setBuddy(self.capacity)
        form.addRow(capacity_label, capacity)
        form.addRow(self.tr("Planning and de&brief:"), self.planning)
        form.addRow(buddy_label(self.tr("Default &place:"), self.place), place)
        form.addRow(buddy_label(self.tr("Default &leaders:"), self.pair), pair)
        form.addRow(self.public)
        form.addRow(self.tr("&Description:"), self.description)
        roles_label = QLabel(self.tr("For the adults:"), box)
        roles_label.setBuddy(self.listed_roles[AdultRole.FATHER])
        form.addRow(roles_label, roles)
        form.addRow(self.tr("For the children:"), self.listed_children)
        form.addRow(listed_hint)
        self.skipped_eves = GroupEves(box)
        form.addRow(self.tr("Eves &skipped:"), self.skipped_eves)

    def _build_seasons(self, box: QGroupBox) -> None:
        self.seasons: RecordListView[Series] = RecordListView(
            [
                Column[Series](self.tr("Season"), lambda s: s.name),
                Column[Series](
                    self.tr("Dates"),
                    lambda s: f"{format_date(s.first_day)}–{format_date(s.last_day)}",
                    sort_key=lambda s: s.first_day.toordinal(),
                ),
                Column[Series](self.tr("Repeats"), recurrence_text),
            ],
            box,
        )
        # A group has a few seasons: a search box would only be in the way.
        self.seasons.search.hide()
        self.seasons.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.seasons.add_button.setText(self.tr("Add s&eason…"))
        self.seasons.edit_button.setText(self.tr("Ed&it season…"))
        self.seasons.add_requested.connect(self.add_season)
        self.seasons.edit_requested.connect(self.edit_season)
        # The season chosen, for another period: the spring after the autumn.
        self.copy_season_button = QPushButton(self.tr("Cop&y to a new period…"), box)
        self.copy_season_button.clicked.connect(self.copy_season)
        self.seasons.buttons.insertWidget(3, self.copy_season_button)
        self.season_removal = RemovalActions(
            self._context, self.seasons, Kind.SEASON, lambda s: s.name
        )
        self.seasons_hint = QLabel(self.tr("Adding the first season saves the group."), box)
        self.seasons_hint.setWordWrap(True)
        # The season chosen above: its goals at its start, its evaluation at its end.
        self.goals_button = QPushButton(self.tr("&Goals…"), box)
        self.goals_button.clicked.connect(self.edit_goals)
        self.forms_button = QPushButton(self.tr("Feedback &forms…"), box)
        self.forms_button.setToolTip(self.tr("Count a session's feedback forms into the season's"))
        self.forms_button.clicked.connect(self.count_forms)
        self.evaluation_button = QPushButton(self.tr("E&valuation…"), box)
        self.evaluation_button.clicked.connect(self.edit_evaluation)
        evaluation = QHBoxLayout()
        evaluation.addWidget(self.goals_button)
        evaluation.addWidget(self.forms_button)
        evaluation.addWidget(self.evaluation_button)
        evaluation.addStretch(1)
        # The chosen season's programme for families, printed or saved as a PDF.
        self.programme_button = QPushButton(self.tr("Print progra&mme…"), box)
        self.programme_button.clicked.connect(self.print_programme)
        evaluation.addWidget(self.programme_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.seasons, 1)
        layout.addLayout(evaluation)
        layout.addWidget(self.seasons_hint)

    def _load_choices(self, group: Group | None) -> None:
        """The choices, and an archived organiser, place or pair the group already has."""
        keep = (
            [*group.organiser_ids, group.default_place_id, group.default_pair_id] if group else []
        )
        choices = self._context.read(lambda uow: load_choices(uow, keep))
        # Tall enough for a municipality's usual partners without scrolling.
        ticked = self.organisers.checked_ids()
        self.organisers.set_choices(by_name(choices.organisations), rows=7)
        self.organisers.set_checked_ids(ticked)
        self.place.set_choices(by_name(choices.places), self.tr("none"))
        self.pair.set_choices(
            [(c.id, archived_name(c.name, c.archived)) for c in choices.pairs], self.tr("none")
        )

    def _load(self) -> None:
        group_id = self._group_id
        if group_id is None and self._copy_of is not None:
            self._load_copy(self._copy_of)
            return
        if group_id is None:
            self._load_choices(None)
            self.setWindowTitle(self.tr("New group"))
            self.public.setChecked(True)
            return
        try:
            group = self._context.read(lambda uow: get_group(uow, group_id))
        except UserError as error:
            self._load_choices(None)
            self.error.show_error(error)
            self.save_button.setEnabled(False)
            return
        self._version = group.version
        self.setWindowTitle(self.tr("Group: %1").replace("%1", group.name))
        self._fill(group)
        self.refresh_seasons()

    def _load_copy(self, original_id: uuid.UUID) -> None:
        """A new group with another's settings, named "… (copy)" for the person to edit."""
        try:
            original = self._context.read(lambda uow: get_group(uow, original_id))
            name = self.tr("%1 (copy)").replace("%1", original.name)
            group = self._context.read(lambda uow: group_copy(uow, original_id, name))
        except UserError as error:
            self._load_choices(None)
            self.error.show_error(error)
            self.save_button.setEnabled(False)
            return
        self.setWindowTitle(self.tr("New group"))
        self._fill(group)
        self.refresh_seasons()

    def _fill(self, group: Group) -> None:
        self._load_choices(group)
        self.name.setText(group.name)
        self.type.setCurrentIndex(self.type.findData(group.type.value))
        self.attendance_mode.setCurrentIndex(
            self.attendance_mode.findData(group.attendance_mode.value)
        )
        self.organisers.set_checked_ids(group.organiser_ids)
        self.ages.set_months(group.target_age_min_months, group.target_age_max_months)
        self.capacity.set_number(group.capacity)
        self.planning.set_number(group.planning_minutes)
        self.capacity_unit.setCurrentIndex(self.capacity_unit.findData(group.capacity_unit.value))
        self.place.set_current_id(group.default_place_id)
        self.pair.set_current_id(group.default_pair_id)
        self.public.setChecked(group.is_public)
        self.description.setPlainText(group.description)
        for role, check in self.listed_roles.items():
            check.setChecked(role in group.listed_roles)
        self.listed_children.setCurrentIndex(
            self.listed_children.findData(group.listed_children.value)
        )
        self.skipped_eves.set_eves(group.skipped_eves)

    def _show_ages(self) -> None:
        """The ages as the groups list and the printouts write them."""
        written = target_ages_text(*self.ages.months())
        self.ages_shown.setText(self.tr("(shown as %1)").replace("%1", written) if written else "")

    @property
    def group_id(self) -> uuid.UUID | None:
        """The edited group's id; None until a new group is saved."""
        return self._group_id

    def group(self) -> Group:
        """The group as the form now describes it."""
        youngest, oldest = self.ages.months()
        group = Group(
            name=self.name.text(),
            type=GroupType(self.type.currentData()),
            attendance_mode=AttendanceMode(self.attendance_mode.currentData()),
            organiser_ids=self.organisers.checked_ids(),
            target_age_min_months=youngest,
            target_age_max_months=oldest,
            capacity=self.capacity.number(),
            planning_minutes=self.planning.number(),
            capacity_unit=CapacityUnit(self.capacity_unit.currentData()),
            default_place_id=self.place.current_id(),
            default_pair_id=self.pair.current_id(),
            is_public=self.public.isChecked(),
            description=self.description.toPlainText().strip(),
            listed_roles=[role for role, check in self.listed_roles.items() if check.isChecked()],
            listed_children=ChildrenListed(self.listed_children.currentData()),
            skipped_eves=self.skipped_eves.chosen(),
            version=self._version,
        )
        if self._group_id is not None:
            group.id = self._group_id
        return group

    def form_state(self) -> object:
        return typed_fields(self.group())

    def refresh_seasons(self) -> None:
        group_id = self._group_id
        self.seasons_hint.setVisible(group_id is None)
        self.seasons.edit_button.setEnabled(group_id is not None)
        self.copy_season_button.setEnabled(group_id is not None)
        self.goals_button.setEnabled(group_id is not None)
        self.forms_button.setEnabled(group_id is not None)
        self.evaluation_button.setEnabled(group_id is not None)
        self.programme_button.setEnabled(group_id is not None)
        if group_id is not None:
            self.seasons.set_records(self._context.read(lambda uow: list_series(uow, group_id)))

    def _data_changed(self) -> None:
        # A closed editor lingers until the next one replaces it; it need not follow.
        if self.isVisible():
            self.refresh_seasons()

    def _store(self) -> bool:
        """Save the form; on a mistake show it here and save nothing."""
        group = self.group()
        try:
            self._context.write(lambda uow: save_group(uow, group), Changes.GROUPS, self)
        except ChangedElsewhere as error:
            # Show what the other person saved; the person makes the change again.
            self._load()
            self.mark_clean()
            self.error.show_error(error)
            return False
        except UserError as error:
            self.error.show_error(error)
            return False
        self.error.clear_error()
        self._created = self._created or self._group_id is None
        self._group_id = group.id
        self._version = group.version
        self.mark_clean()
        self.setWindowTitle(self.tr("Group: %1").replace("%1", group.name))
        self.refresh_seasons()
        self.saved.emit()
        return True

    def save(self) -> None:
        if self._store():
            self._created = False
            self.accept()

    def has_unsaved_changes(self) -> bool:
        # A group saved only so that its seasons could be planned is not saved yet.
        return self._created or super().has_unsaved_changes()

    def discard_changes(self) -> bool:
        """Discarding leaves nothing this editor made: Cancel means nothing was made."""
        return self.discard_created_group()

    def discard_created_group(self) -> bool:
        """Delete the group this editor saved for its seasons, with the seasons and their
        sessions (none can have attendance yet). False, with the reason shown, if it
        cannot be deleted any more (a colleague recorded a session meanwhile): then the
        group stays, and closing again leaves it."""
        group_id = self._group_id
        if not self._created or group_id is None:
            return True
        self._created = False
        try:
            self._context.write(
                lambda uow: delete(uow, Kind.GROUP, group_id), REMOVAL_CHANGES[Kind.GROUP], self
            )
        except UserError as error:
            self.error.show_error(error)
            return False
        self._group_id = None
        return True

    # -- made on the spot -----------------------------------------------------------------

    def new_organisation(self) -> OrganisationEditor:
        """A new organisation, ticked as an organiser once saved."""
        return self._make(OrganisationEditor(self._context, None, self), self._organisation_made)

    def new_place(self) -> PlaceEditor:
        """A new place, chosen as the default place once saved."""
        return self._make(PlaceEditor(self._context, None, self), self._place_made)

    def new_pair(self) -> PairEditor:
        """A new worker pair (with new workers if need be), chosen as the default leaders."""
        return self._make(PairEditor(self._context, None, self), self._pair_made)

    def _make(self, maker: M, made: Callable[[uuid.UUID], None]) -> M:
        if self.maker is not None:
            self.maker.deleteLater()
        self.maker = maker
        maker.saved.connect(made)
        maker.open()
        return maker

    def _reload_choices(self) -> None:
        """The choices again, with what the form holds now (an archived choice it holds
        stays offered)."""
        self._load_choices(self.group())

    def _organisation_made(self, organisation_id: uuid.UUID) -> None:
        self._reload_choices()
        self.organisers.set_checked_ids([*self.organisers.checked_ids(), organisation_id])
        self.organisers.setFocus(Qt.FocusReason.OtherFocusReason)

    def _place_made(self, place_id: uuid.UUID) -> None:
        self._reload_choices()
        self.place.set_current_id(place_id)
        self.place.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pair_made(self, pair_id: uuid.UUID) -> None:
        self._reload_choices()
        self.pair.set_current_id(pair_id)
        self.pair.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- seasons ----------------------------------------------------------------------------

    def add_season(self) -> None:
        if self._group_id is None and not self._store():
            return
        self._open_series(None)

    def edit_season(self, series: Series) -> None:
        self._open_series(series)

    def copy_season(self) -> None:
        """Ask for the new period of the season chosen, then preview the copy in the
        season editor, where it is saved only if the person saves it."""
        series = self.seasons.current_record()
        if series is None:
            return
        if self.copy_dialog is not None:
            self.copy_dialog.deleteLater()
        self.copy_dialog = dialog = SeasonCopyDialog(self._context, series, self)
        dialog.accepted.connect(lambda: self._open_copy(dialog))
        dialog.open()

    def _open_copy(self, dialog: SeasonCopyDialog) -> None:
        copy = dialog.copy()
        if copy is not None:
            self._open_series(copy.series, copied=True, left_out=copy.left_out)

    def edit_goals(self) -> None:
        series = self.seasons.current_record()
        if series is not None:
            self._open_season_dialog(GoalsDialog(self._context, series, self))

    def count_forms(self) -> None:
        series = self.seasons.current_record()
        if series is not None:
            self._open_season_dialog(SessionFormsDialog(self._context, series, self))

    def edit_evaluation(self) -> None:
        series = self.seasons.current_record()
        if series is not None:
            self._open_season_dialog(EvaluationDialog(self._context, series, self))

    def print_programme(self) -> None:
        group_id = self._group_id
        if group_id is None:
            return
        series = self.seasons.current_record()
        self._open_season_dialog(
            ProgrammeDialog(self._context, group_id, series.id if series else None, self)
        )

    def _open_season_dialog(self, dialog: SeasonDialog) -> None:
        if self.season_dialog is not None:
            self.season_dialog.deleteLater()
        self.season_dialog = dialog
        dialog.open()

    def _open_series(
        self, series: Series | None, copied: bool = False, left_out: Sequence[str] = ()
    ) -> None:
        group_id = self._group_id
        if group_id is None:
            return
        if self.series_editor is not None:
            self.series_editor.deleteLater()
        self.series_editor = SeriesEditor(self._context, group_id, series, self, copied, left_out)
        self.series_editor.open()
