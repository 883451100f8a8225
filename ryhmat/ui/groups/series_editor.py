"""A season of a group: its dates, its recurrence and a live preview of what saving does."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time, timedelta

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.conflicts import Conflict
from ryhmat.domain.errors import UserError
from ryhmat.domain.model import (
    MONTHLY_ORDINALS,
    Group,
    MonthlyRule,
    Series,
    Session,
    SessionStatus,
    SkippedDate,
    WeeklySlot,
)
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.scheduling import MAX_INTERVAL_WEEKS, Occurrence, SkipKind, SkippedDay
from ryhmat.domain.usecases.choices import Choice, Choices, load_choices
from ryhmat.domain.usecases.groups import get_group
from ryhmat.domain.usecases.series import SeriesProposal, preview_series, save_series
from ryhmat.domain.usecases.workers import PairView, list_pairs
from ryhmat.labels import label, monthly_rule_words, ordinal_name
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.fields import DateField, TimeField, buddy_label
from ryhmat.ui.formatting import archived_name, format_date, format_time_range, weekday_name
from ryhmat.ui.groups.widgets import CheckList, IdComboBox
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.plurals import plurals
from ryhmat.ui.records import Column, RecordTableModel
from ryhmat.ui.unsaved import GuardedDialog

PREVIEW_DELAY_MS = 200
DEFAULT_START = time(9, 30)
DEFAULT_END = time(11, 0)
DEFAULT_SEASON = timedelta(weeks=12)


def dated(day: date) -> str:
    """A date with its weekday, e.g. "la 31.10.2026"."""
    return f"{weekday_name(day)} {format_date(day)}"


def recurrence_text(series: Series) -> str:
    """How a season repeats, in a few words: "every 2 weeks: Tue 17.30–19.00", "joka
    kuukauden ensimmäinen lauantai, 10.00–12.00"."""
    if series.uses_chosen_dates and series.chosen_start and series.chosen_end:
        times = format_time_range(series.chosen_start, series.chosen_end)
        return f"{plurals.chosen_dates(len(series.chosen_dates))}, {times}"
    if series.monthly is not None:
        rule = series.monthly
        words = monthly_rule_words(rule.ordinal, rule.weekday)
        return f"{words}, {format_time_range(rule.start, rule.end)}"
    slots = ", ".join(
        f"{_day_name(s.weekday)} {format_time_range(s.start, s.end)}"
        for s in sorted(series.slots, key=lambda s: (s.weekday, s.start))
    )
    if series.interval_weeks == 1:
        return QCoreApplication.translate("SeriesEditor", "weekly: %1").replace("%1", slots)
    return f"{plurals.every_weeks(series.interval_weeks)}: {slots}"


def _skip_reason(skipped: SkippedDay) -> str:
    """ "Pyhäinpäivä (public holiday)"; a clock change has no name but its own."""
    if not skipped.reason:
        return label(skipped.kind)
    return f"{skipped.reason} ({label(skipped.kind)})"


def _day_name(weekday: int, long: bool = False) -> str:
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().dayName(weekday + 1, kind)


@dataclass(frozen=True, slots=True)
class ConflictLine:
    """One conflict as the person reads it: who or where, and the other booking."""

    resource: str
    other_group: str
    other: Session
    own: Session


class WeekdayRow:
    """A weekday's checkbox and its start and end times."""

    def __init__(self, weekday: int, parent: QWidget) -> None:
        self.weekday = weekday
        name = _day_name(weekday, long=True)
        self.check = QCheckBox(name[:1].upper() + name[1:], parent)
        self.start = TimeField(DEFAULT_START, parent)
        self.end = TimeField(DEFAULT_END, parent)
        self.check.toggled.connect(self._enable)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def slot(self) -> WeeklySlot | None:
        if not self.check.isChecked():
            return None
        return WeeklySlot(self.weekday, self.start.moment(), self.end.moment())

    def set_slot(self, slot: WeeklySlot) -> None:
        self.check.setChecked(True)
        self.start.set_moment(slot.start)
        self.end.set_moment(slot.end)


class SeriesEditor(GuardedDialog):
    """Edits a season; previews its dates, skipped days and conflicts while typing.

    Saving is disabled while the preview shows a mistake, and while it shows
    conflicts that the person has not accepted with the checkbox.
    """

    saved = Signal()  # the season and its sessions are saved
    preview_updated = Signal()  # the preview shows the dates (or the error) of the rule as typed

    def __init__(
        self,
        context: AppContext,
        group_id: uuid.UUID,
        series: Series | None,
        parent: QWidget | None = None,
        copied: bool = False,
        left_out: Sequence[str] = (),
    ) -> None:
        """``series`` is the season to edit, or with ``copied`` a new season's first
        draft (copy_season), saved only when the person saves it; ``left_out`` names
        the archived leaders and place the copy did not take."""
        super().__init__(parent)
        self._context = context
        self._group_id = group_id
        self._series_id = series.id if series else uuid.uuid4()
        self._chosen_dates: list[date] = []
        self._skipped: list[SkippedDate] = []
        # What becomes of a session already planned on a date the season now leaves out.
        self._skip_outcomes: dict[date, str] = {}
        self._conflict_lines: list[ConflictLine] = []
        self._valid = False
        group, self._choices, pairs = context.read(lambda uow: _read_choices(uow, group_id, series))
        self._group = group
        self._left_out = list(left_out)
        editing = series is not None and not copied
        self.setWindowTitle(
            (self.tr("Edit season of %1") if editing else self.tr("New season of %1")).replace(
                "%1", group.name
            )
        )
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh_preview)

        self.dates_model: RecordTableModel[Occurrence] = RecordTableModel(
            [
                Column[Occurrence](self.tr("Date"), lambda o: dated(o.day)),
                Column[Occurrence](self.tr("Time"), lambda o: format_time_range(o.start, o.end)),
            ],
            self,
        )
        self.skipped_model: RecordTableModel[SkippedDay] = RecordTableModel(
            [
                Column[SkippedDay](self.tr("Date"), lambda s: dated(s.day)),
                Column[SkippedDay](self.tr("Reason"), _skip_reason),
                Column[SkippedDay](
                    self.tr("Planned session"), lambda s: self._skip_outcomes.get(s.day, "")
                ),
            ],
            self,
        )
        self.conflicts_model: RecordTableModel[ConflictLine] = RecordTableModel(
            [
                Column[ConflictLine](self.tr("Who or where"), lambda c: c.resource),
                Column[ConflictLine](self.tr("Other group"), lambda c: c.other_group),
                Column[ConflictLine](
                    self.tr("When"),
                    lambda c: (
                        f"{dated(c.other.day)} {format_time_range(c.other.start, c.other.end)}"
                    ),
                ),
            ],
            self,
        )

        layout = QHBoxLayout()
        layout.addWidget(self._build_form(pairs), 1)
        layout.addWidget(self._build_preview(), 1)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self.tr("&Save season"), self)
        self.save_button.setDefault(True)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.save_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addLayout(layout, 1)
        outer.addWidget(self.buttons)
        self.resize(1060, 680)

        self._load(series)
        self._connect_changes()
        self.refresh_preview()

    # The form ----------------------------------------------------------------

    def _build_form(self, pairs: list[PairView]) -> QWidget:
        box = QGroupBox(self.tr("Season"), self)
        self.name = QLineEdit(box)
        self.name.setPlaceholderText(self.tr("e.g. Syyskausi 2026"))
        today = self._context.today()
        self.first_day = DateField(today, box)
        self.last_day = DateField(today, box)
        self.skip_day = DateField(today, box)

        self.weekly = QRadioButton(self.tr("&Weekly on chosen weekdays"), box)
        self.monthly = QRadioButton(self.tr("&Every month on one weekday"), box)
        self.on_dates = QRadioButton(self.tr("On c&hosen dates"), box)
        self._mode = QButtonGroup(box)
        self.pages = QStackedWidget(box)
        for mode, page in (
            (self.weekly, self._build_weekly_page()),
            (self.monthly, self._build_monthly_page()),
            (self.on_dates, self._build_dates_page()),
        ):
            self._mode.addButton(mode, self.pages.addWidget(page))
        self._mode.idToggled.connect(self._mode_toggled)

        directory = {c.id: c.name for c in self._choices.places}
        default_place = directory.get(self._group.default_place_id or uuid.UUID(int=0))
        self.place = IdComboBox(box)
        self.place.set_choices(
            by_name(self._choices.places),
            self.tr("Group's default: %1").replace("%1", default_place)
            if default_place
            else self.tr("Group's default (none)"),
        )
        self._leader_sets = {p.id: [p.first_worker_id, p.second_worker_id] for p in pairs}
        default_pair = next((p for p in pairs if p.id == self._group.default_pair_id), None)
        self._default_leaders = (
            [default_pair.first_worker_id, default_pair.second_worker_id] if default_pair else []
        )
        self.leaders = IdComboBox(box)
        self.leaders.set_choices(
            [(p.id, archived_name(p.label, p.archived)) for p in pairs],
            self.tr("Group's default: %1").replace("%1", default_pair.label)
            if default_pair
            else self.tr("Group's default (none)"),
        )

        form = QFormLayout(box)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&First day:"), self.first_day)
        form.addRow(self.tr("&Last day:"), self.last_day)
        modes = QHBoxLayout()
        modes.addWidget(self.weekly)
        modes.addWidget(self.monthly)
        modes.addWidget(self.on_dates)
        modes.addStretch(1)
        form.addRow(self.tr("Repeats:"), modes)
        form.addRow(self.pages)
        form.addRow(buddy_label(self.tr("Lea&ve out:"), self.skip_day), self._build_skipping(box))
        form.addRow(self.tr("&Place:"), self.place)
        form.addRow(self.tr("Lea&ders:"), self.leaders)
        form.addRow(self.tr("&Other leaders:"), self._build_other_leaders(box))
        self.left_out = QLabel(
            self.tr("Not copied, as archived: %1").replace("%1", ", ".join(self._left_out)),
            box,
        )
        self.left_out.setWordWrap(True)
        self.left_out.setVisible(bool(self._left_out))
        form.addRow(self.left_out)
        return box

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the date or the reason to leave out adds it, as the person means,
        # rather than saving the season without it (the dialog's default button).
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.focusWidget() in (self.skip_day, self.skip_reason):
            self.skip_chosen_day()
            return
        super().keyPressEvent(event)

    def _mode_toggled(self, page: int, on: bool) -> None:
        if on:
            self.pages.setCurrentIndex(page)

    def _build_skipping(self, parent: QWidget) -> QWidget:
        """One date of the season left out, with the reason the families are told."""
        area = QWidget(parent)
        self.skip_reason = QLineEdit(area)
        self.skip_reason.setAccessibleName(self.tr("Reason"))
        self.skip_reason.setPlaceholderText(self.tr("reason, e.g. työpari koulutuksessa"))
        self.skip_button = QPushButton(self.tr("Skip the da&y"), area)
        self.skip_button.clicked.connect(self.skip_chosen_day)
        self.skipped_list = QListWidget(area)
        self.skipped_list.setAccessibleName(self.tr("Dates left out"))
        self.skipped_list.setMaximumHeight(4 * self.skipped_list.fontMetrics().height() + 12)
        self.unskip_button = QPushButton(self.tr("&Undo skipping"), area)
        self.unskip_button.clicked.connect(self.unskip_days)
        adding = QHBoxLayout()
        adding.addWidget(self.skip_day)
        adding.addWidget(self.skip_reason, 1)
        adding.addWidget(self.skip_button)
        listed = QHBoxLayout()
        listed.addWidget(self.skipped_list, 1)
        listed.addWidget(self.unskip_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(area)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(adding)
        layout.addLayout(listed)
        return area

    def _build_other_leaders(self, parent: QWidget) -> CheckList:
        """The workers who lead beside the pair, e.g. a volunteer peer leader."""
        self.other_leaders = CheckList(parent)
        self.other_leaders.setToolTip(
            self.tr("Workers who lead every session of the season besides the pair above.")
        )
        self.other_leaders.set_choices(by_name(self._choices.workers), rows=5)
        return self.other_leaders

    def _build_weekly_page(self) -> QWidget:
        page = QWidget(self)
        self.interval = QSpinBox(page)
        self.interval.setRange(1, MAX_INTERVAL_WEEKS)
        self.interval.setPrefix(self.tr("every "))
        self.interval.setSuffix(self.tr(" week(s)"))
        # One week is "joka viikko", never "joka 1. viikko".
        self.interval.setSpecialValueText(self.tr("every week"))
        self.weekday_rows = [WeekdayRow(weekday, page) for weekday in range(7)]
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        interval_label = QLabel(self.tr("&Interval:"), page)
        interval_label.setBuddy(self.interval)
        grid.addWidget(interval_label, 0, 0)
        grid.addWidget(self.interval, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Starts"), page), 1, 1)
        grid.addWidget(QLabel(self.tr("Ends"), page), 1, 3)
        for row, weekday_row in enumerate(self.weekday_rows, start=2):
            grid.addWidget(weekday_row.check, row, 0)
            grid.addWidget(weekday_row.start, row, 1)
            grid.addWidget(QLabel("–", page), row, 2)
            grid.addWidget(weekday_row.end, row, 3)
        grid.setColumnStretch(4, 1)
        grid.setRowStretch(len(self.weekday_rows) + 2, 1)
        return page

    def _build_monthly_page(self) -> QWidget:
        page = QWidget(self)
        self.ordinal = QComboBox(page)
        for ordinal in MONTHLY_ORDINALS:
            self.ordinal.addItem(ordinal_name(ordinal), ordinal)
        self.month_weekday = QComboBox(page)
        self.month_weekday.setAccessibleName(self.tr("Weekday"))
        for weekday in range(7):
            # The name said on its own ("lauantai"), not as in a date ("lauantaina").
            name = QLocale().standaloneDayName(weekday + 1, QLocale.FormatType.LongFormat)
            self.month_weekday.addItem(name, weekday)
        self.month_weekday.setCurrentIndex(5)  # a Saturday, as family cafés often meet
        self.monthly_start = TimeField(DEFAULT_START, page)
        self.monthly_end = TimeField(DEFAULT_END, page)
        # The rule as the season list and the programme will say it.
        self.monthly_words = QLabel(page)
        days = QHBoxLayout()
        days.addWidget(self.ordinal)
        days.addWidget(self.month_weekday)
        days.addStretch(1)
        times = QHBoxLayout()
        times.addWidget(self.monthly_start)
        times.addWidget(QLabel("–", page))
        times.addWidget(self.monthly_end)
        times.addStretch(1)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(buddy_label(self.tr("Wee&kday:"), self.ordinal), days)
        form.addRow(buddy_label(self.tr("Ti&me:"), self.monthly_start), times)
        form.addRow(self.monthly_words)
        return page

    def _monthly_rule(self) -> MonthlyRule:
        return MonthlyRule(
            self.ordinal.currentData(),
            self.month_weekday.currentData(),
            self.monthly_start.moment(),
            self.monthly_end.moment(),
        )

    def _show_monthly_words(self) -> None:
        words = monthly_rule_words(self.ordinal.currentData(), self.month_weekday.currentData())
        self.monthly_words.setText(words[:1].upper() + words[1:])

    def _build_dates_page(self) -> QWidget:
        page = QWidget(self)
        self.date_to_add = DateField(self._context.today(), page)
        self.add_date_button = QPushButton(self.tr("&Add date"), page)
        self.add_date_button.clicked.connect(self.add_chosen_date)
        self.dates_list = QListWidget(page)
        self.dates_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.remove_date_button = QPushButton(self.tr("&Remove date"), page)
        self.remove_date_button.clicked.connect(self.remove_chosen_dates)
        self.chosen_start = TimeField(DEFAULT_START, page)
        self.chosen_end = TimeField(DEFAULT_END, page)
        adding = QHBoxLayout()
        adding.addWidget(self.date_to_add, 1)
        adding.addWidget(self.add_date_button)
        removing = QHBoxLayout()
        removing.addStretch(1)
        removing.addWidget(self.remove_date_button)
        times = QHBoxLayout()
        times.addWidget(self.chosen_start)
        times.addWidget(QLabel("–", page))
        times.addWidget(self.chosen_end)
        times.addStretch(1)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(buddy_label(self.tr("Da&te:"), self.date_to_add), adding)
        form.addRow(self.dates_list)
        form.addRow(removing)
        form.addRow(buddy_label(self.tr("Ti&me:"), self.chosen_start), times)
        return page

    def _load(self, series: Series | None) -> None:
        today = self._context.today()
        self.first_day.set_day(series.first_day if series else today)
        self.last_day.set_day(series.last_day if series else today + DEFAULT_SEASON)
        self.date_to_add.set_day(series.first_day if series else today)
        self.skip_day.set_day(series.first_day if series else today)
        if series is None:
            self.weekly.setChecked(True)
            self._show_monthly_words()
            return
        self.name.setText(series.name)
        self.interval.setValue(series.interval_weeks)
        for slot in series.slots:
            self.weekday_rows[slot.weekday].set_slot(slot)
        self._chosen_dates = sorted(set(series.chosen_dates))
        self._show_chosen_dates()
        if series.chosen_start and series.chosen_end:
            self.chosen_start.set_moment(series.chosen_start)
            self.chosen_end.set_moment(series.chosen_end)
        if series.monthly is not None:
            rule = series.monthly
            self.ordinal.setCurrentIndex(self.ordinal.findData(rule.ordinal))
            self.month_weekday.setCurrentIndex(rule.weekday)
            self.monthly_start.set_moment(rule.start)
            self.monthly_end.set_moment(rule.end)
        self._show_monthly_words()
        self._skipped = sorted(series.skipped_dates, key=lambda s: s.day)
        self._show_skipped()
        mode = (
            self.on_dates
            if series.uses_chosen_dates
            else self.monthly
            if series.uses_monthly_rule
            else self.weekly
        )
        mode.setChecked(True)
        self.place.set_current_id(series.place_id)
        self._load_leaders(series.leader_ids)

    def _load_leaders(self, leader_ids: list[uuid.UUID]) -> None:
        if not leader_ids:
            return
        for key, ids in self._leader_sets.items():
            if set(ids) == set(leader_ids):
                self.leaders.set_current_id(key)
                return
        # A pair and others beside it: the pair in its place, the others ticked.
        for key, ids in self._leader_sets.items():
            if set(ids) < set(leader_ids):
                self.leaders.set_current_id(key)
                self.other_leaders.set_checked_ids([i for i in leader_ids if i not in ids])
                return
        # Leaders that are no pair (set elsewhere) stay as they are, under their names.
        key = uuid.uuid4()
        self._leader_sets[key] = list(leader_ids)
        names = self._choices.names
        self.leaders.add_choice(key, ", ".join(names.get(i, "?") for i in leader_ids))
        self.leaders.set_current_id(key)

    def _connect_changes(self) -> None:
        self.name.textChanged.connect(self.schedule_preview)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(self.schedule_preview)
        # A date or time typed wrong shows in the preview, and Save waits for it.
        for field in self._typed_fields():
            field.problem_changed.connect(self.schedule_preview)
        self._mode.idToggled.connect(self.schedule_preview)
        self.interval.valueChanged.connect(self.schedule_preview)
        for choice in (self.ordinal, self.month_weekday):
            choice.currentIndexChanged.connect(self.schedule_preview)
            choice.currentIndexChanged.connect(self._show_monthly_words)
        self.monthly_start.timeChanged.connect(self.schedule_preview)
        self.monthly_end.timeChanged.connect(self.schedule_preview)
        for row in self.weekday_rows:
            row.check.toggled.connect(self.schedule_preview)
            row.start.timeChanged.connect(self.schedule_preview)
            row.end.timeChanged.connect(self.schedule_preview)
        self.chosen_start.timeChanged.connect(self.schedule_preview)
        self.chosen_end.timeChanged.connect(self.schedule_preview)
        self.place.currentIndexChanged.connect(self.schedule_preview)
        self.leaders.currentIndexChanged.connect(self.schedule_preview)
        self.other_leaders.itemChanged.connect(self.schedule_preview)
        self.accept_conflicts.toggled.connect(self._update_save_button)

    def _typed_fields(self) -> list[DateField | TimeField]:
        times = [field for row in self.weekday_rows for field in (row.start, row.end)]
        return [
            self.first_day,
            self.last_day,
            *times,
            self.monthly_start,
            self.monthly_end,
            self.chosen_start,
            self.chosen_end,
        ]

    def skip_chosen_day(self) -> None:
        """Leave the date typed out of the season, with the reason typed beside it."""
        try:
            day = self.skip_day.day()
        except UserError as error:
            self.preview_error.show_error(error)
            return
        reason = self.skip_reason.text().strip()
        if not reason:
            self.preview_error.show_error(
                self.tr("Write the reason the families are told, e.g. työpari koulutuksessa.")
            )
            self.skip_reason.setFocus()
            return
        others = [s for s in self._skipped if s.day != day]
        self._skipped = sorted([*others, SkippedDate(day, reason)], key=lambda s: s.day)
        self._show_skipped()
        self.skip_reason.clear()
        self.schedule_preview()

    def unskip_days(self) -> None:
        chosen = {self.skipped_list.row(item) for item in self.skipped_list.selectedItems()}
        if not chosen and self.skipped_list.currentRow() >= 0:
            chosen = {self.skipped_list.currentRow()}
        self._skipped = [s for i, s in enumerate(self._skipped) if i not in chosen]
        self._show_skipped()
        self.schedule_preview()

    def _show_skipped(self) -> None:
        self.skipped_list.clear()
        for skipped in self._skipped:
            QListWidgetItem(f"{dated(skipped.day)} – {skipped.reason}", self.skipped_list)
        self.unskip_button.setEnabled(bool(self._skipped))

    def add_chosen_date(self) -> None:
        try:
            day = self.date_to_add.day()
        except UserError as error:
            self.preview_error.show_error(error)
            return
        if day not in self._chosen_dates:
            self._chosen_dates = sorted([*self._chosen_dates, day])
            self._show_chosen_dates()
            self.schedule_preview()
        self.date_to_add.set_day(day + timedelta(weeks=1))

    def remove_chosen_dates(self) -> None:
        chosen = {self.dates_list.row(item) for item in self.dates_list.selectedItems()}
        if not chosen and self.dates_list.currentRow() >= 0:
            chosen = {self.dates_list.currentRow()}
        self._chosen_dates = [d for i, d in enumerate(self._chosen_dates) if i not in chosen]
        self._show_chosen_dates()
        self.schedule_preview()

    def _show_chosen_dates(self) -> None:
        self.dates_list.clear()
        for day in self._chosen_dates:
            QListWidgetItem(dated(day), self.dates_list)

    def series(self) -> Series:
        """The season as the form now describes it."""
        weekly, monthly = self.weekly.isChecked(), self.monthly.isChecked()
        on_dates = not (weekly or monthly)
        return Series(
            id=self._series_id,
            group_id=self._group_id,
            name=self.name.text(),
            first_day=self.first_day.day(),
            last_day=self.last_day.day(),
            slots=[s for row in self.weekday_rows if (s := row.slot())] if weekly else [],
            interval_weeks=self.interval.value(),
            chosen_dates=list(self._chosen_dates) if on_dates else [],
            chosen_start=self.chosen_start.moment() if on_dates else None,
            chosen_end=self.chosen_end.moment() if on_dates else None,
            monthly=self._monthly_rule() if monthly else None,
            skipped_dates=list(self._skipped),
            place_id=self.place.current_id(),
            leader_ids=self._leader_ids(),
        )

    def _leader_ids(self) -> list[uuid.UUID]:
        """The pair (or the group's default pair) and the other leaders ticked; empty
        when only the group's default leads, so the season follows it if it changes."""
        key = self.leaders.current_id()
        others = self.other_leaders.checked_ids()
        if key is None and not others:
            return []
        pair = self._leader_sets.get(key, []) if key else self._default_leaders
        return list(dict.fromkeys([*pair, *others]))

    def form_state(self) -> object:
        return self.series()

    # The preview -------------------------------------------------------------

    def _build_preview(self) -> QWidget:
        box = QGroupBox(self.tr("Preview"), self)
        self.preview_error = ErrorLabel(box)
        self.summary = QLabel(box)
        self.summary.setWordWrap(True)
        self.dates_view = self._table(self.dates_model, box)
        self.skipped_view = self._table(self.skipped_model, box)
        self.conflicts_view = self._table(self.conflicts_model, box)
        self.conflicts_heading = QLabel(box)
        self.conflicts_heading.setWordWrap(True)
        self.accept_conflicts = QCheckBox(self.tr("Save despite the &conflicts"), box)
        layout = QVBoxLayout(box)
        layout.addWidget(self.preview_error)
        layout.addWidget(self.summary)
        layout.addWidget(QLabel(self.tr("Dates"), box))
        layout.addWidget(self.dates_view, 3)
        layout.addWidget(QLabel(self.tr("Skipped days"), box))
        layout.addWidget(self.skipped_view, 2)
        layout.addWidget(self.conflicts_heading)
        layout.addWidget(self.conflicts_view, 2)
        layout.addWidget(self.accept_conflicts)
        return box

    @staticmethod
    def _table(model: QAbstractItemModel, parent: QWidget) -> QTableView:
        view = QTableView(parent)
        # Tab leaves the table for the next control rather than walking its cells, so
        # the keyboard reaches "Save despite the conflicts" past the preview's lists.
        view.setTabKeyNavigation(False)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.horizontalHeader().setStretchLastSection(True)
        view.setAlternatingRowColors(True)
        view.setWordWrap(False)
        return view

    def schedule_preview(self) -> None:
        """Refresh the preview once the person pauses, not on every keystroke."""
        self._timer.start()

    def refresh_preview(self) -> None:
        self._timer.stop()
        try:
            series = self.series()
            proposal = self._context.read(
                lambda uow: preview_series(uow, series, self._context.holidays)
            )
        except UserError as error:
            self._valid = False
            self.preview_error.show_error(error)
            self._show(None)
        else:
            self._valid = True
            self.preview_error.clear_error()
            self._show(proposal)
        self._update_save_button()
        self.preview_updated.emit()

    def _show(self, proposal: SeriesProposal | None) -> None:
        self._skip_outcomes = self._outcomes_of(proposal) if proposal else {}
        self.dates_model.set_records(proposal.plan.occurrences if proposal else [])
        self.skipped_model.set_records(proposal.plan.skipped if proposal else [])
        lines = self._conflict_lines_of(proposal) if proposal else []
        if lines != self._conflict_lines:
            # An acceptance covers the conflicts the person saw, not new ones.
            self.accept_conflicts.setChecked(False)
        self._conflict_lines = lines
        self.conflicts_model.set_records(lines)
        for view in (self.dates_view, self.skipped_view, self.conflicts_view):
            view.resizeColumnsToContents()
        self.conflicts_view.setVisible(bool(lines))
        self.accept_conflicts.setVisible(bool(lines))
        self.conflicts_heading.setText(
            self.tr("Conflicts: %n", "", len(lines)) if lines else self.tr("No conflicts.")
        )
        if proposal is None:
            self.summary.clear()
            return
        changes = proposal.changes
        self.summary.setText(
            self.tr("Sessions to create: %1, to update: %2, to remove: %3, to keep: %4")
            .replace("%1", str(len(changes.created)))
            .replace("%2", str(len(changes.updated)))
            .replace("%3", str(len(changes.removed)))
            .replace("%4", str(len(changes.kept)))
            + (
                self.tr(", to cancel: %1").replace("%1", str(len(changes.cancelled)))
                if changes.cancelled
                else ""
            )
            + (
                self.tr(", to plan again: %1").replace("%1", str(len(changes.restored)))
                if changes.restored
                else ""
            )
        )

    def _outcomes_of(self, proposal: SeriesProposal) -> dict[date, str]:
        """A session planned before on a date now left out: cancelled with the reason,
        or, held, recorded or edited by hand, left as it is and said so."""
        chosen = {s.day for s in proposal.plan.skipped if s.kind is SkipKind.CHOSEN}
        outcomes: dict[date, str] = {}
        for session in proposal.changes.cancelled:
            outcomes[session.occurrence_day or session.day] = self.tr("is cancelled")
        for session in proposal.changes.kept:
            day = session.occurrence_day or session.day
            if day not in chosen:
                continue
            if session.status is SessionStatus.CANCELLED:
                outcomes[day] = self.tr("cancelled already")
            elif session.status is SessionStatus.HELD:
                outcomes[day] = self.tr("held: left as it is")
            elif session.edited_individually:
                outcomes[day] = self.tr("edited by hand: left as it is")
            else:
                outcomes[day] = self.tr("recorded: left as it is")
        return outcomes

    def _conflict_lines_of(self, proposal: SeriesProposal) -> list[ConflictLine]:
        own = {s.id for s in proposal.changes.sessions_after}
        names = self._choices.names
        return [_conflict_line(c, own, names) for c in proposal.conflicts]

    def _update_save_button(self) -> None:
        blocked = bool(self._conflict_lines) and not self.accept_conflicts.isChecked()
        self.save_button.setEnabled(self._valid and not blocked)

    # Saving ------------------------------------------------------------------

    def save(self) -> None:
        if self._timer.isActive():
            self.refresh_preview()
        if not self.save_button.isEnabled():
            return
        accept = self.accept_conflicts.isChecked()
        try:
            series = self.series()
            self._context.write(
                lambda uow: save_series(
                    uow, series, self._context.holidays, accept_conflicts=accept
                ),
                Changes.SESSIONS,
                self,
            )
        except UserError as error:
            self.preview_error.show_error(error)
            return
        self.saved.emit()
        self.accept()


def _conflict_line(
    conflict: Conflict, own: set[uuid.UUID], names: dict[uuid.UUID, str]
) -> ConflictLine:
    mine, other = conflict.first, conflict.second
    if mine.id not in own and other.id in own:
        mine, other = other, mine
    resource = f"{names.get(conflict.resource_id, '?')} ({label(conflict.kind)})"
    return ConflictLine(resource, names.get(other.group_id, "?"), other, mine)


def _read_choices(
    uow: UnitOfWork, group_id: uuid.UUID, series: Series | None
) -> tuple[Group, Choices, list[PairView]]:
    """The group, and what its season may choose from: archived places, workers and
    pairs only where the season or the group has them already."""
    group = get_group(uow, group_id)
    keep = [group.default_place_id, group.default_pair_id]
    if series is not None:
        keep += [series.place_id, *series.leader_ids]
    pairs = [p for p in list_pairs(uow, include_archived=True) if not p.archived or p.id in keep]
    return group, load_choices(uow, keep), pairs


def by_name(choices: list[Choice]) -> list[tuple[uuid.UUID, str]]:
    """Choices for a combo box, in alphabetical order; an archived one says so."""
    return sorted(
        ((c.id, archived_name(c.name, c.archived)) for c in choices),
        key=lambda c: c[1].casefold(),
    )
