"""The Calendar feeds page: the feeds, their addresses, and publishing them."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Sequence
from typing import TypeVar, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ryhmat.domain.errors import UserError
from ryhmat.domain.ports import PublishCounts
from ryhmat.domain.server_address import shown_address
from ryhmat.domain.usecases.feeds import FeedView, get_feed, list_feeds
from ryhmat.domain.usecases.publishing import FeedResult, FeedTarget, publish_each
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext, Services
from ryhmat.ui.feeds.editor import FeedEditor
from ryhmat.ui.feeds.texts import contents, destinations, file_path, last_published
from ryhmat.ui.messages import ErrorLabel, ask, error_text
from ryhmat.ui.operations import Operation
from ryhmat.ui.people.widgets import ConfirmButton
from ryhmat.ui.records import RECORD_ROLE, Column, RecordListView

MAX_COLUMN_WIDTH = 320
T = TypeVar("T")


def _fill(text: str, *values: str) -> str:
    """Qt's %1, %2… in one pass, so that a name holding "%2" stays as it is."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], text)


def _published_order(view: FeedView) -> float:
    moment = view.feed.last_published_at
    return moment.timestamp() if moment is not None else 0.0


class FeedsPage(QWidget):
    """Every feed in a list; publish one or all in the background, or give one a new
    secret address. The chosen feed's addresses can be copied for a partner."""

    published = Signal()  # a background publish or new address finished, well or not

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor: FeedEditor | None = None
        self.task: Operation[object] | None = None  # the publishing or deleting under way

        self.list = RecordListView[FeedView](
            [
                Column[FeedView](self.tr("Name"), lambda v: v.feed.name),
                Column[FeedView](self.tr("Contents"), contents),
                Column[FeedView](
                    self.tr("Last published"),
                    lambda v: last_published(v.feed),
                    sort_key=_published_order,
                ),
                # Last: the paths are long, and the copyable field below shows them whole.
                Column[FeedView](self.tr("Published to"), destinations),
            ],
            self,
        )
        self.list.add_button.setText(self.tr("&New feed…"))
        self.list.edit_button.setText(self.tr("E&dit feed…"))
        self.list.add_requested.connect(lambda: self.edit(None))
        self.list.edit_requested.connect(self.edit)
        self.delete_button = QPushButton(self.tr("De&lete…"), self)
        self.delete_button.clicked.connect(self.delete)
        self.list.buttons.addWidget(self.delete_button)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self.delete)
        self.question: QMessageBox | None = None
        self.list.table.setWordWrap(False)  # one line a feed; the field below shows all
        self.list.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())

        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(self._publish_row())
        layout.addLayout(self._address_form())
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = ErrorLabel(self)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        self.setFocusProxy(self.list)

        # A feed's contents name its group, worker or organisation.
        context.when_changed(self, Changes.FEEDS | Changes.GROUPS | Changes.WORKERS, self.refresh)
        self.refresh()

    # -- building ---------------------------------------------------------------------

    def _publish_row(self) -> QHBoxLayout:
        self.publish_button = QPushButton(self.tr("&Publish"), self)
        self.publish_button.setToolTip(self.tr("Publish the chosen feed now."))
        self.publish_button.clicked.connect(self.publish)
        self.publish_all_button = QPushButton(self.tr("Publish &all"), self)
        self.publish_all_button.clicked.connect(self.publish_all)
        self.rotate_button = ConfirmButton(
            self.tr("New &secret address"),
            self.tr("Click again: the old address &stops working"),
            self,
        )
        self.rotate_button.setToolTip(
            self.tr(
                "Gives the chosen feed a new secret file name and publishes it there. "
                "The old address stops working: every partner needs the new one."
            )
        )
        self.rotate_button.confirmed.connect(self.rotate)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: how long a server takes is not known
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        row = QHBoxLayout()
        row.addWidget(self.publish_button)
        row.addWidget(self.publish_all_button)
        row.addWidget(self.rotate_button)
        row.addWidget(self.progress)
        row.addStretch(1)
        return row

    def _address_form(self) -> QFormLayout:
        self.file_address = QLineEdit(self)
        self.file_address.setReadOnly(True)
        self.file_address.setPlaceholderText(self.tr("Not published to a folder"))
        self.server_address = QLineEdit(self)
        self.server_address.setReadOnly(True)
        self.server_address.setPlaceholderText(self.tr("Not published to a calendar server"))
        form = QFormLayout()
        form.addRow(self.tr("Pu&blished file:"), self.file_address)
        form.addRow(self.tr("Calendar server add&ress:"), self.server_address)
        return form

    # -- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.list.current_record()
        self.list.set_records(self.context.read(list_feeds))
        header = self.list.table.horizontalHeader()
        for column in range(header.count() - 1):
            header.resizeSection(column, min(header.sectionSize(column), MAX_COLUMN_WIDTH))
        if current is not None:
            self.select(current.feed.id)
        self._show_current()

    def select(self, feed_id: uuid.UUID) -> None:
        proxy = self.list.proxy
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            if proxy.data(index, RECORD_ROLE).feed.id == feed_id:
                self.list.table.setCurrentIndex(index)
                return

    def _show_current(self) -> None:
        view = self.list.current_record()
        self.file_address.setText(file_path(view) if view else "")
        self.server_address.setText(shown_address(view.feed.caldav_url) if view else "")
        self.rotate_button.disarm()
        self._enable()

    def _enable(self) -> None:
        idle = self.task is None
        chosen = self.list.current_record() is not None
        self.publish_button.setEnabled(idle and chosen)
        self.delete_button.setEnabled(idle and chosen)
        self.rotate_button.setEnabled(idle and chosen)
        self.publish_all_button.setEnabled(idle and self.list.model.rowCount() > 0)
        # An editor opened meanwhile would save back the token the run is replacing.
        self.list.add_button.setEnabled(idle)
        self.list.edit_button.setEnabled(idle)

    # -- editing ----------------------------------------------------------------------

    def edit(self, view: FeedView | None) -> None:
        if self.task is not None:
            return
        self.error.clear_error()
        try:
            feed = self.context.read(lambda uow: get_feed(uow, view.feed.id)) if view else None
        except UserError as error:  # deleted elsewhere meanwhile
            self.error.show_error(error)
            return
        if self.editor is not None:
            self.editor.deleteLater()
        self.editor = FeedEditor(self.context, feed, self)
        self.editor.saved.connect(self.select)
        self.editor.open()

    # -- deleting ---------------------------------------------------------------------

    def delete(self) -> None:
        """Ask, then delete the chosen feed and withdraw what it published."""
        view = self.list.current_record()
        if view is None or self.task is not None:
            return
        feed = FeedTarget(view.feed.id, view.feed.name)
        text = self.tr(
            "Delete the calendar feed “%1”? Its published file and its events on the calendar "
            "server are removed, so partners no longer see it. This cannot be undone."
        ).replace("%1", feed.name)
        self.question = ask(self, text, [(self.tr("Delete"), lambda: self._withdraw(feed))])

    def _withdraw(self, feed: FeedTarget) -> None:
        """Off the GUI thread: a calendar server may take a while, or not answer."""
        self.error.clear_error()
        self.status.setText(self.tr("Deleting “%1”…").replace("%1", feed.name))
        self._start(
            lambda services: services.adapters.feeds.withdraw(services.unit_of_work, feed.id),
            lambda _result: self._withdrawn(feed),
        )

    def _start(self, work: Callable[[Services], object], done: Callable[[object], None]) -> None:
        self.task = Operation(
            self,
            work,
            context=self.context,
            # Publishing notes its time (and a new address) in the database.
            changes=Changes.FEEDS,
            progress=self.progress,
            errors=self.error,
            on_success=lambda result: self._finish(done, result),
            on_failure=lambda error: self._finish(self._failed, error),
        )
        self.task.run_in_background()
        self._enable()

    def _withdrawn(self, feed: FeedTarget) -> None:
        self.status.setText(self.tr("“%1” is deleted.").replace("%1", feed.name))
        self.published.emit()

    # -- publishing -------------------------------------------------------------------

    def publish(self) -> None:
        self._run(self._chosen(), rotate=False)

    def publish_all(self) -> None:
        proxy = self.list.proxy  # in the order the list shows them
        views = [proxy.data(proxy.index(row, 0), RECORD_ROLE) for row in range(proxy.rowCount())]
        self._run([FeedTarget(v.feed.id, v.feed.name) for v in views])

    def rotate(self) -> None:
        self._run(self._chosen(), rotate=True)

    def _chosen(self) -> list[FeedTarget]:
        view = self.list.current_record()
        return [] if view is None else [FeedTarget(view.feed.id, view.feed.name)]

    def _run(self, feeds: Sequence[FeedTarget], rotate: bool = False) -> None:
        if not feeds or self.task is not None:
            return
        self.error.clear_error()
        self.status.setText(
            self.tr("Making a new secret address…") if rotate else self.tr("Publishing…")
        )
        now = self.context.now()
        self._start(
            lambda services: publish_each(
                services.unit_of_work, services.adapters.feeds, feeds, now, rotate
            ),
            lambda results: self._done(cast(list[FeedResult], results), rotate),
        )

    def _done(self, results: list[FeedResult], rotate: bool) -> None:
        self.status.setText("\n".join(self._success(r, rotate) for r in results if r.outcome))
        failures = [
            _fill(self.tr("“%1”: %2"), r.name, error_text(r.error)) for r in results if r.error
        ]
        if failures:
            self.error.show_error("\n".join(failures))
        self.published.emit()

    def _failed(self, _error: UserError | None) -> None:
        # The operation has shown the error (or the app's error handler has).
        self.status.clear()
        # Some feeds may have been published before the failure.
        self.refresh()
        self.published.emit()

    def _finish(self, then: Callable[[T], None], outcome: T) -> None:
        self.task = None
        self._enable()
        then(outcome)

    def _success(self, result: FeedResult, rotate: bool) -> str:
        outcome = result.outcome
        assert outcome is not None
        lines: list[str] = []
        if outcome.file is not None:
            text = (
                self.tr("“%1” has a new secret address: %2. The old address no longer works.")
                if rotate
                else self.tr("“%1” published to %2")
            )
            lines.append(_fill(text, result.name, str(outcome.file)))
        if outcome.server is not None:
            lines.append(
                _fill(
                    self.tr("“%1” on the calendar server: %2"),
                    result.name,
                    self._report(outcome.server),
                )
            )
        if not lines:  # a new secret for a feed published nowhere yet
            lines.append(_fill(self.tr("“%1” has a new secret address."), result.name))
        return "\n".join(lines)

    def _report(self, report: PublishCounts) -> str:
        return ", ".join(
            (
                self.tr("%n new", "", report.created),
                self.tr("%n changed", "", report.updated),
                self.tr("%n removed", "", report.deleted),
            )
        )
