"""The domain is plain Python: no Qt, no SQLAlchemy, no storage, UI or export code."""

from __future__ import annotations

import ast
import importlib.util
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import ryhmat.domain

FORBIDDEN = ("PySide6", "sqlalchemy", "alembic", "ryhmat.ui", "ryhmat.storage", "ryhmat.export")
REPO_ROOT = Path(__file__).resolve().parents[3]


def domain_modules() -> list[str]:
    names = [ryhmat.domain.__name__]
    names += [
        info.name
        for info in pkgutil.walk_packages(
            ryhmat.domain.__path__, prefix=f"{ryhmat.domain.__name__}."
        )
    ]
    return sorted(names)


MODULES = domain_modules()


def is_forbidden(module: str) -> bool:
    return any(module == root or module.startswith(f"{root}.") for root in FORBIDDEN)


def imported_names(module: str) -> set[str]:
    """Every module an ``import`` statement anywhere in the module's source names."""
    spec = importlib.util.find_spec(module)
    assert spec is not None
    assert spec.origin is not None
    source = Path(spec.origin).read_text(encoding="utf-8")
    package = module if spec.submodule_search_locations is not None else module.rpartition(".")[0]
    return imported_names_in(source, package)


def imported_names_in(source: str, package: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                assert node.module is not None
                target = node.module
            names.add(target)
            # ``from ryhmat import storage`` imports the module ryhmat.storage.
            names.update(f"{target}.{alias.name}" for alias in node.names)
    return names


def test_the_walk_finds_the_domain_modules() -> None:
    for expected in ("model", "scheduling", "conflicts", "timezone", "errors"):
        assert f"ryhmat.domain.{expected}" in MODULES


def test_is_forbidden() -> None:
    assert is_forbidden("PySide6.QtCore")
    assert is_forbidden("sqlalchemy")
    assert is_forbidden("ryhmat.storage.repositories")
    assert not is_forbidden("ryhmat.storage_helpers")
    assert not is_forbidden("ryhmat.domain.model")


def test_import_parsing_sees_imports_inside_functions() -> None:
    assert "ryhmat.domain.model" in imported_names("ryhmat.domain.scheduling")
    # Imported inside library_holidays_of:
    assert "holidays.countries.finland" in imported_names("ryhmat.domain.finnish_holidays")


def test_import_parsing_catches_every_spelling_of_a_forbidden_import() -> None:
    source = (
        "import PySide6.QtCore\n"
        "from ryhmat import storage\n"
        "from ...export import excel\n"
        "def f():\n"
        "    from ...storage.repositories import Repo\n"
        "    import sqlalchemy as sa\n"
    )
    names = imported_names_in(source, "ryhmat.domain.usecases")
    assert {name for name in names if is_forbidden(name)} == {
        "PySide6.QtCore",
        "ryhmat.export",
        "ryhmat.export.excel",
        "ryhmat.storage",
        "ryhmat.storage.repositories",
        "ryhmat.storage.repositories.Repo",
        "sqlalchemy",
    }


@pytest.mark.parametrize("module", MODULES)
def test_domain_module_source_imports_nothing_forbidden(module: str) -> None:
    offending = sorted(name for name in imported_names(module) if is_forbidden(name))
    assert offending == [], f"{module} imports {offending}"


@pytest.mark.parametrize("module", MODULES)
def test_importing_a_domain_module_loads_no_qt_or_database(module: str) -> None:
    script = (
        "import importlib, json, sys\n"
        f"importlib.import_module({module!r})\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=REPO_ROOT,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert module in loaded
    assert "PySide6" not in loaded
    assert "sqlalchemy" not in loaded
    assert [name for name in loaded if is_forbidden(name)] == []
