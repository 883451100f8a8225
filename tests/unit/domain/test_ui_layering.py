"""The UI calls use cases through the application context only: no ryhmat.ui module
imports storage, export or the database libraries, nor the composition root that
wires them in (ryhmat.app). Checked as test_purity checks the domain: every import
statement in the source, and what importing the modules really loads."""

from __future__ import annotations

import json
import os
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import ryhmat.ui
from tests.unit.domain.test_purity import REPO_ROOT, imported_names, imported_names_in

FORBIDDEN = (
    "sqlalchemy",
    "alembic",
    "ryhmat.storage",
    "ryhmat.export",
    "ryhmat.app",
    "ryhmat.desktop_database",
    "ryhmat.database_lock",
    "ryhmat.cli",
)


def ui_modules() -> list[str]:
    names = [ryhmat.ui.__name__]
    names += [
        info.name
        for info in pkgutil.walk_packages(ryhmat.ui.__path__, prefix=f"{ryhmat.ui.__name__}.")
    ]
    return sorted(names)


MODULES = ui_modules()


def is_forbidden(module: str) -> bool:
    return any(module == root or module.startswith(f"{root}.") for root in FORBIDDEN)


def loaded_after_importing(modules: list[str], path: Path = REPO_ROOT) -> list[str]:
    """Every module a fresh interpreter holds after importing ``modules``, run in ``path``."""
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=path,
        check=False,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(path)},
    )
    assert result.returncode == 0, result.stderr
    loaded: list[str] = json.loads(result.stdout)
    return loaded


def test_the_walk_finds_the_ui_modules() -> None:
    for expected in ("context", "main_window", "feeds.page", "statistics.page"):
        assert f"ryhmat.ui.{expected}" in MODULES


@pytest.mark.parametrize("module", MODULES)
def test_ui_module_source_imports_no_storage_or_export(module: str) -> None:
    offending = sorted(name for name in imported_names(module) if is_forbidden(name))
    assert offending == [], f"{module} imports {offending}"


def test_importing_every_ui_module_loads_no_storage_export_or_database() -> None:
    loaded = loaded_after_importing(MODULES)
    assert set(MODULES) <= set(loaded)
    assert [name for name in loaded if is_forbidden(name)] == []


# -- the checks catch a module that breaks the rule -------------------------------------------


BREAKING_VIEW = (
    "from PySide6.QtWidgets import QWidget\n"
    "from ryhmat.ui.context import AppContext\n"
    "class Page(QWidget):\n"
    "    def export(self, context: AppContext) -> None:\n"
    "        from ryhmat.export.workbook_port import write\n"
    "        from ... import storage\n"
    "import ryhmat.domain.usecases.feeds\n"
    "from ryhmat.export import adapters\n"
)


def test_the_source_scan_catches_every_spelling_of_a_forbidden_import() -> None:
    names = imported_names_in(BREAKING_VIEW, "ryhmat.ui.feeds")
    assert {name for name in names if is_forbidden(name)} == {
        "ryhmat.export",
        "ryhmat.export.adapters",
        "ryhmat.export.workbook_port",
        "ryhmat.export.workbook_port.write",
        "ryhmat.storage",
    }


def test_the_fresh_interpreter_catches_a_module_that_loads_storage(tmp_path: Path) -> None:
    # A view that imports nothing forbidden itself, but a module that does.
    (tmp_path / "crafted_view.py").write_text(
        "from ryhmat.ui.context import AppContext\nimport crafted_helper\n", encoding="utf-8"
    )
    (tmp_path / "crafted_helper.py").write_text(
        "from ryhmat.storage.database import open_database\n", encoding="utf-8"
    )
    assert not any(
        is_forbidden(name)
        for name in imported_names_in(
            (tmp_path / "crafted_view.py").read_text(encoding="utf-8"), ""
        )
    )
    loaded = loaded_after_importing(["crafted_view"], tmp_path)
    assert "ryhmat.storage.database" in [name for name in loaded if is_forbidden(name)]
    assert "sqlalchemy" in loaded
