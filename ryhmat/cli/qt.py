"""Qt for the commands that write a PDF: loaded only when one runs."""

from __future__ import annotations

import os


def start_qt(language: str) -> None:
    """Qt lays out and writes the PDF: an application without a window (no display
    needed), in the language asked for."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ryhmat.i18n import install_into, load_language

    app = QApplication.instance() or QApplication(["ryhmat"])
    load_language(language)
    install_into(app)
