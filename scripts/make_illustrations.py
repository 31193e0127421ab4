"""Write assets/illustrations/<id>.svg for every exercise that has poses (the end, held pose).

Run it after changing deskstretch/core/poses.py:

    .venv/bin/python scripts/make_illustrations.py           # rewrite files that changed
    .venv/bin/python scripts/make_illustrations.py --check   # only report stale files (exit 1)
    .venv/bin/python scripts/make_illustrations.py --sheets  # also draw the contact sheets

The contact sheets (docs/screenshots/illustrations-light.png and -dark.png) show every drawing
at 200 px on the light and the dark background, recoloured the way the stretch window does it,
with the start pose small beside the end pose, so all of them can be checked at a glance.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
try:
    from deskstretch.core.poses import POSES, render_svg
except ImportError:  # not installed: use the source checkout this script lives in
    sys.path.insert(0, str(ROOT / "src"))
    from deskstretch.core.poses import POSES, render_svg

OUT = ROOT / "assets" / "illustrations"
SHEETS = ROOT / "docs" / "screenshots"
CELL = 200
LABEL = 22
COLUMNS = 6


def _sheet(dark: bool, path: Path, scale: float = 1.0) -> None:
    """Draw every illustration into one PNG, as the app would show it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from deskstretch.ui import theme

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (fonts need it)
    palette = theme.DARK if dark else theme.LIGHT
    ids = list(POSES)
    rows = (len(ids) + COLUMNS - 1) // COLUMNS
    cell, label = round(CELL * scale), round(LABEL * scale)
    image = QImage(COLUMNS * cell, rows * (cell + label), QImage.Format.Format_RGB32)
    image.fill(QColor(palette.background))
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(round(12 * scale))
    p.setFont(font)
    for n, exercise_id in enumerate(ids):
        x, y = (n % COLUMNS) * cell, (n // COLUMNS) * (cell + label)
        svg = theme.recolour_svg(render_svg(exercise_id).encode(), palette)
        QSvgRenderer(QByteArray(svg)).render(p, QRectF(x, y, cell, cell))
        # the start pose, small, in the top left corner, on a patch of background so that a
        # wide drawing under it does not tangle with it
        inset = QRectF(x + 2, y + 2, cell * 0.3, cell * 0.3)
        p.fillRect(inset, QColor(palette.background))
        start = theme.recolour_svg(render_svg(exercise_id, t=0.0).encode(), palette)
        QSvgRenderer(QByteArray(start)).render(p, inset)
        p.setPen(QColor(palette.muted))
        p.drawText(QRectF(x, y + cell, cell, label), Qt.AlignmentFlag.AlignCenter, exercise_id)
    p.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path))
    print(f"wrote: {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if any illustration is missing or stale")
    parser.add_argument("--sheets", action="store_true",
                        help="also draw the light and dark contact sheets")
    parser.add_argument("--sheet-dir", type=Path, default=SHEETS,
                        help="where the contact sheets go (default: docs/screenshots)")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="draw the contact sheets this many times larger (to check strokes)")
    args = parser.parse_args(argv)

    OUT.mkdir(parents=True, exist_ok=True)
    stale = []
    for exercise_id in POSES:
        path = OUT / f"{exercise_id}.svg"
        svg = render_svg(exercise_id)
        if path.exists() and path.read_text(encoding="utf-8") == svg:
            continue
        stale.append(path)
        if not args.check:
            path.write_text(svg, encoding="utf-8", newline="\n")

    for path in stale:
        print(f"{'stale' if args.check else 'wrote'}: {path.relative_to(ROOT)}")
    if not stale:
        print(f"all {len(POSES)} illustrations are up to date")
    if args.sheets and not args.check:
        suffix = "" if args.scale == 1 else f"-x{args.scale:g}"
        for dark in (False, True):
            name = f"illustrations-{'dark' if dark else 'light'}{suffix}.png"
            _sheet(dark, args.sheet_dir / name, args.scale)
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
