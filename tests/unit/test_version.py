"""The version has one source, ryhmat.__version__, which costs nothing to read."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from importlib.metadata import version
from pathlib import Path

import ryhmat

ROOT = Path(__file__).resolve().parents[2]


def test_the_package_metadata_takes_the_version_from_the_package() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "ryhmat.__version__"}
    assert version("ryhmat") == ryhmat.__version__


def test_reading_the_version_loads_neither_qt_nor_sqlalchemy() -> None:
    probe = (
        "import sys, ryhmat; ryhmat.__version__; "
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'PySide6', 'sqlalchemy', 'alembic', 'importlib_metadata'}))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
