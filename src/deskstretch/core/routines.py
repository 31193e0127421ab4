"""Exercises, routines, and how a routine unrolls into a timeline of timed phases."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Position(str, Enum):
    STANDING = "standing"
    SEATED = "seated"
    FLOOR = "floor"


# The neutral drawing for an exercise that has none of its own, by position.
GENERIC_PICTURES = {
    Position.STANDING: "generic_standing",
    Position.SEATED: "generic_seated",
    Position.FLOOR: "generic_floor",
}


class Equipment(str, Enum):
    NONE = "none"
    CHAIR = "chair"
    MAT = "mat"
    WALL = "wall"
    DESK = "desk"


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
    equipment: Equipment = Equipment.NONE
    # One plain safety line for this exercise, beyond the one every exercise shows.
    caution: str = ""
    # Where the instructions and the dose come from, and why, where the sources disagree.
    source: str = ""
    # The usual dose, used when a routine does not give its own.
    hold_s: int = 10
    reps: int = 1
    rest_s: int = 0
    # The drawing to show when it is not the exercise's own (a user's exercise gets a
    # neutral figure in its position, or a built-in drawing it names).
    picture: str = ""

    @property
    def illustration(self) -> str:
        return self.picture or self.id


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

    @classmethod
    def dose(cls, exercise: Exercise, **changes) -> Step:
        """The exercise at its usual hold, reps and rest, with any of them changed."""
        base = dict(hold_s=exercise.hold_s, reps=exercise.reps, rest_s=exercise.rest_s)
        return cls(exercise, **{**base, **changes})


@dataclass(frozen=True)
class Routine:
    id: str
    name: str
    summary: str  # what a reminder calls it: "60-second stand-up break"
    steps: tuple[Step, ...]

    @property
    def seconds(self) -> int:
        return sum(p.seconds for p in expand(self))

    @property
    def exercises(self) -> tuple[Exercise, ...]:
        """Each exercise once, in the order the routine first uses it."""
        return tuple(dict.fromkeys(step.exercise for step in self.steps))

    @property
    def uses_floor(self) -> bool:
        """Whether any exercise is done on the floor (not for the office)."""
        return any(e.position is Position.FLOOR for e in self.exercises)


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
