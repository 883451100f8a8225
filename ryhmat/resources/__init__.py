"""The files the app reads at run time, shipped inside the package (and its wheel and
bundle): the translations, the application icon, the Linux desktop entry and metainfo.
Nothing is looked up relative to a source tree."""

from __future__ import annotations

from pathlib import Path

FOLDER = Path(__file__).resolve().parent
TRANSLATIONS = FOLDER / "translations"
ICONS = FOLDER / "icons"
# The reverse-DNS id of the .desktop file, the AppStream metainfo and the icon's name.
APP_ID = "fi.perhetyo.Ryhmat"
LINUX = FOLDER / "linux"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def icon_png(size: int) -> Path:
    """The application icon drawn ``size`` pixels square (one of ICON_SIZES)."""
    return ICONS / f"ryhmat-{size}.png"
