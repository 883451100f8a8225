"""Closure periods: a list beside a form, the scope of each, and the sessions a new one
cancels shown before it is saved."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from copy import deepcopy
from datetime import timedelta
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, UserError
from ryhmat.domain.model import ClosurePeriod, ClosureScope
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.school_holidays import SKI_WEEKS, school_breaks
from ryhmat.domain.usecases.choices import Choices, load_choices
from ryhmat.domain.usecases.closures import (
    ClosureEffect,
    delete_closure,
    new_closures,
    preview_closure,
    preview_closure_removal,
    preview_closures,
    save_closures,
    undo_closures,
)
from ryhmat.domain.usecases.places import list_closures
from ryhmat.domain.usecases.removal import Kind
from ryhmat.domain.usecases.sessions import SessionView
from ryhmat.i18n import translate
from ryhmat.labels import label
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.fields import DateField
from ryhmat.ui.formatting import format_date, format_time_range, weekday_name
from ryhmat.ui.groups.eves import TeamEvesBox
from ryhmat.ui.groups.series_editor import by_name
from ryhmat.ui.groups.widgets import CheckList, IdComboBox
from ryhmat.ui.messages import ErrorLabel, error_text, show_error
from ryhmat.ui.people.widgets import reload
from ryhmat.ui.plurals import plurals
from ryhmat.ui.records import Column, RecordListView
from ryhmat.ui.removal import RemovalActions
from ryhmat.ui.unsaved import EditorState, ask_before_leaving, typed_fields

T = TypeVar("T")
_SCOPES = list(ClosureScope)
# Where each hiihtoloma week is kept: the south first, the north last.
_REGIONS = (
    QT_TRANSLATE_NOOP("Regions", "southern Finland"),
    QT_TRANSLATE_NOOP("Regions", "central Finland"),
    QT_TRANSLATE_NOOP("Regions", "northern Finland"),
)


class _ClosureStep(QUndoCommand):
    """A change of closures as one step of Edit → Undo, with the sessions it cancelled
    and planned again; a UserError on undo or redo makes the step obsolete."""

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(text)
        self._context = context
        self._cancelled: list[uuid.UUID] = []
        self._planned_again: list[uuid.UUID] = []
        self._skip_redo = True  # push() calls redo; the change is made already

    def _remember(self, effect: ClosureEffect | None) -> None:
        if effect is not None:
            self._cancelled = [view.id for view in effect.cancelled]
            self._planned_again = [view.id for view in effect.planned_again]

    def _write(self, use_case: Callable[[UnitOfWork], T], origin: object = None) -> T | None:
        try:
            return self._context.write(use_case, Changes.PLACES | Changes.SESSIONS, origin)
        except UserError as error:
            # Changed or removed by someone else meanwhile: the step is gone.
            self.setObsolete(True)
            show_error(QApplication.activeWindow(), error_text(error))
            return None


class ClosuresSaved(_ClosureStep):
    """Saving closures, with the sessions they cancelled or gave back: undo deletes the
    closures added (or puts back those changed) and plans the sessions again or cancels
    them again; redo saves anew."""

    def __init__(
        self,
        context: AppContext,
        before: list[ClosurePeriod],
        after: list[ClosurePeriod],
        effect: ClosureEffect,
        text: str,
    ) -> None:
        super().__init__(context, text)
        self._before = deepcopy(before)
        self._after = deepcopy(after)
        self._remember(effect)

    @classmethod
    def save(
        cls, context: AppContext, closures: list[ClosurePeriod], text: str, origin: object
    ) -> None:
        """Save ``closures``, cancel what they cover and give back what they no longer
        cover, undoably; a UserError saves and pushes nothing."""
        ids = [closure.id for closure in closures]
        before = context.read(lambda uow: uow.closures.get_many(ids))
        today = context.today()
        effect = context.write(
            lambda uow: save_closures(uow, closures, cancel_planned=True, today=today),
            Changes.PLACES | Changes.SESSIONS,
            origin,
        )
        context.session_undo.push(cls(context, before, closures, effect, text))

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        after, today = deepcopy(self._after), self._context.today()
        self._remember(
            self._write(lambda uow: save_closures(uow, after, cancel_planned=True, today=today))
        )

    def undo(self) -> None:
        known = {closure.id for closure in self._before}
        added = [closure.id for closure in self._after if closure.id not in known]
        before = deepcopy(self._before)
        cancelled, again = self._cancelled, self._planned_again
        self._write(lambda uow: undo_closures(uow, added, before, cancelled, again))


class ClosureDeleted(_ClosureStep):
    """Deleting a closure, with the sessions it gave back: undo puts it back and cancels
    them again; redo deletes it anew."""

    def __init__(self, context: AppContext, closure: ClosurePeriod, text: str) -> None:
        super().__init__(context, text)
        self._closure = deepcopy(closure)

    @classmethod
    def delete(cls, context: AppContext, closure: ClosurePeriod, text: str, origin: object) -> None:
        """Delete ``closure`` and plan again what it gave back, undoably; a UserError
        deletes and pushes nothing."""
        today = context.today()
        effect = context.write(
            lambda uow: delete_closure(uow, closure.id, today),
            Changes.PLACES | Changes.SESSIONS,
            origin,
        )
        step = cls(context, closure, text)
        step._remember(effect)
        context.session_undo.push(step)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        closure_id, today = self._closure.id, self._context.today()
        self._remember(self._write(lambda uow: delete_closure(uow, closure_id, today)))

    def undo(self) -> None:
        closure, again = deepcopy(self._closure), self._planned_again
        self._write(lambda uow: undo_closures(uow, [], [closure], [], again))


class ScopeFields(QObject):
    """Whom a closure pauses, as rows of a form: the scope, then the organisation or the
    groups it names, each row shown only when its scope is chosen."""

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        super().__init__(parent)
        self._form = form
        self.scope = QComboBox(parent)
        for scope in _SCOPES:
            self.scope.addItem(label(scope), scope.value)
        self.organisation = IdComboBox(parent)
        self.groups = CheckList(parent)
        form.addRow(self.tr("&Pauses:"), self.scope)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Groups:"), self.groups)
        self.scope.currentIndexChanged.connect(self._show_scope)
        self._show_scope()

    def set_choices(self, choices: Choices) -> None:
        self.organisation.set_choices(by_name(choices.organisations))
        self.groups.set_choices(by_name(choices.groups), rows=8)

    def load(self, closure: ClosurePeriod | None) -> None:
        self.scope.setCurrentIndex(_SCOPES.index(closure.scope if closure else ClosureScope.ALL))
        self.organisation.set_current_id(closure.organisation_id if closure else None)
        self.groups.set_checked_ids(closure.group_ids if closure else [])
        self._show_scope()

    def chosen_scope(self) -> ClosureScope:
        return ClosureScope(self.scope.currentData())

    def apply_to(self, closure: ClosurePeriod) -> ClosurePeriod:
        """``closure`` with the scope chosen here."""
        scope = self.chosen_scope()
        closure.scope = scope
        chosen = self.organisation.current_id()
        closure.organisation_id = chosen if scope is ClosureScope.ORGANISATION else None
        closure.group_ids = self.groups.checked_ids() if scope is ClosureScope.GROUPS else []
        return closure

    def _show_scope(self) -> None:
        scope = self.chosen_scope()
        self._form.setRowVisible(self.organisation, scope is ClosureScope.ORGANISATION)
        self._form.setRowVisible(self.groups, scope is ClosureScope.GROUPS)


class ClosureForm(QGroupBox, EditorState):
    """A closure period and whom it pauses; a new one until one is loaded."""

    saved = Signal()  # the closure period is saved

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._closure_id: uuid.UUID | None = None
        self._loaded: ClosurePeriod | None = None
        self.preview: ClosurePreviewDialog | None = None
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Syysloma 2026"))
        today = context.today()
        self.first_day = DateField(today, self)
        self.last_day = DateField(today, self)
        self.error = ErrorLabel(self)
        for field in (self.first_day, self.last_day):
            field.problem_changed.connect(self.error.show_problem)
        self.save_button = QPushButton(self.tr("&Save closure"), self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        for line in (self.name, self.first_day, self.last_day):
            line.returnPressed.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&First day:"), self.first_day)
        form.addRow(self.tr("&Last day:"), self.last_day)
        self.scope_fields = ScopeFields(form, self)
        self.scope = self.scope_fields.scope
        self.organisation = self.scope_fields.organisation
        self.groups = self.scope_fields.groups
        form.addRow(self.error)
        form.addRow(buttons)
        hint = QLabel(
            self.tr(
                "The groups of a closure do not meet during it: seasons planned after it skip "
                "its days, and the sessions already planned in them are cancelled once you "
                "have seen them. An organisation's closure pauses the groups it organises "
                "alone; choose a shared group by name."
            ),
            self,
        )
        hint.setWordWrap(True)
        form.addRow(hint)
        self.load(None)

    def load(self, closure: ClosurePeriod | None) -> None:
        self._closure_id = closure.id if closure else None
        self.setTitle(self.tr("Edit closure") if closure else self.tr("New closure"))
        today = self._context.today()
        keep = [closure.organisation_id, *closure.group_ids] if closure else []
        self.scope_fields.set_choices(self._context.read(lambda uow: load_choices(uow, keep)))
        self.name.setText(closure.name if closure else "")
        self.first_day.set_day(closure.first_day if closure else today)
        self.last_day.set_day(closure.last_day if closure else today + timedelta(days=6))
        self.scope_fields.load(closure)
        self.error.clear_error()
        self._loaded = closure
        self.mark_clean()

    def form_state(self) -> object:
        return typed_fields(self.closure())

    def discard_changes(self) -> bool:
        self.load(self._loaded)
        return True

    def closure(self) -> ClosurePeriod:
        closure = self.scope_fields.apply_to(
            ClosurePeriod(
                name=self.name.text(), first_day=self.first_day.day(), last_day=self.last_day.day()
            )
        )
        if self._closure_id is not None:
            closure.id = self._closure_id
        return closure

    def save(self) -> None:
        """Save, first showing the sessions the closure would cancel or leave, if any."""
        try:
            closure = self.closure()
            today = self._context.today()
            effect = self._context.read(lambda uow: preview_closure(uow, closure, today))
        except UserError as error:
            self.error.show_error(error)
            return
        if not effect.changes_sessions:
            self._save(closure)
            return
        self.preview = ClosurePreviewDialog(closure.name, effect, self)
        self.preview.accepted.connect(lambda: self._save(closure))
        self.preview.open()

    def _save(self, closure: ClosurePeriod) -> None:
        text = self.tr("Save closure “%1”").replace("%1", closure.name)
        try:
            ClosuresSaved.save(self._context, [closure], text, self)
        except UserError as error:
            self.error.show_error(error)
            return
        self._closure_id = closure.id
        self._loaded = closure
        self.setTitle(self.tr("Edit closure"))
        self.error.clear_error()
        self.mark_clean()
        self.saved.emit()


class SchoolHolidaysDialog(QDialog):
    """The breaks of a school year added as closures for a chosen scope in one step: the
    dates are shown for review first, and breaks already added are left out."""

    added = Signal()  # closures were saved

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schoolHolidays")
        self.setWindowTitle(self.tr("Add the school holidays of a school year"))
        self._context = context
        self._fresh: list[ClosurePeriod] = []
        self.preview: ClosurePreviewDialog | None = None
        self.school_year = QComboBox(self)
        today = context.today()
        current = today.year if today.month >= 8 else today.year - 1
        for year in range(current - 1, current + 4):
            self.school_year.addItem(f"{year}–{year + 1}", year)
        self.school_year.setCurrentIndex(1)
        self.ski_week = QComboBox(self)
        for week, region in zip(SKI_WEEKS, _REGIONS, strict=True):
            text = self.tr("Week %1 (%2)").replace("%1", str(week))
            self.ski_week.addItem(text.replace("%2", translate("Regions", region)), week)
        form = QFormLayout()
        form.addRow(self.tr("School &year:"), self.school_year)
        form.addRow(self.tr("&Winter break week:"), self.ski_week)
        self.scope_fields = ScopeFields(form, self)
        self.scope_fields.set_choices(context.read(load_choices))
        self.review = QTreeWidget(self)
        self.review.setRootIsDecorated(False)
        self.review.setHeaderLabels(
            [self.tr("Closure"), self.tr("First day"), self.tr("Last day"), self.tr("Note")]
        )
        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.add_button = self.buttons.addButton(
            self.tr("&Add closures"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.add_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("These closures will be added:"), self))
        layout.addWidget(self.review)
        hint = QLabel(
            self.tr(
                "Easter needs no closure: its days are public holidays, which every "
                "season skips. Breaks added before for the same groups are left out."
            ),
            self,
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for combo in (self.school_year, self.ski_week, self.scope_fields.scope):
            combo.currentIndexChanged.connect(self._review)
        self.scope_fields.organisation.currentIndexChanged.connect(self._review)
        self.scope_fields.groups.itemChanged.connect(self._review)
        self.resize(620, 560)
        self._review()

    def proposed(self) -> list[ClosurePeriod]:
        """The breaks of the chosen school year as closures of the chosen scope."""
        breaks = school_breaks(self.school_year.currentData(), self.ski_week.currentData())
        return [
            self.scope_fields.apply_to(
                ClosurePeriod(
                    name=f"{label(found.kind)} {found.years}",
                    first_day=found.first_day,
                    last_day=found.last_day,
                )
            )
            for found in breaks
        ]

    def _review(self) -> None:
        proposed = self.proposed()
        try:
            self._fresh = self._context.read(lambda uow: new_closures(uow, proposed))
        except UserError as error:
            self._fresh = []
            self.error.show_error(error)
        else:
            self.error.clear_error()
        fresh = {closure.id for closure in self._fresh}
        self.review.clear()
        for closure in proposed:
            note = "" if closure.id in fresh else self.tr("added already")
            QTreeWidgetItem(
                self.review,
                [
                    closure.name,
                    f"{weekday_name(closure.first_day)} {format_date(closure.first_day)}",
                    f"{weekday_name(closure.last_day)} {format_date(closure.last_day)}",
                    note,
                ],
            )
        for column in range(self.review.columnCount()):
            self.review.resizeColumnToContents(column)
        self.add_button.setEnabled(bool(self._fresh))

    def _add(self) -> None:
        # Read again: a colleague may have added some of them since the review was shown.
        self._review()
        closures = list(self._fresh)
        if not closures:
            return
        try:
            today = self._context.today()
            effect = self._context.read(lambda uow: preview_closures(uow, closures, today))
        except UserError as error:
            self.error.show_error(error)
            return
        if not effect.changes_sessions:
            self._save(closures)
            return
        what = self.tr("the school holidays %1").replace("%1", self.school_year.currentText())
        self.preview = ClosurePreviewDialog(what, effect, self)
        self.preview.accepted.connect(lambda: self._save(closures))
        self.preview.open()

    def _save(self, closures: list[ClosurePeriod]) -> None:
        text = self.tr("Add the school holidays %1").replace("%1", self.school_year.currentText())
        try:
            ClosuresSaved.save(self._context, closures, text, self)
        except UserError as error:
            self.error.show_error(error)
            return
        self.added.emit()
        self.accept()


class ClosurePreviewDialog(QDialog):
    """The planned sessions saving a closure cancels, those it leaves as they are, and
    those it plans again (deleting or narrowing one gives back what it cancelled); OK
    saves or deletes, Esc or Cancel changes nothing."""

    def __init__(
        self,
        name: str,
        effect: ClosureEffect,
        parent: QWidget | None = None,
        *,
        deleting: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closurePreview")
        self.setWindowTitle(self.tr("Sessions during %1").replace("%1", name))
        self.cancelled = _session_list(effect.cancelled, self)
        self.left = _session_list(effect.left_as_they_are, self)
        self.planned_again = _session_list(effect.planned_again, self)
        layout = QVBoxLayout(self)
        if deleting:
            question = self.tr(
                "Delete the closure “%1”? Sessions it cancelled that are still to come and "
                "that no other closure pauses are planned again. Edit → Undo takes it back."
            )
            layout.addWidget(_plain_label(question.replace("%1", name), self))
        if effect.cancelled:
            heading = plurals.cancelled_by_closure(len(effect.cancelled)).replace("%1", name)
            layout.addWidget(_plain_label(heading, self))
            layout.addWidget(self.cancelled)
        else:
            self.cancelled.hide()
        if effect.left_as_they_are:
            left = QLabel(
                self.tr(
                    "Left as they are: held, recorded or edited by hand. Change them one by "
                    "one if they should not be held."
                ),
                self,
            )
            left.setWordWrap(True)
            layout.addWidget(left)
            layout.addWidget(self.left)
        else:
            self.left.hide()
        if effect.planned_again:
            heading = plurals.planned_again_by_closure(len(effect.planned_again))
            layout.addWidget(_plain_label(heading, self))
            layout.addWidget(self.planned_again)
        else:
            self.planned_again.hide()
        self.buttons = QDialogButtonBox(self)
        if deleting:
            confirm = self.tr("&Delete closure")
        elif effect.cancelled:
            confirm = self.tr("Save and &cancel them")
        else:
            confirm = self.tr("&Save closure")
        self.confirm_button = self.buttons.addButton(
            confirm, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirm_button.setDefault(True)
        self.resize(560, 420)


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed, "<b>" too
    label.setWordWrap(True)
    return label


def _session_list(sessions: list[SessionView], parent: QWidget) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(
        [
            QCoreApplication.translate("ClosurePreviewDialog", "Group"),
            QCoreApplication.translate("ClosurePreviewDialog", "Date"),
            QCoreApplication.translate("ClosurePreviewDialog", "Time"),
            QCoreApplication.translate("ClosurePreviewDialog", "Status"),
        ]
    )
    for session in sessions:
        day = session.start.date()
        QTreeWidgetItem(
            tree,
            [
                session.group,
                f"{weekday_name(day)} {format_date(day)}",
                format_time_range(session.start.time(), session.end.time()),
                label(session.status),
            ],
        )
    for column in range(tree.columnCount()):
        tree.resizeColumnToContents(column)
    return tree


class ClosuresTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self.list: RecordListView[ClosurePeriod] = RecordListView(
            [
                Column[ClosurePeriod](self.tr("Name"), lambda c: c.name),
                Column[ClosurePeriod](
                    self.tr("First day"),
                    lambda c: format_date(c.first_day),
                    sort_key=lambda c: c.first_day.toordinal(),
                ),
                Column[ClosurePeriod](
                    self.tr("Last day"),
                    lambda c: format_date(c.last_day),
                    sort_key=lambda c: c.last_day.toordinal(),
                ),
                Column[ClosurePeriod](self.tr("Pauses"), self._scope_text),
            ],
            self,
        )
        self._names: dict[uuid.UUID, str] = {}
        self.list.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
        self.school_holidays_button = QPushButton(self.tr("School &holidays…"), self)
        self.school_holidays_button.setToolTip(
            self.tr("Add the school holidays of a school year as closures in one step")
        )
        self.school_holidays_button.clicked.connect(self._add_school_holidays)
        self.list.buttons.addWidget(self.school_holidays_button)
        self.school_holidays: SchoolHolidaysDialog | None = None
        self.form = ClosureForm(context, self)
        self.list.add_requested.connect(self._new)
        self.list.edit_requested.connect(self._edit)
        self.removal = RemovalActions(
            context, self.list, Kind.CLOSURE, lambda c: c.name, delete_with=self._delete
        )
        self.removal.done.connect(lambda: self.form.load(None))
        self.deletion: ClosurePreviewDialog | None = None
        self.team_eves = TeamEvesBox(context, self)
        side = QVBoxLayout()
        side.addWidget(self.form)
        side.addWidget(self.team_eves)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 3)
        layout.addLayout(side, 2)

    def _scope_text(self, closure: ClosurePeriod) -> str:
        """ "Kaikki ryhmät", "MLL:n ryhmät", "Vauvaryhmä, Isä-lapsi"."""
        if closure.scope is ClosureScope.ORGANISATION and closure.organisation_id:
            name = self._names.get(closure.organisation_id, "?")
            return self.tr("Groups of %1").replace("%1", name)
        if closure.scope is ClosureScope.GROUPS:
            return ", ".join(self._names.get(i, "?") for i in closure.group_ids)
        return label(ClosureScope.ALL)

    def refresh(self) -> None:
        closures, choices = self._context.read(lambda uow: (list_closures(uow), load_choices(uow)))
        self._names = choices.names
        reload(self.list, closures)
        self.team_eves.refresh()
        if not self.form.has_unsaved_changes():
            self.form.load(self.form._loaded)

    def _edit(self, closure: ClosurePeriod) -> None:
        ask_before_leaving(self.form, lambda: self.form.load(closure))

    def _add_school_holidays(self) -> None:
        self.school_holidays = SchoolHolidaysDialog(self._context, self)
        self.school_holidays.open()

    def _new(self) -> None:
        ask_before_leaving(self.form, self._start_new)

    def _start_new(self) -> None:
        self.form.load(None)
        self.form.name.setFocus()

    def _delete(self, closure: ClosurePeriod) -> None:
        """Ask, showing the sessions deleting it plans again; Esc changes nothing."""
        today = self._context.today()
        try:
            effect = self._context.read(lambda uow: preview_closure_removal(uow, closure.id, today))
        except UserError as error:  # deleted elsewhere meanwhile
            show_error(self, error_text(error))
            self._context.announce(Changes.PLACES)
            return
        self.deletion = ClosurePreviewDialog(closure.name, effect, self, deleting=True)
        self.deletion.accepted.connect(lambda: self._confirm_delete(closure))
        self.deletion.open()

    def _confirm_delete(self, closure: ClosurePeriod) -> None:
        text = self.tr("Delete closure “%1”").replace("%1", closure.name)
        try:
            ClosureDeleted.delete(self._context, closure, text, self)
        except UserError as error:
            show_error(self, error_text(error))
            self._context.announce(Changes.PLACES)
            return
        self.removal.done.emit()
