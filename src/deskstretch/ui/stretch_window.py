"""The stretch window: shows one moment of a running routine and the finish screen."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QStackedWidget, QStyle,
    QVBoxLayout, QWidget,
)

from deskstretch import assets
from deskstretch.core.library import SAFETY
from deskstretch.core.routines import PhaseKind
from deskstretch.core.session import Snapshot
from deskstretch.ui import theme, wording

PHASE_WORDS = {
    PhaseKind.READY: "Get ready",
    PhaseKind.HOLD: "Hold",
    PhaseKind.REST: "Rest",
    PhaseKind.SWITCH: "Switch sides",
}


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


class Illustration(QWidget):
    """An exercise's line drawing, recoloured for the scheme and mirrored for the left side."""

    def __init__(self, palette: theme.Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._renderer = QSvgRenderer(self)
        self._key: tuple[str, bool] | None = None
        self._mirrored = False
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(220, 220)

    def show_exercise(self, exercise_id: str, mirrored: bool) -> None:
        if self._key == (exercise_id, mirrored):
            return
        if self._key is None or self._key[0] != exercise_id:
            svg = assets.illustration(exercise_id).read_bytes()
            self._renderer.load(theme.recolour_svg(svg, self._palette))
        self._key = (exercise_id, mirrored)
        self._mirrored = mirrored
        self.setAccessibleName(f"Illustration: {exercise_id.replace('_', ' ')}")
        self.update()

    def paintEvent(self, event) -> None:
        side = min(self.width(), self.height())
        target = QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._mirrored:
            p.translate(self.width(), 0)
            p.scale(-1, 1)
        self._renderer.render(p, target)
        p.end()


class CountdownRing(QWidget):
    """Seconds left in large type inside a ring that empties as the phase runs out."""

    def __init__(self, palette: theme.Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._seconds = 0
        self._fraction = 1.0
        self._word = ""
        self._colour = palette.accent
        self.setFixedSize(136, 136)

    def show_countdown(self, seconds: int, fraction: float, word: str, colour: str) -> None:
        state = (seconds, round(fraction, 3), word, colour)
        if state == (self._seconds, round(self._fraction, 3), self._word, self._colour):
            return
        self._seconds, self._fraction, self._word, self._colour = seconds, fraction, word, colour
        self.setAccessibleName(f"{word}: {seconds} seconds left")
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 8.0
        ring = QRectF(self.rect()).adjusted(width, width, -width, -width)
        p.setPen(QPen(QColor(self._palette.track), width))
        p.drawEllipse(ring)
        p.setPen(QPen(QColor(self._colour), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawArc(ring, 90 * 16, round(self._fraction * 360 * 16))
        centre = ring.center().y()
        p.setPen(QColor(self._palette.text))
        p.setFont(_font(30, bold=True))
        p.drawText(QRectF(ring.x(), centre - 34, ring.width(), 48), Qt.AlignmentFlag.AlignCenter,
                   str(self._seconds))
        p.setPen(QColor(self._colour))
        p.setFont(_font(9, bold=True))
        p.drawText(QRectF(ring.x(), centre + 16, ring.width(), 20), Qt.AlignmentFlag.AlignCenter,
                   self._word)
        p.end()


class CheckMark(QWidget):
    def __init__(self, palette: theme.Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self.setFixedSize(96, 96)

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(self._palette.rest))
        p.drawEllipse(QRectF(4, 4, 88, 88))
        pen = QPen(QColor(self._palette.background), 8, Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        p.setPen(pen)
        p.drawPolyline([QPointF(28, 50), QPointF(43, 64), QPointF(69, 34)])
        p.end()


class StretchWindow(QWidget):
    """Renders snapshots of a StretchSession; knows nothing about time or rules."""

    pause_toggled = Signal()
    back_requested = Signal()
    skip_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_ = theme.current()
        self.setWindowTitle("DeskStretch")
        self.setObjectName("StretchWindow")
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        # The layout sets the minimum size, so a larger system font grows the window
        # rather than stacking widgets on top of each other.
        self.resize(440, 600)
        pal = self.palette_
        self.setStyleSheet(f"""
            #StretchWindow {{ background: {pal.background}; }}
            QLabel {{ color: {pal.text}; }}
            QLabel[muted="true"] {{ color: {pal.muted}; }}
            QLabel#safety {{ color: {pal.warning}; }}
            QProgressBar {{ background: {pal.track}; border: none; border-radius: 2px; }}
            QProgressBar::chunk {{ background: {pal.accent}; border-radius: 2px; }}
            QPushButton {{ color: {pal.text}; background: transparent; border: 1px solid {pal.track};
                           border-radius: 6px; padding: 6px 12px; }}
            QPushButton:hover {{ background: {pal.track}; }}
            QPushButton:focus {{ border: 2px solid {pal.accent}; }}
            QPushButton#primary {{ background: {pal.accent}; color: {pal.background}; border: none; }}
        """)

        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addWidget(self.stack)
        self.stack.addWidget(self._build_running())
        self.stack.addWidget(self._build_finished())

        # The window itself holds focus, so Space pauses; a button reached with Tab
        # still takes Space as a click, as everywhere else.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._keys = {
            Qt.Key.Key_Space: self.pause_toggled,
            Qt.Key.Key_Left: self.back_requested,
            Qt.Key.Key_Right: self.skip_requested,
            Qt.Key.Key_Escape: self.close_requested,
        }

    def keyPressEvent(self, event) -> None:
        signal = self._keys.get(event.key())
        if signal is None:
            super().keyPressEvent(event)
        else:
            signal.emit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.setFocus()

    def _label(self, font: QFont, muted: bool = False, wrap: bool = False) -> QLabel:
        label = QLabel(self)
        label.setFont(font)
        label.setProperty("muted", muted)
        label.setWordWrap(wrap)
        return label

    def _build_running(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)

        header = QHBoxLayout()
        self.progress_text = self._label(_font(10), muted=True)
        self.time_left = self._label(_font(10), muted=True)
        header.addWidget(self.progress_text)
        header.addStretch()
        header.addWidget(self.time_left)
        layout.addLayout(header)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(4)
        self.progress.setAccessibleName("Routine progress")
        layout.addWidget(self.progress)

        self.illustration = Illustration(self.palette_, self)
        layout.addWidget(self.illustration, 1)
        self.exercise_name = self._label(_font(18, bold=True))
        self.exercise_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.exercise_name)
        self.detail = self._label(_font(11), muted=True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Rows keep their height when empty, so the layout does not jump between phases.
        self.detail.setFixedHeight(self.detail.fontMetrics().height())
        layout.addWidget(self.detail)

        self.ring = CountdownRing(self.palette_, self)
        layout.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignHCenter)
        self.instructions = self._label(_font(11), wrap=True)
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # Room for a hint and three steps; the library keeps steps short enough for one line.
        self.instructions.setFixedHeight(self.instructions.fontMetrics().lineSpacing() * 4 + 4)
        layout.addWidget(self.instructions)
        self.safety = self._label(_font(9.5), wrap=True)
        self.safety.setText(SAFETY)
        self.safety.setObjectName("safety")
        self.safety.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.safety)
        self.next_up = self._label(_font(10), muted=True)
        self.next_up.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.next_up)

        buttons = QHBoxLayout()
        icon = self.style().standardIcon
        self.back_button = QPushButton(icon(QStyle.StandardPixmap.SP_MediaSkipBackward), "Back", self)
        self.pause_button = QPushButton(self)
        self.skip_button = QPushButton(icon(QStyle.StandardPixmap.SP_MediaSkipForward), "Skip", self)
        self.close_button = QPushButton("Close", self)
        for button, signal, tip in (
            (self.back_button, self.back_requested, "Start this exercise again (←)"),
            (self.pause_button, self.pause_toggled, "Pause or resume (Space)"),
            (self.skip_button, self.skip_requested, "Go to the next exercise (→)"),
            (self.close_button, self.close_requested, "End the break (Esc)"),
        ):
            button.setToolTip(tip)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return page

    def _build_finished(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        layout.addWidget(CheckMark(self.palette_, self), 0, Qt.AlignmentFlag.AlignHCenter)
        self.done_title = self._label(_font(20, bold=True))
        self.done_title.setText("Break done")
        self.done_title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.done_title)
        self.done_detail = self._label(_font(11), muted=True, wrap=True)
        self.done_detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.done_detail)
        layout.addStretch(3)
        self.done_button = QPushButton("Back to work", self)
        self.done_button.setObjectName("primary")
        self.done_button.clicked.connect(self.close_requested)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        return page

    def show_snapshot(self, routine_name: str, snap: Snapshot) -> None:
        phase = snap.phase
        self.stack.setCurrentIndex(0)
        self.progress_text.setText(f"{routine_name} · step {snap.step_number} of {snap.step_count}")
        self.time_left.setText(f"{wording.countdown(snap.total_left)} left")
        self.progress.setValue(round(snap.progress * 1000))

        exercise = phase.exercise
        self.illustration.show_exercise(exercise.illustration, mirrored=phase.side == "left")
        self.exercise_name.setText(exercise.name)
        parts = []
        if phase.side:
            parts.append(f"{phase.side.capitalize()} side")
        if phase.reps > 1:
            parts.append(f"rep {phase.rep} of {phase.reps}")
        self.detail.setText(" · ".join(parts))

        word = PHASE_WORDS[phase.kind]
        if phase.kind is PhaseKind.HOLD and exercise.kind == "move":
            word = "Keep moving"
        if snap.paused:
            word = "Paused"
        colour = {
            PhaseKind.HOLD: self.palette_.accent,
            PhaseKind.REST: self.palette_.rest,
        }.get(phase.kind, self.palette_.muted)
        self.ring.show_countdown(snap.shown_seconds, snap.phase_left / phase.seconds, word, colour)
        # Taskbars and screen readers show the title: say what is going on.
        self.setWindowTitle(f"{exercise.name} · {word} — DeskStretch")

        lines = ([phase.hint] if phase.hint else []) + list(exercise.steps)
        self.instructions.setText("\n".join(lines))
        self.next_up.setText(f"Next: {snap.next_exercise.name}" if snap.next_exercise else "Last one")
        paused = snap.paused
        self.pause_button.setText("Resume" if paused else "Pause")
        self.pause_button.setIcon(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MediaPlay if paused else QStyle.StandardPixmap.SP_MediaPause))

    def show_finished(self, detail: str) -> None:
        self.stack.setCurrentIndex(1)
        self.setWindowTitle("Break done — DeskStretch")
        self.done_detail.setText(detail)
        self.done_button.setFocus()

    def closeEvent(self, event) -> None:
        # Closing the window ends the break; the controller decides what that means.
        self.close_requested.emit()
        event.accept()
