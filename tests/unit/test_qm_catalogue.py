"""The CLI's translations read without Qt give Qt's own answer for every message."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator

from ryhmat.i18n import LANGUAGES
from ryhmat.qm_catalogue import QmCatalogue
from ryhmat.resources import TRANSLATIONS


def asked(language: str) -> Iterator[tuple[str, str, str]]:
    """(context, source text, comment) of every message in the language's .ts file, each
    also asked without its comment, and a text that is in no file."""
    root = ET.parse(TRANSLATIONS / f"ryhmat_{language}.ts").getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            yield name, source, comment
            if comment:
                yield name, source, ""
            yield "NoSuchContext", source, ""
            yield name, f"{source} (changed)", ""
    yield "Cli", "", ""


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_reads_as_qt_reads_it(language: str) -> None:
    catalogue = QmCatalogue.load(TRANSLATIONS / f"ryhmat_{language}.qm")
    assert catalogue is not None
    qt = QTranslator()
    assert qt.load(f"ryhmat_{language}", str(TRANSLATIONS))
    messages = list(asked(language))
    assert len(messages) > 1000
    translated = 0
    for context, source, comment in messages:
        ours = catalogue.translate(context, source, comment)
        # PySide gives Qt's null string (no translation) as "", like an empty one.
        assert (ours or "") == qt.translate(context, source, comment or None), (context, source)
        translated += bool(ours)
    assert translated >= 20  # the lookup finds messages (English's: its plural forms)


def test_a_missing_or_foreign_file_is_no_catalogue() -> None:
    assert QmCatalogue.load(TRANSLATIONS / "ryhmat_xx.qm") is None
    foreign = TRANSLATIONS / "ryhmat_fi.ts"  # a file, but no .qm
    assert QmCatalogue.load(foreign) is None
