"""Run-time hook of the bundle, in place of PyInstaller's own for PySide6: Qt finds its
plugins in the bundle. PyInstaller's hook loads QtCore at every start to do so, which
every command then pays for (a tenth of a second, and PySide's import hook on every
module loaded after it) though only the window uses Qt. PySide6 itself points Qt at
its own folder when QtCore loads; the variable says the same for Qt's plugins before."""

import os
import sys

# PySide6 keeps Qt beside its modules on Windows and in PySide6/Qt elsewhere.
_QT = ("PySide6",) if sys.platform.startswith("win") else ("PySide6", "Qt")
os.environ["QT_PLUGIN_PATH"] = os.path.join(sys._MEIPASS, *_QT, "plugins")  # type: ignore[attr-defined]
