"""The benchmark's demo databases: built once, kept under bench/.cache, copied per run.

A cached file is named by a hash of the demo generator and the migrations, so it is
rebuilt when either changes; the benchmark itself works on a copy, so feeds it
publishes or backups the app makes never reach the cached file.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ryhmat.demo import Scale, generate, load
from ryhmat.storage.database import open_database

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
WORK = CACHE / "work"
# The demo's "today": a Monday in late November, as in the tests. The views are
# measured on this day, so the figures do not drift with the calendar.
TODAY = date(2026, 11, 23)
SOURCES = ("ryhmat/demo/*.py", "ryhmat/storage/migrations/versions/*.py")


@dataclass(frozen=True, slots=True)
class DemoDatabase:
    name: str
    scale: Scale
    share: float = 1.0

    def url(self, path: Path) -> str:
        return f"sqlite:///{path}"


MUNICIPALITY = DemoDatabase("municipality", "municipality")
TENTH = DemoDatabase("tenth", "municipality", share=0.1)
SMALL = DemoDatabase("small", "small")


def source_hash() -> str:
    digest = hashlib.sha256(TODAY.isoformat().encode())
    for pattern in SOURCES:
        for path in sorted(ROOT.glob(pattern)):
            digest.update(path.relative_to(ROOT).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cached(database: DemoDatabase) -> Path:
    """The cached file of ``database``, built first if missing or out of date."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"{database.name}-{source_hash()}.sqlite3"
    if not path.exists():
        for stale in CACHE.glob(f"{database.name}-*.sqlite3"):
            stale.unlink()
        _build(database, path)
    return path


def working_copy(database: DemoDatabase) -> Path:
    """A fresh copy of the cached file for this run of the benchmark."""
    WORK.mkdir(parents=True, exist_ok=True)
    copy = WORK / f"{database.name}.sqlite3"
    shutil.copyfile(cached(database), copy)
    return copy


def _build(database: DemoDatabase, path: Path) -> None:
    print(f"Building the {database.name} demo database (once; cached in {CACHE})…", flush=True)
    started = time.perf_counter()
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    opened = open_database(database.url(partial))
    try:
        with opened.unit_of_work() as uow:
            load(uow, generate(database.scale, seed=1, today=TODAY, share=database.share))
    finally:
        opened.dispose()
    partial.rename(path)
    print(f"  built in {time.perf_counter() - started:.0f} s", flush=True)
