"""Settings for the whole suite: headless Qt and no trace in the real user folders."""

from __future__ import annotations

import gc
import os
import tempfile
from collections.abc import Iterator

import pytest
from hypothesis import settings
from PySide6.QtCore import QCoreApplication, QEvent

from ryhmat.i18n import use_language
from ryhmat.ui.garbage import collect_if_due

os.environ["QT_QPA_PLATFORM"] = "offscreen"
# platformdirs and QSettings follow the XDG folders: point them at a throw-away
# place so that no test reads or writes the person's own Ryhmät database.
_sandbox = tempfile.mkdtemp(prefix="ryhmat-tests-")
for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = os.path.join(_sandbox, variable.lower())
os.environ.pop("RYHMAT_DATABASE_URL", None)
# The tests expect Finnish whatever language the developer's own shell asks for.
os.environ["RYHMAT_LANGUAGE"] = "fi"
# Hypothesis gives each example 200 ms, a clock that judges the machine, and a parallel run
# shares the machine with itself; speed is measured by `make bench`. The rest of the
# profile in force stays (under CI=true Hypothesis's own: derandomised, no database).
settings.register_profile("without-deadline", settings(deadline=None))
settings.load_profile("without-deadline")


# As in the app (ryhmat/ui/garbage.py): the collector runs on the main thread only, between
# tests, never in a thread of Qt's pool where collecting a QObject crashes the process.
gc.disable()


@pytest.fixture(autouse=True)
def garbage_collected_on_the_main_thread() -> Iterator[None]:
    yield
    # The test's windows, closed and handed to deleteLater by pytest-qt and the fixtures, are
    # deleted now by Qt, whole. Left for the collector, a window held in a reference cycle
    # was deleted from inside the collection, its widgets' Python halves already cleared,
    # and their signals and overrides failed ("Slot 'GroupsPage::' not found") in a later test.
    application = QCoreApplication.instance()
    if application is not None:
        application.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    collect_if_due()


@pytest.fixture(autouse=True)
def finnish_without_qt() -> None:
    """What the CLI and the exports write in is Finnish in every test, as a command run
    with RYHMAT_LANGUAGE=fi writes, whichever test ran before (tests/gui loads English)."""
    use_language("fi")


@pytest.fixture(autouse=True)
def own_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test a data folder of its own: the erasure register there is shared by every
    copy of a database, and the tests' databases are copies of a few templates."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("xdg_data_home")))
