"""Tilastot: the figures of a period and a filter, and the workbook for reporting.

The figures come from the one statistics use case that the workbook and
`ryhmat stats` use too, so the three never disagree. The past sessions whose
attendance is not recorded are not in the figures: a warning above them says how
many there are and opens their list, from which each can be recorded.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStyle,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.domain.model import GroupType
from ryhmat.domain.periods import PeriodPreset, preset_of, preset_period
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import validate_period
from ryhmat.domain.statistics import FIGURES, Figure, Figures, Statistics, StatisticsFilter
from ryhmat.domain.usecases.choices import load_choices
from ryhmat.domain.usecases.evaluations import evaluations_for
from ryhmat.domain.usecases.family_visits import FamilyVisitReport, family_visit_report
from ryhmat.domain.usecases.sessions import SessionView
from ryhmat.domain.usecases.statistics import compute_statistics, unrecorded_in_period
from ryhmat.domain.usecases.workbook import export_workbook
from ryhmat.labels import (
    chart_caption,
    figure_definition,
    figure_explained,
    figure_name,
    figure_text,
    filter_lines,
    label,
    left_out_note,
    organiser_row,
    over_capacity_note,
    shared_groups_note,
    unrecorded_note,
)
from ryhmat.summary import summary as one_page_summary
from ryhmat.ui.calendar.filters import FilterBar
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.fields import DateField
from ryhmat.ui.files import file_name, save_file_dialog
from ryhmat.ui.formatting import format_date
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.operations import Operation
from ryhmat.ui.plurals import plurals
from ryhmat.ui.printing import pdf_not_saved
from ryhmat.ui.records import Column, RecordTableModel
from ryhmat.ui.sessions.unrecorded import SessionsToRecord
from ryhmat.ui.statistics.charts import ChartsPanel
from ryhmat.ui.statistics.evaluations import EvaluationsPanel
from ryhmat.ui.statistics.families import FamiliesPanel
from ryhmat.ui.statistics.leaders import LeadersPanel
from ryhmat.ui.statistics.visits import VisitsPanel
from ryhmat.ui.summary_report import save_summary_pdf

REFRESH_DELAY_MS = 250


@dataclass(frozen=True, slots=True)
class FigureRow:
    """A line of the figures table: the total, a group type or a group."""

    name: str
    figures: Figures


def figures_and_unrecorded(
    uow: UnitOfWork, first: date, last: date, wanted: StatisticsFilter, now: datetime
) -> tuple[Statistics, list[SessionView]]:
    """The figures, and the sessions they count as not recorded (read only if any)."""
    statistics = compute_statistics(uow, first, last, wanted, now=now)
    unrecorded = (
        unrecorded_in_period(uow, first, last, wanted, now=now)
        if statistics.total.sessions_unrecorded
        else []
    )
    return statistics, unrecorded


class StatisticsPage(QWidget):
    exported = Signal(str)  # the workbook's path, once written
    computed = Signal()  # the figures, charts and families of the period are shown
    record_requested = Signal(object)  # uuid.UUID of a session not recorded

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.statistics: Statistics | None = None
        today = context.today()
        self.first_day = DateField(date(today.year, 1, 1), self)
        self.last_day = DateField(today, self)
        self.preset = self._preset_choice()
        self.filters = FilterBar(self)
        self.group_type = QComboBox(self)
        self.group_type.addItem(self.tr("All group types"), None)
        for kind in GroupType:
            self.group_type.addItem(label(kind), kind)

        # Made before the tabs, so that Tab reaches the warning before the figures.
        self.unrecorded_button = QPushButton(self)
        self.unrecorded_button.setObjectName("unrecordedWarning")
        self.unrecorded_button.setIcon(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        )
        self.unrecorded_button.clicked.connect(self.show_unrecorded)
        self.unrecorded_note = QLabel(unrecorded_note(), self)
        self.unrecorded_note.setWordWrap(True)

        self.model: RecordTableModel[FigureRow] = RecordTableModel(self._columns(), self)
        self.table = QTableView(self)
        # Tab leaves the table for the next control rather than walking its cells.
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.charts = ChartsPanel(self)
        self.families = FamiliesPanel(self)
        self.leaders = LeadersPanel(self)
        self.unrecorded = SessionsToRecord(self)
        self.unrecorded.record_requested.connect(self.record_requested)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.table, self.tr("&Figures"))
        self.tabs.addTab(self.charts, self.tr("C&harts"))
        self.tabs.addTab(self.families, self.tr("Fa&milies"))
        self.tabs.addTab(self.leaders, self.tr("Lea&ders and cancellations"))
        self.visits = VisitsPanel(self)
        self.tabs.addTab(self.visits, self.tr("&Roles and ages"))
        self.tabs.addTab(self.unrecorded, self.tr("Not rec&orded"))
        self.evaluations = EvaluationsPanel(self)
        self.tabs.addTab(self.evaluations, self.tr("E&valuations"))
        self.period_text = QLabel(self)
        self.left_out_note = QLabel(self)
        self.left_out_note.setObjectName("leftOutNote")
        self.left_out_note.setWordWrap(True)
        self.error = ErrorLabel(self)

        self.pseudonymise = QCheckBox(self.tr("&Pseudonymise names (for sending outside the team)"))
        self.export_button = QPushButton(self.tr("E&xport to Excel…"), self)
        self.export_button.clicked.connect(self._ask_file)
        self.summary_button = QPushButton(self.tr("Save s&ummary as PDF…"), self)
        self.summary_button.setToolTip(
            self.tr("One page for a board or a funder: the figures with their definitions")
        )
        self.summary_button.clicked.connect(self._ask_summary_file)
        self.progress = QProgressBar(self)
        self.progress.hide()
        # Exporting is a coordinator's work; a team's volunteer may read neither the
        # names of every group nor the pseudonym codes a workbook needs.
        if context.reads_rosters_only():
            self.pseudonymise.hide()
            self.export_button.hide()
            self.summary_button.hide()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        for signal in (
            self.first_day.dateChanged,
            self.last_day.dateChanged,
            self.filters.changed,
            self.group_type.currentIndexChanged,
            self.first_day.problem_changed,
            self.last_day.problem_changed,
        ):
            signal.connect(self._timer.start)

        form = QFormLayout()
        period = QHBoxLayout()
        period.addWidget(self.first_day)
        period.addWidget(QLabel("–", self))
        period.addWidget(self.last_day)
        period.addSpacing(12)
        preset_label = QLabel(self.tr("Pre&set:"), self)
        preset_label.setBuddy(self.preset)
        period.addWidget(preset_label)
        period.addWidget(self.preset)
        period.addStretch(1)
        period_label = QLabel(self.tr("P&eriod:"), self)
        period_label.setBuddy(self.first_day)
        form.addRow(period_label, period)
        form.addRow(self.tr("Group t&ype:"), self.group_type)
        bottom = QHBoxLayout()
        bottom.addWidget(self.pseudonymise)
        bottom.addStretch(1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.summary_button)
        bottom.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.filters)
        layout.addWidget(self.period_text)
        warning = QHBoxLayout()
        warning.addWidget(self.unrecorded_button)
        warning.addWidget(self.unrecorded_note, 1)
        layout.addLayout(warning)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.left_out_note)
        layout.addWidget(self.error)
        layout.addLayout(bottom)
        self._stale = True
        # The choices name groups, workers, organisations and places; the figures
        # count sessions, attendance and families.
        context.when_changed(
            self, Changes.EVERYTHING & ~(Changes.FEEDS | Changes.SETTINGS), self.reload_choices
        )
        self.reload_choices()

    def _preset_choice(self) -> QComboBox:
        """The usual periods: one chosen fills the period's days, which stay editable;
        days typed that are no preset's make it say so."""
        choice = QComboBox(self)
        choice.setObjectName("periodPreset")
        choice.addItem(self.tr("Days as typed"), None)
        names = {
            PeriodPreset.THIS_YEAR: self.tr("This year"),
            PeriodPreset.LAST_YEAR: self.tr("Last year"),
            PeriodPreset.THIS_SEASON: self.tr("This season"),
            PeriodPreset.THIS_MONTH: self.tr("This month"),
            PeriodPreset.LAST_MONTH: self.tr("Last month"),
        }
        for preset, name in names.items():
            choice.addItem(name, preset)
        choice.setItemData(
            choice.findData(PeriodPreset.THIS_SEASON),
            self.tr("The autumn season (1.8.–31.12.) or the spring season (1.1.–31.7.) of today"),
            Qt.ItemDataRole.ToolTipRole,
        )
        choice.activated.connect(self._preset_chosen)
        for field in (self.first_day, self.last_day):
            field.dateChanged.connect(self._show_preset)
        self._show_preset_of(choice)
        return choice

    def _preset_chosen(self, index: int) -> None:
        preset = self.preset.itemData(index)
        if isinstance(preset, PeriodPreset):
            first, last = preset_period(preset, self.context.today())
            self.first_day.set_day(first)
            self.last_day.set_day(last)

    def _show_preset(self) -> None:
        self._show_preset_of(self.preset)

    def _show_preset_of(self, choice: QComboBox) -> None:
        preset = None
        with contextlib.suppress(UserError):  # days typed wrong are no preset's
            first, last = self.first_day.day(), self.last_day.day()
            preset = preset_of(first, last, self.context.today())
        choice.setCurrentIndex(0 if preset is None else choice.findData(preset))

    def _columns(self) -> list[Column[FigureRow]]:
        def column(figure: Figure) -> Column[FigureRow]:
            return Column[FigureRow](
                figure_name(figure),
                lambda r: figure_text(figure, r.figures),
                # Unknown ("–") sorts below every value.
                sort_key=lambda r: _known_first(figure.value(r.figures)),
                explanation=figure_definition(figure),
                tooltip=lambda r: figure_explained(figure, r.figures),
            )

        return [
            Column[FigureRow](self.tr("Group"), lambda r: r.name),
            *(column(figure) for figure in FIGURES),
        ]

    def reload_choices(self) -> None:
        self.filters.set_choices(self.context.read(load_choices))
        self._refresh_when_shown()

    def _refresh_when_shown(self) -> None:
        """A year of a municipality's figures takes a while: compute them when someone
        looks, not at start-up or after every change made on another page."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def current_filter(self) -> StatisticsFilter:
        chosen = self.filters.current_filter()
        # Qt gives a StrEnum kept in a combo box back as a plain str.
        kind = self.group_type.currentData()
        return StatisticsFilter(
            group_ids=(chosen.group_id,) if chosen.group_id else (),
            group_type=None if kind is None else GroupType(kind),
            organisation_id=chosen.organisation_id,
            place_id=chosen.place_id,
            worker_id=chosen.worker_id,
        )

    def refresh(self) -> None:
        self._stale = False
        now = self.context.now()
        try:
            first, last = self.first_day.day(), self.last_day.day()
            wanted = self.current_filter()
            statistics, unrecorded = self.context.read(
                lambda uow: figures_and_unrecorded(uow, first, last, wanted, now)
            )
            evaluations = self.context.read(lambda uow: evaluations_for(uow, first, last, wanted))
        except UserError as error:
            self.error.show_error(error)
            return
        self.error.clear_error()
        self.statistics = statistics
        rows = [FigureRow(self.tr("All"), statistics.total)]
        rows += [FigureRow(label(kind), figures) for kind, figures in statistics.by_type.items()]
        rows += [FigureRow(group.name, group.figures) for group in statistics.by_group]
        rows += [FigureRow(organiser_row(o.name), o.figures) for o in statistics.by_organisation]
        self.model.set_records(rows)
        self.charts.set_months(statistics.by_month_total)
        self.charts.caption = chart_caption(first, last, statistics.described)
        self.leaders.show_statistics(statistics)
        self.visits.show_statistics(statistics)
        self.families.load(partial(self._family_report, first, last, wanted))
        self.evaluations.show_reports(evaluations)
        self.period_text.setText("; ".join(filter_lines(statistics.described)))
        notes = (
            left_out_note(statistics.left_out),
            over_capacity_note(statistics.total),
            shared_groups_note(statistics),
        )
        note = " ".join(filter(None, notes))
        self.left_out_note.setText(note)
        self.left_out_note.setVisible(bool(note))
        self._show_unrecorded_count(statistics.total.sessions_unrecorded, unrecorded)
        self.computed.emit()

    def _show_unrecorded_count(self, count: int, sessions: list[SessionView]) -> None:
        self.unrecorded.show_sessions(sessions)
        self.unrecorded_button.setText(plurals.sessions_not_recorded(count))
        self.unrecorded_button.setVisible(count > 0)
        self.unrecorded_note.setVisible(count > 0)
        title = self.tr("Not rec&orded")
        tab = self.tabs.indexOf(self.unrecorded)
        self.tabs.setTabText(tab, f"{title} ({count})" if count else title)

    def show_unrecorded(self) -> None:
        """The list of the sessions not recorded, with the keyboard in it."""
        self.tabs.setCurrentWidget(self.unrecorded)
        self.unrecorded.setFocus(Qt.FocusReason.OtherFocusReason)

    def _family_report(
        self, first: date, last: date, wanted: StatisticsFilter, weeks: int
    ) -> FamilyVisitReport:
        today = self.context.today()
        return self.context.read(
            lambda uow: family_visit_report(uow, first, last, wanted, today, weeks)
        )

    def suggested_file_name(self) -> str:
        """The workbook's name (without its suffix) as the file dialog first offers it:
        the period in the language's own words and dates; the shown days if the period
        is typed wrong."""
        return self._of_the_period(self.tr("Statistics %1–%2"))

    def suggested_summary_name(self) -> str:
        return self._of_the_period(self.tr("Summary %1–%2"))

    def _of_the_period(self, template: str) -> str:
        first, last = self.first_day.text(), self.last_day.text()
        with contextlib.suppress(UserError):
            first, last = format_date(self.first_day.day()), format_date(self.last_day.day())
        return file_name(template.replace("%1", first).replace("%2", last))

    def _ask_file(self) -> None:
        save_file_dialog(
            self,
            self.tr("Export to Excel"),
            self.tr("Excel workbooks (*.xlsx)"),
            "xlsx",
            self.suggested_file_name(),
            self.export_to,
        )

    def export_to(self, path: Path) -> Operation[None] | None:
        """Write the workbook of the shown period and filter off the GUI thread; None
        when the period is typed wrong or names cannot be logged here (the page says why)."""
        pseudonymise = self.pseudonymise.isChecked()
        try:
            first, last = self.first_day.day(), self.last_day.day()
            if not pseudonymise:  # a workbook with names is logged once written
                self.context.refuse_unlogged_read()
        except UserError as error:
            self.error.show_error(error)
            return None
        wanted = self.current_filter()
        now = self.context.now()
        return Operation(
            self,
            lambda services: export_workbook(
                services.unit_of_work,
                services.adapters.workbooks,
                path,
                first,
                last,
                wanted,
                pseudonymise=pseudonymise,
                now=now,
                progress=services.report,
            ),
            context=self.context,
            # New pseudonym codes are kept, but no view shows them.
            changes=Changes.NONE,
            busy=[self.export_button],
            progress=self.progress,
            errors=self.error,
            on_success=lambda _result: self._exported(path),
        ).run_in_background()

    def _ask_summary_file(self) -> None:
        save_file_dialog(
            self,
            self.tr("Save summary as PDF"),
            self.tr("PDF documents (*.pdf)"),
            "pdf",
            self.suggested_summary_name(),
            self.save_summary_to,
        )

    def save_summary_to(self, path: Path) -> bool:
        """Write the one-page summary of the period and filter as they are typed now;
        False when the period is typed wrong or the file cannot be written (the page
        says why)."""
        try:
            first, last = self.first_day.day(), self.last_day.day()
            # A first day after the last is refused here: the figures shown are still
            # those of the period before it, and no summary may pass them off as its.
            validate_period(first, last)
            wanted = self.current_filter()
            if self._timer.isActive() or self._stale or not self._shows(first, last, wanted):
                self._timer.stop()
                self.refresh()
            statistics = self.statistics
            if statistics is None or not self._shows(first, last, wanted):
                return False
            evaluations = self.context.read(lambda uow: evaluations_for(uow, first, last, wanted))
            save_summary_pdf(one_page_summary(statistics, evaluations), path)
        except UserError as error:
            self.error.show_error(error)
            return False
        except OSError as error:
            self.error.show_error(pdf_not_saved(path, error))
            return False
        self._exported(path)
        return True

    def _shows(self, first: date, last: date, wanted: StatisticsFilter) -> bool:
        """Whether the figures shown are those of this period and filter."""
        shown = self.statistics
        return shown is not None and (shown.first_day, shown.last_day, shown.wanted) == (
            first,
            last,
            wanted,
        )

    def _exported(self, path: Path) -> None:
        self.period_text.setText(self.tr("Saved %1").replace("%1", str(path)))
        self.exported.emit(str(path))


def _known_first(value: float | None) -> float:
    return -1 if value is None else value
