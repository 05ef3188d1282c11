"""Render the program's icon (resources/icons/app.svg) at the sizes desktops and Windows ask for.

    python tools/render_icons.py          # write the PNGs and the .ico
    python tools/render_icons.py --check  # exit 1 if a committed file differs from a fresh rendering

Linux: packaging/linux/icons/hicolor/NxN/apps/kz.gov.council.CouncilDesktop.png (the freedesktop icon
theme's sizes) and hicolor/scalable/apps/….svg; Windows: resources/icons/app.ico (16–256 px), which
the PyInstaller spec gives the programs and the Inno Setup script the installer. Qt's own SVG renderer
draws them, so they match what the window shows.
"""
from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "app.svg"
APP_ID = "kz.gov.council.CouncilDesktop"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICO = ROOT / "resources" / "icons" / "app.ico"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def wanted() -> dict[Path, bytes]:
    from PIL import Image

    files = {HICOLOR / f"{n}x{n}" / "apps" / f"{APP_ID}.png": render(n) for n in PNG_SIZES}
    files[HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"] = SOURCE.read_bytes()
    # the .ico carries each size drawn at that size (not scaled down from the largest)
    images = [Image.open(io.BytesIO(render(n))) for n in ICO_SIZES]
    out = io.BytesIO()
    images[-1].save(out, format="ICO", sizes=[(n, n) for n in ICO_SIZES], append_images=images[:-1])
    files[ICO] = out.getvalue()
    return files


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed files, write nothing")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (fonts, image plug-ins)
    stale = []
    for path, data in wanted().items():
        if args.check:
            if not path.is_file() or path.read_bytes() != data:
                stale.append(path.relative_to(ROOT))
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, path)
    if stale:
        print("not as rendered (run python tools/render_icons.py):", *stale, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
