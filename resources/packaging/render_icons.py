"""Render resources/icons/privacycheck.svg to the hicolor PNG sizes (Linux desktops), and the Windows .ico and macOS
.icns icons of the bundle (resources/packaging/privacycheck.ico, .icns), built from the same PNGs.

Run with the project's venv: `.venv/bin/python resources/packaging/render_icons.py`. Offscreen: no display needed.
The PNGs are committed, so a build does not need to run this; run it again when the SVG changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

SIZES = (16, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parents[1] / "icons"
PACKAGING = Path(__file__).resolve().parent
ICO_SIZES = (16, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data (macOS 10.7+), by pixel size.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512))


def png(size: int) -> bytes:
    return (ICONS / "hicolor" / f"{size}x{size}" / "apps" / "privacycheck.png").read_bytes()


def ico() -> bytes:
    """A multi-size .ico with PNG entries (Windows Vista and later read them)."""
    images = [png(size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns() -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(png(size))) + png(size) for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (fonts and image plugins need one)
    renderer = QSvgRenderer(str(ICONS / "privacycheck.svg"))
    if not renderer.isValid():
        print("privacycheck.svg: not a valid SVG", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "privacycheck.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            print(f"{target}: could not write", file=sys.stderr)
            return 1
        print(target.relative_to(ICONS.parent.parent))
    for name, data in (("privacycheck.ico", ico()), ("privacycheck.icns", icns())):
        (PACKAGING / name).write_bytes(data)
        print((PACKAGING / name).relative_to(ICONS.parent.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())
