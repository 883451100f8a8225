"""This computer's preferences: declared once, typed across QSettings' round trip, calm
about values they cannot read, and loading what earlier versions wrote."""

from __future__ import annotations

import ast
import itertools
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import QByteArray, QSettings

import ryhmat
from ryhmat.preferences import (
    ACTOR,
    DEFAULT_KEEP_BACKUPS,
    KEEP_BACKUPS,
    LANGUAGE,
    MAX_KEEP_BACKUPS,
    WINDOW_GEOMETRY,
    WINDOW_VIEW,
    BoolOption,
    Option,
    Preferences,
    TextOption,
)

# No preference is on or off yet; the kind is declared for the first that will be.
SHOWN_HINTS = BoolOption("tests/shown-hints", True)
PACKAGE = Path(ryhmat.__file__).parent
DECLARATION = PACKAGE / "preferences.py"
_restarts = itertools.count()


def raw_store(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def after_restart(path: Path) -> QSettings:
    """The file as the next start of the app reads it: from the disk, as text. (Within
    one process Qt shares what it read of a file between its QSettings, with the values
    still of the types they were set with: a copy has nothing shared.)"""
    copy = path.with_name(f"{path.stem}-{next(_restarts)}{path.suffix}")
    shutil.copyfile(path, copy)
    return raw_store(copy)


def reopened(path: Path) -> Preferences:
    return Preferences(after_restart(path))


def test_the_keys_stay_the_ones_earlier_versions_wrote() -> None:
    assert {option.key for option in Option.declared.values() if option is not SHOWN_HINTS} == {
        "language",
        "audit/worker",
        "backups/keep",
        "window/geometry",
        "window/view",
    }


def test_settings_written_the_old_way_load_through_the_declarations(tmp_path: Path) -> None:
    old = raw_store(tmp_path / "settings.ini")
    old.setValue("language", "sv")
    old.setValue("audit/worker", "Anna Aalto")
    old.setValue("backups/keep", 2)
    old.setValue("window/geometry", QByteArray(b"\x01\xd9\xd0\xcb"))
    old.setValue("window/view", 4)
    old.sync()

    preferences = reopened(tmp_path / "settings.ini")
    assert preferences[LANGUAGE] == "sv"
    assert preferences[ACTOR] == "Anna Aalto"
    assert preferences[KEEP_BACKUPS] == 2
    assert preferences[WINDOW_GEOMETRY] == b"\x01\xd9\xd0\xcb"
    assert preferences[WINDOW_VIEW] == 4


def test_what_is_written_is_stored_as_the_old_versions_stored_it(tmp_path: Path) -> None:
    """So that going back to an earlier version keeps the settings too."""
    preferences = Preferences.in_file(tmp_path / "settings.ini")
    preferences[KEEP_BACKUPS] = 3
    preferences[WINDOW_GEOMETRY] = b"\x01\x02"
    preferences.sync()
    old = after_restart(tmp_path / "settings.ini")
    assert old.value("backups/keep") == "3"
    assert old.value("window/geometry") == QByteArray(b"\x01\x02")


def test_missing_preferences_are_their_defaults(tmp_path: Path) -> None:
    preferences = Preferences.in_file(tmp_path / "settings.ini")
    assert preferences[LANGUAGE] == ""
    assert preferences[ACTOR] == ""
    assert preferences[KEEP_BACKUPS] == DEFAULT_KEEP_BACKUPS
    assert preferences[WINDOW_GEOMETRY] == b""
    assert preferences[WINDOW_VIEW] == 0
    assert preferences[SHOWN_HINTS] is True


@pytest.mark.parametrize("stored", ["true", "True", "1", True, 1])
def test_a_bool_stored_as_any_platform_stores_it_is_true(tmp_path: Path, stored: object) -> None:
    """INI files (Linux) give "true" back; the Windows registry and macOS give a bool."""
    store = raw_store(tmp_path / "settings.ini")
    store.setValue(SHOWN_HINTS.key, stored)
    assert Preferences(store)[SHOWN_HINTS] is True
    store.sync()
    assert reopened(tmp_path / "settings.ini")[SHOWN_HINTS] is True


@pytest.mark.parametrize("value", [True, False])
def test_a_bool_stays_a_bool_across_the_round_trip(tmp_path: Path, value: bool) -> None:
    preferences = Preferences.in_file(tmp_path / "settings.ini")
    preferences[SHOWN_HINTS] = value
    preferences.sync()
    assert reopened(tmp_path / "settings.ini")[SHOWN_HINTS] is value


@given(keep=st.integers(0, MAX_KEEP_BACKUPS), view=st.integers(0, 2**31 - 1), actor=st.text())
def test_a_value_written_is_the_value_read_after_a_restart(
    tmp_path_factory: pytest.TempPathFactory, keep: int, view: int, actor: str
) -> None:
    path = tmp_path_factory.mktemp("preferences") / "settings.ini"
    preferences = Preferences.in_file(path)
    preferences[KEEP_BACKUPS] = keep
    preferences[WINDOW_VIEW] = view
    preferences[ACTOR] = actor
    preferences.sync()
    again = reopened(path)
    assert (again[KEEP_BACKUPS], again[WINDOW_VIEW], again[ACTOR]) == (keep, view, actor)


@pytest.mark.parametrize(
    ("option", "stored"),
    [
        (KEEP_BACKUPS, "kymmenen"),
        (KEEP_BACKUPS, "3.5"),
        (KEEP_BACKUPS, ["1", "2"]),
        (WINDOW_VIEW, ""),
        (WINDOW_GEOMETRY, "leveä"),
        (LANGUAGE, ["fi", "sv"]),
        (SHOWN_HINTS, "ehkä"),
        (SHOWN_HINTS, "2"),
    ],
)
def test_a_value_that_cannot_be_read_is_the_default(
    tmp_path: Path, option: Option[object], stored: object
) -> None:
    """A settings file edited by hand is no error: the preference is as if unset."""
    store = raw_store(tmp_path / "settings.ini")
    store.setValue(option.key, stored)
    store.sync()
    assert reopened(tmp_path / "settings.ini")[option] == option.default


@pytest.mark.parametrize(("stored", "kept"), [("-5", 0), ("5000", MAX_KEEP_BACKUPS), (" 7 ", 7)])
def test_a_number_beyond_its_bounds_is_the_nearest_bound(
    tmp_path: Path, stored: str, kept: int
) -> None:
    store = raw_store(tmp_path / "settings.ini")
    store.setValue(KEEP_BACKUPS.key, stored)
    assert Preferences(store)[KEEP_BACKUPS] == kept


def test_a_key_declared_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="declared twice"):
        TextOption(LANGUAGE.key, "fi")


def _strays(path: Path, keys: set[str]) -> list[str]:
    """Where a module builds or names QSettings, or spells a preference's key."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        named = (
            (isinstance(node, ast.Name) and node.id == "QSettings")
            or (isinstance(node, ast.Attribute) and node.attr == "QSettings")
            or (isinstance(node, ast.alias) and node.name.endswith("QSettings"))
        )
        spelled = isinstance(node, ast.Constant) and node.value in keys
        if named or spelled:
            found.append(f"{path}:{getattr(node, 'lineno', '?')}")
    return found


def test_only_the_declaration_touches_qsettings_or_spells_a_key() -> None:
    keys = set(Option.declared)
    modules = sorted(path for path in PACKAGE.rglob("*.py") if path != DECLARATION)
    assert len(modules) > 100
    assert [stray for path in modules for stray in _strays(path, keys)] == []


def test_the_scan_finds_a_stray(tmp_path: Path) -> None:
    stray = tmp_path / "stray.py"
    stray.write_text(
        "from PySide6.QtCore import QSettings\n"
        "keep = QSettings('Ryhmat', 'ryhmat').value('backups/keep')\n",
        encoding="utf-8",
    )
    assert len(_strays(stray, set(Option.declared))) == 3
