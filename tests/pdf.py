"""A PDF read back as a person reads it, with poppler's pdftotext and pdfinfo."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path


def pdf_text(path: Path) -> str:
    """The PDF's text, its words joined by single spaces (table cells wrap), ligatures
    ("ﬀ" of "träffar") as their letters."""
    assert path.stat().st_size > 0
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return unicodedata.normalize("NFKC", " ".join(text.split()))


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])
