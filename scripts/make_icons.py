"""Write the hicolor icon theme files in packaging/icons/ from the SVGs in assets/icons/.

The app icon is rendered to PNG at every size a desktop asks for (from a copy redrawn on a
16 px grid for 16 to 32 px, where the full drawing blurs), and the scalable and the symbolic
SVGs are copied under the application id. Run it after changing an icon:

    .venv/bin/python scripts/make_icons.py           # rewrite files that changed
    .venv/bin/python scripts/make_icons.py --check   # only report stale files (exit 1)
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

# Before any Qt import: rendering needs no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
try:
    from deskstretch.platform.autostart import APP_ID
except ImportError:  # not installed: use the source checkout this script lives in
    sys.path.insert(0, str(ROOT / "src"))
    from deskstretch.platform.autostart import APP_ID

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
APP_ICON = ROOT / "assets" / "icons" / "deskstretch.svg"
# Up to 32 px the raised arms of the full icon run into its head; this one keeps them apart.
SMALL_APP_ICON = ROOT / "packaging" / "icon-sources" / "deskstretch-small.svg"
SMALL_SIZES = (16, 22, 24, 32)
SYMBOLIC_ICON = ROOT / "assets" / "icons" / "deskstretch-symbolic.svg"
THEME = ROOT / "packaging" / "icons" / "hicolor"


def render_png(svg: Path, size: int) -> bytes:
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not an SVG that Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise OSError(f"could not encode a {size} px PNG of {svg}")
    buffer.close()
    return bytes(data.data())


def wanted_files() -> dict[Path, bytes]:
    """Every file under packaging/icons/hicolor, by path, with its contents."""
    files = {
        THEME / f"{size}x{size}" / "apps" / f"{APP_ID}.png":
            render_png(SMALL_APP_ICON if size in SMALL_SIZES else APP_ICON, size)
        for size in SIZES
    }
    files[THEME / "scalable" / "apps" / f"{APP_ID}.svg"] = APP_ICON.read_bytes()
    files[THEME / "symbolic" / "apps" / f"{APP_ID}-symbolic.svg"] = SYMBOLIC_ICON.read_bytes()
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if any icon file is missing or stale")
    args = parser.parse_args(argv)

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    stale = []
    files = wanted_files()
    for path, data in files.items():
        if path.exists() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)

    for path in stale:
        print(f"{'stale' if args.check else 'wrote'}: {path.relative_to(ROOT)}")
    if not stale:
        print(f"all {len(files)} icon files are up to date")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
