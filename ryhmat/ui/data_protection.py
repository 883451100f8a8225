"""Asetukset → Tietosuoja: whose name the change history records, the retention periods
of families' personal data and of the usage log, the usage log itself, and the team's
follow-up period (how long after a family's work in a group ended it is asked after)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton, QSpinBox, QWidget

from ryhmat.domain.errors import UserError
from ryhmat.domain.follow_ups import LONGEST_PERIOD_MONTHS
from ryhmat.domain.usecases.erasure import (
    LONGEST_RETENTION_YEARS,
    retention_years,
    set_retention_years,
)
from ryhmat.domain.usecases.follow_ups import follow_up_months, set_follow_up_months
from ryhmat.domain.usecases.usage_log import (
    set_usage_log_retention_years,
    usage_log_retention_years,
)
from ryhmat.domain.usecases.workers import list_workers
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.usage_log import PersonUsageDialog

NEVER = 0


class DataProtectionSettings(QWidget):
    """The worker named in the change history is this computer's choice (its
    preferences, kept by the window); the retention period belongs to the database, shared by the
    whole team, so it is read and saved through the context."""

    actor_changed = Signal(str)  # a worker's name, or "" for the login name

    def __init__(
        self,
        context: AppContext,
        actor: str,
        login_name: str,
        parent: QWidget | None = None,
        *,
        chosen_freely: bool = True,
    ) -> None:
        super().__init__(parent)
        self.context = context
        # On a team database the database names the login connected: no one chooses.
        self._chosen_freely = chosen_freely
        self._actor = actor if chosen_freely else ""
        self.actor = QComboBox(self)
        self.actor.setObjectName("auditActor")
        self.actor.addItem(self.tr("My login name (%1)").replace("%1", login_name), "")
        self.retention = QSpinBox(self)
        self.retention.setObjectName("retentionYears")
        self.retention.setRange(NEVER, LONGEST_RETENTION_YEARS)
        self.retention.setSpecialValueText(self.tr("Never"))
        self.retention.setSuffix(self.tr(" years"))
        self.log_retention = QSpinBox(self)
        self.log_retention.setObjectName("usageLogRetentionYears")
        self.log_retention.setRange(NEVER, LONGEST_RETENTION_YEARS)
        self.log_retention.setSpecialValueText(self.tr("Never"))
        self.log_retention.setSuffix(self.tr(" years"))
        self.follow_up = QSpinBox(self)
        self.follow_up.setObjectName("followUpMonths")
        self.follow_up.setRange(1, LONGEST_PERIOD_MONTHS)
        self.follow_up.setSuffix(self.tr(" months"))
        self.show_log = QPushButton(self.tr("Show the usage &log…"), self)
        self.show_log.clicked.connect(self.open_usage_log)
        self.usage_log: PersonUsageDialog | None = None
        self.error = ErrorLabel(self)

        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self._add_row(form, self.tr("&Name in the change history:"), self.actor)
        self._add_note(
            form,
            self.tr(
                "Changes to families' details, enrolments and attendance made on this "
                "computer are recorded under this name."
            )
            if chosen_freely
            else self.tr(
                "This is a team database: changes are recorded under the name you signed in "
                "with, which no one can choose."
            ),
        )
        self.actor.setEnabled(chosen_freely)
        self._add_row(form, self.tr("&Erase families' personal data after:"), self.retention)
        self._add_note(
            form,
            self.tr(
                "Families not seen in any group for this many years have their personal "
                "data erased when the app starts; their visits stay in the statistics as "
                "anonymous counts. The period applies to everyone using this database."
            ),
        )
        self._add_row(form, self.tr("&Delete usage log entries after:"), self.log_retention)
        self._add_note(
            form,
            self.tr(
                "Opening a family or an attendance view, printing or saving a sign-in sheet, "
                "exporting a workbook with names and importing a roster are logged: who, "
                "when, why and which families. Entries older than this are deleted when the "
                "app starts; nobody can change or delete a younger one."
            ),
        )
        form.addRow("", self.show_log)
        self._add_row(form, self.tr("&Ask families how they are doing after:"), self.follow_up)
        self._add_note(
            form,
            self.tr(
                "A family that has left a group, or has not come for six weeks while the "
                "group met, is listed under Families → Follow-ups due this long after its "
                "last visit or its leaving. The period applies to everyone using this "
                "database."
            ),
        )
        form.addRow("", self.error)
        self.refresh()
        self.actor.currentIndexChanged.connect(self._actor_chosen)
        self.retention.editingFinished.connect(self._save_retention)
        self.log_retention.editingFinished.connect(self._save_log_retention)
        self.follow_up.editingFinished.connect(self._save_follow_up)
        # The workers to choose from, and the retention period (which it saves itself,
        # showing it already).
        context.when_changed(self, Changes.WORKERS | Changes.SETTINGS, self.refresh, skip_own=True)

    def _add_row(self, form: QFormLayout, text: str, field: QWidget) -> None:
        label = QLabel(text, self)
        label.setBuddy(field)
        form.addRow(label, field)

    def _add_note(self, form: QFormLayout, text: str) -> None:
        note = QLabel(text, self)
        note.setWordWrap(True)
        form.addRow("", note)

    def refresh(self) -> None:
        if self._chosen_freely:
            self._list_workers()
        if not self.retention.hasFocus():
            self.retention.setValue(self.context.read(retention_years) or NEVER)
        if not self.log_retention.hasFocus():
            self.log_retention.setValue(self.context.read(usage_log_retention_years) or NEVER)
        if not self.follow_up.hasFocus():
            self.follow_up.setValue(self.context.read(follow_up_months))

    def _list_workers(self) -> None:
        names = [worker.name for worker in self.context.read(list_workers)]
        if self._actor and self._actor not in names:
            names.append(self._actor)  # renamed or removed since: still what is recorded
        self.actor.blockSignals(True)
        while self.actor.count() > 1:
            self.actor.removeItem(1)
        for name in names:
            self.actor.addItem(name, name)
        self.actor.setCurrentIndex(max(0, self.actor.findData(self._actor)))
        self.actor.blockSignals(False)

    def _actor_chosen(self) -> None:
        self._actor = str(self.actor.currentData() or "")
        self.actor_changed.emit(self._actor)

    def _save_retention(self) -> None:
        years = self.retention.value() or None
        if years == self.context.read(retention_years):
            return
        try:
            self.context.write(lambda uow: set_retention_years(uow, years), Changes.SETTINGS, self)
        except UserError as error:
            self.error.show_error(error)
        else:
            self.error.clear_error()

    def _save_log_retention(self) -> None:
        years = self.log_retention.value() or None
        if years == self.context.read(usage_log_retention_years):
            return
        try:
            self.context.write(
                lambda uow: set_usage_log_retention_years(uow, years), Changes.SETTINGS, self
            )
        except UserError as error:
            self.error.show_error(error)
        else:
            self.error.clear_error()

    def _save_follow_up(self) -> None:
        months = self.follow_up.value()
        if months == self.context.read(follow_up_months):
            return
        try:
            self.context.write(
                lambda uow: set_follow_up_months(uow, months), Changes.SETTINGS, self
            )
        except UserError as error:
            self.error.show_error(error)
        else:
            self.error.clear_error()

    def open_usage_log(self) -> PersonUsageDialog:
        if self.usage_log is not None:
            self.usage_log.deleteLater()
        self.usage_log = PersonUsageDialog(self.context, self)
        self.usage_log.open()
        return self.usage_log
