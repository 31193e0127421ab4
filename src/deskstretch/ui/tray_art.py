"""The tray icon for each state, in the style the user chose, from assets/icons/tray/."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImageReader, QPixmap

from deskstretch import assets
from deskstretch.core.breaks import State

# Rendered at each size rather than scaled from one image, so the ring stays crisp at 16 px.
SIZES = (16, 22, 24, 32, 48, 64)
# How many steps the ring fills in (scripts/tray_icons.py draws the same number).
STEPS = 8


def file_style(setting: str, dark_scheme: bool) -> str:
    """The icon set for the "tray_icon" setting: automatic and monochrome follow the scheme."""
    if setting == "light-panel":
        return "light"
    if setting == "dark-panel":
        return "dark"
    scheme = "dark" if dark_scheme else "light"
    return f"mono-{scheme}" if setting == "monochrome" else scheme


def file_name(state: State, progress: float) -> str:
    """The icon file's name for a state, without the style: "counting-3", "paused", ..."""
    if state in (State.COUNTING, State.SOON):
        step = min(STEPS, max(0, round(progress * STEPS)))
        return f"{state.value}-{step}"
    if state is State.AWAY:
        return State.IN_BREAK.value  # time away counts as a break, and looks like one
    return state.value


def _render(path: str, size: int) -> QPixmap:
    # Qt's SVG image plugin draws at the asked size; the QtSvg module is not needed for that.
    reader = QImageReader(path)
    reader.setScaledSize(QSize(size, size))
    image = reader.read()
    if image.isNull():
        raise FileNotFoundError(f"cannot draw the tray icon {path}: {reader.errorString()}")
    return QPixmap.fromImage(image)


@cache
def tray_icon(state: State, progress: float, style: str) -> QIcon:
    """The icon for a state in an icon set ("light", "dark", "mono-light", "mono-dark")."""
    path = str(assets.assets_dir() / "icons" / "tray" / f"{style}-{file_name(state, progress)}.svg")
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(_render(path, size))
    return icon
