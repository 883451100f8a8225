"""This computer's preferences (QSettings), shared by the desktop app and the CLI.

Every preference is declared here once, with its key, its type and its default, as
MusicBrainz Picard declares its options; the rest of the app reads and writes them
through ``Preferences`` with the declaration (``preferences[KEEP_BACKUPS]``), so no
other module builds a QSettings or spells a key (tests/unit/test_preferences.py
checks it). QSettings gives a value back as the platform stored it: an int written
on Linux comes back as the string "3", a bool as "true", while the Windows registry
and macOS keep the type. Each kind of option reads all those forms; a value it
cannot read (edited by hand, written by another version) is its default, never an
error. The keys are the ones earlier versions wrote, so a person's settings load.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

ORGANISATION = "Ryhmat"
APPLICATION = "ryhmat"

DEFAULT_KEEP_BACKUPS = 10
MAX_KEEP_BACKUPS = 999


class Option(ABC, Generic[T]):
    """A preference: its key in the store and its default, which stands for a value
    that is missing or that cannot be read."""

    # Every declaration by its key; Any because each holds a value of its own type.
    declared: ClassVar[dict[str, Option[Any]]] = {}

    def __init__(self, key: str, default: T) -> None:
        if key in Option.declared:
            raise ValueError(f"the preference {key!r} is declared twice")
        self.key = key
        self.default = default
        Option.declared[key] = self

    @abstractmethod
    def parse(self, stored: object) -> T | None:
        """The value a store gave back, or None when it is no such value."""

    def to_stored(self, value: T) -> object:
        """What the store keeps for ``value``: the value itself, unless a kind says."""
        return value

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key!r}, {self.default!r})"


class TextOption(Option[str]):
    def parse(self, stored: object) -> str | None:
        return stored if isinstance(stored, str) else None


class IntOption(Option[int]):
    """A whole number; one beyond the bounds given is brought to the nearest bound."""

    def __init__(
        self, key: str, default: int, *, minimum: int | None = None, maximum: int | None = None
    ) -> None:
        super().__init__(key, default)
        self.minimum = minimum
        self.maximum = maximum

    def parse(self, stored: object) -> int | None:
        if isinstance(stored, bool):
            return None
        if isinstance(stored, int):
            number = stored
        elif isinstance(stored, str):
            try:
                number = int(stored.strip())
            except ValueError:
                return None
        else:
            return None
        if self.minimum is not None:
            number = max(number, self.minimum)
        if self.maximum is not None:
            number = min(number, self.maximum)
        return number


class BoolOption(Option[bool]):
    """On or off: a bool, or its text ("true", "false") where the store keeps text."""

    _TEXTS: ClassVar[dict[str, bool]] = {"true": True, "false": False, "1": True, "0": False}

    def parse(self, stored: object) -> bool | None:
        if isinstance(stored, bool):
            return stored
        if isinstance(stored, int) and stored in (0, 1):
            return bool(stored)
        if isinstance(stored, str):
            return self._TEXTS.get(stored.strip().lower())
        return None


class BytesOption(Option[bytes]):
    """Bytes Qt made (a window's geometry), stored as Qt's byte array."""

    def parse(self, stored: object) -> bytes | None:
        if isinstance(stored, QByteArray):
            return bytes(stored.data())
        if isinstance(stored, bytes):
            return stored
        return None

    def to_stored(self, value: bytes) -> object:
        return QByteArray(value)


# The language chosen in Asetukset (fi, sv, en); empty until one is chosen, when
# RYHMAT_LANGUAGE or Finnish applies (ryhmat.i18n.chosen_language).
LANGUAGE = TextOption("language", "")
# The worker whose name the audit trail records for changes made on this computer;
# empty means the login name.
ACTOR = TextOption("audit/worker", "")
# How many automatic backups to keep; 0 means none are made.
KEEP_BACKUPS = IntOption("backups/keep", DEFAULT_KEEP_BACKUPS, minimum=0, maximum=MAX_KEEP_BACKUPS)
# The main window's size and place, as QWidget.saveGeometry gives them.
WINDOW_GEOMETRY = BytesOption("window/geometry", b"")
# The row of the view the main window showed last, in its navigation list.
WINDOW_VIEW = IntOption("window/view", 0, minimum=0)


class Preferences:
    """Preferences read and written through their declarations, typed."""

    def __init__(self, store: QSettings) -> None:
        self._store = store

    @classmethod
    def of_user(cls) -> Preferences:
        """The person's own, where the platform keeps an application's settings."""
        return cls(QSettings(ORGANISATION, APPLICATION))

    @classmethod
    def in_file(cls, path: Path) -> Preferences:
        """Kept in an INI file of one's choosing (a test's, a script's)."""
        return cls(QSettings(str(path), QSettings.Format.IniFormat))

    def __getitem__(self, option: Option[T]) -> T:
        stored = self._store.value(option.key)
        parsed = None if stored is None else option.parse(stored)
        return option.default if parsed is None else parsed

    def __setitem__(self, option: Option[T], value: T) -> None:
        self._store.setValue(option.key, option.to_stored(value))

    def sync(self) -> None:
        """Write what was set to the store now, not only when Qt gets round to it."""
        self._store.sync()
