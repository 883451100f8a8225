"""PySide6 without its scan of every module loaded after it.

PySide6 prepares its optional ``from __feature__ import snake_case, true_property``
switches by reading the source of every module imported after it, looking for the
word PySide6, and the sources then stay in memory (Python's line cache) as long as the
process runs. Ryhmät uses neither switch, and loading SQLAlchemy and the views after Qt
took a tenth of a second longer for the scan, which kept 8 MB of their sources. A module
left out of PySide's table gets the switches of the module before it: none in Ryhmät.
"""

from __future__ import annotations

import sys

import PySide6.QtCore  # noqa: F401  (loads PySide6's import hook, replaced below)


def _left_out(module: object) -> None:
    """In place of PySide6's scan: the module stays out of its table of switches."""


def skip_feature_scan() -> None:
    """From now on PySide6 scans no module loaded. Nothing happens with a PySide6 whose
    hook has another shape: the app is then as fast as before, no less correct."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "feature_imported", None)):
        feature.feature_imported = _left_out  # type: ignore[attr-defined]
