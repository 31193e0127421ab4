"""Colours and type sizes, for the light and the dark colour scheme."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette


@dataclass(frozen=True)
class Palette:
    dark: bool
    background: str
    text: str
    muted: str
    accent: str
    rest: str
    warning: str
    track: str  # the unfilled part of rings and bars


LIGHT = Palette(False, "#FAFAF7", "#1F2A30", "#5B6770", "#2A7F8F", "#4F9D69", "#A4561B", "#E3E6E2")
DARK = Palette(True, "#1E2124", "#E8ECEF", "#9AA6AF", "#5FC1CF", "#7BC895", "#E59A5B", "#353A3F")

# The illustrations are drawn in the light palette's colours; other schemes swap them.
ILLUSTRATION_COLOURS = (LIGHT.text, LIGHT.accent)


def current() -> Palette:
    """The palette that matches the system's colour scheme."""
    app = QGuiApplication.instance()
    if app is None:
        return LIGHT
    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return DARK
    if scheme == Qt.ColorScheme.Light:
        return LIGHT
    window = app.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightnessF() < 0.5 else LIGHT


def recolour_svg(svg: bytes, palette: Palette) -> bytes:
    for old, new in zip(ILLUSTRATION_COLOURS, (palette.text, palette.accent)):
        svg = svg.replace(old.encode(), new.encode()).replace(old.lower().encode(), new.encode())
    return svg
