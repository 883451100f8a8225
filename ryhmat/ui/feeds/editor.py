"""The editor of a calendar feed: what it carries, for how long, and where it goes."""

from __future__ import annotations

import uuid
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ryhmat.domain.feeds import Feed, FeedKind
from ryhmat.domain.server_address import shown_address
from ryhmat.domain.usecases.choices import Choice, Choices, load_choices
from ryhmat.domain.usecases.feeds import MAX_REFRESH_MINUTES, MAX_WINDOW_DAYS
from ryhmat.domain.usecases.publishing import save_feed_settings
from ryhmat.labels import label
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext
from ryhmat.ui.formatting import archived_name
from ryhmat.ui.groups.widgets import IdComboBox
from ryhmat.ui.messages import error_text, show_error
from ryhmat.ui.people.widgets import EditorDialog, fill_combo, select_data

DAYS_PER_MONTH = 30.5
MINUTES_PER_HOUR = 60
DEFAULT_MONTHS_BACK = 3
DEFAULT_MONTHS_AHEAD = 12
DEFAULT_REFRESH_HOURS = 1


def months_to_days(months: int) -> int:
    return round(months * DAYS_PER_MONTH)


def days_to_months(days: int) -> int:
    return round(days / DAYS_PER_MONTH)


class FeedEditor(EditorDialog):
    """A feed's name, contents, time window and destinations; saves through save_feed.

    The CalDAV password goes to the operating system's password store, never to
    the database, and is never shown again.
    """

    def __init__(
        self, context: AppContext, feed: Feed | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.setWindowTitle(self.tr("Edit calendar feed") if feed else self.tr("New calendar feed"))
        self._feed = feed or Feed(
            name="",
            kind=FeedKind.ORGANISATION,
            days_back=months_to_days(DEFAULT_MONTHS_BACK),
            days_ahead=months_to_days(DEFAULT_MONTHS_AHEAD),
            refresh_minutes=DEFAULT_REFRESH_HOURS * MINUTES_PER_HOUR,
        )
        # A feed of an archived group, worker or organisation keeps showing it.
        target = feed.target_id if feed else None
        self._choices: Choices = context.read(lambda uow: load_choices(uow, [target]))
        self._automatic_name = ""
        self.folder_dialog: QFileDialog | None = None

        self.name = QLineEdit(self)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.body.insertWidget(1, self._contents_box())
        self.body.insertWidget(2, self._folder_box())
        self.body.insertWidget(3, self._server_box())
        self.setMinimumWidth(520)

        self._show(self._feed)
        self.name.setFocus()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.target.currentIndexChanged.connect(self._target_changed)

    # -- building ---------------------------------------------------------------------

    def _contents_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What it contains"), self)
        self.kind = QComboBox(box)
        fill_combo(self.kind, ((label(kind), kind) for kind in FeedKind))
        self.target = IdComboBox(box)
        self.target_label = QLabel(box)
        self.target_label.setBuddy(self.target)
        max_months = days_to_months(MAX_WINDOW_DAYS)
        self.months_back = QSpinBox(box)
        self.months_back.setRange(0, max_months)
        self.months_ahead = QSpinBox(box)
        self.months_ahead.setRange(0, max_months)
        self.show_leaders = QCheckBox(self.tr("Show the &leaders' names and titles"), box)
        self.contents_form = QFormLayout(box)
        self.contents_form.addRow(self.tr("&Contains:"), self.kind)
        self.contents_form.addRow(self.target_label, self.target)
        self.contents_form.addRow(self.tr("Months &back:"), self.months_back)
        self.contents_form.addRow(self.tr("Months &ahead:"), self.months_ahead)
        self.contents_form.addRow(self.show_leaders)
        return box

    def _folder_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Publishing"), self)
        self.folder = QLineEdit(box)
        self.folder.setPlaceholderText(self.tr("A folder that a web server publishes"))
        self.choose_folder = QPushButton(self.tr("C&hoose…"), box)
        self.choose_folder.setAutoDefault(False)
        self.choose_folder.clicked.connect(self.ask_folder)
        row = QWidget(box)
        row.setFocusProxy(self.folder)  # so that the label's mnemonic reaches the text
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.folder, 1)
        row_layout.addWidget(self.choose_folder)
        self.refresh_hours = QSpinBox(box)
        self.refresh_hours.setRange(1, MAX_REFRESH_MINUTES // MINUTES_PER_HOUR)
        self.refresh_hours.setSuffix(self.tr(" h"))
        self.refresh_hours.setToolTip(
            self.tr("How often the partners' calendars should fetch the feed again.")
        )
        form = QFormLayout(box)
        form.addRow(self.tr("&Folder:"), row)
        form.addRow(self.tr("&Refresh every:"), self.refresh_hours)
        return box

    def _server_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Calendar server (CalDAV), optional"), self)
        self.server_url = QLineEdit(box)
        self.server_url.setPlaceholderText("https://")
        self.server_user = QLineEdit(box)
        self.server_calendar = QLineEdit(box)
        self.server_calendar.setPlaceholderText(self.tr("The feed's name"))
        self.password = QLineEdit(box)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(
            self.tr(
                "The password is kept in this computer's password store, never in the database."
            ),
            box,
        )
        hint.setWordWrap(True)
        form = QFormLayout(box)
        form.addRow(self.tr("Ser&ver address:"), self.server_url)
        form.addRow(self.tr("&User name:"), self.server_user)
        form.addRow(self.tr("Calendar na&me:"), self.server_calendar)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(hint)
        return box

    # -- showing ----------------------------------------------------------------------

    def _show(self, feed: Feed) -> None:
        self.name.setText(feed.name)
        select_data(self.kind, feed.kind)
        self._fill_targets(feed.kind)
        self.target.set_current_id(feed.target_id)
        self.months_back.setValue(days_to_months(feed.days_back))
        self.months_ahead.setValue(days_to_months(feed.days_ahead))
        self.show_leaders.setChecked(feed.show_leaders)
        self.refresh_hours.setValue(round(feed.refresh_minutes / MINUTES_PER_HOUR))
        self.folder.setText(feed.folder)
        # An address saved with a password in it (before that was refused) shows, and
        # is saved again, without it.
        self.server_url.setText(shown_address(feed.caldav_url))
        self.server_user.setText(feed.caldav_username)
        self.server_calendar.setText(feed.caldav_calendar)
        if feed.caldav_url:
            self.password.setPlaceholderText(self.tr("Leave empty to keep the stored password"))
        self._shown_numbers = self._numbers()

    def _numbers(self) -> tuple[int, int, int]:
        return self.months_back.value(), self.months_ahead.value(), self.refresh_hours.value()

    def current_kind(self) -> FeedKind:
        return FeedKind(self.kind.currentData())

    def _targets(self, kind: FeedKind) -> tuple[str, list[Choice]]:
        if kind is FeedKind.ORGANISATION:
            return self.tr("&Organisation:"), self._choices.organisations
        if kind is FeedKind.GROUP:
            return self.tr("&Group:"), self._choices.groups
        return self.tr("&Worker:"), self._choices.workers

    def _fill_targets(self, kind: FeedKind) -> None:
        public = kind is FeedKind.PUBLIC
        self.contents_form.setRowVisible(self.target, not public)
        self.target.blockSignals(True)  # the name follows the kind here, not the clearing
        self.target.clear()
        if not public:
            text, choices = self._targets(kind)
            self.target_label.setText(text)
            self.target.set_choices(
                sorted(
                    ((c.id, archived_name(c.name, c.archived)) for c in choices),
                    key=lambda c: c[1].casefold(),
                ),
                none_text=self.tr("Choose…"),
            )
        self.target.blockSignals(False)

    def _kind_changed(self) -> None:
        kind = self.current_kind()
        self._fill_targets(kind)
        self._name_after(label(kind) if kind is FeedKind.PUBLIC else "")

    def _target_changed(self) -> None:
        self._name_after(self.target.currentText() if self.target.current_id() else "")

    def _name_after(self, suggestion: str) -> None:
        """Name the feed after what it carries, until the person names it."""
        if self.name.text() in ("", self._automatic_name):
            self.name.setText(suggestion)
            self._automatic_name = suggestion

    def ask_folder(self) -> None:
        dialog = QFileDialog(self, self.tr("Folder of the published feed"), self.folder.text())
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(self.folder.setText)
        dialog.destroyed.connect(self._folder_dialog_gone)
        self.folder_dialog = dialog
        dialog.open()

    def _folder_dialog_gone(self) -> None:
        self.folder_dialog = None

    # -- saving -----------------------------------------------------------------------

    def _edited(self) -> Feed:
        """The feed as the form shows it; numbers left as shown keep their exact value."""
        original = self._feed
        back, ahead, hours = self._numbers()
        shown_back, shown_ahead, shown_hours = self._shown_numbers
        kind = self.current_kind()
        return replace(
            original,
            name=self.name.text(),
            kind=kind,
            target_id=None if kind is FeedKind.PUBLIC else self.target.current_id(),
            days_back=original.days_back if back == shown_back else months_to_days(back),
            days_ahead=original.days_ahead if ahead == shown_ahead else months_to_days(ahead),
            show_leaders=self.show_leaders.isChecked(),
            refresh_minutes=original.refresh_minutes
            if hours == shown_hours
            else hours * MINUTES_PER_HOUR,
            folder=self.folder.text(),
            caldav_url=self.server_url.text(),
            caldav_username=self.server_user.text(),
            caldav_calendar=self.server_calendar.text(),
        )

    def form_state(self) -> object:
        return self._edited(), self.password.text()

    def problem(self) -> str | None:
        if self.password.text() and not self.server_url.text().strip():
            return self.tr("Enter the calendar server's address that the password is for.")
        return None

    def write(self) -> uuid.UUID:
        feed, before, password = self._edited(), self._feed, self.password.text()
        left_behind = self.context.perform(
            lambda services: save_feed_settings(
                services.unit_of_work, services.adapters.feeds, before, feed, password
            ),
            Changes.FEEDS,
            self,
        )
        self.password.clear()
        if left_behind is not None:
            # The feed is saved; a file left at its old address is said, not hidden.
            show_error(self.parentWidget(), error_text(left_behind))
        return feed.id
