"""Workers, pairs, organisations and families: the people the groups are for and by.

The pages are imported when first asked for: the families page brings openpyxl (roster
files), and the window's start (the calendar and the attendance view, which use this
package's family search) must not wait for it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ryhmat.ui.people.families_page import FamiliesPage
    from ryhmat.ui.people.family_editor import FamilyEditor
    from ryhmat.ui.people.workers_page import WorkersPage

__all__ = ["FamiliesPage", "FamilyEditor", "WorkersPage"]

_HOMES = {
    "FamiliesPage": "ryhmat.ui.people.families_page",
    "FamilyEditor": "ryhmat.ui.people.family_editor",
    "WorkersPage": "ryhmat.ui.people.workers_page",
}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(_HOMES[name]), name)
