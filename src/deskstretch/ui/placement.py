"""Where the stretch window opens: on the screen with the pointer, where it was last if that fits."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QRect, QSize


def _nearest(screens: Sequence[QRect], point: QPoint) -> QRect:
    def distance(r: QRect) -> int:
        dx = max(r.left() - point.x(), 0, point.x() - r.right())
        dy = max(r.top() - point.y(), 0, point.y() - r.bottom())
        return dx * dx + dy * dy

    return min(screens, key=distance)


def place(size: QSize, pointer: QPoint, screens: Sequence[QRect],
          last: QRect | None = None) -> QRect:
    """The window's frame on the screen that holds the pointer.

    `screens` are the screens' available areas (without panels). A window that was open
    before on that screen goes back where it was; otherwise it opens in the middle. It never
    hangs off the screen and shrinks to fit a small one.
    """
    screen = next((s for s in screens if s.contains(pointer)), None) or _nearest(screens, pointer)
    width, height = min(size.width(), screen.width()), min(size.height(), screen.height())
    if last is not None and screen.contains(last.center()):
        x, y = last.x(), last.y()
    else:
        x = screen.x() + (screen.width() - width) // 2
        y = screen.y() + (screen.height() - height) // 2
    x = max(screen.left(), min(x, screen.right() + 1 - width))
    y = max(screen.top(), min(y, screen.bottom() + 1 - height))
    return QRect(x, y, width, height)
