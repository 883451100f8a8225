"""Fixtures of the GUI tests: an application context over a real SQLite database.

pytest-qt deletes the widgets given to ``qtbot.addWidget`` before any fixture
is torn down, so a model tester whose model lives in such a widget would find
it gone. Widgets put in ``windows`` stay until ``model_tester`` is done.

The small demo database is built once per test session (as `ryhmat demo` builds
it) and copied for each test that wants it, so every test starts from the same
data and may change it freely. The clock stands still at Monday 23.11.2026 noon.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from ryhmat.app import export_adapters
from ryhmat.demo import generate, load
from ryhmat.domain.timezone import HELSINKI
from ryhmat.i18n import load_language
from ryhmat.storage.database import Database, open_database
from ryhmat.ui.context import AppContext

TODAY = date(2026, 11, 23)
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=HELSINKI)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(f"sqlite:///{path}")
    try:
        with database.unit_of_work() as uow:
            load(uow, generate("small", seed=1, today=TODAY))
    finally:
        database.dispose()
    return path


@pytest.fixture
def database_path(demo_file: Path, tmp_path: Path) -> Path:
    """A copy of the small demo database of this test's own, in a folder whose name is
    not ASCII (as a Finnish folder name often is)."""
    folder = tmp_path / "Perhetyö"
    folder.mkdir()
    path = folder / "ryhmat.sqlite3"
    shutil.copy(demo_file, path)
    return path


@pytest.fixture(autouse=True)
def english_ui() -> Iterator[None]:
    """Tests read the English source texts; a test that wants Finnish loads it."""
    load_language("en")
    yield
    load_language("en")


# The people the audit trail names: the one using demo_context, and a colleague.
FIRST_PERSON = "Maija Ohjaaja"
SECOND_PERSON = "Pekka Perhetyöntekijä"


def _context(path: Path, actor: str | None = None) -> Iterator[AppContext]:
    database: Database = open_database(f"sqlite:///{path}")
    if actor is not None:
        database.actor = actor
    context = AppContext(database.unit_of_work, clock=lambda: NOW, adapters=export_adapters())
    yield context
    database.dispose()


@pytest.fixture
def demo_context(demo_file: Path, tmp_path: Path) -> Iterator[AppContext]:
    """A context over a fresh copy of the small demo database."""
    copy = tmp_path / "demo.sqlite3"
    shutil.copy(demo_file, copy)
    yield from _context(copy, FIRST_PERSON)


@pytest.fixture
def second_context(demo_context: AppContext, tmp_path: Path) -> Iterator[AppContext]:
    """A colleague's app on the same database file as demo_context (a shared team database)."""
    yield from _context(tmp_path / "demo.sqlite3", SECOND_PERSON)


@pytest.fixture
def empty_context(tmp_path: Path) -> Iterator[AppContext]:
    yield from _context(tmp_path / "empty.sqlite3")


if TYPE_CHECKING:  # pytest-qt's module needs the Qt binding chosen first
    from pytestqt.modeltest import ModelTester


@pytest.fixture
def windows(qapp: QApplication) -> Iterator[list[QWidget]]:
    kept: list[QWidget] = []
    yield kept
    for widget in kept:
        widget.close()
        widget.deleteLater()


@pytest.fixture
def model_tester(windows: list[QWidget], qtmodeltester: ModelTester) -> ModelTester:
    return qtmodeltester
