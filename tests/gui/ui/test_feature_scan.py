"""PySide6 reads no module loaded after it (ryhmat.ui.feature_scan): its scan for its
optional __feature__ switches would keep every later module's source in memory."""

from __future__ import annotations

import importlib
import linecache
import subprocess
import sys
from pathlib import Path

import pytest

import ryhmat.ui  # noqa: F401  (what every view's module loads first)

SCANNED = '"""Names PySide6, the word the scan looks for."""\n'


def kept_by_pyside_alone(folder: Path, name: str) -> bool:
    """Whether plain PySide6, in a process of its own, keeps the module's source."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import linecache, sys, PySide6.QtCore\n"
            f"sys.path.insert(0, {str(folder)!r})\n"
            f"module = __import__({name!r})\n"
            "print(module.__file__ in linecache.cache)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip() == "True"


def test_a_module_loaded_after_the_views_is_not_read_by_pyside(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    module = tmp_path / "loaded_after_qt.py"
    module.write_text(SCANNED, encoding="utf-8")
    assert kept_by_pyside_alone(tmp_path, "loaded_after_qt")  # the scan this replaces
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "loaded_after_qt", raising=False)
    importlib.import_module("loaded_after_qt")
    assert str(module) not in linecache.cache
