"""Write assets/illustrations/<id>.svg for every exercise that has poses (the end, held pose).

Run it after changing deskstretch/core/poses.py:

    .venv/bin/python scripts/make_illustrations.py           # rewrite files that changed
    .venv/bin/python scripts/make_illustrations.py --check   # only report stale files (exit 1)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
try:
    from deskstretch.core.poses import POSES, render_svg
except ImportError:  # not installed: use the source checkout this script lives in
    sys.path.insert(0, str(ROOT / "src"))
    from deskstretch.core.poses import POSES, render_svg

OUT = ROOT / "assets" / "illustrations"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if any illustration is missing or stale")
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
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
