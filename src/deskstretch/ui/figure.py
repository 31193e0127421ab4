"""The stretch window's figure: an exercise's pose at one moment, drawn from the pose model."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, QSize
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from deskstretch import assets
from deskstretch.core import poses
from deskstretch.core.motion import Frame
from deskstretch.ui import theme
from deskstretch.ui.i18n import fill, translate


class Figure(QWidget):
    """Draws the SVG the pose model makes for the frame's pose, recoloured for the scheme.

    Making and parsing that SVG takes about 0.15 ms and painting it at 440 px about 0.4 ms, so
    a 30 fps move costs under 2 % of a core while it lasts, and nothing while the figure stands
    still; the drawing stays the one the illustrations and their tests use.
    """

    def __init__(self, palette: theme.Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._renderer = QSvgRenderer(self)
        self.exercise_id: str | None = None
        self.frame: Frame | None = None
        self.pose: poses.Pose | None = None  # what is drawn; None for a fixed picture
        self.paints = 0
        self._drawn: tuple | None = None
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self._drawn = None
        if self.exercise_id is not None and self.frame is not None:
            self.show_frame(self.exercise_id, self.frame)

    def show_frame(self, exercise_id: str, frame: Frame, name: str = "") -> None:
        """Draw `exercise_id` as `frame` says; the left side is the mirror image. `name` is
        the exercise's name as shown, for screen readers."""
        # Rounded so that a still figure asked again draws nothing new.
        key = (exercise_id, round(frame.t, 4), frame.mirrored, round(frame.width, 3))
        if key == self._drawn:
            return
        self.exercise_id, self.frame = exercise_id, frame
        if key[:3] != (self._drawn or (None,) * 3)[:3]:
            self._load(exercise_id, frame)
        self._drawn = key
        name = name or exercise_id.replace("_", " ")
        self.setAccessibleName(fill(translate("Figure", "Illustration: %1, other side"), name)
                               if frame.mirrored else
                               fill(translate("Figure", "Illustration: %1"), name))
        self.update()

    def _load(self, exercise_id: str, frame: Frame) -> None:
        pair = poses.POSES.get(exercise_id)
        if pair is None:
            # An exercise without a pose model (a user's own) keeps its fixed picture.
            self.pose = None
            svg = assets.illustration(exercise_id).read_bytes()
        else:
            start, end = pair
            if frame.mirrored:
                start, end = poses.mirror(start), poses.mirror(end)
            self.pose = poses.interpolate(start, end, frame.t)
            svg = poses.render_svg(exercise_id, frame.t, frame.mirrored).encode()
        self._renderer.load(QByteArray(theme.recolour_svg(svg, self._palette)))

    def paintEvent(self, event) -> None:
        self.paints += 1
        side = min(self.width(), self.height())
        target = QRectF(-side / 2, -side / 2, side, side)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.translate(self.width() / 2, self.height() / 2)
        width = self.frame.width if self.frame is not None else 1.0
        if self.pose is None and self.frame is not None and self.frame.mirrored:
            width = -width  # a fixed picture has no mirrored drawing of its own
        if width != 1.0:
            p.scale(width, 1.0)
        self._renderer.render(p, target)
        p.end()
