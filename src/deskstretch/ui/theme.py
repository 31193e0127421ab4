"""Colours and type sizes, for the light and the dark colour scheme."""

from __future__ import annotations

from dataclasses import dataclass

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
    # Text in the accent and rest colours: on the light background the fill colours are a
    # shade too light for 4.5 : 1, so words use a darker one.
    accent_text: str = ""
    rest_text: str = ""

    def __post_init__(self) -> None:
        if not self.accent_text:
            object.__setattr__(self, "accent_text", self.accent)
        if not self.rest_text:
            object.__setattr__(self, "rest_text", self.rest)


LIGHT = Palette(False, "#FAFAF7", "#1F2A30", "#5B6770", "#2A7F8F", "#4F9D69", "#A4561B", "#E3E6E2",
                accent_text="#277988", rest_text="#3D7C53")
DARK = Palette(True, "#1E2124", "#E8ECEF", "#9AA6AF", "#5FC1CF", "#7BC895", "#E59A5B", "#353A3F")
# When the desktop asks for high contrast: every text colour at 7 : 1 or more, and borders
# and the unfilled track at 3 : 1, so outlines of buttons and rings stay visible.
HIGH_CONTRAST_LIGHT = Palette(False, "#FFFFFF", "#000000", "#3B454C", "#005A66", "#1D5C33",
                              "#7A3300", "#8A9299")
HIGH_CONTRAST_DARK = Palette(True, "#000000", "#FFFFFF", "#C9D1D7", "#7EE6F2", "#9CEBB3",
                             "#FFC48F", "#6B737A")


def illustration_colours() -> tuple[str, str]:
    """The two colours the pose model draws in; other schemes swap them by text replacement.

    Asked when an illustration is drawn: the pose model is large, and the tray, which uses
    this module at start-up, never needs it.
    """
    from deskstretch.core import poses

    return poses.INK, poses.ACCENT


def high_contrast() -> bool:
    """Whether the desktop asks for high contrast (Qt 6.10 and later can tell)."""
    app = QGuiApplication.instance()
    hints = getattr(app.styleHints(), "accessibility", None) if app is not None else None
    if hints is None:
        return False
    from PySide6.QtCore import Qt  # see palette_is_dark

    return hints().contrastPreference() == Qt.ContrastPreference.HighContrast


def palette_is_dark() -> bool:
    """Whether the application's palette is a dark one.

    Qt gives a dark palette in a dark colour scheme (Fusion and the desktops' platform themes
    do), and reading it needs none of the Qt namespace's enums: their first use builds all of
    them at once, some 35 ms, which the tray icon need not wait for.
    """
    app = QGuiApplication.instance()
    return app is not None and app.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.5


def current() -> Palette:
    """The palette that matches the system's colour scheme and contrast preference."""
    app = QGuiApplication.instance()
    if app is None:
        return LIGHT
    from PySide6.QtCore import Qt

    scheme = app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        dark = True
    elif scheme == Qt.ColorScheme.Light:
        dark = False
    else:
        dark = palette_is_dark()
    if high_contrast():
        return HIGH_CONTRAST_DARK if dark else HIGH_CONTRAST_LIGHT
    return DARK if dark else LIGHT


def recolour_svg(svg: bytes, palette: Palette) -> bytes:
    for old, new in zip(illustration_colours(), (palette.text, palette.accent)):
        svg = svg.replace(old.encode(), new.encode()).replace(old.lower().encode(), new.encode())
    return svg


def _luminance(colour: str) -> float:
    """Relative luminance of an sRGB colour as WCAG 2 defines it."""
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 (same) to 21 (black on white)."""
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def text_pairs(palette: Palette) -> dict[str, tuple[str, str]]:
    """Every text colour the stretch window puts on a background: (text, background)."""
    bg = palette.background
    return {
        "text": (palette.text, bg),
        "muted text": (palette.muted, bg),
        "hold label": (palette.accent_text, bg),
        "rest label": (palette.rest_text, bg),
        "switch label, caution": (palette.warning, bg),
        "primary button": (bg, palette.accent_text),
    }


def graphic_pairs(palette: Palette) -> dict[str, tuple[str, str]]:
    """Rings, bars and the figure: shapes that need 3 : 1 against the background."""
    bg = palette.background
    return {"figure": (palette.text, bg), "accent": (palette.accent, bg),
            "rest": (palette.rest, bg), "focus ring": (palette.accent, bg)}
