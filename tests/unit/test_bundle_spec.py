"""packaging/ryhmat.spec, run with stand-ins for PyInstaller's build steps: what the bundle
collects, without building it (`make dist` builds and smoke-tests it)."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path
from typing import Any, ClassVar

import pytest
from PyInstaller.utils import hooks

import ryhmat
from ryhmat.resources import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "ryhmat.spec"
SITE = Path(ryhmat.__file__).resolve().parent.parent


class Step:
    """A build step of the spec (Analysis, EXE, ...), recording what it was given."""

    built: ClassVar[list[Step]] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        Step.built.append(self)


class Analysis(Step):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.datas = list(kwargs["datas"])
        self.binaries: list[tuple[str, str, str]] = []
        # What PyInstaller would run at start: its run-time hooks, then the program.
        self.scripts: list[tuple[str, str, str]] = [
            ("pyi_rth_inspect", "/hooks/pyi_rth_inspect.py", "PYSOURCE"),
            ("pyi_rth_pyside6", "/hooks/pyi_rth_pyside6.py", "PYSOURCE"),
            ("__main__", "/ryhmat/__main__.py", "PYSOURCE"),
        ]
        self.pure: list[Any] = []


def run_spec() -> dict[str, Any]:
    Step.built.clear()
    steps = {name: type(name, (Step,), {}) for name in ("PYZ", "EXE", "COLLECT", "BUNDLE")}
    namespace: dict[str, Any] = {"SPECPATH": str(SPEC.parent), "Analysis": Analysis, **steps}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return run_spec()


def bundled(spec: dict[str, Any]) -> set[tuple[str, str]]:
    """(file, folder in the bundle) of every data file."""
    return {(str(Path(source).resolve()), dest) for source, dest in spec["datas"]}


def test_every_file_of_the_package_data_is_in_the_bundle_where_the_wheel_has_it(
    spec: dict[str, Any],
) -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = pyproject["tool"]["setuptools"]["package-data"]
    expected = set()
    for package, patterns in declared.items():
        folder = SITE.joinpath(*package.split("."))
        for pattern in patterns:
            for path in folder.glob(pattern):
                expected.add((str(path.resolve()), str(path.parent.relative_to(SITE))))
    # The migrations are among them, as files: Alembic reads them so.
    assert any("/migrations/versions/0001_" in path for path, _ in expected)
    assert expected <= bundled(spec)


def test_the_translations_are_in_the_bundle_where_the_app_reads_them(
    spec: dict[str, Any],
) -> None:
    folder = str(TRANSLATIONS.relative_to(SITE))
    files = {(str(path.resolve()), folder) for path in TRANSLATIONS.glob("ryhmat_*.qm")}
    assert len(files) == 3
    assert files <= bundled(spec)
    assert not [source for source, _ in spec["datas"] if source.endswith(".ts")]


def test_what_is_imported_by_name_or_lazily_is_in_the_bundle(spec: dict[str, Any]) -> None:
    hidden = set(spec["hiddenimports"])
    assert {
        "ryhmat.cli.commands",
        "ryhmat.cli.feeds",
        "ryhmat.cli.excel",
        "ryhmat.app",
        "ryhmat.storage.database",
        "alembic.command",
        "sqlalchemy.dialects.sqlite",
        "sqlalchemy.dialects.postgresql.psycopg",
        "holidays.countries.finland",
    } <= hidden
    assert not [name for name in hidden if ".migrations" in name]
    assert any(name.startswith("keyring.backends.") for name in hidden)


def test_a_command_in_the_bundle_starts_without_loading_qt(spec: dict[str, Any]) -> None:
    analysis = spec["a"]
    # PyInstaller's hook for PySide6 loads QtCore at every start; the bundle's own sets
    # the plugins' folder without it.
    assert [name for name, _, _ in analysis.scripts] == ["pyi_rth_inspect", "__main__"]
    hooks = [Path(path).name for path in analysis.kwargs["runtime_hooks"]]
    assert hooks == ["utf8_locale.py", "qt_plugins.py"]
    assert "multiprocessing" in spec["excludes"]


@pytest.mark.parametrize(
    ("path", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/qoffscreen.dll", True),
        ("PySide6/Qt/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt/lib/libQt6Charts.so.6", True),
        ("PySide6/Qt/translations/qtbase_fi.qm", True),
        ("PySide6/Qt/translations/qtbase_sv.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", False),
        ("PySide6/Qt/plugins/imageformats/libqpdf.so", False),
        ("PySide6/Qt/plugins/imageformats/qpdf.dll", False),
        ("PySide6/Qt/lib/libQt6Quick.so.6", False),
        ("PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml", False),
        ("PySide6\\Qt6Pdf.dll", False),
    ],
)
def test_the_bundle_leaves_out_what_qt_would_bring_but_the_app_does_not_use(
    spec: dict[str, Any], path: str, kept: bool
) -> None:
    assert spec["needed"]((path, "/source", "BINARY")) is kept


def quick_spec(monkeypatch: pytest.MonkeyPatch, platform: str) -> dict[str, Any]:
    """The spec as on another system; what it collects is left out (tested above)."""
    monkeypatch.setattr(sys, "platform", platform)
    for name in ("collect_data_files", "collect_submodules", "copy_metadata"):
        monkeypatch.setattr(hooks, name, lambda *args, **kwargs: [])
    return run_spec()


def programs(spec: dict[str, Any]) -> list[tuple[str, bool]]:
    return [(exe.kwargs["name"], exe.kwargs["console"]) for exe in spec["programs"]]


def test_on_linux_the_bundle_has_one_program_for_the_command_line_and_the_app(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    spec = quick_spec(monkeypatch, "linux")
    assert programs(spec) == [("ryhmat", True)]
    assert spec["folder"].kwargs["name"] == "ryhmat"
    assert [type(step).__name__ for step in Step.built] == ["Analysis", "PYZ", "EXE", "COLLECT"]


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_on_windows_and_macos_a_windowed_program_opens_the_app_without_a_console(
    monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    spec = quick_spec(monkeypatch, platform)
    assert programs(spec) == [("ryhmat-gui", False), ("ryhmat", True)]
    made_app = [step for step in Step.built if type(step).__name__ == "BUNDLE"]
    assert [step.kwargs["name"] for step in made_app] == (
        ["Ryhmat.app"] if platform == "darwin" else []
    )


def test_the_windows_installer_installs_per_user_and_leaves_the_data_alone() -> None:
    script = (ROOT / "packaging" / "windows" / "ryhmat.iss").read_text(encoding="utf-8-sig")
    settings = [line.strip() for line in script.splitlines() if not line.startswith(";")]
    assert "PrivilegesRequired=lowest" in settings
    assert "DefaultDirName={autopf}\\Ryhmat" in settings
    assert any(line.startswith('Name: "{autoprograms}\\Ryhmät"') for line in settings)
    assert "[UninstallDelete]" not in settings
    assert "OutputBaseFilename=ryhmat-{#AppVersion}-windows-x86_64-setup" in settings
