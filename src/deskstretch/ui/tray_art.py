"""The tray icon, painted for each state: a ring that fills as the next break nears."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from deskstretch.core.breaks import State
from deskstretch.ui.theme import Palette

# Painted per size rather than scaled from one image, so the ring stays crisp at 16 px.
SIZES = (16, 22, 24, 32, 48, 64)


def _paint(size: int, state: State, progress: float, palette: Palette) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    width = max(2.0, size / 8)
    ring = QRectF(width / 2, width / 2, size - width, size - width).adjusted(0.5, 0.5, -0.5, -0.5)

    muted = state in (State.PAUSED, State.OFF_HOURS)
    track = QColor(palette.muted)
    track.setAlphaF(0.45)
    p.setPen(QPen(track, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
    p.drawEllipse(ring)

    if state in (State.DUE, State.IN_BREAK, State.AWAY):
        fill, span = QColor(palette.accent), 1.0
    elif muted:
        fill, span = QColor(palette.muted), 0.0
    elif state is State.SOON:
        fill, span = QColor(palette.accent), max(0.04, progress)
    else:
        fill, span = QColor(palette.text), max(0.04, progress)
    if span > 0:
        p.setPen(QPen(fill, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        # Qt angles are in 1/16 degree, counter-clockwise from 3 o'clock; fill clockwise from 12.
        p.drawArc(ring, 90 * 16, -round(span * 360 * 16))

    centre = QColor(palette.muted if muted else (palette.accent if state is State.DUE else palette.text))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(centre)
    c = size / 2
    if state is State.PAUSED:
        # Pause bars.
        bar_w, bar_h = size * 0.11, size * 0.34
        p.drawRoundedRect(QRectF(c - bar_w * 1.6, c - bar_h / 2, bar_w, bar_h), 1, 1)
        p.drawRoundedRect(QRectF(c + bar_w * 0.6, c - bar_h / 2, bar_w, bar_h), 1, 1)
    else:
        # A figure reaching up: head, body and raised arms read as a person, even at 16 px.
        u = size / 24
        p.drawEllipse(QRectF(c - 1.9 * u, 5.2 * u, 3.8 * u, 3.8 * u))
        pen = QPen(centre, max(1.5, 1.9 * u), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPolyline([QPointF(c - 4 * u, 7 * u), QPointF(c, 11 * u), QPointF(c + 4 * u, 7 * u)])
        p.drawPolyline([QPointF(c, 10.5 * u), QPointF(c, 15 * u)])
        p.drawPolyline([QPointF(c - 2.6 * u, 19 * u), QPointF(c, 15 * u), QPointF(c + 2.6 * u, 19 * u)])
    p.end()
    return pixmap


@cache
def tray_icon(state: State, progress: float, palette: Palette) -> QIcon:
    """The icon for a state; progress comes in 5 % steps, so there are few to keep."""
    icon = QIcon()
    for size in SIZES:
        icon.addPixmap(_paint(size, state, progress, palette))
    return icon
