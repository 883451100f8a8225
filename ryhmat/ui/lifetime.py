"""Signals that reach a widget only while its Python half lives.

Deleting a widget deletes its children after the widget's own Python half is gone, and some
children speak while they go: a tab widget announces each tab it loses, a focused line edit
that its editing finished. Connected to a method of the widget, such a signal fails ("Slot
'GroupsPage::' not found"); connected through ``while_alive`` it is let pass.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def while_alive(owner: QObject, slot: Callable[..., object]) -> Callable[..., None]:
    """``slot``, called only while ``owner`` has not begun to be deleted."""

    def call(*arguments: Any) -> None:
        if shiboken6.isValid(owner):
            slot(*arguments)

    return call
