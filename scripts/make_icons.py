"""Write the tray icons in assets/icons/tray/ and the hicolor theme files in packaging/icons/.

The tray icons (every state, for light and dark panels and in monochrome) are drawn by
scripts/tray_icons.py; `--sheet` also redraws docs/screenshots/tray-styles.png, every
style and state on a light and a dark panel.

The app icon is rendered to PNG at every size a desktop asks for (from a copy redrawn on a
16 px grid for 16 to 32 px, where the full drawing blurs), and the scalable and the symbolic
SVGs are copied under the application id. Run it after changing an icon:

    .venv/bin/python scripts/make_icons.py           # rewrite files that changed
    .venv/bin/python scripts/make_icons.py --check   # only report stale files (exit 1)
    .venv/bin/python scripts/make_icons.py --sheet   # and redraw the tray icon sheet
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

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tray_icons  # noqa: E402

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
TRAY = ROOT / "assets" / "icons" / "tray"
SHEET = ROOT / "docs" / "screenshots" / "tray-styles.png"


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
    for name, text in tray_icons.all_icons().items():
        files[TRAY / name] = text.encode()
    return files


def draw_sheet(path: Path) -> None:
    """Every style and state at 16, 22 and 32 px, on a light and on a dark panel."""
    from PySide6.QtGui import QColor, QFont

    styles = [("light", "For light panels"), ("dark", "For dark panels"),
              ("mono", "Monochrome")]
    states = [("counting-2", "Counting, 1/4"), ("counting-6", "Counting, 3/4"),
              ("soon-7", "Close to a break"), ("due", "Break due"), ("in_break", "In a break"),
              ("paused", "Paused"), ("off_hours", "Outside working hours")]
    panels = [("Light panel", "#EDEDED", "#1F1F1F", "light"),
              ("Dark panel", "#2B2B2B", "#EEEEEE", "dark")]
    sizes = (16, 22, 32)
    label_w, cell_w, row_h, head_h = 190, 52 * len(sizes) // 2 + 40, 44, 58
    width = label_w + cell_w * len(styles) * len(panels)
    image = QImage(width, head_h + row_h * len(states), QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(13)
    p.setFont(font)
    for pi, (panel_name, bg, fg, scheme) in enumerate(panels):
        x0 = label_w + pi * cell_w * len(styles)
        p.fillRect(x0, 0, cell_w * len(styles), image.height(), QColor(bg))
        p.setPen(QColor(fg))
        p.drawText(QRectF(x0, 4, cell_w * len(styles), 20), Qt.AlignmentFlag.AlignCenter,
                   panel_name)
        for si, (style, style_name) in enumerate(styles):
            file_style = f"mono-{scheme}" if style == "mono" else style
            x = x0 + si * cell_w
            p.drawText(QRectF(x, 26, cell_w, 24), Qt.AlignmentFlag.AlignCenter, style_name)
            for ri, (state, _) in enumerate(states):
                renderer = QSvgRenderer(str(TRAY / f"{file_style}-{state}.svg"))
                ix = x + 12
                for size in sizes:
                    y = head_h + ri * row_h + (row_h - size) / 2
                    renderer.render(p, QRectF(ix, y, size, size))
                    ix += size + 10
    p.setPen(QColor("#1F2A30"))
    for ri, (_, state_name) in enumerate(states):
        p.drawText(QRectF(10, head_h + ri * row_h, label_w - 10, row_h),
                   Qt.AlignmentFlag.AlignVCenter, state_name)
    p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if any icon file is missing or stale")
    parser.add_argument("--sheet", action="store_true",
                        help=f"also redraw {SHEET.relative_to(ROOT)}")
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

    if args.sheet and not args.check:
        draw_sheet(SHEET)
        print(f"wrote {SHEET.relative_to(ROOT)}")
    for path in stale:
        print(f"{'stale' if args.check else 'wrote'}: {path.relative_to(ROOT)}")
    if not stale:
        print(f"all {len(files)} icon files are up to date")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
