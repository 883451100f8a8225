"""The application's icon, in every size it is drawn in, for the windows and the task bar."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ryhmat.resources import ICON_SIZES, icon_png


def application_icon() -> QIcon:
    """The icon with each of its PNG sizes, so that Qt picks a drawn one, not a scaled one."""
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addFile(str(icon_png(size)))
    return icon
