"""The one way to run a use case from the UI: off the GUI thread (or on it), with
progress, the given widgets disabled meanwhile, a failure shown the one standard
way, and on success the change announced.

In the spirit of Anki's ``CollectionOp``::

    Operation(
        self, lambda services: publish_each(...), context=self.context,
        changes=Changes.FEEDS, busy=[self.publish_button], progress=self.progress,
        errors=self.error, on_success=self._done,
    ).run_in_background()

The operation keeps itself alive until it has ended: callers keep no reference.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any, ClassVar, Generic, TypeVar, cast

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressBar, QWidget
from shiboken6 import isValid

from ryhmat.domain.errors import UserError
from ryhmat.domain.ports import UnitOfWork
from ryhmat.ui.changes import Changes
from ryhmat.ui.context import AppContext, ReadOnlyError, Services
from ryhmat.ui.messages import ErrorLabel, error_text, show_error

T = TypeVar("T")
Work = Callable[[Services], T]


def in_unit_of_work(use_case: Callable[[UnitOfWork], T]) -> Work[T]:
    """A use case of one unit of work (it commits itself) as an operation's work."""

    def work(services: Services) -> T:
        with services.unit_of_work() as uow:
            return use_case(uow)

    return work


class _Signals(QObject):
    # The worker thread's side: queued to the GUI thread, where Operation handles them.
    finished = Signal(object)
    failed = Signal(object)  # a UserError, or None for an unexpected error (reported)
    progress = Signal(int, int)  # done, total


class _Job:
    """What the worker thread is handed. It gives up its hold on the work, the context
    and the signals before it says how the work ended: then the last reference to any
    Qt object they reach (a view, the context) is let go on the GUI thread, never in
    the pool's thread, where deleting a QObject would crash the app. It holds no
    reference to the Operation, which must be let go on the GUI thread too."""

    def __init__(self, work: Work[Any], context: AppContext | None, signals: _Signals) -> None:
        self._parts: list[tuple[Work[Any], AppContext | None, _Signals]] = [
            (work, context, signals)
        ]

    def __call__(self) -> None:
        work, context, signals = self._parts.pop()
        succeeded, value = self._outcome(work, context, signals)
        del work, context
        (signals.finished if succeeded else signals.failed).emit(value)

    @staticmethod
    def _outcome(
        work: Work[Any], context: AppContext | None, signals: _Signals
    ) -> tuple[bool, object]:
        """(True, what the work returned), or (False, the UserError or None)."""
        try:
            # Made by on_file() when there is no context: that work takes no services.
            services = None if context is None else context.services(signals.progress.emit)
            return True, work(cast(Services, services))
        except UserError as error:
            return False, error
        except Exception:
            # Not a person's mistake: the global handler logs it and tells the person.
            sys.excepthook(*sys.exc_info())
            return False, None


class Operation(QObject, Generic[T]):
    """One use case run for a view (``parent``): see the module's docstring.

    ``work`` is given the context's ``Services`` (its units of work, the adapters,
    and ``report(done, total)`` for progress). While it runs, each widget in
    ``busy`` is disabled and ``progress`` (if given) shows; both are put back as
    they were before anything else is done with the outcome. On success the context
    then announces ``changes`` (or what ``changes`` says of the result) as started by
    ``origin`` (the parent unless given). A ``UserError`` is shown in ``errors``
    if given, else in a message over ``parent``; an unexpected error is reported
    by the global handler (never a traceback to the person) and arrives as None.
    An operation that announces changes saves: a read-only context refuses it
    before it runs, as a failure with its ``ReadOnlyError``.
    Only where a mistake is said elsewhere than in a form or a message (the status
    bar) does ``show_errors=False`` leave it to ``on_failure``. Callbacks run only
    while ``parent`` still exists.
    """

    succeeded = Signal(
        object
    )  # the work's result, after the change was announced and on_success ran
    failed = Signal(object)  # the UserError shown, or None for an unexpected error
    progress = Signal(int, int)  # done, total, as the work reports them
    ended = Signal()  # after succeeded or failed: the widgets are enabled again

    _running: ClassVar[set[Operation[Any]]] = set()
    _kept: ClassVar[set[Operation[Any]]] = set()

    def __init__(
        self,
        parent: QWidget,
        work: Work[T],
        *,
        context: AppContext | None,
        changes: Changes | Callable[[T], Changes] = Changes.NONE,
        origin: object = None,
        busy: Sequence[QWidget] = (),
        progress: QProgressBar | None = None,
        errors: ErrorLabel | None = None,
        show_errors: bool = True,
        on_success: Callable[[T], object] | None = None,
        on_failure: Callable[[UserError | None], object] | None = None,
    ) -> None:
        # No Qt parent: the operation must outlive a view closed while it runs.
        super().__init__()
        self._view = parent
        self._work = work
        self._context = context
        self._changes = changes
        self._origin = parent if origin is None else origin
        self._busy = list(busy)
        self._was_enabled: list[bool] = []
        self._progress_bar = progress
        self._errors = errors
        self._show_errors = show_errors
        self._on_success = on_success
        self._on_failure = on_failure
        self._signals = _Signals(self)
        self._signals.finished.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._signals.progress.connect(self._progressed)

    @classmethod
    def on_file(
        cls,
        parent: QWidget,
        work: Callable[[], T],
        *,
        on_success: Callable[[T], object] | None = None,
        on_failure: Callable[[UserError | None], object] | None = None,
        busy: Sequence[QWidget] = (),
        show_errors: bool = True,
    ) -> Operation[T]:
        """Work on the database file itself rather than through use cases (opening it,
        a backup, a restore): it needs no context and announces no change (a restore
        rebuilds the window)."""
        return cls(
            parent,
            lambda _services: work(),
            context=None,
            busy=busy,
            show_errors=show_errors,
            on_success=on_success,
            on_failure=on_failure,
        )

    @classmethod
    def under_way(cls) -> list[Operation[Any]]:
        """The operations started and not yet ended."""
        return list(cls._running)

    def run_in_background(self) -> Operation[T]:
        """Start the work in Qt's thread pool; the outcome arrives on the GUI thread."""
        self._begin()
        refusal = self._refusal()
        if refusal is not None:
            # Told as the work's failure would be: after this returns.
            QTimer.singleShot(0, partial(self._signals.failed.emit, refusal))
            return self
        # A plain callable: the pool owns it, and drops it once run, in its own thread.
        job = _Job(self._work, self._context, self._signals)
        QThreadPool.globalInstance().start(job)
        return self

    def run_now(self) -> Operation[T]:
        """Run the work on the GUI thread, for a save too quick to show progress for;
        the outcome is handled before this returns."""
        self._begin()
        refusal = self._refusal()
        if refusal is not None:
            self._signals.failed.emit(refusal)
        else:
            _Job(self._work, self._context, self._signals)()
        return self

    def _refusal(self) -> UserError | None:
        """Why the work may not run: it would save through a read-only context."""
        saves = not isinstance(self._changes, Changes) or self._changes != Changes.NONE
        if saves and self._context is not None and self._context.read_only:
            return ReadOnlyError()
        return None

    # -- the GUI thread's side -----------------------------------------------------------

    def _begin(self) -> None:
        Operation._running.add(self)
        Operation._kept.add(self)  # kept alive until a moment after it has ended
        if self._errors is not None:
            self._errors.clear_error()
        self._was_enabled = [widget.isEnabled() for widget in self._busy]
        for widget in self._busy:
            widget.setEnabled(False)
        if self._progress_bar is not None:
            self._progress_bar.setRange(0, 0)  # busy until the work says how far it is
            self._progress_bar.show()

    def _progressed(self, done: int, total: int) -> None:
        if self._progress_bar is not None and isValid(self._progress_bar):
            self._progress_bar.setRange(0, total)
            self._progress_bar.setValue(done)
        self.progress.emit(done, total)

    def _end(self) -> bool:
        """Put the widgets back; True while the view is still there to be told."""
        Operation._running.discard(self)
        # Let go of the operation once this signal's handling is over, not within it.
        QTimer.singleShot(0, partial(Operation._kept.discard, self))
        for widget, enabled in zip(self._busy, self._was_enabled, strict=True):
            if isValid(widget):
                widget.setEnabled(enabled)
        if self._progress_bar is not None and isValid(self._progress_bar):
            self._progress_bar.hide()
        return isValid(self._view)

    def _succeeded(self, result: T) -> None:
        view_alive = self._end()
        if self._context is not None:
            changes = self._changes if isinstance(self._changes, Changes) else self._changes(result)
            self._context.announce(changes, self._origin)
        if view_alive and self._on_success is not None:
            self._on_success(result)
        self.succeeded.emit(result)
        self.ended.emit()
        self._let_go()

    def _failed(self, error: UserError | None) -> None:
        view_alive = self._end()
        if view_alive and error is not None and self._show_errors:
            if self._errors is not None and isValid(self._errors):
                self._errors.show_error(error)
            else:
                show_error(self._view, error_text(error))
        if view_alive and self._on_failure is not None:
            self._on_failure(error)
        self.failed.emit(error)
        self.ended.emit()
        self._let_go()

    def _let_go(self) -> None:
        """Hold on to no view once ended: a caller may keep the operation."""
        self._busy, self._was_enabled = [], []
        self._progress_bar = self._errors = None
        self._on_success = self._on_failure = None
