"""How the stretch window's figure moves through a routine: which pose, which side, what flip."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from deskstretch.core.routines import Phase, PhaseKind

# Moving between the start and the end pose takes this long, so the eye can follow it.
MOVE_S = 1.5
# Get ready shows the start pose for a moment before moving, so the move reads as a move.
LEAD_S = 0.4
# Switch sides: back to the start pose, turn over like a card, then into the other side's pose.
BACK_S = 0.8
FLIP_S = 0.5
# A flip drawn at zero width would vanish; this keeps a sliver of it on screen.
MIN_WIDTH = 0.04


@dataclass(frozen=True)
class Frame:
    """The figure at one moment."""

    t: float  # 0 is the exercise's start pose, 1 its end pose
    mirrored: bool  # the other (left) side's drawing
    width: float = 1.0  # horizontal scale while flipping, 1 otherwise
    moving: bool = False  # changes as time passes
    # Seconds until it starts to move again within this phase; None when it stays still.
    still_for: float | None = None


@dataclass(frozen=True)
class _Segment:
    start: float  # seconds into the phase
    end: float
    what: str  # "pose" or "flip"
    a: float = 0.0  # pose: t at start and at end
    b: float = 0.0


def ease(x: float) -> float:
    """Slow out, slow in: a move that starts and stops gently."""
    x = min(1.0, max(0.0, x))
    return (1.0 - math.cos(math.pi * x)) / 2.0


def _segments(phase: Phase, previous: PhaseKind | None) -> tuple[tuple[_Segment, ...], float]:
    """The movements within a phase, and the pose (t) it opens with."""
    length = float(phase.seconds)
    kind = phase.kind
    if kind is PhaseKind.READY:
        lead = min(LEAD_S, length * 0.15)
        move = min(MOVE_S, max(0.0, length - lead) * 0.8)
        return (_Segment(lead, lead + move, "pose", 0.0, 1.0),), 0.0
    if kind is PhaseKind.REST:
        return (_Segment(0.0, min(MOVE_S, length * 0.6), "pose", 1.0, 0.0),), 1.0
    if kind is PhaseKind.SWITCH:
        # Fits BACK + FLIP + MOVE into the phase, shrinking all three when it is short.
        k = min(1.0, length * 0.95 / (BACK_S + FLIP_S + MOVE_S))
        back, flip, move = BACK_S * k, FLIP_S * k, MOVE_S * k
        return (_Segment(0.0, back, "pose", 1.0, 0.0),
                _Segment(back, back + flip, "flip"),
                _Segment(back + flip, back + flip + move, "pose", 0.0, 1.0)), 1.0
    if previous is PhaseKind.REST:
        # Back into the stretch after a rest.
        return (_Segment(0.0, min(MOVE_S, length * 0.5), "pose", 0.0, 1.0),), 0.0
    # A hold that follows get ready or a switch is already in its end pose.
    return (), 1.0


def frame(phase: Phase, elapsed: float, previous: PhaseKind | None = None,
          reduce_motion: bool = False) -> Frame:
    """Where the figure is `elapsed` seconds into `phase`.

    `previous` is the kind of the phase before it in the routine. A function of the position
    only: a late or skipped frame never puts the figure out of step with the countdown.
    """
    left = phase.side == "left"
    if reduce_motion:
        return Frame(1.0, left)
    segments, t = _segments(phase, previous)
    # Switch sides starts on the side just finished.
    mirrored = (not left) if phase.kind is PhaseKind.SWITCH else left
    width = 1.0
    for seg in segments:
        if elapsed < seg.start:
            return Frame(t, mirrored, width, False, seg.start - elapsed)
        x = (elapsed - seg.start) / (seg.end - seg.start) if seg.end > seg.start else 1.0
        inside = x < 1.0
        x = ease(x)
        if seg.what == "pose":
            t = seg.a + (seg.b - seg.a) * x
        else:
            if x >= 0.5:
                mirrored = left
            width = max(MIN_WIDTH, abs(math.cos(math.pi * x))) if inside else 1.0
        if inside:
            return Frame(t, mirrored, width, True)
    return Frame(t, mirrored, width)


class Plan:
    """The frames of one routine's timeline; knows which phase comes before which."""

    def __init__(self, phases: Sequence[Phase], reduce_motion: bool = False) -> None:
        self.reduce_motion = reduce_motion
        self._previous: dict[Phase, PhaseKind] = {
            later: earlier.kind for earlier, later in zip(phases, phases[1:])
            if earlier.step == later.step
        }

    def frame(self, phase: Phase, elapsed: float) -> Frame:
        return frame(phase, elapsed, self._previous.get(phase), self.reduce_motion)
