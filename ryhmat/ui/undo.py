"""Edit → Undo and Redo, where a step may ask the person before it is taken.

QUndoStack moves its index whether or not a command's undo() or redo() did
anything, so a step that needs a yes first (a double booking, say) is asked about
here, before the stack is told to move: answered no, the stack stays where it was.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtGui import QAction, QUndoCommand, QUndoGroup, QUndoStack


class ConfirmedCommand(QUndoCommand):
    """An undo step that may ask the person before it is undone or redone."""

    def confirm(self, undoing: bool, proceed: Callable[[], None]) -> None:
        """Call ``proceed`` once the step may be taken (at once, or after a question);
        never, if the person says no."""
        proceed()


def ask_before_steps(group: QUndoGroup, undo: QAction, redo: QAction) -> None:
    """Make the group's Undo and Redo actions (QUndoGroup.createUndoAction and
    createRedoAction: their texts name the step) ask a ConfirmedCommand first."""
    for action, undoing in ((undo, True), (redo, False)):
        action.triggered.disconnect()  # Qt's own connection moves the stack unasked
        action.triggered.connect(lambda _=False, u=undoing: take_step(group, undoing=u))


def take_step(group: QUndoGroup, undoing: bool) -> None:
    """Undo (or redo) the active stack's next step, once its command agrees."""
    stack = group.activeStack()
    if stack is None:
        return
    at = stack.index() - 1 if undoing else stack.index()
    if not 0 <= at < stack.count():
        return
    command = stack.command(at)
    if not isinstance(command, ConfirmedCommand):
        _move(stack, undoing)
        return

    def proceed() -> None:
        # The question does not block: take the step only if the stack still stands
        # where it stood when it was asked.
        if _next_step(stack, undoing) is command:
            _move(stack, undoing)

    command.confirm(undoing, proceed)


def _next_step(stack: QUndoStack, undoing: bool) -> QUndoCommand | None:
    if not shiboken6.isValid(stack):
        return None
    at = stack.index() - 1 if undoing else stack.index()
    return stack.command(at) if 0 <= at < stack.count() else None


def _move(stack: QUndoStack, undoing: bool) -> None:
    if undoing:
        stack.undo()
    else:
        stack.redo()
