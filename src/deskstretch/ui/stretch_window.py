"""The stretch window: shows one moment of a running routine, the safety note and the finish screen."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor, QCursor, QFont, QFontMetricsF, QGuiApplication, QIcon, QPainter, QPainterPath, QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QProgressBar, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from deskstretch.core import motion
from deskstretch.core.library import SAFETY
from deskstretch.core.routines import Phase, PhaseKind
from deskstretch.core.session import Snapshot
from deskstretch.ui import theme, wording
from deskstretch.ui.i18n import fill, library, translate
from deskstretch.ui.chime import Chime
from deskstretch.ui.figure import Figure
from deskstretch.ui.placement import place
from deskstretch.ui.window_memory import DEFAULT_SIZE, WindowMemory



def phase_word(kind: PhaseKind | None, moving: bool = False) -> str:
    """The one word the ring shows for a phase; None is a paused one."""
    if kind is None:
        return translate("StretchWindow", "Paused")
    if kind is PhaseKind.HOLD and moving:
        return translate("StretchWindow", "Keep moving")
    return {
        PhaseKind.READY: translate("StretchWindow", "Get ready"),
        PhaseKind.HOLD: translate("StretchWindow", "Hold"),
        PhaseKind.REST: translate("StretchWindow", "Rest"),
        PhaseKind.SWITCH: translate("StretchWindow", "Switch sides"),
    }[kind]

# About 30 frames a second while the figure moves; nothing while it stands still.
FRAME_MS = 33



def safety_note() -> tuple[str, ...]:
    return (
        translate("StretchWindow", "Move slowly and gently; don't bounce."),
        translate("StretchWindow", "A stretch should feel like mild tension, never pain. "
                                   "Stop if the pain gets worse."),
        translate("StretchWindow", "Not sure an exercise suits you? "
                                   "Ask a physiotherapist or doctor first."),
    )


def side_and_rep(side: str | None, rep: int, reps: int) -> str:
    """'Right side · rep 2 of 3', or either half alone, or nothing."""
    if side == "right":
        if reps > 1:
            return fill(translate("StretchWindow", "Right side · rep %1 of %2"), rep, reps)
        return translate("StretchWindow", "Right side")
    if side == "left":
        if reps > 1:
            return fill(translate("StretchWindow", "Left side · rep %1 of %2"), rep, reps)
        return translate("StretchWindow", "Left side")
    if reps > 1:
        return fill(translate("StretchWindow", "rep %1 of %2"), rep, reps)
    return ""

RUNNING, FINISHED, NOTE = range(3)


def _font(point_size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def phase_colours(palette: theme.Palette) -> dict[PhaseKind | None, tuple[str, str]]:
    """(ring colour, label colour) for each phase; None is the paused ring."""
    return {
        PhaseKind.READY: (palette.muted, palette.muted),
        PhaseKind.HOLD: (palette.accent, palette.accent_text),
        PhaseKind.REST: (palette.rest, palette.rest_text),
        PhaseKind.SWITCH: (palette.warning, palette.warning),
        None: (palette.muted, palette.muted),
    }


def control_icon(kind: str, colour: str, size: int = 16, ratio: float = 2.0) -> QIcon:
    """A media-control glyph in the text colour, so it reads on a light and a dark window.

    `kind` is back, pause, play or skip.
    """
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(colour))
    s = size

    def triangle(x0: float, x1: float) -> None:
        path = QPainterPath(QPointF(x0, s * 0.22))
        path.lineTo(QPointF(x1, s * 0.5))
        path.lineTo(QPointF(x0, s * 0.78))
        path.closeSubpath()
        p.drawPath(path)

    if kind == "pause":
        p.drawRoundedRect(QRectF(s * 0.25, s * 0.2, s * 0.18, s * 0.6), 1, 1)
        p.drawRoundedRect(QRectF(s * 0.57, s * 0.2, s * 0.18, s * 0.6), 1, 1)
    elif kind == "play":
        triangle(s * 0.3, s * 0.78)
    else:
        if kind == "back":  # drawn as skip, then mirrored
            p.translate(s, 0)
            p.scale(-1, 1)
        triangle(s * 0.12, s * 0.5)
        triangle(s * 0.44, s * 0.8)
        p.drawRect(QRectF(s * 0.8, s * 0.22, s * 0.1, s * 0.56))
    p.end()
    return QIcon(pixmap)


class CountdownRing(QWidget):
    """Seconds left in large type inside a ring that empties as the phase runs out."""

    def __init__(self, palette: theme.Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self._seconds = 0
        self._fraction = 1.0
        self._word = ""
        self._colour = palette.accent
        self._label_colour = palette.accent_text
        self.setFixedSize(116, 116)

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self.update()

    def show_countdown(self, seconds: int, fraction: float, word: str, colour: str,
                       label_colour: str) -> None:
        state = (seconds, round(fraction, 3), word, colour, label_colour)
        if state == (self._seconds, round(self._fraction, 3), self._word, self._colour,
                     self._label_colour):
            return
        self._seconds, self._fraction, self._word = seconds, fraction, word
        self._colour, self._label_colour = colour, label_colour
        self.setAccessibleName(fill(translate("StretchWindow", "%1: %n seconds left", "", seconds),
                                    word))
        self.update()

    def paintEvent(self, event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = 7.0
        ring = QRectF(self.rect()).adjusted(width, width, -width, -width)
        p.setPen(QPen(QColor(self._palette.track), width))
        p.drawEllipse(ring)
        p.setPen(QPen(QColor(self._colour), width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        p.drawArc(ring, 90 * 16, round(self._fraction * 360 * 16))
        centre = ring.center().y()
        p.setPen(QColor(self._palette.text))
        p.setFont(_font(28, bold=True))
        p.drawText(QRectF(ring.x(), centre - 32, ring.width(), 46), Qt.AlignmentFlag.AlignCenter,
                   str(self._seconds))
        p.setPen(QColor(self._label_colour))
        # The word sits where the ring is narrower than its middle: shrink a long one to fit.
        room = ring.width() - 2 * width - 16
        font = _font(9, bold=True)
        while font.pointSizeF() > 6.5 and QFontMetricsF(font).horizontalAdvance(self._word) > room:
            font.setPointSizeF(font.pointSizeF() - 0.5)
        p.setFont(font)
        p.drawText(QRectF(ring.x(), centre + 14, ring.width(), 20), Qt.AlignmentFlag.AlignCenter,
                   self._word)
        p.end()


class CheckMark(QWidget):
    def __init__(self, palette: theme.Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._palette = palette
        self.setFixedSize(96, 96)
        self.setAccessibleName(translate("StretchWindow", "Done"))

    def set_palette(self, palette: theme.Palette) -> None:
        self._palette = palette
        self.update()

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
    """Renders snapshots of a StretchSession; knows nothing about time or rules.

    Between the controller's once-a-second snapshots, a frame timer asks `source` for the
    session as it stands, but only while the figure is moving.
    """

    pause_toggled = Signal()
    back_requested = Signal()
    skip_requested = Signal()
    close_requested = Signal()
    safety_note_accepted = Signal()
    phase_started = Signal(str)  # a phase followed the last one as time went on; "done" at the end

    def __init__(self, memory: WindowMemory | None = None, chime: Chime | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.memory = memory
        self.chime = chime if chime is not None else Chime(self)
        self.palette_ = theme.current()
        self.reduce_motion = False
        self.sound_cue = False
        self.sound_volume = 60
        self._plan: motion.Plan | None = None
        self._phases: Sequence[Phase] = ()
        self._source: Callable[[], Snapshot | None] | None = None
        self._time_scale = 1.0
        self._last_phase: Phase | None = None
        self._last_left = 0.0
        self._geometry: QRect | None = None  # where it was, for the rest of this run

        self.setWindowTitle("DeskStretch")
        self.setObjectName("StretchWindow")
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        size = QSize(*DEFAULT_SIZE)
        if memory is not None:
            size = QSize(memory.state.width, memory.state.height)
        self.resize(size)

        self.frames = QTimer(self)
        self.frames.setSingleShot(True)
        self.frames.timeout.connect(self._on_frame)

        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        outer.addWidget(self.stack)
        self.stack.addWidget(self._build_running())
        self.stack.addWidget(self._build_finished())
        self.stack.addWidget(self._build_note())
        self.apply_palette(self.palette_)
        app = QGuiApplication.instance()
        if app is not None:
            app.styleHints().colorSchemeChanged.connect(self.on_colour_scheme_changed)
            hints = getattr(app.styleHints(), "accessibility", None)  # Qt 6.10 and later
            if hints is not None:
                hints().contrastPreferenceChanged.connect(self.on_colour_scheme_changed)

        # The window itself holds focus, so Space pauses; a button reached with Tab
        # still takes Space as a click, as everywhere else.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._keys = {
            Qt.Key.Key_Space: self.pause_toggled,
            Qt.Key.Key_Left: self.back_requested,
            Qt.Key.Key_Right: self.skip_requested,
        }

    # -- building --------------------------------------------------------------------------

    def _label(self, font: QFont, muted: bool = False, wrap: bool = False) -> QLabel:
        label = QLabel(self)
        label.setFont(font)
        label.setProperty("muted", muted)
        label.setWordWrap(wrap)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    def _build_running(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)

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
        self.progress.setAccessibleName(translate("StretchWindow", "Routine progress"))
        layout.addWidget(self.progress)

        self.figure = Figure(self.palette_, self)
        layout.addWidget(self.figure, 1)
        self.exercise_name = self._label(_font(18, bold=True))
        layout.addWidget(self.exercise_name)
        self.detail = self._label(_font(11), muted=True)
        # Rows keep their height when empty, so the layout does not jump between phases.
        self.detail.setFixedHeight(self.detail.fontMetrics().height())
        layout.addWidget(self.detail)

        layout.addSpacing(4)
        self.ring = CountdownRing(self.palette_, self)
        layout.addWidget(self.ring, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(4)
        self.instructions = self._label(_font(11), wrap=True)
        # Room for four steps; the library keeps steps short enough for one line each.
        self.instructions.setFixedHeight(self.instructions.fontMetrics().lineSpacing() * 4 + 4)
        layout.addWidget(self.instructions)
        self.caution = self._label(_font(9.5), wrap=True)
        self.caution.setObjectName("caution")
        self.caution.setFixedHeight(self.caution.fontMetrics().lineSpacing() * 2 + 2)
        layout.addWidget(self.caution)
        self.next_up = self._label(_font(10), muted=True)
        layout.addWidget(self.next_up)
        layout.addSpacing(4)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self)
        self.pause_button = QPushButton(self)
        self.skip_button = QPushButton(self)
        self.close_button = QPushButton(self)
        self._paused = False
        for button, signal, name, tip in (
            (self.back_button, self.back_requested, translate("StretchWindow", "Back"),
             translate("StretchWindow", "Start this exercise again (←)")),
            (self.pause_button, self.pause_toggled, translate("StretchWindow", "Pause"),
             translate("StretchWindow", "Pause or resume (Space)")),
            (self.skip_button, self.skip_requested, translate("StretchWindow", "Skip"),
             translate("StretchWindow", "Go to the next exercise (→)")),
            (self.close_button, self.close_requested, translate("StretchWindow", "Close"),
             translate("StretchWindow", "End the break (Esc)")),
        ):
            button.setText(name)
            button.setToolTip(tip)
            button.setAccessibleName(name)
            button.setAccessibleDescription(tip)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(signal)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return page

    def _build_finished(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        self.check = CheckMark(self.palette_, self)
        layout.addWidget(self.check, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(8)
        self.done_title = self._label(_font(20, bold=True))
        self.done_title.setText(translate("StretchWindow", "Break done"))
        layout.addWidget(self.done_title)
        self.done_detail = self._label(_font(11), wrap=True)
        layout.addWidget(self.done_detail)
        self.done_next = self._label(_font(11), muted=True, wrap=True)
        layout.addWidget(self.done_next)
        layout.addStretch(3)
        self.done_button = QPushButton(translate("StretchWindow", "Back to work"), self)
        self.done_button.setObjectName("primary")
        self.done_button.setAccessibleName(self.done_button.text())
        self.done_button.setAccessibleDescription(
            translate("StretchWindow", "Close the window (Esc)"))
        self.done_button.clicked.connect(self.close_requested)
        layout.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        return page

    def _build_note(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setSpacing(12)
        layout.addStretch(2)
        self.note_title = self._label(_font(18, bold=True), wrap=True)
        self.note_title.setText(translate("StretchWindow", "Before your first stretch"))
        layout.addWidget(self.note_title)
        layout.addSpacing(4)
        self.note_lines = []
        for line in safety_note():
            label = self._label(_font(11.5), wrap=True)
            label.setText(line)
            layout.addWidget(label)
            self.note_lines.append(label)
        layout.addStretch(3)
        self.note_button = QPushButton(translate("StretchWindow", "OK, let's start"), self)
        self.note_button.setObjectName("primary")
        self.note_button.setAccessibleName(self.note_button.text())
        self.note_button.setAccessibleDescription(
            translate("StretchWindow", "Close this note and start the countdown"))
        self.note_button.clicked.connect(self._accept_note)
        layout.addWidget(self.note_button, 0, Qt.AlignmentFlag.AlignHCenter)
        return page

    def apply_palette(self, palette: theme.Palette) -> None:
        """Colour everything for the light or the dark scheme."""
        self.palette_ = pal = palette
        self.setStyleSheet(f"""
            #StretchWindow {{ background: {pal.background}; }}
            QLabel {{ color: {pal.text}; }}
            QLabel[muted="true"] {{ color: {pal.muted}; }}
            QLabel#caution {{ color: {pal.warning}; }}
            QProgressBar {{ background: {pal.track}; border: none; border-radius: 2px; }}
            QProgressBar::chunk {{ background: {pal.accent}; border-radius: 2px; }}
            QPushButton {{ color: {pal.text}; background: transparent; border: 1px solid {pal.track};
                           border-radius: 6px; padding: 6px 12px; }}
            QPushButton:hover {{ background: {pal.track}; }}
            QPushButton:focus {{ border: 2px solid {pal.accent}; }}
            QPushButton#primary {{ background: {pal.accent_text}; color: {pal.background};
                                   border: 2px solid {pal.accent_text}; padding: 8px 24px; }}
            QPushButton#primary:hover {{ background: {pal.accent}; }}
            QPushButton#primary:focus {{ border: 2px solid {pal.text}; }}
        """)
        for part in (self.figure, self.ring, self.check):
            part.set_palette(palette)
        self._icons = {kind: control_icon(kind, pal.text)
                       for kind in ("back", "pause", "play", "skip")}
        self.back_button.setIcon(self._icons["back"])
        self.skip_button.setIcon(self._icons["skip"])
        self._show_pause_icon()

    def on_colour_scheme_changed(self, scheme=None) -> None:
        self.apply_palette(theme.current())

    # -- settings --------------------------------------------------------------------------

    def _show_pause_icon(self) -> None:
        self.pause_button.setIcon(self._icons["play" if self._paused else "pause"])

    def configure(self, settings: Mapping[str, Any]) -> None:
        """Take the appearance and sound settings."""
        self.reduce_motion = bool(settings["reduce_motion"])
        self.sound_cue = bool(settings["sound_cue"])
        self.sound_volume = int(settings["sound_volume"])
        if self._phases:
            self._plan = motion.Plan(self._phases, self.reduce_motion)
            self._on_frame()

    def follow(self, phases: Sequence[Phase], source: Callable[[], Snapshot | None],
               time_scale: float = 1.0) -> None:
        """A new routine: its timeline, how to read the session between snapshots, and how
        many session seconds pass in a real one."""
        self._time_scale = time_scale
        self._phases = tuple(phases)
        self._plan = motion.Plan(self._phases, self.reduce_motion)
        self._source = source
        self._last_phase = None

    # -- showing ---------------------------------------------------------------------------

    def present(self, take_focus: bool) -> None:
        """Show the window on the pointer's screen; without `take_focus` the keyboard stays
        with whatever the user was typing into."""
        if not self.isVisible():
            self._place()
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, not take_focus)
        self.show()
        self.raise_()
        if take_focus:
            self.activateWindow()

    def _place(self) -> None:
        screens = QGuiApplication.screens()
        if not screens:
            return
        frame = place(self.size(), QCursor.pos(), [s.availableGeometry() for s in screens],
                      self._geometry)
        self.setGeometry(frame)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stack.currentIndex() == RUNNING:
            self.setFocus()
        self._on_frame()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self.frames.stop()
        self._geometry = self.geometry()
        if self.memory is not None:
            self.memory.save(width=self.width(), height=self.height())

    def show_safety_note(self) -> None:
        self.stack.setCurrentIndex(NOTE)
        self.setWindowTitle(translate("StretchWindow", "Before your first stretch — DeskStretch"))
        self.note_button.setFocus()

    def _accept_note(self) -> None:
        if self.memory is not None:
            self.memory.save(safety_note_read=True)
        self.stack.setCurrentIndex(RUNNING)
        self.setFocus()
        self.safety_note_accepted.emit()

    @property
    def safety_note_read(self) -> bool:
        return self.memory is not None and self.memory.state.safety_note_read

    def show_snapshot(self, routine_name: str, snap: Snapshot) -> None:
        phase = snap.phase
        if self.stack.currentIndex() != NOTE:
            self.stack.setCurrentIndex(RUNNING)
        self.progress_text.setText(fill(translate("StretchWindow", "%1 · step %2 of %3"),
                                        library(routine_name), snap.step_number, snap.step_count))
        self.time_left.setText(fill(translate("StretchWindow", "%1 left", "time"),
                                    wording.countdown(snap.total_left)))
        self.progress.setValue(round(snap.progress * 1000))

        exercise = phase.exercise
        name = library(exercise.name)
        self.exercise_name.setText(name)
        self.detail.setText(side_and_rep(phase.side, phase.rep, phase.reps))

        word = phase_word(phase.kind, moving=exercise.kind == "move")
        colours = phase_colours(self.palette_)
        ring, label = colours[phase.kind]
        if snap.paused:
            word = phase_word(None)
            ring, label = colours[None]
        self.ring.show_countdown(snap.shown_seconds, snap.phase_left / phase.seconds, word,
                                 ring, label)
        if self.stack.currentIndex() == RUNNING:
            # Taskbars and screen readers show the title: say what is going on.
            self.setWindowTitle(fill(translate("StretchWindow", "%1 · %2 — DeskStretch",
                                               "exercise, phase"), name, word))

        steps = list(exercise.steps)
        if phase.hint:
            steps[:1] = [phase.hint]  # get ready says how to start instead of the first step
        self.instructions.setText("\n".join(library(step) for step in steps))
        self.caution.setText(library(exercise.caution or SAFETY))
        self.next_up.setText(
            fill(translate("StretchWindow", "Next: %1"), library(snap.next_exercise.name))
            if snap.next_exercise else translate("StretchWindow", "Last one"))
        self._paused = paused = snap.paused
        pause_text = (translate("StretchWindow", "Resume") if paused else
                      translate("StretchWindow", "Pause"))
        self.pause_button.setText(pause_text)
        self.pause_button.setAccessibleName(pause_text)
        self._show_pause_icon()

        self._cue(phase)
        self._last_left = snap.phase_left
        self._show_figure(snap)

    def _cue(self, phase: Phase) -> None:
        last, self._last_phase = self._last_phase, phase
        # Only when time moved on into the next phase: Back and Skip are the user's own doing.
        if last is not None and phase != last and abs(phase.start - last.end) < 1e-6:
            self._phase_started(phase.kind.value)

    def _phase_started(self, kind: str) -> None:
        self.phase_started.emit(kind)
        if self.sound_cue:
            self.chime.play(self.sound_volume)

    def show_finished(self, detail: str, next_break: str = "") -> None:
        if self._last_phase is not None and self._last_left < 1.5:
            self._phase_started("done")
        self._last_phase = None
        self.frames.stop()
        self.stack.setCurrentIndex(FINISHED)
        self.setWindowTitle(translate("StretchWindow", "Break done — DeskStretch"))
        self.done_detail.setText(detail)
        self.done_next.setText(next_break)
        self.done_next.setVisible(bool(next_break))
        self.done_button.setFocus()

    # -- the figure ------------------------------------------------------------------------

    def _show_figure(self, snap: Snapshot) -> None:
        phase = snap.phase
        elapsed = phase.seconds - snap.phase_left
        if self._plan is not None:
            frame = self._plan.frame(phase, elapsed)
        else:
            frame = motion.frame(phase, elapsed, reduce_motion=self.reduce_motion)
        self.figure.show_frame(phase.exercise.illustration, frame, library(phase.exercise.name))
        # The frame timer runs only while something moves; a steady hold wakes nothing.
        if snap.paused or self._source is None or not self.isVisible():
            self.frames.stop()
        elif frame.moving:
            self.frames.start(FRAME_MS)
        elif frame.still_for is not None:
            self.frames.start(max(1, round(frame.still_for / self._time_scale * 1000)))
        else:
            self.frames.stop()

    def _on_frame(self) -> None:
        snap = self._source() if self._source is not None else None
        if snap is None or snap.finished:
            self.frames.stop()
            return
        self._show_figure(snap)

    # -- keys and closing ------------------------------------------------------------------

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter presses the page's one big button, as in a dialog.
            button = {NOTE: self.note_button, FINISHED: self.done_button}.get(
                self.stack.currentIndex())
            if button is not None:
                button.click()
                return
        signal = self._keys.get(event.key()) if self.stack.currentIndex() == RUNNING else None
        if signal is None:
            super().keyPressEvent(event)
        else:
            signal.emit()

    def closeEvent(self, event) -> None:
        # Closing the window ends the break; the controller decides what that means.
        self.close_requested.emit()
        event.accept()

