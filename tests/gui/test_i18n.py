"""Qt's own texts that the app says its own way, in each language."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ryhmat.i18n import load_language, qt_texts_said_our_way


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("fi", ("Peruuta", "&Kansio:", "Tiedosto&tyyppi:", "Kansio")),
        ("sv", ("Avbryt", "&Titta i:", "Filer av &typ:", "Mapp")),
        ("en", ("Cancel", "&Look in:", "Files of &type:", "Folder")),
    ],
)
def test_qts_cancel_and_file_dialog_speak_the_uis_language(
    qapp: QApplication, language: str, said: tuple[str, ...]
) -> None:
    load_language(language)
    assert qt_texts_said_our_way() == said
