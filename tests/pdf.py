"""A PDF read back as a person reads it, with poppler's pdftotext and pdfinfo."""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path


def pdf_text(path: Path, page: int | None = None) -> str:
    """The PDF's text (of one page, counted from 1, if asked), its words joined by single
    spaces (table cells wrap), ligatures ("ﬀ" of "träffar") as their letters."""
    assert path.stat().st_size > 0
    pages = [] if page is None else ["-f", str(page), "-l", str(page)]
    text = subprocess.run(
        ["pdftotext", "-layout", *pages, str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return unicodedata.normalize("NFKC", " ".join(text.split()))


def pdf_pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    line = next(line for line in info.stdout.splitlines() if line.startswith("Pages:"))
    return int(line.split()[1])
