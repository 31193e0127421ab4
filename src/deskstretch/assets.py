"""Finding the shipped icons, illustrations and translations, installed, editable or bundled."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def assets_dir() -> Path:
    candidates = [
        # A wheel carries the top-level assets/ inside the package.
        _PACKAGE / "assets",
        # Running from a source checkout or an editable install.
        _PACKAGE.parent.parent / "assets",
    ]
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        candidates.insert(0, Path(frozen) / "deskstretch" / "assets")
    for path in candidates:
        if (path / "illustrations").is_dir():
            return path
    raise FileNotFoundError(
        "DeskStretch cannot find its assets folder; looked in: "
        + ", ".join(str(p) for p in candidates)
    )


def illustration(exercise_id: str) -> Path:
    return assets_dir() / "illustrations" / f"{exercise_id}.svg"


def translations_dir() -> Path:
    """The compiled translations (.qm); their sources are in the repository's translations/."""
    return assets_dir() / "translations"


def icon(name: str) -> Path:
    return assets_dir() / "icons" / f"{name}.svg"
