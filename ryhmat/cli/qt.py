"""Qt for the commands that write a PDF: loaded only when one runs."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path


def start_qt(language: str) -> None:
    """Qt lays out and writes the PDF: an application without a window (no display
    needed), in the language asked for."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ryhmat.i18n import install_into, load_language

    app = QApplication.instance() or QApplication(["ryhmat"])
    load_language(language)
    install_into(app)


def save_pdf(save: Callable[[Path], None], out: Path, persons_language: str) -> None:
    """``save`` writes the PDF to ``out``. A write the disk refuses although the folder
    looked writable (a read-only mount, a share, /proc) is one line in the person's
    language, which may not be the PDF's."""
    from ryhmat.i18n import load_language
    from ryhmat.ui.printing import pdf_not_saved

    try:
        save(out)
    except OSError as error:
        load_language(persons_language)
        raise pdf_not_saved(out, error) from None
