"""Render the application icon from its SVG source into every size and format it ships in.

    .venv/bin/python scripts/make_icons.py

Reads ryhmat/resources/icons/ryhmat.svg and writes beside it ryhmat-<size>.png (Qt's SVG
renderer), ryhmat.ico for Windows and ryhmat.icns for macOS (Pillow packs the PNGs).
The outputs are committed: run this again after changing the SVG.
"""

from __future__ import annotations

import sys

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from ryhmat.resources import ICON_SIZES, ICONS, icon_png

SOURCE = ICONS / "ryhmat.svg"
# Windows shows up to 256 pixels; macOS asks for up to 512 (1024 is 512 at 2x, left out).
ICO_SIZES = tuple(size for size in ICON_SIZES if size <= 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def as_pillow(image: QImage) -> Image.Image:
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    size = (rgba.width(), rgba.height())
    return Image.frombytes(
        "RGBA", size, bytes(rgba.constBits()), "raw", "RGBA", rgba.bytesPerLine()
    )


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"{SOURCE} is not an SVG Qt can read", file=sys.stderr)
        return 1
    images = {size: as_pillow(render(renderer, size)) for size in ICON_SIZES}
    for size, image in images.items():
        image.save(icon_png(size), optimize=True)
    largest = images[max(ICO_SIZES)]
    largest.save(
        ICONS / "ryhmat.ico",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=[images[size] for size in ICO_SIZES],
    )
    # Pillow takes the sizes the .icns format has from the images appended.
    images[512].save(ICONS / "ryhmat.icns", append_images=list(images.values()))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
