"""Asetukset: the language, and where the database and the log are."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QVBoxLayout, QWidget

LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}


class SettingsPage(QWidget):
    """Language names are written in their own language, so anyone can find theirs."""

    language_changed = Signal(str)

    def __init__(
        self, language: str, database: str, log_file: str, parent: QWidget | None = None
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
        self.log_file = QLabel(log_file, self)
        self.log_file.setWordWrap(True)
        form.addRow(self.tr("Error log:"), self.log_file)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

    def _language_chosen(self) -> None:
        self.language_changed.emit(self.language.currentData())
