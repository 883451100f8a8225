"""Every text shown to a person has its Finnish and Swedish translation, built into .qm."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ryhmat.resources import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p) for p in (ROOT / "ryhmat").rglob("*.py"))


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The committed .ts files brought up to date with the code, in a scratch folder."""
    folder = tmp_path_factory.mktemp("ts")
    copies = {}
    for language in ("fi", "sv", "en"):
        copy = folder / f"ryhmat_{language}.ts"
        shutil.copy(TRANSLATIONS / copy.name, copy)
        copies[language] = copy
    subprocess.run(
        [BIN / "pyside6-lupdate", "-silent", "-no-obsolete", *sources(), "-ts", *copies.values()],
        check=True,
        capture_output=True,
    )
    return copies


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_text_in_the_code_is_translated(refreshed: dict[str, Path], language: str) -> None:
    untranslated = [
        message.findtext("source")
        for message in ET.parse(refreshed[language]).iter("message")
        if message.find("translation[@type]") is not None
    ]
    assert untranslated == [], "run `make translations` and translate these"


def test_english_has_its_plural_forms(refreshed: dict[str, Path]) -> None:
    """English shows the source texts, but "%n session(s)" needs its two forms."""
    untranslated = [
        message.findtext("source")
        for message in ET.parse(refreshed["en"]).iter("message")
        if message.get("numerus") == "yes" and message.find("translation[@type]") is not None
    ]
    assert untranslated == []


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_the_built_qm_file_matches_its_ts_source(tmp_path: Path, language: str) -> None:
    built = tmp_path / f"ryhmat_{language}.qm"
    subprocess.run(
        [
            BIN / "pyside6-lrelease",
            "-silent",
            TRANSLATIONS / f"ryhmat_{language}.ts",
            "-qm",
            built,
        ],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == (TRANSLATIONS / built.name).read_bytes()


@pytest.mark.parametrize(("language", "word"), [("fi", "Peruuta"), ("sv", "Avbryt")])
def test_cancel_is_one_word_throughout(language: str, word: str) -> None:
    """Qt's own Finnish says "Peru"; the app's buttons and Qt's must say the same."""
    said = {
        (message.findtext("source"), message.findtext("translation"))
        for message in ET.parse(TRANSLATIONS / f"ryhmat_{language}.ts").iter("message")
        if message.findtext("source") in ("Cancel", "&Cancel")
    }
    assert said
    assert {(translation or "").replace("&", "") for _source, translation in said} == {word}


def translations(language: str) -> list[tuple[str, str]]:
    """(source, translation) of every message, plural forms joined."""
    found = []
    for message in ET.parse(TRANSLATIONS / f"ryhmat_{language}.ts").iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text or "" for form in translation.iter("numerusform")]
        said = " | ".join(forms) or translation.text or ""
        found.append((message.findtext("source") or "", said))
    return found


# The words the reviewers asked for, and those they replace.
REPLACED_WORDS = {
    "fi": ["arkipyhä", "tukihenkilö", "vk "],
    "sv": ["säsong", "fyllnadsgrad", "besökarantal", "påhittad", "hoppas över", "lämna bort"],
}


@pytest.mark.parametrize("language", list(REPLACED_WORDS))
def test_the_reviewers_words_are_used_throughout(language: str) -> None:
    said = [(s, t) for s, t in translations(language) if t]
    for word in REPLACED_WORDS[language]:
        assert [t for _, t in said if word in t.casefold()] == [], word
    wanted = dict(said)
    if language == "fi":
        assert wanted["public holiday"] == "juhlapyhä"
        assert wanted["Wk %1"] == "vko %1"
        assert "IT-tukeen" in next(t for s, t in said if "IT support" in s)
        # "vapaaehtoinen" is a volunteer, never an optional field.
        assert all("vapaaehtoinen" not in t.casefold() for s, t in said if "optional" in s)
        assert wanted["Volunteer"] == "Vapaaehtoinen"
    else:
        assert wanted["Season"] == "Termin"
        assert wanted["Fill rate"] == "Beläggningsgrad"
        assert wanted["Headcount"] == "Antal besökare"
        assert wanted["Skipped days"] == "Utelämnade dagar"
        assert "fiktiv" in next(t for s, t in said if "fictional" in s)


# Tilastot, its filter bar and the panels of its tabs: a label of a tab shown is on
# the page with the page's own.
STATISTICS_PAGE_CONTEXTS = (
    "StatisticsPage",
    "FilterBar",
    "ChartsPanel",
    "FamiliesPanel",
    "LeadersPanel",
    "VisitsPanel",
    "EvaluationsPanel",
    "SessionsToRecord",
)


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_the_statistics_page_gives_each_alt_key_once(language: str) -> None:
    """Tilastot and its filter bar are one window: two labels with the same Alt key
    make Qt cycle between them instead of doing what was pressed (the summary's
    button and the Evaluations tab both took Alt+I)."""
    tree = ET.parse(TRANSLATIONS / f"ryhmat_{language}.ts")
    keys: dict[str, list[str]] = {}
    for context in tree.getroot().iter("context"):
        if context.findtext("name") not in STATISTICS_PAGE_CONTEXTS:
            continue
        for message in context.iter("message"):
            text = message.findtext("translation") or ""
            if "&" in text:
                key = text[text.index("&") + 1].casefold()
                keys.setdefault(key, []).append(text)
    assert {key: texts for key, texts in keys.items() if len(texts) > 1} == {}
