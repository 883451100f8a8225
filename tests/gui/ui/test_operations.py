"""The operation helper: the work off the GUI thread (or on it), progress, the widgets
disabled and given back, a person's mistake shown the standard way, an unexpected
error to the global handler, and the change announced with the view that started it."""

from __future__ import annotations

import gc
import sys
import threading
import weakref
from types import TracebackType

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QProgressBar, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from ryhmat.domain.errors import QT_TRANSLATE_NOOP, InvalidInput
from ryhmat.domain.ports import UnitOfWork
from ryhmat.domain.usecases.erasure import retention_years, set_retention_years
from ryhmat.ui.changes import Changes, ChangeSet
from ryhmat.ui.context import READ_ONLY, AppContext, ReadOnlyError, Services
from ryhmat.ui.messages import ErrorLabel
from ryhmat.ui.operations import Operation, in_unit_of_work
from tests.gui.person import answer, question

WAIT_MS = 10_000


class View(QWidget):
    """A view with what an operation is given: a button, a progress bar, an error line."""

    def __init__(self) -> None:
        super().__init__()
        self.button = QPushButton("Go", self)
        self.other = QPushButton("Stays off", self)
        self.other.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.hide()
        self.error = ErrorLabel(self)
        layout = QVBoxLayout(self)
        for widget in (self.button, self.other, self.progress, self.error):
            layout.addWidget(widget)


@pytest.fixture
def view(qtbot: QtBot) -> View:
    shown = View()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


@pytest.fixture
def announced(demo_context: AppContext) -> list[ChangeSet]:
    heard: list[ChangeSet] = []
    demo_context.data_changed.connect(heard.append)
    return heard


def test_work_runs_off_the_gui_thread_with_progress_and_its_change_is_announced(
    qtbot: QtBot, demo_context: AppContext, view: View, announced: list[ChangeSet]
) -> None:
    release = threading.Event()
    workers: list[threading.Thread] = []
    results: list[int] = []

    def work(services: Services) -> int:
        workers.append(threading.current_thread())
        services.report(1, 4)
        assert release.wait(WAIT_MS / 1000)
        return 42

    operation = Operation(
        view,
        work,
        context=demo_context,
        changes=Changes.FEEDS,
        busy=[view.button, view.other],
        progress=view.progress,
        errors=view.error,
        on_success=results.append,
    )
    with qtbot.waitSignal(operation.progress, timeout=WAIT_MS) as progress:
        operation.run_in_background()
    assert progress.args == [1, 4]
    assert (view.progress.value(), view.progress.maximum()) == (1, 4)
    assert view.progress.isVisible()
    assert not view.button.isEnabled()  # the view waits, not the GUI thread
    assert operation in Operation.under_way()

    with qtbot.waitSignal(operation.succeeded, timeout=WAIT_MS) as succeeded:
        release.set()
    assert succeeded.args == [42]
    assert results == [42]
    assert workers[0] is not threading.main_thread()
    assert view.button.isEnabled()
    assert not view.other.isEnabled()  # given back as it was
    assert not view.progress.isVisible()
    assert announced == [ChangeSet(Changes.FEEDS, view)]
    assert Operation.under_way() == []


def test_the_use_case_commits_through_a_unit_of_work(
    qtbot: QtBot, demo_context: AppContext, view: View, announced: list[ChangeSet]
) -> None:
    operation = Operation(
        view,
        in_unit_of_work(lambda uow: set_retention_years(uow, 4)),
        context=demo_context,
        changes=Changes.SETTINGS,
        origin="the settings",
    )
    with qtbot.waitSignal(operation.succeeded, timeout=WAIT_MS):
        operation.run_in_background()
    assert demo_context.read(retention_years) == 4
    assert announced == [ChangeSet(Changes.SETTINGS, "the settings")]


def test_a_quick_save_runs_on_the_gui_thread_before_run_now_returns(
    demo_context: AppContext, view: View, announced: list[ChangeSet]
) -> None:
    threads: list[threading.Thread] = []

    def work(services: Services) -> None:
        threads.append(threading.current_thread())
        with services.unit_of_work() as uow:
            set_retention_years(uow, 2)

    Operation(view, work, context=demo_context, changes=Changes.SETTINGS).run_now()
    assert threads == [threading.main_thread()]
    assert demo_context.read(retention_years) == 2
    assert announced == [ChangeSet(Changes.SETTINGS, view)]


def test_what_is_announced_can_follow_the_result(
    qtbot: QtBot, demo_context: AppContext, view: View, announced: list[ChangeSet]
) -> None:
    for erased in (0, 3):

        def erase(_services: Services, n: int = erased) -> int:
            return n

        operation = Operation(
            view,
            erase,
            context=demo_context,
            changes=lambda n: Changes.FAMILIES if n else Changes.NONE,
        )
        with qtbot.waitSignal(operation.succeeded, timeout=WAIT_MS):
            operation.run_in_background()
    assert announced == [ChangeSet(Changes.FAMILIES, view)]


def refused(_services: Services) -> None:
    raise InvalidInput(
        QT_TRANSLATE_NOOP("Errors", "The folder {path} cannot be created."), path="x"
    )


def test_a_persons_mistake_is_shown_in_the_views_error_line_and_announces_nothing(
    qtbot: QtBot, demo_context: AppContext, view: View, announced: list[ChangeSet]
) -> None:
    view.error.show_error("an old message")
    operation = Operation(
        view,
        refused,
        context=demo_context,
        changes=Changes.FEEDS,
        busy=[view.button],
        progress=view.progress,
        errors=view.error,
    )
    with qtbot.waitSignal(operation.failed, timeout=WAIT_MS) as failed:
        operation.run_in_background()
        assert not view.error.isVisible()  # the old message goes as the work starts
    assert isinstance(failed.args[0], InvalidInput)
    assert view.error.isVisible()
    assert view.error.text() == "The folder x cannot be created."
    assert view.button.isEnabled()
    assert not view.progress.isVisible()
    assert announced == []
    assert Operation.under_way() == []


def test_without_an_error_line_a_mistake_is_shown_in_a_message_over_the_view(
    qtbot: QtBot, demo_context: AppContext, view: View
) -> None:
    failures: list[object] = []
    operation = Operation(view, refused, context=demo_context, on_failure=failures.append)
    with qtbot.waitSignal(operation.failed, timeout=WAIT_MS):
        operation.run_in_background()
    box = question(qtbot)
    assert box.objectName() == "errorMessage"
    assert box.parentWidget() is view
    assert box.text() == "The folder x cannot be created."
    assert len(failures) == 1
    answer(qtbot, box, "OK")


def test_an_unexpected_error_goes_to_the_global_handler_not_to_the_person(
    qtbot: QtBot,
    demo_context: AppContext,
    view: View,
    announced: list[ChangeSet],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reported: list[type[BaseException]] = []

    def handler(kind: type[BaseException], _error: BaseException, _tb: TracebackType) -> None:
        reported.append(kind)

    monkeypatch.setattr(sys, "excepthook", handler)

    def broken(_services: Services) -> None:
        raise ZeroDivisionError

    operation = Operation(
        view, broken, context=demo_context, changes=Changes.FEEDS, busy=[view.button]
    )
    with qtbot.waitSignal(operation.failed, timeout=WAIT_MS) as failed:
        operation.run_in_background()
    assert failed.args == [None]
    assert reported == [ZeroDivisionError]
    assert view.findChildren(QMessageBox) == []
    assert not view.error.isVisible()
    assert view.button.isEnabled()
    assert announced == []


def test_an_operation_keeps_itself_alive_until_it_has_ended(
    qtbot: QtBot, demo_context: AppContext, view: View
) -> None:
    results: list[str] = []
    release = threading.Event()

    def work(_services: Services) -> str:
        assert release.wait(WAIT_MS / 1000)
        return "done"

    Operation(view, work, context=demo_context, on_success=results.append).run_in_background()
    gc.collect()  # the caller kept no reference
    release.set()
    qtbot.waitUntil(lambda: results == ["done"], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: Operation.under_way() == [], timeout=WAIT_MS)


def test_a_view_closed_meanwhile_is_not_called_back(
    qtbot: QtBot, demo_context: AppContext, announced: list[ChangeSet]
) -> None:
    closing = View()
    results: list[int] = []
    release = threading.Event()

    def work(_services: Services) -> int:
        assert release.wait(WAIT_MS / 1000)
        return 1

    operation = Operation(
        closing,
        work,
        context=demo_context,
        changes=Changes.FAMILIES,
        busy=[closing.button],
        on_success=results.append,
    ).run_in_background()
    closing.deleteLater()
    qtbot.waitUntil(lambda: not isValid(closing), timeout=WAIT_MS)
    with qtbot.waitSignal(operation.succeeded, timeout=WAIT_MS):
        release.set()
    assert results == []
    # The data did change: the other views hear of it.
    assert [change.kinds for change in announced] == [Changes.FAMILIES]


def test_the_worker_thread_lets_go_of_the_work_before_it_tells_how_it_ended(
    qtbot: QtBot, demo_context: AppContext
) -> None:
    """Else the pool's thread may hold the last reference to a view the work reaches,
    and deleting a QObject there crashes the app (seen as a segfault in a later test)."""
    from ryhmat.ui.operations import _Job, _Signals

    class Reached(QObject):
        """Stands for a view the work's closure reaches."""

    reached = Reached()
    alive_when_told: list[bool] = []
    signals = _Signals()

    def work(_services: Services, view: QObject = reached) -> int:
        return 1

    watched = weakref.ref(work)
    job = _Job(work, demo_context, signals)
    signals.finished.connect(
        lambda _result: alive_when_told.append(watched() is not None),
        Qt.ConnectionType.DirectConnection,
    )
    del work, reached
    thread = threading.Thread(target=job)
    thread.start()
    thread.join(WAIT_MS / 1000)

    assert alive_when_told == [False]


@pytest.fixture
def read_only_context(demo_context: AppContext) -> AppContext:
    """The demo database as a window shows it that another window writes."""
    demo_context.read_only = True
    return demo_context


def test_a_read_only_context_refuses_a_save_before_it_runs(
    read_only_context: AppContext, announced: list[ChangeSet]
) -> None:
    ran: list[str] = []

    def save(uow: UnitOfWork) -> None:
        ran.append("write")
        set_retention_years(uow, 2)

    def several_steps(_services: Services) -> None:
        ran.append("perform")

    with pytest.raises(ReadOnlyError):
        read_only_context.write(save, Changes.SETTINGS)
    with pytest.raises(ReadOnlyError):
        read_only_context.perform(several_steps, Changes.SETTINGS)
    assert ran == []
    assert announced == []
    assert read_only_context.read(retention_years) is None


def test_a_read_only_context_refuses_an_operation_that_saves_in_its_error_line(
    qtbot: QtBot, read_only_context: AppContext, view: View, announced: list[ChangeSet]
) -> None:
    ran: list[str] = []
    operation = Operation(
        view,
        lambda _services: ran.append("saved"),
        context=read_only_context,
        changes=lambda _result: Changes.FEEDS,
        busy=[view.button],
        errors=view.error,
    )
    with qtbot.waitSignal(operation.failed, timeout=WAIT_MS) as failed:
        operation.run_in_background()
    assert isinstance(failed.args[0], ReadOnlyError)
    assert view.error.text() == READ_ONLY
    assert view.button.isEnabled()
    assert ran == []
    assert announced == []
    assert Operation.under_way() == []

    now = Operation(
        view,
        in_unit_of_work(lambda uow: set_retention_years(uow, 3)),
        context=read_only_context,
        changes=Changes.SETTINGS,
        errors=view.error,
    )
    with qtbot.waitSignal(now.failed, timeout=WAIT_MS):
        now.run_now()
    assert read_only_context.read(retention_years) is None


def test_a_read_only_context_runs_an_operation_that_only_reads(
    qtbot: QtBot, read_only_context: AppContext, view: View
) -> None:
    operation = Operation(
        view, in_unit_of_work(retention_years), context=read_only_context, changes=Changes.NONE
    )
    with qtbot.waitSignal(operation.succeeded, timeout=WAIT_MS) as succeeded:
        operation.run_in_background()
    assert succeeded.args == [None]
