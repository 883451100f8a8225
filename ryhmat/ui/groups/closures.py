"""Closure periods: a list beside a form, the scope of each, and the sessions a new one
cancels shown before it is saved."""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
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

from ryhmat.domain.errors import UserError
from ryhmat.domain.model import ClosurePeriod, ClosureScope
from ryhmat.domain.usecases.choices import Choices, load_choices
from ryhmat.domain.usecases.closures import ClosureEffect, preview_closure, save_closure
from ryhmat.domain.usecases.places import list_closures
from ryhmat.domain.usecases.removal import Kind
from ryhmat.domain.usecases.sessions import SessionView
from ryhmat.labels import label
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.fields import DateField
from ryhmat.ui.formatting import format_date, format_time_range, weekday_name
from ryhmat.ui.groups.series_editor import by_name
from ryhmat.ui.groups.widgets import CheckList, IdComboBox
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.people.widgets import reload
from ryhmat.ui.plurals import plurals
from ryhmat.ui.records import Column, RecordListView
from ryhmat.ui.removal import RemovalActions
from ryhmat.ui.unsaved import EditorState, ask_before_leaving, typed_fields

_SCOPES = list(ClosureScope)


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
        self.scope = QComboBox(self)
        for scope in _SCOPES:
            self.scope.addItem(label(scope), scope.value)
        self.organisation = IdComboBox(self)
        self.groups = CheckList(self)
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
        self._form = form
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&First day:"), self.first_day)
        form.addRow(self.tr("&Last day:"), self.last_day)
        form.addRow(self.tr("&Pauses:"), self.scope)
        form.addRow(self.tr("&Organisation:"), self.organisation)
        form.addRow(self.tr("&Groups:"), self.groups)
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
        self.scope.currentIndexChanged.connect(self._show_scope)
        self.load(None)

    def load(self, closure: ClosurePeriod | None) -> None:
        self._closure_id = closure.id if closure else None
        self.setTitle(self.tr("Edit closure") if closure else self.tr("New closure"))
        today = self._context.today()
        keep = [closure.organisation_id, *closure.group_ids] if closure else []
        self._set_choices(self._context.read(lambda uow: load_choices(uow, keep)))
        self.name.setText(closure.name if closure else "")
        self.first_day.set_day(closure.first_day if closure else today)
        self.last_day.set_day(closure.last_day if closure else today + timedelta(days=6))
        scope = closure.scope if closure else ClosureScope.ALL
        self.scope.setCurrentIndex(_SCOPES.index(scope))
        self.organisation.set_current_id(closure.organisation_id if closure else None)
        self.groups.set_checked_ids(closure.group_ids if closure else [])
        self._show_scope()
        self.error.clear_error()
        self._loaded = closure
        self.mark_clean()

    def _set_choices(self, choices: Choices) -> None:
        self.organisation.set_choices(by_name(choices.organisations))
        self.groups.set_choices(by_name(choices.groups), rows=8)

    def _show_scope(self) -> None:
        scope = self.chosen_scope()
        for widget, shown in (
            (self.organisation, scope is ClosureScope.ORGANISATION),
            (self.groups, scope is ClosureScope.GROUPS),
        ):
            self._form.setRowVisible(widget, shown)

    def chosen_scope(self) -> ClosureScope:
        return ClosureScope(self.scope.currentData())

    def form_state(self) -> object:
        return typed_fields(self.closure())

    def discard_changes(self) -> bool:
        self.load(self._loaded)
        return True

    def closure(self) -> ClosurePeriod:
        scope = self.chosen_scope()
        closure = ClosurePeriod(
            name=self.name.text(),
            first_day=self.first_day.day(),
            last_day=self.last_day.day(),
            scope=scope,
            organisation_id=(
                self.organisation.current_id() if scope is ClosureScope.ORGANISATION else None
            ),
            group_ids=self.groups.checked_ids() if scope is ClosureScope.GROUPS else [],
        )
        if self._closure_id is not None:
            closure.id = self._closure_id
        return closure

    def save(self) -> None:
        """Save, first showing the sessions the closure would cancel or leave, if any."""
        try:
            closure = self.closure()
            effect = self._context.read(lambda uow: preview_closure(uow, closure))
        except UserError as error:
            self.error.show_error(error)
            return
        if not effect.cancelled and not effect.left_as_they_are:
            self._save(closure)
            return
        self.preview = ClosurePreviewDialog(closure.name, effect, self)
        self.preview.accepted.connect(lambda: self._save(closure))
        self.preview.open()

    def _save(self, closure: ClosurePeriod) -> None:
        try:
            self._context.write(
                lambda uow: save_closure(uow, closure, cancel_planned=True),
                Changes.PLACES | Changes.SESSIONS,
                self,
            )
        except UserError as error:
            self.error.show_error(error)
            return
        self._closure_id = closure.id
        self._loaded = closure
        self.setTitle(self.tr("Edit closure"))
        self.error.clear_error()
        self.mark_clean()
        self.saved.emit()


class ClosurePreviewDialog(QDialog):
    """The planned sessions a closure cancels, and those it leaves as they are; OK
    saves the closure and cancels them, Esc or Cancel saves nothing."""

    def __init__(self, name: str, effect: ClosureEffect, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closurePreview")
        self.setWindowTitle(self.tr("Sessions during “%1”").replace("%1", name))
        self.cancelled = _session_list(effect.cancelled, self)
        self.left = _session_list(effect.left_as_they_are, self)
        layout = QVBoxLayout(self)
        if effect.cancelled:
            layout.addWidget(
                QLabel(
                    plurals.cancelled_by_closure(len(effect.cancelled)).replace("%1", name), self
                )
            )
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
        self.buttons = QDialogButtonBox(self)
        self.confirm_button = self.buttons.addButton(
            self.tr("Save and &cancel them") if effect.cancelled else self.tr("&Save closure"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.confirm_button.setDefault(True)
        self.resize(560, 420)


def _session_list(sessions: list[SessionView], parent: QWidget) -> QTreeWidget:
    tree = QTreeWidget(parent)
    tree.setRootIsDecorated(False)
    tree.setHeaderLabels(
        [parent.tr("Group"), parent.tr("Date"), parent.tr("Time"), parent.tr("Status")]
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
        self.form = ClosureForm(context, self)
        self.list.add_requested.connect(self._new)
        self.list.edit_requested.connect(self._edit)
        self.removal = RemovalActions(context, self.list, Kind.CLOSURE, lambda c: c.name)
        self.removal.done.connect(lambda: self.form.load(None))
        layout = QHBoxLayout(self)
        layout.addWidget(self.list, 3)
        layout.addWidget(self.form, 2)

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
        if not self.form.has_unsaved_changes():
            self.form.load(self.form._loaded)

    def _edit(self, closure: ClosurePeriod) -> None:
        ask_before_leaving(self.form, lambda: self.form.load(closure))

    def _new(self) -> None:
        ask_before_leaving(self.form, self._start_new)

    def _start_new(self) -> None:
        self.form.load(None)
        self.form.name.setFocus()
