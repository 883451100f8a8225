"""Asetukset: the language, automatic backups, where the database and the log are, and
the sections the window adds (data protection)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ryhmat.preferences import DEFAULT_KEEP_BACKUPS, MAX_KEEP_BACKUPS

LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


class SettingsPage(QWidget):
    """Language names are written in their own language, so anyone can find theirs."""

    language_changed = Signal(str)  # the language code (fi, sv, en) the person chose
    keep_backups_changed = Signal(int)  # how many automatic backups to keep, as set

    def __init__(
        self,
        language: str,
        database: str,
        log_file: str,
        parent: QWidget | None = None,
        *,
        keep_backups: int = DEFAULT_KEEP_BACKUPS,
        backups_folder: str = "",
        safety_copies: list[str] | None = None,
        safety_copies_kept: int = 0,
    ) -> None:
        super().__init__(parent)
        self.language = QComboBox(self)
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(self._language_chosen)

        form = QFormLayout()
        language_label = QLabel(self.tr("&Language:"), self)
        language_label.setBuddy(self.language)
        form.addRow(language_label, self.language)
        self.database = QLabel(database, self)
        self.database.setWordWrap(True)
        form.addRow(self.tr("Database:"), self.database)
        self._add_backups(form, keep_backups, backups_folder)
        if backups_folder:
            self._add_safety_copies(form, safety_copies or [], safety_copies_kept)
        self.log_file = QLabel(log_file, self)
        self.log_file.setWordWrap(True)
        form.addRow(self.tr("Error log:"), self.log_file)
        self._layout = layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def add_section(self, title: str, section: QWidget) -> None:
        """A part that needs the database (the window builds it), above the free space."""
        box = QGroupBox(title, self)
        QVBoxLayout(box).addWidget(section)
        self._layout.insertWidget(self._layout.count() - 1, box)

    def _add_backups(self, form: QFormLayout, keep: int, folder: str) -> None:
        self.keep_backups = QSpinBox(self)
        self.keep_backups.setObjectName("keepBackups")
        self.keep_backups.setRange(0, MAX_KEEP_BACKUPS)
        self.keep_backups.setSpecialValueText(self.tr("Off"))
        self.keep_backups.setValue(keep)
        self.keep_backups.valueChanged.connect(self.keep_backups_changed)
        label = QLabel(self.tr("Automatic &backups to keep:"), self)
        label.setBuddy(self.keep_backups)
        form.addRow(label, self.keep_backups)
        if folder:
            text = self.tr(
                "At every start the app saves a copy of the database in %1 and removes "
                "the oldest copies beyond this number. 0 turns automatic backups off."
            ).replace("%1", folder)
        else:
            self.keep_backups.setEnabled(False)
            text = self.tr(
                "Automatic backups are made of an SQLite database file only; "
                "back up a PostgreSQL database with pg_dump."
            )
        self.backups_note = QLabel(text, self)
        self.backups_note.setWordWrap(True)
        form.addRow("", self.backups_note)

    def _add_safety_copies(self, form: QFormLayout, copies: list[str], kept: int) -> None:
        """The copies taken before a restore or an upgrade: where to find the data as it
        was, should the restore or the upgrade have been a mistake."""
        text = self.tr(
            "Before a restore or an upgrade the app saves a copy of the database; "
            "the newest %n of each are kept.",
            "",
            kept,
        )
        if copies:
            text += "\n" + "\n".join(copies)
        else:
            text += " " + self.tr("There are none now.")
        self.safety_copies = QLabel(text, self)
        self.safety_copies.setObjectName("safetyCopies")
        self.safety_copies.setWordWrap(True)
        self.safety_copies.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Safety copies:"), self.safety_copies)

    def _language_chosen(self) -> None:
        self.language_changed.emit(self.language.currentData())
