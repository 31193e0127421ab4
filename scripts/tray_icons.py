"""The tray icon's SVGs: every state in four styles, drawn on a 24-unit grid.

The states differ in shape as well as colour, so they read in monochrome and for people
who do not tell the colours apart: a ring that fills while counting (arms down), arms
raised when a break is close, a solid disc when it is due, one arm reaching over during a
break,
pause bars, and a moon outside working hours.
"""

from __future__ import annotations

import math

# Each style: the panel it is drawn for and its colours (ink, muted, accent, knock-out).
STYLES = {
    "light": {"ink": "#1F2A30", "muted": "#5B6770", "accent": "#22707E", "knock": "#FFFFFF"},
    "dark": {"ink": "#E8ECEF", "muted": "#9AA6AF", "accent": "#5FC1CF", "knock": "#14181B"},
    # Monochrome: one ink, no hue; the due disc shows the figure in the panel's opposite.
    "mono-light": {"ink": "#1F2A30", "muted": "#1F2A30", "accent": "#1F2A30", "knock": "#FFFFFF"},
    "mono-dark": {"ink": "#F2F4F5", "muted": "#F2F4F5", "accent": "#F2F4F5", "knock": "#14181B"},
}
# The ring fills in eighths: finer steps would not show at 16 px.
STEPS = 8
# State names as the core's State enum spells them; "away" is drawn as a break.
STATES = ("counting", "soon", "due", "in_break", "paused", "off_hours")

C, R, W = 12.0, 10.5, 3.0  # ring centre, radius and stroke width


def file_names() -> list[str]:
    """Every tray icon file name, without the folder and the style prefix."""
    names = []
    for state in STATES:
        if state in ("counting", "soon"):
            names += [f"{state}-{step}" for step in range(STEPS + 1)]
        else:
            names.append(state)
    return names


def _arc(fraction: float) -> str:
    """A path along the ring from 12 o'clock, clockwise, over ``fraction`` of a turn."""
    angle = 2 * math.pi * fraction
    x, y = C + R * math.sin(angle), C - R * math.cos(angle)
    large = 1 if fraction > 0.5 else 0
    return f"M{C:g} {C - R:g}A{R:g} {R:g} 0 {large} 1 {x:.2f} {y:.2f}"


def _figure(pose: str, colour: str) -> str:
    line = (f'fill="none" stroke="{colour}" stroke-width="1.9" stroke-linecap="round" '
            'stroke-linejoin="round"')
    if pose == "reach":
        # One arm reaching over, the other down: the side reach of a break in progress.
        return (f'<circle cx="10.4" cy="6.9" r="1.9" fill="{colour}"/>'
                f'<path {line} d="M8.4 14.2L12 10.6L15.8 5.4M12 10.5L12 15M9.4 19L12 15L14.6 19"/>')
    head_y = 7.1 if pose == "up" else 6.6
    arms = "M8 7L12 11L16 7" if pose == "up" else "M8.8 14.2L12 10.2L15.2 14.2"
    return (f'<circle cx="12" cy="{head_y}" r="1.9" fill="{colour}"/>'
            f'<path {line} d="{arms}M12 10.5L12 15M9.4 19L12 15L14.6 19"/>')


def svg(style: str, state: str, step: int = 0) -> str:
    """The SVG text of one icon; ``step`` (0 to STEPS) is how full the ring is."""
    c = STYLES[style]
    parts = []
    track = (f'<circle cx="{C:g}" cy="{C:g}" r="{R:g}" fill="none" stroke-width="{W:g}" '
             f'stroke="{c["muted"]}" stroke-opacity="0.4"')
    ring = f'fill="none" stroke-width="{W:g}" stroke-linecap="round"'
    if state in ("counting", "soon"):
        parts.append(track + "/>")
        colour = c["ink"] if state == "counting" else c["accent"]
        if step >= STEPS:
            parts.append(f'<circle cx="{C:g}" cy="{C:g}" r="{R:g}" stroke="{colour}" {ring}/>')
        elif step > 0:
            parts.append(f'<path d="{_arc(step / STEPS)}" stroke="{colour}" {ring}/>')
        parts.append(_figure("down" if state == "counting" else "up", colour))
    elif state == "due":
        parts.append(f'<circle cx="{C:g}" cy="{C:g}" r="{R + W / 2:g}" fill="{c["accent"]}"/>')
        parts.append(_figure("up", c["knock"]))
    elif state == "in_break":
        parts.append(f'<circle cx="{C:g}" cy="{C:g}" r="{R:g}" stroke="{c["accent"]}" {ring}/>')
        parts.append(_figure("reach", c["accent"]))
    elif state in ("paused", "off_hours"):
        # A broken ring: reminders are not counting.
        parts.append(track.replace('stroke-opacity="0.4"', 'stroke-opacity="0.75"')
                     + ' stroke-dasharray="3.3 2.2"/>')
        if state == "paused":
            parts.append(f'<rect x="8.3" y="7.5" width="2.6" height="9" rx="0.9" fill="{c["ink"]}"/>'
                         f'<rect x="13.1" y="7.5" width="2.6" height="9" rx="0.9" fill="{c["ink"]}"/>')
        else:
            # A crescent moon: the outer circle less an offset inner one.
            parts.append(f'<path fill="{c["ink"]}" fill-rule="evenodd" d="M13.4 6.4A5.8 5.8 0 1 0 '
                         f'17.6 15.2A4.6 4.6 0 1 1 13.4 6.4Z"/>')
    else:
        raise ValueError(f"no tray icon for the state {state!r}")
    return ('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24">'
            + "".join(parts) + "</svg>\n")


def all_icons() -> dict[str, str]:
    """{file name: SVG text} for every style and state."""
    out = {}
    for style in STYLES:
        for name in file_names():
            state, _, step = name.partition("-")
            out[f"{style}-{name}.svg"] = svg(style, state, int(step or 0))
    return out
