"""Translation: Finnish by default, Swedish and English, through Qt's translation files.

The source texts in the code are English; ``ryhmat/resources/translations`` holds the
.ts sources and the built .qm files for all three languages (English's file gives
the plural forms of the %n texts). The CLI uses the same files as the GUI, read
without Qt (ryhmat.qm_catalogue): a command loads no PySide6, and a message reads
the same in both.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from ryhmat.qm_catalogue import QmCatalogue
from ryhmat.resources import TRANSLATIONS

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QTranslator

DEFAULT_LANGUAGE = "fi"
LANGUAGES = ("fi", "sv", "en")


def qt_texts_said_our_way() -> tuple[str, ...]:
    """Texts of Qt's own that the app translates itself, as they read now.

    The app's translator is asked before Qt's. Qt's Finnish says "Peru" on the standard
    Cancel button where the app says "Peruuta", and leaves these parts of its file
    dialog in English.
    """
    from PySide6.QtCore import QCoreApplication

    return (
        QCoreApplication.translate("QPlatformTheme", "Cancel"),
        QCoreApplication.translate("QFileDialog", "&Look in:"),
        QCoreApplication.translate("QFileDialog", "Files of &type:"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
    )


_language = DEFAULT_LANGUAGE
_catalogue: QmCatalogue | None = None
_active: QTranslator | None = None
# Qt's own texts: the standard buttons (Close, Cancel), the file dialog, the calendar popup.
_qt: QTranslator | None = None


def chosen_language(setting: str | None = None) -> str:
    """The language to use: a setting, else RYHMAT_LANGUAGE, else Finnish."""
    for candidate in (setting, os.environ.get("RYHMAT_LANGUAGE")):
        if candidate and candidate[:2].lower() in LANGUAGES:
            return candidate[:2].lower()
    return DEFAULT_LANGUAGE


def use_language(language: str) -> None:
    """Make ``language`` the one ``translate`` answers in, without loading Qt (the CLI)."""
    global _language, _catalogue
    _language = language
    # English is the source language, but it has a file too: it holds the plural forms of
    # the %n texts ("%n session(s)" as "1 session", "3 sessions").
    _catalogue = QmCatalogue.load(TRANSLATIONS / f"ryhmat_{language}.qm")


def load_language(language: str) -> None:
    """Make ``language`` current, here and in Qt: its locale, and its translators in the
    running application if there is one."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    global _active, _qt
    use_language(language)
    app = QCoreApplication.instance()
    for old in (_active, _qt):
        if old is not None and app is not None:
            app.removeTranslator(old)
    # Finland-based locales: d.M.yyyy and 9.30 in Finnish and Swedish, Monday first in all.
    QLocale.setDefault(QLocale(f"{language}_FI"))
    translator = QTranslator()
    _active = translator if translator.load(f"ryhmat_{language}", str(TRANSLATIONS)) else None
    qt = QTranslator()
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    _qt = qt if qt.load(f"qtbase_{language}", qt_folder) else None
    if app is not None:
        install_into(app)


def install_into(app: QCoreApplication) -> None:
    for translator in (_qt, _active):
        if translator is not None:
            app.installTranslator(translator)


def current_language() -> str:
    """The language made current last (Finnish until one is)."""
    return _language


def translate(context: str, text: str) -> str:
    if _catalogue is None:
        return text
    return _catalogue.translate(context, text) or text


Translate = Callable[[str, str], str]


def translator(language: str) -> Translate:
    """``translate`` in ``language``, leaving the language in use as it is: for what is
    written in several languages at once (the public pages, in Finnish and Swedish),
    also off the GUI thread."""
    catalogue = _catalogue_of(language)

    def in_language(context: str, text: str) -> str:
        if catalogue is None:
            return text
        return catalogue.translate(context, text) or text

    return in_language


@functools.cache
def _catalogue_of(language: str) -> QmCatalogue | None:
    return QmCatalogue.load(TRANSLATIONS / f"ryhmat_{language}.qm")
