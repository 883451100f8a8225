"""The bundle's smoke test: `python packaging/smoke_test.py BUNDLE`, BUNDLE a packed
bundle (.tar.gz, .zip) or its folder (dist/ryhmat, Ryhmat.app).

Unpacks it into a temporary folder and runs it there as a person's machine would, without
Python or the project: a clean environment (PATH of the system only, a temporary home, no
language chosen: Finnish), the database where the app keeps it by default. Checked:
`--version`; `demo --scale small`; `groups` in Finnish; `export excel` and `export ical`
writing files that open; the window, offscreen, for ten seconds with its title and first
view in Finnish and no warning. Prints one line per check; exits 1 on the first failure
with what the program said. Runs on Linux, Windows and macOS (`make dist`, the workflows)
with the standard library alone.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Sequence
from pathlib import Path

WINDOW_SECONDS = 10
# What Qt's offscreen platform says on every window shown: it cannot do what a window
# system does (the test suite ignores the same; pyproject.toml's qt_log_ignore).
OFFSCREEN_NOTES = (
    "This plugin does not support propagateSizeHints",
    "This plugin does not support raise",
    "This plugin does not support grabbing the keyboard",
)
ICAL_GROUP = "Perhekahvila Kohtaamo"


class SmokeTestFailed(Exception):
    pass


def clean_environment(home: Path) -> dict[str, str]:
    """As `env -i PATH=/usr/bin:/bin HOME=…`; on Windows the few variables a program
    cannot start without, the user's folders in the temporary home."""
    environment = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform == "win32":
        system_root = os.environ.get("SYSTEMROOT", r"C:\Windows")
        environment |= {
            "SYSTEMROOT": system_root,
            "PATH": f"{system_root}\\System32;{system_root}",
            "USERPROFILE": str(home),
            "APPDATA": str(home / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "TEMP": str(home / "Temp"),
            "TMP": str(home / "Temp"),
        }
        (home / "Temp").mkdir()
    else:
        environment["PATH"] = "/usr/bin:/bin"
    return environment


def unpack(bundle: Path, into: Path) -> Path:
    """The `ryhmat` program of the bundle, unpacked (or copied) into ``into``."""
    if bundle.is_dir():
        shutil.copytree(bundle, into / bundle.name, symlinks=True)
    elif bundle.suffix == ".zip":
        # zipfile drops the programs' execute bits; shutil keeps none either.
        with zipfile.ZipFile(bundle) as archive:
            archive.extractall(into)
    else:
        shutil.unpack_archive(bundle, into, filter="tar")
    name = "ryhmat.exe" if sys.platform == "win32" else "ryhmat"
    found = sorted(path for path in into.rglob(name) if path.is_file())
    if not found:
        raise SmokeTestFailed(f"no program {name} in {bundle}")
    program = found[0]
    if sys.platform != "win32":
        program.chmod(program.stat().st_mode | 0o111)
    return program


class Bundle:
    def __init__(self, program: Path, home: Path) -> None:
        self.program = program
        self.home = home
        self.environment = clean_environment(home)

    def run(self, *arguments: str, timeout: float = 120) -> str:
        """The program's standard output; a failure unless it ends well and silently."""
        started = time.monotonic()
        finished = subprocess.run(
            [str(self.program), *arguments],
            env=self.environment,
            cwd=self.home,
            capture_output=True,
            timeout=timeout,
            check=False,
        )
        seconds = time.monotonic() - started
        out = finished.stdout.decode("utf-8", errors="replace")
        err = finished.stderr.decode("utf-8", errors="replace")
        warnings = [line for line in err.splitlines() if not line.startswith(OFFSCREEN_NOTES)]
        command = " ".join(["ryhmat", *arguments])
        if finished.returncode != 0 or warnings:
            raise SmokeTestFailed(
                f"{command}: exit code {finished.returncode}\n--- stdout\n{out}--- stderr\n{err}"
            )
        print(f"ok  {command}  ({seconds:.2f} s)", flush=True)
        return out


def expect(condition: bool, what: str, output: str) -> None:
    if not condition:
        raise SmokeTestFailed(f"{what}\n--- output\n{output}")


def check(bundle: Bundle) -> None:
    version = bundle.run("--version")
    expect(
        re.fullmatch(r"ryhmat \d+\.\d+\.\d+\S*\s*", version) is not None and "0.0.0" not in version,
        "--version does not say the version",
        version,
    )

    made = bundle.run("demo", "--scale", "small")
    expect(made.startswith("Esimerkkiaineisto luotu"), "the demo did not speak Finnish", made)
    expect(
        any(bundle.home.rglob("ryhmat.sqlite3")),
        "the database is not in the user's data folder under the home",
        made,
    )

    groups = bundle.run("groups")
    expect(
        groups.startswith("Nimi") and "Järjestäjät" in groups and ICAL_GROUP in groups,
        "groups are not listed in Finnish",
        groups,
    )

    workbook = bundle.home / "tilastot.xlsx"
    bundle.run("export", "excel", "--out", str(workbook))
    with zipfile.ZipFile(workbook) as opened:
        names = opened.namelist()
    expect("xl/workbook.xml" in names, "the workbook has no xl/workbook.xml", str(names))

    calendar = bundle.home / "kohtaamo.ics"
    bundle.run("export", "ical", "--group", ICAL_GROUP, "--out", str(calendar))
    feed = calendar.read_text(encoding="utf-8")
    expect(
        feed.startswith("BEGIN:VCALENDAR") and "BEGIN:VEVENT" in feed,
        "the feed is not an iCalendar file with events",
        feed[:500],
    )

    shown = bundle.run("--close-after", str(WINDOW_SECONDS), timeout=WINDOW_SECONDS + 120)
    expect(shown == "Ryhmät: Kalenteri\n", "the window did not show its calendar in Finnish", shown)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the .tar.gz, .zip or folder")
    bundle = parser.parse_args(argv).bundle.resolve()
    with tempfile.TemporaryDirectory(prefix="ryhmat-smoke-") as temporary:
        home = Path(temporary) / "home"
        home.mkdir()
        unpacked = Path(temporary) / "unpacked"
        unpacked.mkdir()
        try:
            check(Bundle(unpack(bundle, unpacked), home))
        except SmokeTestFailed as failure:
            print(f"FAILED: {failure}", file=sys.stderr)
            return 1
    print(f"smoke test passed: {bundle.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
