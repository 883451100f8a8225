"""The icon, the Linux desktop entry and the AppStream metainfo: present, consistent with
the app, and accepted by the validators a Linux distribution runs on them."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from configparser import ConfigParser

import pytest
from PySide6.QtGui import QImage

from ryhmat import __version__
from ryhmat.resources import APP_ID, ICON_SIZES, ICONS, LINUX, icon_png

DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def test_the_desktop_entry_passes_desktop_file_validate() -> None:
    checked = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert (checked.returncode, checked.stdout + checked.stderr) == (0, "")


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    checked = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr


def desktop_entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_desktop_entry_starts_the_gui_entry_point_in_three_languages() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "ryhmat-gui"
    assert entry["Icon"] == APP_ID
    assert entry["Categories"] == "Office;Calendar;"
    assert {key for key in entry if key.startswith(("Name", "Comment"))} >= {
        "Name",
        "Name[fi]",
        "Name[sv]",
        "Comment",
        "Comment[fi]",
        "Comment[sv]",
    }


def test_the_metainfo_names_the_app_its_entry_and_this_version() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert component.findtext("project_license") == "EUPL-1.2"
    assert component.findtext("metadata_license") == "CC0-1.0"
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == __version__, "add this version's <release> to the metainfo"
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    descriptions = {p.get(lang, "en") for p in component.iterfind("description/p")}
    assert descriptions == {"en", "fi", "sv"}


@pytest.mark.parametrize("size", ICON_SIZES)
def test_the_icon_is_drawn_in_each_size(size: int) -> None:
    image = QImage(str(icon_png(size)))
    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()


def test_the_icon_has_its_windows_and_macos_files() -> None:
    assert (ICONS / "ryhmat.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (ICONS / "ryhmat.icns").read_bytes()[:4] == b"icns"
