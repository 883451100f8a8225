"""Composition root of the desktop app: the database, the language and the main window."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from ryhmat.domain.errors import UserError
from ryhmat.i18n import install_into, translate


def run_gui(database_url: str | None) -> int:
    from ryhmat.storage.database import open_database, resolve_database_url
    from ryhmat.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Ryhmät")
    app.setOrganizationName("Ryhmat")
    install_into(app)
    url = resolve_database_url(database_url)
    try:
        database = open_database(url)
    except UserError as error:
        QMessageBox.critical(None, translate("App", "Ryhmät"), error.message(translate))
        return 2
    window = MainWindow(database.unit_of_work, database.display_name)
    window.show()
    try:
        return app.exec()
    finally:
        database.dispose()
