"""What the figures were measured on."""

from __future__ import annotations

import os
import platform
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

import PySide6
from PySide6.QtCore import qVersion


def _first_value(path: str, key: str) -> str:
    try:
        for line in Path(path).read_text().splitlines():
            if line.startswith(key):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def memory_text() -> str:
    kilobytes = _first_value("/proc/meminfo", "MemTotal").split()[0]
    return f"{int(kilobytes) / 1024**2:.1f} GiB" if kilobytes.isdigit() else "unknown"


def describe() -> list[tuple[str, str]]:
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return [
        ("date", datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")),
        ("CPU", _first_value("/proc/cpuinfo", "model name")),
        ("cores", str(os.cpu_count())),
        ("RAM", memory_text()),
        ("OS", platform.platform()),
        ("Python", sys.version.split()[0]),
        ("SQLite", sqlite3.sqlite_version),
        ("Qt / PySide6", f"{qVersion()} / {PySide6.__version__}"),
        ("load average at start (1, 5, 15 min)", load),
    ]
