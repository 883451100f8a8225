"""The two installs `make bench` starts as a person does: the source install's `ryhmat`
script beside this interpreter, and the bundle `make dist` builds, if it is there."""

from __future__ import annotations

import sys
from pathlib import Path

from bench.databases import ROOT

BUNDLE = ROOT / "dist" / "ryhmat" / "ryhmat"


def source_executable() -> list[str]:
    """The `ryhmat` console script installed beside this interpreter, else `python -m ryhmat`."""
    script = Path(sys.executable).with_name("ryhmat")
    return [str(script)] if script.exists() else [sys.executable, "-m", "ryhmat"]


def bundle_executable() -> Path | None:
    """The bundle's program, None when no bundle has been built."""
    return BUNDLE if BUNDLE.exists() else None
