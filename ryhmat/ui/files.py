"""Asking where to save a file: Qt's file dialog, with a name already suggested.

A person saving a sign-in sheet or a backup gets a name that says what the file is,
in the UI's language ("Osallistujalista Karhunpojat 12.12.2026.pdf"), and can keep
it or type over it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

# Characters no file system takes in a name (Windows is the strictest), and controls.
_NOT_IN_NAMES = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f]+')
MAX_NAME_LENGTH = 120


def file_name(*parts: str) -> str:
    """A file name (without its suffix) made of ``parts``: what a file system refuses
    becomes a dash, and the name stays short enough for every system."""
    joined = " ".join(part for part in parts if part)
    cleaned = " ".join(_NOT_IN_NAMES.sub("-", joined).split())
    return cleaned[:MAX_NAME_LENGTH].strip(" .") or "Ryhmat"


def save_file_dialog(
    parent: QWidget,
    title: str,
    name_filter: str,
    suffix: str,
    suggested_name: str,
    save: Callable[[Path], object],
) -> QFileDialog:
    """Open a dialog that asks where to save, ``suggested_name`` (no suffix) filled in;
    ``save(path)`` runs once the person has chosen."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(f"{suggested_name}.{suffix}")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda path: save(Path(path)))
    dialog.open()
    return dialog
