"""A running stretch routine: which phase is on and how long is left, read from a clock."""

from __future__ import annotations

import math
from dataclasses import dataclass

from deskstretch.core.routines import Exercise, Phase, Routine, expand

# Within this many seconds of a step's start, Back goes to the previous step.
BACK_GRACE_S = 2.0


@dataclass(frozen=True)
class Snapshot:
    """Everything the stretch window shows at one moment."""

    phase: Phase | None  # None once the routine is finished
    phase_left: float
    total_left: float
    progress: float  # 0.0 at the start, 1.0 when done
    paused: bool
    step_number: int  # 1-based
    step_count: int
    next_exercise: Exercise | None

    @property
    def finished(self) -> bool:
        return self.phase is None

    @property
    def shown_seconds(self) -> int:
        """The countdown number: whole seconds left, rounded up so 0 means over."""
        return math.ceil(self.phase_left - 1e-9)


class StretchSession:
    """Position in a routine's timeline, derived from monotonic time.

    Nothing here ticks: the position is worked out from the clock whenever it is asked for,
    so a stalled event loop never stretches a hold.
    """

    def __init__(self, routine: Routine, now: float) -> None:
        self.routine = routine
        self.phases = expand(routine)
        self.total = self.phases[-1].end if self.phases else 0.0
        self._step_starts = sorted({p.step: p.start for p in reversed(self.phases)}.items())
        self._anchor_pos = 0.0
        self._anchor_time = now
        self.paused = False
        # Stretches of the timeline actually played, closed at every jump: skipping an
        # exercise must not count it as done.
        self._played: list[tuple[float, float]] = []

    def position(self, now: float) -> float:
        if self.paused:
            return self._anchor_pos
        return min(self.total, self._anchor_pos + max(0.0, now - self._anchor_time))

    def _jump(self, position: float, now: float) -> None:
        self._played.append((self._anchor_pos, self.position(now)))
        self._anchor_pos = max(0.0, min(self.total, position))
        self._anchor_time = now

    def played(self, now: float) -> list[tuple[float, float]]:
        """The (from, to) positions played so far; going back plays a stretch again."""
        return [*self._played, (self._anchor_pos, self.position(now))]

    def pause(self, now: float) -> None:
        if not self.paused:
            self._jump(self.position(now), now)
            self.paused = True

    def resume(self, now: float) -> None:
        if self.paused:
            self._anchor_time = now
            self.paused = False

    def toggle_pause(self, now: float) -> None:
        self.resume(now) if self.paused else self.pause(now)

    def _current_step(self, pos: float) -> int:
        current = 0
        for step, start in self._step_starts:
            if start <= pos:
                current = step
        return current

    def skip(self, now: float) -> None:
        """Go to the start of the next exercise, or to the end after the last one."""
        step = self._current_step(self.position(now))
        later = [start for s, start in self._step_starts if s > step]
        self._jump(later[0] if later else self.total, now)

    def back(self, now: float) -> None:
        """Restart this exercise; right after its start, go to the one before."""
        pos = self.position(now)
        step = self._current_step(pos)
        start = dict(self._step_starts)[step] if self.phases else 0.0
        if pos - start < BACK_GRACE_S and step > 0:
            start = dict(self._step_starts)[step - 1]
        self._jump(start, now)

    def snapshot(self, now: float) -> Snapshot:
        pos = self.position(now)
        step_count = len(self.routine.steps)
        phase = next((p for p in self.phases if p.start <= pos < p.end), None)
        if phase is None:
            return Snapshot(None, 0.0, 0.0, 1.0, self.paused, step_count, step_count, None)
        steps = self.routine.steps
        following = steps[phase.step + 1].exercise if phase.step + 1 < len(steps) else None
        return Snapshot(
            phase=phase,
            phase_left=phase.end - pos,
            total_left=self.total - pos,
            progress=pos / self.total,
            paused=self.paused,
            step_number=phase.step + 1,
            step_count=step_count,
            next_exercise=following,
        )

    def seconds_to_next_change(self, now: float) -> float | None:
        """Seconds until the shown countdown changes, or None when nothing will change."""
        if self.paused:
            return None
        snap = self.snapshot(now)
        if snap.finished:
            return None
        frac = snap.phase_left - math.floor(snap.phase_left)
        return frac if frac > 1e-6 else 1.0
