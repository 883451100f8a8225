"""Tietoja Ryhmät-sovelluksesta: the name, the version, the licence, and where the app keeps
the database, its backups and its error log (what IT support asks first)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ryhmat import __version__
from ryhmat.ui.app_icon import application_icon

LICENCE = "EUPL-1.2"
ICON_PIXELS = 64


class AboutDialog(QDialog):
    def __init__(
        self, database: str, backups_folder: str, log_file: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Ryhmät"))
        icon = QLabel(self)
        icon.setPixmap(application_icon().pixmap(ICON_PIXELS, ICON_PIXELS))
        name = self.tr("Ryhmät")
        self.name = QLabel(f"<h2>{name}</h2>", self)
        self.version = QLabel(self.tr("Version %1").replace("%1", __version__), self)
        summary = QLabel(
            self.tr(
                "Plans the peer groups of family work, records attendance and publishes "
                "the groups' calendars."
            ),
            self,
        )
        summary.setWordWrap(True)
        self.licence = QLabel(self.tr("Licence: %1").replace("%1", LICENCE), self)

        where = QFormLayout()
        self.database = self._path(database)
        where.addRow(self.tr("Database:"), self.database)
        self.backups = self._path(
            backups_folder
            or self.tr("None made by the app: back up a PostgreSQL database with pg_dump.")
        )
        where.addRow(self.tr("Backups:"), self.backups)
        self.log_file = self._path(log_file)
        where.addRow(self.tr("Error log:"), self.log_file)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        title = QVBoxLayout()
        title.addWidget(self.name)
        title.addWidget(self.version)
        title.addStretch(1)
        heading = QHBoxLayout()
        heading.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        heading.addSpacing(12)
        heading.addLayout(title, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(summary)
        layout.addWidget(self.licence)
        layout.addSpacing(8)
        layout.addLayout(where)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _path(self, text: str) -> QLabel:
        """A path a person may select and copy into a message to their support."""
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label
