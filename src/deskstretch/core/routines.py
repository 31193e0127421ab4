"""Exercises, routines, and how a routine unrolls into a timeline of timed phases."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Position(str, Enum):
    STANDING = "standing"
    SEATED = "seated"
    FLOOR = "floor"


@dataclass(frozen=True)
class Exercise:
    """An exercise as the library describes it, independent of any routine."""

    id: str
    name: str
    position: Position
    steps: tuple[str, ...]
    # A "move" is done continuously (walking, rolling); a "hold" is a still stretch.
    kind: str = "hold"
    per_side: bool = False
    purpose: str = ""
    # A safety line for this exercise only, shown with it in the stretch window.
    cautions: str = ""

    @property
    def illustration(self) -> str:
        return self.id


@dataclass(frozen=True)
class Step:
    """An exercise as one routine doses it."""

    exercise: Exercise
    hold_s: int
    reps: int = 1
    rest_s: int = 0
    ready_s: int = 3
    # Shown during the get-ready phase instead of the exercise's first step.
    ready_hint: str = ""


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    summary: str
    steps: tuple[Step, ...]

    @property
    def seconds(self) -> int:
        return sum(p.seconds for p in expand(self))


class PhaseKind(str, Enum):
    READY = "ready"
    HOLD = "hold"
    REST = "rest"
    SWITCH = "switch"


@dataclass(frozen=True)
class Phase:
    """One stretch of time with a single instruction and a countdown."""

    kind: PhaseKind
    step: int  # index into the routine's steps
    exercise: Exercise
    start: float  # seconds from the start of the routine
    seconds: int
    rep: int = 1
    reps: int = 1
    side: str | None = None  # "right" or "left" for one-sided exercises
    hint: str = ""  # an extra instruction for this phase only

    @property
    def end(self) -> float:
        return self.start + self.seconds


SIDES = ("right", "left")
SWITCH_SECONDS = 3


def expand(routine: Routine) -> tuple[Phase, ...]:
    """Unroll reps, sides and rests into consecutive phases.

    Each step opens with a get-ready phase; one-sided exercises do every rep on the right,
    switch, then every rep on the left (one side at a time, as the sources advise).
    """
    phases: list[Phase] = []
    t = 0.0

    def add(kind: PhaseKind, index: int, step: Step, seconds: int, **kw) -> None:
        nonlocal t
        if seconds > 0:
            phases.append(Phase(kind, index, step.exercise, t, seconds, reps=step.reps, **kw))
            t += seconds

    for index, step in enumerate(routine.steps):
        sides = SIDES if step.exercise.per_side else (None,)
        add(PhaseKind.READY, index, step, step.ready_s, side=sides[0], hint=step.ready_hint)
        for n, side in enumerate(sides):
            if n:
                add(PhaseKind.SWITCH, index, step, SWITCH_SECONDS, side=side)
            for rep in range(1, step.reps + 1):
                if rep > 1:
                    add(PhaseKind.REST, index, step, step.rest_s, rep=rep, side=side)
                add(PhaseKind.HOLD, index, step, step.hold_s, rep=rep, side=side)
    return tuple(phases)
