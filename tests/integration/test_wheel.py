"""The wheel, built from this tree and installed into a fresh virtualenv outside it, runs
there in Finnish and Swedish: the translations, icons and migrations are package data.

The virtualenv borrows the third-party libraries of the one running the tests (see
borrow_dependencies); the wheel itself, and so every file of Ryhmät, is installed afresh.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import sysconfig
import venv
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.integration import installed_window

ROOT = Path(__file__).resolve().parents[2]
GROUP = "Avoin päiväkoti Pikkupesä"  # one of the small demo's groups


@dataclass(frozen=True)
class Installed:
    wheel: Path
    bin: Path
    home: Path  # an empty home and working folder, outside the source tree
    database_url: str

    def environment(self, language: str) -> dict[str, str]:
        """Nothing of the developer's: no PYTHONPATH, no virtualenv, a home of its own."""
        return {
            "PATH": f"{self.bin}:/usr/bin:/bin",
            "HOME": str(self.home),
            "RYHMAT_LANGUAGE": language,
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }

    def run(self, language: str, *command: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command],
            cwd=self.home,
            env=self.environment(language),
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )

    def ryhmat(self, language: str, *arguments: str) -> subprocess.CompletedProcess[str]:
        done = self.run(
            language, str(self.bin / "ryhmat"), "--database", self.database_url, *arguments
        )
        assert done.returncode == 0, done.stderr
        return done


def borrow_dependencies(environment: Path) -> None:
    """Lets the new virtualenv see this one's third-party libraries, read-only.

    Installing them afresh unpacks some 800 MB (Qt above all) and took 36 of the module's
    44 seconds; what the test is about is the wheel's own files. A path file adds the folder
    to the end of sys.path without running that folder's own path files, so this tree's
    editable install stays invisible (see test_it_runs_the_installed_copy_not_this_tree).
    """
    (purelib,) = environment.glob("lib/python*/site-packages")
    (purelib / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Installed:
    """The wheel built once and installed into a new virtualenv."""
    wheels = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", str(ROOT), "-w", wheels],
        check=True,
        timeout=600,
    )
    (wheel,) = wheels.glob("ryhmat-*.whl")
    environment = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(environment)
    borrow_dependencies(environment)
    python = environment / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--quiet", "--python", python, "install", "--no-deps", wheel],
        check=True,
        timeout=600,
    )
    home = tmp_path_factory.mktemp("home")
    url = f"sqlite:///{home / 'ryhmat.sqlite3'}"
    installed = Installed(wheel, environment / "bin", home, url)
    installed.ryhmat("fi", "demo", "--scale", "small")
    return installed


def wheel_files(installed: Installed) -> list[str]:
    with zipfile.ZipFile(installed.wheel) as wheel:
        return wheel.namelist()


def test_the_wheel_carries_translations_icons_and_migrations(installed: Installed) -> None:
    files = set(wheel_files(installed))
    resources = "ryhmat/resources/"
    assert {f"{resources}translations/ryhmat_{lang}.qm" for lang in ("fi", "sv", "en")} <= files
    assert f"{resources}icons/ryhmat.svg" in files
    assert f"{resources}icons/ryhmat-16.png" in files
    assert f"{resources}icons/ryhmat.ico" in files
    assert f"{resources}linux/fi.perhetyo.Ryhmat.desktop" in files
    migrations = {path.name for path in (ROOT / "ryhmat/storage/migrations/versions").glob("*.py")}
    shipped = {Path(f).name for f in files if f.startswith("ryhmat/storage/migrations/versions/")}
    assert shipped == migrations
    assert {"ryhmat/storage/alembic.ini", "ryhmat/storage/migrations/env.py"} <= files
    for backend in ("sqlite", "postgresql"):
        snapshots = {p.name for p in (ROOT / f"ryhmat/storage/schema/{backend}").glob("*.json")}
        shipped = {Path(f).name for f in files if f.startswith(f"ryhmat/storage/schema/{backend}/")}
        assert shipped == snapshots


def test_the_wheel_carries_no_tests_benchmarks_or_translation_sources(
    installed: Installed,
) -> None:
    files = wheel_files(installed)
    assert [f for f in files if f.split("/")[0] in ("tests", "bench", "scripts", "docs")] == []
    assert [f for f in files if f.endswith(".ts")] == []


def test_the_entry_points_are_a_console_and_a_gui_one(installed: Installed) -> None:
    with zipfile.ZipFile(installed.wheel) as wheel:
        (name,) = [f for f in wheel.namelist() if f.endswith(".dist-info/entry_points.txt")]
        entry_points = wheel.read(name).decode()
    assert "[console_scripts]\nryhmat = ryhmat.entry:run" in entry_points
    assert "[gui_scripts]\nryhmat-gui = ryhmat.entry:run" in entry_points


def test_it_runs_the_installed_copy_not_this_tree(installed: Installed) -> None:
    done = installed.run(
        "fi", str(installed.bin / "python"), "-c", "import ryhmat; print(ryhmat.__file__)"
    )
    where = Path(done.stdout.strip())
    assert where.is_relative_to(installed.bin.parent)
    assert not where.is_relative_to(ROOT)


def test_its_version_is_this_trees(installed: Installed) -> None:
    from ryhmat import __version__

    done = installed.ryhmat("fi", "--version")
    assert done.stdout.strip() == f"ryhmat {__version__}"
    assert installed.wheel.name.startswith(f"ryhmat-{__version__}-")


HEADERS = {
    "fi": ("Nimi", "Tyyppi", "Lasten ikä", "Järjestäjät"),
    "sv": ("Namn", "Typ", "Barnens ålder", "Arrangörer"),
}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_groups_are_listed_in_the_language_asked(installed: Installed, language: str) -> None:
    # Columns are two spaces or more apart; a heading may have a space of its own.
    header = re.split(r"\s{2,}", installed.ryhmat(language, "groups").stdout.splitlines()[0])
    assert tuple(header) == HEADERS[language]


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_sessions_are_written_as_json(installed: Installed, language: str) -> None:
    done = installed.ryhmat(language, "sessions", "--group", GROUP, "--json")
    sessions = json.loads(done.stdout)["sessions"]
    assert sessions
    assert {session["group"] for session in sessions} == {GROUP}


FIRST_VIEWS = {"fi": "Kalenteri", "sv": "Kalender"}


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_window_opens_in_the_language_asked_with_its_icon(
    installed: Installed, language: str
) -> None:
    done = installed.run(
        language,
        str(installed.bin / "python"),
        installed_window.__file__,
        installed.database_url,
    )
    assert done.returncode == 0, done.stderr
    title, views, icon_sizes = done.stdout.splitlines()
    assert title == "Ryhmät"
    assert views.split(";")[0] == FIRST_VIEWS[language]
    assert icon_sizes.split(";") == ["16", "24", "32", "48", "64", "128", "256", "512"]
    assert "Traceback" not in done.stderr
